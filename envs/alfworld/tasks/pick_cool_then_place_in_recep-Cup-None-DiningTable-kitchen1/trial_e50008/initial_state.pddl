(define (problem plan_trial_e50008)
(:domain alfred)
(:objects
        agent1 - agent
        CupType - otype
        ForkType - otype
        KettleType - otype
        KnifeType - otype
        PepperShakerType - otype
        TomatoType - otype
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
        Cup_bar__minus_00_dot_84_bar__plus_02_dot_41_bar__plus_01_dot_15 - object
        Cup_bar__minus_00_dot_17_bar__minus_02_dot_70_bar__plus_00_dot_99 - object
        Fork_bar__minus_01_dot_18_bar__minus_01_dot_07_bar__minus_02_dot_22 - object
        Knife_bar__minus_00_dot_43_bar__plus_02_dot_20_bar__minus_01_dot_87 - object
        PepperShaker_bar__minus_00_dot_27_bar__minus_02_dot_81_bar__minus_01_dot_17 - object
        Tomato_bar__minus_02_dot_71_bar__minus_00_dot_44_bar__plus_01_dot_89 - object
        Kettle_bar__plus_00_dot_13_bar__plus_00_dot_86_bar__minus_02_dot_25 - object
        Cabinet_bar__plus_01_dot_65_bar__minus_02_dot_58_bar__minus_01_dot_33 - receptacle
        Cabinet_bar__minus_02_dot_74_bar__minus_01_dot_65_bar__plus_01_dot_62 - receptacle
        Cabinet_bar__plus_02_dot_23_bar__minus_02_dot_78_bar__minus_02_dot_23 - receptacle
        Cabinet_bar__plus_02_dot_42_bar__plus_00_dot_84_bar__minus_02_dot_62 - receptacle
        CounterTop_bar__minus_02_dot_01_bar__minus_00_dot_43_bar__plus_01_dot_46 - receptacle
        CounterTop_bar__plus_01_dot_84_bar__minus_01_dot_31_bar__plus_02_dot_56 - receptacle
        Drawer_bar__minus_00_dot_74_bar__plus_02_dot_21_bar__minus_01_dot_70 - receptacle
        Drawer_bar__plus_00_dot_81_bar__plus_01_dot_11_bar__plus_01_dot_66 - receptacle
        Drawer_bar__plus_02_dot_49_bar__plus_00_dot_64_bar__plus_01_dot_60 - receptacle
        Fridge_bar__minus_01_dot_64_bar__minus_00_dot_51_bar__minus_01_dot_04 - receptacle
        Microwave_bar__plus_00_dot_80_bar__plus_02_dot_92_bar__plus_01_dot_01 - receptacle
        Sink_bar__plus_02_dot_03_bar__minus_00_dot_90_bar__plus_00_dot_60_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_01_dot_83_bar__minus_01_dot_85_bar__plus_01_dot_06 - receptacle
        StoveBurner_bar__plus_01_dot_64_bar__minus_00_dot_88_bar__minus_01_dot_25 - receptacle
        GarbageCan_bar__minus_00_dot_23_bar__plus_01_dot_54_bar__plus_00_dot_13 - receptacle
        DiningTable_bar__minus_00_dot_24_bar__minus_02_dot_32_bar__plus_01_dot_73 - receptacle
        CoffeeMachine_bar__plus_01_dot_18_bar__plus_02_dot_95_bar__plus_01_dot_29 - receptacle
        loc_bar_1_bar_7_bar_1_bar_0 - location
        loc_bar__minus_6_bar_1_bar_2_bar__minus_30 - location
        loc_bar_11_bar__minus_4_bar_1_bar_0 - location
        loc_bar__minus_3_bar_3_bar_3_bar_45 - location
        loc_bar__minus_6_bar__minus_3_bar_0_bar_30 - location
        loc_bar__minus_12_bar__minus_4_bar_2_bar__minus_30 - location
        loc_bar__minus_9_bar__minus_1_bar_2_bar_0 - location
        loc_bar__minus_11_bar_2_bar_0_bar__minus_30 - location
        loc_bar_3_bar_9_bar_0_bar_30 - location
        loc_bar_6_bar__minus_4_bar_0_bar_0 - location
        loc_bar_4_bar_4_bar_1_bar_45 - location
        loc_bar_4_bar_9_bar_1_bar_0 - location
        loc_bar_3_bar_4_bar_1_bar_0 - location
        loc_bar_2_bar__minus_2_bar_2_bar_15 - location
        loc_bar__minus_2_bar_6_bar_1_bar_0 - location
        loc_bar__minus_12_bar_5_bar_1_bar_30 - location
        loc_bar_8_bar__minus_3_bar_0_bar_60 - location
        loc_bar_7_bar_8_bar_1_bar_15 - location
        )
(:init
        (atLocation agent1 loc_bar_7_bar_8_bar_1_bar_15)
        (receptacleType Cabinet_bar__plus_01_dot_65_bar__minus_02_dot_58_bar__minus_01_dot_33 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_65_bar__minus_02_dot_58_bar__minus_01_dot_33 loc_bar_1_bar_7_bar_1_bar_0)
        (openable Cabinet_bar__plus_01_dot_65_bar__minus_02_dot_58_bar__minus_01_dot_33)
        (receptacleType Cabinet_bar__minus_02_dot_74_bar__minus_01_dot_65_bar__plus_01_dot_62 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_74_bar__minus_01_dot_65_bar__plus_01_dot_62 loc_bar__minus_6_bar_1_bar_2_bar__minus_30)
        (openable Cabinet_bar__minus_02_dot_74_bar__minus_01_dot_65_bar__plus_01_dot_62)
        (receptacleType Cabinet_bar__plus_02_dot_23_bar__minus_02_dot_78_bar__minus_02_dot_23 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_23_bar__minus_02_dot_78_bar__minus_02_dot_23 loc_bar_11_bar__minus_4_bar_1_bar_0)
        (openable Cabinet_bar__plus_02_dot_23_bar__minus_02_dot_78_bar__minus_02_dot_23)
        (receptacleType Cabinet_bar__plus_02_dot_42_bar__plus_00_dot_84_bar__minus_02_dot_62 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_42_bar__plus_00_dot_84_bar__minus_02_dot_62 loc_bar__minus_3_bar_3_bar_3_bar_45)
        (openable Cabinet_bar__plus_02_dot_42_bar__plus_00_dot_84_bar__minus_02_dot_62)
        (receptacleType CounterTop_bar__minus_02_dot_01_bar__minus_00_dot_43_bar__plus_01_dot_46 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_02_dot_01_bar__minus_00_dot_43_bar__plus_01_dot_46 loc_bar__minus_6_bar__minus_3_bar_0_bar_30)
        (receptacleType CounterTop_bar__plus_01_dot_84_bar__minus_01_dot_31_bar__plus_02_dot_56 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_01_dot_84_bar__minus_01_dot_31_bar__plus_02_dot_56 loc_bar__minus_12_bar__minus_4_bar_2_bar__minus_30)
        (receptacleType Drawer_bar__minus_00_dot_74_bar__plus_02_dot_21_bar__minus_01_dot_70 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_00_dot_74_bar__plus_02_dot_21_bar__minus_01_dot_70 loc_bar__minus_9_bar__minus_1_bar_2_bar_0)
        (openable Drawer_bar__minus_00_dot_74_bar__plus_02_dot_21_bar__minus_01_dot_70)
        (receptacleType Drawer_bar__plus_00_dot_81_bar__plus_01_dot_11_bar__plus_01_dot_66 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_00_dot_81_bar__plus_01_dot_11_bar__plus_01_dot_66 loc_bar__minus_11_bar_2_bar_0_bar__minus_30)
        (openable Drawer_bar__plus_00_dot_81_bar__plus_01_dot_11_bar__plus_01_dot_66)
        (receptacleType Drawer_bar__plus_02_dot_49_bar__plus_00_dot_64_bar__plus_01_dot_60 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_02_dot_49_bar__plus_00_dot_64_bar__plus_01_dot_60 loc_bar_3_bar_9_bar_0_bar_30)
        (openable Drawer_bar__plus_02_dot_49_bar__plus_00_dot_64_bar__plus_01_dot_60)
        (receptacleType Fridge_bar__minus_01_dot_64_bar__minus_00_dot_51_bar__minus_01_dot_04 FridgeType)
        (receptacleAtLocation Fridge_bar__minus_01_dot_64_bar__minus_00_dot_51_bar__minus_01_dot_04 loc_bar_6_bar__minus_4_bar_0_bar_0)
        (openable Fridge_bar__minus_01_dot_64_bar__minus_00_dot_51_bar__minus_01_dot_04)
        (receptacleType Microwave_bar__plus_00_dot_80_bar__plus_02_dot_92_bar__plus_01_dot_01 MicrowaveType)
        (receptacleAtLocation Microwave_bar__plus_00_dot_80_bar__plus_02_dot_92_bar__plus_01_dot_01 loc_bar_4_bar_4_bar_1_bar_45)
        (openable Microwave_bar__plus_00_dot_80_bar__plus_02_dot_92_bar__plus_01_dot_01)
        (receptacleType Sink_bar__plus_02_dot_03_bar__minus_00_dot_90_bar__plus_00_dot_60_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_02_dot_03_bar__minus_00_dot_90_bar__plus_00_dot_60_bar_SinkBasin loc_bar_4_bar_9_bar_1_bar_0)
        (receptacleType StoveBurner_bar__minus_01_dot_83_bar__minus_01_dot_85_bar__plus_01_dot_06 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_01_dot_83_bar__minus_01_dot_85_bar__plus_01_dot_06 loc_bar_3_bar_4_bar_1_bar_0)
        (receptacleType StoveBurner_bar__plus_01_dot_64_bar__minus_00_dot_88_bar__minus_01_dot_25 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_01_dot_64_bar__minus_00_dot_88_bar__minus_01_dot_25 loc_bar_2_bar__minus_2_bar_2_bar_15)
        (receptacleType GarbageCan_bar__minus_00_dot_23_bar__plus_01_dot_54_bar__plus_00_dot_13 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_00_dot_23_bar__plus_01_dot_54_bar__plus_00_dot_13 loc_bar__minus_2_bar_6_bar_1_bar_0)
        (receptacleType DiningTable_bar__minus_00_dot_24_bar__minus_02_dot_32_bar__plus_01_dot_73 DiningTableType)
        (receptacleAtLocation DiningTable_bar__minus_00_dot_24_bar__minus_02_dot_32_bar__plus_01_dot_73 loc_bar__minus_12_bar_5_bar_1_bar_30)
        (receptacleType CoffeeMachine_bar__plus_01_dot_18_bar__plus_02_dot_95_bar__plus_01_dot_29 CoffeeMachineType)
        (receptacleAtLocation CoffeeMachine_bar__plus_01_dot_18_bar__plus_02_dot_95_bar__plus_01_dot_29 loc_bar_8_bar__minus_3_bar_0_bar_60)
        (objectType Cup_bar__minus_00_dot_84_bar__plus_02_dot_41_bar__plus_01_dot_15 CupType)
        (inReceptacle Cup_bar__minus_00_dot_84_bar__plus_02_dot_41_bar__plus_01_dot_15 Sink_bar__plus_02_dot_03_bar__minus_00_dot_90_bar__plus_00_dot_60_bar_SinkBasin)
        (objectAtLocation Cup_bar__minus_00_dot_84_bar__plus_02_dot_41_bar__plus_01_dot_15 loc_bar_4_bar_9_bar_1_bar_0)
        (pickupable Cup_bar__minus_00_dot_84_bar__plus_02_dot_41_bar__plus_01_dot_15)
        (cleanable Cup_bar__minus_00_dot_84_bar__plus_02_dot_41_bar__plus_01_dot_15)
        (heatable Cup_bar__minus_00_dot_84_bar__plus_02_dot_41_bar__plus_01_dot_15)
        (coolable Cup_bar__minus_00_dot_84_bar__plus_02_dot_41_bar__plus_01_dot_15)
        (isReceptacleObject Cup_bar__minus_00_dot_84_bar__plus_02_dot_41_bar__plus_01_dot_15)
        (objectType Cup_bar__minus_00_dot_17_bar__minus_02_dot_70_bar__plus_00_dot_99 CupType)
        (inReceptacle Cup_bar__minus_00_dot_17_bar__minus_02_dot_70_bar__plus_00_dot_99 Fridge_bar__minus_01_dot_64_bar__minus_00_dot_51_bar__minus_01_dot_04)
        (objectAtLocation Cup_bar__minus_00_dot_17_bar__minus_02_dot_70_bar__plus_00_dot_99 loc_bar_6_bar__minus_4_bar_0_bar_0)
        (pickupable Cup_bar__minus_00_dot_17_bar__minus_02_dot_70_bar__plus_00_dot_99)
        (cleanable Cup_bar__minus_00_dot_17_bar__minus_02_dot_70_bar__plus_00_dot_99)
        (heatable Cup_bar__minus_00_dot_17_bar__minus_02_dot_70_bar__plus_00_dot_99)
        (coolable Cup_bar__minus_00_dot_17_bar__minus_02_dot_70_bar__plus_00_dot_99)
        (isReceptacleObject Cup_bar__minus_00_dot_17_bar__minus_02_dot_70_bar__plus_00_dot_99)
        (objectType Fork_bar__minus_01_dot_18_bar__minus_01_dot_07_bar__minus_02_dot_22 ForkType)
        (inReceptacle Fork_bar__minus_01_dot_18_bar__minus_01_dot_07_bar__minus_02_dot_22 DiningTable_bar__minus_00_dot_24_bar__minus_02_dot_32_bar__plus_01_dot_73)
        (objectAtLocation Fork_bar__minus_01_dot_18_bar__minus_01_dot_07_bar__minus_02_dot_22 loc_bar__minus_12_bar_5_bar_1_bar_30)
        (pickupable Fork_bar__minus_01_dot_18_bar__minus_01_dot_07_bar__minus_02_dot_22)
        (cleanable Fork_bar__minus_01_dot_18_bar__minus_01_dot_07_bar__minus_02_dot_22)
        (objectType Knife_bar__minus_00_dot_43_bar__plus_02_dot_20_bar__minus_01_dot_87 KnifeType)
        (inReceptacle Knife_bar__minus_00_dot_43_bar__plus_02_dot_20_bar__minus_01_dot_87 DiningTable_bar__minus_00_dot_24_bar__minus_02_dot_32_bar__plus_01_dot_73)
        (objectAtLocation Knife_bar__minus_00_dot_43_bar__plus_02_dot_20_bar__minus_01_dot_87 loc_bar__minus_12_bar_5_bar_1_bar_30)
        (pickupable Knife_bar__minus_00_dot_43_bar__plus_02_dot_20_bar__minus_01_dot_87)
        (cleanable Knife_bar__minus_00_dot_43_bar__plus_02_dot_20_bar__minus_01_dot_87)
        (objectType PepperShaker_bar__minus_00_dot_27_bar__minus_02_dot_81_bar__minus_01_dot_17 PepperShakerType)
        (inReceptacle PepperShaker_bar__minus_00_dot_27_bar__minus_02_dot_81_bar__minus_01_dot_17 Cabinet_bar__minus_02_dot_74_bar__minus_01_dot_65_bar__plus_01_dot_62)
        (objectAtLocation PepperShaker_bar__minus_00_dot_27_bar__minus_02_dot_81_bar__minus_01_dot_17 loc_bar__minus_6_bar_1_bar_2_bar__minus_30)
        (pickupable PepperShaker_bar__minus_00_dot_27_bar__minus_02_dot_81_bar__minus_01_dot_17)
        (objectType Tomato_bar__minus_02_dot_71_bar__minus_00_dot_44_bar__plus_01_dot_89 TomatoType)
        (inReceptacle Tomato_bar__minus_02_dot_71_bar__minus_00_dot_44_bar__plus_01_dot_89 GarbageCan_bar__minus_00_dot_23_bar__plus_01_dot_54_bar__plus_00_dot_13)
        (objectAtLocation Tomato_bar__minus_02_dot_71_bar__minus_00_dot_44_bar__plus_01_dot_89 loc_bar__minus_2_bar_6_bar_1_bar_0)
        (pickupable Tomato_bar__minus_02_dot_71_bar__minus_00_dot_44_bar__plus_01_dot_89)
        (cleanable Tomato_bar__minus_02_dot_71_bar__minus_00_dot_44_bar__plus_01_dot_89)
        (heatable Tomato_bar__minus_02_dot_71_bar__minus_00_dot_44_bar__plus_01_dot_89)
        (coolable Tomato_bar__minus_02_dot_71_bar__minus_00_dot_44_bar__plus_01_dot_89)
        (objectType Kettle_bar__plus_00_dot_13_bar__plus_00_dot_86_bar__minus_02_dot_25 KettleType)
        (inReceptacle Kettle_bar__plus_00_dot_13_bar__plus_00_dot_86_bar__minus_02_dot_25 Sink_bar__plus_02_dot_03_bar__minus_00_dot_90_bar__plus_00_dot_60_bar_SinkBasin)
        (objectAtLocation Kettle_bar__plus_00_dot_13_bar__plus_00_dot_86_bar__minus_02_dot_25 loc_bar_4_bar_9_bar_1_bar_0)
        (pickupable Kettle_bar__plus_00_dot_13_bar__plus_00_dot_86_bar__minus_02_dot_25)
        (cleanable Kettle_bar__plus_00_dot_13_bar__plus_00_dot_86_bar__minus_02_dot_25)
        (canContain CabinetType CupType)
        (canContain CabinetType KettleType)
        (canContain CabinetType PepperShakerType)
        (canContain CounterTopType CupType)
        (canContain CounterTopType ForkType)
        (canContain CounterTopType KettleType)
        (canContain CounterTopType KnifeType)
        (canContain CounterTopType PepperShakerType)
        (canContain CounterTopType TomatoType)
        (canContain DiningTableType CupType)
        (canContain DiningTableType ForkType)
        (canContain DiningTableType KettleType)
        (canContain DiningTableType KnifeType)
        (canContain DiningTableType PepperShakerType)
        (canContain DiningTableType TomatoType)
        (canContain DrawerType ForkType)
        (canContain DrawerType KnifeType)
        (canContain DrawerType PepperShakerType)
        (canContain FridgeType CupType)
        (canContain FridgeType TomatoType)
        (canContain GarbageCanType TomatoType)
        (canContain MicrowaveType CupType)
        (canContain MicrowaveType TomatoType)
        (canContain SinkBasinType CupType)
        (canContain SinkBasinType ForkType)
        (canContain SinkBasinType KettleType)
        (canContain SinkBasinType KnifeType)
        (canContain SinkBasinType TomatoType)
        (canContain StoveBurnerType KettleType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (coolable ?o)
                            (objectType ?o CupType)
                            (receptacleType ?r DiningTableType)
                            (isCool ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
