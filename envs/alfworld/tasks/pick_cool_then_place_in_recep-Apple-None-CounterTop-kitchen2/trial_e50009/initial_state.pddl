(define (problem plan_trial_e50009)
(:domain alfred)
(:objects
        agent1 - agent
        AppleType - otype
        ButterKnifeType - otype
        CupType - otype
        KnifeType - otype
        LadleType - otype
        MugType - otype
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
        Apple_bar__minus_00_dot_04_bar__minus_01_dot_71_bar__minus_00_dot_62 - object
        Ladle_bar__plus_00_dot_66_bar__minus_00_dot_59_bar__plus_02_dot_42 - object
        Knife_bar__minus_01_dot_73_bar__plus_01_dot_27_bar__plus_02_dot_93 - object
        Cup_bar__minus_00_dot_23_bar__minus_00_dot_91_bar__plus_02_dot_26 - object
        Cup_bar__plus_02_dot_26_bar__plus_02_dot_81_bar__plus_00_dot_50 - object
        Spoon_bar__minus_02_dot_67_bar__minus_00_dot_13_bar__plus_02_dot_81 - object
        Mug_bar__plus_00_dot_69_bar__minus_00_dot_77_bar__plus_01_dot_52 - object
        ButterKnife_bar__minus_02_dot_74_bar__plus_02_dot_38_bar__minus_02_dot_55 - object
        Cabinet_bar__minus_01_dot_69_bar__plus_00_dot_84_bar__plus_02_dot_57 - receptacle
        Cabinet_bar__plus_00_dot_88_bar__minus_00_dot_35_bar__plus_00_dot_31 - receptacle
        Cabinet_bar__plus_01_dot_44_bar__plus_00_dot_69_bar__plus_00_dot_70 - receptacle
        Cabinet_bar__plus_02_dot_90_bar__plus_01_dot_02_bar__minus_02_dot_51 - receptacle
        Cabinet_bar__plus_00_dot_95_bar__plus_00_dot_09_bar__minus_01_dot_58 - receptacle
        Cabinet_bar__minus_01_dot_61_bar__minus_00_dot_92_bar__plus_02_dot_30 - receptacle
        CounterTop_bar__plus_00_dot_43_bar__minus_00_dot_81_bar__minus_02_dot_14 - receptacle
        Drawer_bar__plus_01_dot_80_bar__minus_01_dot_21_bar__minus_02_dot_06 - receptacle
        Drawer_bar__minus_01_dot_06_bar__minus_01_dot_25_bar__minus_01_dot_11 - receptacle
        Fridge_bar__minus_02_dot_21_bar__minus_02_dot_63_bar__minus_00_dot_87 - receptacle
        Microwave_bar__minus_00_dot_89_bar__plus_02_dot_92_bar__minus_02_dot_96 - receptacle
        Sink_bar__minus_00_dot_90_bar__minus_00_dot_43_bar__plus_01_dot_76_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_01_dot_57_bar__minus_01_dot_14_bar__plus_01_dot_98 - receptacle
        StoveBurner_bar__plus_00_dot_41_bar__minus_01_dot_44_bar__plus_01_dot_31 - receptacle
        StoveBurner_bar__plus_02_dot_23_bar__plus_01_dot_95_bar__minus_02_dot_59 - receptacle
        StoveBurner_bar__minus_00_dot_95_bar__plus_00_dot_51_bar__plus_02_dot_36 - receptacle
        GarbageCan_bar__minus_00_dot_06_bar__plus_00_dot_72_bar__plus_00_dot_33 - receptacle
        Shelf_bar__plus_01_dot_49_bar__plus_01_dot_34_bar__plus_01_dot_05 - receptacle
        Shelf_bar__minus_02_dot_49_bar__plus_01_dot_97_bar__minus_00_dot_35 - receptacle
        Toaster_bar__plus_01_dot_81_bar__plus_00_dot_84_bar__plus_01_dot_63 - receptacle
        loc_bar_7_bar__minus_1_bar_1_bar_45 - location
        loc_bar_7_bar__minus_3_bar_2_bar__minus_30 - location
        loc_bar__minus_8_bar_11_bar_1_bar__minus_30 - location
        loc_bar__minus_11_bar__minus_12_bar_0_bar__minus_30 - location
        loc_bar__minus_4_bar_9_bar_0_bar_60 - location
        loc_bar_12_bar__minus_2_bar_3_bar_0 - location
        loc_bar__minus_11_bar__minus_7_bar_3_bar_30 - location
        loc_bar__minus_1_bar_0_bar_2_bar_15 - location
        loc_bar__minus_2_bar_2_bar_1_bar_45 - location
        loc_bar__minus_4_bar__minus_12_bar_1_bar_60 - location
        loc_bar__minus_6_bar__minus_8_bar_3_bar_60 - location
        loc_bar__minus_11_bar_6_bar_3_bar_60 - location
        loc_bar__minus_11_bar_4_bar_3_bar_15 - location
        loc_bar_3_bar_8_bar_1_bar_0 - location
        loc_bar__minus_12_bar_10_bar_1_bar__minus_30 - location
        loc_bar__minus_4_bar_5_bar_0_bar_15 - location
        loc_bar__minus_5_bar_3_bar_2_bar_15 - location
        loc_bar__minus_8_bar__minus_11_bar_2_bar_45 - location
        loc_bar_12_bar__minus_3_bar_1_bar_30 - location
        loc_bar__minus_7_bar_10_bar_1_bar_0 - location
        loc_bar_7_bar__minus_7_bar_1_bar_15 - location
        )
(:init
        (atLocation agent1 loc_bar_7_bar__minus_7_bar_1_bar_15)
        (receptacleType Cabinet_bar__minus_01_dot_69_bar__plus_00_dot_84_bar__plus_02_dot_57 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_69_bar__plus_00_dot_84_bar__plus_02_dot_57 loc_bar_7_bar__minus_1_bar_1_bar_45)
        (openable Cabinet_bar__minus_01_dot_69_bar__plus_00_dot_84_bar__plus_02_dot_57)
        (receptacleType Cabinet_bar__plus_00_dot_88_bar__minus_00_dot_35_bar__plus_00_dot_31 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_88_bar__minus_00_dot_35_bar__plus_00_dot_31 loc_bar_7_bar__minus_3_bar_2_bar__minus_30)
        (openable Cabinet_bar__plus_00_dot_88_bar__minus_00_dot_35_bar__plus_00_dot_31)
        (receptacleType Cabinet_bar__plus_01_dot_44_bar__plus_00_dot_69_bar__plus_00_dot_70 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_44_bar__plus_00_dot_69_bar__plus_00_dot_70 loc_bar__minus_8_bar_11_bar_1_bar__minus_30)
        (openable Cabinet_bar__plus_01_dot_44_bar__plus_00_dot_69_bar__plus_00_dot_70)
        (receptacleType Cabinet_bar__plus_02_dot_90_bar__plus_01_dot_02_bar__minus_02_dot_51 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_90_bar__plus_01_dot_02_bar__minus_02_dot_51 loc_bar__minus_11_bar__minus_12_bar_0_bar__minus_30)
        (openable Cabinet_bar__plus_02_dot_90_bar__plus_01_dot_02_bar__minus_02_dot_51)
        (receptacleType Cabinet_bar__plus_00_dot_95_bar__plus_00_dot_09_bar__minus_01_dot_58 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_95_bar__plus_00_dot_09_bar__minus_01_dot_58 loc_bar__minus_4_bar_9_bar_0_bar_60)
        (openable Cabinet_bar__plus_00_dot_95_bar__plus_00_dot_09_bar__minus_01_dot_58)
        (receptacleType Cabinet_bar__minus_01_dot_61_bar__minus_00_dot_92_bar__plus_02_dot_30 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_61_bar__minus_00_dot_92_bar__plus_02_dot_30 loc_bar_12_bar__minus_2_bar_3_bar_0)
        (openable Cabinet_bar__minus_01_dot_61_bar__minus_00_dot_92_bar__plus_02_dot_30)
        (receptacleType CounterTop_bar__plus_00_dot_43_bar__minus_00_dot_81_bar__minus_02_dot_14 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_00_dot_43_bar__minus_00_dot_81_bar__minus_02_dot_14 loc_bar__minus_11_bar__minus_7_bar_3_bar_30)
        (receptacleType Drawer_bar__plus_01_dot_80_bar__minus_01_dot_21_bar__minus_02_dot_06 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_80_bar__minus_01_dot_21_bar__minus_02_dot_06 loc_bar__minus_1_bar_0_bar_2_bar_15)
        (openable Drawer_bar__plus_01_dot_80_bar__minus_01_dot_21_bar__minus_02_dot_06)
        (receptacleType Drawer_bar__minus_01_dot_06_bar__minus_01_dot_25_bar__minus_01_dot_11 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_06_bar__minus_01_dot_25_bar__minus_01_dot_11 loc_bar__minus_2_bar_2_bar_1_bar_45)
        (openable Drawer_bar__minus_01_dot_06_bar__minus_01_dot_25_bar__minus_01_dot_11)
        (receptacleType Fridge_bar__minus_02_dot_21_bar__minus_02_dot_63_bar__minus_00_dot_87 FridgeType)
        (receptacleAtLocation Fridge_bar__minus_02_dot_21_bar__minus_02_dot_63_bar__minus_00_dot_87 loc_bar__minus_4_bar__minus_12_bar_1_bar_60)
        (openable Fridge_bar__minus_02_dot_21_bar__minus_02_dot_63_bar__minus_00_dot_87)
        (receptacleType Microwave_bar__minus_00_dot_89_bar__plus_02_dot_92_bar__minus_02_dot_96 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_00_dot_89_bar__plus_02_dot_92_bar__minus_02_dot_96 loc_bar__minus_6_bar__minus_8_bar_3_bar_60)
        (openable Microwave_bar__minus_00_dot_89_bar__plus_02_dot_92_bar__minus_02_dot_96)
        (receptacleType Sink_bar__minus_00_dot_90_bar__minus_00_dot_43_bar__plus_01_dot_76_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_00_dot_90_bar__minus_00_dot_43_bar__plus_01_dot_76_bar_SinkBasin loc_bar__minus_11_bar_6_bar_3_bar_60)
        (receptacleType StoveBurner_bar__minus_01_dot_57_bar__minus_01_dot_14_bar__plus_01_dot_98 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_01_dot_57_bar__minus_01_dot_14_bar__plus_01_dot_98 loc_bar__minus_11_bar_4_bar_3_bar_15)
        (receptacleType StoveBurner_bar__plus_00_dot_41_bar__minus_01_dot_44_bar__plus_01_dot_31 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_00_dot_41_bar__minus_01_dot_44_bar__plus_01_dot_31 loc_bar_3_bar_8_bar_1_bar_0)
        (receptacleType StoveBurner_bar__plus_02_dot_23_bar__plus_01_dot_95_bar__minus_02_dot_59 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_02_dot_23_bar__plus_01_dot_95_bar__minus_02_dot_59 loc_bar__minus_12_bar_10_bar_1_bar__minus_30)
        (receptacleType StoveBurner_bar__minus_00_dot_95_bar__plus_00_dot_51_bar__plus_02_dot_36 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_00_dot_95_bar__plus_00_dot_51_bar__plus_02_dot_36 loc_bar__minus_4_bar_5_bar_0_bar_15)
        (receptacleType GarbageCan_bar__minus_00_dot_06_bar__plus_00_dot_72_bar__plus_00_dot_33 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_00_dot_06_bar__plus_00_dot_72_bar__plus_00_dot_33 loc_bar__minus_5_bar_3_bar_2_bar_15)
        (receptacleType Shelf_bar__plus_01_dot_49_bar__plus_01_dot_34_bar__plus_01_dot_05 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_01_dot_49_bar__plus_01_dot_34_bar__plus_01_dot_05 loc_bar__minus_8_bar__minus_11_bar_2_bar_45)
        (receptacleType Shelf_bar__minus_02_dot_49_bar__plus_01_dot_97_bar__minus_00_dot_35 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_02_dot_49_bar__plus_01_dot_97_bar__minus_00_dot_35 loc_bar_12_bar__minus_3_bar_1_bar_30)
        (receptacleType Toaster_bar__plus_01_dot_81_bar__plus_00_dot_84_bar__plus_01_dot_63 ToasterType)
        (receptacleAtLocation Toaster_bar__plus_01_dot_81_bar__plus_00_dot_84_bar__plus_01_dot_63 loc_bar__minus_7_bar_10_bar_1_bar_0)
        (objectType Apple_bar__minus_00_dot_04_bar__minus_01_dot_71_bar__minus_00_dot_62 AppleType)
        (inReceptacle Apple_bar__minus_00_dot_04_bar__minus_01_dot_71_bar__minus_00_dot_62 Microwave_bar__minus_00_dot_89_bar__plus_02_dot_92_bar__minus_02_dot_96)
        (objectAtLocation Apple_bar__minus_00_dot_04_bar__minus_01_dot_71_bar__minus_00_dot_62 loc_bar__minus_6_bar__minus_8_bar_3_bar_60)
        (pickupable Apple_bar__minus_00_dot_04_bar__minus_01_dot_71_bar__minus_00_dot_62)
        (cleanable Apple_bar__minus_00_dot_04_bar__minus_01_dot_71_bar__minus_00_dot_62)
        (heatable Apple_bar__minus_00_dot_04_bar__minus_01_dot_71_bar__minus_00_dot_62)
        (coolable Apple_bar__minus_00_dot_04_bar__minus_01_dot_71_bar__minus_00_dot_62)
        (objectType Ladle_bar__plus_00_dot_66_bar__minus_00_dot_59_bar__plus_02_dot_42 LadleType)
        (inReceptacle Ladle_bar__plus_00_dot_66_bar__minus_00_dot_59_bar__plus_02_dot_42 Sink_bar__minus_00_dot_90_bar__minus_00_dot_43_bar__plus_01_dot_76_bar_SinkBasin)
        (objectAtLocation Ladle_bar__plus_00_dot_66_bar__minus_00_dot_59_bar__plus_02_dot_42 loc_bar__minus_11_bar_6_bar_3_bar_60)
        (pickupable Ladle_bar__plus_00_dot_66_bar__minus_00_dot_59_bar__plus_02_dot_42)
        (cleanable Ladle_bar__plus_00_dot_66_bar__minus_00_dot_59_bar__plus_02_dot_42)
        (objectType Knife_bar__minus_01_dot_73_bar__plus_01_dot_27_bar__plus_02_dot_93 KnifeType)
        (inReceptacle Knife_bar__minus_01_dot_73_bar__plus_01_dot_27_bar__plus_02_dot_93 CounterTop_bar__plus_00_dot_43_bar__minus_00_dot_81_bar__minus_02_dot_14)
        (objectAtLocation Knife_bar__minus_01_dot_73_bar__plus_01_dot_27_bar__plus_02_dot_93 loc_bar__minus_11_bar__minus_7_bar_3_bar_30)
        (pickupable Knife_bar__minus_01_dot_73_bar__plus_01_dot_27_bar__plus_02_dot_93)
        (cleanable Knife_bar__minus_01_dot_73_bar__plus_01_dot_27_bar__plus_02_dot_93)
        (objectType Cup_bar__minus_00_dot_23_bar__minus_00_dot_91_bar__plus_02_dot_26 CupType)
        (inReceptacle Cup_bar__minus_00_dot_23_bar__minus_00_dot_91_bar__plus_02_dot_26 Cabinet_bar__minus_01_dot_69_bar__plus_00_dot_84_bar__plus_02_dot_57)
        (objectAtLocation Cup_bar__minus_00_dot_23_bar__minus_00_dot_91_bar__plus_02_dot_26 loc_bar_7_bar__minus_1_bar_1_bar_45)
        (pickupable Cup_bar__minus_00_dot_23_bar__minus_00_dot_91_bar__plus_02_dot_26)
        (cleanable Cup_bar__minus_00_dot_23_bar__minus_00_dot_91_bar__plus_02_dot_26)
        (heatable Cup_bar__minus_00_dot_23_bar__minus_00_dot_91_bar__plus_02_dot_26)
        (coolable Cup_bar__minus_00_dot_23_bar__minus_00_dot_91_bar__plus_02_dot_26)
        (isReceptacleObject Cup_bar__minus_00_dot_23_bar__minus_00_dot_91_bar__plus_02_dot_26)
        (objectType Cup_bar__plus_02_dot_26_bar__plus_02_dot_81_bar__plus_00_dot_50 CupType)
        (inReceptacle Cup_bar__plus_02_dot_26_bar__plus_02_dot_81_bar__plus_00_dot_50 CounterTop_bar__plus_00_dot_43_bar__minus_00_dot_81_bar__minus_02_dot_14)
        (objectAtLocation Cup_bar__plus_02_dot_26_bar__plus_02_dot_81_bar__plus_00_dot_50 loc_bar__minus_11_bar__minus_7_bar_3_bar_30)
        (pickupable Cup_bar__plus_02_dot_26_bar__plus_02_dot_81_bar__plus_00_dot_50)
        (cleanable Cup_bar__plus_02_dot_26_bar__plus_02_dot_81_bar__plus_00_dot_50)
        (heatable Cup_bar__plus_02_dot_26_bar__plus_02_dot_81_bar__plus_00_dot_50)
        (coolable Cup_bar__plus_02_dot_26_bar__plus_02_dot_81_bar__plus_00_dot_50)
        (isReceptacleObject Cup_bar__plus_02_dot_26_bar__plus_02_dot_81_bar__plus_00_dot_50)
        (objectType Spoon_bar__minus_02_dot_67_bar__minus_00_dot_13_bar__plus_02_dot_81 SpoonType)
        (inReceptacle Spoon_bar__minus_02_dot_67_bar__minus_00_dot_13_bar__plus_02_dot_81 Drawer_bar__minus_01_dot_06_bar__minus_01_dot_25_bar__minus_01_dot_11)
        (objectAtLocation Spoon_bar__minus_02_dot_67_bar__minus_00_dot_13_bar__plus_02_dot_81 loc_bar__minus_2_bar_2_bar_1_bar_45)
        (pickupable Spoon_bar__minus_02_dot_67_bar__minus_00_dot_13_bar__plus_02_dot_81)
        (cleanable Spoon_bar__minus_02_dot_67_bar__minus_00_dot_13_bar__plus_02_dot_81)
        (objectType Mug_bar__plus_00_dot_69_bar__minus_00_dot_77_bar__plus_01_dot_52 MugType)
        (inReceptacle Mug_bar__plus_00_dot_69_bar__minus_00_dot_77_bar__plus_01_dot_52 Fridge_bar__minus_02_dot_21_bar__minus_02_dot_63_bar__minus_00_dot_87)
        (objectAtLocation Mug_bar__plus_00_dot_69_bar__minus_00_dot_77_bar__plus_01_dot_52 loc_bar__minus_4_bar__minus_12_bar_1_bar_60)
        (pickupable Mug_bar__plus_00_dot_69_bar__minus_00_dot_77_bar__plus_01_dot_52)
        (cleanable Mug_bar__plus_00_dot_69_bar__minus_00_dot_77_bar__plus_01_dot_52)
        (heatable Mug_bar__plus_00_dot_69_bar__minus_00_dot_77_bar__plus_01_dot_52)
        (coolable Mug_bar__plus_00_dot_69_bar__minus_00_dot_77_bar__plus_01_dot_52)
        (isReceptacleObject Mug_bar__plus_00_dot_69_bar__minus_00_dot_77_bar__plus_01_dot_52)
        (objectType ButterKnife_bar__minus_02_dot_74_bar__plus_02_dot_38_bar__minus_02_dot_55 ButterKnifeType)
        (inReceptacle ButterKnife_bar__minus_02_dot_74_bar__plus_02_dot_38_bar__minus_02_dot_55 Sink_bar__minus_00_dot_90_bar__minus_00_dot_43_bar__plus_01_dot_76_bar_SinkBasin)
        (objectAtLocation ButterKnife_bar__minus_02_dot_74_bar__plus_02_dot_38_bar__minus_02_dot_55 loc_bar__minus_11_bar_6_bar_3_bar_60)
        (pickupable ButterKnife_bar__minus_02_dot_74_bar__plus_02_dot_38_bar__minus_02_dot_55)
        (cleanable ButterKnife_bar__minus_02_dot_74_bar__plus_02_dot_38_bar__minus_02_dot_55)
        (canContain CabinetType CupType)
        (canContain CabinetType LadleType)
        (canContain CabinetType MugType)
        (canContain CounterTopType AppleType)
        (canContain CounterTopType ButterKnifeType)
        (canContain CounterTopType CupType)
        (canContain CounterTopType KnifeType)
        (canContain CounterTopType LadleType)
        (canContain CounterTopType MugType)
        (canContain CounterTopType SpoonType)
        (canContain DrawerType ButterKnifeType)
        (canContain DrawerType KnifeType)
        (canContain DrawerType LadleType)
        (canContain DrawerType SpoonType)
        (canContain FridgeType AppleType)
        (canContain FridgeType CupType)
        (canContain FridgeType MugType)
        (canContain GarbageCanType AppleType)
        (canContain MicrowaveType AppleType)
        (canContain MicrowaveType CupType)
        (canContain MicrowaveType MugType)
        (canContain ShelfType CupType)
        (canContain ShelfType MugType)
        (canContain SinkBasinType AppleType)
        (canContain SinkBasinType ButterKnifeType)
        (canContain SinkBasinType CupType)
        (canContain SinkBasinType KnifeType)
        (canContain SinkBasinType LadleType)
        (canContain SinkBasinType MugType)
        (canContain SinkBasinType SpoonType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (coolable ?o)
                            (objectType ?o AppleType)
                            (receptacleType ?r CounterTopType)
                            (isCool ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
