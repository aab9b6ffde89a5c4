(define (problem plan_trial_e60000)
(:domain alfred)
(:objects
        agent1 - agent
        ButterKnifeType - otype
        LettuceType - otype
        PepperShakerType - otype
        PlateType - otype
        SpoonType - otype
        CabinetType - rtype
        CoffeeMachineType - rtype
        CounterTopType - rtype
        DiningTableType - rtype
        DrawerType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        StoveBurnerType - rtype
        Plate_bar__plus_02_dot_39_bar__minus_00_dot_12_bar__plus_01_dot_03 - object
        Plate_bar__minus_00_dot_64_bar__minus_01_dot_37_bar__plus_02_dot_50 - object
        Plate_bar__minus_00_dot_09_bar__plus_00_dot_75_bar__plus_01_dot_88 - object
        Lettuce_bar__plus_00_dot_79_bar__minus_02_dot_67_bar__minus_00_dot_06 - object
        PepperShaker_bar__minus_00_dot_74_bar__minus_01_dot_01_bar__minus_02_dot_73 - object
        Spoon_bar__minus_02_dot_06_bar__minus_00_dot_50_bar__minus_02_dot_90 - object
        ButterKnife_bar__minus_01_dot_82_bar__plus_01_dot_27_bar__plus_00_dot_05 - object
        Cabinet_bar__plus_02_dot_12_bar__minus_00_dot_94_bar__minus_02_dot_37 - receptacle
        Cabinet_bar__minus_00_dot_37_bar__minus_02_dot_00_bar__plus_00_dot_36 - receptacle
        Cabinet_bar__plus_01_dot_49_bar__minus_00_dot_99_bar__plus_02_dot_55 - receptacle
        Cabinet_bar__plus_02_dot_85_bar__plus_02_dot_15_bar__minus_01_dot_66 - receptacle
        CounterTop_bar__minus_01_dot_25_bar__minus_02_dot_83_bar__minus_02_dot_29 - receptacle
        CounterTop_bar__plus_01_dot_14_bar__plus_01_dot_80_bar__plus_00_dot_69 - receptacle
        Drawer_bar__minus_01_dot_09_bar__plus_02_dot_52_bar__minus_01_dot_68 - receptacle
        Drawer_bar__minus_00_dot_16_bar__minus_00_dot_62_bar__minus_01_dot_20 - receptacle
        Drawer_bar__minus_01_dot_52_bar__plus_03_dot_00_bar__plus_01_dot_18 - receptacle
        Fridge_bar__plus_00_dot_58_bar__minus_00_dot_80_bar__plus_02_dot_28 - receptacle
        Microwave_bar__plus_02_dot_96_bar__minus_02_dot_41_bar__plus_00_dot_78 - receptacle
        Sink_bar__plus_02_dot_52_bar__plus_02_dot_59_bar__plus_00_dot_19_bar_SinkBasin - receptacle
        StoveBurner_bar__plus_01_dot_33_bar__plus_01_dot_11_bar__minus_00_dot_73 - receptacle
        StoveBurner_bar__minus_00_dot_65_bar__minus_02_dot_08_bar__plus_01_dot_17 - receptacle
        GarbageCan_bar__plus_01_dot_97_bar__plus_02_dot_75_bar__minus_00_dot_52 - receptacle
        DiningTable_bar__minus_00_dot_92_bar__minus_01_dot_75_bar__minus_01_dot_74 - receptacle
        CoffeeMachine_bar__minus_01_dot_67_bar__plus_02_dot_00_bar__plus_01_dot_98 - receptacle
        loc_bar_4_bar__minus_1_bar_1_bar_15 - location
        loc_bar__minus_3_bar__minus_11_bar_2_bar__minus_30 - location
        loc_bar__minus_6_bar__minus_5_bar_1_bar_60 - location
        loc_bar_10_bar_6_bar_2_bar_60 - location
        loc_bar__minus_4_bar_3_bar_0_bar__minus_30 - location
        loc_bar_12_bar__minus_11_bar_3_bar_30 - location
        loc_bar__minus_2_bar_9_bar_3_bar_15 - location
        loc_bar__minus_8_bar__minus_3_bar_0_bar_0 - location
        loc_bar__minus_9_bar_4_bar_3_bar__minus_30 - location
        loc_bar_10_bar__minus_4_bar_0_bar_0 - location
        loc_bar__minus_11_bar__minus_7_bar_2_bar_0 - location
        loc_bar__minus_11_bar_0_bar_1_bar_45 - location
        loc_bar__minus_10_bar__minus_10_bar_3_bar_0 - location
        loc_bar__minus_9_bar__minus_3_bar_1_bar_60 - location
        loc_bar__minus_1_bar__minus_9_bar_1_bar_0 - location
        loc_bar_4_bar_6_bar_1_bar__minus_30 - location
        loc_bar_9_bar_11_bar_1_bar_15 - location
        loc_bar_12_bar_5_bar_2_bar_45 - location
        )
(:init
        (atLocation agent1 loc_bar_12_bar_5_bar_2_bar_45)
        (receptacleType Cabinet_bar__plus_02_dot_12_bar__minus_00_dot_94_bar__minus_02_dot_37 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_12_bar__minus_00_dot_94_bar__minus_02_dot_37 loc_bar_4_bar__minus_1_bar_1_bar_15)
        (openable Cabinet_bar__plus_02_dot_12_bar__minus_00_dot_94_bar__minus_02_dot_37)
        (receptacleType Cabinet_bar__minus_00_dot_37_bar__minus_02_dot_00_bar__plus_00_dot_36 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_37_bar__minus_02_dot_00_bar__plus_00_dot_36 loc_bar__minus_3_bar__minus_11_bar_2_bar__minus_30)
        (openable Cabinet_bar__minus_00_dot_37_bar__minus_02_dot_00_bar__plus_00_dot_36)
        (receptacleType Cabinet_bar__plus_01_dot_49_bar__minus_00_dot_99_bar__plus_02_dot_55 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_49_bar__minus_00_dot_99_bar__plus_02_dot_55 loc_bar__minus_6_bar__minus_5_bar_1_bar_60)
        (openable Cabinet_bar__plus_01_dot_49_bar__minus_00_dot_99_bar__plus_02_dot_55)
        (receptacleType Cabinet_bar__plus_02_dot_85_bar__plus_02_dot_15_bar__minus_01_dot_66 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_85_bar__plus_02_dot_15_bar__minus_01_dot_66 loc_bar_10_bar_6_bar_2_bar_60)
        (openable Cabinet_bar__plus_02_dot_85_bar__plus_02_dot_15_bar__minus_01_dot_66)
        (receptacleType CounterTop_bar__minus_01_dot_25_bar__minus_02_dot_83_bar__minus_02_dot_29 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_01_dot_25_bar__minus_02_dot_83_bar__minus_02_dot_29 loc_bar__minus_4_bar_3_bar_0_bar__minus_30)
        (receptacleType CounterTop_bar__plus_01_dot_14_bar__plus_01_dot_80_bar__plus_00_dot_69 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_01_dot_14_bar__plus_01_dot_80_bar__plus_00_dot_69 loc_bar_12_bar__minus_11_bar_3_bar_30)
        (receptacleType Drawer_bar__minus_01_dot_09_bar__plus_02_dot_52_bar__minus_01_dot_68 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_09_bar__plus_02_dot_52_bar__minus_01_dot_68 loc_bar__minus_2_bar_9_bar_3_bar_15)
        (openable Drawer_bar__minus_01_dot_09_bar__plus_02_dot_52_bar__minus_01_dot_68)
        (receptacleType Drawer_bar__minus_00_dot_16_bar__minus_00_dot_62_bar__minus_01_dot_20 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_00_dot_16_bar__minus_00_dot_62_bar__minus_01_dot_20 loc_bar__minus_8_bar__minus_3_bar_0_bar_0)
        (openable Drawer_bar__minus_00_dot_16_bar__minus_00_dot_62_bar__minus_01_dot_20)
        (receptacleType Drawer_bar__minus_01_dot_52_bar__plus_03_dot_00_bar__plus_01_dot_18 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_52_bar__plus_03_dot_00_bar__plus_01_dot_18 loc_bar__minus_9_bar_4_bar_3_bar__minus_30)
        (openable Drawer_bar__minus_01_dot_52_bar__plus_03_dot_00_bar__plus_01_dot_18)
        (receptacleType Fridge_bar__plus_00_dot_58_bar__minus_00_dot_80_bar__plus_02_dot_28 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_00_dot_58_bar__minus_00_dot_80_bar__plus_02_dot_28 loc_bar_10_bar__minus_4_bar_0_bar_0)
        (openable Fridge_bar__plus_00_dot_58_bar__minus_00_dot_80_bar__plus_02_dot_28)
        (receptacleType Microwave_bar__plus_02_dot_96_bar__minus_02_dot_41_bar__plus_00_dot_78 MicrowaveType)
        (receptacleAtLocation Microwave_bar__plus_02_dot_96_bar__minus_02_dot_41_bar__plus_00_dot_78 loc_bar__minus_11_bar__minus_7_bar_2_bar_0)
        (openable Microwave_bar__plus_02_dot_96_bar__minus_02_dot_41_bar__plus_00_dot_78)
        (receptacleType Sink_bar__plus_02_dot_52_bar__plus_02_dot_59_bar__plus_00_dot_19_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_02_dot_52_bar__plus_02_dot_59_bar__plus_00_dot_19_bar_SinkBasin loc_bar__minus_11_bar_0_bar_1_bar_45)
        (receptacleType StoveBurner_bar__plus_01_dot_33_bar__plus_01_dot_11_bar__minus_00_dot_73 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_01_dot_33_bar__plus_01_dot_11_bar__minus_00_dot_73 loc_bar__minus_10_bar__minus_10_bar_3_bar_0)
        (receptacleType StoveBurner_bar__minus_00_dot_65_bar__minus_02_dot_08_bar__plus_01_dot_17 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_00_dot_65_bar__minus_02_dot_08_bar__plus_01_dot_17 loc_bar__minus_9_bar__minus_3_bar_1_bar_60)
        (receptacleType GarbageCan_bar__plus_01_dot_97_bar__plus_02_dot_75_bar__minus_00_dot_52 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_01_dot_97_bar__plus_02_dot_75_bar__minus_00_dot_52 loc_bar__minus_1_bar__minus_9_bar_1_bar_0)
        (receptacleType DiningTable_bar__minus_00_dot_92_bar__minus_01_dot_75_bar__minus_01_dot_74 DiningTableType)
        (receptacleAtLocation DiningTable_bar__minus_00_dot_92_bar__minus_01_dot_75_bar__minus_01_dot_74 loc_bar_4_bar_6_bar_1_bar__minus_30)
        (receptacleType CoffeeMachine_bar__minus_01_dot_67_bar__plus_02_dot_00_bar__plus_01_dot_98 CoffeeMachineType)
        (receptacleAtLocation CoffeeMachine_bar__minus_01_dot_67_bar__plus_02_dot_00_bar__plus_01_dot_98 loc_bar_9_bar_11_bar_1_bar_15)
        (objectType Plate_bar__plus_02_dot_39_bar__minus_00_dot_12_bar__plus_01_dot_03 PlateType)
        (inReceptacle Plate_bar__plus_02_dot_39_bar__minus_00_dot_12_bar__plus_01_dot_03 Sink_bar__plus_02_dot_52_bar__plus_02_dot_59_bar__plus_00_dot_19_bar_SinkBasin)
        (objectAtLocation Plate_bar__plus_02_dot_39_bar__minus_00_dot_12_bar__plus_01_dot_03 loc_bar__minus_11_bar_0_bar_1_bar_45)
        (pickupable Plate_bar__plus_02_dot_39_bar__minus_00_dot_12_bar__plus_01_dot_03)
        (cleanable Plate_bar__plus_02_dot_39_bar__minus_00_dot_12_bar__plus_01_dot_03)
        (heatable Plate_bar__plus_02_dot_39_bar__minus_00_dot_12_bar__plus_01_dot_03)
        (coolable Plate_bar__plus_02_dot_39_bar__minus_00_dot_12_bar__plus_01_dot_03)
        (isReceptacleObject Plate_bar__plus_02_dot_39_bar__minus_00_dot_12_bar__plus_01_dot_03)
        (objectType Plate_bar__minus_00_dot_64_bar__minus_01_dot_37_bar__plus_02_dot_50 PlateType)
        (inReceptacle Plate_bar__minus_00_dot_64_bar__minus_01_dot_37_bar__plus_02_dot_50 Microwave_bar__plus_02_dot_96_bar__minus_02_dot_41_bar__plus_00_dot_78)
        (objectAtLocation Plate_bar__minus_00_dot_64_bar__minus_01_dot_37_bar__plus_02_dot_50 loc_bar__minus_11_bar__minus_7_bar_2_bar_0)
        (pickupable Plate_bar__minus_00_dot_64_bar__minus_01_dot_37_bar__plus_02_dot_50)
        (cleanable Plate_bar__minus_00_dot_64_bar__minus_01_dot_37_bar__plus_02_dot_50)
        (heatable Plate_bar__minus_00_dot_64_bar__minus_01_dot_37_bar__plus_02_dot_50)
        (coolable Plate_bar__minus_00_dot_64_bar__minus_01_dot_37_bar__plus_02_dot_50)
        (isReceptacleObject Plate_bar__minus_00_dot_64_bar__minus_01_dot_37_bar__plus_02_dot_50)
        (objectType Plate_bar__minus_00_dot_09_bar__plus_00_dot_75_bar__plus_01_dot_88 PlateType)
        (inReceptacle Plate_bar__minus_00_dot_09_bar__plus_00_dot_75_bar__plus_01_dot_88 Cabinet_bar__plus_02_dot_85_bar__plus_02_dot_15_bar__minus_01_dot_66)
        (objectAtLocation Plate_bar__minus_00_dot_09_bar__plus_00_dot_75_bar__plus_01_dot_88 loc_bar_10_bar_6_bar_2_bar_60)
        (pickupable Plate_bar__minus_00_dot_09_bar__plus_00_dot_75_bar__plus_01_dot_88)
        (cleanable Plate_bar__minus_00_dot_09_bar__plus_00_dot_75_bar__plus_01_dot_88)
        (heatable Plate_bar__minus_00_dot_09_bar__plus_00_dot_75_bar__plus_01_dot_88)
        (coolable Plate_bar__minus_00_dot_09_bar__plus_00_dot_75_bar__plus_01_dot_88)
        (isReceptacleObject Plate_bar__minus_00_dot_09_bar__plus_00_dot_75_bar__plus_01_dot_88)
        (objectType Lettuce_bar__plus_00_dot_79_bar__minus_02_dot_67_bar__minus_00_dot_06 LettuceType)
        (inReceptacle Lettuce_bar__plus_00_dot_79_bar__minus_02_dot_67_bar__minus_00_dot_06 Sink_bar__plus_02_dot_52_bar__plus_02_dot_59_bar__plus_00_dot_19_bar_SinkBasin)
        (objectAtLocation Lettuce_bar__plus_00_dot_79_bar__minus_02_dot_67_bar__minus_00_dot_06 loc_bar__minus_11_bar_0_bar_1_bar_45)
        (pickupable Lettuce_bar__plus_00_dot_79_bar__minus_02_dot_67_bar__minus_00_dot_06)
        (cleanable Lettuce_bar__plus_00_dot_79_bar__minus_02_dot_67_bar__minus_00_dot_06)
        (coolable Lettuce_bar__plus_00_dot_79_bar__minus_02_dot_67_bar__minus_00_dot_06)
        (objectType PepperShaker_bar__minus_00_dot_74_bar__minus_01_dot_01_bar__minus_02_dot_73 PepperShakerType)
        (inReceptacle PepperShaker_bar__minus_00_dot_74_bar__minus_01_dot_01_bar__minus_02_dot_73 Drawer_bar__minus_01_dot_52_bar__plus_03_dot_00_bar__plus_01_dot_18)
        (objectAtLocation PepperShaker_bar__minus_00_dot_74_bar__minus_01_dot_01_bar__minus_02_dot_73 loc_bar__minus_9_bar_4_bar_3_bar__minus_30)
        (pickupable PepperShaker_bar__minus_00_dot_74_bar__minus_01_dot_01_bar__minus_02_dot_73)
        (objectType Spoon_bar__minus_02_dot_06_bar__minus_00_dot_50_bar__minus_02_dot_90 SpoonType)
        (inReceptacle Spoon_bar__minus_02_dot_06_bar__minus_00_dot_50_bar__minus_02_dot_90 CounterTop_bar__plus_01_dot_14_bar__plus_01_dot_80_bar__plus_00_dot_69)
        (objectAtLocation Spoon_bar__minus_02_dot_06_bar__minus_00_dot_50_bar__minus_02_dot_90 loc_bar_12_bar__minus_11_bar_3_bar_30)
        (pickupable Spoon_bar__minus_02_dot_06_bar__minus_00_dot_50_bar__minus_02_dot_90)
        (cleanable Spoon_bar__minus_02_dot_06_bar__minus_00_dot_50_bar__minus_02_dot_90)
        (objectType ButterKnife_bar__minus_01_dot_82_bar__plus_01_dot_27_bar__plus_00_dot_05 ButterKnifeType)
        (inReceptacle ButterKnife_bar__minus_01_dot_82_bar__plus_01_dot_27_bar__plus_00_dot_05 CounterTop_bar__minus_01_dot_25_bar__minus_02_dot_83_bar__minus_02_dot_29)
        (objectAtLocation ButterKnife_bar__minus_01_dot_82_bar__plus_01_dot_27_bar__plus_00_dot_05 loc_bar__minus_4_bar_3_bar_0_bar__minus_30)
        (pickupable ButterKnife_bar__minus_01_dot_82_bar__plus_01_dot_27_bar__plus_00_dot_05)
        (cleanable ButterKnife_bar__minus_01_dot_82_bar__plus_01_dot_27_bar__plus_00_dot_05)
        (canContain CabinetType PepperShakerType)
        (canContain CabinetType PlateType)
        (canContain CounterTopType ButterKnifeType)
        (canContain CounterTopType LettuceType)
        (canContain CounterTopType PepperShakerType)
        (canContain CounterTopType PlateType)
        (canContain CounterTopType SpoonType)
        (canContain DiningTableType ButterKnifeType)
        (canContain DiningTableType LettuceType)
        (canContain DiningTableType PepperShakerType)
        (canContain DiningTableType PlateType)
        (canContain DiningTableType SpoonType)
        (canContain DrawerType ButterKnifeType)
        (canContain DrawerType PepperShakerType)
        (canContain DrawerType SpoonType)
        (canContain FridgeType LettuceType)
        (canContain FridgeType PlateType)
        (canContain GarbageCanType LettuceType)
        (canContain MicrowaveType PlateType)
        (canContain SinkBasinType ButterKnifeType)
        (canContain SinkBasinType LettuceType)
        (canContain SinkBasinType PlateType)
        (canContain SinkBasinType SpoonType)
        )
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 PlateType)
                                    (receptacleType ?r FridgeType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 PlateType)
                                            (receptacleType ?r FridgeType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
