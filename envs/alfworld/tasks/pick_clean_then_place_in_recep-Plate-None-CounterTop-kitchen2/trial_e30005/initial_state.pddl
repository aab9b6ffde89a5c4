(define (problem plan_trial_e30005)
(:domain alfred)
(:objects
        agent1 - agent
        BowlType - otype
        DishSpongeType - otype
        MugType - otype
        PanType - otype
        PaperTowelType - otype
        PlateType - otype
        PotType - otype
        SaltShakerType - otype
        TomatoType - otype
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
        Plate_bar__minus_00_dot_04_bar__plus_02_dot_43_bar__plus_02_dot_60 - object
        SaltShaker_bar__minus_01_dot_63_bar__plus_02_dot_74_bar__plus_01_dot_39 - object
        Tomato_bar__minus_00_dot_48_bar__minus_02_dot_82_bar__plus_02_dot_94 - object
        Pan_bar__plus_00_dot_70_bar__minus_01_dot_94_bar__minus_00_dot_22 - object
        Mug_bar__minus_01_dot_76_bar__minus_00_dot_20_bar__plus_01_dot_71 - object
        PaperTowel_bar__plus_02_dot_13_bar__minus_02_dot_63_bar__minus_00_dot_31 - object
        Pot_bar__minus_01_dot_79_bar__plus_00_dot_49_bar__minus_01_dot_03 - object
        DishSponge_bar__minus_00_dot_26_bar__plus_02_dot_01_bar__plus_00_dot_28 - object
        Bowl_bar__minus_00_dot_25_bar__plus_02_dot_97_bar__minus_00_dot_58 - object
        Bowl_bar__minus_02_dot_00_bar__minus_01_dot_22_bar__minus_02_dot_85 - object
        Cabinet_bar__plus_01_dot_86_bar__minus_00_dot_99_bar__minus_01_dot_33 - receptacle
        Cabinet_bar__minus_02_dot_74_bar__minus_01_dot_84_bar__minus_01_dot_32 - receptacle
        Cabinet_bar__minus_00_dot_59_bar__plus_02_dot_40_bar__minus_00_dot_38 - receptacle
        Cabinet_bar__plus_02_dot_38_bar__minus_01_dot_92_bar__minus_02_dot_58 - receptacle
        Cabinet_bar__minus_02_dot_91_bar__minus_01_dot_83_bar__minus_00_dot_20 - receptacle
        Cabinet_bar__plus_02_dot_21_bar__plus_00_dot_18_bar__plus_01_dot_15 - receptacle
        CounterTop_bar__minus_01_dot_11_bar__minus_00_dot_90_bar__minus_02_dot_42 - receptacle
        Drawer_bar__minus_00_dot_59_bar__minus_00_dot_75_bar__minus_01_dot_96 - receptacle
        Drawer_bar__minus_01_dot_01_bar__plus_02_dot_89_bar__minus_00_dot_37 - receptacle
        Fridge_bar__minus_02_dot_31_bar__minus_00_dot_50_bar__minus_01_dot_20 - receptacle
        Microwave_bar__minus_00_dot_28_bar__plus_00_dot_07_bar__plus_01_dot_65 - receptacle
        Sink_bar__plus_02_dot_76_bar__minus_01_dot_30_bar__plus_02_dot_71_bar_SinkBasin - receptacle
        StoveBurner_bar__plus_01_dot_45_bar__minus_02_dot_38_bar__minus_02_dot_91 - receptacle
        StoveBurner_bar__minus_02_dot_70_bar__plus_02_dot_04_bar__minus_00_dot_91 - receptacle
        StoveBurner_bar__plus_02_dot_06_bar__minus_00_dot_77_bar__minus_02_dot_39 - receptacle
        StoveBurner_bar__minus_02_dot_45_bar__plus_01_dot_76_bar__plus_02_dot_08 - receptacle
        GarbageCan_bar__plus_02_dot_47_bar__minus_00_dot_11_bar__plus_01_dot_53 - receptacle
        Shelf_bar__plus_01_dot_50_bar__plus_00_dot_81_bar__minus_02_dot_62 - receptacle
        Shelf_bar__minus_02_dot_65_bar__plus_01_dot_00_bar__plus_01_dot_92 - receptacle
        Toaster_bar__minus_02_dot_43_bar__minus_00_dot_02_bar__plus_00_dot_89 - receptacle
        loc_bar__minus_8_bar__minus_2_bar_0_bar_60 - location
        loc_bar__minus_7_bar_3_bar_3_bar_30 - location
        loc_bar_3_bar_11_bar_3_bar__minus_30 - location
        loc_bar__minus_12_bar_2_bar_3_bar_45 - location
        loc_bar__minus_10_bar_11_bar_1_bar_60 - location
        loc_bar__minus_5_bar__minus_12_bar_2_bar_60 - location
        loc_bar__minus_2_bar__minus_8_bar_0_bar_60 - location
        loc_bar__minus_2_bar_0_bar_2_bar_60 - location
        loc_bar__minus_4_bar__minus_11_bar_2_bar_45 - location
        loc_bar__minus_11_bar_1_bar_1_bar_60 - location
        loc_bar_2_bar_4_bar_0_bar_45 - location
        loc_bar_5_bar_3_bar_0_bar_30 - location
        loc_bar__minus_1_bar__minus_5_bar_0_bar_15 - location
        loc_bar_2_bar_4_bar_2_bar_45 - location
        loc_bar_5_bar_4_bar_1_bar_60 - location
        loc_bar_11_bar_8_bar_1_bar_45 - location
        loc_bar_9_bar_1_bar_0_bar_45 - location
        loc_bar_12_bar_12_bar_3_bar_60 - location
        loc_bar__minus_6_bar__minus_9_bar_0_bar_15 - location
        loc_bar_0_bar__minus_3_bar_2_bar_15 - location
        loc_bar_10_bar__minus_3_bar_2_bar_30 - location
        )
(:init
        (atLocation agent1 loc_bar_10_bar__minus_3_bar_2_bar_30)
        (receptacleType Cabinet_bar__plus_01_dot_86_bar__minus_00_dot_99_bar__minus_01_dot_33 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_86_bar__minus_00_dot_99_bar__minus_01_dot_33 loc_bar__minus_8_bar__minus_2_bar_0_bar_60)
        (openable Cabinet_bar__plus_01_dot_86_bar__minus_00_dot_99_bar__minus_01_dot_33)
        (receptacleType Cabinet_bar__minus_02_dot_74_bar__minus_01_dot_84_bar__minus_01_dot_32 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_74_bar__minus_01_dot_84_bar__minus_01_dot_32 loc_bar__minus_7_bar_3_bar_3_bar_30)
        (openable Cabinet_bar__minus_02_dot_74_bar__minus_01_dot_84_bar__minus_01_dot_32)
        (receptacleType Cabinet_bar__minus_00_dot_59_bar__plus_02_dot_40_bar__minus_00_dot_38 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_59_bar__plus_02_dot_40_bar__minus_00_dot_38 loc_bar_3_bar_11_bar_3_bar__minus_30)
        (openable Cabinet_bar__minus_00_dot_59_bar__plus_02_dot_40_bar__minus_00_dot_38)
        (receptacleType Cabinet_bar__plus_02_dot_38_bar__minus_01_dot_92_bar__minus_02_dot_58 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_38_bar__minus_01_dot_92_bar__minus_02_dot_58 loc_bar__minus_12_bar_2_bar_3_bar_45)
        (openable Cabinet_bar__plus_02_dot_38_bar__minus_01_dot_92_bar__minus_02_dot_58)
        (receptacleType Cabinet_bar__minus_02_dot_91_bar__minus_01_dot_83_bar__minus_00_dot_20 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_91_bar__minus_01_dot_83_bar__minus_00_dot_20 loc_bar__minus_10_bar_11_bar_1_bar_60)
        (openable Cabinet_bar__minus_02_dot_91_bar__minus_01_dot_83_bar__minus_00_dot_20)
        (receptacleType Cabinet_bar__plus_02_dot_21_bar__plus_00_dot_18_bar__plus_01_dot_15 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_21_bar__plus_00_dot_18_bar__plus_01_dot_15 loc_bar__minus_5_bar__minus_12_bar_2_bar_60)
        (openable Cabinet_bar__plus_02_dot_21_bar__plus_00_dot_18_bar__plus_01_dot_15)
        (receptacleType CounterTop_bar__minus_01_dot_11_bar__minus_00_dot_90_bar__minus_02_dot_42 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_01_dot_11_bar__minus_00_dot_90_bar__minus_02_dot_42 loc_bar__minus_2_bar__minus_8_bar_0_bar_60)
        (receptacleType Drawer_bar__minus_00_dot_59_bar__minus_00_dot_75_bar__minus_01_dot_96 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_00_dot_59_bar__minus_00_dot_75_bar__minus_01_dot_96 loc_bar__minus_2_bar_0_bar_2_bar_60)
        (openable Drawer_bar__minus_00_dot_59_bar__minus_00_dot_75_bar__minus_01_dot_96)
        (receptacleType Drawer_bar__minus_01_dot_01_bar__plus_02_dot_89_bar__minus_00_dot_37 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_01_bar__plus_02_dot_89_bar__minus_00_dot_37 loc_bar__minus_4_bar__minus_11_bar_2_bar_45)
        (openable Drawer_bar__minus_01_dot_01_bar__plus_02_dot_89_bar__minus_00_dot_37)
        (receptacleType Fridge_bar__minus_02_dot_31_bar__minus_00_dot_50_bar__minus_01_dot_20 FridgeType)
        (receptacleAtLocation Fridge_bar__minus_02_dot_31_bar__minus_00_dot_50_bar__minus_01_dot_20 loc_bar__minus_11_bar_1_bar_1_bar_60)
        (openable Fridge_bar__minus_02_dot_31_bar__minus_00_dot_50_bar__minus_01_dot_20)
        (receptacleType Microwave_bar__minus_00_dot_28_bar__plus_00_dot_07_bar__plus_01_dot_65 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_00_dot_28_bar__plus_00_dot_07_bar__plus_01_dot_65 loc_bar_2_bar_4_bar_0_bar_45)
        (openable Microwave_bar__minus_00_dot_28_bar__plus_00_dot_07_bar__plus_01_dot_65)
        (receptacleType Sink_bar__plus_02_dot_76_bar__minus_01_dot_30_bar__plus_02_dot_71_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_02_dot_76_bar__minus_01_dot_30_bar__plus_02_dot_71_bar_SinkBasin loc_bar_5_bar_3_bar_0_bar_30)
        (receptacleType StoveBurner_bar__plus_01_dot_45_bar__minus_02_dot_38_bar__minus_02_dot_91 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_01_dot_45_bar__minus_02_dot_38_bar__minus_02_dot_91 loc_bar__minus_1_bar__minus_5_bar_0_bar_15)
        (receptacleType StoveBurner_bar__minus_02_dot_70_bar__plus_02_dot_04_bar__minus_00_dot_91 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_02_dot_70_bar__plus_02_dot_04_bar__minus_00_dot_91 loc_bar_2_bar_4_bar_2_bar_45)
        (receptacleType StoveBurner_bar__plus_02_dot_06_bar__minus_00_dot_77_bar__minus_02_dot_39 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_02_dot_06_bar__minus_00_dot_77_bar__minus_02_dot_39 loc_bar_5_bar_4_bar_1_bar_60)
        (receptacleType StoveBurner_bar__minus_02_dot_45_bar__plus_01_dot_76_bar__plus_02_dot_08 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_02_dot_45_bar__plus_01_dot_76_bar__plus_02_dot_08 loc_bar_11_bar_8_bar_1_bar_45)
        (receptacleType GarbageCan_bar__plus_02_dot_47_bar__minus_00_dot_11_bar__plus_01_dot_53 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_02_dot_47_bar__minus_00_dot_11_bar__plus_01_dot_53 loc_bar_9_bar_1_bar_0_bar_45)
        (receptacleType Shelf_bar__plus_01_dot_50_bar__plus_00_dot_81_bar__minus_02_dot_62 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_01_dot_50_bar__plus_00_dot_81_bar__minus_02_dot_62 loc_bar_12_bar_12_bar_3_bar_60)
        (receptacleType Shelf_bar__minus_02_dot_65_bar__plus_01_dot_00_bar__plus_01_dot_92 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_02_dot_65_bar__plus_01_dot_00_bar__plus_01_dot_92 loc_bar__minus_6_bar__minus_9_bar_0_bar_15)
        (receptacleType Toaster_bar__minus_02_dot_43_bar__minus_00_dot_02_bar__plus_00_dot_89 ToasterType)
        (receptacleAtLocation Toaster_bar__minus_02_dot_43_bar__minus_00_dot_02_bar__plus_00_dot_89 loc_bar_0_bar__minus_3_bar_2_bar_15)
        (objectType Plate_bar__minus_00_dot_04_bar__plus_02_dot_43_bar__plus_02_dot_60 PlateType)
        (inReceptacle Plate_bar__minus_00_dot_04_bar__plus_02_dot_43_bar__plus_02_dot_60 Shelf_bar__plus_01_dot_50_bar__plus_00_dot_81_bar__minus_02_dot_62)
        (objectAtLocation Plate_bar__minus_00_dot_04_bar__plus_02_dot_43_bar__plus_02_dot_60 loc_bar_12_bar_12_bar_3_bar_60)
        (pickupable Plate_bar__minus_00_dot_04_bar__plus_02_dot_43_bar__plus_02_dot_60)
        (cleanable Plate_bar__minus_00_dot_04_bar__plus_02_dot_43_bar__plus_02_dot_60)
        (heatable Plate_bar__minus_00_dot_04_bar__plus_02_dot_43_bar__plus_02_dot_60)
        (coolable Plate_bar__minus_00_dot_04_bar__plus_02_dot_43_bar__plus_02_dot_60)
        (isReceptacleObject Plate_bar__minus_00_dot_04_bar__plus_02_dot_43_bar__plus_02_dot_60)
        (objectType SaltShaker_bar__minus_01_dot_63_bar__plus_02_dot_74_bar__plus_01_dot_39 SaltShakerType)
        (inReceptacle SaltShaker_bar__minus_01_dot_63_bar__plus_02_dot_74_bar__plus_01_dot_39 Drawer_bar__minus_01_dot_01_bar__plus_02_dot_89_bar__minus_00_dot_37)
        (objectAtLocation SaltShaker_bar__minus_01_dot_63_bar__plus_02_dot_74_bar__plus_01_dot_39 loc_bar__minus_4_bar__minus_11_bar_2_bar_45)
        (pickupable SaltShaker_bar__minus_01_dot_63_bar__plus_02_dot_74_bar__plus_01_dot_39)
        (objectType Tomato_bar__minus_00_dot_48_bar__minus_02_dot_82_bar__plus_02_dot_94 TomatoType)
        (inReceptacle Tomato_bar__minus_00_dot_48_bar__minus_02_dot_82_bar__plus_02_dot_94 Microwave_bar__minus_00_dot_28_bar__plus_00_dot_07_bar__plus_01_dot_65)
        (objectAtLocation Tomato_bar__minus_00_dot_48_bar__minus_02_dot_82_bar__plus_02_dot_94 loc_bar_2_bar_4_bar_0_bar_45)
        (pickupable Tomato_bar__minus_00_dot_48_bar__minus_02_dot_82_bar__plus_02_dot_94)
        (cleanable Tomato_bar__minus_00_dot_48_bar__minus_02_dot_82_bar__plus_02_dot_94)
        (heatable Tomato_bar__minus_00_dot_48_bar__minus_02_dot_82_bar__plus_02_dot_94)
        (coolable Tomato_bar__minus_00_dot_48_bar__minus_02_dot_82_bar__plus_02_dot_94)
        (objectType Pan_bar__plus_00_dot_70_bar__minus_01_dot_94_bar__minus_00_dot_22 PanType)
        (inReceptacle Pan_bar__plus_00_dot_70_bar__minus_01_dot_94_bar__minus_00_dot_22 StoveBurner_bar__minus_02_dot_45_bar__plus_01_dot_76_bar__plus_02_dot_08)
        (objectAtLocation Pan_bar__plus_00_dot_70_bar__minus_01_dot_94_bar__minus_00_dot_22 loc_bar_11_bar_8_bar_1_bar_45)
        (pickupable Pan_bar__plus_00_dot_70_bar__minus_01_dot_94_bar__minus_00_dot_22)
        (cleanable Pan_bar__plus_00_dot_70_bar__minus_01_dot_94_bar__minus_00_dot_22)
        (coolable Pan_bar__plus_00_dot_70_bar__minus_01_dot_94_bar__minus_00_dot_22)
        (isReceptacleObject Pan_bar__plus_00_dot_70_bar__minus_01_dot_94_bar__minus_00_dot_22)
        (objectType Mug_bar__minus_01_dot_76_bar__minus_00_dot_20_bar__plus_01_dot_71 MugType)
        (inReceptacle Mug_bar__minus_01_dot_76_bar__minus_00_dot_20_bar__plus_01_dot_71 Sink_bar__plus_02_dot_76_bar__minus_01_dot_30_bar__plus_02_dot_71_bar_SinkBasin)
        (objectAtLocation Mug_bar__minus_01_dot_76_bar__minus_00_dot_20_bar__plus_01_dot_71 loc_bar_5_bar_3_bar_0_bar_30)
        (pickupable Mug_bar__minus_01_dot_76_bar__minus_00_dot_20_bar__plus_01_dot_71)
        (cleanable Mug_bar__minus_01_dot_76_bar__minus_00_dot_20_bar__plus_01_dot_71)
        (heatable Mug_bar__minus_01_dot_76_bar__minus_00_dot_20_bar__plus_01_dot_71)
        (coolable Mug_bar__minus_01_dot_76_bar__minus_00_dot_20_bar__plus_01_dot_71)
        (isReceptacleObject Mug_bar__minus_01_dot_76_bar__minus_00_dot_20_bar__plus_01_dot_71)
        (objectType PaperTowel_bar__plus_02_dot_13_bar__minus_02_dot_63_bar__minus_00_dot_31 PaperTowelType)
        (inReceptacle PaperTowel_bar__plus_02_dot_13_bar__minus_02_dot_63_bar__minus_00_dot_31 CounterTop_bar__minus_01_dot_11_bar__minus_00_dot_90_bar__minus_02_dot_42)
        (objectAtLocation PaperTowel_bar__plus_02_dot_13_bar__minus_02_dot_63_bar__minus_00_dot_31 loc_bar__minus_2_bar__minus_8_bar_0_bar_60)
        (pickupable PaperTowel_bar__plus_02_dot_13_bar__minus_02_dot_63_bar__minus_00_dot_31)
        (objectType Pot_bar__minus_01_dot_79_bar__plus_00_dot_49_bar__minus_01_dot_03 PotType)
        (inReceptacle Pot_bar__minus_01_dot_79_bar__plus_00_dot_49_bar__minus_01_dot_03 Sink_bar__plus_02_dot_76_bar__minus_01_dot_30_bar__plus_02_dot_71_bar_SinkBasin)
        (objectAtLocation Pot_bar__minus_01_dot_79_bar__plus_00_dot_49_bar__minus_01_dot_03 loc_bar_5_bar_3_bar_0_bar_30)
        (pickupable Pot_bar__minus_01_dot_79_bar__plus_00_dot_49_bar__minus_01_dot_03)
        (cleanable Pot_bar__minus_01_dot_79_bar__plus_00_dot_49_bar__minus_01_dot_03)
        (coolable Pot_bar__minus_01_dot_79_bar__plus_00_dot_49_bar__minus_01_dot_03)
        (isReceptacleObject Pot_bar__minus_01_dot_79_bar__plus_00_dot_49_bar__minus_01_dot_03)
        (objectType DishSponge_bar__minus_00_dot_26_bar__plus_02_dot_01_bar__plus_00_dot_28 DishSpongeType)
        (inReceptacle DishSponge_bar__minus_00_dot_26_bar__plus_02_dot_01_bar__plus_00_dot_28 GarbageCan_bar__plus_02_dot_47_bar__minus_00_dot_11_bar__plus_01_dot_53)
        (objectAtLocation DishSponge_bar__minus_00_dot_26_bar__plus_02_dot_01_bar__plus_00_dot_28 loc_bar_9_bar_1_bar_0_bar_45)
        (pickupable DishSponge_bar__minus_00_dot_26_bar__plus_02_dot_01_bar__plus_00_dot_28)
        (cleanable DishSponge_bar__minus_00_dot_26_bar__plus_02_dot_01_bar__plus_00_dot_28)
        (objectType Bowl_bar__minus_00_dot_25_bar__plus_02_dot_97_bar__minus_00_dot_58 BowlType)
        (inReceptacle Bowl_bar__minus_00_dot_25_bar__plus_02_dot_97_bar__minus_00_dot_58 Shelf_bar__plus_01_dot_50_bar__plus_00_dot_81_bar__minus_02_dot_62)
        (objectAtLocation Bowl_bar__minus_00_dot_25_bar__plus_02_dot_97_bar__minus_00_dot_58 loc_bar_12_bar_12_bar_3_bar_60)
        (pickupable Bowl_bar__minus_00_dot_25_bar__plus_02_dot_97_bar__minus_00_dot_58)
        (cleanable Bowl_bar__minus_00_dot_25_bar__plus_02_dot_97_bar__minus_00_dot_58)
        (coolable Bowl_bar__minus_00_dot_25_bar__plus_02_dot_97_bar__minus_00_dot_58)
        (isReceptacleObject Bowl_bar__minus_00_dot_25_bar__plus_02_dot_97_bar__minus_00_dot_58)
        (objectType Bowl_bar__minus_02_dot_00_bar__minus_01_dot_22_bar__minus_02_dot_85 BowlType)
        (inReceptacle Bowl_bar__minus_02_dot_00_bar__minus_01_dot_22_bar__minus_02_dot_85 Cabinet_bar__plus_02_dot_21_bar__plus_00_dot_18_bar__plus_01_dot_15)
        (objectAtLocation Bowl_bar__minus_02_dot_00_bar__minus_01_dot_22_bar__minus_02_dot_85 loc_bar__minus_5_bar__minus_12_bar_2_bar_60)
        (pickupable Bowl_bar__minus_02_dot_00_bar__minus_01_dot_22_bar__minus_02_dot_85)
        (cleanable Bowl_bar__minus_02_dot_00_bar__minus_01_dot_22_bar__minus_02_dot_85)
        (coolable Bowl_bar__minus_02_dot_00_bar__minus_01_dot_22_bar__minus_02_dot_85)
        (isReceptacleObject Bowl_bar__minus_02_dot_00_bar__minus_01_dot_22_bar__minus_02_dot_85)
        (canContain CabinetType BowlType)
        (canContain CabinetType DishSpongeType)
        (canContain CabinetType MugType)
        (canContain CabinetType PanType)
        (canContain CabinetType PlateType)
        (canContain CabinetType PotType)
        (canContain CabinetType SaltShakerType)
        (canContain CounterTopType BowlType)
        (canContain CounterTopType DishSpongeType)
        (canContain CounterTopType MugType)
        (canContain CounterTopType PanType)
        (canContain CounterTopType PaperTowelType)
        (canContain CounterTopType PlateType)
        (canContain CounterTopType PotType)
        (canContain CounterTopType SaltShakerType)
        (canContain CounterTopType TomatoType)
        (canContain DrawerType DishSpongeType)
        (canContain DrawerType SaltShakerType)
        (canContain FridgeType BowlType)
        (canContain FridgeType MugType)
        (canContain FridgeType PanType)
        (canContain FridgeType PlateType)
        (canContain FridgeType PotType)
        (canContain FridgeType TomatoType)
        (canContain GarbageCanType DishSpongeType)
        (canContain GarbageCanType PaperTowelType)
        (canContain GarbageCanType TomatoType)
        (canContain MicrowaveType BowlType)
        (canContain MicrowaveType MugType)
        (canContain MicrowaveType PlateType)
        (canContain MicrowaveType TomatoType)
        (canContain ShelfType BowlType)
        (canContain ShelfType DishSpongeType)
        (canContain ShelfType MugType)
        (canContain ShelfType PaperTowelType)
        (canContain ShelfType PlateType)
        (canContain ShelfType PotType)
        (canContain ShelfType SaltShakerType)
        (canContain SinkBasinType BowlType)
        (canContain SinkBasinType DishSpongeType)
        (canContain SinkBasinType MugType)
        (canContain SinkBasinType PanType)
        (canContain SinkBasinType PlateType)
        (canContain SinkBasinType PotType)
        (canContain SinkBasinType TomatoType)
        (canContain StoveBurnerType PanType)
        (canContain StoveBurnerType PotType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (cleanable ?o)
                            (objectType ?o PlateType)
                            (receptacleType ?r CounterTopType)
                            (isClean ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
