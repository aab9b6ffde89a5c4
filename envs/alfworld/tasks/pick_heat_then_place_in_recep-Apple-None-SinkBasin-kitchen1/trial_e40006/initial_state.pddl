(define (problem plan_trial_e40006)
(:domain alfred)
(:objects
        agent1 - agent
        AppleType - otype
        BreadType - otype
        DishSpongeType - otype
        KettleType - otype
        MugType - otype
        PlateType - otype
        SaltShakerType - otype
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
        Apple_bar__minus_00_dot_82_bar__minus_00_dot_36_bar__minus_02_dot_58 - object
        Mug_bar__minus_02_dot_03_bar__plus_01_dot_24_bar__minus_01_dot_93 - object
        Plate_bar__plus_02_dot_76_bar__plus_02_dot_62_bar__minus_00_dot_24 - object
        WineBottle_bar__plus_01_dot_80_bar__minus_00_dot_98_bar__minus_01_dot_56 - object
        Kettle_bar__minus_02_dot_07_bar__minus_01_dot_87_bar__minus_01_dot_70 - object
        Bread_bar__minus_02_dot_41_bar__plus_01_dot_96_bar__plus_01_dot_53 - object
        SaltShaker_bar__minus_01_dot_71_bar__plus_00_dot_61_bar__minus_00_dot_28 - object
        DishSponge_bar__minus_02_dot_54_bar__minus_00_dot_36_bar__minus_01_dot_95 - object
        Cabinet_bar__plus_00_dot_25_bar__minus_01_dot_32_bar__minus_02_dot_57 - receptacle
        Cabinet_bar__minus_02_dot_30_bar__minus_00_dot_92_bar__minus_01_dot_74 - receptacle
        Cabinet_bar__plus_00_dot_59_bar__plus_00_dot_69_bar__minus_00_dot_71 - receptacle
        Cabinet_bar__plus_02_dot_44_bar__plus_00_dot_27_bar__plus_01_dot_28 - receptacle
        CounterTop_bar__plus_01_dot_81_bar__minus_02_dot_71_bar__minus_01_dot_24 - receptacle
        CounterTop_bar__plus_01_dot_83_bar__plus_00_dot_18_bar__plus_02_dot_98 - receptacle
        Drawer_bar__minus_00_dot_31_bar__minus_01_dot_12_bar__plus_01_dot_62 - receptacle
        Drawer_bar__minus_01_dot_58_bar__minus_01_dot_11_bar__plus_00_dot_91 - receptacle
        Drawer_bar__plus_00_dot_49_bar__plus_01_dot_73_bar__plus_01_dot_63 - receptacle
        Fridge_bar__minus_01_dot_40_bar__plus_02_dot_23_bar__minus_02_dot_54 - receptacle
        Microwave_bar__plus_00_dot_68_bar__minus_00_dot_62_bar__plus_00_dot_49 - receptacle
        Sink_bar__minus_01_dot_03_bar__plus_01_dot_96_bar__plus_01_dot_78_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_00_dot_88_bar__minus_01_dot_40_bar__plus_01_dot_11 - receptacle
        StoveBurner_bar__minus_00_dot_92_bar__minus_02_dot_06_bar__plus_01_dot_08 - receptacle
        GarbageCan_bar__plus_01_dot_88_bar__plus_01_dot_10_bar__plus_02_dot_86 - receptacle
        DiningTable_bar__plus_01_dot_72_bar__plus_02_dot_76_bar__plus_00_dot_99 - receptacle
        CoffeeMachine_bar__minus_02_dot_72_bar__minus_01_dot_42_bar__minus_02_dot_16 - receptacle
        loc_bar_11_bar_8_bar_0_bar__minus_30 - location
        loc_bar__minus_3_bar_7_bar_1_bar_0 - location
        loc_bar__minus_8_bar_9_bar_3_bar_60 - location
        loc_bar_11_bar__minus_8_bar_1_bar_30 - location
        loc_bar__minus_5_bar__minus_3_bar_3_bar_45 - location
        loc_bar__minus_7_bar_0_bar_1_bar_45 - location
        loc_bar__minus_2_bar__minus_6_bar_2_bar_45 - location
        loc_bar__minus_1_bar__minus_7_bar_2_bar_15 - location
        loc_bar_9_bar__minus_5_bar_0_bar_30 - location
        loc_bar__minus_10_bar__minus_6_bar_1_bar_15 - location
        loc_bar_12_bar_3_bar_3_bar_30 - location
        loc_bar_6_bar_5_bar_3_bar_30 - location
        loc_bar__minus_4_bar_7_bar_2_bar_60 - location
        loc_bar__minus_6_bar__minus_10_bar_1_bar_0 - location
        loc_bar_2_bar_0_bar_1_bar_45 - location
        loc_bar_6_bar_10_bar_0_bar_30 - location
        loc_bar_7_bar__minus_7_bar_2_bar_0 - location
        loc_bar_3_bar__minus_6_bar_2_bar_60 - location
        )
(:init
        (atLocation agent1 loc_bar_3_bar__minus_6_bar_2_bar_60)
        (receptacleType Cabinet_bar__plus_00_dot_25_bar__minus_01_dot_32_bar__minus_02_dot_57 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_25_bar__minus_01_dot_32_bar__minus_02_dot_57 loc_bar_11_bar_8_bar_0_bar__minus_30)
        (openable Cabinet_bar__plus_00_dot_25_bar__minus_01_dot_32_bar__minus_02_dot_57)
        (receptacleType Cabinet_bar__minus_02_dot_30_bar__minus_00_dot_92_bar__minus_01_dot_74 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_30_bar__minus_00_dot_92_bar__minus_01_dot_74 loc_bar__minus_3_bar_7_bar_1_bar_0)
        (openable Cabinet_bar__minus_02_dot_30_bar__minus_00_dot_92_bar__minus_01_dot_74)
        (receptacleType Cabinet_bar__plus_00_dot_59_bar__plus_00_dot_69_bar__minus_00_dot_71 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_59_bar__plus_00_dot_69_bar__minus_00_dot_71 loc_bar__minus_8_bar_9_bar_3_bar_60)
        (openable Cabinet_bar__plus_00_dot_59_bar__plus_00_dot_69_bar__minus_00_dot_71)
        (receptacleType Cabinet_bar__plus_02_dot_44_bar__plus_00_dot_27_bar__plus_01_dot_28 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_44_bar__plus_00_dot_27_bar__plus_01_dot_28 loc_bar_11_bar__minus_8_bar_1_bar_30)
        (openable Cabinet_bar__plus_02_dot_44_bar__plus_00_dot_27_bar__plus_01_dot_28)
        (receptacleType CounterTop_bar__plus_01_dot_81_bar__minus_02_dot_71_bar__minus_01_dot_24 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_01_dot_81_bar__minus_02_dot_71_bar__minus_01_dot_24 loc_bar__minus_5_bar__minus_3_bar_3_bar_45)
        (receptacleType CounterTop_bar__plus_01_dot_83_bar__plus_00_dot_18_bar__plus_02_dot_98 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_01_dot_83_bar__plus_00_dot_18_bar__plus_02_dot_98 loc_bar__minus_7_bar_0_bar_1_bar_45)
        (receptacleType Drawer_bar__minus_00_dot_31_bar__minus_01_dot_12_bar__plus_01_dot_62 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_00_dot_31_bar__minus_01_dot_12_bar__plus_01_dot_62 loc_bar__minus_2_bar__minus_6_bar_2_bar_45)
        (openable Drawer_bar__minus_00_dot_31_bar__minus_01_dot_12_bar__plus_01_dot_62)
        (receptacleType Drawer_bar__minus_01_dot_58_bar__minus_01_dot_11_bar__plus_00_dot_91 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_58_bar__minus_01_dot_11_bar__plus_00_dot_91 loc_bar__minus_1_bar__minus_7_bar_2_bar_15)
        (openable Drawer_bar__minus_01_dot_58_bar__minus_01_dot_11_bar__plus_00_dot_91)
        (receptacleType Drawer_bar__plus_00_dot_49_bar__plus_01_dot_73_bar__plus_01_dot_63 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_00_dot_49_bar__plus_01_dot_73_bar__plus_01_dot_63 loc_bar_9_bar__minus_5_bar_0_bar_30)
        (openable Drawer_bar__plus_00_dot_49_bar__plus_01_dot_73_bar__plus_01_dot_63)
        (receptacleType Fridge_bar__minus_01_dot_40_bar__plus_02_dot_23_bar__minus_02_dot_54 FridgeType)
        (receptacleAtLocation Fridge_bar__minus_01_dot_40_bar__plus_02_dot_23_bar__minus_02_dot_54 loc_bar__minus_10_bar__minus_6_bar_1_bar_15)
        (openable Fridge_bar__minus_01_dot_40_bar__plus_02_dot_23_bar__minus_02_dot_54)
        (receptacleType Microwave_bar__plus_00_dot_68_bar__minus_00_dot_62_bar__plus_00_dot_49 MicrowaveType)
        (receptacleAtLocation Microwave_bar__plus_00_dot_68_bar__minus_00_dot_62_bar__plus_00_dot_49 loc_bar_12_bar_3_bar_3_bar_30)
        (openable Microwave_bar__plus_00_dot_68_bar__minus_00_dot_62_bar__plus_00_dot_49)
        (receptacleType Sink_bar__minus_01_dot_03_bar__plus_01_dot_96_bar__plus_01_dot_78_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_01_dot_03_bar__plus_01_dot_96_bar__plus_01_dot_78_bar_SinkBasin loc_bar_6_bar_5_bar_3_bar_30)
        (receptacleType StoveBurner_bar__minus_00_dot_88_bar__minus_01_dot_40_bar__plus_01_dot_11 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_00_dot_88_bar__minus_01_dot_40_bar__plus_01_dot_11 loc_bar__minus_4_bar_7_bar_2_bar_60)
        (receptacleType StoveBurner_bar__minus_00_dot_92_bar__minus_02_dot_06_bar__plus_01_dot_08 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_00_dot_92_bar__minus_02_dot_06_bar__plus_01_dot_08 loc_bar__minus_6_bar__minus_10_bar_1_bar_0)
        (receptacleType GarbageCan_bar__plus_01_dot_88_bar__plus_01_dot_10_bar__plus_02_dot_86 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_01_dot_88_bar__plus_01_dot_10_bar__plus_02_dot_86 loc_bar_2_bar_0_bar_1_bar_45)
        (receptacleType DiningTable_bar__plus_01_dot_72_bar__plus_02_dot_76_bar__plus_00_dot_99 DiningTableType)
        (receptacleAtLocation DiningTable_bar__plus_01_dot_72_bar__plus_02_dot_76_bar__plus_00_dot_99 loc_bar_6_bar_10_bar_0_bar_30)
        (receptacleType CoffeeMachine_bar__minus_02_dot_72_bar__minus_01_dot_42_bar__minus_02_dot_16 CoffeeMachineType)
        (receptacleAtLocation CoffeeMachine_bar__minus_02_dot_72_bar__minus_01_dot_42_bar__minus_02_dot_16 loc_bar_7_bar__minus_7_bar_2_bar_0)
        (objectType Apple_bar__minus_00_dot_82_bar__minus_00_dot_36_bar__minus_02_dot_58 AppleType)
        (inReceptacle Apple_bar__minus_00_dot_82_bar__minus_00_dot_36_bar__minus_02_dot_58 DiningTable_bar__plus_01_dot_72_bar__plus_02_dot_76_bar__plus_00_dot_99)
        (objectAtLocation Apple_bar__minus_00_dot_82_bar__minus_00_dot_36_bar__minus_02_dot_58 loc_bar_6_bar_10_bar_0_bar_30)
        (pickupable Apple_bar__minus_00_dot_82_bar__minus_00_dot_36_bar__minus_02_dot_58)
        (cleanable Apple_bar__minus_00_dot_82_bar__minus_00_dot_36_bar__minus_02_dot_58)
        (heatable Apple_bar__minus_00_dot_82_bar__minus_00_dot_36_bar__minus_02_dot_58)
        (coolable Apple_bar__minus_00_dot_82_bar__minus_00_dot_36_bar__minus_02_dot_58)
        (objectType Mug_bar__minus_02_dot_03_bar__plus_01_dot_24_bar__minus_01_dot_93 MugType)
        (inReceptacle Mug_bar__minus_02_dot_03_bar__plus_01_dot_24_bar__minus_01_dot_93 DiningTable_bar__plus_01_dot_72_bar__plus_02_dot_76_bar__plus_00_dot_99)
        (objectAtLocation Mug_bar__minus_02_dot_03_bar__plus_01_dot_24_bar__minus_01_dot_93 loc_bar_6_bar_10_bar_0_bar_30)
        (pickupable Mug_bar__minus_02_dot_03_bar__plus_01_dot_24_bar__minus_01_dot_93)
        (cleanable Mug_bar__minus_02_dot_03_bar__plus_01_dot_24_bar__minus_01_dot_93)
        (heatable Mug_bar__minus_02_dot_03_bar__plus_01_dot_24_bar__minus_01_dot_93)
        (coolable Mug_bar__minus_02_dot_03_bar__plus_01_dot_24_bar__minus_01_dot_93)
        (isReceptacleObject Mug_bar__minus_02_dot_03_bar__plus_01_dot_24_bar__minus_01_dot_93)
        (objectType Plate_bar__plus_02_dot_76_bar__plus_02_dot_62_bar__minus_00_dot_24 PlateType)
        (inReceptacle Plate_bar__plus_02_dot_76_bar__plus_02_dot_62_bar__minus_00_dot_24 CounterTop_bar__plus_01_dot_83_bar__plus_00_dot_18_bar__plus_02_dot_98)
        (objectAtLocation Plate_bar__plus_02_dot_76_bar__plus_02_dot_62_bar__minus_00_dot_24 loc_bar__minus_7_bar_0_bar_1_bar_45)
        (pickupable Plate_bar__plus_02_dot_76_bar__plus_02_dot_62_bar__minus_00_dot_24)
        (cleanable Plate_bar__plus_02_dot_76_bar__plus_02_dot_62_bar__minus_00_dot_24)
        (heatable Plate_bar__plus_02_dot_76_bar__plus_02_dot_62_bar__minus_00_dot_24)
        (coolable Plate_bar__plus_02_dot_76_bar__plus_02_dot_62_bar__minus_00_dot_24)
        (isReceptacleObject Plate_bar__plus_02_dot_76_bar__plus_02_dot_62_bar__minus_00_dot_24)
        (objectType WineBottle_bar__plus_01_dot_80_bar__minus_00_dot_98_bar__minus_01_dot_56 WineBottleType)
        (inReceptacle WineBottle_bar__plus_01_dot_80_bar__minus_00_dot_98_bar__minus_01_dot_56 CounterTop_bar__plus_01_dot_83_bar__plus_00_dot_18_bar__plus_02_dot_98)
        (objectAtLocation WineBottle_bar__plus_01_dot_80_bar__minus_00_dot_98_bar__minus_01_dot_56 loc_bar__minus_7_bar_0_bar_1_bar_45)
        (pickupable WineBottle_bar__plus_01_dot_80_bar__minus_00_dot_98_bar__minus_01_dot_56)
        (coolable WineBottle_bar__plus_01_dot_80_bar__minus_00_dot_98_bar__minus_01_dot_56)
        (objectType Kettle_bar__minus_02_dot_07_bar__minus_01_dot_87_bar__minus_01_dot_70 KettleType)
        (inReceptacle Kettle_bar__minus_02_dot_07_bar__minus_01_dot_87_bar__minus_01_dot_70 CounterTop_bar__plus_01_dot_81_bar__minus_02_dot_71_bar__minus_01_dot_24)
        (objectAtLocation Kettle_bar__minus_02_dot_07_bar__minus_01_dot_87_bar__minus_01_dot_70 loc_bar__minus_5_bar__minus_3_bar_3_bar_45)
        (pickupable Kettle_bar__minus_02_dot_07_bar__minus_01_dot_87_bar__minus_01_dot_70)
        (cleanable Kettle_bar__minus_02_dot_07_bar__minus_01_dot_87_bar__minus_01_dot_70)
        (objectType Bread_bar__minus_02_dot_41_bar__plus_01_dot_96_bar__plus_01_dot_53 BreadType)
        (inReceptacle Bread_bar__minus_02_dot_41_bar__plus_01_dot_96_bar__plus_01_dot_53 Microwave_bar__plus_00_dot_68_bar__minus_00_dot_62_bar__plus_00_dot_49)
        (objectAtLocation Bread_bar__minus_02_dot_41_bar__plus_01_dot_96_bar__plus_01_dot_53 loc_bar_12_bar_3_bar_3_bar_30)
        (pickupable Bread_bar__minus_02_dot_41_bar__plus_01_dot_96_bar__plus_01_dot_53)
        (heatable Bread_bar__minus_02_dot_41_bar__plus_01_dot_96_bar__plus_01_dot_53)
        (coolable Bread_bar__minus_02_dot_41_bar__plus_01_dot_96_bar__plus_01_dot_53)
        (objectType SaltShaker_bar__minus_01_dot_71_bar__plus_00_dot_61_bar__minus_00_dot_28 SaltShakerType)
        (inReceptacle SaltShaker_bar__minus_01_dot_71_bar__plus_00_dot_61_bar__minus_00_dot_28 CounterTop_bar__plus_01_dot_83_bar__plus_00_dot_18_bar__plus_02_dot_98)
        (objectAtLocation SaltShaker_bar__minus_01_dot_71_bar__plus_00_dot_61_bar__minus_00_dot_28 loc_bar__minus_7_bar_0_bar_1_bar_45)
        (pickupable SaltShaker_bar__minus_01_dot_71_bar__plus_00_dot_61_bar__minus_00_dot_28)
        (objectType DishSponge_bar__minus_02_dot_54_bar__minus_00_dot_36_bar__minus_01_dot_95 DishSpongeType)
        (inReceptacle DishSponge_bar__minus_02_dot_54_bar__minus_00_dot_36_bar__minus_01_dot_95 CounterTop_bar__plus_01_dot_83_bar__plus_00_dot_18_bar__plus_02_dot_98)
        (objectAtLocation DishSponge_bar__minus_02_dot_54_bar__minus_00_dot_36_bar__minus_01_dot_95 loc_bar__minus_7_bar_0_bar_1_bar_45)
        (pickupable DishSponge_bar__minus_02_dot_54_bar__minus_00_dot_36_bar__minus_01_dot_95)
        (cleanable DishSponge_bar__minus_02_dot_54_bar__minus_00_dot_36_bar__minus_01_dot_95)
        (canContain CabinetType DishSpongeType)
        (canContain CabinetType KettleType)
        (canContain CabinetType MugType)
        (canContain CabinetType PlateType)
        (canContain CabinetType SaltShakerType)
        (canContain CabinetType WineBottleType)
        (canContain CoffeeMachineType MugType)
        (canContain CounterTopType AppleType)
        (canContain CounterTopType BreadType)
        (canContain CounterTopType DishSpongeType)
        (canContain CounterTopType KettleType)
        (canContain CounterTopType MugType)
        (canContain CounterTopType PlateType)
        (canContain CounterTopType SaltShakerType)
        (canContain CounterTopType WineBottleType)
        (canContain DiningTableType AppleType)
        (canContain DiningTableType BreadType)
        (canContain DiningTableType DishSpongeType)
        (canContain DiningTableType KettleType)
        (canContain DiningTableType MugType)
        (canContain DiningTableType PlateType)
        (canContain DiningTableType SaltShakerType)
        (canContain DiningTableType WineBottleType)
        (canContain DrawerType DishSpongeType)
        (canContain DrawerType SaltShakerType)
        (canContain FridgeType AppleType)
        (canContain FridgeType BreadType)
        (canContain FridgeType MugType)
        (canContain FridgeType PlateType)
        (canContain FridgeType WineBottleType)
        (canContain GarbageCanType AppleType)
        (canContain GarbageCanType BreadType)
        (canContain GarbageCanType DishSpongeType)
        (canContain GarbageCanType WineBottleType)
        (canContain MicrowaveType AppleType)
        (canContain MicrowaveType BreadType)
        (canContain MicrowaveType MugType)
        (canContain MicrowaveType PlateType)
        (canContain SinkBasinType AppleType)
        (canContain SinkBasinType DishSpongeType)
        (canContain SinkBasinType KettleType)
        (canContain SinkBasinType MugType)
        (canContain SinkBasinType PlateType)
        (canContain StoveBurnerType KettleType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (heatable ?o)
                            (objectType ?o AppleType)
                            (receptacleType ?r SinkBasinType)
                            (isHot ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
