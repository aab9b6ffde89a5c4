(define (problem plan_trial_e50000)
(:domain alfred)
(:objects
        agent1 - agent
        AppleType - otype
        BowlType - otype
        ForkType - otype
        MugType - otype
        PotatoType - otype
        WineBottleType - otype
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
        Apple_bar__minus_02_dot_47_bar__minus_01_dot_63_bar__minus_00_dot_42 - object
        Apple_bar__minus_00_dot_58_bar__minus_00_dot_70_bar__minus_02_dot_48 - object
        Fork_bar__plus_02_dot_66_bar__minus_01_dot_91_bar__plus_01_dot_60 - object
        WineBottle_bar__minus_00_dot_46_bar__minus_01_dot_11_bar__minus_01_dot_16 - object
        Mug_bar__plus_00_dot_51_bar__minus_02_dot_41_bar__minus_01_dot_54 - object
        Bowl_bar__plus_01_dot_12_bar__minus_00_dot_40_bar__plus_00_dot_13 - object
        Potato_bar__minus_01_dot_99_bar__plus_02_dot_01_bar__minus_01_dot_56 - object
        Cabinet_bar__minus_01_dot_13_bar__plus_01_dot_23_bar__plus_02_dot_79 - receptacle
        Cabinet_bar__plus_01_dot_38_bar__plus_01_dot_37_bar__plus_02_dot_27 - receptacle
        Cabinet_bar__plus_02_dot_89_bar__plus_02_dot_55_bar__plus_02_dot_06 - receptacle
        Cabinet_bar__minus_01_dot_52_bar__minus_01_dot_07_bar__plus_02_dot_81 - receptacle
        CounterTop_bar__plus_00_dot_49_bar__plus_02_dot_04_bar__minus_01_dot_89 - receptacle
        CounterTop_bar__minus_01_dot_47_bar__minus_00_dot_93_bar__plus_02_dot_44 - receptacle
        Drawer_bar__plus_00_dot_93_bar__plus_02_dot_17_bar__plus_00_dot_12 - receptacle
        Drawer_bar__minus_00_dot_08_bar__plus_01_dot_75_bar__plus_02_dot_14 - receptacle
        Drawer_bar__plus_01_dot_59_bar__plus_01_dot_14_bar__minus_01_dot_51 - receptacle
        Fridge_bar__minus_01_dot_23_bar__plus_01_dot_83_bar__minus_00_dot_29 - receptacle
        Microwave_bar__plus_01_dot_78_bar__minus_02_dot_01_bar__plus_00_dot_23 - receptacle
        Sink_bar__minus_02_dot_46_bar__plus_02_dot_95_bar__minus_02_dot_80_bar_SinkBasin - receptacle
        StoveBurner_bar__plus_02_dot_08_bar__plus_01_dot_46_bar__plus_00_dot_93 - receptacle
        StoveBurner_bar__minus_02_dot_10_bar__minus_02_dot_16_bar__minus_01_dot_18 - receptacle
        GarbageCan_bar__plus_01_dot_46_bar__plus_00_dot_92_bar__plus_02_dot_18 - receptacle
        DiningTable_bar__plus_01_dot_47_bar__minus_01_dot_96_bar__minus_02_dot_92 - receptacle
        CoffeeMachine_bar__minus_02_dot_22_bar__minus_00_dot_70_bar__minus_02_dot_38 - receptacle
        loc_bar__minus_3_bar_5_bar_2_bar_0 - location
        loc_bar_2_bar_12_bar_0_bar_15 - location
        loc_bar_9_bar__minus_4_bar_1_bar_15 - location
        loc_bar_8_bar_7_bar_0_bar_15 - location
        loc_bar_2_bar__minus_12_bar_3_bar_30 - location
        loc_bar_12_bar_10_bar_3_bar_60 - location
        loc_bar__minus_1_bar_4_bar_1_bar_30 - location
        loc_bar__minus_5_bar_1_bar_1_bar_45 - location
        loc_bar__minus_9_bar_12_bar_2_bar_15 - location
        loc_bar_0_bar_10_bar_2_bar_30 - location
        loc_bar__minus_5_bar_4_bar_2_bar_45 - location
        loc_bar__minus_12_bar_2_bar_1_bar_45 - location
        loc_bar_8_bar_5_bar_1_bar_45 - location
        loc_bar_0_bar_5_bar_3_bar__minus_30 - location
        loc_bar_4_bar_9_bar_3_bar_15 - location
        loc_bar_8_bar__minus_2_bar_0_bar_0 - location
        loc_bar_8_bar_4_bar_0_bar_0 - location
        loc_bar_8_bar_2_bar_3_bar_30 - location
        )
(:init
        (atLocation agent1 loc_bar_8_bar_2_bar_3_bar_30)
        (receptacleType Cabinet_bar__minus_01_dot_13_bar__plus_01_dot_23_bar__plus_02_dot_79 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_13_bar__plus_01_dot_23_bar__plus_02_dot_79 loc_bar__minus_3_bar_5_bar_2_bar_0)
        (openable Cabinet_bar__minus_01_dot_13_bar__plus_01_dot_23_bar__plus_02_dot_79)
        (receptacleType Cabinet_bar__plus_01_dot_38_bar__plus_01_dot_37_bar__plus_02_dot_27 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_38_bar__plus_01_dot_37_bar__plus_02_dot_27 loc_bar_2_bar_12_bar_0_bar_15)
        (openable Cabinet_bar__plus_01_dot_38_bar__plus_01_dot_37_bar__plus_02_dot_27)
        (receptacleType Cabinet_bar__plus_02_dot_89_bar__plus_02_dot_55_bar__plus_02_dot_06 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_89_bar__plus_02_dot_55_bar__plus_02_dot_06 loc_bar_9_bar__minus_4_bar_1_bar_15)
        (openable Cabinet_bar__plus_02_dot_89_bar__plus_02_dot_55_bar__plus_02_dot_06)
        (receptacleType Cabinet_bar__minus_01_dot_52_bar__minus_01_dot_07_bar__plus_02_dot_81 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_52_bar__minus_01_dot_07_bar__plus_02_dot_81 loc_bar_8_bar_7_bar_0_bar_15)
        (openable Cabinet_bar__minus_01_dot_52_bar__minus_01_dot_07_bar__plus_02_dot_81)
        (receptacleType CounterTop_bar__plus_00_dot_49_bar__plus_02_dot_04_bar__minus_01_dot_89 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_00_dot_49_bar__plus_02_dot_04_bar__minus_01_dot_89 loc_bar_2_bar__minus_12_bar_3_bar_30)
        (receptacleType CounterTop_bar__minus_01_dot_47_bar__minus_00_dot_93_bar__plus_02_dot_44 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_01_dot_47_bar__minus_00_dot_93_bar__plus_02_dot_44 loc_bar_12_bar_10_bar_3_bar_60)
        (receptacleType Drawer_bar__plus_00_dot_93_bar__plus_02_dot_17_bar__plus_00_dot_12 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_00_dot_93_bar__plus_02_dot_17_bar__plus_00_dot_12 loc_bar__minus_1_bar_4_bar_1_bar_30)
        (openable Drawer_bar__plus_00_dot_93_bar__plus_02_dot_17_bar__plus_00_dot_12)
        (receptacleType Drawer_bar__minus_00_dot_08_bar__plus_01_dot_75_bar__plus_02_dot_14 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_00_dot_08_bar__plus_01_dot_75_bar__plus_02_dot_14 loc_bar__minus_5_bar_1_bar_1_bar_45)
        (openable Drawer_bar__minus_00_dot_08_bar__plus_01_dot_75_bar__plus_02_dot_14)
        (receptacleType Drawer_bar__plus_01_dot_59_bar__plus_01_dot_14_bar__minus_01_dot_51 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_59_bar__plus_01_dot_14_bar__minus_01_dot_51 loc_bar__minus_9_bar_12_bar_2_bar_15)
        (openable Drawer_bar__plus_01_dot_59_bar__plus_01_dot_14_bar__minus_01_dot_51)
        (receptacleType Fridge_bar__minus_01_dot_23_bar__plus_01_dot_83_bar__minus_00_dot_29 FridgeType)
        (receptacleAtLocation Fridge_bar__minus_01_dot_23_bar__plus_01_dot_83_bar__minus_00_dot_29 loc_bar_0_bar_10_bar_2_bar_30)
        (openable Fridge_bar__minus_01_dot_23_bar__plus_01_dot_83_bar__minus_00_dot_29)
        (receptacleType Microwave_bar__plus_01_dot_78_bar__minus_02_dot_01_bar__plus_00_dot_23 MicrowaveType)
        (receptacleAtLocation Microwave_bar__plus_01_dot_78_bar__minus_02_dot_01_bar__plus_00_dot_23 loc_bar__minus_5_bar_4_bar_2_bar_45)
        (openable Microwave_bar__plus_01_dot_78_bar__minus_02_dot_01_bar__plus_00_dot_23)
        (receptacleType Sink_bar__minus_02_dot_46_bar__plus_02_dot_95_bar__minus_02_dot_80_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_02_dot_46_bar__plus_02_dot_95_bar__minus_02_dot_80_bar_SinkBasin loc_bar__minus_12_bar_2_bar_1_bar_45)
        (receptacleType StoveBurner_bar__plus_02_dot_08_bar__plus_01_dot_46_bar__plus_00_dot_93 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_02_dot_08_bar__plus_01_dot_46_bar__plus_00_dot_93 loc_bar_8_bar_5_bar_1_bar_45)
        (receptacleType StoveBurner_bar__minus_02_dot_10_bar__minus_02_dot_16_bar__minus_01_dot_18 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_02_dot_10_bar__minus_02_dot_16_bar__minus_01_dot_18 loc_bar_0_bar_5_bar_3_bar__minus_30)
        (receptacleType GarbageCan_bar__plus_01_dot_46_bar__plus_00_dot_92_bar__plus_02_dot_18 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_01_dot_46_bar__plus_00_dot_92_bar__plus_02_dot_18 loc_bar_4_bar_9_bar_3_bar_15)
        (receptacleType DiningTable_bar__plus_01_dot_47_bar__minus_01_dot_96_bar__minus_02_dot_92 DiningTableType)
        (receptacleAtLocation DiningTable_bar__plus_01_dot_47_bar__minus_01_dot_96_bar__minus_02_dot_92 loc_bar_8_bar__minus_2_bar_0_bar_0)
        (receptacleType CoffeeMachine_bar__minus_02_dot_22_bar__minus_00_dot_70_bar__minus_02_dot_38 CoffeeMachineType)
        (receptacleAtLocation CoffeeMachine_bar__minus_02_dot_22_bar__minus_00_dot_70_bar__minus_02_dot_38 loc_bar_8_bar_4_bar_0_bar_0)
        (objectType Apple_bar__minus_02_dot_47_bar__minus_01_dot_63_bar__minus_00_dot_42 AppleType)
        (inReceptacle Apple_bar__minus_02_dot_47_bar__minus_01_dot_63_bar__minus_00_dot_42 Fridge_bar__minus_01_dot_23_bar__plus_01_dot_83_bar__minus_00_dot_29)
        (objectAtLocation Apple_bar__minus_02_dot_47_bar__minus_01_dot_63_bar__minus_00_dot_42 loc_bar_0_bar_10_bar_2_bar_30)
        (pickupable Apple_bar__minus_02_dot_47_bar__minus_01_dot_63_bar__minus_00_dot_42)
        (cleanable Apple_bar__minus_02_dot_47_bar__minus_01_dot_63_bar__minus_00_dot_42)
        (heatable Apple_bar__minus_02_dot_47_bar__minus_01_dot_63_bar__minus_00_dot_42)
        (coolable Apple_bar__minus_02_dot_47_bar__minus_01_dot_63_bar__minus_00_dot_42)
        (objectType Apple_bar__minus_00_dot_58_bar__minus_00_dot_70_bar__minus_02_dot_48 AppleType)
        (inReceptacle Apple_bar__minus_00_dot_58_bar__minus_00_dot_70_bar__minus_02_dot_48 CounterTop_bar__plus_00_dot_49_bar__plus_02_dot_04_bar__minus_01_dot_89)
        (objectAtLocation Apple_bar__minus_00_dot_58_bar__minus_00_dot_70_bar__minus_02_dot_48 loc_bar_2_bar__minus_12_bar_3_bar_30)
        (pickupable Apple_bar__minus_00_dot_58_bar__minus_00_dot_70_bar__minus_02_dot_48)
        (cleanable Apple_bar__minus_00_dot_58_bar__minus_00_dot_70_bar__minus_02_dot_48)
        (heatable Apple_bar__minus_00_dot_58_bar__minus_00_dot_70_bar__minus_02_dot_48)
        (coolable Apple_bar__minus_00_dot_58_bar__minus_00_dot_70_bar__minus_02_dot_48)
        (objectType Fork_bar__plus_02_dot_66_bar__minus_01_dot_91_bar__plus_01_dot_60 ForkType)
        (inReceptacle Fork_bar__plus_02_dot_66_bar__minus_01_dot_91_bar__plus_01_dot_60 Sink_bar__minus_02_dot_46_bar__plus_02_dot_95_bar__minus_02_dot_80_bar_SinkBasin)
        (objectAtLocation Fork_bar__plus_02_dot_66_bar__minus_01_dot_91_bar__plus_01_dot_60 loc_bar__minus_12_bar_2_bar_1_bar_45)
        (pickupable Fork_bar__plus_02_dot_66_bar__minus_01_dot_91_bar__plus_01_dot_60)
        (cleanable Fork_bar__plus_02_dot_66_bar__minus_01_dot_91_bar__plus_01_dot_60)
        (objectType WineBottle_bar__minus_00_dot_46_bar__minus_01_dot_11_bar__minus_01_dot_16 WineBottleType)
        (inReceptacle WineBottle_bar__minus_00_dot_46_bar__minus_01_dot_11_bar__minus_01_dot_16 GarbageCan_bar__plus_01_dot_46_bar__plus_00_dot_92_bar__plus_02_dot_18)
        (objectAtLocation WineBottle_bar__minus_00_dot_46_bar__minus_01_dot_11_bar__minus_01_dot_16 loc_bar_4_bar_9_bar_3_bar_15)
        (pickupable WineBottle_bar__minus_00_dot_46_bar__minus_01_dot_11_bar__minus_01_dot_16)
        (coolable WineBottle_bar__minus_00_dot_46_bar__minus_01_dot_11_bar__minus_01_dot_16)
        (objectType Mug_bar__plus_00_dot_51_bar__minus_02_dot_41_bar__minus_01_dot_54 MugType)
        (inReceptacle Mug_bar__plus_00_dot_51_bar__minus_02_dot_41_bar__minus_01_dot_54 Fridge_bar__minus_01_dot_23_bar__plus_01_dot_83_bar__minus_00_dot_29)
        (objectAtLocation Mug_bar__plus_00_dot_51_bar__minus_02_dot_41_bar__minus_01_dot_54 loc_bar_0_bar_10_bar_2_bar_30)
        (pickupable Mug_bar__plus_00_dot_51_bar__minus_02_dot_41_bar__minus_01_dot_54)
        (cleanable Mug_bar__plus_00_dot_51_bar__minus_02_dot_41_bar__minus_01_dot_54)
        (heatable Mug_bar__plus_00_dot_51_bar__minus_02_dot_41_bar__minus_01_dot_54)
        (coolable Mug_bar__plus_00_dot_51_bar__minus_02_dot_41_bar__minus_01_dot_54)
        (isReceptacleObject Mug_bar__plus_00_dot_51_bar__minus_02_dot_41_bar__minus_01_dot_54)
        (objectType Bowl_bar__plus_01_dot_12_bar__minus_00_dot_40_bar__plus_00_dot_13 BowlType)
        (inReceptacle Bowl_bar__plus_01_dot_12_bar__minus_00_dot_40_bar__plus_00_dot_13 Cabinet_bar__minus_01_dot_52_bar__minus_01_dot_07_bar__plus_02_dot_81)
        (objectAtLocation Bowl_bar__plus_01_dot_12_bar__minus_00_dot_40_bar__plus_00_dot_13 loc_bar_8_bar_7_bar_0_bar_15)
        (pickupable Bowl_bar__plus_01_dot_12_bar__minus_00_dot_40_bar__plus_00_dot_13)
        (cleanable Bowl_bar__plus_01_dot_12_bar__minus_00_dot_40_bar__plus_00_dot_13)
        (coolable Bowl_bar__plus_01_dot_12_bar__minus_00_dot_40_bar__plus_00_dot_13)
        (isReceptacleObject Bowl_bar__plus_01_dot_12_bar__minus_00_dot_40_bar__plus_00_dot_13)
        (objectType Potato_bar__minus_01_dot_99_bar__plus_02_dot_01_bar__minus_01_dot_56 PotatoType)
        (inReceptacle Potato_bar__minus_01_dot_99_bar__plus_02_dot_01_bar__minus_01_dot_56 CounterTop_bar__minus_01_dot_47_bar__minus_00_dot_93_bar__plus_02_dot_44)
        (objectAtLocation Potato_bar__minus_01_dot_99_bar__plus_02_dot_01_bar__minus_01_dot_56 loc_bar_12_bar_10_bar_3_bar_60)
        (pickupable Potato_bar__minus_01_dot_99_bar__plus_02_dot_01_bar__minus_01_dot_56)
        (cleanable Potato_bar__minus_01_dot_99_bar__plus_02_dot_01_bar__minus_01_dot_56)
        (heatable Potato_bar__minus_01_dot_99_bar__plus_02_dot_01_bar__minus_01_dot_56)
        (coolable Potato_bar__minus_01_dot_99_bar__plus_02_dot_01_bar__minus_01_dot_56)
        (canContain CabinetType BowlType)
        (canContain CabinetType MugType)
        (canContain CabinetType WineBottleType)
        (canContain CoffeeMachineType MugType)
        (canContain CounterTopType AppleType)
        (canContain CounterTopType BowlType)
        (canContain CounterTopType ForkType)
        (canContain CounterTopType MugType)
        (canContain CounterTopType PotatoType)
        (canContain CounterTopType WineBottleType)
        (canContain DiningTableType AppleType)
        (canContain DiningTableType BowlType)
        (canContain DiningTableType ForkType)
        (canContain DiningTableType MugType)
        (canContain DiningTableType PotatoType)
        (canContain DiningTableType WineBottleType)
        (canContain DrawerType ForkType)
        (canContain FridgeType AppleType)
        (canContain FridgeType BowlType)
        (canContain FridgeType MugType)
        (canContain FridgeType PotatoType)
        (canContain FridgeType WineBottleType)
        (canContain GarbageCanType AppleType)
        (canContain GarbageCanType PotatoType)
        (canContain GarbageCanType WineBottleType)
        (canContain MicrowaveType AppleType)
        (canContain MicrowaveType BowlType)
        (canContain MicrowaveType MugType)
        (canContain MicrowaveType PotatoType)
        (canContain SinkBasinType AppleType)
        (canContain SinkBasinType BowlType)
        (canContain SinkBasinType ForkType)
        (canContain SinkBasinType MugType)
        (canContain SinkBasinType PotatoType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (coolable ?o)
                            (objectType ?o AppleType)
                            (receptacleType ?r SinkBasinType)
                            (isCool ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
