(define (problem plan_trial_e40003)
(:domain alfred)
(:objects
        agent1 - agent
        ButterKnifeType - otype
        DishSpongeType - otype
        KettleType - otype
        LadleType - otype
        PlateType - otype
        SpatulaType - otype
        CabinetType - rtype
        CounterTopType - rtype
        DrawerType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SinkBasinType - rtype
        StoveBurnerType - rtype
        ToasterType - rtype
        Plate_bar__plus_01_dot_31_bar__minus_02_dot_50_bar__plus_00_dot_65 - object
        Plate_bar__minus_02_dot_43_bar__plus_01_dot_49_bar__plus_00_dot_47 - object
        Ladle_bar__plus_00_dot_22_bar__plus_02_dot_37_bar__minus_01_dot_06 - object
        Ladle_bar__plus_01_dot_46_bar__minus_01_dot_33_bar__plus_02_dot_16 - object
        Kettle_bar__minus_00_dot_98_bar__plus_00_dot_31_bar__minus_01_dot_57 - object
        DishSponge_bar__plus_01_dot_61_bar__plus_00_dot_52_bar__plus_00_dot_39 - object
        DishSponge_bar__minus_02_dot_18_bar__minus_02_dot_79_bar__minus_00_dot_98 - object
        Spatula_bar__plus_00_dot_35_bar__plus_03_dot_00_bar__plus_00_dot_14 - object
        ButterKnife_bar__minus_00_dot_10_bar__plus_00_dot_81_bar__plus_01_dot_30 - object
        Cabinet_bar__plus_01_dot_27_bar__minus_01_dot_90_bar__minus_02_dot_75 - receptacle
        Cabinet_bar__plus_00_dot_89_bar__minus_01_dot_32_bar__minus_01_dot_31 - receptacle
        Cabinet_bar__minus_02_dot_21_bar__plus_00_dot_46_bar__minus_02_dot_17 - receptacle
        Cabinet_bar__minus_02_dot_64_bar__plus_02_dot_63_bar__minus_01_dot_69 - receptacle
        Cabinet_bar__minus_02_dot_50_bar__minus_00_dot_67_bar__plus_00_dot_82 - receptacle
        Cabinet_bar__plus_00_dot_83_bar__plus_00_dot_16_bar__plus_00_dot_06 - receptacle
        CounterTop_bar__plus_02_dot_24_bar__plus_02_dot_92_bar__plus_01_dot_55 - receptacle
        Drawer_bar__minus_01_dot_70_bar__plus_02_dot_23_bar__plus_00_dot_78 - receptacle
        Drawer_bar__plus_01_dot_06_bar__plus_01_dot_69_bar__plus_00_dot_78 - receptacle
        Fridge_bar__plus_01_dot_29_bar__plus_01_dot_68_bar__plus_02_dot_98 - receptacle
        Microwave_bar__minus_02_dot_55_bar__plus_02_dot_96_bar__minus_01_dot_62 - receptacle
        Sink_bar__minus_00_dot_18_bar__plus_00_dot_48_bar__minus_00_dot_44_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_00_dot_51_bar__minus_00_dot_87_bar__minus_01_dot_91 - receptacle
        StoveBurner_bar__plus_02_dot_81_bar__plus_01_dot_84_bar__minus_00_dot_52 - receptacle
        StoveBurner_bar__minus_00_dot_49_bar__minus_01_dot_46_bar__plus_02_dot_81 - receptacle
        StoveBurner_bar__minus_02_dot_30_bar__plus_01_dot_73_bar__minus_00_dot_94 - receptacle
        GarbageCan_bar__minus_01_dot_89_bar__minus_01_dot_46_bar__plus_01_dot_49 - receptacle
        Shelf_bar__minus_00_dot_94_bar__plus_01_dot_49_bar__minus_00_dot_64 - receptacle
        Shelf_bar__plus_01_dot_53_bar__plus_02_dot_23_bar__minus_00_dot_05 - receptacle
        Toaster_bar__plus_00_dot_70_bar__minus_02_dot_50_bar__minus_00_dot_77 - receptacle
        loc_bar__minus_4_bar_2_bar_1_bar__minus_30 - location
        loc_bar__minus_3_bar_0_bar_0_bar__minus_30 - location
        loc_bar_11_bar_9_bar_3_bar_45 - location
        loc_bar__minus_10_bar__minus_12_bar_3_bar_0 - location
        loc_bar_3_bar__minus_5_bar_1_bar_0 - location
        loc_bar_4_bar__minus_4_bar_1_bar_0 - location
        loc_bar__minus_12_bar__minus_8_bar_0_bar_0 - location
        loc_bar_9_bar__minus_4_bar_0_bar_15 - location
        loc_bar_6_bar__minus_11_bar_2_bar_15 - location
        loc_bar_7_bar_7_bar_3_bar__minus_30 - location
        loc_bar_1_bar__minus_6_bar_1_bar_60 - location
        loc_bar__minus_12_bar_11_bar_3_bar_15 - location
        loc_bar__minus_5_bar__minus_11_bar_1_bar_60 - location
        loc_bar_3_bar_10_bar_0_bar_45 - location
        loc_bar_10_bar__minus_7_bar_3_bar_30 - location
        loc_bar__minus_5_bar__minus_8_bar_0_bar_45 - location
        loc_bar__minus_10_bar__minus_9_bar_2_bar_30 - location
        loc_bar_12_bar__minus_5_bar_2_bar_30 - location
        loc_bar_3_bar_7_bar_2_bar_0 - location
        loc_bar__minus_6_bar__minus_9_bar_2_bar_0 - location
        loc_bar__minus_8_bar__minus_4_bar_3_bar_30 - location
        )
(:init
        (atLocation agent1 loc_bar__minus_8_bar__minus_4_bar_3_bar_30)
        (receptacleType Cabinet_bar__plus_01_dot_27_bar__minus_01_dot_90_bar__minus_02_dot_75 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_27_bar__minus_01_dot_90_bar__minus_02_dot_75 loc_bar__minus_4_bar_2_bar_1_bar__minus_30)
        (openable Cabinet_bar__plus_01_dot_27_bar__minus_01_dot_90_bar__minus_02_dot_75)
        (receptacleType Cabinet_bar__plus_00_dot_89_bar__minus_01_dot_32_bar__minus_01_dot_31 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_89_bar__minus_01_dot_32_bar__minus_01_dot_31 loc_bar__minus_3_bar_0_bar_0_bar__minus_30)
        (openable Cabinet_bar__plus_00_dot_89_bar__minus_01_dot_32_bar__minus_01_dot_31)
        (receptacleType Cabinet_bar__minus_02_dot_21_bar__plus_00_dot_46_bar__minus_02_dot_17 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_21_bar__plus_00_dot_46_bar__minus_02_dot_17 loc_bar_11_bar_9_bar_3_bar_45)
        (openable Cabinet_bar__minus_02_dot_21_bar__plus_00_dot_46_bar__minus_02_dot_17)
        (receptacleType Cabinet_bar__minus_02_dot_64_bar__plus_02_dot_63_bar__minus_01_dot_69 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_64_bar__plus_02_dot_63_bar__minus_01_dot_69 loc_bar__minus_10_bar__minus_12_bar_3_bar_0)
        (openable Cabinet_bar__minus_02_dot_64_bar__plus_02_dot_63_bar__minus_01_dot_69)
        (receptacleType Cabinet_bar__minus_02_dot_50_bar__minus_00_dot_67_bar__plus_00_dot_82 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_50_bar__minus_00_dot_67_bar__plus_00_dot_82 loc_bar_3_bar__minus_5_bar_1_bar_0)
        (openable Cabinet_bar__minus_02_dot_50_bar__minus_00_dot_67_bar__plus_00_dot_82)
        (receptacleType Cabinet_bar__plus_00_dot_83_bar__plus_00_dot_16_bar__plus_00_dot_06 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_83_bar__plus_00_dot_16_bar__plus_00_dot_06 loc_bar_4_bar__minus_4_bar_1_bar_0)
        (openable Cabinet_bar__plus_00_dot_83_bar__plus_00_dot_16_bar__plus_00_dot_06)
        (receptacleType CounterTop_bar__plus_02_dot_24_bar__plus_02_dot_92_bar__plus_01_dot_55 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_02_dot_24_bar__plus_02_dot_92_bar__plus_01_dot_55 loc_bar__minus_12_bar__minus_8_bar_0_bar_0)
        (receptacleType Drawer_bar__minus_01_dot_70_bar__plus_02_dot_23_bar__plus_00_dot_78 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_70_bar__plus_02_dot_23_bar__plus_00_dot_78 loc_bar_9_bar__minus_4_bar_0_bar_15)
        (openable Drawer_bar__minus_01_dot_70_bar__plus_02_dot_23_bar__plus_00_dot_78)
        (receptacleType Drawer_bar__plus_01_dot_06_bar__plus_01_dot_69_bar__plus_00_dot_78 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_06_bar__plus_01_dot_69_bar__plus_00_dot_78 loc_bar_6_bar__minus_11_bar_2_bar_15)
        (openable Drawer_bar__plus_01_dot_06_bar__plus_01_dot_69_bar__plus_00_dot_78)
        (receptacleType Fridge_bar__plus_01_dot_29_bar__plus_01_dot_68_bar__plus_02_dot_98 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_01_dot_29_bar__plus_01_dot_68_bar__plus_02_dot_98 loc_bar_7_bar_7_bar_3_bar__minus_30)
        (openable Fridge_bar__plus_01_dot_29_bar__plus_01_dot_68_bar__plus_02_dot_98)
        (receptacleType Microwave_bar__minus_02_dot_55_bar__plus_02_dot_96_bar__minus_01_dot_62 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_02_dot_55_bar__plus_02_dot_96_bar__minus_01_dot_62 loc_bar_1_bar__minus_6_bar_1_bar_60)
        (openable Microwave_bar__minus_02_dot_55_bar__plus_02_dot_96_bar__minus_01_dot_62)
        (receptacleType Sink_bar__minus_00_dot_18_bar__plus_00_dot_48_bar__minus_00_dot_44_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_00_dot_18_bar__plus_00_dot_48_bar__minus_00_dot_44_bar_SinkBasin loc_bar__minus_12_bar_11_bar_3_bar_15)
        (receptacleType StoveBurner_bar__minus_00_dot_51_bar__minus_00_dot_87_bar__minus_01_dot_91 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_00_dot_51_bar__minus_00_dot_87_bar__minus_01_dot_91 loc_bar__minus_5_bar__minus_11_bar_1_bar_60)
        (receptacleType StoveBurner_bar__plus_02_dot_81_bar__plus_01_dot_84_bar__minus_00_dot_52 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_02_dot_81_bar__plus_01_dot_84_bar__minus_00_dot_52 loc_bar_3_bar_10_bar_0_bar_45)
        (receptacleType StoveBurner_bar__minus_00_dot_49_bar__minus_01_dot_46_bar__plus_02_dot_81 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_00_dot_49_bar__minus_01_dot_46_bar__plus_02_dot_81 loc_bar_10_bar__minus_7_bar_3_bar_30)
        (receptacleType StoveBurner_bar__minus_02_dot_30_bar__plus_01_dot_73_bar__minus_00_dot_94 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_02_dot_30_bar__plus_01_dot_73_bar__minus_00_dot_94 loc_bar__minus_5_bar__minus_8_bar_0_bar_45)
        (receptacleType GarbageCan_bar__minus_01_dot_89_bar__minus_01_dot_46_bar__plus_01_dot_49 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_01_dot_89_bar__minus_01_dot_46_bar__plus_01_dot_49 loc_bar__minus_10_bar__minus_9_bar_2_bar_30)
        (receptacleType Shelf_bar__minus_00_dot_94_bar__plus_01_dot_49_bar__minus_00_dot_64 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_00_dot_94_bar__plus_01_dot_49_bar__minus_00_dot_64 loc_bar_12_bar__minus_5_bar_2_bar_30)
        (receptacleType Shelf_bar__plus_01_dot_53_bar__plus_02_dot_23_bar__minus_00_dot_05 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_01_dot_53_bar__plus_02_dot_23_bar__minus_00_dot_05 loc_bar_3_bar_7_bar_2_bar_0)
        (receptacleType Toaster_bar__plus_00_dot_70_bar__minus_02_dot_50_bar__minus_00_dot_77 ToasterType)
        (receptacleAtLocation Toaster_bar__plus_00_dot_70_bar__minus_02_dot_50_bar__minus_00_dot_77 loc_bar__minus_6_bar__minus_9_bar_2_bar_0)
        (objectType Plate_bar__plus_01_dot_31_bar__minus_02_dot_50_bar__plus_00_dot_65 PlateType)
        (inReceptacle Plate_bar__plus_01_dot_31_bar__minus_02_dot_50_bar__plus_00_dot_65 Fridge_bar__plus_01_dot_29_bar__plus_01_dot_68_bar__plus_02_dot_98)
        (objectAtLocation Plate_bar__plus_01_dot_31_bar__minus_02_dot_50_bar__plus_00_dot_65 loc_bar_7_bar_7_bar_3_bar__minus_30)
        (pickupable Plate_bar__plus_01_dot_31_bar__minus_02_dot_50_bar__plus_00_dot_65)
        (cleanable Plate_bar__plus_01_dot_31_bar__minus_02_dot_50_bar__plus_00_dot_65)
        (heatable Plate_bar__plus_01_dot_31_bar__minus_02_dot_50_bar__plus_00_dot_65)
        (coolable Plate_bar__plus_01_dot_31_bar__minus_02_dot_50_bar__plus_00_dot_65)
        (isReceptacleObject Plate_bar__plus_01_dot_31_bar__minus_02_dot_50_bar__plus_00_dot_65)
        (objectType Plate_bar__minus_02_dot_43_bar__plus_01_dot_49_bar__plus_00_dot_47 PlateType)
        (inReceptacle Plate_bar__minus_02_dot_43_bar__plus_01_dot_49_bar__plus_00_dot_47 Microwave_bar__minus_02_dot_55_bar__plus_02_dot_96_bar__minus_01_dot_62)
        (objectAtLocation Plate_bar__minus_02_dot_43_bar__plus_01_dot_49_bar__plus_00_dot_47 loc_bar_1_bar__minus_6_bar_1_bar_60)
        (pickupable Plate_bar__minus_02_dot_43_bar__plus_01_dot_49_bar__plus_00_dot_47)
        (cleanable Plate_bar__minus_02_dot_43_bar__plus_01_dot_49_bar__plus_00_dot_47)
        (heatable Plate_bar__minus_02_dot_43_bar__plus_01_dot_49_bar__plus_00_dot_47)
        (coolable Plate_bar__minus_02_dot_43_bar__plus_01_dot_49_bar__plus_00_dot_47)
        (isReceptacleObject Plate_bar__minus_02_dot_43_bar__plus_01_dot_49_bar__plus_00_dot_47)
        (objectType Ladle_bar__plus_00_dot_22_bar__plus_02_dot_37_bar__minus_01_dot_06 LadleType)
        (inReceptacle Ladle_bar__plus_00_dot_22_bar__plus_02_dot_37_bar__minus_01_dot_06 Cabinet_bar__plus_00_dot_89_bar__minus_01_dot_32_bar__minus_01_dot_31)
        (objectAtLocation Ladle_bar__plus_00_dot_22_bar__plus_02_dot_37_bar__minus_01_dot_06 loc_bar__minus_3_bar_0_bar_0_bar__minus_30)
        (pickupable Ladle_bar__plus_00_dot_22_bar__plus_02_dot_37_bar__minus_01_dot_06)
        (cleanable Ladle_bar__plus_00_dot_22_bar__plus_02_dot_37_bar__minus_01_dot_06)
        (objectType Ladle_bar__plus_01_dot_46_bar__minus_01_dot_33_bar__plus_02_dot_16 LadleType)
        (inReceptacle Ladle_bar__plus_01_dot_46_bar__minus_01_dot_33_bar__plus_02_dot_16 Cabinet_bar__plus_00_dot_83_bar__plus_00_dot_16_bar__plus_00_dot_06)
        (objectAtLocation Ladle_bar__plus_01_dot_46_bar__minus_01_dot_33_bar__plus_02_dot_16 loc_bar_4_bar__minus_4_bar_1_bar_0)
        (pickupable Ladle_bar__plus_01_dot_46_bar__minus_01_dot_33_bar__plus_02_dot_16)
        (cleanable Ladle_bar__plus_01_dot_46_bar__minus_01_dot_33_bar__plus_02_dot_16)
        (objectType Kettle_bar__minus_00_dot_98_bar__plus_00_dot_31_bar__minus_01_dot_57 KettleType)
        (inReceptacle Kettle_bar__minus_00_dot_98_bar__plus_00_dot_31_bar__minus_01_dot_57 StoveBurner_bar__minus_00_dot_51_bar__minus_00_dot_87_bar__minus_01_dot_91)
        (objectAtLocation Kettle_bar__minus_00_dot_98_bar__plus_00_dot_31_bar__minus_01_dot_57 loc_bar__minus_5_bar__minus_11_bar_1_bar_60)
        (pickupable Kettle_bar__minus_00_dot_98_bar__plus_00_dot_31_bar__minus_01_dot_57)
        (cleanable Kettle_bar__minus_00_dot_98_bar__plus_00_dot_31_bar__minus_01_dot_57)
        (objectType DishSponge_bar__plus_01_dot_61_bar__plus_00_dot_52_bar__plus_00_dot_39 DishSpongeType)
        (inReceptacle DishSponge_bar__plus_01_dot_61_bar__plus_00_dot_52_bar__plus_00_dot_39 Shelf_bar__minus_00_dot_94_bar__plus_01_dot_49_bar__minus_00_dot_64)
        (objectAtLocation DishSponge_bar__plus_01_dot_61_bar__plus_00_dot_52_bar__plus_00_dot_39 loc_bar_12_bar__minus_5_bar_2_bar_30)
        (pickupable DishSponge_bar__plus_01_dot_61_bar__plus_00_dot_52_bar__plus_00_dot_39)
        (cleanable DishSponge_bar__plus_01_dot_61_bar__plus_00_dot_52_bar__plus_00_dot_39)
        (objectType DishSponge_bar__minus_02_dot_18_bar__minus_02_dot_79_bar__minus_00_dot_98 DishSpongeType)
        (inReceptacle DishSponge_bar__minus_02_dot_18_bar__minus_02_dot_79_bar__minus_00_dot_98 Shelf_bar__minus_00_dot_94_bar__plus_01_dot_49_bar__minus_00_dot_64)
        (objectAtLocation DishSponge_bar__minus_02_dot_18_bar__minus_02_dot_79_bar__minus_00_dot_98 loc_bar_12_bar__minus_5_bar_2_bar_30)
        (pickupable DishSponge_bar__minus_02_dot_18_bar__minus_02_dot_79_bar__minus_00_dot_98)
        (cleanable DishSponge_bar__minus_02_dot_18_bar__minus_02_dot_79_bar__minus_00_dot_98)
        (objectType Spatula_bar__plus_00_dot_35_bar__plus_03_dot_00_bar__plus_00_dot_14 SpatulaType)
        (inReceptacle Spatula_bar__plus_00_dot_35_bar__plus_03_dot_00_bar__plus_00_dot_14 Drawer_bar__plus_01_dot_06_bar__plus_01_dot_69_bar__plus_00_dot_78)
        (objectAtLocation Spatula_bar__plus_00_dot_35_bar__plus_03_dot_00_bar__plus_00_dot_14 loc_bar_6_bar__minus_11_bar_2_bar_15)
        (pickupable Spatula_bar__plus_00_dot_35_bar__plus_03_dot_00_bar__plus_00_dot_14)
        (cleanable Spatula_bar__plus_00_dot_35_bar__plus_03_dot_00_bar__plus_00_dot_14)
        (objectType ButterKnife_bar__minus_00_dot_10_bar__plus_00_dot_81_bar__plus_01_dot_30 ButterKnifeType)
        (inReceptacle ButterKnife_bar__minus_00_dot_10_bar__plus_00_dot_81_bar__plus_01_dot_30 Sink_bar__minus_00_dot_18_bar__plus_00_dot_48_bar__minus_00_dot_44_bar_SinkBasin)
        (objectAtLocation ButterKnife_bar__minus_00_dot_10_bar__plus_00_dot_81_bar__plus_01_dot_30 loc_bar__minus_12_bar_11_bar_3_bar_15)
        (pickupable ButterKnife_bar__minus_00_dot_10_bar__plus_00_dot_81_bar__plus_01_dot_30)
        (cleanable ButterKnife_bar__minus_00_dot_10_bar__plus_00_dot_81_bar__plus_01_dot_30)
        (canContain CabinetType DishSpongeType)
        (canContain CabinetType KettleType)
        (canContain CabinetType LadleType)
        (canContain CabinetType PlateType)
        (canContain CounterTopType ButterKnifeType)
        (canContain CounterTopType DishSpongeType)
        (canContain CounterTopType KettleType)
        (canContain CounterTopType LadleType)
        (canContain CounterTopType PlateType)
        (canContain CounterTopType SpatulaType)
        (canContain DrawerType ButterKnifeType)
        (canContain DrawerType DishSpongeType)
        (canContain DrawerType LadleType)
        (canContain DrawerType SpatulaType)
        (canContain FridgeType PlateType)
        (canContain GarbageCanType DishSpongeType)
        (canContain MicrowaveType PlateType)
        (canContain ShelfType DishSpongeType)
        (canContain ShelfType KettleType)
        (canContain ShelfType PlateType)
        (canContain SinkBasinType ButterKnifeType)
        (canContain SinkBasinType DishSpongeType)
        (canContain SinkBasinType KettleType)
        (canContain SinkBasinType LadleType)
        (canContain SinkBasinType PlateType)
        (canContain SinkBasinType SpatulaType)
        (canContain StoveBurnerType KettleType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (heatable ?o)
                            (objectType ?o PlateType)
                            (receptacleType ?r CabinetType)
                            (isHot ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
