(define (problem plan_trial_e60009)
(:domain alfred)
(:objects
        agent1 - agent
        BowlType - otype
        ButterKnifeType - otype
        LettuceType - otype
        MugType - otype
        PaperTowelType - otype
        PotType - otype
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
        Pot_bar__minus_02_dot_66_bar__minus_00_dot_10_bar__minus_02_dot_92 - object
        Pot_bar__minus_01_dot_09_bar__plus_00_dot_11_bar__minus_00_dot_97 - object
        PaperTowel_bar__minus_00_dot_04_bar__minus_02_dot_18_bar__plus_02_dot_14 - object
        PaperTowel_bar__minus_00_dot_20_bar__minus_00_dot_63_bar__plus_01_dot_61 - object
        Mug_bar__minus_00_dot_71_bar__plus_00_dot_98_bar__plus_00_dot_31 - object
        Lettuce_bar__minus_00_dot_81_bar__plus_02_dot_59_bar__minus_02_dot_70 - object
        Bowl_bar__plus_02_dot_28_bar__plus_00_dot_39_bar__plus_02_dot_15 - object
        ButterKnife_bar__plus_00_dot_98_bar__plus_02_dot_28_bar__plus_01_dot_44 - object
        ButterKnife_bar__minus_02_dot_27_bar__minus_01_dot_22_bar__minus_02_dot_81 - object
        Cabinet_bar__plus_00_dot_16_bar__plus_03_dot_00_bar__plus_01_dot_66 - receptacle
        Cabinet_bar__minus_00_dot_51_bar__plus_01_dot_57_bar__plus_00_dot_79 - receptacle
        Cabinet_bar__minus_00_dot_09_bar__minus_02_dot_95_bar__plus_01_dot_61 - receptacle
        Cabinet_bar__plus_02_dot_62_bar__minus_02_dot_75_bar__minus_02_dot_91 - receptacle
        Cabinet_bar__plus_02_dot_91_bar__plus_02_dot_39_bar__plus_01_dot_92 - receptacle
        Cabinet_bar__minus_01_dot_23_bar__minus_02_dot_63_bar__minus_00_dot_26 - receptacle
        CounterTop_bar__plus_01_dot_02_bar__minus_01_dot_97_bar__plus_00_dot_86 - receptacle
        Drawer_bar__minus_02_dot_92_bar__plus_01_dot_14_bar__minus_02_dot_31 - receptacle
        Drawer_bar__minus_02_dot_40_bar__plus_01_dot_96_bar__plus_01_dot_30 - receptacle
        Fridge_bar__plus_02_dot_10_bar__minus_01_dot_66_bar__plus_00_dot_25 - receptacle
        Microwave_bar__plus_02_dot_03_bar__minus_01_dot_68_bar__minus_02_dot_61 - receptacle
        Sink_bar__minus_00_dot_25_bar__plus_02_dot_28_bar__minus_01_dot_56_bar_SinkBasin - receptacle
        StoveBurner_bar__plus_00_dot_81_bar__plus_01_dot_59_bar__minus_01_dot_35 - receptacle
        StoveBurner_bar__minus_02_dot_18_bar__plus_02_dot_73_bar__minus_01_dot_30 - receptacle
        StoveBurner_bar__minus_00_dot_91_bar__plus_00_dot_24_bar__minus_02_dot_08 - receptacle
        StoveBurner_bar__plus_00_dot_03_bar__plus_02_dot_86_bar__minus_00_dot_82 - receptacle
        GarbageCan_bar__minus_02_dot_58_bar__plus_02_dot_10_bar__minus_01_dot_88 - receptacle
        Shelf_bar__minus_02_dot_36_bar__minus_01_dot_64_bar__minus_00_dot_26 - receptacle
        Shelf_bar__minus_02_dot_40_bar__minus_01_dot_99_bar__minus_00_dot_28 - receptacle
        Toaster_bar__plus_00_dot_48_bar__minus_00_dot_60_bar__minus_02_dot_48 - receptacle
        loc_bar__minus_4_bar_11_bar_3_bar_15 - location
        loc_bar__minus_9_bar_12_bar_2_bar_15 - location
        loc_bar_10_bar_12_bar_2_bar_0 - location
        loc_bar_5_bar__minus_1_bar_0_bar_30 - location
        loc_bar_0_bar__minus_5_bar_2_bar_30 - location
        loc_bar_11_bar__minus_3_bar_1_bar_0 - location
        loc_bar_7_bar__minus_12_bar_0_bar_30 - location
        loc_bar__minus_1_bar__minus_7_bar_2_bar__minus_30 - location
        loc_bar_0_bar_8_bar_2_bar_60 - location
        loc_bar_2_bar__minus_3_bar_0_bar_60 - location
        loc_bar__minus_10_bar__minus_9_bar_2_bar_0 - location
        loc_bar__minus_12_bar__minus_5_bar_2_bar_0 - location
        loc_bar_11_bar_3_bar_3_bar_0 - location
        loc_bar__minus_3_bar_0_bar_2_bar_30 - location
        loc_bar_8_bar_4_bar_1_bar_15 - location
        loc_bar_6_bar_5_bar_3_bar_15 - location
        loc_bar__minus_10_bar__minus_9_bar_0_bar_15 - location
        loc_bar__minus_2_bar__minus_3_bar_0_bar__minus_30 - location
        loc_bar__minus_1_bar__minus_6_bar_2_bar_60 - location
        loc_bar_11_bar_6_bar_0_bar_15 - location
        loc_bar_8_bar__minus_8_bar_2_bar__minus_30 - location
        )
(:init
        (atLocation agent1 loc_bar_8_bar__minus_8_bar_2_bar__minus_30)
        (receptacleType Cabinet_bar__plus_00_dot_16_bar__plus_03_dot_00_bar__plus_01_dot_66 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_16_bar__plus_03_dot_00_bar__plus_01_dot_66 loc_bar__minus_4_bar_11_bar_3_bar_15)
        (openable Cabinet_bar__plus_00_dot_16_bar__plus_03_dot_00_bar__plus_01_dot_66)
        (receptacleType Cabinet_bar__minus_00_dot_51_bar__plus_01_dot_57_bar__plus_00_dot_79 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_51_bar__plus_01_dot_57_bar__plus_00_dot_79 loc_bar__minus_9_bar_12_bar_2_bar_15)
        (openable Cabinet_bar__minus_00_dot_51_bar__plus_01_dot_57_bar__plus_00_dot_79)
        (receptacleType Cabinet_bar__minus_00_dot_09_bar__minus_02_dot_95_bar__plus_01_dot_61 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_09_bar__minus_02_dot_95_bar__plus_01_dot_61 loc_bar_10_bar_12_bar_2_bar_0)
        (openable Cabinet_bar__minus_00_dot_09_bar__minus_02_dot_95_bar__plus_01_dot_61)
        (receptacleType Cabinet_bar__plus_02_dot_62_bar__minus_02_dot_75_bar__minus_02_dot_91 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_62_bar__minus_02_dot_75_bar__minus_02_dot_91 loc_bar_5_bar__minus_1_bar_0_bar_30)
        (openable Cabinet_bar__plus_02_dot_62_bar__minus_02_dot_75_bar__minus_02_dot_91)
        (receptacleType Cabinet_bar__plus_02_dot_91_bar__plus_02_dot_39_bar__plus_01_dot_92 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_91_bar__plus_02_dot_39_bar__plus_01_dot_92 loc_bar_0_bar__minus_5_bar_2_bar_30)
        (openable Cabinet_bar__plus_02_dot_91_bar__plus_02_dot_39_bar__plus_01_dot_92)
        (receptacleType Cabinet_bar__minus_01_dot_23_bar__minus_02_dot_63_bar__minus_00_dot_26 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_23_bar__minus_02_dot_63_bar__minus_00_dot_26 loc_bar_11_bar__minus_3_bar_1_bar_0)
        (openable Cabinet_bar__minus_01_dot_23_bar__minus_02_dot_63_bar__minus_00_dot_26)
        (receptacleType CounterTop_bar__plus_01_dot_02_bar__minus_01_dot_97_bar__plus_00_dot_86 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_01_dot_02_bar__minus_01_dot_97_bar__plus_00_dot_86 loc_bar_7_bar__minus_12_bar_0_bar_30)
        (receptacleType Drawer_bar__minus_02_dot_92_bar__plus_01_dot_14_bar__minus_02_dot_31 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_02_dot_92_bar__plus_01_dot_14_bar__minus_02_dot_31 loc_bar__minus_1_bar__minus_7_bar_2_bar__minus_30)
        (openable Drawer_bar__minus_02_dot_92_bar__plus_01_dot_14_bar__minus_02_dot_31)
        (receptacleType Drawer_bar__minus_02_dot_40_bar__plus_01_dot_96_bar__plus_01_dot_30 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_02_dot_40_bar__plus_01_dot_96_bar__plus_01_dot_30 loc_bar_0_bar_8_bar_2_bar_60)
        (openable Drawer_bar__minus_02_dot_40_bar__plus_01_dot_96_bar__plus_01_dot_30)
        (receptacleType Fridge_bar__plus_02_dot_10_bar__minus_01_dot_66_bar__plus_00_dot_25 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_02_dot_10_bar__minus_01_dot_66_bar__plus_00_dot_25 loc_bar_2_bar__minus_3_bar_0_bar_60)
        (openable Fridge_bar__plus_02_dot_10_bar__minus_01_dot_66_bar__plus_00_dot_25)
        (receptacleType Microwave_bar__plus_02_dot_03_bar__minus_01_dot_68_bar__minus_02_dot_61 MicrowaveType)
        (receptacleAtLocation Microwave_bar__plus_02_dot_03_bar__minus_01_dot_68_bar__minus_02_dot_61 loc_bar__minus_10_bar__minus_9_bar_2_bar_0)
        (openable Microwave_bar__plus_02_dot_03_bar__minus_01_dot_68_bar__minus_02_dot_61)
        (receptacleType Sink_bar__minus_00_dot_25_bar__plus_02_dot_28_bar__minus_01_dot_56_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_00_dot_25_bar__plus_02_dot_28_bar__minus_01_dot_56_bar_SinkBasin loc_bar__minus_12_bar__minus_5_bar_2_bar_0)
        (receptacleType StoveBurner_bar__plus_00_dot_81_bar__plus_01_dot_59_bar__minus_01_dot_35 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_00_dot_81_bar__plus_01_dot_59_bar__minus_01_dot_35 loc_bar_11_bar_3_bar_3_bar_0)
        (receptacleType StoveBurner_bar__minus_02_dot_18_bar__plus_02_dot_73_bar__minus_01_dot_30 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_02_dot_18_bar__plus_02_dot_73_bar__minus_01_dot_30 loc_bar__minus_3_bar_0_bar_2_bar_30)
        (receptacleType StoveBurner_bar__minus_00_dot_91_bar__plus_00_dot_24_bar__minus_02_dot_08 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_00_dot_91_bar__plus_00_dot_24_bar__minus_02_dot_08 loc_bar_8_bar_4_bar_1_bar_15)
        (receptacleType StoveBurner_bar__plus_00_dot_03_bar__plus_02_dot_86_bar__minus_00_dot_82 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_00_dot_03_bar__plus_02_dot_86_bar__minus_00_dot_82 loc_bar_6_bar_5_bar_3_bar_15)
        (receptacleType GarbageCan_bar__minus_02_dot_58_bar__plus_02_dot_10_bar__minus_01_dot_88 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_02_dot_58_bar__plus_02_dot_10_bar__minus_01_dot_88 loc_bar__minus_10_bar__minus_9_bar_0_bar_15)
        (receptacleType Shelf_bar__minus_02_dot_36_bar__minus_01_dot_64_bar__minus_00_dot_26 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_02_dot_36_bar__minus_01_dot_64_bar__minus_00_dot_26 loc_bar__minus_2_bar__minus_3_bar_0_bar__minus_30)
        (receptacleType Shelf_bar__minus_02_dot_40_bar__minus_01_dot_99_bar__minus_00_dot_28 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_02_dot_40_bar__minus_01_dot_99_bar__minus_00_dot_28 loc_bar__minus_1_bar__minus_6_bar_2_bar_60)
        (receptacleType Toaster_bar__plus_00_dot_48_bar__minus_00_dot_60_bar__minus_02_dot_48 ToasterType)
        (receptacleAtLocation Toaster_bar__plus_00_dot_48_bar__minus_00_dot_60_bar__minus_02_dot_48 loc_bar_11_bar_6_bar_0_bar_15)
        (objectType Pot_bar__minus_02_dot_66_bar__minus_00_dot_10_bar__minus_02_dot_92 PotType)
        (inReceptacle Pot_bar__minus_02_dot_66_bar__minus_00_dot_10_bar__minus_02_dot_92 Shelf_bar__minus_02_dot_40_bar__minus_01_dot_99_bar__minus_00_dot_28)
        (objectAtLocation Pot_bar__minus_02_dot_66_bar__minus_00_dot_10_bar__minus_02_dot_92 loc_bar__minus_1_bar__minus_6_bar_2_bar_60)
        (pickupable Pot_bar__minus_02_dot_66_bar__minus_00_dot_10_bar__minus_02_dot_92)
        (cleanable Pot_bar__minus_02_dot_66_bar__minus_00_dot_10_bar__minus_02_dot_92)
        (coolable Pot_bar__minus_02_dot_66_bar__minus_00_dot_10_bar__minus_02_dot_92)
        (isReceptacleObject Pot_bar__minus_02_dot_66_bar__minus_00_dot_10_bar__minus_02_dot_92)
        (objectType Pot_bar__minus_01_dot_09_bar__plus_00_dot_11_bar__minus_00_dot_97 PotType)
        (inReceptacle Pot_bar__minus_01_dot_09_bar__plus_00_dot_11_bar__minus_00_dot_97 Sink_bar__minus_00_dot_25_bar__plus_02_dot_28_bar__minus_01_dot_56_bar_SinkBasin)
        (objectAtLocation Pot_bar__minus_01_dot_09_bar__plus_00_dot_11_bar__minus_00_dot_97 loc_bar__minus_12_bar__minus_5_bar_2_bar_0)
        (pickupable Pot_bar__minus_01_dot_09_bar__plus_00_dot_11_bar__minus_00_dot_97)
        (cleanable Pot_bar__minus_01_dot_09_bar__plus_00_dot_11_bar__minus_00_dot_97)
        (coolable Pot_bar__minus_01_dot_09_bar__plus_00_dot_11_bar__minus_00_dot_97)
        (isReceptacleObject Pot_bar__minus_01_dot_09_bar__plus_00_dot_11_bar__minus_00_dot_97)
        (objectType PaperTowel_bar__minus_00_dot_04_bar__minus_02_dot_18_bar__plus_02_dot_14 PaperTowelType)
        (inReceptacle PaperTowel_bar__minus_00_dot_04_bar__minus_02_dot_18_bar__plus_02_dot_14 CounterTop_bar__plus_01_dot_02_bar__minus_01_dot_97_bar__plus_00_dot_86)
        (objectAtLocation PaperTowel_bar__minus_00_dot_04_bar__minus_02_dot_18_bar__plus_02_dot_14 loc_bar_7_bar__minus_12_bar_0_bar_30)
        (pickupable PaperTowel_bar__minus_00_dot_04_bar__minus_02_dot_18_bar__plus_02_dot_14)
        (objectType PaperTowel_bar__minus_00_dot_20_bar__minus_00_dot_63_bar__plus_01_dot_61 PaperTowelType)
        (inReceptacle PaperTowel_bar__minus_00_dot_20_bar__minus_00_dot_63_bar__plus_01_dot_61 GarbageCan_bar__minus_02_dot_58_bar__plus_02_dot_10_bar__minus_01_dot_88)
        (objectAtLocation PaperTowel_bar__minus_00_dot_20_bar__minus_00_dot_63_bar__plus_01_dot_61 loc_bar__minus_10_bar__minus_9_bar_0_bar_15)
        (pickupable PaperTowel_bar__minus_00_dot_20_bar__minus_00_dot_63_bar__plus_01_dot_61)
        (objectType Mug_bar__minus_00_dot_71_bar__plus_00_dot_98_bar__plus_00_dot_31 MugType)
        (inReceptacle Mug_bar__minus_00_dot_71_bar__plus_00_dot_98_bar__plus_00_dot_31 Shelf_bar__minus_02_dot_40_bar__minus_01_dot_99_bar__minus_00_dot_28)
        (objectAtLocation Mug_bar__minus_00_dot_71_bar__plus_00_dot_98_bar__plus_00_dot_31 loc_bar__minus_1_bar__minus_6_bar_2_bar_60)
        (pickupable Mug_bar__minus_00_dot_71_bar__plus_00_dot_98_bar__plus_00_dot_31)
        (cleanable Mug_bar__minus_00_dot_71_bar__plus_00_dot_98_bar__plus_00_dot_31)
        (heatable Mug_bar__minus_00_dot_71_bar__plus_00_dot_98_bar__plus_00_dot_31)
        (coolable Mug_bar__minus_00_dot_71_bar__plus_00_dot_98_bar__plus_00_dot_31)
        (isReceptacleObject Mug_bar__minus_00_dot_71_bar__plus_00_dot_98_bar__plus_00_dot_31)
        (objectType Lettuce_bar__minus_00_dot_81_bar__plus_02_dot_59_bar__minus_02_dot_70 LettuceType)
        (inReceptacle Lettuce_bar__minus_00_dot_81_bar__plus_02_dot_59_bar__minus_02_dot_70 Fridge_bar__plus_02_dot_10_bar__minus_01_dot_66_bar__plus_00_dot_25)
        (objectAtLocation Lettuce_bar__minus_00_dot_81_bar__plus_02_dot_59_bar__minus_02_dot_70 loc_bar_2_bar__minus_3_bar_0_bar_60)
        (pickupable Lettuce_bar__minus_00_dot_81_bar__plus_02_dot_59_bar__minus_02_dot_70)
        (cleanable Lettuce_bar__minus_00_dot_81_bar__plus_02_dot_59_bar__minus_02_dot_70)
        (coolable Lettuce_bar__minus_00_dot_81_bar__plus_02_dot_59_bar__minus_02_dot_70)
        (objectType Bowl_bar__plus_02_dot_28_bar__plus_00_dot_39_bar__plus_02_dot_15 BowlType)
        (inReceptacle Bowl_bar__plus_02_dot_28_bar__plus_00_dot_39_bar__plus_02_dot_15 Fridge_bar__plus_02_dot_10_bar__minus_01_dot_66_bar__plus_00_dot_25)
        (objectAtLocation Bowl_bar__plus_02_dot_28_bar__plus_00_dot_39_bar__plus_02_dot_15 loc_bar_2_bar__minus_3_bar_0_bar_60)
        (pickupable Bowl_bar__plus_02_dot_28_bar__plus_00_dot_39_bar__plus_02_dot_15)
        (cleanable Bowl_bar__plus_02_dot_28_bar__plus_00_dot_39_bar__plus_02_dot_15)
        (coolable Bowl_bar__plus_02_dot_28_bar__plus_00_dot_39_bar__plus_02_dot_15)
        (isReceptacleObject Bowl_bar__plus_02_dot_28_bar__plus_00_dot_39_bar__plus_02_dot_15)
        (objectType ButterKnife_bar__plus_00_dot_98_bar__plus_02_dot_28_bar__plus_01_dot_44 ButterKnifeType)
        (inReceptacle ButterKnife_bar__plus_00_dot_98_bar__plus_02_dot_28_bar__plus_01_dot_44 Drawer_bar__minus_02_dot_92_bar__plus_01_dot_14_bar__minus_02_dot_31)
        (objectAtLocation ButterKnife_bar__plus_00_dot_98_bar__plus_02_dot_28_bar__plus_01_dot_44 loc_bar__minus_1_bar__minus_7_bar_2_bar__minus_30)
        (pickupable ButterKnife_bar__plus_00_dot_98_bar__plus_02_dot_28_bar__plus_01_dot_44)
        (cleanable ButterKnife_bar__plus_00_dot_98_bar__plus_02_dot_28_bar__plus_01_dot_44)
        (objectType ButterKnife_bar__minus_02_dot_27_bar__minus_01_dot_22_bar__minus_02_dot_81 ButterKnifeType)
        (inReceptacle ButterKnife_bar__minus_02_dot_27_bar__minus_01_dot_22_bar__minus_02_dot_81 Drawer_bar__minus_02_dot_92_bar__plus_01_dot_14_bar__minus_02_dot_31)
        (objectAtLocation ButterKnife_bar__minus_02_dot_27_bar__minus_01_dot_22_bar__minus_02_dot_81 loc_bar__minus_1_bar__minus_7_bar_2_bar__minus_30)
        (pickupable ButterKnife_bar__minus_02_dot_27_bar__minus_01_dot_22_bar__minus_02_dot_81)
        (cleanable ButterKnife_bar__minus_02_dot_27_bar__minus_01_dot_22_bar__minus_02_dot_81)
        (canContain CabinetType BowlType)
        (canContain CabinetType MugType)
        (canContain CabinetType PotType)
        (canContain CounterTopType BowlType)
        (canContain CounterTopType ButterKnifeType)
        (canContain CounterTopType LettuceType)
        (canContain CounterTopType MugType)
        (canContain CounterTopType PaperTowelType)
        (canContain CounterTopType PotType)
        (canContain DrawerType ButterKnifeType)
        (canContain FridgeType BowlType)
        (canContain FridgeType LettuceType)
        (canContain FridgeType MugType)
        (canContain FridgeType PotType)
        (canContain GarbageCanType LettuceType)
        (canContain GarbageCanType PaperTowelType)
        (canContain MicrowaveType BowlType)
        (canContain MicrowaveType MugType)
        (canContain ShelfType BowlType)
        (canContain ShelfType MugType)
        (canContain ShelfType PaperTowelType)
        (canContain ShelfType PotType)
        (canContain SinkBasinType BowlType)
        (canContain SinkBasinType ButterKnifeType)
        (canContain SinkBasinType LettuceType)
        (canContain SinkBasinType MugType)
        (canContain SinkBasinType PotType)
        (canContain StoveBurnerType PotType)
        )
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 PotType)
                                    (receptacleType ?r StoveBurnerType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 PotType)
                                            (receptacleType ?r StoveBurnerType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
