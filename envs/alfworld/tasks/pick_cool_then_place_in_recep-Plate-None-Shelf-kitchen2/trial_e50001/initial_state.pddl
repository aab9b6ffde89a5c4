(define (problem plan_trial_e50001)
(:domain alfred)
(:objects
        agent1 - agent
        AppleType - otype
        EggType - otype
        PanType - otype
        PlateType - otype
        SpatulaType - otype
        SpoonType - otype
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
        Plate_bar__plus_02_dot_20_bar__minus_02_dot_91_bar__minus_00_dot_02 - object
        Egg_bar__plus_02_dot_29_bar__plus_01_dot_19_bar__plus_00_dot_74 - object
        Pan_bar__minus_02_dot_86_bar__minus_01_dot_85_bar__minus_02_dot_31 - object
        Apple_bar__plus_01_dot_60_bar__minus_02_dot_55_bar__minus_02_dot_87 - object
        Spatula_bar__plus_00_dot_29_bar__minus_00_dot_29_bar__plus_00_dot_31 - object
        Spoon_bar__minus_01_dot_20_bar__plus_00_dot_82_bar__minus_02_dot_15 - object
        Cabinet_bar__minus_01_dot_62_bar__minus_01_dot_02_bar__minus_02_dot_35 - receptacle
        Cabinet_bar__plus_02_dot_96_bar__minus_01_dot_91_bar__plus_02_dot_25 - receptacle
        Cabinet_bar__plus_02_dot_62_bar__plus_02_dot_11_bar__minus_00_dot_87 - receptacle
        Cabinet_bar__minus_02_dot_93_bar__plus_00_dot_67_bar__minus_01_dot_05 - receptacle
        Cabinet_bar__minus_01_dot_96_bar__minus_02_dot_64_bar__plus_01_dot_87 - receptacle
        Cabinet_bar__plus_02_dot_76_bar__plus_00_dot_09_bar__minus_00_dot_21 - receptacle
        CounterTop_bar__plus_00_dot_20_bar__plus_01_dot_64_bar__plus_02_dot_46 - receptacle
        Drawer_bar__plus_01_dot_07_bar__plus_01_dot_00_bar__minus_00_dot_61 - receptacle
        Drawer_bar__minus_01_dot_87_bar__minus_02_dot_35_bar__minus_00_dot_87 - receptacle
        Fridge_bar__plus_02_dot_79_bar__plus_02_dot_48_bar__plus_00_dot_28 - receptacle
        Microwave_bar__minus_00_dot_23_bar__plus_02_dot_85_bar__plus_02_dot_63 - receptacle
        Sink_bar__plus_01_dot_77_bar__plus_01_dot_94_bar__minus_02_dot_20_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_02_dot_39_bar__minus_01_dot_39_bar__minus_02_dot_19 - receptacle
        StoveBurner_bar__plus_02_dot_13_bar__minus_02_dot_33_bar__plus_01_dot_27 - receptacle
        StoveBurner_bar__minus_02_dot_47_bar__plus_00_dot_46_bar__minus_02_dot_67 - receptacle
        StoveBurner_bar__minus_00_dot_15_bar__plus_00_dot_71_bar__plus_00_dot_56 - receptacle
        GarbageCan_bar__minus_00_dot_52_bar__minus_00_dot_86_bar__plus_00_dot_28 - receptacle
        Shelf_bar__plus_01_dot_51_bar__plus_02_dot_83_bar__plus_01_dot_37 - receptacle
        Shelf_bar__minus_02_dot_41_bar__plus_00_dot_08_bar__minus_00_dot_30 - receptacle
        Toaster_bar__minus_00_dot_13_bar__plus_02_dot_56_bar__plus_00_dot_56 - receptacle
        loc_bar__minus_4_bar__minus_2_bar_1_bar_15 - location
        loc_bar_1_bar_2_bar_0_bar__minus_30 - location
        loc_bar_7_bar_6_bar_0_bar_0 - location
        loc_bar_3_bar__minus_2_bar_0_bar_45 - location
        loc_bar__minus_8_bar_1_bar_0_bar_0 - location
        loc_bar_8_bar__minus_6_bar_0_bar_15 - location
        loc_bar__minus_2_bar_5_bar_2_bar_45 - location
        loc_bar_3_bar_0_bar_3_bar_45 - location
        loc_bar__minus_9_bar_10_bar_3_bar_45 - location
        loc_bar_7_bar_2_bar_0_bar_15 - location
        loc_bar__minus_9_bar_3_bar_2_bar_45 - location
        loc_bar__minus_8_bar_11_bar_3_bar_30 - location
        loc_bar__minus_5_bar_5_bar_1_bar_15 - location
        loc_bar_4_bar_3_bar_1_bar_0 - location
        loc_bar__minus_3_bar_4_bar_3_bar_60 - location
        loc_bar__minus_7_bar__minus_12_bar_0_bar_45 - location
        loc_bar_3_bar_2_bar_0_bar_15 - location
        loc_bar__minus_2_bar_8_bar_1_bar_60 - location
        loc_bar_3_bar_3_bar_3_bar_45 - location
        loc_bar__minus_7_bar__minus_1_bar_1_bar_0 - location
        loc_bar__minus_4_bar_5_bar_1_bar_0 - location
        )
(:init
        (atLocation agent1 loc_bar__minus_4_bar_5_bar_1_bar_0)
        (receptacleType Cabinet_bar__minus_01_dot_62_bar__minus_01_dot_02_bar__minus_02_dot_35 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_62_bar__minus_01_dot_02_bar__minus_02_dot_35 loc_bar__minus_4_bar__minus_2_bar_1_bar_15)
        (openable Cabinet_bar__minus_01_dot_62_bar__minus_01_dot_02_bar__minus_02_dot_35)
        (receptacleType Cabinet_bar__plus_02_dot_96_bar__minus_01_dot_91_bar__plus_02_dot_25 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_96_bar__minus_01_dot_91_bar__plus_02_dot_25 loc_bar_1_bar_2_bar_0_bar__minus_30)
        (openable Cabinet_bar__plus_02_dot_96_bar__minus_01_dot_91_bar__plus_02_dot_25)
        (receptacleType Cabinet_bar__plus_02_dot_62_bar__plus_02_dot_11_bar__minus_00_dot_87 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_62_bar__plus_02_dot_11_bar__minus_00_dot_87 loc_bar_7_bar_6_bar_0_bar_0)
        (openable Cabinet_bar__plus_02_dot_62_bar__plus_02_dot_11_bar__minus_00_dot_87)
        (receptacleType Cabinet_bar__minus_02_dot_93_bar__plus_00_dot_67_bar__minus_01_dot_05 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_93_bar__plus_00_dot_67_bar__minus_01_dot_05 loc_bar_3_bar__minus_2_bar_0_bar_45)
        (openable Cabinet_bar__minus_02_dot_93_bar__plus_00_dot_67_bar__minus_01_dot_05)
        (receptacleType Cabinet_bar__minus_01_dot_96_bar__minus_02_dot_64_bar__plus_01_dot_87 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_96_bar__minus_02_dot_64_bar__plus_01_dot_87 loc_bar__minus_8_bar_1_bar_0_bar_0)
        (openable Cabinet_bar__minus_01_dot_96_bar__minus_02_dot_64_bar__plus_01_dot_87)
        (receptacleType Cabinet_bar__plus_02_dot_76_bar__plus_00_dot_09_bar__minus_00_dot_21 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_76_bar__plus_00_dot_09_bar__minus_00_dot_21 loc_bar_8_bar__minus_6_bar_0_bar_15)
        (openable Cabinet_bar__plus_02_dot_76_bar__plus_00_dot_09_bar__minus_00_dot_21)
        (receptacleType CounterTop_bar__plus_00_dot_20_bar__plus_01_dot_64_bar__plus_02_dot_46 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_00_dot_20_bar__plus_01_dot_64_bar__plus_02_dot_46 loc_bar__minus_2_bar_5_bar_2_bar_45)
        (receptacleType Drawer_bar__plus_01_dot_07_bar__plus_01_dot_00_bar__minus_00_dot_61 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_07_bar__plus_01_dot_00_bar__minus_00_dot_61 loc_bar_3_bar_0_bar_3_bar_45)
        (openable Drawer_bar__plus_01_dot_07_bar__plus_01_dot_00_bar__minus_00_dot_61)
        (receptacleType Drawer_bar__minus_01_dot_87_bar__minus_02_dot_35_bar__minus_00_dot_87 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_87_bar__minus_02_dot_35_bar__minus_00_dot_87 loc_bar__minus_9_bar_10_bar_3_bar_45)
        (openable Drawer_bar__minus_01_dot_87_bar__minus_02_dot_35_bar__minus_00_dot_87)
        (receptacleType Fridge_bar__plus_02_dot_79_bar__plus_02_dot_48_bar__plus_00_dot_28 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_02_dot_79_bar__plus_02_dot_48_bar__plus_00_dot_28 loc_bar_7_bar_2_bar_0_bar_15)
        (openable Fridge_bar__plus_02_dot_79_bar__plus_02_dot_48_bar__plus_00_dot_28)
        (receptacleType Microwave_bar__minus_00_dot_23_bar__plus_02_dot_85_bar__plus_02_dot_63 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_00_dot_23_bar__plus_02_dot_85_bar__plus_02_dot_63 loc_bar__minus_9_bar_3_bar_2_bar_45)
        (openable Microwave_bar__minus_00_dot_23_bar__plus_02_dot_85_bar__plus_02_dot_63)
        (receptacleType Sink_bar__plus_01_dot_77_bar__plus_01_dot_94_bar__minus_02_dot_20_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_01_dot_77_bar__plus_01_dot_94_bar__minus_02_dot_20_bar_SinkBasin loc_bar__minus_8_bar_11_bar_3_bar_30)
        (receptacleType StoveBurner_bar__minus_02_dot_39_bar__minus_01_dot_39_bar__minus_02_dot_19 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_02_dot_39_bar__minus_01_dot_39_bar__minus_02_dot_19 loc_bar__minus_5_bar_5_bar_1_bar_15)
        (receptacleType StoveBurner_bar__plus_02_dot_13_bar__minus_02_dot_33_bar__plus_01_dot_27 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_02_dot_13_bar__minus_02_dot_33_bar__plus_01_dot_27 loc_bar_4_bar_3_bar_1_bar_0)
        (receptacleType StoveBurner_bar__minus_02_dot_47_bar__plus_00_dot_46_bar__minus_02_dot_67 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_02_dot_47_bar__plus_00_dot_46_bar__minus_02_dot_67 loc_bar__minus_3_bar_4_bar_3_bar_60)
        (receptacleType StoveBurner_bar__minus_00_dot_15_bar__plus_00_dot_71_bar__plus_00_dot_56 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_00_dot_15_bar__plus_00_dot_71_bar__plus_00_dot_56 loc_bar__minus_7_bar__minus_12_bar_0_bar_45)
        (receptacleType GarbageCan_bar__minus_00_dot_52_bar__minus_00_dot_86_bar__plus_00_dot_28 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_00_dot_52_bar__minus_00_dot_86_bar__plus_00_dot_28 loc_bar_3_bar_2_bar_0_bar_15)
        (receptacleType Shelf_bar__plus_01_dot_51_bar__plus_02_dot_83_bar__plus_01_dot_37 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_01_dot_51_bar__plus_02_dot_83_bar__plus_01_dot_37 loc_bar__minus_2_bar_8_bar_1_bar_60)
        (receptacleType Shelf_bar__minus_02_dot_41_bar__plus_00_dot_08_bar__minus_00_dot_30 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_02_dot_41_bar__plus_00_dot_08_bar__minus_00_dot_30 loc_bar_3_bar_3_bar_3_bar_45)
        (receptacleType Toaster_bar__minus_00_dot_13_bar__plus_02_dot_56_bar__plus_00_dot_56 ToasterType)
        (receptacleAtLocation Toaster_bar__minus_00_dot_13_bar__plus_02_dot_56_bar__plus_00_dot_56 loc_bar__minus_7_bar__minus_1_bar_1_bar_0)
        (objectType Plate_bar__plus_02_dot_20_bar__minus_02_dot_91_bar__minus_00_dot_02 PlateType)
        (inReceptacle Plate_bar__plus_02_dot_20_bar__minus_02_dot_91_bar__minus_00_dot_02 Fridge_bar__plus_02_dot_79_bar__plus_02_dot_48_bar__plus_00_dot_28)
        (objectAtLocation Plate_bar__plus_02_dot_20_bar__minus_02_dot_91_bar__minus_00_dot_02 loc_bar_7_bar_2_bar_0_bar_15)
        (pickupable Plate_bar__plus_02_dot_20_bar__minus_02_dot_91_bar__minus_00_dot_02)
        (cleanable Plate_bar__plus_02_dot_20_bar__minus_02_dot_91_bar__minus_00_dot_02)
        (heatable Plate_bar__plus_02_dot_20_bar__minus_02_dot_91_bar__minus_00_dot_02)
        (coolable Plate_bar__plus_02_dot_20_bar__minus_02_dot_91_bar__minus_00_dot_02)
        (isReceptacleObject Plate_bar__plus_02_dot_20_bar__minus_02_dot_91_bar__minus_00_dot_02)
        (objectType Egg_bar__plus_02_dot_29_bar__plus_01_dot_19_bar__plus_00_dot_74 EggType)
        (inReceptacle Egg_bar__plus_02_dot_29_bar__plus_01_dot_19_bar__plus_00_dot_74 Microwave_bar__minus_00_dot_23_bar__plus_02_dot_85_bar__plus_02_dot_63)
        (objectAtLocation Egg_bar__plus_02_dot_29_bar__plus_01_dot_19_bar__plus_00_dot_74 loc_bar__minus_9_bar_3_bar_2_bar_45)
        (pickupable Egg_bar__plus_02_dot_29_bar__plus_01_dot_19_bar__plus_00_dot_74)
        (cleanable Egg_bar__plus_02_dot_29_bar__plus_01_dot_19_bar__plus_00_dot_74)
        (heatable Egg_bar__plus_02_dot_29_bar__plus_01_dot_19_bar__plus_00_dot_74)
        (coolable Egg_bar__plus_02_dot_29_bar__plus_01_dot_19_bar__plus_00_dot_74)
        (objectType Pan_bar__minus_02_dot_86_bar__minus_01_dot_85_bar__minus_02_dot_31 PanType)
        (inReceptacle Pan_bar__minus_02_dot_86_bar__minus_01_dot_85_bar__minus_02_dot_31 Fridge_bar__plus_02_dot_79_bar__plus_02_dot_48_bar__plus_00_dot_28)
        (objectAtLocation Pan_bar__minus_02_dot_86_bar__minus_01_dot_85_bar__minus_02_dot_31 loc_bar_7_bar_2_bar_0_bar_15)
        (pickupable Pan_bar__minus_02_dot_86_bar__minus_01_dot_85_bar__minus_02_dot_31)
        (cleanable Pan_bar__minus_02_dot_86_bar__minus_01_dot_85_bar__minus_02_dot_31)
        (coolable Pan_bar__minus_02_dot_86_bar__minus_01_dot_85_bar__minus_02_dot_31)
        (isReceptacleObject Pan_bar__minus_02_dot_86_bar__minus_01_dot_85_bar__minus_02_dot_31)
        (objectType Apple_bar__plus_01_dot_60_bar__minus_02_dot_55_bar__minus_02_dot_87 AppleType)
        (inReceptacle Apple_bar__plus_01_dot_60_bar__minus_02_dot_55_bar__minus_02_dot_87 CounterTop_bar__plus_00_dot_20_bar__plus_01_dot_64_bar__plus_02_dot_46)
        (objectAtLocation Apple_bar__plus_01_dot_60_bar__minus_02_dot_55_bar__minus_02_dot_87 loc_bar__minus_2_bar_5_bar_2_bar_45)
        (pickupable Apple_bar__plus_01_dot_60_bar__minus_02_dot_55_bar__minus_02_dot_87)
        (cleanable Apple_bar__plus_01_dot_60_bar__minus_02_dot_55_bar__minus_02_dot_87)
        (heatable Apple_bar__plus_01_dot_60_bar__minus_02_dot_55_bar__minus_02_dot_87)
        (coolable Apple_bar__plus_01_dot_60_bar__minus_02_dot_55_bar__minus_02_dot_87)
        (objectType Spatula_bar__plus_00_dot_29_bar__minus_00_dot_29_bar__plus_00_dot_31 SpatulaType)
        (inReceptacle Spatula_bar__plus_00_dot_29_bar__minus_00_dot_29_bar__plus_00_dot_31 Sink_bar__plus_01_dot_77_bar__plus_01_dot_94_bar__minus_02_dot_20_bar_SinkBasin)
        (objectAtLocation Spatula_bar__plus_00_dot_29_bar__minus_00_dot_29_bar__plus_00_dot_31 loc_bar__minus_8_bar_11_bar_3_bar_30)
        (pickupable Spatula_bar__plus_00_dot_29_bar__minus_00_dot_29_bar__plus_00_dot_31)
        (cleanable Spatula_bar__plus_00_dot_29_bar__minus_00_dot_29_bar__plus_00_dot_31)
        (objectType Spoon_bar__minus_01_dot_20_bar__plus_00_dot_82_bar__minus_02_dot_15 SpoonType)
        (inReceptacle Spoon_bar__minus_01_dot_20_bar__plus_00_dot_82_bar__minus_02_dot_15 Sink_bar__plus_01_dot_77_bar__plus_01_dot_94_bar__minus_02_dot_20_bar_SinkBasin)
        (objectAtLocation Spoon_bar__minus_01_dot_20_bar__plus_00_dot_82_bar__minus_02_dot_15 loc_bar__minus_8_bar_11_bar_3_bar_30)
        (pickupable Spoon_bar__minus_01_dot_20_bar__plus_00_dot_82_bar__minus_02_dot_15)
        (cleanable Spoon_bar__minus_01_dot_20_bar__plus_00_dot_82_bar__minus_02_dot_15)
        (canContain CabinetType PanType)
        (canContain CabinetType PlateType)
        (canContain CounterTopType AppleType)
        (canContain CounterTopType EggType)
        (canContain CounterTopType PanType)
        (canContain CounterTopType PlateType)
        (canContain CounterTopType SpatulaType)
        (canContain CounterTopType SpoonType)
        (canContain DrawerType SpatulaType)
        (canContain DrawerType SpoonType)
        (canContain FridgeType AppleType)
        (canContain FridgeType EggType)
        (canContain FridgeType PanType)
        (canContain FridgeType PlateType)
        (canContain GarbageCanType AppleType)
        (canContain GarbageCanType EggType)
        (canContain MicrowaveType AppleType)
        (canContain MicrowaveType EggType)
        (canContain MicrowaveType PlateType)
        (canContain ShelfType PlateType)
        (canContain SinkBasinType AppleType)
        (canContain SinkBasinType EggType)
        (canContain SinkBasinType PanType)
        (canContain SinkBasinType PlateType)
        (canContain SinkBasinType SpatulaType)
        (canContain SinkBasinType SpoonType)
        (canContain StoveBurnerType PanType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (coolable ?o)
                            (objectType ?o PlateType)
                            (receptacleType ?r ShelfType)
                            (isCool ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
