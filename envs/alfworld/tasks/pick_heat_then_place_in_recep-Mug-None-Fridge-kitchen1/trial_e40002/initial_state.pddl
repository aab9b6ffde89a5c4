(define (problem plan_trial_e40002)
(:domain alfred)
(:objects
        agent1 - agent
        ButterKnifeType - otype
        EggType - otype
        ForkType - otype
        MugType - otype
        PaperTowelType - otype
        PepperShakerType - otype
        TomatoType - otype
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
        Mug_bar__minus_01_dot_08_bar__minus_02_dot_20_bar__plus_02_dot_47 - object
        Fork_bar__plus_02_dot_58_bar__plus_01_dot_43_bar__minus_00_dot_45 - object
        WineBottle_bar__plus_01_dot_08_bar__plus_02_dot_53_bar__minus_00_dot_47 - object
        ButterKnife_bar__minus_00_dot_19_bar__minus_01_dot_40_bar__plus_02_dot_61 - object
        PaperTowel_bar__minus_00_dot_24_bar__plus_00_dot_04_bar__minus_02_dot_21 - object
        PaperTowel_bar__plus_02_dot_12_bar__minus_01_dot_05_bar__minus_01_dot_84 - object
        PepperShaker_bar__minus_01_dot_91_bar__minus_01_dot_85_bar__minus_00_dot_80 - object
        Egg_bar__minus_02_dot_29_bar__minus_01_dot_77_bar__minus_00_dot_19 - object
        Tomato_bar__plus_02_dot_77_bar__minus_02_dot_36_bar__minus_00_dot_10 - object
        Cabinet_bar__plus_02_dot_76_bar__plus_01_dot_15_bar__plus_01_dot_02 - receptacle
        Cabinet_bar__plus_02_dot_48_bar__plus_02_dot_13_bar__minus_01_dot_79 - receptacle
        Cabinet_bar__minus_00_dot_23_bar__plus_01_dot_91_bar__plus_02_dot_60 - receptacle
        Cabinet_bar__plus_00_dot_86_bar__minus_01_dot_48_bar__plus_02_dot_04 - receptacle
        CounterTop_bar__minus_01_dot_92_bar__plus_02_dot_81_bar__plus_00_dot_66 - receptacle
        CounterTop_bar__minus_00_dot_78_bar__plus_00_dot_77_bar__minus_02_dot_22 - receptacle
        Drawer_bar__plus_02_dot_96_bar__plus_00_dot_38_bar__plus_01_dot_81 - receptacle
        Drawer_bar__plus_02_dot_31_bar__plus_00_dot_01_bar__plus_00_dot_40 - receptacle
        Drawer_bar__plus_02_dot_17_bar__minus_01_dot_96_bar__minus_01_dot_36 - receptacle
        Fridge_bar__plus_00_dot_46_bar__plus_01_dot_83_bar__plus_00_dot_47 - receptacle
        Microwave_bar__minus_00_dot_38_bar__plus_00_dot_47_bar__minus_00_dot_05 - receptacle
        Sink_bar__plus_01_dot_19_bar__plus_02_dot_39_bar__minus_00_dot_69_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_01_dot_92_bar__minus_00_dot_64_bar__minus_01_dot_38 - receptacle
        StoveBurner_bar__minus_02_dot_33_bar__plus_02_dot_48_bar__minus_02_dot_56 - receptacle
        GarbageCan_bar__minus_02_dot_62_bar__plus_01_dot_94_bar__plus_02_dot_31 - receptacle
        DiningTable_bar__plus_01_dot_27_bar__plus_00_dot_09_bar__plus_02_dot_97 - receptacle
        CoffeeMachine_bar__minus_00_dot_15_bar__minus_01_dot_30_bar__plus_01_dot_85 - receptacle
        loc_bar__minus_3_bar_10_bar_2_bar__minus_30 - location
        loc_bar_4_bar__minus_7_bar_1_bar_45 - location
        loc_bar_3_bar_5_bar_1_bar_45 - location
        loc_bar__minus_4_bar__minus_4_bar_3_bar_60 - location
        loc_bar_0_bar_2_bar_3_bar_60 - location
        loc_bar_10_bar_9_bar_1_bar_15 - location
        loc_bar__minus_4_bar_2_bar_3_bar__minus_30 - location
        loc_bar__minus_1_bar_12_bar_1_bar_60 - location
        loc_bar_1_bar__minus_7_bar_1_bar__minus_30 - location
        loc_bar__minus_3_bar__minus_1_bar_3_bar__minus_30 - location
        loc_bar_0_bar__minus_8_bar_3_bar_15 - location
        loc_bar__minus_10_bar_0_bar_1_bar__minus_30 - location
        loc_bar_11_bar_2_bar_0_bar_45 - location
        loc_bar_11_bar__minus_2_bar_1_bar_0 - location
        loc_bar__minus_10_bar_4_bar_0_bar_60 - location
        loc_bar__minus_6_bar_12_bar_1_bar__minus_30 - location
        loc_bar_9_bar__minus_10_bar_3_bar__minus_30 - location
        loc_bar_4_bar__minus_8_bar_0_bar_0 - location
        )
(:init
        (atLocation agent1 loc_bar_4_bar__minus_8_bar_0_bar_0)
        (receptacleType Cabinet_bar__plus_02_dot_76_bar__plus_01_dot_15_bar__plus_01_dot_02 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_76_bar__plus_01_dot_15_bar__plus_01_dot_02 loc_bar__minus_3_bar_10_bar_2_bar__minus_30)
        (openable Cabinet_bar__plus_02_dot_76_bar__plus_01_dot_15_bar__plus_01_dot_02)
        (receptacleType Cabinet_bar__plus_02_dot_48_bar__plus_02_dot_13_bar__minus_01_dot_79 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_48_bar__plus_02_dot_13_bar__minus_01_dot_79 loc_bar_4_bar__minus_7_bar_1_bar_45)
        (openable Cabinet_bar__plus_02_dot_48_bar__plus_02_dot_13_bar__minus_01_dot_79)
        (receptacleType Cabinet_bar__minus_00_dot_23_bar__plus_01_dot_91_bar__plus_02_dot_60 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_23_bar__plus_01_dot_91_bar__plus_02_dot_60 loc_bar_3_bar_5_bar_1_bar_45)
        (openable Cabinet_bar__minus_00_dot_23_bar__plus_01_dot_91_bar__plus_02_dot_60)
        (receptacleType Cabinet_bar__plus_00_dot_86_bar__minus_01_dot_48_bar__plus_02_dot_04 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_86_bar__minus_01_dot_48_bar__plus_02_dot_04 loc_bar__minus_4_bar__minus_4_bar_3_bar_60)
        (openable Cabinet_bar__plus_00_dot_86_bar__minus_01_dot_48_bar__plus_02_dot_04)
        (receptacleType CounterTop_bar__minus_01_dot_92_bar__plus_02_dot_81_bar__plus_00_dot_66 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_01_dot_92_bar__plus_02_dot_81_bar__plus_00_dot_66 loc_bar_0_bar_2_bar_3_bar_60)
        (receptacleType CounterTop_bar__minus_00_dot_78_bar__plus_00_dot_77_bar__minus_02_dot_22 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_00_dot_78_bar__plus_00_dot_77_bar__minus_02_dot_22 loc_bar_10_bar_9_bar_1_bar_15)
        (receptacleType Drawer_bar__plus_02_dot_96_bar__plus_00_dot_38_bar__plus_01_dot_81 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_02_dot_96_bar__plus_00_dot_38_bar__plus_01_dot_81 loc_bar__minus_4_bar_2_bar_3_bar__minus_30)
        (openable Drawer_bar__plus_02_dot_96_bar__plus_00_dot_38_bar__plus_01_dot_81)
        (receptacleType Drawer_bar__plus_02_dot_31_bar__plus_00_dot_01_bar__plus_00_dot_40 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_02_dot_31_bar__plus_00_dot_01_bar__plus_00_dot_40 loc_bar__minus_1_bar_12_bar_1_bar_60)
        (openable Drawer_bar__plus_02_dot_31_bar__plus_00_dot_01_bar__plus_00_dot_40)
        (receptacleType Drawer_bar__plus_02_dot_17_bar__minus_01_dot_96_bar__minus_01_dot_36 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_02_dot_17_bar__minus_01_dot_96_bar__minus_01_dot_36 loc_bar_1_bar__minus_7_bar_1_bar__minus_30)
        (openable Drawer_bar__plus_02_dot_17_bar__minus_01_dot_96_bar__minus_01_dot_36)
        (receptacleType Fridge_bar__plus_00_dot_46_bar__plus_01_dot_83_bar__plus_00_dot_47 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_00_dot_46_bar__plus_01_dot_83_bar__plus_00_dot_47 loc_bar__minus_3_bar__minus_1_bar_3_bar__minus_30)
        (openable Fridge_bar__plus_00_dot_46_bar__plus_01_dot_83_bar__plus_00_dot_47)
        (receptacleType Microwave_bar__minus_00_dot_38_bar__plus_00_dot_47_bar__minus_00_dot_05 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_00_dot_38_bar__plus_00_dot_47_bar__minus_00_dot_05 loc_bar_0_bar__minus_8_bar_3_bar_15)
        (openable Microwave_bar__minus_00_dot_38_bar__plus_00_dot_47_bar__minus_00_dot_05)
        (receptacleType Sink_bar__plus_01_dot_19_bar__plus_02_dot_39_bar__minus_00_dot_69_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_01_dot_19_bar__plus_02_dot_39_bar__minus_00_dot_69_bar_SinkBasin loc_bar__minus_10_bar_0_bar_1_bar__minus_30)
        (receptacleType StoveBurner_bar__minus_01_dot_92_bar__minus_00_dot_64_bar__minus_01_dot_38 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_01_dot_92_bar__minus_00_dot_64_bar__minus_01_dot_38 loc_bar_11_bar_2_bar_0_bar_45)
        (receptacleType StoveBurner_bar__minus_02_dot_33_bar__plus_02_dot_48_bar__minus_02_dot_56 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_02_dot_33_bar__plus_02_dot_48_bar__minus_02_dot_56 loc_bar_11_bar__minus_2_bar_1_bar_0)
        (receptacleType GarbageCan_bar__minus_02_dot_62_bar__plus_01_dot_94_bar__plus_02_dot_31 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_02_dot_62_bar__plus_01_dot_94_bar__plus_02_dot_31 loc_bar__minus_10_bar_4_bar_0_bar_60)
        (receptacleType DiningTable_bar__plus_01_dot_27_bar__plus_00_dot_09_bar__plus_02_dot_97 DiningTableType)
        (receptacleAtLocation DiningTable_bar__plus_01_dot_27_bar__plus_00_dot_09_bar__plus_02_dot_97 loc_bar__minus_6_bar_12_bar_1_bar__minus_30)
        (receptacleType CoffeeMachine_bar__minus_00_dot_15_bar__minus_01_dot_30_bar__plus_01_dot_85 CoffeeMachineType)
        (receptacleAtLocation CoffeeMachine_bar__minus_00_dot_15_bar__minus_01_dot_30_bar__plus_01_dot_85 loc_bar_9_bar__minus_10_bar_3_bar__minus_30)
        (objectType Mug_bar__minus_01_dot_08_bar__minus_02_dot_20_bar__plus_02_dot_47 MugType)
        (inReceptacle Mug_bar__minus_01_dot_08_bar__minus_02_dot_20_bar__plus_02_dot_47 Sink_bar__plus_01_dot_19_bar__plus_02_dot_39_bar__minus_00_dot_69_bar_SinkBasin)
        (objectAtLocation Mug_bar__minus_01_dot_08_bar__minus_02_dot_20_bar__plus_02_dot_47 loc_bar__minus_10_bar_0_bar_1_bar__minus_30)
        (pickupable Mug_bar__minus_01_dot_08_bar__minus_02_dot_20_bar__plus_02_dot_47)
        (cleanable Mug_bar__minus_01_dot_08_bar__minus_02_dot_20_bar__plus_02_dot_47)
        (heatable Mug_bar__minus_01_dot_08_bar__minus_02_dot_20_bar__plus_02_dot_47)
        (coolable Mug_bar__minus_01_dot_08_bar__minus_02_dot_20_bar__plus_02_dot_47)
        (isReceptacleObject Mug_bar__minus_01_dot_08_bar__minus_02_dot_20_bar__plus_02_dot_47)
        (objectType Fork_bar__plus_02_dot_58_bar__plus_01_dot_43_bar__minus_00_dot_45 ForkType)
        (inReceptacle Fork_bar__plus_02_dot_58_bar__plus_01_dot_43_bar__minus_00_dot_45 CounterTop_bar__minus_01_dot_92_bar__plus_02_dot_81_bar__plus_00_dot_66)
        (objectAtLocation Fork_bar__plus_02_dot_58_bar__plus_01_dot_43_bar__minus_00_dot_45 loc_bar_0_bar_2_bar_3_bar_60)
        (pickupable Fork_bar__plus_02_dot_58_bar__plus_01_dot_43_bar__minus_00_dot_45)
        (cleanable Fork_bar__plus_02_dot_58_bar__plus_01_dot_43_bar__minus_00_dot_45)
        (objectType WineBottle_bar__plus_01_dot_08_bar__plus_02_dot_53_bar__minus_00_dot_47 WineBottleType)
        (inReceptacle WineBottle_bar__plus_01_dot_08_bar__plus_02_dot_53_bar__minus_00_dot_47 CounterTop_bar__minus_00_dot_78_bar__plus_00_dot_77_bar__minus_02_dot_22)
        (objectAtLocation WineBottle_bar__plus_01_dot_08_bar__plus_02_dot_53_bar__minus_00_dot_47 loc_bar_10_bar_9_bar_1_bar_15)
        (pickupable WineBottle_bar__plus_01_dot_08_bar__plus_02_dot_53_bar__minus_00_dot_47)
        (coolable WineBottle_bar__plus_01_dot_08_bar__plus_02_dot_53_bar__minus_00_dot_47)
        (objectType ButterKnife_bar__minus_00_dot_19_bar__minus_01_dot_40_bar__plus_02_dot_61 ButterKnifeType)
        (inReceptacle ButterKnife_bar__minus_00_dot_19_bar__minus_01_dot_40_bar__plus_02_dot_61 CounterTop_bar__minus_01_dot_92_bar__plus_02_dot_81_bar__plus_00_dot_66)
        (objectAtLocation ButterKnife_bar__minus_00_dot_19_bar__minus_01_dot_40_bar__plus_02_dot_61 loc_bar_0_bar_2_bar_3_bar_60)
        (pickupable ButterKnife_bar__minus_00_dot_19_bar__minus_01_dot_40_bar__plus_02_dot_61)
        (cleanable ButterKnife_bar__minus_00_dot_19_bar__minus_01_dot_40_bar__plus_02_dot_61)
        (objectType PaperTowel_bar__minus_00_dot_24_bar__plus_00_dot_04_bar__minus_02_dot_21 PaperTowelType)
        (inReceptacle PaperTowel_bar__minus_00_dot_24_bar__plus_00_dot_04_bar__minus_02_dot_21 CounterTop_bar__minus_01_dot_92_bar__plus_02_dot_81_bar__plus_00_dot_66)
        (objectAtLocation PaperTowel_bar__minus_00_dot_24_bar__plus_00_dot_04_bar__minus_02_dot_21 loc_bar_0_bar_2_bar_3_bar_60)
        (pickupable PaperTowel_bar__minus_00_dot_24_bar__plus_00_dot_04_bar__minus_02_dot_21)
        (objectType PaperTowel_bar__plus_02_dot_12_bar__minus_01_dot_05_bar__minus_01_dot_84 PaperTowelType)
        (inReceptacle PaperTowel_bar__plus_02_dot_12_bar__minus_01_dot_05_bar__minus_01_dot_84 CounterTop_bar__minus_00_dot_78_bar__plus_00_dot_77_bar__minus_02_dot_22)
        (objectAtLocation PaperTowel_bar__plus_02_dot_12_bar__minus_01_dot_05_bar__minus_01_dot_84 loc_bar_10_bar_9_bar_1_bar_15)
        (pickupable PaperTowel_bar__plus_02_dot_12_bar__minus_01_dot_05_bar__minus_01_dot_84)
        (objectType PepperShaker_bar__minus_01_dot_91_bar__minus_01_dot_85_bar__minus_00_dot_80 PepperShakerType)
        (inReceptacle PepperShaker_bar__minus_01_dot_91_bar__minus_01_dot_85_bar__minus_00_dot_80 CounterTop_bar__minus_01_dot_92_bar__plus_02_dot_81_bar__plus_00_dot_66)
        (objectAtLocation PepperShaker_bar__minus_01_dot_91_bar__minus_01_dot_85_bar__minus_00_dot_80 loc_bar_0_bar_2_bar_3_bar_60)
        (pickupable PepperShaker_bar__minus_01_dot_91_bar__minus_01_dot_85_bar__minus_00_dot_80)
        (objectType Egg_bar__minus_02_dot_29_bar__minus_01_dot_77_bar__minus_00_dot_19 EggType)
        (inReceptacle Egg_bar__minus_02_dot_29_bar__minus_01_dot_77_bar__minus_00_dot_19 Microwave_bar__minus_00_dot_38_bar__plus_00_dot_47_bar__minus_00_dot_05)
        (objectAtLocation Egg_bar__minus_02_dot_29_bar__minus_01_dot_77_bar__minus_00_dot_19 loc_bar_0_bar__minus_8_bar_3_bar_15)
        (pickupable Egg_bar__minus_02_dot_29_bar__minus_01_dot_77_bar__minus_00_dot_19)
        (cleanable Egg_bar__minus_02_dot_29_bar__minus_01_dot_77_bar__minus_00_dot_19)
        (heatable Egg_bar__minus_02_dot_29_bar__minus_01_dot_77_bar__minus_00_dot_19)
        (coolable Egg_bar__minus_02_dot_29_bar__minus_01_dot_77_bar__minus_00_dot_19)
        (objectType Tomato_bar__plus_02_dot_77_bar__minus_02_dot_36_bar__minus_00_dot_10 TomatoType)
        (inReceptacle Tomato_bar__plus_02_dot_77_bar__minus_02_dot_36_bar__minus_00_dot_10 CounterTop_bar__minus_01_dot_92_bar__plus_02_dot_81_bar__plus_00_dot_66)
        (objectAtLocation Tomato_bar__plus_02_dot_77_bar__minus_02_dot_36_bar__minus_00_dot_10 loc_bar_0_bar_2_bar_3_bar_60)
        (pickupable Tomato_bar__plus_02_dot_77_bar__minus_02_dot_36_bar__minus_00_dot_10)
        (cleanable Tomato_bar__plus_02_dot_77_bar__minus_02_dot_36_bar__minus_00_dot_10)
        (heatable Tomato_bar__plus_02_dot_77_bar__minus_02_dot_36_bar__minus_00_dot_10)
        (coolable Tomato_bar__plus_02_dot_77_bar__minus_02_dot_36_bar__minus_00_dot_10)
        (canContain CabinetType MugType)
        (canContain CabinetType PepperShakerType)
        (canContain CabinetType WineBottleType)
        (canContain CoffeeMachineType MugType)
        (canContain CounterTopType ButterKnifeType)
        (canContain CounterTopType EggType)
        (canContain CounterTopType ForkType)
        (canContain CounterTopType MugType)
        (canContain CounterTopType PaperTowelType)
        (canContain CounterTopType PepperShakerType)
        (canContain CounterTopType TomatoType)
        (canContain CounterTopType WineBottleType)
        (canContain DiningTableType ButterKnifeType)
        (canContain DiningTableType EggType)
        (canContain DiningTableType ForkType)
        (canContain DiningTableType MugType)
        (canContain DiningTableType PaperTowelType)
        (canContain DiningTableType PepperShakerType)
        (canContain DiningTableType TomatoType)
        (canContain DiningTableType WineBottleType)
        (canContain DrawerType ButterKnifeType)
        (canContain DrawerType ForkType)
        (canContain DrawerType PepperShakerType)
        (canContain FridgeType EggType)
        (canContain FridgeType MugType)
        (canContain FridgeType TomatoType)
        (canContain FridgeType WineBottleType)
        (canContain GarbageCanType EggType)
        (canContain GarbageCanType PaperTowelType)
        (canContain GarbageCanType TomatoType)
        (canContain GarbageCanType WineBottleType)
        (canContain MicrowaveType EggType)
        (canContain MicrowaveType MugType)
        (canContain MicrowaveType TomatoType)
        (canContain SinkBasinType ButterKnifeType)
        (canContain SinkBasinType EggType)
        (canContain SinkBasinType ForkType)
        (canContain SinkBasinType MugType)
        (canContain SinkBasinType TomatoType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (heatable ?o)
                            (objectType ?o MugType)
                            (receptacleType ?r FridgeType)
                            (isHot ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
