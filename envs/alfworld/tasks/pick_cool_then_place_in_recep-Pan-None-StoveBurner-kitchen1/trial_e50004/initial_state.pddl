(define (problem plan_trial_e50004)
(:domain alfred)
(:objects
        agent1 - agent
        BreadType - otype
        EggType - otype
        KnifeType - otype
        LettuceType - otype
        MugType - otype
        PanType - otype
        PepperShakerType - otype
        SpoonType - otype
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
        Pan_bar__plus_01_dot_24_bar__minus_00_dot_71_bar__minus_01_dot_48 - object
        Pan_bar__minus_01_dot_78_bar__minus_00_dot_86_bar__plus_02_dot_05 - object
        Bread_bar__plus_02_dot_87_bar__plus_01_dot_21_bar__plus_02_dot_11 - object
        Spoon_bar__minus_00_dot_57_bar__plus_01_dot_23_bar__minus_00_dot_92 - object
        Lettuce_bar__plus_02_dot_54_bar__plus_00_dot_20_bar__plus_00_dot_37 - object
        PepperShaker_bar__plus_01_dot_78_bar__minus_01_dot_20_bar__plus_02_dot_98 - object
        PepperShaker_bar__plus_01_dot_24_bar__minus_02_dot_82_bar__plus_01_dot_47 - object
        Knife_bar__plus_00_dot_05_bar__plus_00_dot_69_bar__plus_02_dot_53 - object
        Mug_bar__plus_01_dot_49_bar__minus_01_dot_17_bar__minus_02_dot_50 - object
        WineBottle_bar__minus_02_dot_95_bar__plus_00_dot_23_bar__plus_00_dot_98 - object
        Egg_bar__minus_00_dot_06_bar__plus_02_dot_72_bar__plus_01_dot_29 - object
        Egg_bar__minus_00_dot_33_bar__plus_01_dot_41_bar__minus_02_dot_56 - object
        Cabinet_bar__plus_02_dot_88_bar__minus_01_dot_16_bar__minus_02_dot_31 - receptacle
        Cabinet_bar__plus_01_dot_26_bar__plus_00_dot_95_bar__plus_02_dot_50 - receptacle
        Cabinet_bar__minus_01_dot_67_bar__plus_00_dot_00_bar__minus_00_dot_57 - receptacle
        Cabinet_bar__minus_00_dot_17_bar__minus_01_dot_76_bar__minus_01_dot_62 - receptacle
        CounterTop_bar__plus_01_dot_28_bar__plus_02_dot_42_bar__minus_00_dot_52 - receptacle
        CounterTop_bar__minus_00_dot_63_bar__minus_02_dot_78_bar__plus_02_dot_90 - receptacle
        Drawer_bar__plus_01_dot_37_bar__plus_01_dot_05_bar__plus_02_dot_75 - receptacle
        Drawer_bar__minus_02_dot_78_bar__minus_01_dot_12_bar__plus_01_dot_00 - receptacle
        Drawer_bar__minus_00_dot_67_bar__plus_02_dot_23_bar__minus_02_dot_62 - receptacle
        Fridge_bar__plus_00_dot_04_bar__plus_00_dot_63_bar__minus_01_dot_25 - receptacle
        Microwave_bar__minus_00_dot_35_bar__plus_03_dot_00_bar__plus_02_dot_68 - receptacle
        Sink_bar__minus_01_dot_87_bar__plus_00_dot_16_bar__minus_01_dot_61_bar_SinkBasin - receptacle
        StoveBurner_bar__plus_00_dot_94_bar__minus_01_dot_97_bar__minus_01_dot_29 - receptacle
        StoveBurner_bar__minus_00_dot_07_bar__plus_02_dot_74_bar__plus_02_dot_65 - receptacle
        GarbageCan_bar__plus_01_dot_02_bar__plus_02_dot_68_bar__plus_00_dot_31 - receptacle
        DiningTable_bar__minus_00_dot_23_bar__minus_01_dot_23_bar__minus_02_dot_15 - receptacle
        CoffeeMachine_bar__minus_01_dot_99_bar__minus_00_dot_86_bar__minus_00_dot_32 - receptacle
        loc_bar_2_bar_10_bar_2_bar_45 - location
        loc_bar__minus_3_bar__minus_9_bar_1_bar_60 - location
        loc_bar_12_bar_9_bar_1_bar_30 - location
        loc_bar__minus_1_bar_1_bar_3_bar_15 - location
        loc_bar_5_bar_8_bar_0_bar_60 - location
        loc_bar_9_bar__minus_8_bar_2_bar_0 - location
        loc_bar_7_bar__minus_12_bar_1_bar_45 - location
        loc_bar__minus_3_bar_5_bar_1_bar__minus_30 - location
        loc_bar_7_bar_6_bar_2_bar_45 - location
        loc_bar_9_bar__minus_9_bar_0_bar_45 - location
        loc_bar_0_bar__minus_5_bar_0_bar_0 - location
        loc_bar_10_bar__minus_2_bar_1_bar_60 - location
        loc_bar_2_bar_11_bar_0_bar__minus_30 - location
        loc_bar_6_bar_8_bar_2_bar__minus_30 - location
        loc_bar__minus_1_bar__minus_10_bar_1_bar_60 - location
        loc_bar__minus_12_bar__minus_4_bar_3_bar_60 - location
        loc_bar__minus_3_bar_8_bar_2_bar_0 - location
        loc_bar_12_bar__minus_4_bar_3_bar_0 - location
        )
(:init
        (atLocation agent1 loc_bar_12_bar__minus_4_bar_3_bar_0)
        (receptacleType Cabinet_bar__plus_02_dot_88_bar__minus_01_dot_16_bar__minus_02_dot_31 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_88_bar__minus_01_dot_16_bar__minus_02_dot_31 loc_bar_2_bar_10_bar_2_bar_45)
        (openable Cabinet_bar__plus_02_dot_88_bar__minus_01_dot_16_bar__minus_02_dot_31)
        (receptacleType Cabinet_bar__plus_01_dot_26_bar__plus_00_dot_95_bar__plus_02_dot_50 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_26_bar__plus_00_dot_95_bar__plus_02_dot_50 loc_bar__minus_3_bar__minus_9_bar_1_bar_60)
        (openable Cabinet_bar__plus_01_dot_26_bar__plus_00_dot_95_bar__plus_02_dot_50)
        (receptacleType Cabinet_bar__minus_01_dot_67_bar__plus_00_dot_00_bar__minus_00_dot_57 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_67_bar__plus_00_dot_00_bar__minus_00_dot_57 loc_bar_12_bar_9_bar_1_bar_30)
        (openable Cabinet_bar__minus_01_dot_67_bar__plus_00_dot_00_bar__minus_00_dot_57)
        (receptacleType Cabinet_bar__minus_00_dot_17_bar__minus_01_dot_76_bar__minus_01_dot_62 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_17_bar__minus_01_dot_76_bar__minus_01_dot_62 loc_bar__minus_1_bar_1_bar_3_bar_15)
        (openable Cabinet_bar__minus_00_dot_17_bar__minus_01_dot_76_bar__minus_01_dot_62)
        (receptacleType CounterTop_bar__plus_01_dot_28_bar__plus_02_dot_42_bar__minus_00_dot_52 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_01_dot_28_bar__plus_02_dot_42_bar__minus_00_dot_52 loc_bar_5_bar_8_bar_0_bar_60)
        (receptacleType CounterTop_bar__minus_00_dot_63_bar__minus_02_dot_78_bar__plus_02_dot_90 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_00_dot_63_bar__minus_02_dot_78_bar__plus_02_dot_90 loc_bar_9_bar__minus_8_bar_2_bar_0)
        (receptacleType Drawer_bar__plus_01_dot_37_bar__plus_01_dot_05_bar__plus_02_dot_75 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_37_bar__plus_01_dot_05_bar__plus_02_dot_75 loc_bar_7_bar__minus_12_bar_1_bar_45)
        (openable Drawer_bar__plus_01_dot_37_bar__plus_01_dot_05_bar__plus_02_dot_75)
        (receptacleType Drawer_bar__minus_02_dot_78_bar__minus_01_dot_12_bar__plus_01_dot_00 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_02_dot_78_bar__minus_01_dot_12_bar__plus_01_dot_00 loc_bar__minus_3_bar_5_bar_1_bar__minus_30)
        (openable Drawer_bar__minus_02_dot_78_bar__minus_01_dot_12_bar__plus_01_dot_00)
        (receptacleType Drawer_bar__minus_00_dot_67_bar__plus_02_dot_23_bar__minus_02_dot_62 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_00_dot_67_bar__plus_02_dot_23_bar__minus_02_dot_62 loc_bar_7_bar_6_bar_2_bar_45)
        (openable Drawer_bar__minus_00_dot_67_bar__plus_02_dot_23_bar__minus_02_dot_62)
        (receptacleType Fridge_bar__plus_00_dot_04_bar__plus_00_dot_63_bar__minus_01_dot_25 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_00_dot_04_bar__plus_00_dot_63_bar__minus_01_dot_25 loc_bar_9_bar__minus_9_bar_0_bar_45)
        (openable Fridge_bar__plus_00_dot_04_bar__plus_00_dot_63_bar__minus_01_dot_25)
        (receptacleType Microwave_bar__minus_00_dot_35_bar__plus_03_dot_00_bar__plus_02_dot_68 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_00_dot_35_bar__plus_03_dot_00_bar__plus_02_dot_68 loc_bar_0_bar__minus_5_bar_0_bar_0)
        (openable Microwave_bar__minus_00_dot_35_bar__plus_03_dot_00_bar__plus_02_dot_68)
        (receptacleType Sink_bar__minus_01_dot_87_bar__plus_00_dot_16_bar__minus_01_dot_61_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_01_dot_87_bar__plus_00_dot_16_bar__minus_01_dot_61_bar_SinkBasin loc_bar_10_bar__minus_2_bar_1_bar_60)
        (receptacleType StoveBurner_bar__plus_00_dot_94_bar__minus_01_dot_97_bar__minus_01_dot_29 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_00_dot_94_bar__minus_01_dot_97_bar__minus_01_dot_29 loc_bar_2_bar_11_bar_0_bar__minus_30)
        (receptacleType StoveBurner_bar__minus_00_dot_07_bar__plus_02_dot_74_bar__plus_02_dot_65 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_00_dot_07_bar__plus_02_dot_74_bar__plus_02_dot_65 loc_bar_6_bar_8_bar_2_bar__minus_30)
        (receptacleType GarbageCan_bar__plus_01_dot_02_bar__plus_02_dot_68_bar__plus_00_dot_31 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_01_dot_02_bar__plus_02_dot_68_bar__plus_00_dot_31 loc_bar__minus_1_bar__minus_10_bar_1_bar_60)
        (receptacleType DiningTable_bar__minus_00_dot_23_bar__minus_01_dot_23_bar__minus_02_dot_15 DiningTableType)
        (receptacleAtLocation DiningTable_bar__minus_00_dot_23_bar__minus_01_dot_23_bar__minus_02_dot_15 loc_bar__minus_12_bar__minus_4_bar_3_bar_60)
        (receptacleType CoffeeMachine_bar__minus_01_dot_99_bar__minus_00_dot_86_bar__minus_00_dot_32 CoffeeMachineType)
        (receptacleAtLocation CoffeeMachine_bar__minus_01_dot_99_bar__minus_00_dot_86_bar__minus_00_dot_32 loc_bar__minus_3_bar_8_bar_2_bar_0)
        (objectType Pan_bar__plus_01_dot_24_bar__minus_00_dot_71_bar__minus_01_dot_48 PanType)
        (inReceptacle Pan_bar__plus_01_dot_24_bar__minus_00_dot_71_bar__minus_01_dot_48 DiningTable_bar__minus_00_dot_23_bar__minus_01_dot_23_bar__minus_02_dot_15)
        (objectAtLocation Pan_bar__plus_01_dot_24_bar__minus_00_dot_71_bar__minus_01_dot_48 loc_bar__minus_12_bar__minus_4_bar_3_bar_60)
        (pickupable Pan_bar__plus_01_dot_24_bar__minus_00_dot_71_bar__minus_01_dot_48)
        (cleanable Pan_bar__plus_01_dot_24_bar__minus_00_dot_71_bar__minus_01_dot_48)
        (coolable Pan_bar__plus_01_dot_24_bar__minus_00_dot_71_bar__minus_01_dot_48)
        (isReceptacleObject Pan_bar__plus_01_dot_24_bar__minus_00_dot_71_bar__minus_01_dot_48)
        (objectType Pan_bar__minus_01_dot_78_bar__minus_00_dot_86_bar__plus_02_dot_05 PanType)
        (inReceptacle Pan_bar__minus_01_dot_78_bar__minus_00_dot_86_bar__plus_02_dot_05 Sink_bar__minus_01_dot_87_bar__plus_00_dot_16_bar__minus_01_dot_61_bar_SinkBasin)
        (objectAtLocation Pan_bar__minus_01_dot_78_bar__minus_00_dot_86_bar__plus_02_dot_05 loc_bar_10_bar__minus_2_bar_1_bar_60)
        (pickupable Pan_bar__minus_01_dot_78_bar__minus_00_dot_86_bar__plus_02_dot_05)
        (cleanable Pan_bar__minus_01_dot_78_bar__minus_00_dot_86_bar__plus_02_dot_05)
        (coolable Pan_bar__minus_01_dot_78_bar__minus_00_dot_86_bar__plus_02_dot_05)
        (isReceptacleObject Pan_bar__minus_01_dot_78_bar__minus_00_dot_86_bar__plus_02_dot_05)
        (objectType Bread_bar__plus_02_dot_87_bar__plus_01_dot_21_bar__plus_02_dot_11 BreadType)
        (inReceptacle Bread_bar__plus_02_dot_87_bar__plus_01_dot_21_bar__plus_02_dot_11 Microwave_bar__minus_00_dot_35_bar__plus_03_dot_00_bar__plus_02_dot_68)
        (objectAtLocation Bread_bar__plus_02_dot_87_bar__plus_01_dot_21_bar__plus_02_dot_11 loc_bar_0_bar__minus_5_bar_0_bar_0)
        (pickupable Bread_bar__plus_02_dot_87_bar__plus_01_dot_21_bar__plus_02_dot_11)
        (heatable Bread_bar__plus_02_dot_87_bar__plus_01_dot_21_bar__plus_02_dot_11)
        (coolable Bread_bar__plus_02_dot_87_bar__plus_01_dot_21_bar__plus_02_dot_11)
        (objectType Spoon_bar__minus_00_dot_57_bar__plus_01_dot_23_bar__minus_00_dot_92 SpoonType)
        (inReceptacle Spoon_bar__minus_00_dot_57_bar__plus_01_dot_23_bar__minus_00_dot_92 DiningTable_bar__minus_00_dot_23_bar__minus_01_dot_23_bar__minus_02_dot_15)
        (objectAtLocation Spoon_bar__minus_00_dot_57_bar__plus_01_dot_23_bar__minus_00_dot_92 loc_bar__minus_12_bar__minus_4_bar_3_bar_60)
        (pickupable Spoon_bar__minus_00_dot_57_bar__plus_01_dot_23_bar__minus_00_dot_92)
        (cleanable Spoon_bar__minus_00_dot_57_bar__plus_01_dot_23_bar__minus_00_dot_92)
        (objectType Lettuce_bar__plus_02_dot_54_bar__plus_00_dot_20_bar__plus_00_dot_37 LettuceType)
        (inReceptacle Lettuce_bar__plus_02_dot_54_bar__plus_00_dot_20_bar__plus_00_dot_37 Fridge_bar__plus_00_dot_04_bar__plus_00_dot_63_bar__minus_01_dot_25)
        (objectAtLocation Lettuce_bar__plus_02_dot_54_bar__plus_00_dot_20_bar__plus_00_dot_37 loc_bar_9_bar__minus_9_bar_0_bar_45)
        (pickupable Lettuce_bar__plus_02_dot_54_bar__plus_00_dot_20_bar__plus_00_dot_37)
        (cleanable Lettuce_bar__plus_02_dot_54_bar__plus_00_dot_20_bar__plus_00_dot_37)
        (coolable Lettuce_bar__plus_02_dot_54_bar__plus_00_dot_20_bar__plus_00_dot_37)
        (objectType PepperShaker_bar__plus_01_dot_78_bar__minus_01_dot_20_bar__plus_02_dot_98 PepperShakerType)
        (inReceptacle PepperShaker_bar__plus_01_dot_78_bar__minus_01_dot_20_bar__plus_02_dot_98 DiningTable_bar__minus_00_dot_23_bar__minus_01_dot_23_bar__minus_02_dot_15)
        (objectAtLocation PepperShaker_bar__plus_01_dot_78_bar__minus_01_dot_20_bar__plus_02_dot_98 loc_bar__minus_12_bar__minus_4_bar_3_bar_60)
        (pickupable PepperShaker_bar__plus_01_dot_78_bar__minus_01_dot_20_bar__plus_02_dot_98)
        (objectType PepperShaker_bar__plus_01_dot_24_bar__minus_02_dot_82_bar__plus_01_dot_47 PepperShakerType)
        (inReceptacle PepperShaker_bar__plus_01_dot_24_bar__minus_02_dot_82_bar__plus_01_dot_47 Cabinet_bar__minus_00_dot_17_bar__minus_01_dot_76_bar__minus_01_dot_62)
        (objectAtLocation PepperShaker_bar__plus_01_dot_24_bar__minus_02_dot_82_bar__plus_01_dot_47 loc_bar__minus_1_bar_1_bar_3_bar_15)
        (pickupable PepperShaker_bar__plus_01_dot_24_bar__minus_02_dot_82_bar__plus_01_dot_47)
        (objectType Knife_bar__plus_00_dot_05_bar__plus_00_dot_69_bar__plus_02_dot_53 KnifeType)
        (inReceptacle Knife_bar__plus_00_dot_05_bar__plus_00_dot_69_bar__plus_02_dot_53 Sink_bar__minus_01_dot_87_bar__plus_00_dot_16_bar__minus_01_dot_61_bar_SinkBasin)
        (objectAtLocation Knife_bar__plus_00_dot_05_bar__plus_00_dot_69_bar__plus_02_dot_53 loc_bar_10_bar__minus_2_bar_1_bar_60)
        (pickupable Knife_bar__plus_00_dot_05_bar__plus_00_dot_69_bar__plus_02_dot_53)
        (cleanable Knife_bar__plus_00_dot_05_bar__plus_00_dot_69_bar__plus_02_dot_53)
        (objectType Mug_bar__plus_01_dot_49_bar__minus_01_dot_17_bar__minus_02_dot_50 MugType)
        (inReceptacle Mug_bar__plus_01_dot_49_bar__minus_01_dot_17_bar__minus_02_dot_50 Microwave_bar__minus_00_dot_35_bar__plus_03_dot_00_bar__plus_02_dot_68)
        (objectAtLocation Mug_bar__plus_01_dot_49_bar__minus_01_dot_17_bar__minus_02_dot_50 loc_bar_0_bar__minus_5_bar_0_bar_0)
        (pickupable Mug_bar__plus_01_dot_49_bar__minus_01_dot_17_bar__minus_02_dot_50)
        (cleanable Mug_bar__plus_01_dot_49_bar__minus_01_dot_17_bar__minus_02_dot_50)
        (heatable Mug_bar__plus_01_dot_49_bar__minus_01_dot_17_bar__minus_02_dot_50)
        (coolable Mug_bar__plus_01_dot_49_bar__minus_01_dot_17_bar__minus_02_dot_50)
        (isReceptacleObject Mug_bar__plus_01_dot_49_bar__minus_01_dot_17_bar__minus_02_dot_50)
        (objectType WineBottle_bar__minus_02_dot_95_bar__plus_00_dot_23_bar__plus_00_dot_98 WineBottleType)
        (inReceptacle WineBottle_bar__minus_02_dot_95_bar__plus_00_dot_23_bar__plus_00_dot_98 Cabinet_bar__plus_01_dot_26_bar__plus_00_dot_95_bar__plus_02_dot_50)
        (objectAtLocation WineBottle_bar__minus_02_dot_95_bar__plus_00_dot_23_bar__plus_00_dot_98 loc_bar__minus_3_bar__minus_9_bar_1_bar_60)
        (pickupable WineBottle_bar__minus_02_dot_95_bar__plus_00_dot_23_bar__plus_00_dot_98)
        (coolable WineBottle_bar__minus_02_dot_95_bar__plus_00_dot_23_bar__plus_00_dot_98)
        (objectType Egg_bar__minus_00_dot_06_bar__plus_02_dot_72_bar__plus_01_dot_29 EggType)
        (inReceptacle Egg_bar__minus_00_dot_06_bar__plus_02_dot_72_bar__plus_01_dot_29 Microwave_bar__minus_00_dot_35_bar__plus_03_dot_00_bar__plus_02_dot_68)
        (objectAtLocation Egg_bar__minus_00_dot_06_bar__plus_02_dot_72_bar__plus_01_dot_29 loc_bar_0_bar__minus_5_bar_0_bar_0)
        (pickupable Egg_bar__minus_00_dot_06_bar__plus_02_dot_72_bar__plus_01_dot_29)
        (cleanable Egg_bar__minus_00_dot_06_bar__plus_02_dot_72_bar__plus_01_dot_29)
        (heatable Egg_bar__minus_00_dot_06_bar__plus_02_dot_72_bar__plus_01_dot_29)
        (coolable Egg_bar__minus_00_dot_06_bar__plus_02_dot_72_bar__plus_01_dot_29)
        (objectType Egg_bar__minus_00_dot_33_bar__plus_01_dot_41_bar__minus_02_dot_56 EggType)
        (inReceptacle Egg_bar__minus_00_dot_33_bar__plus_01_dot_41_bar__minus_02_dot_56 Fridge_bar__plus_00_dot_04_bar__plus_00_dot_63_bar__minus_01_dot_25)
        (objectAtLocation Egg_bar__minus_00_dot_33_bar__plus_01_dot_41_bar__minus_02_dot_56 loc_bar_9_bar__minus_9_bar_0_bar_45)
        (pickupable Egg_bar__minus_00_dot_33_bar__plus_01_dot_41_bar__minus_02_dot_56)
        (cleanable Egg_bar__minus_00_dot_33_bar__plus_01_dot_41_bar__minus_02_dot_56)
        (heatable Egg_bar__minus_00_dot_33_bar__plus_01_dot_41_bar__minus_02_dot_56)
        (coolable Egg_bar__minus_00_dot_33_bar__plus_01_dot_41_bar__minus_02_dot_56)
        (canContain CabinetType MugType)
        (canContain CabinetType PanType)
        (canContain CabinetType PepperShakerType)
        (canContain CabinetType WineBottleType)
        (canContain CoffeeMachineType MugType)
        (canContain CounterTopType BreadType)
        (canContain CounterTopType EggType)
        (canContain CounterTopType KnifeType)
        (canContain CounterTopType LettuceType)
        (canContain CounterTopType MugType)
        (canContain CounterTopType PanType)
        (canContain CounterTopType PepperShakerType)
        (canContain CounterTopType SpoonType)
        (canContain CounterTopType WineBottleType)
        (canContain DiningTableType BreadType)
        (canContain DiningTableType EggType)
        (canContain DiningTableType KnifeType)
        (canContain DiningTableType LettuceType)
        (canContain DiningTableType MugType)
        (canContain DiningTableType PanType)
        (canContain DiningTableType PepperShakerType)
        (canContain DiningTableType SpoonType)
        (canContain DiningTableType WineBottleType)
        (canContain DrawerType KnifeType)
        (canContain DrawerType PepperShakerType)
        (canContain DrawerType SpoonType)
        (canContain FridgeType BreadType)
        (canContain FridgeType EggType)
        (canContain FridgeType LettuceType)
        (canContain FridgeType MugType)
        (canContain FridgeType PanType)
        (canContain FridgeType WineBottleType)
        (canContain GarbageCanType BreadType)
        (canContain GarbageCanType EggType)
        (canContain GarbageCanType LettuceType)
        (canContain GarbageCanType WineBottleType)
        (canContain MicrowaveType BreadType)
        (canContain MicrowaveType EggType)
        (canContain MicrowaveType MugType)
        (canContain SinkBasinType EggType)
        (canContain SinkBasinType KnifeType)
        (canContain SinkBasinType LettuceType)
        (canContain SinkBasinType MugType)
        (canContain SinkBasinType PanType)
        (canContain SinkBasinType SpoonType)
        (canContain StoveBurnerType PanType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (coolable ?o)
                            (objectType ?o PanType)
                            (receptacleType ?r StoveBurnerType)
                            (isCool ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
