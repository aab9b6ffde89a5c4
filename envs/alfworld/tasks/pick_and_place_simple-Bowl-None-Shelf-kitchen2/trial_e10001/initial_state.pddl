(define (problem plan_trial_e10001)
(:domain alfred)
(:objects
        agent1 - agent
        BowlType - otype
        ButterKnifeType - otype
        CupType - otype
        PaperTowelType - otype
        SpatulaType - otype
        WineBottleType - otype
        CabinetType - rtype
        CounterTopType - rtype
        DrawerType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SinkBasinType - rtype
        StoveBurnerType - rtype
        ToasterType - rtype
        Bowl_bar__minus_01_dot_19_bar__minus_02_dot_25_bar__plus_01_dot_44 - object
        Bowl_bar__minus_00_dot_01_bar__plus_00_dot_51_bar__minus_01_dot_06 - object
        PaperTowel_bar__plus_01_dot_00_bar__plus_02_dot_86_bar__minus_00_dot_07 - object
        PaperTowel_bar__plus_01_dot_63_bar__plus_01_dot_26_bar__plus_01_dot_62 - object
        Spatula_bar__plus_00_dot_61_bar__plus_02_dot_66_bar__plus_02_dot_00 - object
        Spatula_bar__minus_02_dot_86_bar__plus_01_dot_62_bar__minus_01_dot_71 - object
        Cup_bar__minus_00_dot_54_bar__minus_00_dot_36_bar__plus_01_dot_41 - object
        Cup_bar__plus_00_dot_46_bar__plus_00_dot_27_bar__plus_02_dot_38 - object
        WineBottle_bar__plus_01_dot_53_bar__minus_02_dot_11_bar__plus_01_dot_02 - object
        WineBottle_bar__minus_02_dot_70_bar__minus_00_dot_28_bar__plus_02_dot_84 - object
        ButterKnife_bar__minus_01_dot_56_bar__minus_02_dot_16_bar__plus_01_dot_94 - object
        ButterKnife_bar__minus_02_dot_00_bar__plus_01_dot_75_bar__minus_01_dot_39 - object
        Cabinet_bar__minus_01_dot_78_bar__plus_01_dot_31_bar__plus_02_dot_94 - receptacle
        Cabinet_bar__minus_00_dot_26_bar__minus_01_dot_63_bar__minus_02_dot_35 - receptacle
        Cabinet_bar__minus_01_dot_23_bar__minus_00_dot_56_bar__plus_00_dot_30 - receptacle
        Cabinet_bar__plus_01_dot_51_bar__plus_00_dot_75_bar__plus_01_dot_95 - receptacle
        Cabinet_bar__minus_02_dot_02_bar__plus_02_dot_17_bar__plus_01_dot_04 - receptacle
        Cabinet_bar__minus_01_dot_86_bar__minus_01_dot_06_bar__plus_00_dot_23 - receptacle
        CounterTop_bar__minus_00_dot_42_bar__minus_02_dot_66_bar__plus_02_dot_37 - receptacle
        Drawer_bar__plus_00_dot_49_bar__minus_00_dot_79_bar__plus_01_dot_79 - receptacle
        Drawer_bar__minus_02_dot_79_bar__plus_02_dot_08_bar__minus_02_dot_51 - receptacle
        Fridge_bar__minus_02_dot_18_bar__plus_02_dot_99_bar__minus_00_dot_85 - receptacle
        Microwave_bar__plus_01_dot_24_bar__plus_01_dot_48_bar__plus_00_dot_91 - receptacle
        Sink_bar__plus_00_dot_58_bar__plus_02_dot_86_bar__plus_00_dot_37_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_01_dot_74_bar__minus_00_dot_25_bar__minus_00_dot_48 - receptacle
        StoveBurner_bar__minus_02_dot_91_bar__plus_00_dot_16_bar__minus_00_dot_57 - receptacle
        StoveBurner_bar__plus_02_dot_37_bar__minus_00_dot_53_bar__plus_01_dot_30 - receptacle
        StoveBurner_bar__minus_01_dot_64_bar__plus_00_dot_14_bar__minus_02_dot_41 - receptacle
        GarbageCan_bar__plus_02_dot_11_bar__plus_01_dot_87_bar__minus_01_dot_53 - receptacle
        Shelf_bar__plus_00_dot_31_bar__plus_02_dot_98_bar__minus_01_dot_02 - receptacle
        Shelf_bar__plus_01_dot_31_bar__plus_00_dot_60_bar__minus_02_dot_23 - receptacle
        Toaster_bar__plus_01_dot_43_bar__minus_01_dot_77_bar__plus_01_dot_30 - receptacle
        loc_bar_1_bar_8_bar_0_bar_45 - location
        loc_bar__minus_4_bar__minus_12_bar_3_bar_15 - location
        loc_bar_6_bar_12_bar_2_bar_30 - location
        loc_bar__minus_3_bar_0_bar_0_bar_30 - location
        loc_bar__minus_1_bar__minus_9_bar_2_bar__minus_30 - location
        loc_bar__minus_10_bar__minus_11_bar_3_bar_15 - location
        loc_bar__minus_7_bar_6_bar_3_bar_60 - location
        loc_bar__minus_9_bar_10_bar_3_bar_15 - location
        loc_bar_0_bar__minus_2_bar_3_bar_45 - location
        loc_bar__minus_7_bar_3_bar_1_bar_45 - location
        loc_bar_8_bar__minus_9_bar_0_bar_15 - location
        loc_bar__minus_9_bar__minus_1_bar_0_bar_15 - location
        loc_bar_6_bar__minus_8_bar_2_bar_15 - location
        loc_bar__minus_2_bar_3_bar_1_bar__minus_30 - location
        loc_bar_4_bar__minus_1_bar_2_bar_60 - location
        loc_bar__minus_3_bar_5_bar_2_bar_30 - location
        loc_bar__minus_2_bar__minus_9_bar_0_bar__minus_30 - location
        loc_bar__minus_8_bar_3_bar_3_bar_60 - location
        loc_bar__minus_10_bar__minus_1_bar_0_bar_30 - location
        loc_bar__minus_4_bar_2_bar_0_bar__minus_30 - location
        loc_bar_2_bar_12_bar_2_bar__minus_30 - location
        )
(:init
        (atLocation agent1 loc_bar_2_bar_12_bar_2_bar__minus_30)
        (receptacleType Cabinet_bar__minus_01_dot_78_bar__plus_01_dot_31_bar__plus_02_dot_94 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_78_bar__plus_01_dot_31_bar__plus_02_dot_94 loc_bar_1_bar_8_bar_0_bar_45)
        (openable Cabinet_bar__minus_01_dot_78_bar__plus_01_dot_31_bar__plus_02_dot_94)
        (receptacleType Cabinet_bar__minus_00_dot_26_bar__minus_01_dot_63_bar__minus_02_dot_35 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_26_bar__minus_01_dot_63_bar__minus_02_dot_35 loc_bar__minus_4_bar__minus_12_bar_3_bar_15)
        (openable Cabinet_bar__minus_00_dot_26_bar__minus_01_dot_63_bar__minus_02_dot_35)
        (receptacleType Cabinet_bar__minus_01_dot_23_bar__minus_00_dot_56_bar__plus_00_dot_30 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_23_bar__minus_00_dot_56_bar__plus_00_dot_30 loc_bar_6_bar_12_bar_2_bar_30)
        (openable Cabinet_bar__minus_01_dot_23_bar__minus_00_dot_56_bar__plus_00_dot_30)
        (receptacleType Cabinet_bar__plus_01_dot_51_bar__plus_00_dot_75_bar__plus_01_dot_95 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_51_bar__plus_00_dot_75_bar__plus_01_dot_95 loc_bar__minus_3_bar_0_bar_0_bar_30)
        (openable Cabinet_bar__plus_01_dot_51_bar__plus_00_dot_75_bar__plus_01_dot_95)
        (receptacleType Cabinet_bar__minus_02_dot_02_bar__plus_02_dot_17_bar__plus_01_dot_04 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_02_bar__plus_02_dot_17_bar__plus_01_dot_04 loc_bar__minus_1_bar__minus_9_bar_2_bar__minus_30)
        (openable Cabinet_bar__minus_02_dot_02_bar__plus_02_dot_17_bar__plus_01_dot_04)
        (receptacleType Cabinet_bar__minus_01_dot_86_bar__minus_01_dot_06_bar__plus_00_dot_23 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_86_bar__minus_01_dot_06_bar__plus_00_dot_23 loc_bar__minus_10_bar__minus_11_bar_3_bar_15)
        (openable Cabinet_bar__minus_01_dot_86_bar__minus_01_dot_06_bar__plus_00_dot_23)
        (receptacleType CounterTop_bar__minus_00_dot_42_bar__minus_02_dot_66_bar__plus_02_dot_37 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_00_dot_42_bar__minus_02_dot_66_bar__plus_02_dot_37 loc_bar__minus_7_bar_6_bar_3_bar_60)
        (receptacleType Drawer_bar__plus_00_dot_49_bar__minus_00_dot_79_bar__plus_01_dot_79 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_00_dot_49_bar__minus_00_dot_79_bar__plus_01_dot_79 loc_bar__minus_9_bar_10_bar_3_bar_15)
        (openable Drawer_bar__plus_00_dot_49_bar__minus_00_dot_79_bar__plus_01_dot_79)
        (receptacleType Drawer_bar__minus_02_dot_79_bar__plus_02_dot_08_bar__minus_02_dot_51 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_02_dot_79_bar__plus_02_dot_08_bar__minus_02_dot_51 loc_bar_0_bar__minus_2_bar_3_bar_45)
        (openable Drawer_bar__minus_02_dot_79_bar__plus_02_dot_08_bar__minus_02_dot_51)
        (receptacleType Fridge_bar__minus_02_dot_18_bar__plus_02_dot_99_bar__minus_00_dot_85 FridgeType)
        (receptacleAtLocation Fridge_bar__minus_02_dot_18_bar__plus_02_dot_99_bar__minus_00_dot_85 loc_bar__minus_7_bar_3_bar_1_bar_45)
        (openable Fridge_bar__minus_02_dot_18_bar__plus_02_dot_99_bar__minus_00_dot_85)
        (receptacleType Microwave_bar__plus_01_dot_24_bar__plus_01_dot_48_bar__plus_00_dot_91 MicrowaveType)
        (receptacleAtLocation Microwave_bar__plus_01_dot_24_bar__plus_01_dot_48_bar__plus_00_dot_91 loc_bar_8_bar__minus_9_bar_0_bar_15)
        (openable Microwave_bar__plus_01_dot_24_bar__plus_01_dot_48_bar__plus_00_dot_91)
        (receptacleType Sink_bar__plus_00_dot_58_bar__plus_02_dot_86_bar__plus_00_dot_37_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_00_dot_58_bar__plus_02_dot_86_bar__plus_00_dot_37_bar_SinkBasin loc_bar__minus_9_bar__minus_1_bar_0_bar_15)
        (receptacleType StoveBurner_bar__minus_01_dot_74_bar__minus_00_dot_25_bar__minus_00_dot_48 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_01_dot_74_bar__minus_00_dot_25_bar__minus_00_dot_48 loc_bar_6_bar__minus_8_bar_2_bar_15)
        (receptacleType StoveBurner_bar__minus_02_dot_91_bar__plus_00_dot_16_bar__minus_00_dot_57 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_02_dot_91_bar__plus_00_dot_16_bar__minus_00_dot_57 loc_bar__minus_2_bar_3_bar_1_bar__minus_30)
        (receptacleType StoveBurner_bar__plus_02_dot_37_bar__minus_00_dot_53_bar__plus_01_dot_30 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_02_dot_37_bar__minus_00_dot_53_bar__plus_01_dot_30 loc_bar_4_bar__minus_1_bar_2_bar_60)
        (receptacleType StoveBurner_bar__minus_01_dot_64_bar__plus_00_dot_14_bar__minus_02_dot_41 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_01_dot_64_bar__plus_00_dot_14_bar__minus_02_dot_41 loc_bar__minus_3_bar_5_bar_2_bar_30)
        (receptacleType GarbageCan_bar__plus_02_dot_11_bar__plus_01_dot_87_bar__minus_01_dot_53 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_02_dot_11_bar__plus_01_dot_87_bar__minus_01_dot_53 loc_bar__minus_2_bar__minus_9_bar_0_bar__minus_30)
        (receptacleType Shelf_bar__plus_00_dot_31_bar__plus_02_dot_98_bar__minus_01_dot_02 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_00_dot_31_bar__plus_02_dot_98_bar__minus_01_dot_02 loc_bar__minus_8_bar_3_bar_3_bar_60)
        (receptacleType Shelf_bar__plus_01_dot_31_bar__plus_00_dot_60_bar__minus_02_dot_23 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_01_dot_31_bar__plus_00_dot_60_bar__minus_02_dot_23 loc_bar__minus_10_bar__minus_1_bar_0_bar_30)
        (receptacleType Toaster_bar__plus_01_dot_43_bar__minus_01_dot_77_bar__plus_01_dot_30 ToasterType)
        (receptacleAtLocation Toaster_bar__plus_01_dot_43_bar__minus_01_dot_77_bar__plus_01_dot_30 loc_bar__minus_4_bar_2_bar_0_bar__minus_30)
        (objectType Bowl_bar__minus_01_dot_19_bar__minus_02_dot_25_bar__plus_01_dot_44 BowlType)
        (inReceptacle Bowl_bar__minus_01_dot_19_bar__minus_02_dot_25_bar__plus_01_dot_44 Cabinet_bar__minus_01_dot_86_bar__minus_01_dot_06_bar__plus_00_dot_23)
        (objectAtLocation Bowl_bar__minus_01_dot_19_bar__minus_02_dot_25_bar__plus_01_dot_44 loc_bar__minus_10_bar__minus_11_bar_3_bar_15)
        (pickupable Bowl_bar__minus_01_dot_19_bar__minus_02_dot_25_bar__plus_01_dot_44)
        (cleanable Bowl_bar__minus_01_dot_19_bar__minus_02_dot_25_bar__plus_01_dot_44)
        (coolable Bowl_bar__minus_01_dot_19_bar__minus_02_dot_25_bar__plus_01_dot_44)
        (isReceptacleObject Bowl_bar__minus_01_dot_19_bar__minus_02_dot_25_bar__plus_01_dot_44)
        (objectType Bowl_bar__minus_00_dot_01_bar__plus_00_dot_51_bar__minus_01_dot_06 BowlType)
        (inReceptacle Bowl_bar__minus_00_dot_01_bar__plus_00_dot_51_bar__minus_01_dot_06 Sink_bar__plus_00_dot_58_bar__plus_02_dot_86_bar__plus_00_dot_37_bar_SinkBasin)
        (objectAtLocation Bowl_bar__minus_00_dot_01_bar__plus_00_dot_51_bar__minus_01_dot_06 loc_bar__minus_9_bar__minus_1_bar_0_bar_15)
        (pickupable Bowl_bar__minus_00_dot_01_bar__plus_00_dot_51_bar__minus_01_dot_06)
        (cleanable Bowl_bar__minus_00_dot_01_bar__plus_00_dot_51_bar__minus_01_dot_06)
        (coolable Bowl_bar__minus_00_dot_01_bar__plus_00_dot_51_bar__minus_01_dot_06)
        (isReceptacleObject Bowl_bar__minus_00_dot_01_bar__plus_00_dot_51_bar__minus_01_dot_06)
        (objectType PaperTowel_bar__plus_01_dot_00_bar__plus_02_dot_86_bar__minus_00_dot_07 PaperTowelType)
        (inReceptacle PaperTowel_bar__plus_01_dot_00_bar__plus_02_dot_86_bar__minus_00_dot_07 Shelf_bar__plus_00_dot_31_bar__plus_02_dot_98_bar__minus_01_dot_02)
        (objectAtLocation PaperTowel_bar__plus_01_dot_00_bar__plus_02_dot_86_bar__minus_00_dot_07 loc_bar__minus_8_bar_3_bar_3_bar_60)
        (pickupable PaperTowel_bar__plus_01_dot_00_bar__plus_02_dot_86_bar__minus_00_dot_07)
        (objectType PaperTowel_bar__plus_01_dot_63_bar__plus_01_dot_26_bar__plus_01_dot_62 PaperTowelType)
        (inReceptacle PaperTowel_bar__plus_01_dot_63_bar__plus_01_dot_26_bar__plus_01_dot_62 CounterTop_bar__minus_00_dot_42_bar__minus_02_dot_66_bar__plus_02_dot_37)
        (objectAtLocation PaperTowel_bar__plus_01_dot_63_bar__plus_01_dot_26_bar__plus_01_dot_62 loc_bar__minus_7_bar_6_bar_3_bar_60)
        (pickupable PaperTowel_bar__plus_01_dot_63_bar__plus_01_dot_26_bar__plus_01_dot_62)
        (objectType Spatula_bar__plus_00_dot_61_bar__plus_02_dot_66_bar__plus_02_dot_00 SpatulaType)
        (inReceptacle Spatula_bar__plus_00_dot_61_bar__plus_02_dot_66_bar__plus_02_dot_00 CounterTop_bar__minus_00_dot_42_bar__minus_02_dot_66_bar__plus_02_dot_37)
        (objectAtLocation Spatula_bar__plus_00_dot_61_bar__plus_02_dot_66_bar__plus_02_dot_00 loc_bar__minus_7_bar_6_bar_3_bar_60)
        (pickupable Spatula_bar__plus_00_dot_61_bar__plus_02_dot_66_bar__plus_02_dot_00)
        (cleanable Spatula_bar__plus_00_dot_61_bar__plus_02_dot_66_bar__plus_02_dot_00)
        (objectType Spatula_bar__minus_02_dot_86_bar__plus_01_dot_62_bar__minus_01_dot_71 SpatulaType)
        (inReceptacle Spatula_bar__minus_02_dot_86_bar__plus_01_dot_62_bar__minus_01_dot_71 Drawer_bar__plus_00_dot_49_bar__minus_00_dot_79_bar__plus_01_dot_79)
        (objectAtLocation Spatula_bar__minus_02_dot_86_bar__plus_01_dot_62_bar__minus_01_dot_71 loc_bar__minus_9_bar_10_bar_3_bar_15)
        (pickupable Spatula_bar__minus_02_dot_86_bar__plus_01_dot_62_bar__minus_01_dot_71)
        (cleanable Spatula_bar__minus_02_dot_86_bar__plus_01_dot_62_bar__minus_01_dot_71)
        (objectType Cup_bar__minus_00_dot_54_bar__minus_00_dot_36_bar__plus_01_dot_41 CupType)
        (inReceptacle Cup_bar__minus_00_dot_54_bar__minus_00_dot_36_bar__plus_01_dot_41 Fridge_bar__minus_02_dot_18_bar__plus_02_dot_99_bar__minus_00_dot_85)
        (objectAtLocation Cup_bar__minus_00_dot_54_bar__minus_00_dot_36_bar__plus_01_dot_41 loc_bar__minus_7_bar_3_bar_1_bar_45)
        (pickupable Cup_bar__minus_00_dot_54_bar__minus_00_dot_36_bar__plus_01_dot_41)
        (cleanable Cup_bar__minus_00_dot_54_bar__minus_00_dot_36_bar__plus_01_dot_41)
        (heatable Cup_bar__minus_00_dot_54_bar__minus_00_dot_36_bar__plus_01_dot_41)
        (coolable Cup_bar__minus_00_dot_54_bar__minus_00_dot_36_bar__plus_01_dot_41)
        (isReceptacleObject Cup_bar__minus_00_dot_54_bar__minus_00_dot_36_bar__plus_01_dot_41)
        (objectType Cup_bar__plus_00_dot_46_bar__plus_00_dot_27_bar__plus_02_dot_38 CupType)
        (inReceptacle Cup_bar__plus_00_dot_46_bar__plus_00_dot_27_bar__plus_02_dot_38 Sink_bar__plus_00_dot_58_bar__plus_02_dot_86_bar__plus_00_dot_37_bar_SinkBasin)
        (objectAtLocation Cup_bar__plus_00_dot_46_bar__plus_00_dot_27_bar__plus_02_dot_38 loc_bar__minus_9_bar__minus_1_bar_0_bar_15)
        (pickupable Cup_bar__plus_00_dot_46_bar__plus_00_dot_27_bar__plus_02_dot_38)
        (cleanable Cup_bar__plus_00_dot_46_bar__plus_00_dot_27_bar__plus_02_dot_38)
        (heatable Cup_bar__plus_00_dot_46_bar__plus_00_dot_27_bar__plus_02_dot_38)
        (coolable Cup_bar__plus_00_dot_46_bar__plus_00_dot_27_bar__plus_02_dot_38)
        (isReceptacleObject Cup_bar__plus_00_dot_46_bar__plus_00_dot_27_bar__plus_02_dot_38)
        (objectType WineBottle_bar__plus_01_dot_53_bar__minus_02_dot_11_bar__plus_01_dot_02 WineBottleType)
        (inReceptacle WineBottle_bar__plus_01_dot_53_bar__minus_02_dot_11_bar__plus_01_dot_02 GarbageCan_bar__plus_02_dot_11_bar__plus_01_dot_87_bar__minus_01_dot_53)
        (objectAtLocation WineBottle_bar__plus_01_dot_53_bar__minus_02_dot_11_bar__plus_01_dot_02 loc_bar__minus_2_bar__minus_9_bar_0_bar__minus_30)
        (pickupable WineBottle_bar__plus_01_dot_53_bar__minus_02_dot_11_bar__plus_01_dot_02)
        (coolable WineBottle_bar__plus_01_dot_53_bar__minus_02_dot_11_bar__plus_01_dot_02)
        (objectType WineBottle_bar__minus_02_dot_70_bar__minus_00_dot_28_bar__plus_02_dot_84 WineBottleType)
        (inReceptacle WineBottle_bar__minus_02_dot_70_bar__minus_00_dot_28_bar__plus_02_dot_84 Fridge_bar__minus_02_dot_18_bar__plus_02_dot_99_bar__minus_00_dot_85)
        (objectAtLocation WineBottle_bar__minus_02_dot_70_bar__minus_00_dot_28_bar__plus_02_dot_84 loc_bar__minus_7_bar_3_bar_1_bar_45)
        (pickupable WineBottle_bar__minus_02_dot_70_bar__minus_00_dot_28_bar__plus_02_dot_84)
        (coolable WineBottle_bar__minus_02_dot_70_bar__minus_00_dot_28_bar__plus_02_dot_84)
        (objectType ButterKnife_bar__minus_01_dot_56_bar__minus_02_dot_16_bar__plus_01_dot_94 ButterKnifeType)
        (inReceptacle ButterKnife_bar__minus_01_dot_56_bar__minus_02_dot_16_bar__plus_01_dot_94 Sink_bar__plus_00_dot_58_bar__plus_02_dot_86_bar__plus_00_dot_37_bar_SinkBasin)
        (objectAtLocation ButterKnife_bar__minus_01_dot_56_bar__minus_02_dot_16_bar__plus_01_dot_94 loc_bar__minus_9_bar__minus_1_bar_0_bar_15)
        (pickupable ButterKnife_bar__minus_01_dot_56_bar__minus_02_dot_16_bar__plus_01_dot_94)
        (cleanable ButterKnife_bar__minus_01_dot_56_bar__minus_02_dot_16_bar__plus_01_dot_94)
        (objectType ButterKnife_bar__minus_02_dot_00_bar__plus_01_dot_75_bar__minus_01_dot_39 ButterKnifeType)
        (inReceptacle ButterKnife_bar__minus_02_dot_00_bar__plus_01_dot_75_bar__minus_01_dot_39 Drawer_bar__plus_00_dot_49_bar__minus_00_dot_79_bar__plus_01_dot_79)
        (objectAtLocation ButterKnife_bar__minus_02_dot_00_bar__plus_01_dot_75_bar__minus_01_dot_39 loc_bar__minus_9_bar_10_bar_3_bar_15)
        (pickupable ButterKnife_bar__minus_02_dot_00_bar__plus_01_dot_75_bar__minus_01_dot_39)
        (cleanable ButterKnife_bar__minus_02_dot_00_bar__plus_01_dot_75_bar__minus_01_dot_39)
        (canContain CabinetType BowlType)
        (canContain CabinetType CupType)
        (canContain CabinetType WineBottleType)
        (canContain CounterTopType BowlType)
        (canContain CounterTopType ButterKnifeType)
        (canContain CounterTopType CupType)
        (canContain CounterTopType PaperTowelType)
        (canContain CounterTopType SpatulaType)
        (canContain CounterTopType WineBottleType)
        (canContain DrawerType ButterKnifeType)
        (canContain DrawerType SpatulaType)
        (canContain FridgeType BowlType)
        (canContain FridgeType CupType)
        (canContain FridgeType WineBottleType)
        (canContain GarbageCanType PaperTowelType)
        (canContain GarbageCanType WineBottleType)
        (canContain MicrowaveType BowlType)
        (canContain MicrowaveType CupType)
        (canContain ShelfType BowlType)
        (canContain ShelfType CupType)
        (canContain ShelfType PaperTowelType)
        (canContain ShelfType WineBottleType)
        (canContain SinkBasinType BowlType)
        (canContain SinkBasinType ButterKnifeType)
        (canContain SinkBasinType CupType)
        (canContain SinkBasinType SpatulaType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (inReceptacle ?o ?r)
                            (objectType ?o BowlType)
                            (receptacleType ?r ShelfType)
                        )
                    )
                )
            )
        )
    )
