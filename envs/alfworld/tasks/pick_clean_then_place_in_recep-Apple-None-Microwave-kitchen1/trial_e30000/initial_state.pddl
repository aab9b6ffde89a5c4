(define (problem plan_trial_e30000)
(:domain alfred)
(:objects
        agent1 - agent
        AppleType - otype
        LettuceType - otype
        PaperTowelType - otype
        PotatoType - otype
        SaltShakerType - otype
        SpatulaType - otype
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
        Apple_bar__plus_03_dot_00_bar__minus_01_dot_23_bar__plus_01_dot_58 - object
        Spatula_bar__plus_00_dot_92_bar__plus_02_dot_72_bar__minus_00_dot_01 - object
        Lettuce_bar__minus_02_dot_50_bar__plus_01_dot_41_bar__plus_01_dot_72 - object
        Lettuce_bar__plus_00_dot_16_bar__plus_02_dot_19_bar__plus_02_dot_42 - object
        Spoon_bar__plus_00_dot_37_bar__plus_01_dot_98_bar__plus_00_dot_81 - object
        SaltShaker_bar__minus_02_dot_01_bar__minus_02_dot_80_bar__plus_00_dot_28 - object
        Potato_bar__plus_00_dot_48_bar__minus_02_dot_32_bar__plus_00_dot_57 - object
        PaperTowel_bar__minus_02_dot_35_bar__plus_01_dot_89_bar__minus_02_dot_95 - object
        Cabinet_bar__plus_01_dot_95_bar__minus_01_dot_98_bar__minus_00_dot_75 - receptacle
        Cabinet_bar__plus_00_dot_15_bar__minus_02_dot_27_bar__minus_01_dot_33 - receptacle
        Cabinet_bar__plus_01_dot_05_bar__minus_00_dot_15_bar__plus_01_dot_48 - receptacle
        Cabinet_bar__minus_02_dot_40_bar__plus_02_dot_01_bar__plus_00_dot_80 - receptacle
        CounterTop_bar__minus_01_dot_97_bar__minus_00_dot_73_bar__minus_02_dot_42 - receptacle
        CounterTop_bar__plus_00_dot_71_bar__plus_01_dot_19_bar__minus_02_dot_39 - receptacle
        Drawer_bar__minus_02_dot_11_bar__plus_02_dot_91_bar__minus_00_dot_49 - receptacle
        Drawer_bar__minus_01_dot_69_bar__plus_01_dot_11_bar__plus_02_dot_99 - receptacle
        Drawer_bar__plus_01_dot_94_bar__plus_02_dot_12_bar__minus_02_dot_08 - receptacle
        Fridge_bar__plus_01_dot_53_bar__minus_00_dot_62_bar__plus_00_dot_18 - receptacle
        Microwave_bar__plus_01_dot_19_bar__minus_01_dot_36_bar__plus_00_dot_25 - receptacle
        Sink_bar__plus_02_dot_12_bar__plus_00_dot_07_bar__minus_02_dot_47_bar_SinkBasin - receptacle
        StoveBurner_bar__plus_01_dot_17_bar__plus_02_dot_78_bar__minus_00_dot_57 - receptacle
        StoveBurner_bar__plus_01_dot_64_bar__minus_00_dot_21_bar__plus_01_dot_82 - receptacle
        GarbageCan_bar__plus_00_dot_11_bar__plus_00_dot_35_bar__plus_02_dot_53 - receptacle
        DiningTable_bar__plus_00_dot_61_bar__plus_00_dot_43_bar__minus_00_dot_89 - receptacle
        CoffeeMachine_bar__plus_00_dot_36_bar__plus_01_dot_22_bar__plus_01_dot_70 - receptacle
        loc_bar__minus_12_bar__minus_9_bar_2_bar_30 - location
        loc_bar_11_bar_11_bar_1_bar__minus_30 - location
        loc_bar__minus_10_bar_2_bar_1_bar_45 - location
        loc_bar__minus_12_bar__minus_2_bar_0_bar_45 - location
        loc_bar_8_bar__minus_1_bar_2_bar_30 - location
        loc_bar__minus_9_bar_1_bar_0_bar_60 - location
        loc_bar__minus_8_bar__minus_4_bar_0_bar__minus_30 - location
        loc_bar_0_bar__minus_3_bar_2_bar_30 - location
        loc_bar_7_bar__minus_10_bar_1_bar_60 - location
        loc_bar_5_bar__minus_8_bar_0_bar_0 - location
        loc_bar_9_bar_12_bar_3_bar__minus_30 - location
        loc_bar__minus_11_bar__minus_10_bar_2_bar_60 - location
        loc_bar_3_bar_4_bar_0_bar_60 - location
        loc_bar__minus_7_bar_10_bar_2_bar_15 - location
        loc_bar__minus_5_bar_6_bar_0_bar_30 - location
        loc_bar__minus_8_bar_9_bar_3_bar__minus_30 - location
        loc_bar_4_bar__minus_12_bar_1_bar_45 - location
        loc_bar_4_bar__minus_1_bar_2_bar_45 - location
        )
(:init
        (atLocation agent1 loc_bar_4_bar__minus_1_bar_2_bar_45)
        (receptacleType Cabinet_bar__plus_01_dot_95_bar__minus_01_dot_98_bar__minus_00_dot_75 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_95_bar__minus_01_dot_98_bar__minus_00_dot_75 loc_bar__minus_12_bar__minus_9_bar_2_bar_30)
        (openable Cabinet_bar__plus_01_dot_95_bar__minus_01_dot_98_bar__minus_00_dot_75)
        (receptacleType Cabinet_bar__plus_00_dot_15_bar__minus_02_dot_27_bar__minus_01_dot_33 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_15_bar__minus_02_dot_27_bar__minus_01_dot_33 loc_bar_11_bar_11_bar_1_bar__minus_30)
        (openable Cabinet_bar__plus_00_dot_15_bar__minus_02_dot_27_bar__minus_01_dot_33)
        (receptacleType Cabinet_bar__plus_01_dot_05_bar__minus_00_dot_15_bar__plus_01_dot_48 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_05_bar__minus_00_dot_15_bar__plus_01_dot_48 loc_bar__minus_10_bar_2_bar_1_bar_45)
        (openable Cabinet_bar__plus_01_dot_05_bar__minus_00_dot_15_bar__plus_01_dot_48)
        (receptacleType Cabinet_bar__minus_02_dot_40_bar__plus_02_dot_01_bar__plus_00_dot_80 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_40_bar__plus_02_dot_01_bar__plus_00_dot_80 loc_bar__minus_12_bar__minus_2_bar_0_bar_45)
        (openable Cabinet_bar__minus_02_dot_40_bar__plus_02_dot_01_bar__plus_00_dot_80)
        (receptacleType CounterTop_bar__minus_01_dot_97_bar__minus_00_dot_73_bar__minus_02_dot_42 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_01_dot_97_bar__minus_00_dot_73_bar__minus_02_dot_42 loc_bar_8_bar__minus_1_bar_2_bar_30)
        (receptacleType CounterTop_bar__plus_00_dot_71_bar__plus_01_dot_19_bar__minus_02_dot_39 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_00_dot_71_bar__plus_01_dot_19_bar__minus_02_dot_39 loc_bar__minus_9_bar_1_bar_0_bar_60)
        (receptacleType Drawer_bar__minus_02_dot_11_bar__plus_02_dot_91_bar__minus_00_dot_49 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_02_dot_11_bar__plus_02_dot_91_bar__minus_00_dot_49 loc_bar__minus_8_bar__minus_4_bar_0_bar__minus_30)
        (openable Drawer_bar__minus_02_dot_11_bar__plus_02_dot_91_bar__minus_00_dot_49)
        (receptacleType Drawer_bar__minus_01_dot_69_bar__plus_01_dot_11_bar__plus_02_dot_99 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_69_bar__plus_01_dot_11_bar__plus_02_dot_99 loc_bar_0_bar__minus_3_bar_2_bar_30)
        (openable Drawer_bar__minus_01_dot_69_bar__plus_01_dot_11_bar__plus_02_dot_99)
        (receptacleType Drawer_bar__plus_01_dot_94_bar__plus_02_dot_12_bar__minus_02_dot_08 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_94_bar__plus_02_dot_12_bar__minus_02_dot_08 loc_bar_7_bar__minus_10_bar_1_bar_60)
        (openable Drawer_bar__plus_01_dot_94_bar__plus_02_dot_12_bar__minus_02_dot_08)
        (receptacleType Fridge_bar__plus_01_dot_53_bar__minus_00_dot_62_bar__plus_00_dot_18 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_01_dot_53_bar__minus_00_dot_62_bar__plus_00_dot_18 loc_bar_5_bar__minus_8_bar_0_bar_0)
        (openable Fridge_bar__plus_01_dot_53_bar__minus_00_dot_62_bar__plus_00_dot_18)
        (receptacleType Microwave_bar__plus_01_dot_19_bar__minus_01_dot_36_bar__plus_00_dot_25 MicrowaveType)
        (receptacleAtLocation Microwave_bar__plus_01_dot_19_bar__minus_01_dot_36_bar__plus_00_dot_25 loc_bar_9_bar_12_bar_3_bar__minus_30)
        (openable Microwave_bar__plus_01_dot_19_bar__minus_01_dot_36_bar__plus_00_dot_25)
        (receptacleType Sink_bar__plus_02_dot_12_bar__plus_00_dot_07_bar__minus_02_dot_47_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_02_dot_12_bar__plus_00_dot_07_bar__minus_02_dot_47_bar_SinkBasin loc_bar__minus_11_bar__minus_10_bar_2_bar_60)
        (receptacleType StoveBurner_bar__plus_01_dot_17_bar__plus_02_dot_78_bar__minus_00_dot_57 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_01_dot_17_bar__plus_02_dot_78_bar__minus_00_dot_57 loc_bar_3_bar_4_bar_0_bar_60)
        (receptacleType StoveBurner_bar__plus_01_dot_64_bar__minus_00_dot_21_bar__plus_01_dot_82 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_01_dot_64_bar__minus_00_dot_21_bar__plus_01_dot_82 loc_bar__minus_7_bar_10_bar_2_bar_15)
        (receptacleType GarbageCan_bar__plus_00_dot_11_bar__plus_00_dot_35_bar__plus_02_dot_53 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_00_dot_11_bar__plus_00_dot_35_bar__plus_02_dot_53 loc_bar__minus_5_bar_6_bar_0_bar_30)
        (receptacleType DiningTable_bar__plus_00_dot_61_bar__plus_00_dot_43_bar__minus_00_dot_89 DiningTableType)
        (receptacleAtLocation DiningTable_bar__plus_00_dot_61_bar__plus_00_dot_43_bar__minus_00_dot_89 loc_bar__minus_8_bar_9_bar_3_bar__minus_30)
        (receptacleType CoffeeMachine_bar__plus_00_dot_36_bar__plus_01_dot_22_bar__plus_01_dot_70 CoffeeMachineType)
        (receptacleAtLocation CoffeeMachine_bar__plus_00_dot_36_bar__plus_01_dot_22_bar__plus_01_dot_70 loc_bar_4_bar__minus_12_bar_1_bar_45)
        (objectType Apple_bar__plus_03_dot_00_bar__minus_01_dot_23_bar__plus_01_dot_58 AppleType)
        (inReceptacle Apple_bar__plus_03_dot_00_bar__minus_01_dot_23_bar__plus_01_dot_58 GarbageCan_bar__plus_00_dot_11_bar__plus_00_dot_35_bar__plus_02_dot_53)
        (objectAtLocation Apple_bar__plus_03_dot_00_bar__minus_01_dot_23_bar__plus_01_dot_58 loc_bar__minus_5_bar_6_bar_0_bar_30)
        (pickupable Apple_bar__plus_03_dot_00_bar__minus_01_dot_23_bar__plus_01_dot_58)
        (cleanable Apple_bar__plus_03_dot_00_bar__minus_01_dot_23_bar__plus_01_dot_58)
        (heatable Apple_bar__plus_03_dot_00_bar__minus_01_dot_23_bar__plus_01_dot_58)
        (coolable Apple_bar__plus_03_dot_00_bar__minus_01_dot_23_bar__plus_01_dot_58)
        (objectType Spatula_bar__plus_00_dot_92_bar__plus_02_dot_72_bar__minus_00_dot_01 SpatulaType)
        (inReceptacle Spatula_bar__plus_00_dot_92_bar__plus_02_dot_72_bar__minus_00_dot_01 Drawer_bar__plus_01_dot_94_bar__plus_02_dot_12_bar__minus_02_dot_08)
        (objectAtLocation Spatula_bar__plus_00_dot_92_bar__plus_02_dot_72_bar__minus_00_dot_01 loc_bar_7_bar__minus_10_bar_1_bar_60)
        (pickupable Spatula_bar__plus_00_dot_92_bar__plus_02_dot_72_bar__minus_00_dot_01)
        (cleanable Spatula_bar__plus_00_dot_92_bar__plus_02_dot_72_bar__minus_00_dot_01)
        (objectType Lettuce_bar__minus_02_dot_50_bar__plus_01_dot_41_bar__plus_01_dot_72 LettuceType)
        (inReceptacle Lettuce_bar__minus_02_dot_50_bar__plus_01_dot_41_bar__plus_01_dot_72 DiningTable_bar__plus_00_dot_61_bar__plus_00_dot_43_bar__minus_00_dot_89)
        (objectAtLocation Lettuce_bar__minus_02_dot_50_bar__plus_01_dot_41_bar__plus_01_dot_72 loc_bar__minus_8_bar_9_bar_3_bar__minus_30)
        (pickupable Lettuce_bar__minus_02_dot_50_bar__plus_01_dot_41_bar__plus_01_dot_72)
        (cleanable Lettuce_bar__minus_02_dot_50_bar__plus_01_dot_41_bar__plus_01_dot_72)
        (coolable Lettuce_bar__minus_02_dot_50_bar__plus_01_dot_41_bar__plus_01_dot_72)
        (objectType Lettuce_bar__plus_00_dot_16_bar__plus_02_dot_19_bar__plus_02_dot_42 LettuceType)
        (inReceptacle Lettuce_bar__plus_00_dot_16_bar__plus_02_dot_19_bar__plus_02_dot_42 Fridge_bar__plus_01_dot_53_bar__minus_00_dot_62_bar__plus_00_dot_18)
        (objectAtLocation Lettuce_bar__plus_00_dot_16_bar__plus_02_dot_19_bar__plus_02_dot_42 loc_bar_5_bar__minus_8_bar_0_bar_0)
        (pickupable Lettuce_bar__plus_00_dot_16_bar__plus_02_dot_19_bar__plus_02_dot_42)
        (cleanable Lettuce_bar__plus_00_dot_16_bar__plus_02_dot_19_bar__plus_02_dot_42)
        (coolable Lettuce_bar__plus_00_dot_16_bar__plus_02_dot_19_bar__plus_02_dot_42)
        (objectType Spoon_bar__plus_00_dot_37_bar__plus_01_dot_98_bar__plus_00_dot_81 SpoonType)
        (inReceptacle Spoon_bar__plus_00_dot_37_bar__plus_01_dot_98_bar__plus_00_dot_81 DiningTable_bar__plus_00_dot_61_bar__plus_00_dot_43_bar__minus_00_dot_89)
        (objectAtLocation Spoon_bar__plus_00_dot_37_bar__plus_01_dot_98_bar__plus_00_dot_81 loc_bar__minus_8_bar_9_bar_3_bar__minus_30)
        (pickupable Spoon_bar__plus_00_dot_37_bar__plus_01_dot_98_bar__plus_00_dot_81)
        (cleanable Spoon_bar__plus_00_dot_37_bar__plus_01_dot_98_bar__plus_00_dot_81)
        (objectType SaltShaker_bar__minus_02_dot_01_bar__minus_02_dot_80_bar__plus_00_dot_28 SaltShakerType)
        (inReceptacle SaltShaker_bar__minus_02_dot_01_bar__minus_02_dot_80_bar__plus_00_dot_28 CounterTop_bar__plus_00_dot_71_bar__plus_01_dot_19_bar__minus_02_dot_39)
        (objectAtLocation SaltShaker_bar__minus_02_dot_01_bar__minus_02_dot_80_bar__plus_00_dot_28 loc_bar__minus_9_bar_1_bar_0_bar_60)
        (pickupable SaltShaker_bar__minus_02_dot_01_bar__minus_02_dot_80_bar__plus_00_dot_28)
        (objectType Potato_bar__plus_00_dot_48_bar__minus_02_dot_32_bar__plus_00_dot_57 PotatoType)
        (inReceptacle Potato_bar__plus_00_dot_48_bar__minus_02_dot_32_bar__plus_00_dot_57 Sink_bar__plus_02_dot_12_bar__plus_00_dot_07_bar__minus_02_dot_47_bar_SinkBasin)
        (objectAtLocation Potato_bar__plus_00_dot_48_bar__minus_02_dot_32_bar__plus_00_dot_57 loc_bar__minus_11_bar__minus_10_bar_2_bar_60)
        (pickupable Potato_bar__plus_00_dot_48_bar__minus_02_dot_32_bar__plus_00_dot_57)
        (cleanable Potato_bar__plus_00_dot_48_bar__minus_02_dot_32_bar__plus_00_dot_57)
        (heatable Potato_bar__plus_00_dot_48_bar__minus_02_dot_32_bar__plus_00_dot_57)
        (coolable Potato_bar__plus_00_dot_48_bar__minus_02_dot_32_bar__plus_00_dot_57)
        (objectType PaperTowel_bar__minus_02_dot_35_bar__plus_01_dot_89_bar__minus_02_dot_95 PaperTowelType)
        (inReceptacle PaperTowel_bar__minus_02_dot_35_bar__plus_01_dot_89_bar__minus_02_dot_95 DiningTable_bar__plus_00_dot_61_bar__plus_00_dot_43_bar__minus_00_dot_89)
        (objectAtLocation PaperTowel_bar__minus_02_dot_35_bar__plus_01_dot_89_bar__minus_02_dot_95 loc_bar__minus_8_bar_9_bar_3_bar__minus_30)
        (pickupable PaperTowel_bar__minus_02_dot_35_bar__plus_01_dot_89_bar__minus_02_dot_95)
        (canContain CabinetType SaltShakerType)
        (canContain CounterTopType AppleType)
        (canContain CounterTopType LettuceType)
        (canContain CounterTopType PaperTowelType)
        (canContain CounterTopType PotatoType)
        (canContain CounterTopType SaltShakerType)
        (canContain CounterTopType SpatulaType)
        (canContain CounterTopType SpoonType)
        (canContain DiningTableType AppleType)
        (canContain DiningTableType LettuceType)
        (canContain DiningTableType PaperTowelType)
        (canContain DiningTableType PotatoType)
        (canContain DiningTableType SaltShakerType)
        (canContain DiningTableType SpatulaType)
        (canContain DiningTableType SpoonType)
        (canContain DrawerType SaltShakerType)
        (canContain DrawerType SpatulaType)
        (canContain DrawerType SpoonType)
        (canContain FridgeType AppleType)
        (canContain FridgeType LettuceType)
        (canContain FridgeType PotatoType)
        (canContain GarbageCanType AppleType)
        (canContain GarbageCanType LettuceType)
        (canContain GarbageCanType PaperTowelType)
        (canContain GarbageCanType PotatoType)
        (canContain MicrowaveType AppleType)
        (canContain MicrowaveType PotatoType)
        (canContain SinkBasinType AppleType)
        (canContain SinkBasinType LettuceType)
        (canContain SinkBasinType PotatoType)
        (canContain SinkBasinType SpatulaType)
        (canContain SinkBasinType SpoonType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (cleanable ?o)
                            (objectType ?o AppleType)
                            (receptacleType ?r MicrowaveType)
                            (isClean ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
