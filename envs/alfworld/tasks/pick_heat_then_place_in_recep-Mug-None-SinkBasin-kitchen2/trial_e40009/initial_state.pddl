(define (problem plan_trial_e40009)
(:domain alfred)
(:objects
        agent1 - agent
        AppleType - otype
        ButterKnifeType - otype
        CupType - otype
        MugType - otype
        PanType - otype
        PaperTowelType - otype
        SoapBottleType - otype
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
        Mug_bar__plus_00_dot_18_bar__minus_00_dot_41_bar__minus_01_dot_25 - object
        Cup_bar__minus_01_dot_91_bar__minus_01_dot_42_bar__plus_01_dot_26 - object
        Cup_bar__minus_01_dot_45_bar__plus_00_dot_69_bar__minus_00_dot_23 - object
        ButterKnife_bar__plus_00_dot_21_bar__minus_00_dot_44_bar__plus_02_dot_72 - object
        ButterKnife_bar__plus_00_dot_51_bar__minus_02_dot_99_bar__minus_00_dot_65 - object
        PaperTowel_bar__minus_02_dot_47_bar__minus_01_dot_13_bar__plus_00_dot_71 - object
        SoapBottle_bar__plus_02_dot_28_bar__minus_02_dot_42_bar__plus_02_dot_14 - object
        Pan_bar__plus_01_dot_67_bar__plus_00_dot_06_bar__plus_02_dot_41 - object
        Pan_bar__plus_01_dot_24_bar__plus_00_dot_99_bar__minus_02_dot_74 - object
        Spatula_bar__minus_00_dot_42_bar__minus_02_dot_87_bar__plus_01_dot_95 - object
        WineBottle_bar__minus_02_dot_24_bar__minus_01_dot_89_bar__plus_02_dot_11 - object
        WineBottle_bar__plus_02_dot_50_bar__plus_00_dot_22_bar__minus_00_dot_18 - object
        Apple_bar__plus_02_dot_95_bar__plus_00_dot_53_bar__minus_00_dot_11 - object
        Cabinet_bar__minus_02_dot_74_bar__plus_00_dot_97_bar__plus_00_dot_70 - receptacle
        Cabinet_bar__minus_01_dot_56_bar__minus_00_dot_75_bar__plus_02_dot_71 - receptacle
        Cabinet_bar__minus_02_dot_66_bar__plus_00_dot_06_bar__plus_00_dot_12 - receptacle
        Cabinet_bar__minus_02_dot_33_bar__minus_02_dot_91_bar__plus_00_dot_22 - receptacle
        Cabinet_bar__plus_01_dot_50_bar__plus_00_dot_50_bar__plus_02_dot_81 - receptacle
        Cabinet_bar__minus_02_dot_57_bar__minus_00_dot_30_bar__minus_02_dot_01 - receptacle
        CounterTop_bar__plus_01_dot_23_bar__plus_02_dot_46_bar__plus_02_dot_59 - receptacle
        Drawer_bar__plus_01_dot_64_bar__minus_00_dot_30_bar__minus_00_dot_98 - receptacle
        Drawer_bar__plus_01_dot_06_bar__plus_00_dot_69_bar__minus_02_dot_69 - receptacle
        Fridge_bar__plus_02_dot_58_bar__minus_00_dot_66_bar__plus_00_dot_77 - receptacle
        Microwave_bar__minus_02_dot_44_bar__minus_01_dot_42_bar__plus_02_dot_55 - receptacle
        Sink_bar__plus_01_dot_25_bar__plus_02_dot_63_bar__minus_02_dot_12_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_00_dot_60_bar__plus_02_dot_04_bar__minus_02_dot_69 - receptacle
        StoveBurner_bar__minus_02_dot_32_bar__plus_00_dot_28_bar__minus_00_dot_95 - receptacle
        StoveBurner_bar__plus_01_dot_30_bar__minus_01_dot_73_bar__plus_01_dot_09 - receptacle
        StoveBurner_bar__minus_00_dot_36_bar__minus_02_dot_71_bar__minus_02_dot_99 - receptacle
        GarbageCan_bar__minus_02_dot_36_bar__plus_02_dot_07_bar__minus_02_dot_98 - receptacle
        Shelf_bar__minus_00_dot_07_bar__plus_01_dot_25_bar__plus_01_dot_54 - receptacle
        Shelf_bar__plus_01_dot_94_bar__minus_02_dot_01_bar__minus_00_dot_07 - receptacle
        Toaster_bar__minus_02_dot_56_bar__plus_02_dot_54_bar__minus_00_dot_13 - receptacle
        loc_bar_6_bar_11_bar_2_bar_60 - location
        loc_bar__minus_9_bar_12_bar_1_bar__minus_30 - location
        loc_bar__minus_2_bar_11_bar_3_bar_30 - location
        loc_bar__minus_1_bar_6_bar_2_bar_15 - location
        loc_bar_1_bar_7_bar_3_bar_60 - location
        loc_bar_1_bar_9_bar_1_bar_60 - location
        loc_bar_5_bar_4_bar_1_bar_30 - location
        loc_bar_10_bar__minus_3_bar_3_bar_15 - location
        loc_bar_6_bar_11_bar_3_bar_60 - location
        loc_bar_12_bar_0_bar_0_bar_45 - location
        loc_bar_2_bar__minus_1_bar_1_bar_15 - location
        loc_bar_6_bar_10_bar_2_bar_60 - location
        loc_bar_1_bar_2_bar_2_bar_0 - location
        loc_bar__minus_3_bar_5_bar_0_bar_30 - location
        loc_bar_11_bar_10_bar_1_bar_45 - location
        loc_bar__minus_2_bar__minus_8_bar_3_bar_60 - location
        loc_bar_6_bar_10_bar_3_bar_15 - location
        loc_bar_8_bar__minus_10_bar_3_bar_45 - location
        loc_bar__minus_5_bar_4_bar_1_bar_45 - location
        loc_bar_8_bar_12_bar_0_bar__minus_30 - location
        loc_bar__minus_9_bar__minus_11_bar_0_bar_0 - location
        )
(:init
        (atLocation agent1 loc_bar__minus_9_bar__minus_11_bar_0_bar_0)
        (receptacleType Cabinet_bar__minus_02_dot_74_bar__plus_00_dot_97_bar__plus_00_dot_70 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_74_bar__plus_00_dot_97_bar__plus_00_dot_70 loc_bar_6_bar_11_bar_2_bar_60)
        (openable Cabinet_bar__minus_02_dot_74_bar__plus_00_dot_97_bar__plus_00_dot_70)
        (receptacleType Cabinet_bar__minus_01_dot_56_bar__minus_00_dot_75_bar__plus_02_dot_71 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_56_bar__minus_00_dot_75_bar__plus_02_dot_71 loc_bar__minus_9_bar_12_bar_1_bar__minus_30)
        (openable Cabinet_bar__minus_01_dot_56_bar__minus_00_dot_75_bar__plus_02_dot_71)
        (receptacleType Cabinet_bar__minus_02_dot_66_bar__plus_00_dot_06_bar__plus_00_dot_12 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_66_bar__plus_00_dot_06_bar__plus_00_dot_12 loc_bar__minus_2_bar_11_bar_3_bar_30)
        (openable Cabinet_bar__minus_02_dot_66_bar__plus_00_dot_06_bar__plus_00_dot_12)
        (receptacleType Cabinet_bar__minus_02_dot_33_bar__minus_02_dot_91_bar__plus_00_dot_22 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_33_bar__minus_02_dot_91_bar__plus_00_dot_22 loc_bar__minus_1_bar_6_bar_2_bar_15)
        (openable Cabinet_bar__minus_02_dot_33_bar__minus_02_dot_91_bar__plus_00_dot_22)
        (receptacleType Cabinet_bar__plus_01_dot_50_bar__plus_00_dot_50_bar__plus_02_dot_81 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_50_bar__plus_00_dot_50_bar__plus_02_dot_81 loc_bar_1_bar_7_bar_3_bar_60)
        (openable Cabinet_bar__plus_01_dot_50_bar__plus_00_dot_50_bar__plus_02_dot_81)
        (receptacleType Cabinet_bar__minus_02_dot_57_bar__minus_00_dot_30_bar__minus_02_dot_01 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_57_bar__minus_00_dot_30_bar__minus_02_dot_01 loc_bar_1_bar_9_bar_1_bar_60)
        (openable Cabinet_bar__minus_02_dot_57_bar__minus_00_dot_30_bar__minus_02_dot_01)
        (receptacleType CounterTop_bar__plus_01_dot_23_bar__plus_02_dot_46_bar__plus_02_dot_59 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_01_dot_23_bar__plus_02_dot_46_bar__plus_02_dot_59 loc_bar_5_bar_4_bar_1_bar_30)
        (receptacleType Drawer_bar__plus_01_dot_64_bar__minus_00_dot_30_bar__minus_00_dot_98 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_64_bar__minus_00_dot_30_bar__minus_00_dot_98 loc_bar_10_bar__minus_3_bar_3_bar_15)
        (openable Drawer_bar__plus_01_dot_64_bar__minus_00_dot_30_bar__minus_00_dot_98)
        (receptacleType Drawer_bar__plus_01_dot_06_bar__plus_00_dot_69_bar__minus_02_dot_69 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_06_bar__plus_00_dot_69_bar__minus_02_dot_69 loc_bar_6_bar_11_bar_3_bar_60)
        (openable Drawer_bar__plus_01_dot_06_bar__plus_00_dot_69_bar__minus_02_dot_69)
        (receptacleType Fridge_bar__plus_02_dot_58_bar__minus_00_dot_66_bar__plus_00_dot_77 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_02_dot_58_bar__minus_00_dot_66_bar__plus_00_dot_77 loc_bar_12_bar_0_bar_0_bar_45)
        (openable Fridge_bar__plus_02_dot_58_bar__minus_00_dot_66_bar__plus_00_dot_77)
        (receptacleType Microwave_bar__minus_02_dot_44_bar__minus_01_dot_42_bar__plus_02_dot_55 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_02_dot_44_bar__minus_01_dot_42_bar__plus_02_dot_55 loc_bar_2_bar__minus_1_bar_1_bar_15)
        (openable Microwave_bar__minus_02_dot_44_bar__minus_01_dot_42_bar__plus_02_dot_55)
        (receptacleType Sink_bar__plus_01_dot_25_bar__plus_02_dot_63_bar__minus_02_dot_12_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_01_dot_25_bar__plus_02_dot_63_bar__minus_02_dot_12_bar_SinkBasin loc_bar_6_bar_10_bar_2_bar_60)
        (receptacleType StoveBurner_bar__minus_00_dot_60_bar__plus_02_dot_04_bar__minus_02_dot_69 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_00_dot_60_bar__plus_02_dot_04_bar__minus_02_dot_69 loc_bar_1_bar_2_bar_2_bar_0)
        (receptacleType StoveBurner_bar__minus_02_dot_32_bar__plus_00_dot_28_bar__minus_00_dot_95 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_02_dot_32_bar__plus_00_dot_28_bar__minus_00_dot_95 loc_bar__minus_3_bar_5_bar_0_bar_30)
        (receptacleType StoveBurner_bar__plus_01_dot_30_bar__minus_01_dot_73_bar__plus_01_dot_09 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_01_dot_30_bar__minus_01_dot_73_bar__plus_01_dot_09 loc_bar_11_bar_10_bar_1_bar_45)
        (receptacleType StoveBurner_bar__minus_00_dot_36_bar__minus_02_dot_71_bar__minus_02_dot_99 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_00_dot_36_bar__minus_02_dot_71_bar__minus_02_dot_99 loc_bar__minus_2_bar__minus_8_bar_3_bar_60)
        (receptacleType GarbageCan_bar__minus_02_dot_36_bar__plus_02_dot_07_bar__minus_02_dot_98 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_02_dot_36_bar__plus_02_dot_07_bar__minus_02_dot_98 loc_bar_6_bar_10_bar_3_bar_15)
        (receptacleType Shelf_bar__minus_00_dot_07_bar__plus_01_dot_25_bar__plus_01_dot_54 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_00_dot_07_bar__plus_01_dot_25_bar__plus_01_dot_54 loc_bar_8_bar__minus_10_bar_3_bar_45)
        (receptacleType Shelf_bar__plus_01_dot_94_bar__minus_02_dot_01_bar__minus_00_dot_07 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_01_dot_94_bar__minus_02_dot_01_bar__minus_00_dot_07 loc_bar__minus_5_bar_4_bar_1_bar_45)
        (receptacleType Toaster_bar__minus_02_dot_56_bar__plus_02_dot_54_bar__minus_00_dot_13 ToasterType)
        (receptacleAtLocation Toaster_bar__minus_02_dot_56_bar__plus_02_dot_54_bar__minus_00_dot_13 loc_bar_8_bar_12_bar_0_bar__minus_30)
        (objectType Mug_bar__plus_00_dot_18_bar__minus_00_dot_41_bar__minus_01_dot_25 MugType)
        (inReceptacle Mug_bar__plus_00_dot_18_bar__minus_00_dot_41_bar__minus_01_dot_25 Fridge_bar__plus_02_dot_58_bar__minus_00_dot_66_bar__plus_00_dot_77)
        (objectAtLocation Mug_bar__plus_00_dot_18_bar__minus_00_dot_41_bar__minus_01_dot_25 loc_bar_12_bar_0_bar_0_bar_45)
        (pickupable Mug_bar__plus_00_dot_18_bar__minus_00_dot_41_bar__minus_01_dot_25)
        (cleanable Mug_bar__plus_00_dot_18_bar__minus_00_dot_41_bar__minus_01_dot_25)
        (heatable Mug_bar__plus_00_dot_18_bar__minus_00_dot_41_bar__minus_01_dot_25)
        (coolable Mug_bar__plus_00_dot_18_bar__minus_00_dot_41_bar__minus_01_dot_25)
        (isReceptacleObject Mug_bar__plus_00_dot_18_bar__minus_00_dot_41_bar__minus_01_dot_25)
        (objectType Cup_bar__minus_01_dot_91_bar__minus_01_dot_42_bar__plus_01_dot_26 CupType)
        (inReceptacle Cup_bar__minus_01_dot_91_bar__minus_01_dot_42_bar__plus_01_dot_26 CounterTop_bar__plus_01_dot_23_bar__plus_02_dot_46_bar__plus_02_dot_59)
        (objectAtLocation Cup_bar__minus_01_dot_91_bar__minus_01_dot_42_bar__plus_01_dot_26 loc_bar_5_bar_4_bar_1_bar_30)
        (pickupable Cup_bar__minus_01_dot_91_bar__minus_01_dot_42_bar__plus_01_dot_26)
        (cleanable Cup_bar__minus_01_dot_91_bar__minus_01_dot_42_bar__plus_01_dot_26)
        (heatable Cup_bar__minus_01_dot_91_bar__minus_01_dot_42_bar__plus_01_dot_26)
        (coolable Cup_bar__minus_01_dot_91_bar__minus_01_dot_42_bar__plus_01_dot_26)
        (isReceptacleObject Cup_bar__minus_01_dot_91_bar__minus_01_dot_42_bar__plus_01_dot_26)
        (objectType Cup_bar__minus_01_dot_45_bar__plus_00_dot_69_bar__minus_00_dot_23 CupType)
        (inReceptacle Cup_bar__minus_01_dot_45_bar__plus_00_dot_69_bar__minus_00_dot_23 Fridge_bar__plus_02_dot_58_bar__minus_00_dot_66_bar__plus_00_dot_77)
        (objectAtLocation Cup_bar__minus_01_dot_45_bar__plus_00_dot_69_bar__minus_00_dot_23 loc_bar_12_bar_0_bar_0_bar_45)
        (pickupable Cup_bar__minus_01_dot_45_bar__plus_00_dot_69_bar__minus_00_dot_23)
        (cleanable Cup_bar__minus_01_dot_45_bar__plus_00_dot_69_bar__minus_00_dot_23)
        (heatable Cup_bar__minus_01_dot_45_bar__plus_00_dot_69_bar__minus_00_dot_23)
        (coolable Cup_bar__minus_01_dot_45_bar__plus_00_dot_69_bar__minus_00_dot_23)
        (isReceptacleObject Cup_bar__minus_01_dot_45_bar__plus_00_dot_69_bar__minus_00_dot_23)
        (objectType ButterKnife_bar__plus_00_dot_21_bar__minus_00_dot_44_bar__plus_02_dot_72 ButterKnifeType)
        (inReceptacle ButterKnife_bar__plus_00_dot_21_bar__minus_00_dot_44_bar__plus_02_dot_72 Sink_bar__plus_01_dot_25_bar__plus_02_dot_63_bar__minus_02_dot_12_bar_SinkBasin)
        (objectAtLocation ButterKnife_bar__plus_00_dot_21_bar__minus_00_dot_44_bar__plus_02_dot_72 loc_bar_6_bar_10_bar_2_bar_60)
        (pickupable ButterKnife_bar__plus_00_dot_21_bar__minus_00_dot_44_bar__plus_02_dot_72)
        (cleanable ButterKnife_bar__plus_00_dot_21_bar__minus_00_dot_44_bar__plus_02_dot_72)
        (objectType ButterKnife_bar__plus_00_dot_51_bar__minus_02_dot_99_bar__minus_00_dot_65 ButterKnifeType)
        (inReceptacle ButterKnife_bar__plus_00_dot_51_bar__minus_02_dot_99_bar__minus_00_dot_65 CounterTop_bar__plus_01_dot_23_bar__plus_02_dot_46_bar__plus_02_dot_59)
        (objectAtLocation ButterKnife_bar__plus_00_dot_51_bar__minus_02_dot_99_bar__minus_00_dot_65 loc_bar_5_bar_4_bar_1_bar_30)
        (pickupable ButterKnife_bar__plus_00_dot_51_bar__minus_02_dot_99_bar__minus_00_dot_65)
        (cleanable ButterKnife_bar__plus_00_dot_51_bar__minus_02_dot_99_bar__minus_00_dot_65)
        (objectType PaperTowel_bar__minus_02_dot_47_bar__minus_01_dot_13_bar__plus_00_dot_71 PaperTowelType)
        (inReceptacle PaperTowel_bar__minus_02_dot_47_bar__minus_01_dot_13_bar__plus_00_dot_71 GarbageCan_bar__minus_02_dot_36_bar__plus_02_dot_07_bar__minus_02_dot_98)
        (objectAtLocation PaperTowel_bar__minus_02_dot_47_bar__minus_01_dot_13_bar__plus_00_dot_71 loc_bar_6_bar_10_bar_3_bar_15)
        (pickupable PaperTowel_bar__minus_02_dot_47_bar__minus_01_dot_13_bar__plus_00_dot_71)
        (objectType SoapBottle_bar__plus_02_dot_28_bar__minus_02_dot_42_bar__plus_02_dot_14 SoapBottleType)
        (inReceptacle SoapBottle_bar__plus_02_dot_28_bar__minus_02_dot_42_bar__plus_02_dot_14 Cabinet_bar__minus_02_dot_74_bar__plus_00_dot_97_bar__plus_00_dot_70)
        (objectAtLocation SoapBottle_bar__plus_02_dot_28_bar__minus_02_dot_42_bar__plus_02_dot_14 loc_bar_6_bar_11_bar_2_bar_60)
        (pickupable SoapBottle_bar__plus_02_dot_28_bar__minus_02_dot_42_bar__plus_02_dot_14)
        (objectType Pan_bar__plus_01_dot_67_bar__plus_00_dot_06_bar__plus_02_dot_41 PanType)
        (inReceptacle Pan_bar__plus_01_dot_67_bar__plus_00_dot_06_bar__plus_02_dot_41 StoveBurner_bar__minus_00_dot_60_bar__plus_02_dot_04_bar__minus_02_dot_69)
        (objectAtLocation Pan_bar__plus_01_dot_67_bar__plus_00_dot_06_bar__plus_02_dot_41 loc_bar_1_bar_2_bar_2_bar_0)
        (pickupable Pan_bar__plus_01_dot_67_bar__plus_00_dot_06_bar__plus_02_dot_41)
        (cleanable Pan_bar__plus_01_dot_67_bar__plus_00_dot_06_bar__plus_02_dot_41)
        (coolable Pan_bar__plus_01_dot_67_bar__plus_00_dot_06_bar__plus_02_dot_41)
        (isReceptacleObject Pan_bar__plus_01_dot_67_bar__plus_00_dot_06_bar__plus_02_dot_41)
        (objectType Pan_bar__plus_01_dot_24_bar__plus_00_dot_99_bar__minus_02_dot_74 PanType)
        (inReceptacle Pan_bar__plus_01_dot_24_bar__plus_00_dot_99_bar__minus_02_dot_74 CounterTop_bar__plus_01_dot_23_bar__plus_02_dot_46_bar__plus_02_dot_59)
        (objectAtLocation Pan_bar__plus_01_dot_24_bar__plus_00_dot_99_bar__minus_02_dot_74 loc_bar_5_bar_4_bar_1_bar_30)
        (pickupable Pan_bar__plus_01_dot_24_bar__plus_00_dot_99_bar__minus_02_dot_74)
        (cleanable Pan_bar__plus_01_dot_24_bar__plus_00_dot_99_bar__minus_02_dot_74)
        (coolable Pan_bar__plus_01_dot_24_bar__plus_00_dot_99_bar__minus_02_dot_74)
        (isReceptacleObject Pan_bar__plus_01_dot_24_bar__plus_00_dot_99_bar__minus_02_dot_74)
        (objectType Spatula_bar__minus_00_dot_42_bar__minus_02_dot_87_bar__plus_01_dot_95 SpatulaType)
        (inReceptacle Spatula_bar__minus_00_dot_42_bar__minus_02_dot_87_bar__plus_01_dot_95 Sink_bar__plus_01_dot_25_bar__plus_02_dot_63_bar__minus_02_dot_12_bar_SinkBasin)
        (objectAtLocation Spatula_bar__minus_00_dot_42_bar__minus_02_dot_87_bar__plus_01_dot_95 loc_bar_6_bar_10_bar_2_bar_60)
        (pickupable Spatula_bar__minus_00_dot_42_bar__minus_02_dot_87_bar__plus_01_dot_95)
        (cleanable Spatula_bar__minus_00_dot_42_bar__minus_02_dot_87_bar__plus_01_dot_95)
        (objectType WineBottle_bar__minus_02_dot_24_bar__minus_01_dot_89_bar__plus_02_dot_11 WineBottleType)
        (inReceptacle WineBottle_bar__minus_02_dot_24_bar__minus_01_dot_89_bar__plus_02_dot_11 CounterTop_bar__plus_01_dot_23_bar__plus_02_dot_46_bar__plus_02_dot_59)
        (objectAtLocation WineBottle_bar__minus_02_dot_24_bar__minus_01_dot_89_bar__plus_02_dot_11 loc_bar_5_bar_4_bar_1_bar_30)
        (pickupable WineBottle_bar__minus_02_dot_24_bar__minus_01_dot_89_bar__plus_02_dot_11)
        (coolable WineBottle_bar__minus_02_dot_24_bar__minus_01_dot_89_bar__plus_02_dot_11)
        (objectType WineBottle_bar__plus_02_dot_50_bar__plus_00_dot_22_bar__minus_00_dot_18 WineBottleType)
        (inReceptacle WineBottle_bar__plus_02_dot_50_bar__plus_00_dot_22_bar__minus_00_dot_18 GarbageCan_bar__minus_02_dot_36_bar__plus_02_dot_07_bar__minus_02_dot_98)
        (objectAtLocation WineBottle_bar__plus_02_dot_50_bar__plus_00_dot_22_bar__minus_00_dot_18 loc_bar_6_bar_10_bar_3_bar_15)
        (pickupable WineBottle_bar__plus_02_dot_50_bar__plus_00_dot_22_bar__minus_00_dot_18)
        (coolable WineBottle_bar__plus_02_dot_50_bar__plus_00_dot_22_bar__minus_00_dot_18)
        (objectType Apple_bar__plus_02_dot_95_bar__plus_00_dot_53_bar__minus_00_dot_11 AppleType)
        (inReceptacle Apple_bar__plus_02_dot_95_bar__plus_00_dot_53_bar__minus_00_dot_11 GarbageCan_bar__minus_02_dot_36_bar__plus_02_dot_07_bar__minus_02_dot_98)
        (objectAtLocation Apple_bar__plus_02_dot_95_bar__plus_00_dot_53_bar__minus_00_dot_11 loc_bar_6_bar_10_bar_3_bar_15)
        (pickupable Apple_bar__plus_02_dot_95_bar__plus_00_dot_53_bar__minus_00_dot_11)
        (cleanable Apple_bar__plus_02_dot_95_bar__plus_00_dot_53_bar__minus_00_dot_11)
        (heatable Apple_bar__plus_02_dot_95_bar__plus_00_dot_53_bar__minus_00_dot_11)
        (coolable Apple_bar__plus_02_dot_95_bar__plus_00_dot_53_bar__minus_00_dot_11)
        (canContain CabinetType CupType)
        (canContain CabinetType MugType)
        (canContain CabinetType PanType)
        (canContain CabinetType SoapBottleType)
        (canContain CabinetType WineBottleType)
        (canContain CounterTopType AppleType)
        (canContain CounterTopType ButterKnifeType)
        (canContain CounterTopType CupType)
        (canContain CounterTopType MugType)
        (canContain CounterTopType PanType)
        (canContain CounterTopType PaperTowelType)
        (canContain CounterTopType SoapBottleType)
        (canContain CounterTopType SpatulaType)
        (canContain CounterTopType WineBottleType)
        (canContain DrawerType ButterKnifeType)
        (canContain DrawerType SoapBottleType)
        (canContain DrawerType SpatulaType)
        (canContain FridgeType AppleType)
        (canContain FridgeType CupType)
        (canContain FridgeType MugType)
        (canContain FridgeType PanType)
        (canContain FridgeType WineBottleType)
        (canContain GarbageCanType AppleType)
        (canContain GarbageCanType PaperTowelType)
        (canContain GarbageCanType SoapBottleType)
        (canContain GarbageCanType WineBottleType)
        (canContain MicrowaveType AppleType)
        (canContain MicrowaveType CupType)
        (canContain MicrowaveType MugType)
        (canContain ShelfType CupType)
        (canContain ShelfType MugType)
        (canContain ShelfType PaperTowelType)
        (canContain ShelfType SoapBottleType)
        (canContain ShelfType WineBottleType)
        (canContain SinkBasinType AppleType)
        (canContain SinkBasinType ButterKnifeType)
        (canContain SinkBasinType CupType)
        (canContain SinkBasinType MugType)
        (canContain SinkBasinType PanType)
        (canContain SinkBasinType SpatulaType)
        (canContain StoveBurnerType PanType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (heatable ?o)
                            (objectType ?o MugType)
                            (receptacleType ?r SinkBasinType)
                            (isHot ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
