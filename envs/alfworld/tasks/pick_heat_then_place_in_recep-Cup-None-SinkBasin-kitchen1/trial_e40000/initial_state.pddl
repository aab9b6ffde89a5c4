(define (problem plan_trial_e40000)
(:domain alfred)
(:objects
        agent1 - agent
        BreadType - otype
        CupType - otype
        DishSpongeType - otype
        PaperTowelType - otype
        PepperShakerType - otype
        PlateType - otype
        SpatulaType - otype
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
        Cup_bar__minus_00_dot_36_bar__minus_01_dot_94_bar__plus_00_dot_88 - object
        PaperTowel_bar__minus_02_dot_47_bar__minus_02_dot_86_bar__plus_00_dot_85 - object
        Bread_bar__minus_01_dot_57_bar__plus_01_dot_09_bar__plus_02_dot_09 - object
        Bread_bar__minus_02_dot_62_bar__plus_00_dot_62_bar__plus_00_dot_29 - object
        WineBottle_bar__plus_00_dot_66_bar__minus_02_dot_74_bar__plus_02_dot_07 - object
        DishSponge_bar__minus_00_dot_49_bar__plus_00_dot_55_bar__minus_02_dot_43 - object
        DishSponge_bar__minus_00_dot_87_bar__plus_02_dot_52_bar__plus_00_dot_94 - object
        Spatula_bar__plus_00_dot_82_bar__minus_00_dot_14_bar__minus_00_dot_58 - object
        Spatula_bar__minus_02_dot_68_bar__plus_02_dot_39_bar__plus_02_dot_53 - object
        Plate_bar__minus_01_dot_86_bar__plus_02_dot_97_bar__minus_01_dot_61 - object
        Plate_bar__minus_01_dot_03_bar__plus_02_dot_84_bar__minus_02_dot_89 - object
        Tomato_bar__minus_02_dot_45_bar__plus_00_dot_31_bar__minus_01_dot_39 - object
        PepperShaker_bar__minus_01_dot_00_bar__plus_01_dot_71_bar__minus_00_dot_78 - object
        Cabinet_bar__minus_00_dot_14_bar__minus_02_dot_66_bar__plus_00_dot_22 - receptacle
        Cabinet_bar__plus_01_dot_06_bar__minus_01_dot_98_bar__minus_00_dot_31 - receptacle
        Cabinet_bar__minus_02_dot_37_bar__plus_01_dot_65_bar__plus_02_dot_09 - receptacle
        Cabinet_bar__plus_00_dot_05_bar__plus_01_dot_23_bar__plus_01_dot_13 - receptacle
        CounterTop_bar__plus_02_dot_81_bar__plus_01_dot_46_bar__minus_00_dot_68 - receptacle
        CounterTop_bar__plus_01_dot_57_bar__plus_01_dot_59_bar__plus_00_dot_81 - receptacle
        Drawer_bar__plus_02_dot_20_bar__minus_02_dot_18_bar__plus_02_dot_33 - receptacle
        Drawer_bar__plus_00_dot_41_bar__plus_01_dot_15_bar__minus_00_dot_57 - receptacle
        Drawer_bar__minus_00_dot_53_bar__minus_01_dot_24_bar__plus_01_dot_41 - receptacle
        Fridge_bar__plus_02_dot_14_bar__minus_01_dot_39_bar__minus_01_dot_07 - receptacle
        Microwave_bar__minus_02_dot_88_bar__minus_01_dot_59_bar__minus_01_dot_23 - receptacle
        Sink_bar__plus_00_dot_00_bar__plus_02_dot_19_bar__plus_02_dot_67_bar_SinkBasin - receptacle
        StoveBurner_bar__plus_02_dot_68_bar__minus_02_dot_20_bar__plus_00_dot_16 - receptacle
        StoveBurner_bar__minus_02_dot_22_bar__minus_00_dot_80_bar__minus_02_dot_11 - receptacle
        GarbageCan_bar__plus_02_dot_34_bar__minus_01_dot_54_bar__minus_01_dot_80 - receptacle
        DiningTable_bar__minus_00_dot_27_bar__minus_02_dot_57_bar__minus_00_dot_39 - receptacle
        CoffeeMachine_bar__minus_00_dot_43_bar__minus_01_dot_95_bar__plus_00_dot_92 - receptacle
        loc_bar_2_bar__minus_12_bar_0_bar_30 - location
        loc_bar__minus_7_bar__minus_6_bar_1_bar_60 - location
        loc_bar__minus_5_bar_3_bar_0_bar_45 - location
        loc_bar__minus_6_bar_8_bar_2_bar_30 - location
        loc_bar__minus_4_bar_5_bar_2_bar_0 - location
        loc_bar_4_bar_7_bar_2_bar_30 - location
        loc_bar__minus_9_bar_9_bar_3_bar_45 - location
        loc_bar_7_bar__minus_1_bar_0_bar_60 - location
        loc_bar__minus_4_bar__minus_9_bar_1_bar_60 - location
        loc_bar__minus_4_bar_8_bar_2_bar_60 - location
        loc_bar_2_bar__minus_3_bar_1_bar__minus_30 - location
        loc_bar_11_bar_2_bar_3_bar_0 - location
        loc_bar__minus_5_bar__minus_8_bar_0_bar_60 - location
        loc_bar_2_bar_6_bar_1_bar_45 - location
        loc_bar_5_bar_4_bar_2_bar_45 - location
        loc_bar_3_bar__minus_2_bar_3_bar_15 - location
        loc_bar__minus_12_bar_11_bar_2_bar_15 - location
        loc_bar__minus_10_bar__minus_7_bar_3_bar_30 - location
        )
(:init
        (atLocation agent1 loc_bar__minus_10_bar__minus_7_bar_3_bar_30)
        (receptacleType Cabinet_bar__minus_00_dot_14_bar__minus_02_dot_66_bar__plus_00_dot_22 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_14_bar__minus_02_dot_66_bar__plus_00_dot_22 loc_bar_2_bar__minus_12_bar_0_bar_30)
        (openable Cabinet_bar__minus_00_dot_14_bar__minus_02_dot_66_bar__plus_00_dot_22)
        (receptacleType Cabinet_bar__plus_01_dot_06_bar__minus_01_dot_98_bar__minus_00_dot_31 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_06_bar__minus_01_dot_98_bar__minus_00_dot_31 loc_bar__minus_7_bar__minus_6_bar_1_bar_60)
        (openable Cabinet_bar__plus_01_dot_06_bar__minus_01_dot_98_bar__minus_00_dot_31)
        (receptacleType Cabinet_bar__minus_02_dot_37_bar__plus_01_dot_65_bar__plus_02_dot_09 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_37_bar__plus_01_dot_65_bar__plus_02_dot_09 loc_bar__minus_5_bar_3_bar_0_bar_45)
        (openable Cabinet_bar__minus_02_dot_37_bar__plus_01_dot_65_bar__plus_02_dot_09)
        (receptacleType Cabinet_bar__plus_00_dot_05_bar__plus_01_dot_23_bar__plus_01_dot_13 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_05_bar__plus_01_dot_23_bar__plus_01_dot_13 loc_bar__minus_6_bar_8_bar_2_bar_30)
        (openable Cabinet_bar__plus_00_dot_05_bar__plus_01_dot_23_bar__plus_01_dot_13)
        (receptacleType CounterTop_bar__plus_02_dot_81_bar__plus_01_dot_46_bar__minus_00_dot_68 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_02_dot_81_bar__plus_01_dot_46_bar__minus_00_dot_68 loc_bar__minus_4_bar_5_bar_2_bar_0)
        (receptacleType CounterTop_bar__plus_01_dot_57_bar__plus_01_dot_59_bar__plus_00_dot_81 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_01_dot_57_bar__plus_01_dot_59_bar__plus_00_dot_81 loc_bar_4_bar_7_bar_2_bar_30)
        (receptacleType Drawer_bar__plus_02_dot_20_bar__minus_02_dot_18_bar__plus_02_dot_33 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_02_dot_20_bar__minus_02_dot_18_bar__plus_02_dot_33 loc_bar__minus_9_bar_9_bar_3_bar_45)
        (openable Drawer_bar__plus_02_dot_20_bar__minus_02_dot_18_bar__plus_02_dot_33)
        (receptacleType Drawer_bar__plus_00_dot_41_bar__plus_01_dot_15_bar__minus_00_dot_57 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_00_dot_41_bar__plus_01_dot_15_bar__minus_00_dot_57 loc_bar_7_bar__minus_1_bar_0_bar_60)
        (openable Drawer_bar__plus_00_dot_41_bar__plus_01_dot_15_bar__minus_00_dot_57)
        (receptacleType Drawer_bar__minus_00_dot_53_bar__minus_01_dot_24_bar__plus_01_dot_41 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_00_dot_53_bar__minus_01_dot_24_bar__plus_01_dot_41 loc_bar__minus_4_bar__minus_9_bar_1_bar_60)
        (openable Drawer_bar__minus_00_dot_53_bar__minus_01_dot_24_bar__plus_01_dot_41)
        (receptacleType Fridge_bar__plus_02_dot_14_bar__minus_01_dot_39_bar__minus_01_dot_07 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_02_dot_14_bar__minus_01_dot_39_bar__minus_01_dot_07 loc_bar__minus_4_bar_8_bar_2_bar_60)
        (openable Fridge_bar__plus_02_dot_14_bar__minus_01_dot_39_bar__minus_01_dot_07)
        (receptacleType Microwave_bar__minus_02_dot_88_bar__minus_01_dot_59_bar__minus_01_dot_23 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_02_dot_88_bar__minus_01_dot_59_bar__minus_01_dot_23 loc_bar_2_bar__minus_3_bar_1_bar__minus_30)
        (openable Microwave_bar__minus_02_dot_88_bar__minus_01_dot_59_bar__minus_01_dot_23)
        (receptacleType Sink_bar__plus_00_dot_00_bar__plus_02_dot_19_bar__plus_02_dot_67_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_00_dot_00_bar__plus_02_dot_19_bar__plus_02_dot_67_bar_SinkBasin loc_bar_11_bar_2_bar_3_bar_0)
        (receptacleType StoveBurner_bar__plus_02_dot_68_bar__minus_02_dot_20_bar__plus_00_dot_16 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_02_dot_68_bar__minus_02_dot_20_bar__plus_00_dot_16 loc_bar__minus_5_bar__minus_8_bar_0_bar_60)
        (receptacleType StoveBurner_bar__minus_02_dot_22_bar__minus_00_dot_80_bar__minus_02_dot_11 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_02_dot_22_bar__minus_00_dot_80_bar__minus_02_dot_11 loc_bar_2_bar_6_bar_1_bar_45)
        (receptacleType GarbageCan_bar__plus_02_dot_34_bar__minus_01_dot_54_bar__minus_01_dot_80 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_02_dot_34_bar__minus_01_dot_54_bar__minus_01_dot_80 loc_bar_5_bar_4_bar_2_bar_45)
        (receptacleType DiningTable_bar__minus_00_dot_27_bar__minus_02_dot_57_bar__minus_00_dot_39 DiningTableType)
        (receptacleAtLocation DiningTable_bar__minus_00_dot_27_bar__minus_02_dot_57_bar__minus_00_dot_39 loc_bar_3_bar__minus_2_bar_3_bar_15)
        (receptacleType CoffeeMachine_bar__minus_00_dot_43_bar__minus_01_dot_95_bar__plus_00_dot_92 CoffeeMachineType)
        (receptacleAtLocation CoffeeMachine_bar__minus_00_dot_43_bar__minus_01_dot_95_bar__plus_00_dot_92 loc_bar__minus_12_bar_11_bar_2_bar_15)
        (objectType Cup_bar__minus_00_dot_36_bar__minus_01_dot_94_bar__plus_00_dot_88 CupType)
        (inReceptacle Cup_bar__minus_00_dot_36_bar__minus_01_dot_94_bar__plus_00_dot_88 Microwave_bar__minus_02_dot_88_bar__minus_01_dot_59_bar__minus_01_dot_23)
        (objectAtLocation Cup_bar__minus_00_dot_36_bar__minus_01_dot_94_bar__plus_00_dot_88 loc_bar_2_bar__minus_3_bar_1_bar__minus_30)
        (pickupable Cup_bar__minus_00_dot_36_bar__minus_01_dot_94_bar__plus_00_dot_88)
        (cleanable Cup_bar__minus_00_dot_36_bar__minus_01_dot_94_bar__plus_00_dot_88)
        (heatable Cup_bar__minus_00_dot_36_bar__minus_01_dot_94_bar__plus_00_dot_88)
        (coolable Cup_bar__minus_00_dot_36_bar__minus_01_dot_94_bar__plus_00_dot_88)
        (isReceptacleObject Cup_bar__minus_00_dot_36_bar__minus_01_dot_94_bar__plus_00_dot_88)
        (objectType PaperTowel_bar__minus_02_dot_47_bar__minus_02_dot_86_bar__plus_00_dot_85 PaperTowelType)
        (inReceptacle PaperTowel_bar__minus_02_dot_47_bar__minus_02_dot_86_bar__plus_00_dot_85 GarbageCan_bar__plus_02_dot_34_bar__minus_01_dot_54_bar__minus_01_dot_80)
        (objectAtLocation PaperTowel_bar__minus_02_dot_47_bar__minus_02_dot_86_bar__plus_00_dot_85 loc_bar_5_bar_4_bar_2_bar_45)
        (pickupable PaperTowel_bar__minus_02_dot_47_bar__minus_02_dot_86_bar__plus_00_dot_85)
        (objectType Bread_bar__minus_01_dot_57_bar__plus_01_dot_09_bar__plus_02_dot_09 BreadType)
        (inReceptacle Bread_bar__minus_01_dot_57_bar__plus_01_dot_09_bar__plus_02_dot_09 GarbageCan_bar__plus_02_dot_34_bar__minus_01_dot_54_bar__minus_01_dot_80)
        (objectAtLocation Bread_bar__minus_01_dot_57_bar__plus_01_dot_09_bar__plus_02_dot_09 loc_bar_5_bar_4_bar_2_bar_45)
        (pickupable Bread_bar__minus_01_dot_57_bar__plus_01_dot_09_bar__plus_02_dot_09)
        (heatable Bread_bar__minus_01_dot_57_bar__plus_01_dot_09_bar__plus_02_dot_09)
        (coolable Bread_bar__minus_01_dot_57_bar__plus_01_dot_09_bar__plus_02_dot_09)
        (objectType Bread_bar__minus_02_dot_62_bar__plus_00_dot_62_bar__plus_00_dot_29 BreadType)
        (inReceptacle Bread_bar__minus_02_dot_62_bar__plus_00_dot_62_bar__plus_00_dot_29 Microwave_bar__minus_02_dot_88_bar__minus_01_dot_59_bar__minus_01_dot_23)
        (objectAtLocation Bread_bar__minus_02_dot_62_bar__plus_00_dot_62_bar__plus_00_dot_29 loc_bar_2_bar__minus_3_bar_1_bar__minus_30)
        (pickupable Bread_bar__minus_02_dot_62_bar__plus_00_dot_62_bar__plus_00_dot_29)
        (heatable Bread_bar__minus_02_dot_62_bar__plus_00_dot_62_bar__plus_00_dot_29)
        (coolable Bread_bar__minus_02_dot_62_bar__plus_00_dot_62_bar__plus_00_dot_29)
        (objectType WineBottle_bar__plus_00_dot_66_bar__minus_02_dot_74_bar__plus_02_dot_07 WineBottleType)
        (inReceptacle WineBottle_bar__plus_00_dot_66_bar__minus_02_dot_74_bar__plus_02_dot_07 Cabinet_bar__minus_02_dot_37_bar__plus_01_dot_65_bar__plus_02_dot_09)
        (objectAtLocation WineBottle_bar__plus_00_dot_66_bar__minus_02_dot_74_bar__plus_02_dot_07 loc_bar__minus_5_bar_3_bar_0_bar_45)
        (pickupable WineBottle_bar__plus_00_dot_66_bar__minus_02_dot_74_bar__plus_02_dot_07)
        (coolable WineBottle_bar__plus_00_dot_66_bar__minus_02_dot_74_bar__plus_02_dot_07)
        (objectType DishSponge_bar__minus_00_dot_49_bar__plus_00_dot_55_bar__minus_02_dot_43 DishSpongeType)
        (inReceptacle DishSponge_bar__minus_00_dot_49_bar__plus_00_dot_55_bar__minus_02_dot_43 DiningTable_bar__minus_00_dot_27_bar__minus_02_dot_57_bar__minus_00_dot_39)
        (objectAtLocation DishSponge_bar__minus_00_dot_49_bar__plus_00_dot_55_bar__minus_02_dot_43 loc_bar_3_bar__minus_2_bar_3_bar_15)
        (pickupable DishSponge_bar__minus_00_dot_49_bar__plus_00_dot_55_bar__minus_02_dot_43)
        (cleanable DishSponge_bar__minus_00_dot_49_bar__plus_00_dot_55_bar__minus_02_dot_43)
        (objectType DishSponge_bar__minus_00_dot_87_bar__plus_02_dot_52_bar__plus_00_dot_94 DishSpongeType)
        (inReceptacle DishSponge_bar__minus_00_dot_87_bar__plus_02_dot_52_bar__plus_00_dot_94 Cabinet_bar__minus_02_dot_37_bar__plus_01_dot_65_bar__plus_02_dot_09)
        (objectAtLocation DishSponge_bar__minus_00_dot_87_bar__plus_02_dot_52_bar__plus_00_dot_94 loc_bar__minus_5_bar_3_bar_0_bar_45)
        (pickupable DishSponge_bar__minus_00_dot_87_bar__plus_02_dot_52_bar__plus_00_dot_94)
        (cleanable DishSponge_bar__minus_00_dot_87_bar__plus_02_dot_52_bar__plus_00_dot_94)
        (objectType Spatula_bar__plus_00_dot_82_bar__minus_00_dot_14_bar__minus_00_dot_58 SpatulaType)
        (inReceptacle Spatula_bar__plus_00_dot_82_bar__minus_00_dot_14_bar__minus_00_dot_58 CounterTop_bar__plus_02_dot_81_bar__plus_01_dot_46_bar__minus_00_dot_68)
        (objectAtLocation Spatula_bar__plus_00_dot_82_bar__minus_00_dot_14_bar__minus_00_dot_58 loc_bar__minus_4_bar_5_bar_2_bar_0)
        (pickupable Spatula_bar__plus_00_dot_82_bar__minus_00_dot_14_bar__minus_00_dot_58)
        (cleanable Spatula_bar__plus_00_dot_82_bar__minus_00_dot_14_bar__minus_00_dot_58)
        (objectType Spatula_bar__minus_02_dot_68_bar__plus_02_dot_39_bar__plus_02_dot_53 SpatulaType)
        (inReceptacle Spatula_bar__minus_02_dot_68_bar__plus_02_dot_39_bar__plus_02_dot_53 DiningTable_bar__minus_00_dot_27_bar__minus_02_dot_57_bar__minus_00_dot_39)
        (objectAtLocation Spatula_bar__minus_02_dot_68_bar__plus_02_dot_39_bar__plus_02_dot_53 loc_bar_3_bar__minus_2_bar_3_bar_15)
        (pickupable Spatula_bar__minus_02_dot_68_bar__plus_02_dot_39_bar__plus_02_dot_53)
        (cleanable Spatula_bar__minus_02_dot_68_bar__plus_02_dot_39_bar__plus_02_dot_53)
        (objectType Plate_bar__minus_01_dot_86_bar__plus_02_dot_97_bar__minus_01_dot_61 PlateType)
        (inReceptacle Plate_bar__minus_01_dot_86_bar__plus_02_dot_97_bar__minus_01_dot_61 CounterTop_bar__plus_01_dot_57_bar__plus_01_dot_59_bar__plus_00_dot_81)
        (objectAtLocation Plate_bar__minus_01_dot_86_bar__plus_02_dot_97_bar__minus_01_dot_61 loc_bar_4_bar_7_bar_2_bar_30)
        (pickupable Plate_bar__minus_01_dot_86_bar__plus_02_dot_97_bar__minus_01_dot_61)
        (cleanable Plate_bar__minus_01_dot_86_bar__plus_02_dot_97_bar__minus_01_dot_61)
        (heatable Plate_bar__minus_01_dot_86_bar__plus_02_dot_97_bar__minus_01_dot_61)
        (coolable Plate_bar__minus_01_dot_86_bar__plus_02_dot_97_bar__minus_01_dot_61)
        (isReceptacleObject Plate_bar__minus_01_dot_86_bar__plus_02_dot_97_bar__minus_01_dot_61)
        (objectType Plate_bar__minus_01_dot_03_bar__plus_02_dot_84_bar__minus_02_dot_89 PlateType)
        (inReceptacle Plate_bar__minus_01_dot_03_bar__plus_02_dot_84_bar__minus_02_dot_89 Microwave_bar__minus_02_dot_88_bar__minus_01_dot_59_bar__minus_01_dot_23)
        (objectAtLocation Plate_bar__minus_01_dot_03_bar__plus_02_dot_84_bar__minus_02_dot_89 loc_bar_2_bar__minus_3_bar_1_bar__minus_30)
        (pickupable Plate_bar__minus_01_dot_03_bar__plus_02_dot_84_bar__minus_02_dot_89)
        (cleanable Plate_bar__minus_01_dot_03_bar__plus_02_dot_84_bar__minus_02_dot_89)
        (heatable Plate_bar__minus_01_dot_03_bar__plus_02_dot_84_bar__minus_02_dot_89)
        (coolable Plate_bar__minus_01_dot_03_bar__plus_02_dot_84_bar__minus_02_dot_89)
        (isReceptacleObject Plate_bar__minus_01_dot_03_bar__plus_02_dot_84_bar__minus_02_dot_89)
        (objectType Tomato_bar__minus_02_dot_45_bar__plus_00_dot_31_bar__minus_01_dot_39 TomatoType)
        (inReceptacle Tomato_bar__minus_02_dot_45_bar__plus_00_dot_31_bar__minus_01_dot_39 DiningTable_bar__minus_00_dot_27_bar__minus_02_dot_57_bar__minus_00_dot_39)
        (objectAtLocation Tomato_bar__minus_02_dot_45_bar__plus_00_dot_31_bar__minus_01_dot_39 loc_bar_3_bar__minus_2_bar_3_bar_15)
        (pickupable Tomato_bar__minus_02_dot_45_bar__plus_00_dot_31_bar__minus_01_dot_39)
        (cleanable Tomato_bar__minus_02_dot_45_bar__plus_00_dot_31_bar__minus_01_dot_39)
        (heatable Tomato_bar__minus_02_dot_45_bar__plus_00_dot_31_bar__minus_01_dot_39)
        (coolable Tomato_bar__minus_02_dot_45_bar__plus_00_dot_31_bar__minus_01_dot_39)
        (objectType PepperShaker_bar__minus_01_dot_00_bar__plus_01_dot_71_bar__minus_00_dot_78 PepperShakerType)
        (inReceptacle PepperShaker_bar__minus_01_dot_00_bar__plus_01_dot_71_bar__minus_00_dot_78 DiningTable_bar__minus_00_dot_27_bar__minus_02_dot_57_bar__minus_00_dot_39)
        (objectAtLocation PepperShaker_bar__minus_01_dot_00_bar__plus_01_dot_71_bar__minus_00_dot_78 loc_bar_3_bar__minus_2_bar_3_bar_15)
        (pickupable PepperShaker_bar__minus_01_dot_00_bar__plus_01_dot_71_bar__minus_00_dot_78)
        (canContain CabinetType CupType)
        (canContain CabinetType DishSpongeType)
        (canContain CabinetType PepperShakerType)
        (canContain CabinetType PlateType)
        (canContain CabinetType WineBottleType)
        (canContain CounterTopType BreadType)
        (canContain CounterTopType CupType)
        (canContain CounterTopType DishSpongeType)
        (canContain CounterTopType PaperTowelType)
        (canContain CounterTopType PepperShakerType)
        (canContain CounterTopType PlateType)
        (canContain CounterTopType SpatulaType)
        (canContain CounterTopType TomatoType)
        (canContain CounterTopType WineBottleType)
        (canContain DiningTableType BreadType)
        (canContain DiningTableType CupType)
        (canContain DiningTableType DishSpongeType)
        (canContain DiningTableType PaperTowelType)
        (canContain DiningTableType PepperShakerType)
        (canContain DiningTableType PlateType)
        (canContain DiningTableType SpatulaType)
        (canContain DiningTableType TomatoType)
        (canContain DiningTableType WineBottleType)
        (canContain DrawerType DishSpongeType)
        (canContain DrawerType PepperShakerType)
        (canContain DrawerType SpatulaType)
        (canContain FridgeType BreadType)
        (canContain FridgeType CupType)
        (canContain FridgeType PlateType)
        (canContain FridgeType TomatoType)
        (canContain FridgeType WineBottleType)
        (canContain GarbageCanType BreadType)
        (canContain GarbageCanType DishSpongeType)
        (canContain GarbageCanType PaperTowelType)
        (canContain GarbageCanType TomatoType)
        (canContain GarbageCanType WineBottleType)
        (canContain MicrowaveType BreadType)
        (canContain MicrowaveType CupType)
        (canContain MicrowaveType PlateType)
        (canContain MicrowaveType TomatoType)
        (canContain SinkBasinType CupType)
        (canContain SinkBasinType DishSpongeType)
        (canContain SinkBasinType PlateType)
        (canContain SinkBasinType SpatulaType)
        (canContain SinkBasinType TomatoType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (heatable ?o)
                            (objectType ?o CupType)
                            (receptacleType ?r SinkBasinType)
                            (isHot ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
