(define (problem plan_trial_e50007)
(:domain alfred)
(:objects
        agent1 - agent
        BowlType - otype
        BreadType - otype
        LettuceType - otype
        PanType - otype
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
        Bowl_bar__plus_00_dot_99_bar__minus_00_dot_61_bar__plus_01_dot_17 - object
        Bowl_bar__plus_00_dot_35_bar__plus_02_dot_00_bar__minus_00_dot_79 - object
        Pan_bar__plus_00_dot_36_bar__plus_02_dot_85_bar__plus_00_dot_45 - object
        Lettuce_bar__plus_00_dot_90_bar__minus_01_dot_98_bar__plus_01_dot_51 - object
        Bread_bar__plus_02_dot_90_bar__plus_00_dot_18_bar__plus_02_dot_16 - object
        Pot_bar__plus_01_dot_03_bar__minus_00_dot_29_bar__minus_01_dot_34 - object
        Pot_bar__plus_01_dot_81_bar__minus_01_dot_64_bar__plus_00_dot_00 - object
        PaperTowel_bar__minus_01_dot_99_bar__minus_01_dot_23_bar__plus_00_dot_41 - object
        Cabinet_bar__minus_02_dot_50_bar__minus_02_dot_54_bar__plus_01_dot_37 - receptacle
        Cabinet_bar__minus_02_dot_86_bar__plus_01_dot_73_bar__plus_02_dot_23 - receptacle
        Cabinet_bar__plus_02_dot_91_bar__plus_01_dot_05_bar__minus_02_dot_10 - receptacle
        Cabinet_bar__minus_02_dot_46_bar__plus_00_dot_30_bar__plus_00_dot_93 - receptacle
        Cabinet_bar__minus_00_dot_01_bar__minus_02_dot_56_bar__minus_00_dot_45 - receptacle
        Cabinet_bar__minus_02_dot_33_bar__minus_01_dot_75_bar__minus_01_dot_36 - receptacle
        CounterTop_bar__plus_00_dot_01_bar__plus_02_dot_64_bar__plus_02_dot_13 - receptacle
        Drawer_bar__minus_02_dot_64_bar__minus_01_dot_23_bar__minus_02_dot_09 - receptacle
        Drawer_bar__plus_02_dot_45_bar__minus_00_dot_46_bar__minus_02_dot_23 - receptacle
        Fridge_bar__plus_02_dot_68_bar__minus_01_dot_00_bar__plus_01_dot_42 - receptacle
        Microwave_bar__plus_02_dot_69_bar__minus_02_dot_82_bar__minus_00_dot_29 - receptacle
        Sink_bar__minus_01_dot_73_bar__plus_01_dot_44_bar__plus_02_dot_43_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_02_dot_53_bar__minus_02_dot_72_bar__minus_01_dot_10 - receptacle
        StoveBurner_bar__plus_02_dot_45_bar__plus_02_dot_51_bar__minus_01_dot_70 - receptacle
        StoveBurner_bar__plus_00_dot_48_bar__minus_01_dot_40_bar__plus_02_dot_38 - receptacle
        StoveBurner_bar__plus_00_dot_03_bar__plus_00_dot_40_bar__plus_02_dot_99 - receptacle
        GarbageCan_bar__plus_02_dot_14_bar__minus_01_dot_50_bar__minus_01_dot_58 - receptacle
        Shelf_bar__minus_01_dot_90_bar__minus_00_dot_49_bar__plus_00_dot_19 - receptacle
        Shelf_bar__minus_01_dot_77_bar__minus_01_dot_50_bar__plus_00_dot_66 - receptacle
        Toaster_bar__plus_01_dot_73_bar__minus_02_dot_34_bar__plus_00_dot_27 - receptacle
        loc_bar_10_bar_7_bar_2_bar_0 - location
        loc_bar_0_bar_8_bar_2_bar_15 - location
        loc_bar__minus_12_bar__minus_7_bar_1_bar_0 - location
        loc_bar__minus_3_bar__minus_5_bar_3_bar_15 - location
        loc_bar__minus_10_bar__minus_9_bar_3_bar_15 - location
        loc_bar__minus_8_bar_3_bar_3_bar_15 - location
        loc_bar_5_bar__minus_5_bar_3_bar_60 - location
        loc_bar_6_bar__minus_8_bar_3_bar_15 - location
        loc_bar_9_bar_11_bar_0_bar_15 - location
        loc_bar__minus_10_bar_1_bar_0_bar_30 - location
        loc_bar_8_bar_5_bar_3_bar__minus_30 - location
        loc_bar_2_bar_4_bar_2_bar_30 - location
        loc_bar_2_bar__minus_12_bar_2_bar_0 - location
        loc_bar__minus_5_bar_5_bar_1_bar_15 - location
        loc_bar_5_bar_6_bar_1_bar_60 - location
        loc_bar__minus_4_bar__minus_5_bar_1_bar_45 - location
        loc_bar_2_bar__minus_10_bar_0_bar__minus_30 - location
        loc_bar_8_bar__minus_10_bar_1_bar_15 - location
        loc_bar__minus_9_bar_8_bar_0_bar_30 - location
        loc_bar_6_bar__minus_1_bar_0_bar_60 - location
        loc_bar_10_bar__minus_3_bar_0_bar_45 - location
        )
(:init
        (atLocation agent1 loc_bar_10_bar__minus_3_bar_0_bar_45)
        (receptacleType Cabinet_bar__minus_02_dot_50_bar__minus_02_dot_54_bar__plus_01_dot_37 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_50_bar__minus_02_dot_54_bar__plus_01_dot_37 loc_bar_10_bar_7_bar_2_bar_0)
        (openable Cabinet_bar__minus_02_dot_50_bar__minus_02_dot_54_bar__plus_01_dot_37)
        (receptacleType Cabinet_bar__minus_02_dot_86_bar__plus_01_dot_73_bar__plus_02_dot_23 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_86_bar__plus_01_dot_73_bar__plus_02_dot_23 loc_bar_0_bar_8_bar_2_bar_15)
        (openable Cabinet_bar__minus_02_dot_86_bar__plus_01_dot_73_bar__plus_02_dot_23)
        (receptacleType Cabinet_bar__plus_02_dot_91_bar__plus_01_dot_05_bar__minus_02_dot_10 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_91_bar__plus_01_dot_05_bar__minus_02_dot_10 loc_bar__minus_12_bar__minus_7_bar_1_bar_0)
        (openable Cabinet_bar__plus_02_dot_91_bar__plus_01_dot_05_bar__minus_02_dot_10)
        (receptacleType Cabinet_bar__minus_02_dot_46_bar__plus_00_dot_30_bar__plus_00_dot_93 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_46_bar__plus_00_dot_30_bar__plus_00_dot_93 loc_bar__minus_3_bar__minus_5_bar_3_bar_15)
        (openable Cabinet_bar__minus_02_dot_46_bar__plus_00_dot_30_bar__plus_00_dot_93)
        (receptacleType Cabinet_bar__minus_00_dot_01_bar__minus_02_dot_56_bar__minus_00_dot_45 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_01_bar__minus_02_dot_56_bar__minus_00_dot_45 loc_bar__minus_10_bar__minus_9_bar_3_bar_15)
        (openable Cabinet_bar__minus_00_dot_01_bar__minus_02_dot_56_bar__minus_00_dot_45)
        (receptacleType Cabinet_bar__minus_02_dot_33_bar__minus_01_dot_75_bar__minus_01_dot_36 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_33_bar__minus_01_dot_75_bar__minus_01_dot_36 loc_bar__minus_8_bar_3_bar_3_bar_15)
        (openable Cabinet_bar__minus_02_dot_33_bar__minus_01_dot_75_bar__minus_01_dot_36)
        (receptacleType CounterTop_bar__plus_00_dot_01_bar__plus_02_dot_64_bar__plus_02_dot_13 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_00_dot_01_bar__plus_02_dot_64_bar__plus_02_dot_13 loc_bar_5_bar__minus_5_bar_3_bar_60)
        (receptacleType Drawer_bar__minus_02_dot_64_bar__minus_01_dot_23_bar__minus_02_dot_09 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_02_dot_64_bar__minus_01_dot_23_bar__minus_02_dot_09 loc_bar_6_bar__minus_8_bar_3_bar_15)
        (openable Drawer_bar__minus_02_dot_64_bar__minus_01_dot_23_bar__minus_02_dot_09)
        (receptacleType Drawer_bar__plus_02_dot_45_bar__minus_00_dot_46_bar__minus_02_dot_23 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_02_dot_45_bar__minus_00_dot_46_bar__minus_02_dot_23 loc_bar_9_bar_11_bar_0_bar_15)
        (openable Drawer_bar__plus_02_dot_45_bar__minus_00_dot_46_bar__minus_02_dot_23)
        (receptacleType Fridge_bar__plus_02_dot_68_bar__minus_01_dot_00_bar__plus_01_dot_42 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_02_dot_68_bar__minus_01_dot_00_bar__plus_01_dot_42 loc_bar__minus_10_bar_1_bar_0_bar_30)
        (openable Fridge_bar__plus_02_dot_68_bar__minus_01_dot_00_bar__plus_01_dot_42)
        (receptacleType Microwave_bar__plus_02_dot_69_bar__minus_02_dot_82_bar__minus_00_dot_29 MicrowaveType)
        (receptacleAtLocation Microwave_bar__plus_02_dot_69_bar__minus_02_dot_82_bar__minus_00_dot_29 loc_bar_8_bar_5_bar_3_bar__minus_30)
        (openable Microwave_bar__plus_02_dot_69_bar__minus_02_dot_82_bar__minus_00_dot_29)
        (receptacleType Sink_bar__minus_01_dot_73_bar__plus_01_dot_44_bar__plus_02_dot_43_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_01_dot_73_bar__plus_01_dot_44_bar__plus_02_dot_43_bar_SinkBasin loc_bar_2_bar_4_bar_2_bar_30)
        (receptacleType StoveBurner_bar__minus_02_dot_53_bar__minus_02_dot_72_bar__minus_01_dot_10 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_02_dot_53_bar__minus_02_dot_72_bar__minus_01_dot_10 loc_bar_2_bar__minus_12_bar_2_bar_0)
        (receptacleType StoveBurner_bar__plus_02_dot_45_bar__plus_02_dot_51_bar__minus_01_dot_70 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_02_dot_45_bar__plus_02_dot_51_bar__minus_01_dot_70 loc_bar__minus_5_bar_5_bar_1_bar_15)
        (receptacleType StoveBurner_bar__plus_00_dot_48_bar__minus_01_dot_40_bar__plus_02_dot_38 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_00_dot_48_bar__minus_01_dot_40_bar__plus_02_dot_38 loc_bar_5_bar_6_bar_1_bar_60)
        (receptacleType StoveBurner_bar__plus_00_dot_03_bar__plus_00_dot_40_bar__plus_02_dot_99 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_00_dot_03_bar__plus_00_dot_40_bar__plus_02_dot_99 loc_bar__minus_4_bar__minus_5_bar_1_bar_45)
        (receptacleType GarbageCan_bar__plus_02_dot_14_bar__minus_01_dot_50_bar__minus_01_dot_58 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_02_dot_14_bar__minus_01_dot_50_bar__minus_01_dot_58 loc_bar_2_bar__minus_10_bar_0_bar__minus_30)
        (receptacleType Shelf_bar__minus_01_dot_90_bar__minus_00_dot_49_bar__plus_00_dot_19 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_01_dot_90_bar__minus_00_dot_49_bar__plus_00_dot_19 loc_bar_8_bar__minus_10_bar_1_bar_15)
        (receptacleType Shelf_bar__minus_01_dot_77_bar__minus_01_dot_50_bar__plus_00_dot_66 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_01_dot_77_bar__minus_01_dot_50_bar__plus_00_dot_66 loc_bar__minus_9_bar_8_bar_0_bar_30)
        (receptacleType Toaster_bar__plus_01_dot_73_bar__minus_02_dot_34_bar__plus_00_dot_27 ToasterType)
        (receptacleAtLocation Toaster_bar__plus_01_dot_73_bar__minus_02_dot_34_bar__plus_00_dot_27 loc_bar_6_bar__minus_1_bar_0_bar_60)
        (objectType Bowl_bar__plus_00_dot_99_bar__minus_00_dot_61_bar__plus_01_dot_17 BowlType)
        (inReceptacle Bowl_bar__plus_00_dot_99_bar__minus_00_dot_61_bar__plus_01_dot_17 Shelf_bar__minus_01_dot_77_bar__minus_01_dot_50_bar__plus_00_dot_66)
        (objectAtLocation Bowl_bar__plus_00_dot_99_bar__minus_00_dot_61_bar__plus_01_dot_17 loc_bar__minus_9_bar_8_bar_0_bar_30)
        (pickupable Bowl_bar__plus_00_dot_99_bar__minus_00_dot_61_bar__plus_01_dot_17)
        (cleanable Bowl_bar__plus_00_dot_99_bar__minus_00_dot_61_bar__plus_01_dot_17)
        (coolable Bowl_bar__plus_00_dot_99_bar__minus_00_dot_61_bar__plus_01_dot_17)
        (isReceptacleObject Bowl_bar__plus_00_dot_99_bar__minus_00_dot_61_bar__plus_01_dot_17)
        (objectType Bowl_bar__plus_00_dot_35_bar__plus_02_dot_00_bar__minus_00_dot_79 BowlType)
        (inReceptacle Bowl_bar__plus_00_dot_35_bar__plus_02_dot_00_bar__minus_00_dot_79 Shelf_bar__minus_01_dot_90_bar__minus_00_dot_49_bar__plus_00_dot_19)
        (objectAtLocation Bowl_bar__plus_00_dot_35_bar__plus_02_dot_00_bar__minus_00_dot_79 loc_bar_8_bar__minus_10_bar_1_bar_15)
        (pickupable Bowl_bar__plus_00_dot_35_bar__plus_02_dot_00_bar__minus_00_dot_79)
        (cleanable Bowl_bar__plus_00_dot_35_bar__plus_02_dot_00_bar__minus_00_dot_79)
        (coolable Bowl_bar__plus_00_dot_35_bar__plus_02_dot_00_bar__minus_00_dot_79)
        (isReceptacleObject Bowl_bar__plus_00_dot_35_bar__plus_02_dot_00_bar__minus_00_dot_79)
        (objectType Pan_bar__plus_00_dot_36_bar__plus_02_dot_85_bar__plus_00_dot_45 PanType)
        (inReceptacle Pan_bar__plus_00_dot_36_bar__plus_02_dot_85_bar__plus_00_dot_45 Fridge_bar__plus_02_dot_68_bar__minus_01_dot_00_bar__plus_01_dot_42)
        (objectAtLocation Pan_bar__plus_00_dot_36_bar__plus_02_dot_85_bar__plus_00_dot_45 loc_bar__minus_10_bar_1_bar_0_bar_30)
        (pickupable Pan_bar__plus_00_dot_36_bar__plus_02_dot_85_bar__plus_00_dot_45)
        (cleanable Pan_bar__plus_00_dot_36_bar__plus_02_dot_85_bar__plus_00_dot_45)
        (coolable Pan_bar__plus_00_dot_36_bar__plus_02_dot_85_bar__plus_00_dot_45)
        (isReceptacleObject Pan_bar__plus_00_dot_36_bar__plus_02_dot_85_bar__plus_00_dot_45)
        (objectType Lettuce_bar__plus_00_dot_90_bar__minus_01_dot_98_bar__plus_01_dot_51 LettuceType)
        (inReceptacle Lettuce_bar__plus_00_dot_90_bar__minus_01_dot_98_bar__plus_01_dot_51 Fridge_bar__plus_02_dot_68_bar__minus_01_dot_00_bar__plus_01_dot_42)
        (objectAtLocation Lettuce_bar__plus_00_dot_90_bar__minus_01_dot_98_bar__plus_01_dot_51 loc_bar__minus_10_bar_1_bar_0_bar_30)
        (pickupable Lettuce_bar__plus_00_dot_90_bar__minus_01_dot_98_bar__plus_01_dot_51)
        (cleanable Lettuce_bar__plus_00_dot_90_bar__minus_01_dot_98_bar__plus_01_dot_51)
        (coolable Lettuce_bar__plus_00_dot_90_bar__minus_01_dot_98_bar__plus_01_dot_51)
        (objectType Bread_bar__plus_02_dot_90_bar__plus_00_dot_18_bar__plus_02_dot_16 BreadType)
        (inReceptacle Bread_bar__plus_02_dot_90_bar__plus_00_dot_18_bar__plus_02_dot_16 Fridge_bar__plus_02_dot_68_bar__minus_01_dot_00_bar__plus_01_dot_42)
        (objectAtLocation Bread_bar__plus_02_dot_90_bar__plus_00_dot_18_bar__plus_02_dot_16 loc_bar__minus_10_bar_1_bar_0_bar_30)
        (pickupable Bread_bar__plus_02_dot_90_bar__plus_00_dot_18_bar__plus_02_dot_16)
        (heatable Bread_bar__plus_02_dot_90_bar__plus_00_dot_18_bar__plus_02_dot_16)
        (coolable Bread_bar__plus_02_dot_90_bar__plus_00_dot_18_bar__plus_02_dot_16)
        (objectType Pot_bar__plus_01_dot_03_bar__minus_00_dot_29_bar__minus_01_dot_34 PotType)
        (inReceptacle Pot_bar__plus_01_dot_03_bar__minus_00_dot_29_bar__minus_01_dot_34 Sink_bar__minus_01_dot_73_bar__plus_01_dot_44_bar__plus_02_dot_43_bar_SinkBasin)
        (objectAtLocation Pot_bar__plus_01_dot_03_bar__minus_00_dot_29_bar__minus_01_dot_34 loc_bar_2_bar_4_bar_2_bar_30)
        (pickupable Pot_bar__plus_01_dot_03_bar__minus_00_dot_29_bar__minus_01_dot_34)
        (cleanable Pot_bar__plus_01_dot_03_bar__minus_00_dot_29_bar__minus_01_dot_34)
        (coolable Pot_bar__plus_01_dot_03_bar__minus_00_dot_29_bar__minus_01_dot_34)
        (isReceptacleObject Pot_bar__plus_01_dot_03_bar__minus_00_dot_29_bar__minus_01_dot_34)
        (objectType Pot_bar__plus_01_dot_81_bar__minus_01_dot_64_bar__plus_00_dot_00 PotType)
        (inReceptacle Pot_bar__plus_01_dot_81_bar__minus_01_dot_64_bar__plus_00_dot_00 Cabinet_bar__minus_00_dot_01_bar__minus_02_dot_56_bar__minus_00_dot_45)
        (objectAtLocation Pot_bar__plus_01_dot_81_bar__minus_01_dot_64_bar__plus_00_dot_00 loc_bar__minus_10_bar__minus_9_bar_3_bar_15)
        (pickupable Pot_bar__plus_01_dot_81_bar__minus_01_dot_64_bar__plus_00_dot_00)
        (cleanable Pot_bar__plus_01_dot_81_bar__minus_01_dot_64_bar__plus_00_dot_00)
        (coolable Pot_bar__plus_01_dot_81_bar__minus_01_dot_64_bar__plus_00_dot_00)
        (isReceptacleObject Pot_bar__plus_01_dot_81_bar__minus_01_dot_64_bar__plus_00_dot_00)
        (objectType PaperTowel_bar__minus_01_dot_99_bar__minus_01_dot_23_bar__plus_00_dot_41 PaperTowelType)
        (inReceptacle PaperTowel_bar__minus_01_dot_99_bar__minus_01_dot_23_bar__plus_00_dot_41 Shelf_bar__minus_01_dot_90_bar__minus_00_dot_49_bar__plus_00_dot_19)
        (objectAtLocation PaperTowel_bar__minus_01_dot_99_bar__minus_01_dot_23_bar__plus_00_dot_41 loc_bar_8_bar__minus_10_bar_1_bar_15)
        (pickupable PaperTowel_bar__minus_01_dot_99_bar__minus_01_dot_23_bar__plus_00_dot_41)
        (canContain CabinetType BowlType)
        (canContain CabinetType PanType)
        (canContain CabinetType PotType)
        (canContain CounterTopType BowlType)
        (canContain CounterTopType BreadType)
        (canContain CounterTopType LettuceType)
        (canContain CounterTopType PanType)
        (canContain CounterTopType PaperTowelType)
        (canContain CounterTopType PotType)
        (canContain FridgeType BowlType)
        (canContain FridgeType BreadType)
        (canContain FridgeType LettuceType)
        (canContain FridgeType PanType)
        (canContain FridgeType PotType)
        (canContain GarbageCanType BreadType)
        (canContain GarbageCanType LettuceType)
        (canContain GarbageCanType PaperTowelType)
        (canContain MicrowaveType BowlType)
        (canContain MicrowaveType BreadType)
        (canContain ShelfType BowlType)
        (canContain ShelfType PaperTowelType)
        (canContain ShelfType PotType)
        (canContain SinkBasinType BowlType)
        (canContain SinkBasinType LettuceType)
        (canContain SinkBasinType PanType)
        (canContain SinkBasinType PotType)
        (canContain StoveBurnerType PanType)
        (canContain StoveBurnerType PotType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (coolable ?o)
                            (objectType ?o BowlType)
                            (receptacleType ?r SinkBasinType)
                            (isCool ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
