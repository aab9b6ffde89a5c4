(define (problem plan_trial_e10009)
(:domain alfred)
(:objects
        agent1 - agent
        AppleType - otype
        DishSpongeType - otype
        ForkType - otype
        KnifeType - otype
        PotatoType - otype
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
        DishSponge_bar__plus_00_dot_46_bar__minus_02_dot_88_bar__plus_00_dot_98 - object
        DishSponge_bar__plus_00_dot_70_bar__minus_00_dot_59_bar__plus_01_dot_40 - object
        Fork_bar__minus_01_dot_31_bar__plus_01_dot_47_bar__plus_02_dot_61 - object
        Knife_bar__plus_02_dot_61_bar__plus_02_dot_61_bar__plus_00_dot_81 - object
        Knife_bar__minus_00_dot_75_bar__plus_02_dot_66_bar__plus_02_dot_18 - object
        Apple_bar__plus_01_dot_61_bar__minus_02_dot_46_bar__plus_01_dot_28 - object
        Potato_bar__minus_00_dot_03_bar__minus_00_dot_95_bar__minus_02_dot_00 - object
        Potato_bar__plus_01_dot_79_bar__minus_01_dot_17_bar__plus_01_dot_53 - object
        Cabinet_bar__plus_00_dot_52_bar__minus_01_dot_87_bar__minus_01_dot_92 - receptacle
        Cabinet_bar__plus_01_dot_86_bar__minus_02_dot_96_bar__minus_00_dot_03 - receptacle
        Cabinet_bar__minus_02_dot_17_bar__plus_01_dot_07_bar__minus_02_dot_24 - receptacle
        Cabinet_bar__plus_01_dot_56_bar__plus_01_dot_95_bar__minus_00_dot_84 - receptacle
        Cabinet_bar__plus_02_dot_66_bar__plus_01_dot_78_bar__minus_02_dot_96 - receptacle
        Cabinet_bar__minus_00_dot_39_bar__minus_02_dot_83_bar__plus_02_dot_71 - receptacle
        CounterTop_bar__plus_00_dot_97_bar__plus_01_dot_82_bar__plus_00_dot_94 - receptacle
        Drawer_bar__plus_02_dot_29_bar__minus_00_dot_16_bar__minus_01_dot_00 - receptacle
        Drawer_bar__plus_00_dot_17_bar__plus_02_dot_58_bar__plus_01_dot_12 - receptacle
        Fridge_bar__plus_02_dot_85_bar__plus_01_dot_59_bar__minus_00_dot_47 - receptacle
        Microwave_bar__plus_02_dot_08_bar__minus_00_dot_18_bar__plus_00_dot_99 - receptacle
        Sink_bar__minus_01_dot_00_bar__plus_01_dot_06_bar__minus_00_dot_60_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_00_dot_70_bar__plus_01_dot_70_bar__minus_00_dot_59 - receptacle
        StoveBurner_bar__plus_00_dot_52_bar__minus_00_dot_26_bar__minus_00_dot_53 - receptacle
        StoveBurner_bar__minus_00_dot_23_bar__minus_02_dot_30_bar__plus_00_dot_40 - receptacle
        StoveBurner_bar__minus_02_dot_29_bar__plus_01_dot_07_bar__plus_01_dot_06 - receptacle
        GarbageCan_bar__minus_01_dot_45_bar__minus_00_dot_46_bar__plus_01_dot_80 - receptacle
        Shelf_bar__minus_02_dot_55_bar__minus_00_dot_65_bar__plus_02_dot_55 - receptacle
        Shelf_bar__plus_00_dot_22_bar__minus_00_dot_97_bar__plus_01_dot_47 - receptacle
        Toaster_bar__plus_01_dot_35_bar__plus_01_dot_27_bar__plus_02_dot_82 - receptacle
        loc_bar_8_bar_3_bar_3_bar_15 - location
        loc_bar_6_bar__minus_5_bar_2_bar_45 - location
        loc_bar_5_bar__minus_11_bar_1_bar_0 - location
        loc_bar_9_bar_2_bar_1_bar_15 - location
        loc_bar_0_bar_5_bar_3_bar_60 - location
        loc_bar__minus_12_bar__minus_5_bar_0_bar_45 - location
        loc_bar__minus_2_bar__minus_2_bar_3_bar_60 - location
        loc_bar_4_bar__minus_10_bar_1_bar_45 - location
        loc_bar__minus_11_bar__minus_8_bar_0_bar_15 - location
        loc_bar_10_bar__minus_2_bar_3_bar_45 - location
        loc_bar_0_bar__minus_10_bar_3_bar_60 - location
        loc_bar_5_bar_3_bar_1_bar_60 - location
        loc_bar_10_bar_3_bar_2_bar_0 - location
        loc_bar_10_bar__minus_6_bar_3_bar_60 - location
        loc_bar_4_bar__minus_11_bar_1_bar_45 - location
        loc_bar__minus_4_bar__minus_10_bar_0_bar_30 - location
        loc_bar__minus_9_bar__minus_7_bar_3_bar_30 - location
        loc_bar__minus_11_bar_8_bar_0_bar_45 - location
        loc_bar_3_bar_4_bar_3_bar__minus_30 - location
        loc_bar__minus_2_bar_4_bar_3_bar_45 - location
        loc_bar_5_bar__minus_7_bar_1_bar_0 - location
        )
(:init
        (atLocation agent1 loc_bar_5_bar__minus_7_bar_1_bar_0)
        (receptacleType Cabinet_bar__plus_00_dot_52_bar__minus_01_dot_87_bar__minus_01_dot_92 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_52_bar__minus_01_dot_87_bar__minus_01_dot_92 loc_bar_8_bar_3_bar_3_bar_15)
        (openable Cabinet_bar__plus_00_dot_52_bar__minus_01_dot_87_bar__minus_01_dot_92)
        (receptacleType Cabinet_bar__plus_01_dot_86_bar__minus_02_dot_96_bar__minus_00_dot_03 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_86_bar__minus_02_dot_96_bar__minus_00_dot_03 loc_bar_6_bar__minus_5_bar_2_bar_45)
        (openable Cabinet_bar__plus_01_dot_86_bar__minus_02_dot_96_bar__minus_00_dot_03)
        (receptacleType Cabinet_bar__minus_02_dot_17_bar__plus_01_dot_07_bar__minus_02_dot_24 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_17_bar__plus_01_dot_07_bar__minus_02_dot_24 loc_bar_5_bar__minus_11_bar_1_bar_0)
        (openable Cabinet_bar__minus_02_dot_17_bar__plus_01_dot_07_bar__minus_02_dot_24)
        (receptacleType Cabinet_bar__plus_01_dot_56_bar__plus_01_dot_95_bar__minus_00_dot_84 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_56_bar__plus_01_dot_95_bar__minus_00_dot_84 loc_bar_9_bar_2_bar_1_bar_15)
        (openable Cabinet_bar__plus_01_dot_56_bar__plus_01_dot_95_bar__minus_00_dot_84)
        (receptacleType Cabinet_bar__plus_02_dot_66_bar__plus_01_dot_78_bar__minus_02_dot_96 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_66_bar__plus_01_dot_78_bar__minus_02_dot_96 loc_bar_0_bar_5_bar_3_bar_60)
        (openable Cabinet_bar__plus_02_dot_66_bar__plus_01_dot_78_bar__minus_02_dot_96)
        (receptacleType Cabinet_bar__minus_00_dot_39_bar__minus_02_dot_83_bar__plus_02_dot_71 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_39_bar__minus_02_dot_83_bar__plus_02_dot_71 loc_bar__minus_12_bar__minus_5_bar_0_bar_45)
        (openable Cabinet_bar__minus_00_dot_39_bar__minus_02_dot_83_bar__plus_02_dot_71)
        (receptacleType CounterTop_bar__plus_00_dot_97_bar__plus_01_dot_82_bar__plus_00_dot_94 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_00_dot_97_bar__plus_01_dot_82_bar__plus_00_dot_94 loc_bar__minus_2_bar__minus_2_bar_3_bar_60)
        (receptacleType Drawer_bar__plus_02_dot_29_bar__minus_00_dot_16_bar__minus_01_dot_00 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_02_dot_29_bar__minus_00_dot_16_bar__minus_01_dot_00 loc_bar_4_bar__minus_10_bar_1_bar_45)
        (openable Drawer_bar__plus_02_dot_29_bar__minus_00_dot_16_bar__minus_01_dot_00)
        (receptacleType Drawer_bar__plus_00_dot_17_bar__plus_02_dot_58_bar__plus_01_dot_12 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_00_dot_17_bar__plus_02_dot_58_bar__plus_01_dot_12 loc_bar__minus_11_bar__minus_8_bar_0_bar_15)
        (openable Drawer_bar__plus_00_dot_17_bar__plus_02_dot_58_bar__plus_01_dot_12)
        (receptacleType Fridge_bar__plus_02_dot_85_bar__plus_01_dot_59_bar__minus_00_dot_47 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_02_dot_85_bar__plus_01_dot_59_bar__minus_00_dot_47 loc_bar_10_bar__minus_2_bar_3_bar_45)
        (openable Fridge_bar__plus_02_dot_85_bar__plus_01_dot_59_bar__minus_00_dot_47)
        (receptacleType Microwave_bar__plus_02_dot_08_bar__minus_00_dot_18_bar__plus_00_dot_99 MicrowaveType)
        (receptacleAtLocation Microwave_bar__plus_02_dot_08_bar__minus_00_dot_18_bar__plus_00_dot_99 loc_bar_0_bar__minus_10_bar_3_bar_60)
        (openable Microwave_bar__plus_02_dot_08_bar__minus_00_dot_18_bar__plus_00_dot_99)
        (receptacleType Sink_bar__minus_01_dot_00_bar__plus_01_dot_06_bar__minus_00_dot_60_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_01_dot_00_bar__plus_01_dot_06_bar__minus_00_dot_60_bar_SinkBasin loc_bar_5_bar_3_bar_1_bar_60)
        (receptacleType StoveBurner_bar__minus_00_dot_70_bar__plus_01_dot_70_bar__minus_00_dot_59 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_00_dot_70_bar__plus_01_dot_70_bar__minus_00_dot_59 loc_bar_10_bar_3_bar_2_bar_0)
        (receptacleType StoveBurner_bar__plus_00_dot_52_bar__minus_00_dot_26_bar__minus_00_dot_53 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_00_dot_52_bar__minus_00_dot_26_bar__minus_00_dot_53 loc_bar_10_bar__minus_6_bar_3_bar_60)
        (receptacleType StoveBurner_bar__minus_00_dot_23_bar__minus_02_dot_30_bar__plus_00_dot_40 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_00_dot_23_bar__minus_02_dot_30_bar__plus_00_dot_40 loc_bar_4_bar__minus_11_bar_1_bar_45)
        (receptacleType StoveBurner_bar__minus_02_dot_29_bar__plus_01_dot_07_bar__plus_01_dot_06 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_02_dot_29_bar__plus_01_dot_07_bar__plus_01_dot_06 loc_bar__minus_4_bar__minus_10_bar_0_bar_30)
        (receptacleType GarbageCan_bar__minus_01_dot_45_bar__minus_00_dot_46_bar__plus_01_dot_80 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_01_dot_45_bar__minus_00_dot_46_bar__plus_01_dot_80 loc_bar__minus_9_bar__minus_7_bar_3_bar_30)
        (receptacleType Shelf_bar__minus_02_dot_55_bar__minus_00_dot_65_bar__plus_02_dot_55 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_02_dot_55_bar__minus_00_dot_65_bar__plus_02_dot_55 loc_bar__minus_11_bar_8_bar_0_bar_45)
        (receptacleType Shelf_bar__plus_00_dot_22_bar__minus_00_dot_97_bar__plus_01_dot_47 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_00_dot_22_bar__minus_00_dot_97_bar__plus_01_dot_47 loc_bar_3_bar_4_bar_3_bar__minus_30)
        (receptacleType Toaster_bar__plus_01_dot_35_bar__plus_01_dot_27_bar__plus_02_dot_82 ToasterType)
        (receptacleAtLocation Toaster_bar__plus_01_dot_35_bar__plus_01_dot_27_bar__plus_02_dot_82 loc_bar__minus_2_bar_4_bar_3_bar_45)
        (objectType DishSponge_bar__plus_00_dot_46_bar__minus_02_dot_88_bar__plus_00_dot_98 DishSpongeType)
        (inReceptacle DishSponge_bar__plus_00_dot_46_bar__minus_02_dot_88_bar__plus_00_dot_98 GarbageCan_bar__minus_01_dot_45_bar__minus_00_dot_46_bar__plus_01_dot_80)
        (objectAtLocation DishSponge_bar__plus_00_dot_46_bar__minus_02_dot_88_bar__plus_00_dot_98 loc_bar__minus_9_bar__minus_7_bar_3_bar_30)
        (pickupable DishSponge_bar__plus_00_dot_46_bar__minus_02_dot_88_bar__plus_00_dot_98)
        (cleanable DishSponge_bar__plus_00_dot_46_bar__minus_02_dot_88_bar__plus_00_dot_98)
        (objectType DishSponge_bar__plus_00_dot_70_bar__minus_00_dot_59_bar__plus_01_dot_40 DishSpongeType)
        (inReceptacle DishSponge_bar__plus_00_dot_70_bar__minus_00_dot_59_bar__plus_01_dot_40 CounterTop_bar__plus_00_dot_97_bar__plus_01_dot_82_bar__plus_00_dot_94)
        (objectAtLocation DishSponge_bar__plus_00_dot_70_bar__minus_00_dot_59_bar__plus_01_dot_40 loc_bar__minus_2_bar__minus_2_bar_3_bar_60)
        (pickupable DishSponge_bar__plus_00_dot_70_bar__minus_00_dot_59_bar__plus_01_dot_40)
        (cleanable DishSponge_bar__plus_00_dot_70_bar__minus_00_dot_59_bar__plus_01_dot_40)
        (objectType Fork_bar__minus_01_dot_31_bar__plus_01_dot_47_bar__plus_02_dot_61 ForkType)
        (inReceptacle Fork_bar__minus_01_dot_31_bar__plus_01_dot_47_bar__plus_02_dot_61 Sink_bar__minus_01_dot_00_bar__plus_01_dot_06_bar__minus_00_dot_60_bar_SinkBasin)
        (objectAtLocation Fork_bar__minus_01_dot_31_bar__plus_01_dot_47_bar__plus_02_dot_61 loc_bar_5_bar_3_bar_1_bar_60)
        (pickupable Fork_bar__minus_01_dot_31_bar__plus_01_dot_47_bar__plus_02_dot_61)
        (cleanable Fork_bar__minus_01_dot_31_bar__plus_01_dot_47_bar__plus_02_dot_61)
        (objectType Knife_bar__plus_02_dot_61_bar__plus_02_dot_61_bar__plus_00_dot_81 KnifeType)
        (inReceptacle Knife_bar__plus_02_dot_61_bar__plus_02_dot_61_bar__plus_00_dot_81 Sink_bar__minus_01_dot_00_bar__plus_01_dot_06_bar__minus_00_dot_60_bar_SinkBasin)
        (objectAtLocation Knife_bar__plus_02_dot_61_bar__plus_02_dot_61_bar__plus_00_dot_81 loc_bar_5_bar_3_bar_1_bar_60)
        (pickupable Knife_bar__plus_02_dot_61_bar__plus_02_dot_61_bar__plus_00_dot_81)
        (cleanable Knife_bar__plus_02_dot_61_bar__plus_02_dot_61_bar__plus_00_dot_81)
        (objectType Knife_bar__minus_00_dot_75_bar__plus_02_dot_66_bar__plus_02_dot_18 KnifeType)
        (inReceptacle Knife_bar__minus_00_dot_75_bar__plus_02_dot_66_bar__plus_02_dot_18 Sink_bar__minus_01_dot_00_bar__plus_01_dot_06_bar__minus_00_dot_60_bar_SinkBasin)
        (objectAtLocation Knife_bar__minus_00_dot_75_bar__plus_02_dot_66_bar__plus_02_dot_18 loc_bar_5_bar_3_bar_1_bar_60)
        (pickupable Knife_bar__minus_00_dot_75_bar__plus_02_dot_66_bar__plus_02_dot_18)
        (cleanable Knife_bar__minus_00_dot_75_bar__plus_02_dot_66_bar__plus_02_dot_18)
        (objectType Apple_bar__plus_01_dot_61_bar__minus_02_dot_46_bar__plus_01_dot_28 AppleType)
        (inReceptacle Apple_bar__plus_01_dot_61_bar__minus_02_dot_46_bar__plus_01_dot_28 CounterTop_bar__plus_00_dot_97_bar__plus_01_dot_82_bar__plus_00_dot_94)
        (objectAtLocation Apple_bar__plus_01_dot_61_bar__minus_02_dot_46_bar__plus_01_dot_28 loc_bar__minus_2_bar__minus_2_bar_3_bar_60)
        (pickupable Apple_bar__plus_01_dot_61_bar__minus_02_dot_46_bar__plus_01_dot_28)
        (cleanable Apple_bar__plus_01_dot_61_bar__minus_02_dot_46_bar__plus_01_dot_28)
        (heatable Apple_bar__plus_01_dot_61_bar__minus_02_dot_46_bar__plus_01_dot_28)
        (coolable Apple_bar__plus_01_dot_61_bar__minus_02_dot_46_bar__plus_01_dot_28)
        (objectType Potato_bar__minus_00_dot_03_bar__minus_00_dot_95_bar__minus_02_dot_00 PotatoType)
        (inReceptacle Potato_bar__minus_00_dot_03_bar__minus_00_dot_95_bar__minus_02_dot_00 Microwave_bar__plus_02_dot_08_bar__minus_00_dot_18_bar__plus_00_dot_99)
        (objectAtLocation Potato_bar__minus_00_dot_03_bar__minus_00_dot_95_bar__minus_02_dot_00 loc_bar_0_bar__minus_10_bar_3_bar_60)
        (pickupable Potato_bar__minus_00_dot_03_bar__minus_00_dot_95_bar__minus_02_dot_00)
        (cleanable Potato_bar__minus_00_dot_03_bar__minus_00_dot_95_bar__minus_02_dot_00)
        (heatable Potato_bar__minus_00_dot_03_bar__minus_00_dot_95_bar__minus_02_dot_00)
        (coolable Potato_bar__minus_00_dot_03_bar__minus_00_dot_95_bar__minus_02_dot_00)
        (objectType Potato_bar__plus_01_dot_79_bar__minus_01_dot_17_bar__plus_01_dot_53 PotatoType)
        (inReceptacle Potato_bar__plus_01_dot_79_bar__minus_01_dot_17_bar__plus_01_dot_53 Sink_bar__minus_01_dot_00_bar__plus_01_dot_06_bar__minus_00_dot_60_bar_SinkBasin)
        (objectAtLocation Potato_bar__plus_01_dot_79_bar__minus_01_dot_17_bar__plus_01_dot_53 loc_bar_5_bar_3_bar_1_bar_60)
        (pickupable Potato_bar__plus_01_dot_79_bar__minus_01_dot_17_bar__plus_01_dot_53)
        (cleanable Potato_bar__plus_01_dot_79_bar__minus_01_dot_17_bar__plus_01_dot_53)
        (heatable Potato_bar__plus_01_dot_79_bar__minus_01_dot_17_bar__plus_01_dot_53)
        (coolable Potato_bar__plus_01_dot_79_bar__minus_01_dot_17_bar__plus_01_dot_53)
        (canContain CabinetType DishSpongeType)
        (canContain CounterTopType AppleType)
        (canContain CounterTopType DishSpongeType)
        (canContain CounterTopType ForkType)
        (canContain CounterTopType KnifeType)
        (canContain CounterTopType PotatoType)
        (canContain DrawerType DishSpongeType)
        (canContain DrawerType ForkType)
        (canContain DrawerType KnifeType)
        (canContain FridgeType AppleType)
        (canContain FridgeType PotatoType)
        (canContain GarbageCanType AppleType)
        (canContain GarbageCanType DishSpongeType)
        (canContain GarbageCanType PotatoType)
        (canContain MicrowaveType AppleType)
        (canContain MicrowaveType PotatoType)
        (canContain ShelfType DishSpongeType)
        (canContain SinkBasinType AppleType)
        (canContain SinkBasinType DishSpongeType)
        (canContain SinkBasinType ForkType)
        (canContain SinkBasinType KnifeType)
        (canContain SinkBasinType PotatoType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (inReceptacle ?o ?r)
                            (objectType ?o DishSpongeType)
                            (receptacleType ?r SinkBasinType)
                        )
                    )
                )
            )
        )
    )
