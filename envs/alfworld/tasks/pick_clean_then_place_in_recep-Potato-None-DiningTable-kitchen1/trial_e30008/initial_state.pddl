(define (problem plan_trial_e30008)
(:domain alfred)
(:objects
        agent1 - agent
        BowlType - otype
        ButterKnifeType - otype
        KettleType - otype
        MugType - otype
        PotatoType - otype
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
        Potato_bar__plus_00_dot_00_bar__minus_00_dot_21_bar__minus_00_dot_06 - object
        Potato_bar__plus_00_dot_13_bar__plus_02_dot_39_bar__plus_02_dot_28 - object
        Bowl_bar__plus_01_dot_15_bar__plus_00_dot_13_bar__plus_02_dot_76 - object
        Kettle_bar__plus_00_dot_82_bar__plus_02_dot_67_bar__minus_00_dot_54 - object
        Kettle_bar__minus_00_dot_55_bar__minus_01_dot_96_bar__minus_01_dot_94 - object
        Mug_bar__plus_01_dot_21_bar__minus_02_dot_94_bar__plus_01_dot_20 - object
        Mug_bar__minus_02_dot_28_bar__minus_02_dot_76_bar__minus_01_dot_18 - object
        ButterKnife_bar__plus_01_dot_46_bar__plus_00_dot_43_bar__plus_02_dot_99 - object
        Cabinet_bar__minus_01_dot_16_bar__plus_02_dot_68_bar__plus_00_dot_26 - receptacle
        Cabinet_bar__minus_02_dot_28_bar__minus_02_dot_95_bar__minus_00_dot_45 - receptacle
        Cabinet_bar__minus_02_dot_64_bar__plus_01_dot_52_bar__minus_01_dot_52 - receptacle
        Cabinet_bar__minus_01_dot_20_bar__plus_00_dot_43_bar__minus_00_dot_73 - receptacle
        CounterTop_bar__minus_02_dot_42_bar__plus_01_dot_87_bar__minus_00_dot_60 - receptacle
        CounterTop_bar__plus_02_dot_48_bar__plus_01_dot_83_bar__minus_01_dot_44 - receptacle
        Drawer_bar__minus_01_dot_33_bar__minus_01_dot_48_bar__plus_01_dot_33 - receptacle
        Drawer_bar__minus_00_dot_37_bar__plus_02_dot_36_bar__plus_02_dot_64 - receptacle
        Drawer_bar__plus_02_dot_34_bar__plus_02_dot_85_bar__minus_01_dot_70 - receptacle
        Fridge_bar__plus_02_dot_14_bar__minus_00_dot_36_bar__plus_01_dot_68 - receptacle
        Microwave_bar__plus_00_dot_35_bar__plus_00_dot_75_bar__plus_00_dot_03 - receptacle
        Sink_bar__plus_00_dot_76_bar__minus_00_dot_06_bar__plus_00_dot_84_bar_SinkBasin - receptacle
        StoveBurner_bar__plus_00_dot_34_bar__plus_00_dot_63_bar__minus_02_dot_98 - receptacle
        StoveBurner_bar__plus_01_dot_32_bar__plus_02_dot_99_bar__minus_00_dot_03 - receptacle
        GarbageCan_bar__plus_00_dot_55_bar__plus_02_dot_65_bar__plus_00_dot_85 - receptacle
        DiningTable_bar__minus_00_dot_75_bar__minus_01_dot_65_bar__minus_01_dot_40 - receptacle
        CoffeeMachine_bar__minus_01_dot_46_bar__plus_02_dot_23_bar__minus_02_dot_97 - receptacle
        loc_bar_12_bar_1_bar_0_bar_15 - location
        loc_bar__minus_10_bar__minus_12_bar_0_bar_15 - location
        loc_bar_11_bar__minus_8_bar_3_bar_60 - location
        loc_bar_5_bar_11_bar_0_bar_15 - location
        loc_bar_4_bar__minus_11_bar_1_bar_15 - location
        loc_bar__minus_6_bar__minus_6_bar_2_bar_30 - location
        loc_bar__minus_10_bar_8_bar_1_bar__minus_30 - location
        loc_bar__minus_12_bar_0_bar_3_bar_15 - location
        loc_bar__minus_5_bar__minus_6_bar_2_bar_0 - location
        loc_bar_3_bar_10_bar_3_bar_30 - location
        loc_bar_5_bar__minus_12_bar_1_bar_60 - location
        loc_bar__minus_4_bar_0_bar_3_bar_15 - location
        loc_bar__minus_8_bar_4_bar_0_bar_0 - location
        loc_bar_6_bar_12_bar_3_bar_15 - location
        loc_bar_8_bar_5_bar_0_bar_0 - location
        loc_bar__minus_4_bar__minus_9_bar_0_bar_60 - location
        loc_bar__minus_3_bar__minus_11_bar_1_bar_60 - location
        loc_bar__minus_3_bar__minus_6_bar_2_bar_30 - location
        )
(:init
        (atLocation agent1 loc_bar__minus_3_bar__minus_6_bar_2_bar_30)
        (receptacleType Cabinet_bar__minus_01_dot_16_bar__plus_02_dot_68_bar__plus_00_dot_26 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_16_bar__plus_02_dot_68_bar__plus_00_dot_26 loc_bar_12_bar_1_bar_0_bar_15)
        (openable Cabinet_bar__minus_01_dot_16_bar__plus_02_dot_68_bar__plus_00_dot_26)
        (receptacleType Cabinet_bar__minus_02_dot_28_bar__minus_02_dot_95_bar__minus_00_dot_45 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_28_bar__minus_02_dot_95_bar__minus_00_dot_45 loc_bar__minus_10_bar__minus_12_bar_0_bar_15)
        (openable Cabinet_bar__minus_02_dot_28_bar__minus_02_dot_95_bar__minus_00_dot_45)
        (receptacleType Cabinet_bar__minus_02_dot_64_bar__plus_01_dot_52_bar__minus_01_dot_52 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_64_bar__plus_01_dot_52_bar__minus_01_dot_52 loc_bar_11_bar__minus_8_bar_3_bar_60)
        (openable Cabinet_bar__minus_02_dot_64_bar__plus_01_dot_52_bar__minus_01_dot_52)
        (receptacleType Cabinet_bar__minus_01_dot_20_bar__plus_00_dot_43_bar__minus_00_dot_73 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_20_bar__plus_00_dot_43_bar__minus_00_dot_73 loc_bar_5_bar_11_bar_0_bar_15)
        (openable Cabinet_bar__minus_01_dot_20_bar__plus_00_dot_43_bar__minus_00_dot_73)
        (receptacleType CounterTop_bar__minus_02_dot_42_bar__plus_01_dot_87_bar__minus_00_dot_60 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_02_dot_42_bar__plus_01_dot_87_bar__minus_00_dot_60 loc_bar_4_bar__minus_11_bar_1_bar_15)
        (receptacleType CounterTop_bar__plus_02_dot_48_bar__plus_01_dot_83_bar__minus_01_dot_44 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_02_dot_48_bar__plus_01_dot_83_bar__minus_01_dot_44 loc_bar__minus_6_bar__minus_6_bar_2_bar_30)
        (receptacleType Drawer_bar__minus_01_dot_33_bar__minus_01_dot_48_bar__plus_01_dot_33 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_33_bar__minus_01_dot_48_bar__plus_01_dot_33 loc_bar__minus_10_bar_8_bar_1_bar__minus_30)
        (openable Drawer_bar__minus_01_dot_33_bar__minus_01_dot_48_bar__plus_01_dot_33)
        (receptacleType Drawer_bar__minus_00_dot_37_bar__plus_02_dot_36_bar__plus_02_dot_64 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_00_dot_37_bar__plus_02_dot_36_bar__plus_02_dot_64 loc_bar__minus_12_bar_0_bar_3_bar_15)
        (openable Drawer_bar__minus_00_dot_37_bar__plus_02_dot_36_bar__plus_02_dot_64)
        (receptacleType Drawer_bar__plus_02_dot_34_bar__plus_02_dot_85_bar__minus_01_dot_70 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_02_dot_34_bar__plus_02_dot_85_bar__minus_01_dot_70 loc_bar__minus_5_bar__minus_6_bar_2_bar_0)
        (openable Drawer_bar__plus_02_dot_34_bar__plus_02_dot_85_bar__minus_01_dot_70)
        (receptacleType Fridge_bar__plus_02_dot_14_bar__minus_00_dot_36_bar__plus_01_dot_68 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_02_dot_14_bar__minus_00_dot_36_bar__plus_01_dot_68 loc_bar_3_bar_10_bar_3_bar_30)
        (openable Fridge_bar__plus_02_dot_14_bar__minus_00_dot_36_bar__plus_01_dot_68)
        (receptacleType Microwave_bar__plus_00_dot_35_bar__plus_00_dot_75_bar__plus_00_dot_03 MicrowaveType)
        (receptacleAtLocation Microwave_bar__plus_00_dot_35_bar__plus_00_dot_75_bar__plus_00_dot_03 loc_bar_5_bar__minus_12_bar_1_bar_60)
        (openable Microwave_bar__plus_00_dot_35_bar__plus_00_dot_75_bar__plus_00_dot_03)
        (receptacleType Sink_bar__plus_00_dot_76_bar__minus_00_dot_06_bar__plus_00_dot_84_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_00_dot_76_bar__minus_00_dot_06_bar__plus_00_dot_84_bar_SinkBasin loc_bar__minus_4_bar_0_bar_3_bar_15)
        (receptacleType StoveBurner_bar__plus_00_dot_34_bar__plus_00_dot_63_bar__minus_02_dot_98 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_00_dot_34_bar__plus_00_dot_63_bar__minus_02_dot_98 loc_bar__minus_8_bar_4_bar_0_bar_0)
        (receptacleType StoveBurner_bar__plus_01_dot_32_bar__plus_02_dot_99_bar__minus_00_dot_03 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_01_dot_32_bar__plus_02_dot_99_bar__minus_00_dot_03 loc_bar_6_bar_12_bar_3_bar_15)
        (receptacleType GarbageCan_bar__plus_00_dot_55_bar__plus_02_dot_65_bar__plus_00_dot_85 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_00_dot_55_bar__plus_02_dot_65_bar__plus_00_dot_85 loc_bar_8_bar_5_bar_0_bar_0)
        (receptacleType DiningTable_bar__minus_00_dot_75_bar__minus_01_dot_65_bar__minus_01_dot_40 DiningTableType)
        (receptacleAtLocation DiningTable_bar__minus_00_dot_75_bar__minus_01_dot_65_bar__minus_01_dot_40 loc_bar__minus_4_bar__minus_9_bar_0_bar_60)
        (receptacleType CoffeeMachine_bar__minus_01_dot_46_bar__plus_02_dot_23_bar__minus_02_dot_97 CoffeeMachineType)
        (receptacleAtLocation CoffeeMachine_bar__minus_01_dot_46_bar__plus_02_dot_23_bar__minus_02_dot_97 loc_bar__minus_3_bar__minus_11_bar_1_bar_60)
        (objectType Potato_bar__plus_00_dot_00_bar__minus_00_dot_21_bar__minus_00_dot_06 PotatoType)
        (inReceptacle Potato_bar__plus_00_dot_00_bar__minus_00_dot_21_bar__minus_00_dot_06 Microwave_bar__plus_00_dot_35_bar__plus_00_dot_75_bar__plus_00_dot_03)
        (objectAtLocation Potato_bar__plus_00_dot_00_bar__minus_00_dot_21_bar__minus_00_dot_06 loc_bar_5_bar__minus_12_bar_1_bar_60)
        (pickupable Potato_bar__plus_00_dot_00_bar__minus_00_dot_21_bar__minus_00_dot_06)
        (cleanable Potato_bar__plus_00_dot_00_bar__minus_00_dot_21_bar__minus_00_dot_06)
        (heatable Potato_bar__plus_00_dot_00_bar__minus_00_dot_21_bar__minus_00_dot_06)
        (coolable Potato_bar__plus_00_dot_00_bar__minus_00_dot_21_bar__minus_00_dot_06)
        (objectType Potato_bar__plus_00_dot_13_bar__plus_02_dot_39_bar__plus_02_dot_28 PotatoType)
        (inReceptacle Potato_bar__plus_00_dot_13_bar__plus_02_dot_39_bar__plus_02_dot_28 Sink_bar__plus_00_dot_76_bar__minus_00_dot_06_bar__plus_00_dot_84_bar_SinkBasin)
        (objectAtLocation Potato_bar__plus_00_dot_13_bar__plus_02_dot_39_bar__plus_02_dot_28 loc_bar__minus_4_bar_0_bar_3_bar_15)
        (pickupable Potato_bar__plus_00_dot_13_bar__plus_02_dot_39_bar__plus_02_dot_28)
        (cleanable Potato_bar__plus_00_dot_13_bar__plus_02_dot_39_bar__plus_02_dot_28)
        (heatable Potato_bar__plus_00_dot_13_bar__plus_02_dot_39_bar__plus_02_dot_28)
        (coolable Potato_bar__plus_00_dot_13_bar__plus_02_dot_39_bar__plus_02_dot_28)
        (objectType Bowl_bar__plus_01_dot_15_bar__plus_00_dot_13_bar__plus_02_dot_76 BowlType)
        (inReceptacle Bowl_bar__plus_01_dot_15_bar__plus_00_dot_13_bar__plus_02_dot_76 Sink_bar__plus_00_dot_76_bar__minus_00_dot_06_bar__plus_00_dot_84_bar_SinkBasin)
        (objectAtLocation Bowl_bar__plus_01_dot_15_bar__plus_00_dot_13_bar__plus_02_dot_76 loc_bar__minus_4_bar_0_bar_3_bar_15)
        (pickupable Bowl_bar__plus_01_dot_15_bar__plus_00_dot_13_bar__plus_02_dot_76)
        (cleanable Bowl_bar__plus_01_dot_15_bar__plus_00_dot_13_bar__plus_02_dot_76)
        (coolable Bowl_bar__plus_01_dot_15_bar__plus_00_dot_13_bar__plus_02_dot_76)
        (isReceptacleObject Bowl_bar__plus_01_dot_15_bar__plus_00_dot_13_bar__plus_02_dot_76)
        (objectType Kettle_bar__plus_00_dot_82_bar__plus_02_dot_67_bar__minus_00_dot_54 KettleType)
        (inReceptacle Kettle_bar__plus_00_dot_82_bar__plus_02_dot_67_bar__minus_00_dot_54 CounterTop_bar__plus_02_dot_48_bar__plus_01_dot_83_bar__minus_01_dot_44)
        (objectAtLocation Kettle_bar__plus_00_dot_82_bar__plus_02_dot_67_bar__minus_00_dot_54 loc_bar__minus_6_bar__minus_6_bar_2_bar_30)
        (pickupable Kettle_bar__plus_00_dot_82_bar__plus_02_dot_67_bar__minus_00_dot_54)
        (cleanable Kettle_bar__plus_00_dot_82_bar__plus_02_dot_67_bar__minus_00_dot_54)
        (objectType Kettle_bar__minus_00_dot_55_bar__minus_01_dot_96_bar__minus_01_dot_94 KettleType)
        (inReceptacle Kettle_bar__minus_00_dot_55_bar__minus_01_dot_96_bar__minus_01_dot_94 StoveBurner_bar__plus_01_dot_32_bar__plus_02_dot_99_bar__minus_00_dot_03)
        (objectAtLocation Kettle_bar__minus_00_dot_55_bar__minus_01_dot_96_bar__minus_01_dot_94 loc_bar_6_bar_12_bar_3_bar_15)
        (pickupable Kettle_bar__minus_00_dot_55_bar__minus_01_dot_96_bar__minus_01_dot_94)
        (cleanable Kettle_bar__minus_00_dot_55_bar__minus_01_dot_96_bar__minus_01_dot_94)
        (objectType Mug_bar__plus_01_dot_21_bar__minus_02_dot_94_bar__plus_01_dot_20 MugType)
        (inReceptacle Mug_bar__plus_01_dot_21_bar__minus_02_dot_94_bar__plus_01_dot_20 DiningTable_bar__minus_00_dot_75_bar__minus_01_dot_65_bar__minus_01_dot_40)
        (objectAtLocation Mug_bar__plus_01_dot_21_bar__minus_02_dot_94_bar__plus_01_dot_20 loc_bar__minus_4_bar__minus_9_bar_0_bar_60)
        (pickupable Mug_bar__plus_01_dot_21_bar__minus_02_dot_94_bar__plus_01_dot_20)
        (cleanable Mug_bar__plus_01_dot_21_bar__minus_02_dot_94_bar__plus_01_dot_20)
        (heatable Mug_bar__plus_01_dot_21_bar__minus_02_dot_94_bar__plus_01_dot_20)
        (coolable Mug_bar__plus_01_dot_21_bar__minus_02_dot_94_bar__plus_01_dot_20)
        (isReceptacleObject Mug_bar__plus_01_dot_21_bar__minus_02_dot_94_bar__plus_01_dot_20)
        (objectType Mug_bar__minus_02_dot_28_bar__minus_02_dot_76_bar__minus_01_dot_18 MugType)
        (inReceptacle Mug_bar__minus_02_dot_28_bar__minus_02_dot_76_bar__minus_01_dot_18 Sink_bar__plus_00_dot_76_bar__minus_00_dot_06_bar__plus_00_dot_84_bar_SinkBasin)
        (objectAtLocation Mug_bar__minus_02_dot_28_bar__minus_02_dot_76_bar__minus_01_dot_18 loc_bar__minus_4_bar_0_bar_3_bar_15)
        (pickupable Mug_bar__minus_02_dot_28_bar__minus_02_dot_76_bar__minus_01_dot_18)
        (cleanable Mug_bar__minus_02_dot_28_bar__minus_02_dot_76_bar__minus_01_dot_18)
        (heatable Mug_bar__minus_02_dot_28_bar__minus_02_dot_76_bar__minus_01_dot_18)
        (coolable Mug_bar__minus_02_dot_28_bar__minus_02_dot_76_bar__minus_01_dot_18)
        (isReceptacleObject Mug_bar__minus_02_dot_28_bar__minus_02_dot_76_bar__minus_01_dot_18)
        (objectType ButterKnife_bar__plus_01_dot_46_bar__plus_00_dot_43_bar__plus_02_dot_99 ButterKnifeType)
        (inReceptacle ButterKnife_bar__plus_01_dot_46_bar__plus_00_dot_43_bar__plus_02_dot_99 DiningTable_bar__minus_00_dot_75_bar__minus_01_dot_65_bar__minus_01_dot_40)
        (objectAtLocation ButterKnife_bar__plus_01_dot_46_bar__plus_00_dot_43_bar__plus_02_dot_99 loc_bar__minus_4_bar__minus_9_bar_0_bar_60)
        (pickupable ButterKnife_bar__plus_01_dot_46_bar__plus_00_dot_43_bar__plus_02_dot_99)
        (cleanable ButterKnife_bar__plus_01_dot_46_bar__plus_00_dot_43_bar__plus_02_dot_99)
        (canContain CabinetType BowlType)
        (canContain CabinetType KettleType)
        (canContain CabinetType MugType)
        (canContain CoffeeMachineType MugType)
        (canContain CounterTopType BowlType)
        (canContain CounterTopType ButterKnifeType)
        (canContain CounterTopType KettleType)
        (canContain CounterTopType MugType)
        (canContain CounterTopType PotatoType)
        (canContain DiningTableType BowlType)
        (canContain DiningTableType ButterKnifeType)
        (canContain DiningTableType KettleType)
        (canContain DiningTableType MugType)
        (canContain DiningTableType PotatoType)
        (canContain DrawerType ButterKnifeType)
        (canContain FridgeType BowlType)
        (canContain FridgeType MugType)
        (canContain FridgeType PotatoType)
        (canContain GarbageCanType PotatoType)
        (canContain MicrowaveType BowlType)
        (canContain MicrowaveType MugType)
        (canContain MicrowaveType PotatoType)
        (canContain SinkBasinType BowlType)
        (canContain SinkBasinType ButterKnifeType)
        (canContain SinkBasinType KettleType)
        (canContain SinkBasinType MugType)
        (canContain SinkBasinType PotatoType)
        (canContain StoveBurnerType KettleType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (cleanable ?o)
                            (objectType ?o PotatoType)
                            (receptacleType ?r DiningTableType)
                            (isClean ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
