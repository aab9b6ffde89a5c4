(define (problem plan_trial_e50003)
(:domain alfred)
(:objects
        agent1 - agent
        AppleType - otype
        KettleType - otype
        LettuceType - otype
        PanType - otype
        PaperTowelType - otype
        PlateType - otype
        PotType - otype
        SpatulaType - otype
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
        Apple_bar__minus_00_dot_11_bar__minus_01_dot_47_bar__minus_02_dot_33 - object
        Plate_bar__plus_00_dot_87_bar__minus_00_dot_25_bar__plus_01_dot_16 - object
        Kettle_bar__plus_01_dot_79_bar__plus_01_dot_43_bar__minus_01_dot_13 - object
        Lettuce_bar__plus_02_dot_84_bar__plus_00_dot_20_bar__plus_02_dot_35 - object
        Pot_bar__plus_01_dot_50_bar__plus_00_dot_16_bar__minus_00_dot_79 - object
        Pot_bar__minus_00_dot_83_bar__minus_02_dot_47_bar__plus_01_dot_57 - object
        Spatula_bar__minus_00_dot_36_bar__minus_00_dot_76_bar__minus_00_dot_69 - object
        Pan_bar__plus_01_dot_11_bar__minus_00_dot_07_bar__plus_02_dot_53 - object
        PaperTowel_bar__plus_01_dot_84_bar__plus_01_dot_86_bar__plus_00_dot_34 - object
        Cabinet_bar__plus_00_dot_58_bar__plus_02_dot_65_bar__plus_01_dot_26 - receptacle
        Cabinet_bar__plus_00_dot_39_bar__minus_01_dot_62_bar__minus_01_dot_96 - receptacle
        Cabinet_bar__plus_00_dot_22_bar__minus_01_dot_35_bar__minus_02_dot_17 - receptacle
        Cabinet_bar__plus_02_dot_72_bar__minus_00_dot_59_bar__plus_02_dot_82 - receptacle
        Cabinet_bar__plus_00_dot_73_bar__minus_01_dot_52_bar__plus_01_dot_00 - receptacle
        Cabinet_bar__minus_01_dot_95_bar__plus_00_dot_61_bar__plus_00_dot_19 - receptacle
        CounterTop_bar__minus_01_dot_19_bar__plus_00_dot_22_bar__minus_01_dot_92 - receptacle
        Drawer_bar__minus_02_dot_61_bar__minus_01_dot_03_bar__plus_00_dot_93 - receptacle
        Drawer_bar__minus_02_dot_83_bar__plus_02_dot_29_bar__minus_01_dot_76 - receptacle
        Fridge_bar__minus_03_dot_00_bar__minus_00_dot_87_bar__plus_01_dot_07 - receptacle
        Microwave_bar__plus_02_dot_11_bar__minus_01_dot_60_bar__minus_00_dot_04 - receptacle
        Sink_bar__plus_00_dot_57_bar__plus_01_dot_95_bar__plus_02_dot_84_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_02_dot_71_bar__minus_01_dot_45_bar__minus_01_dot_10 - receptacle
        StoveBurner_bar__minus_02_dot_66_bar__plus_00_dot_85_bar__plus_01_dot_99 - receptacle
        StoveBurner_bar__minus_03_dot_00_bar__plus_02_dot_47_bar__minus_01_dot_79 - receptacle
        StoveBurner_bar__plus_00_dot_83_bar__minus_00_dot_64_bar__minus_00_dot_03 - receptacle
        GarbageCan_bar__minus_01_dot_12_bar__minus_02_dot_47_bar__minus_00_dot_88 - receptacle
        Shelf_bar__plus_00_dot_75_bar__plus_01_dot_41_bar__plus_01_dot_58 - receptacle
        Shelf_bar__plus_02_dot_07_bar__minus_00_dot_31_bar__minus_00_dot_37 - receptacle
        Toaster_bar__minus_00_dot_92_bar__plus_01_dot_84_bar__minus_00_dot_22 - receptacle
        loc_bar__minus_5_bar_1_bar_2_bar_0 - location
        loc_bar_3_bar_10_bar_2_bar_60 - location
        loc_bar_3_bar_7_bar_3_bar_30 - location
        loc_bar_8_bar_6_bar_1_bar_45 - location
        loc_bar__minus_10_bar__minus_8_bar_1_bar_15 - location
        loc_bar__minus_7_bar_10_bar_2_bar_45 - location
        loc_bar_9_bar_6_bar_2_bar__minus_30 - location
        loc_bar_2_bar__minus_1_bar_2_bar_15 - location
        loc_bar_2_bar_11_bar_3_bar_0 - location
        loc_bar__minus_4_bar_0_bar_1_bar_60 - location
        loc_bar__minus_5_bar__minus_10_bar_2_bar__minus_30 - location
        loc_bar_4_bar_1_bar_2_bar_15 - location
        loc_bar_5_bar__minus_1_bar_2_bar__minus_30 - location
        loc_bar__minus_12_bar__minus_4_bar_1_bar_60 - location
        loc_bar_9_bar__minus_7_bar_2_bar_0 - location
        loc_bar_10_bar_0_bar_3_bar__minus_30 - location
        loc_bar__minus_5_bar__minus_11_bar_0_bar__minus_30 - location
        loc_bar__minus_2_bar_0_bar_3_bar_45 - location
        loc_bar_0_bar__minus_11_bar_1_bar_15 - location
        loc_bar__minus_1_bar__minus_12_bar_2_bar_15 - location
        loc_bar__minus_4_bar_3_bar_3_bar__minus_30 - location
        )
(:init
        (atLocation agent1 loc_bar__minus_4_bar_3_bar_3_bar__minus_30)
        (receptacleType Cabinet_bar__plus_00_dot_58_bar__plus_02_dot_65_bar__plus_01_dot_26 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_58_bar__plus_02_dot_65_bar__plus_01_dot_26 loc_bar__minus_5_bar_1_bar_2_bar_0)
        (openable Cabinet_bar__plus_00_dot_58_bar__plus_02_dot_65_bar__plus_01_dot_26)
        (receptacleType Cabinet_bar__plus_00_dot_39_bar__minus_01_dot_62_bar__minus_01_dot_96 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_39_bar__minus_01_dot_62_bar__minus_01_dot_96 loc_bar_3_bar_10_bar_2_bar_60)
        (openable Cabinet_bar__plus_00_dot_39_bar__minus_01_dot_62_bar__minus_01_dot_96)
        (receptacleType Cabinet_bar__plus_00_dot_22_bar__minus_01_dot_35_bar__minus_02_dot_17 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_22_bar__minus_01_dot_35_bar__minus_02_dot_17 loc_bar_3_bar_7_bar_3_bar_30)
        (openable Cabinet_bar__plus_00_dot_22_bar__minus_01_dot_35_bar__minus_02_dot_17)
        (receptacleType Cabinet_bar__plus_02_dot_72_bar__minus_00_dot_59_bar__plus_02_dot_82 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_72_bar__minus_00_dot_59_bar__plus_02_dot_82 loc_bar_8_bar_6_bar_1_bar_45)
        (openable Cabinet_bar__plus_02_dot_72_bar__minus_00_dot_59_bar__plus_02_dot_82)
        (receptacleType Cabinet_bar__plus_00_dot_73_bar__minus_01_dot_52_bar__plus_01_dot_00 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_73_bar__minus_01_dot_52_bar__plus_01_dot_00 loc_bar__minus_10_bar__minus_8_bar_1_bar_15)
        (openable Cabinet_bar__plus_00_dot_73_bar__minus_01_dot_52_bar__plus_01_dot_00)
        (receptacleType Cabinet_bar__minus_01_dot_95_bar__plus_00_dot_61_bar__plus_00_dot_19 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_95_bar__plus_00_dot_61_bar__plus_00_dot_19 loc_bar__minus_7_bar_10_bar_2_bar_45)
        (openable Cabinet_bar__minus_01_dot_95_bar__plus_00_dot_61_bar__plus_00_dot_19)
        (receptacleType CounterTop_bar__minus_01_dot_19_bar__plus_00_dot_22_bar__minus_01_dot_92 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_01_dot_19_bar__plus_00_dot_22_bar__minus_01_dot_92 loc_bar_9_bar_6_bar_2_bar__minus_30)
        (receptacleType Drawer_bar__minus_02_dot_61_bar__minus_01_dot_03_bar__plus_00_dot_93 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_02_dot_61_bar__minus_01_dot_03_bar__plus_00_dot_93 loc_bar_2_bar__minus_1_bar_2_bar_15)
        (openable Drawer_bar__minus_02_dot_61_bar__minus_01_dot_03_bar__plus_00_dot_93)
        (receptacleType Drawer_bar__minus_02_dot_83_bar__plus_02_dot_29_bar__minus_01_dot_76 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_02_dot_83_bar__plus_02_dot_29_bar__minus_01_dot_76 loc_bar_2_bar_11_bar_3_bar_0)
        (openable Drawer_bar__minus_02_dot_83_bar__plus_02_dot_29_bar__minus_01_dot_76)
        (receptacleType Fridge_bar__minus_03_dot_00_bar__minus_00_dot_87_bar__plus_01_dot_07 FridgeType)
        (receptacleAtLocation Fridge_bar__minus_03_dot_00_bar__minus_00_dot_87_bar__plus_01_dot_07 loc_bar__minus_4_bar_0_bar_1_bar_60)
        (openable Fridge_bar__minus_03_dot_00_bar__minus_00_dot_87_bar__plus_01_dot_07)
        (receptacleType Microwave_bar__plus_02_dot_11_bar__minus_01_dot_60_bar__minus_00_dot_04 MicrowaveType)
        (receptacleAtLocation Microwave_bar__plus_02_dot_11_bar__minus_01_dot_60_bar__minus_00_dot_04 loc_bar__minus_5_bar__minus_10_bar_2_bar__minus_30)
        (openable Microwave_bar__plus_02_dot_11_bar__minus_01_dot_60_bar__minus_00_dot_04)
        (receptacleType Sink_bar__plus_00_dot_57_bar__plus_01_dot_95_bar__plus_02_dot_84_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_00_dot_57_bar__plus_01_dot_95_bar__plus_02_dot_84_bar_SinkBasin loc_bar_4_bar_1_bar_2_bar_15)
        (receptacleType StoveBurner_bar__minus_02_dot_71_bar__minus_01_dot_45_bar__minus_01_dot_10 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_02_dot_71_bar__minus_01_dot_45_bar__minus_01_dot_10 loc_bar_5_bar__minus_1_bar_2_bar__minus_30)
        (receptacleType StoveBurner_bar__minus_02_dot_66_bar__plus_00_dot_85_bar__plus_01_dot_99 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_02_dot_66_bar__plus_00_dot_85_bar__plus_01_dot_99 loc_bar__minus_12_bar__minus_4_bar_1_bar_60)
        (receptacleType StoveBurner_bar__minus_03_dot_00_bar__plus_02_dot_47_bar__minus_01_dot_79 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_03_dot_00_bar__plus_02_dot_47_bar__minus_01_dot_79 loc_bar_9_bar__minus_7_bar_2_bar_0)
        (receptacleType StoveBurner_bar__plus_00_dot_83_bar__minus_00_dot_64_bar__minus_00_dot_03 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_00_dot_83_bar__minus_00_dot_64_bar__minus_00_dot_03 loc_bar_10_bar_0_bar_3_bar__minus_30)
        (receptacleType GarbageCan_bar__minus_01_dot_12_bar__minus_02_dot_47_bar__minus_00_dot_88 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_01_dot_12_bar__minus_02_dot_47_bar__minus_00_dot_88 loc_bar__minus_5_bar__minus_11_bar_0_bar__minus_30)
        (receptacleType Shelf_bar__plus_00_dot_75_bar__plus_01_dot_41_bar__plus_01_dot_58 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_00_dot_75_bar__plus_01_dot_41_bar__plus_01_dot_58 loc_bar__minus_2_bar_0_bar_3_bar_45)
        (receptacleType Shelf_bar__plus_02_dot_07_bar__minus_00_dot_31_bar__minus_00_dot_37 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_02_dot_07_bar__minus_00_dot_31_bar__minus_00_dot_37 loc_bar_0_bar__minus_11_bar_1_bar_15)
        (receptacleType Toaster_bar__minus_00_dot_92_bar__plus_01_dot_84_bar__minus_00_dot_22 ToasterType)
        (receptacleAtLocation Toaster_bar__minus_00_dot_92_bar__plus_01_dot_84_bar__minus_00_dot_22 loc_bar__minus_1_bar__minus_12_bar_2_bar_15)
        (objectType Apple_bar__minus_00_dot_11_bar__minus_01_dot_47_bar__minus_02_dot_33 AppleType)
        (inReceptacle Apple_bar__minus_00_dot_11_bar__minus_01_dot_47_bar__minus_02_dot_33 GarbageCan_bar__minus_01_dot_12_bar__minus_02_dot_47_bar__minus_00_dot_88)
        (objectAtLocation Apple_bar__minus_00_dot_11_bar__minus_01_dot_47_bar__minus_02_dot_33 loc_bar__minus_5_bar__minus_11_bar_0_bar__minus_30)
        (pickupable Apple_bar__minus_00_dot_11_bar__minus_01_dot_47_bar__minus_02_dot_33)
        (cleanable Apple_bar__minus_00_dot_11_bar__minus_01_dot_47_bar__minus_02_dot_33)
        (heatable Apple_bar__minus_00_dot_11_bar__minus_01_dot_47_bar__minus_02_dot_33)
        (coolable Apple_bar__minus_00_dot_11_bar__minus_01_dot_47_bar__minus_02_dot_33)
        (objectType Plate_bar__plus_00_dot_87_bar__minus_00_dot_25_bar__plus_01_dot_16 PlateType)
        (inReceptacle Plate_bar__plus_00_dot_87_bar__minus_00_dot_25_bar__plus_01_dot_16 Microwave_bar__plus_02_dot_11_bar__minus_01_dot_60_bar__minus_00_dot_04)
        (objectAtLocation Plate_bar__plus_00_dot_87_bar__minus_00_dot_25_bar__plus_01_dot_16 loc_bar__minus_5_bar__minus_10_bar_2_bar__minus_30)
        (pickupable Plate_bar__plus_00_dot_87_bar__minus_00_dot_25_bar__plus_01_dot_16)
        (cleanable Plate_bar__plus_00_dot_87_bar__minus_00_dot_25_bar__plus_01_dot_16)
        (heatable Plate_bar__plus_00_dot_87_bar__minus_00_dot_25_bar__plus_01_dot_16)
        (coolable Plate_bar__plus_00_dot_87_bar__minus_00_dot_25_bar__plus_01_dot_16)
        (isReceptacleObject Plate_bar__plus_00_dot_87_bar__minus_00_dot_25_bar__plus_01_dot_16)
        (objectType Kettle_bar__plus_01_dot_79_bar__plus_01_dot_43_bar__minus_01_dot_13 KettleType)
        (inReceptacle Kettle_bar__plus_01_dot_79_bar__plus_01_dot_43_bar__minus_01_dot_13 Cabinet_bar__plus_00_dot_73_bar__minus_01_dot_52_bar__plus_01_dot_00)
        (objectAtLocation Kettle_bar__plus_01_dot_79_bar__plus_01_dot_43_bar__minus_01_dot_13 loc_bar__minus_10_bar__minus_8_bar_1_bar_15)
        (pickupable Kettle_bar__plus_01_dot_79_bar__plus_01_dot_43_bar__minus_01_dot_13)
        (cleanable Kettle_bar__plus_01_dot_79_bar__plus_01_dot_43_bar__minus_01_dot_13)
        (objectType Lettuce_bar__plus_02_dot_84_bar__plus_00_dot_20_bar__plus_02_dot_35 LettuceType)
        (inReceptacle Lettuce_bar__plus_02_dot_84_bar__plus_00_dot_20_bar__plus_02_dot_35 CounterTop_bar__minus_01_dot_19_bar__plus_00_dot_22_bar__minus_01_dot_92)
        (objectAtLocation Lettuce_bar__plus_02_dot_84_bar__plus_00_dot_20_bar__plus_02_dot_35 loc_bar_9_bar_6_bar_2_bar__minus_30)
        (pickupable Lettuce_bar__plus_02_dot_84_bar__plus_00_dot_20_bar__plus_02_dot_35)
        (cleanable Lettuce_bar__plus_02_dot_84_bar__plus_00_dot_20_bar__plus_02_dot_35)
        (coolable Lettuce_bar__plus_02_dot_84_bar__plus_00_dot_20_bar__plus_02_dot_35)
        (objectType Pot_bar__plus_01_dot_50_bar__plus_00_dot_16_bar__minus_00_dot_79 PotType)
        (inReceptacle Pot_bar__plus_01_dot_50_bar__plus_00_dot_16_bar__minus_00_dot_79 CounterTop_bar__minus_01_dot_19_bar__plus_00_dot_22_bar__minus_01_dot_92)
        (objectAtLocation Pot_bar__plus_01_dot_50_bar__plus_00_dot_16_bar__minus_00_dot_79 loc_bar_9_bar_6_bar_2_bar__minus_30)
        (pickupable Pot_bar__plus_01_dot_50_bar__plus_00_dot_16_bar__minus_00_dot_79)
        (cleanable Pot_bar__plus_01_dot_50_bar__plus_00_dot_16_bar__minus_00_dot_79)
        (coolable Pot_bar__plus_01_dot_50_bar__plus_00_dot_16_bar__minus_00_dot_79)
        (isReceptacleObject Pot_bar__plus_01_dot_50_bar__plus_00_dot_16_bar__minus_00_dot_79)
        (objectType Pot_bar__minus_00_dot_83_bar__minus_02_dot_47_bar__plus_01_dot_57 PotType)
        (inReceptacle Pot_bar__minus_00_dot_83_bar__minus_02_dot_47_bar__plus_01_dot_57 Shelf_bar__plus_02_dot_07_bar__minus_00_dot_31_bar__minus_00_dot_37)
        (objectAtLocation Pot_bar__minus_00_dot_83_bar__minus_02_dot_47_bar__plus_01_dot_57 loc_bar_0_bar__minus_11_bar_1_bar_15)
        (pickupable Pot_bar__minus_00_dot_83_bar__minus_02_dot_47_bar__plus_01_dot_57)
        (cleanable Pot_bar__minus_00_dot_83_bar__minus_02_dot_47_bar__plus_01_dot_57)
        (coolable Pot_bar__minus_00_dot_83_bar__minus_02_dot_47_bar__plus_01_dot_57)
        (isReceptacleObject Pot_bar__minus_00_dot_83_bar__minus_02_dot_47_bar__plus_01_dot_57)
        (objectType Spatula_bar__minus_00_dot_36_bar__minus_00_dot_76_bar__minus_00_dot_69 SpatulaType)
        (inReceptacle Spatula_bar__minus_00_dot_36_bar__minus_00_dot_76_bar__minus_00_dot_69 Drawer_bar__minus_02_dot_83_bar__plus_02_dot_29_bar__minus_01_dot_76)
        (objectAtLocation Spatula_bar__minus_00_dot_36_bar__minus_00_dot_76_bar__minus_00_dot_69 loc_bar_2_bar_11_bar_3_bar_0)
        (pickupable Spatula_bar__minus_00_dot_36_bar__minus_00_dot_76_bar__minus_00_dot_69)
        (cleanable Spatula_bar__minus_00_dot_36_bar__minus_00_dot_76_bar__minus_00_dot_69)
        (objectType Pan_bar__plus_01_dot_11_bar__minus_00_dot_07_bar__plus_02_dot_53 PanType)
        (inReceptacle Pan_bar__plus_01_dot_11_bar__minus_00_dot_07_bar__plus_02_dot_53 Cabinet_bar__plus_00_dot_22_bar__minus_01_dot_35_bar__minus_02_dot_17)
        (objectAtLocation Pan_bar__plus_01_dot_11_bar__minus_00_dot_07_bar__plus_02_dot_53 loc_bar_3_bar_7_bar_3_bar_30)
        (pickupable Pan_bar__plus_01_dot_11_bar__minus_00_dot_07_bar__plus_02_dot_53)
        (cleanable Pan_bar__plus_01_dot_11_bar__minus_00_dot_07_bar__plus_02_dot_53)
        (coolable Pan_bar__plus_01_dot_11_bar__minus_00_dot_07_bar__plus_02_dot_53)
        (isReceptacleObject Pan_bar__plus_01_dot_11_bar__minus_00_dot_07_bar__plus_02_dot_53)
        (objectType PaperTowel_bar__plus_01_dot_84_bar__plus_01_dot_86_bar__plus_00_dot_34 PaperTowelType)
        (inReceptacle PaperTowel_bar__plus_01_dot_84_bar__plus_01_dot_86_bar__plus_00_dot_34 Shelf_bar__plus_02_dot_07_bar__minus_00_dot_31_bar__minus_00_dot_37)
        (objectAtLocation PaperTowel_bar__plus_01_dot_84_bar__plus_01_dot_86_bar__plus_00_dot_34 loc_bar_0_bar__minus_11_bar_1_bar_15)
        (pickupable PaperTowel_bar__plus_01_dot_84_bar__plus_01_dot_86_bar__plus_00_dot_34)
        (canContain CabinetType KettleType)
        (canContain CabinetType PanType)
        (canContain CabinetType PlateType)
        (canContain CabinetType PotType)
        (canContain CounterTopType AppleType)
        (canContain CounterTopType KettleType)
        (canContain CounterTopType LettuceType)
        (canContain CounterTopType PanType)
        (canContain CounterTopType PaperTowelType)
        (canContain CounterTopType PlateType)
        (canContain CounterTopType PotType)
        (canContain CounterTopType SpatulaType)
        (canContain DrawerType SpatulaType)
        (canContain FridgeType AppleType)
        (canContain FridgeType LettuceType)
        (canContain FridgeType PanType)
        (canContain FridgeType PlateType)
        (canContain FridgeType PotType)
        (canContain GarbageCanType AppleType)
        (canContain GarbageCanType LettuceType)
        (canContain GarbageCanType PaperTowelType)
        (canContain MicrowaveType AppleType)
        (canContain MicrowaveType PlateType)
        (canContain ShelfType KettleType)
        (canContain ShelfType PaperTowelType)
        (canContain ShelfType PlateType)
        (canContain ShelfType PotType)
        (canContain SinkBasinType AppleType)
        (canContain SinkBasinType KettleType)
        (canContain SinkBasinType LettuceType)
        (canContain SinkBasinType PanType)
        (canContain SinkBasinType PlateType)
        (canContain SinkBasinType PotType)
        (canContain SinkBasinType SpatulaType)
        (canContain StoveBurnerType KettleType)
        (canContain StoveBurnerType PanType)
        (canContain StoveBurnerType PotType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (coolable ?o)
                            (objectType ?o AppleType)
                            (receptacleType ?r MicrowaveType)
                            (isCool ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
