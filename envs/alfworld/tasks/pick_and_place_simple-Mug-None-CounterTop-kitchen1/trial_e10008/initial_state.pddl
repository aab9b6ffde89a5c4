(define (problem plan_trial_e10008)
(:domain alfred)
(:objects
        agent1 - agent
        ButterKnifeType - otype
        DishSpongeType - otype
        KettleType - otype
        LettuceType - otype
        MugType - otype
        SpatulaType - otype
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
        Mug_bar__plus_01_dot_20_bar__plus_02_dot_30_bar__minus_02_dot_46 - object
        Mug_bar__minus_02_dot_82_bar__minus_02_dot_23_bar__plus_00_dot_68 - object
        ButterKnife_bar__plus_00_dot_49_bar__minus_00_dot_31_bar__minus_01_dot_50 - object
        ButterKnife_bar__plus_01_dot_66_bar__plus_01_dot_22_bar__minus_02_dot_43 - object
        Kettle_bar__plus_00_dot_35_bar__minus_01_dot_19_bar__plus_02_dot_00 - object
        Kettle_bar__minus_01_dot_34_bar__minus_02_dot_90_bar__minus_02_dot_89 - object
        Lettuce_bar__minus_00_dot_06_bar__minus_01_dot_65_bar__plus_02_dot_40 - object
        Lettuce_bar__minus_02_dot_25_bar__minus_02_dot_51_bar__minus_01_dot_78 - object
        DishSponge_bar__plus_02_dot_56_bar__plus_00_dot_34_bar__minus_01_dot_32 - object
        Spatula_bar__plus_00_dot_67_bar__minus_02_dot_05_bar__minus_01_dot_29 - object
        Cabinet_bar__plus_01_dot_86_bar__plus_00_dot_04_bar__plus_00_dot_26 - receptacle
        Cabinet_bar__minus_01_dot_18_bar__plus_00_dot_03_bar__plus_01_dot_12 - receptacle
        Cabinet_bar__minus_00_dot_30_bar__minus_01_dot_40_bar__plus_00_dot_42 - receptacle
        Cabinet_bar__minus_02_dot_04_bar__minus_01_dot_55_bar__minus_02_dot_57 - receptacle
        CounterTop_bar__plus_00_dot_88_bar__plus_02_dot_49_bar__minus_01_dot_98 - receptacle
        CounterTop_bar__minus_01_dot_36_bar__minus_00_dot_10_bar__plus_02_dot_43 - receptacle
        Drawer_bar__minus_01_dot_71_bar__minus_00_dot_50_bar__plus_00_dot_63 - receptacle
        Drawer_bar__minus_01_dot_21_bar__minus_02_dot_96_bar__minus_02_dot_91 - receptacle
        Drawer_bar__minus_02_dot_46_bar__minus_00_dot_90_bar__minus_02_dot_16 - receptacle
        Fridge_bar__minus_01_dot_61_bar__minus_02_dot_44_bar__minus_00_dot_66 - receptacle
        Microwave_bar__minus_01_dot_93_bar__plus_02_dot_49_bar__minus_01_dot_60 - receptacle
        Sink_bar__minus_02_dot_70_bar__plus_00_dot_64_bar__plus_01_dot_67_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_01_dot_27_bar__plus_00_dot_66_bar__plus_02_dot_07 - receptacle
        StoveBurner_bar__plus_00_dot_81_bar__plus_02_dot_35_bar__minus_00_dot_95 - receptacle
        GarbageCan_bar__minus_01_dot_85_bar__minus_00_dot_11_bar__minus_01_dot_57 - receptacle
        DiningTable_bar__plus_01_dot_07_bar__minus_01_dot_30_bar__minus_01_dot_23 - receptacle
        CoffeeMachine_bar__minus_01_dot_38_bar__plus_00_dot_99_bar__plus_02_dot_92 - receptacle
        loc_bar__minus_3_bar_4_bar_0_bar_45 - location
        loc_bar__minus_11_bar_7_bar_0_bar_30 - location
        loc_bar__minus_11_bar_6_bar_2_bar_60 - location
        loc_bar_11_bar__minus_3_bar_1_bar_45 - location
        loc_bar__minus_9_bar_12_bar_2_bar_15 - location
        loc_bar_5_bar__minus_3_bar_0_bar_15 - location
        loc_bar_4_bar_10_bar_0_bar__minus_30 - location
        loc_bar_6_bar__minus_7_bar_3_bar_15 - location
        loc_bar__minus_1_bar__minus_11_bar_1_bar_45 - location
        loc_bar__minus_1_bar_8_bar_1_bar_15 - location
        loc_bar_1_bar__minus_7_bar_2_bar_30 - location
        loc_bar__minus_8_bar__minus_7_bar_3_bar_45 - location
        loc_bar__minus_3_bar__minus_4_bar_3_bar_60 - location
        loc_bar_2_bar_3_bar_3_bar__minus_30 - location
        loc_bar_10_bar__minus_5_bar_1_bar_0 - location
        loc_bar_4_bar_2_bar_3_bar__minus_30 - location
        loc_bar__minus_7_bar_5_bar_0_bar_30 - location
        loc_bar__minus_4_bar_0_bar_0_bar_0 - location
        )
(:init
        (atLocation agent1 loc_bar__minus_4_bar_0_bar_0_bar_0)
        (receptacleType Cabinet_bar__plus_01_dot_86_bar__plus_00_dot_04_bar__plus_00_dot_26 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_86_bar__plus_00_dot_04_bar__plus_00_dot_26 loc_bar__minus_3_bar_4_bar_0_bar_45)
        (openable Cabinet_bar__plus_01_dot_86_bar__plus_00_dot_04_bar__plus_00_dot_26)
        (receptacleType Cabinet_bar__minus_01_dot_18_bar__plus_00_dot_03_bar__plus_01_dot_12 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_18_bar__plus_00_dot_03_bar__plus_01_dot_12 loc_bar__minus_11_bar_7_bar_0_bar_30)
        (openable Cabinet_bar__minus_01_dot_18_bar__plus_00_dot_03_bar__plus_01_dot_12)
        (receptacleType Cabinet_bar__minus_00_dot_30_bar__minus_01_dot_40_bar__plus_00_dot_42 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_30_bar__minus_01_dot_40_bar__plus_00_dot_42 loc_bar__minus_11_bar_6_bar_2_bar_60)
        (openable Cabinet_bar__minus_00_dot_30_bar__minus_01_dot_40_bar__plus_00_dot_42)
        (receptacleType Cabinet_bar__minus_02_dot_04_bar__minus_01_dot_55_bar__minus_02_dot_57 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_04_bar__minus_01_dot_55_bar__minus_02_dot_57 loc_bar_11_bar__minus_3_bar_1_bar_45)
        (openable Cabinet_bar__minus_02_dot_04_bar__minus_01_dot_55_bar__minus_02_dot_57)
        (receptacleType CounterTop_bar__plus_00_dot_88_bar__plus_02_dot_49_bar__minus_01_dot_98 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_00_dot_88_bar__plus_02_dot_49_bar__minus_01_dot_98 loc_bar__minus_9_bar_12_bar_2_bar_15)
        (receptacleType CounterTop_bar__minus_01_dot_36_bar__minus_00_dot_10_bar__plus_02_dot_43 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_01_dot_36_bar__minus_00_dot_10_bar__plus_02_dot_43 loc_bar_5_bar__minus_3_bar_0_bar_15)
        (receptacleType Drawer_bar__minus_01_dot_71_bar__minus_00_dot_50_bar__plus_00_dot_63 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_71_bar__minus_00_dot_50_bar__plus_00_dot_63 loc_bar_4_bar_10_bar_0_bar__minus_30)
        (openable Drawer_bar__minus_01_dot_71_bar__minus_00_dot_50_bar__plus_00_dot_63)
        (receptacleType Drawer_bar__minus_01_dot_21_bar__minus_02_dot_96_bar__minus_02_dot_91 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_21_bar__minus_02_dot_96_bar__minus_02_dot_91 loc_bar_6_bar__minus_7_bar_3_bar_15)
        (openable Drawer_bar__minus_01_dot_21_bar__minus_02_dot_96_bar__minus_02_dot_91)
        (receptacleType Drawer_bar__minus_02_dot_46_bar__minus_00_dot_90_bar__minus_02_dot_16 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_02_dot_46_bar__minus_00_dot_90_bar__minus_02_dot_16 loc_bar__minus_1_bar__minus_11_bar_1_bar_45)
        (openable Drawer_bar__minus_02_dot_46_bar__minus_00_dot_90_bar__minus_02_dot_16)
        (receptacleType Fridge_bar__minus_01_dot_61_bar__minus_02_dot_44_bar__minus_00_dot_66 FridgeType)
        (receptacleAtLocation Fridge_bar__minus_01_dot_61_bar__minus_02_dot_44_bar__minus_00_dot_66 loc_bar__minus_1_bar_8_bar_1_bar_15)
        (openable Fridge_bar__minus_01_dot_61_bar__minus_02_dot_44_bar__minus_00_dot_66)
        (receptacleType Microwave_bar__minus_01_dot_93_bar__plus_02_dot_49_bar__minus_01_dot_60 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_01_dot_93_bar__plus_02_dot_49_bar__minus_01_dot_60 loc_bar_1_bar__minus_7_bar_2_bar_30)
        (openable Microwave_bar__minus_01_dot_93_bar__plus_02_dot_49_bar__minus_01_dot_60)
        (receptacleType Sink_bar__minus_02_dot_70_bar__plus_00_dot_64_bar__plus_01_dot_67_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_02_dot_70_bar__plus_00_dot_64_bar__plus_01_dot_67_bar_SinkBasin loc_bar__minus_8_bar__minus_7_bar_3_bar_45)
        (receptacleType StoveBurner_bar__minus_01_dot_27_bar__plus_00_dot_66_bar__plus_02_dot_07 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_01_dot_27_bar__plus_00_dot_66_bar__plus_02_dot_07 loc_bar__minus_3_bar__minus_4_bar_3_bar_60)
        (receptacleType StoveBurner_bar__plus_00_dot_81_bar__plus_02_dot_35_bar__minus_00_dot_95 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_00_dot_81_bar__plus_02_dot_35_bar__minus_00_dot_95 loc_bar_2_bar_3_bar_3_bar__minus_30)
        (receptacleType GarbageCan_bar__minus_01_dot_85_bar__minus_00_dot_11_bar__minus_01_dot_57 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_01_dot_85_bar__minus_00_dot_11_bar__minus_01_dot_57 loc_bar_10_bar__minus_5_bar_1_bar_0)
        (receptacleType DiningTable_bar__plus_01_dot_07_bar__minus_01_dot_30_bar__minus_01_dot_23 DiningTableType)
        (receptacleAtLocation DiningTable_bar__plus_01_dot_07_bar__minus_01_dot_30_bar__minus_01_dot_23 loc_bar_4_bar_2_bar_3_bar__minus_30)
        (receptacleType CoffeeMachine_bar__minus_01_dot_38_bar__plus_00_dot_99_bar__plus_02_dot_92 CoffeeMachineType)
        (receptacleAtLocation CoffeeMachine_bar__minus_01_dot_38_bar__plus_00_dot_99_bar__plus_02_dot_92 loc_bar__minus_7_bar_5_bar_0_bar_30)
        (objectType Mug_bar__plus_01_dot_20_bar__plus_02_dot_30_bar__minus_02_dot_46 MugType)
        (inReceptacle Mug_bar__plus_01_dot_20_bar__plus_02_dot_30_bar__minus_02_dot_46 DiningTable_bar__plus_01_dot_07_bar__minus_01_dot_30_bar__minus_01_dot_23)
        (objectAtLocation Mug_bar__plus_01_dot_20_bar__plus_02_dot_30_bar__minus_02_dot_46 loc_bar_4_bar_2_bar_3_bar__minus_30)
        (pickupable Mug_bar__plus_01_dot_20_bar__plus_02_dot_30_bar__minus_02_dot_46)
        (cleanable Mug_bar__plus_01_dot_20_bar__plus_02_dot_30_bar__minus_02_dot_46)
        (heatable Mug_bar__plus_01_dot_20_bar__plus_02_dot_30_bar__minus_02_dot_46)
        (coolable Mug_bar__plus_01_dot_20_bar__plus_02_dot_30_bar__minus_02_dot_46)
        (isReceptacleObject Mug_bar__plus_01_dot_20_bar__plus_02_dot_30_bar__minus_02_dot_46)
        (objectType Mug_bar__minus_02_dot_82_bar__minus_02_dot_23_bar__plus_00_dot_68 MugType)
        (inReceptacle Mug_bar__minus_02_dot_82_bar__minus_02_dot_23_bar__plus_00_dot_68 Cabinet_bar__plus_01_dot_86_bar__plus_00_dot_04_bar__plus_00_dot_26)
        (objectAtLocation Mug_bar__minus_02_dot_82_bar__minus_02_dot_23_bar__plus_00_dot_68 loc_bar__minus_3_bar_4_bar_0_bar_45)
        (pickupable Mug_bar__minus_02_dot_82_bar__minus_02_dot_23_bar__plus_00_dot_68)
        (cleanable Mug_bar__minus_02_dot_82_bar__minus_02_dot_23_bar__plus_00_dot_68)
        (heatable Mug_bar__minus_02_dot_82_bar__minus_02_dot_23_bar__plus_00_dot_68)
        (coolable Mug_bar__minus_02_dot_82_bar__minus_02_dot_23_bar__plus_00_dot_68)
        (isReceptacleObject Mug_bar__minus_02_dot_82_bar__minus_02_dot_23_bar__plus_00_dot_68)
        (objectType ButterKnife_bar__plus_00_dot_49_bar__minus_00_dot_31_bar__minus_01_dot_50 ButterKnifeType)
        (inReceptacle ButterKnife_bar__plus_00_dot_49_bar__minus_00_dot_31_bar__minus_01_dot_50 Drawer_bar__minus_01_dot_21_bar__minus_02_dot_96_bar__minus_02_dot_91)
        (objectAtLocation ButterKnife_bar__plus_00_dot_49_bar__minus_00_dot_31_bar__minus_01_dot_50 loc_bar_6_bar__minus_7_bar_3_bar_15)
        (pickupable ButterKnife_bar__plus_00_dot_49_bar__minus_00_dot_31_bar__minus_01_dot_50)
        (cleanable ButterKnife_bar__plus_00_dot_49_bar__minus_00_dot_31_bar__minus_01_dot_50)
        (objectType ButterKnife_bar__plus_01_dot_66_bar__plus_01_dot_22_bar__minus_02_dot_43 ButterKnifeType)
        (inReceptacle ButterKnife_bar__plus_01_dot_66_bar__plus_01_dot_22_bar__minus_02_dot_43 DiningTable_bar__plus_01_dot_07_bar__minus_01_dot_30_bar__minus_01_dot_23)
        (objectAtLocation ButterKnife_bar__plus_01_dot_66_bar__plus_01_dot_22_bar__minus_02_dot_43 loc_bar_4_bar_2_bar_3_bar__minus_30)
        (pickupable ButterKnife_bar__plus_01_dot_66_bar__plus_01_dot_22_bar__minus_02_dot_43)
        (cleanable ButterKnife_bar__plus_01_dot_66_bar__plus_01_dot_22_bar__minus_02_dot_43)
        (objectType Kettle_bar__plus_00_dot_35_bar__minus_01_dot_19_bar__plus_02_dot_00 KettleType)
        (inReceptacle Kettle_bar__plus_00_dot_35_bar__minus_01_dot_19_bar__plus_02_dot_00 DiningTable_bar__plus_01_dot_07_bar__minus_01_dot_30_bar__minus_01_dot_23)
        (objectAtLocation Kettle_bar__plus_00_dot_35_bar__minus_01_dot_19_bar__plus_02_dot_00 loc_bar_4_bar_2_bar_3_bar__minus_30)
        (pickupable Kettle_bar__plus_00_dot_35_bar__minus_01_dot_19_bar__plus_02_dot_00)
        (cleanable Kettle_bar__plus_00_dot_35_bar__minus_01_dot_19_bar__plus_02_dot_00)
        (objectType Kettle_bar__minus_01_dot_34_bar__minus_02_dot_90_bar__minus_02_dot_89 KettleType)
        (inReceptacle Kettle_bar__minus_01_dot_34_bar__minus_02_dot_90_bar__minus_02_dot_89 CounterTop_bar__plus_00_dot_88_bar__plus_02_dot_49_bar__minus_01_dot_98)
        (objectAtLocation Kettle_bar__minus_01_dot_34_bar__minus_02_dot_90_bar__minus_02_dot_89 loc_bar__minus_9_bar_12_bar_2_bar_15)
        (pickupable Kettle_bar__minus_01_dot_34_bar__minus_02_dot_90_bar__minus_02_dot_89)
        (cleanable Kettle_bar__minus_01_dot_34_bar__minus_02_dot_90_bar__minus_02_dot_89)
        (objectType Lettuce_bar__minus_00_dot_06_bar__minus_01_dot_65_bar__plus_02_dot_40 LettuceType)
        (inReceptacle Lettuce_bar__minus_00_dot_06_bar__minus_01_dot_65_bar__plus_02_dot_40 GarbageCan_bar__minus_01_dot_85_bar__minus_00_dot_11_bar__minus_01_dot_57)
        (objectAtLocation Lettuce_bar__minus_00_dot_06_bar__minus_01_dot_65_bar__plus_02_dot_40 loc_bar_10_bar__minus_5_bar_1_bar_0)
        (pickupable Lettuce_bar__minus_00_dot_06_bar__minus_01_dot_65_bar__plus_02_dot_40)
        (cleanable Lettuce_bar__minus_00_dot_06_bar__minus_01_dot_65_bar__plus_02_dot_40)
        (coolable Lettuce_bar__minus_00_dot_06_bar__minus_01_dot_65_bar__plus_02_dot_40)
        (objectType Lettuce_bar__minus_02_dot_25_bar__minus_02_dot_51_bar__minus_01_dot_78 LettuceType)
        (inReceptacle Lettuce_bar__minus_02_dot_25_bar__minus_02_dot_51_bar__minus_01_dot_78 CounterTop_bar__minus_01_dot_36_bar__minus_00_dot_10_bar__plus_02_dot_43)
        (objectAtLocation Lettuce_bar__minus_02_dot_25_bar__minus_02_dot_51_bar__minus_01_dot_78 loc_bar_5_bar__minus_3_bar_0_bar_15)
        (pickupable Lettuce_bar__minus_02_dot_25_bar__minus_02_dot_51_bar__minus_01_dot_78)
        (cleanable Lettuce_bar__minus_02_dot_25_bar__minus_02_dot_51_bar__minus_01_dot_78)
        (coolable Lettuce_bar__minus_02_dot_25_bar__minus_02_dot_51_bar__minus_01_dot_78)
        (objectType DishSponge_bar__plus_02_dot_56_bar__plus_00_dot_34_bar__minus_01_dot_32 DishSpongeType)
        (inReceptacle DishSponge_bar__plus_02_dot_56_bar__plus_00_dot_34_bar__minus_01_dot_32 Cabinet_bar__minus_01_dot_18_bar__plus_00_dot_03_bar__plus_01_dot_12)
        (objectAtLocation DishSponge_bar__plus_02_dot_56_bar__plus_00_dot_34_bar__minus_01_dot_32 loc_bar__minus_11_bar_7_bar_0_bar_30)
        (pickupable DishSponge_bar__plus_02_dot_56_bar__plus_00_dot_34_bar__minus_01_dot_32)
        (cleanable DishSponge_bar__plus_02_dot_56_bar__plus_00_dot_34_bar__minus_01_dot_32)
        (objectType Spatula_bar__plus_00_dot_67_bar__minus_02_dot_05_bar__minus_01_dot_29 SpatulaType)
        (inReceptacle Spatula_bar__plus_00_dot_67_bar__minus_02_dot_05_bar__minus_01_dot_29 Sink_bar__minus_02_dot_70_bar__plus_00_dot_64_bar__plus_01_dot_67_bar_SinkBasin)
        (objectAtLocation Spatula_bar__plus_00_dot_67_bar__minus_02_dot_05_bar__minus_01_dot_29 loc_bar__minus_8_bar__minus_7_bar_3_bar_45)
        (pickupable Spatula_bar__plus_00_dot_67_bar__minus_02_dot_05_bar__minus_01_dot_29)
        (cleanable Spatula_bar__plus_00_dot_67_bar__minus_02_dot_05_bar__minus_01_dot_29)
        (canContain CabinetType DishSpongeType)
        (canContain CabinetType KettleType)
        (canContain CabinetType MugType)
        (canContain CoffeeMachineType MugType)
        (canContain CounterTopType ButterKnifeType)
        (canContain CounterTopType DishSpongeType)
        (canContain CounterTopType KettleType)
        (canContain CounterTopType LettuceType)
        (canContain CounterTopType MugType)
        (canContain CounterTopType SpatulaType)
        (canContain DiningTableType ButterKnifeType)
        (canContain DiningTableType DishSpongeType)
        (canContain DiningTableType KettleType)
        (canContain DiningTableType LettuceType)
        (canContain DiningTableType MugType)
        (canContain DiningTableType SpatulaType)
        (canContain DrawerType ButterKnifeType)
        (canContain DrawerType DishSpongeType)
        (canContain DrawerType SpatulaType)
        (canContain FridgeType LettuceType)
        (canContain FridgeType MugType)
        (canContain GarbageCanType DishSpongeType)
        (canContain GarbageCanType LettuceType)
        (canContain MicrowaveType MugType)
        (canContain SinkBasinType ButterKnifeType)
        (canContain SinkBasinType DishSpongeType)
        (canContain SinkBasinType KettleType)
        (canContain SinkBasinType LettuceType)
        (canContain SinkBasinType MugType)
        (canContain SinkBasinType SpatulaType)
        (canContain StoveBurnerType KettleType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (inReceptacle ?o ?r)
                            (objectType ?o MugType)
                            (receptacleType ?r CounterTopType)
                        )
                    )
                )
            )
        )
    )
