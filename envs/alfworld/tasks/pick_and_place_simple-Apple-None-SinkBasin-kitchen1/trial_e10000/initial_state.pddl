(define (problem plan_trial_e10000)
(:domain alfred)
(:objects
        agent1 - agent
        AppleType - otype
        BreadType - otype
        DishSpongeType - otype
        ForkType - otype
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
        Apple_bar__minus_01_dot_42_bar__plus_00_dot_18_bar__plus_00_dot_57 - object
        DishSponge_bar__minus_01_dot_83_bar__plus_01_dot_79_bar__minus_02_dot_01 - object
        Fork_bar__minus_02_dot_59_bar__plus_00_dot_66_bar__minus_02_dot_59 - object
        Spoon_bar__plus_02_dot_87_bar__minus_01_dot_62_bar__minus_01_dot_64 - object
        Bread_bar__plus_02_dot_66_bar__minus_00_dot_24_bar__plus_01_dot_36 - object
        Cabinet_bar__minus_01_dot_78_bar__minus_02_dot_75_bar__minus_02_dot_98 - receptacle
        Cabinet_bar__minus_01_dot_93_bar__plus_02_dot_83_bar__plus_00_dot_84 - receptacle
        Cabinet_bar__minus_00_dot_70_bar__minus_02_dot_80_bar__plus_00_dot_36 - receptacle
        Cabinet_bar__plus_02_dot_36_bar__minus_01_dot_34_bar__minus_01_dot_80 - receptacle
        CounterTop_bar__plus_01_dot_22_bar__minus_01_dot_41_bar__minus_02_dot_37 - receptacle
        CounterTop_bar__plus_00_dot_37_bar__plus_00_dot_84_bar__plus_02_dot_37 - receptacle
        Drawer_bar__plus_02_dot_68_bar__minus_01_dot_29_bar__minus_02_dot_36 - receptacle
        Drawer_bar__plus_00_dot_96_bar__minus_00_dot_85_bar__plus_01_dot_83 - receptacle
        Drawer_bar__plus_02_dot_74_bar__plus_02_dot_82_bar__minus_02_dot_40 - receptacle
        Fridge_bar__plus_02_dot_29_bar__minus_02_dot_67_bar__plus_02_dot_94 - receptacle
        Microwave_bar__plus_01_dot_36_bar__plus_01_dot_88_bar__minus_01_dot_33 - receptacle
        Sink_bar__minus_00_dot_76_bar__plus_02_dot_19_bar__plus_00_dot_36_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_02_dot_69_bar__minus_02_dot_36_bar__minus_00_dot_63 - receptacle
        StoveBurner_bar__plus_00_dot_44_bar__plus_01_dot_02_bar__minus_01_dot_52 - receptacle
        GarbageCan_bar__plus_00_dot_87_bar__plus_00_dot_02_bar__plus_00_dot_83 - receptacle
        DiningTable_bar__minus_02_dot_22_bar__minus_00_dot_08_bar__plus_02_dot_22 - receptacle
        CoffeeMachine_bar__plus_00_dot_39_bar__plus_02_dot_63_bar__plus_02_dot_79 - receptacle
        loc_bar__minus_4_bar_4_bar_2_bar_0 - location
        loc_bar__minus_12_bar__minus_3_bar_0_bar_45 - location
        loc_bar_6_bar_6_bar_2_bar_45 - location
        loc_bar_9_bar__minus_10_bar_2_bar__minus_30 - location
        loc_bar__minus_1_bar_2_bar_3_bar_15 - location
        loc_bar_3_bar_6_bar_2_bar_60 - location
        loc_bar__minus_3_bar_3_bar_3_bar__minus_30 - location
        loc_bar__minus_10_bar__minus_5_bar_1_bar_30 - location
        loc_bar_10_bar_6_bar_2_bar_60 - location
        loc_bar_7_bar__minus_11_bar_1_bar_30 - location
        loc_bar__minus_1_bar_1_bar_3_bar_45 - location
        loc_bar_4_bar__minus_6_bar_2_bar_0 - location
        loc_bar__minus_7_bar__minus_12_bar_3_bar_0 - location
        loc_bar__minus_10_bar__minus_4_bar_1_bar_60 - location
        loc_bar_7_bar_1_bar_1_bar_15 - location
        loc_bar_6_bar__minus_12_bar_1_bar_15 - location
        loc_bar__minus_1_bar_0_bar_3_bar__minus_30 - location
        loc_bar_8_bar__minus_9_bar_2_bar_30 - location
        )
(:init
        (atLocation agent1 loc_bar_8_bar__minus_9_bar_2_bar_30)
        (receptacleType Cabinet_bar__minus_01_dot_78_bar__minus_02_dot_75_bar__minus_02_dot_98 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_78_bar__minus_02_dot_75_bar__minus_02_dot_98 loc_bar__minus_4_bar_4_bar_2_bar_0)
        (openable Cabinet_bar__minus_01_dot_78_bar__minus_02_dot_75_bar__minus_02_dot_98)
        (receptacleType Cabinet_bar__minus_01_dot_93_bar__plus_02_dot_83_bar__plus_00_dot_84 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_93_bar__plus_02_dot_83_bar__plus_00_dot_84 loc_bar__minus_12_bar__minus_3_bar_0_bar_45)
        (openable Cabinet_bar__minus_01_dot_93_bar__plus_02_dot_83_bar__plus_00_dot_84)
        (receptacleType Cabinet_bar__minus_00_dot_70_bar__minus_02_dot_80_bar__plus_00_dot_36 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_70_bar__minus_02_dot_80_bar__plus_00_dot_36 loc_bar_6_bar_6_bar_2_bar_45)
        (openable Cabinet_bar__minus_00_dot_70_bar__minus_02_dot_80_bar__plus_00_dot_36)
        (receptacleType Cabinet_bar__plus_02_dot_36_bar__minus_01_dot_34_bar__minus_01_dot_80 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_36_bar__minus_01_dot_34_bar__minus_01_dot_80 loc_bar_9_bar__minus_10_bar_2_bar__minus_30)
        (openable Cabinet_bar__plus_02_dot_36_bar__minus_01_dot_34_bar__minus_01_dot_80)
        (receptacleType CounterTop_bar__plus_01_dot_22_bar__minus_01_dot_41_bar__minus_02_dot_37 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_01_dot_22_bar__minus_01_dot_41_bar__minus_02_dot_37 loc_bar__minus_1_bar_2_bar_3_bar_15)
        (receptacleType CounterTop_bar__plus_00_dot_37_bar__plus_00_dot_84_bar__plus_02_dot_37 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_00_dot_37_bar__plus_00_dot_84_bar__plus_02_dot_37 loc_bar_3_bar_6_bar_2_bar_60)
        (receptacleType Drawer_bar__plus_02_dot_68_bar__minus_01_dot_29_bar__minus_02_dot_36 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_02_dot_68_bar__minus_01_dot_29_bar__minus_02_dot_36 loc_bar__minus_3_bar_3_bar_3_bar__minus_30)
        (openable Drawer_bar__plus_02_dot_68_bar__minus_01_dot_29_bar__minus_02_dot_36)
        (receptacleType Drawer_bar__plus_00_dot_96_bar__minus_00_dot_85_bar__plus_01_dot_83 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_00_dot_96_bar__minus_00_dot_85_bar__plus_01_dot_83 loc_bar__minus_10_bar__minus_5_bar_1_bar_30)
        (openable Drawer_bar__plus_00_dot_96_bar__minus_00_dot_85_bar__plus_01_dot_83)
        (receptacleType Drawer_bar__plus_02_dot_74_bar__plus_02_dot_82_bar__minus_02_dot_40 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_02_dot_74_bar__plus_02_dot_82_bar__minus_02_dot_40 loc_bar_10_bar_6_bar_2_bar_60)
        (openable Drawer_bar__plus_02_dot_74_bar__plus_02_dot_82_bar__minus_02_dot_40)
        (receptacleType Fridge_bar__plus_02_dot_29_bar__minus_02_dot_67_bar__plus_02_dot_94 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_02_dot_29_bar__minus_02_dot_67_bar__plus_02_dot_94 loc_bar_7_bar__minus_11_bar_1_bar_30)
        (openable Fridge_bar__plus_02_dot_29_bar__minus_02_dot_67_bar__plus_02_dot_94)
        (receptacleType Microwave_bar__plus_01_dot_36_bar__plus_01_dot_88_bar__minus_01_dot_33 MicrowaveType)
        (receptacleAtLocation Microwave_bar__plus_01_dot_36_bar__plus_01_dot_88_bar__minus_01_dot_33 loc_bar__minus_1_bar_1_bar_3_bar_45)
        (openable Microwave_bar__plus_01_dot_36_bar__plus_01_dot_88_bar__minus_01_dot_33)
        (receptacleType Sink_bar__minus_00_dot_76_bar__plus_02_dot_19_bar__plus_00_dot_36_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_00_dot_76_bar__plus_02_dot_19_bar__plus_00_dot_36_bar_SinkBasin loc_bar_4_bar__minus_6_bar_2_bar_0)
        (receptacleType StoveBurner_bar__minus_02_dot_69_bar__minus_02_dot_36_bar__minus_00_dot_63 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_02_dot_69_bar__minus_02_dot_36_bar__minus_00_dot_63 loc_bar__minus_7_bar__minus_12_bar_3_bar_0)
        (receptacleType StoveBurner_bar__plus_00_dot_44_bar__plus_01_dot_02_bar__minus_01_dot_52 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_00_dot_44_bar__plus_01_dot_02_bar__minus_01_dot_52 loc_bar__minus_10_bar__minus_4_bar_1_bar_60)
        (receptacleType GarbageCan_bar__plus_00_dot_87_bar__plus_00_dot_02_bar__plus_00_dot_83 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_00_dot_87_bar__plus_00_dot_02_bar__plus_00_dot_83 loc_bar_7_bar_1_bar_1_bar_15)
        (receptacleType DiningTable_bar__minus_02_dot_22_bar__minus_00_dot_08_bar__plus_02_dot_22 DiningTableType)
        (receptacleAtLocation DiningTable_bar__minus_02_dot_22_bar__minus_00_dot_08_bar__plus_02_dot_22 loc_bar_6_bar__minus_12_bar_1_bar_15)
        (receptacleType CoffeeMachine_bar__plus_00_dot_39_bar__plus_02_dot_63_bar__plus_02_dot_79 CoffeeMachineType)
        (receptacleAtLocation CoffeeMachine_bar__plus_00_dot_39_bar__plus_02_dot_63_bar__plus_02_dot_79 loc_bar__minus_1_bar_0_bar_3_bar__minus_30)
        (objectType Apple_bar__minus_01_dot_42_bar__plus_00_dot_18_bar__plus_00_dot_57 AppleType)
        (inReceptacle Apple_bar__minus_01_dot_42_bar__plus_00_dot_18_bar__plus_00_dot_57 Microwave_bar__plus_01_dot_36_bar__plus_01_dot_88_bar__minus_01_dot_33)
        (objectAtLocation Apple_bar__minus_01_dot_42_bar__plus_00_dot_18_bar__plus_00_dot_57 loc_bar__minus_1_bar_1_bar_3_bar_45)
        (pickupable Apple_bar__minus_01_dot_42_bar__plus_00_dot_18_bar__plus_00_dot_57)
        (cleanable Apple_bar__minus_01_dot_42_bar__plus_00_dot_18_bar__plus_00_dot_57)
        (heatable Apple_bar__minus_01_dot_42_bar__plus_00_dot_18_bar__plus_00_dot_57)
        (coolable Apple_bar__minus_01_dot_42_bar__plus_00_dot_18_bar__plus_00_dot_57)
        (objectType DishSponge_bar__minus_01_dot_83_bar__plus_01_dot_79_bar__minus_02_dot_01 DishSpongeType)
        (inReceptacle DishSponge_bar__minus_01_dot_83_bar__plus_01_dot_79_bar__minus_02_dot_01 DiningTable_bar__minus_02_dot_22_bar__minus_00_dot_08_bar__plus_02_dot_22)
        (objectAtLocation DishSponge_bar__minus_01_dot_83_bar__plus_01_dot_79_bar__minus_02_dot_01 loc_bar_6_bar__minus_12_bar_1_bar_15)
        (pickupable DishSponge_bar__minus_01_dot_83_bar__plus_01_dot_79_bar__minus_02_dot_01)
        (cleanable DishSponge_bar__minus_01_dot_83_bar__plus_01_dot_79_bar__minus_02_dot_01)
        (objectType Fork_bar__minus_02_dot_59_bar__plus_00_dot_66_bar__minus_02_dot_59 ForkType)
        (inReceptacle Fork_bar__minus_02_dot_59_bar__plus_00_dot_66_bar__minus_02_dot_59 Drawer_bar__plus_00_dot_96_bar__minus_00_dot_85_bar__plus_01_dot_83)
        (objectAtLocation Fork_bar__minus_02_dot_59_bar__plus_00_dot_66_bar__minus_02_dot_59 loc_bar__minus_10_bar__minus_5_bar_1_bar_30)
        (pickupable Fork_bar__minus_02_dot_59_bar__plus_00_dot_66_bar__minus_02_dot_59)
        (cleanable Fork_bar__minus_02_dot_59_bar__plus_00_dot_66_bar__minus_02_dot_59)
        (objectType Spoon_bar__plus_02_dot_87_bar__minus_01_dot_62_bar__minus_01_dot_64 SpoonType)
        (inReceptacle Spoon_bar__plus_02_dot_87_bar__minus_01_dot_62_bar__minus_01_dot_64 DiningTable_bar__minus_02_dot_22_bar__minus_00_dot_08_bar__plus_02_dot_22)
        (objectAtLocation Spoon_bar__plus_02_dot_87_bar__minus_01_dot_62_bar__minus_01_dot_64 loc_bar_6_bar__minus_12_bar_1_bar_15)
        (pickupable Spoon_bar__plus_02_dot_87_bar__minus_01_dot_62_bar__minus_01_dot_64)
        (cleanable Spoon_bar__plus_02_dot_87_bar__minus_01_dot_62_bar__minus_01_dot_64)
        (objectType Bread_bar__plus_02_dot_66_bar__minus_00_dot_24_bar__plus_01_dot_36 BreadType)
        (inReceptacle Bread_bar__plus_02_dot_66_bar__minus_00_dot_24_bar__plus_01_dot_36 Fridge_bar__plus_02_dot_29_bar__minus_02_dot_67_bar__plus_02_dot_94)
        (objectAtLocation Bread_bar__plus_02_dot_66_bar__minus_00_dot_24_bar__plus_01_dot_36 loc_bar_7_bar__minus_11_bar_1_bar_30)
        (pickupable Bread_bar__plus_02_dot_66_bar__minus_00_dot_24_bar__plus_01_dot_36)
        (heatable Bread_bar__plus_02_dot_66_bar__minus_00_dot_24_bar__plus_01_dot_36)
        (coolable Bread_bar__plus_02_dot_66_bar__minus_00_dot_24_bar__plus_01_dot_36)
        (canContain CabinetType DishSpongeType)
        (canContain CounterTopType AppleType)
        (canContain CounterTopType BreadType)
        (canContain CounterTopType DishSpongeType)
        (canContain CounterTopType ForkType)
        (canContain CounterTopType SpoonType)
        (canContain DiningTableType AppleType)
        (canContain DiningTableType BreadType)
        (canContain DiningTableType DishSpongeType)
        (canContain DiningTableType ForkType)
        (canContain DiningTableType SpoonType)
        (canContain DrawerType DishSpongeType)
        (canContain DrawerType ForkType)
        (canContain DrawerType SpoonType)
        (canContain FridgeType AppleType)
        (canContain FridgeType BreadType)
        (canContain GarbageCanType AppleType)
        (canContain GarbageCanType BreadType)
        (canContain GarbageCanType DishSpongeType)
        (canContain MicrowaveType AppleType)
        (canContain MicrowaveType BreadType)
        (canContain SinkBasinType AppleType)
        (canContain SinkBasinType DishSpongeType)
        (canContain SinkBasinType ForkType)
        (canContain SinkBasinType SpoonType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (inReceptacle ?o ?r)
                            (objectType ?o AppleType)
                            (receptacleType ?r SinkBasinType)
                        )
                    )
                )
            )
        )
    )
