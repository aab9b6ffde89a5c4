(define (problem plan_trial_e40007)
(:domain alfred)
(:objects
        agent1 - agent
        BreadType - otype
        ButterKnifeType - otype
        CupType - otype
        KettleType - otype
        MugType - otype
        PanType - otype
        TomatoType - otype
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
        Cup_bar__plus_01_dot_45_bar__plus_00_dot_37_bar__minus_02_dot_42 - object
        Mug_bar__plus_00_dot_10_bar__minus_02_dot_87_bar__minus_00_dot_39 - object
        Bread_bar__minus_02_dot_03_bar__minus_00_dot_86_bar__minus_01_dot_38 - object
        Pan_bar__plus_02_dot_91_bar__plus_01_dot_94_bar__minus_02_dot_46 - object
        Pan_bar__minus_02_dot_82_bar__minus_00_dot_11_bar__plus_01_dot_09 - object
        Tomato_bar__plus_02_dot_59_bar__minus_01_dot_81_bar__minus_00_dot_24 - object
        Kettle_bar__plus_01_dot_57_bar__minus_00_dot_24_bar__plus_01_dot_86 - object
        Kettle_bar__plus_00_dot_21_bar__minus_01_dot_43_bar__plus_00_dot_35 - object
        ButterKnife_bar__plus_02_dot_92_bar__plus_00_dot_11_bar__plus_00_dot_77 - object
        Cabinet_bar__minus_01_dot_50_bar__minus_00_dot_73_bar__minus_00_dot_38 - receptacle
        Cabinet_bar__minus_01_dot_77_bar__plus_00_dot_22_bar__plus_01_dot_11 - receptacle
        Cabinet_bar__plus_01_dot_67_bar__minus_02_dot_95_bar__plus_02_dot_28 - receptacle
        Cabinet_bar__plus_02_dot_22_bar__plus_02_dot_80_bar__plus_01_dot_72 - receptacle
        Cabinet_bar__plus_00_dot_27_bar__plus_00_dot_42_bar__minus_02_dot_25 - receptacle
        Cabinet_bar__minus_02_dot_96_bar__minus_00_dot_14_bar__plus_00_dot_85 - receptacle
        CounterTop_bar__plus_01_dot_15_bar__plus_01_dot_29_bar__plus_01_dot_86 - receptacle
        Drawer_bar__plus_02_dot_79_bar__plus_01_dot_86_bar__minus_01_dot_18 - receptacle
        Drawer_bar__plus_00_dot_92_bar__plus_00_dot_12_bar__plus_00_dot_29 - receptacle
        Fridge_bar__plus_01_dot_89_bar__plus_02_dot_61_bar__plus_00_dot_30 - receptacle
        Microwave_bar__minus_00_dot_73_bar__plus_00_dot_96_bar__minus_00_dot_52 - receptacle
        Sink_bar__minus_00_dot_18_bar__plus_01_dot_03_bar__plus_01_dot_80_bar_SinkBasin - receptacle
        StoveBurner_bar__plus_01_dot_61_bar__minus_02_dot_61_bar__plus_02_dot_82 - receptacle
        StoveBurner_bar__plus_00_dot_44_bar__plus_00_dot_39_bar__minus_02_dot_42 - receptacle
        StoveBurner_bar__minus_00_dot_29_bar__minus_01_dot_46_bar__plus_01_dot_99 - receptacle
        StoveBurner_bar__minus_02_dot_54_bar__plus_01_dot_17_bar__plus_02_dot_11 - receptacle
        GarbageCan_bar__minus_01_dot_85_bar__plus_00_dot_90_bar__plus_00_dot_41 - receptacle
        Shelf_bar__plus_02_dot_42_bar__plus_02_dot_33_bar__minus_01_dot_21 - receptacle
        Shelf_bar__plus_00_dot_22_bar__plus_00_dot_25_bar__plus_00_dot_05 - receptacle
        Toaster_bar__minus_01_dot_39_bar__minus_02_dot_78_bar__plus_02_dot_52 - receptacle
        loc_bar_8_bar_8_bar_2_bar_30 - location
        loc_bar_11_bar_11_bar_0_bar_30 - location
        loc_bar__minus_9_bar__minus_10_bar_3_bar_0 - location
        loc_bar_0_bar__minus_10_bar_2_bar_60 - location
        loc_bar_3_bar_11_bar_3_bar_0 - location
        loc_bar_4_bar_2_bar_1_bar__minus_30 - location
        loc_bar_8_bar_11_bar_2_bar_60 - location
        loc_bar_3_bar__minus_4_bar_3_bar_0 - location
        loc_bar__minus_3_bar__minus_1_bar_3_bar_60 - location
        loc_bar_12_bar_10_bar_2_bar_60 - location
        loc_bar__minus_5_bar__minus_4_bar_3_bar_60 - location
        loc_bar_8_bar_12_bar_2_bar_30 - location
        loc_bar__minus_2_bar_12_bar_1_bar_15 - location
        loc_bar__minus_12_bar__minus_1_bar_1_bar_15 - location
        loc_bar__minus_7_bar__minus_1_bar_1_bar_60 - location
        loc_bar__minus_5_bar_8_bar_2_bar_30 - location
        loc_bar_10_bar__minus_3_bar_1_bar_15 - location
        loc_bar_9_bar__minus_5_bar_2_bar_60 - location
        loc_bar__minus_5_bar__minus_4_bar_0_bar_0 - location
        loc_bar_2_bar_11_bar_0_bar_45 - location
        loc_bar__minus_6_bar__minus_8_bar_3_bar__minus_30 - location
        )
(:init
        (atLocation agent1 loc_bar__minus_6_bar__minus_8_bar_3_bar__minus_30)
        (receptacleType Cabinet_bar__minus_01_dot_50_bar__minus_00_dot_73_bar__minus_00_dot_38 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_50_bar__minus_00_dot_73_bar__minus_00_dot_38 loc_bar_8_bar_8_bar_2_bar_30)
        (openable Cabinet_bar__minus_01_dot_50_bar__minus_00_dot_73_bar__minus_00_dot_38)
        (receptacleType Cabinet_bar__minus_01_dot_77_bar__plus_00_dot_22_bar__plus_01_dot_11 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_77_bar__plus_00_dot_22_bar__plus_01_dot_11 loc_bar_11_bar_11_bar_0_bar_30)
        (openable Cabinet_bar__minus_01_dot_77_bar__plus_00_dot_22_bar__plus_01_dot_11)
        (receptacleType Cabinet_bar__plus_01_dot_67_bar__minus_02_dot_95_bar__plus_02_dot_28 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_67_bar__minus_02_dot_95_bar__plus_02_dot_28 loc_bar__minus_9_bar__minus_10_bar_3_bar_0)
        (openable Cabinet_bar__plus_01_dot_67_bar__minus_02_dot_95_bar__plus_02_dot_28)
        (receptacleType Cabinet_bar__plus_02_dot_22_bar__plus_02_dot_80_bar__plus_01_dot_72 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_22_bar__plus_02_dot_80_bar__plus_01_dot_72 loc_bar_0_bar__minus_10_bar_2_bar_60)
        (openable Cabinet_bar__plus_02_dot_22_bar__plus_02_dot_80_bar__plus_01_dot_72)
        (receptacleType Cabinet_bar__plus_00_dot_27_bar__plus_00_dot_42_bar__minus_02_dot_25 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_27_bar__plus_00_dot_42_bar__minus_02_dot_25 loc_bar_3_bar_11_bar_3_bar_0)
        (openable Cabinet_bar__plus_00_dot_27_bar__plus_00_dot_42_bar__minus_02_dot_25)
        (receptacleType Cabinet_bar__minus_02_dot_96_bar__minus_00_dot_14_bar__plus_00_dot_85 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_96_bar__minus_00_dot_14_bar__plus_00_dot_85 loc_bar_4_bar_2_bar_1_bar__minus_30)
        (openable Cabinet_bar__minus_02_dot_96_bar__minus_00_dot_14_bar__plus_00_dot_85)
        (receptacleType CounterTop_bar__plus_01_dot_15_bar__plus_01_dot_29_bar__plus_01_dot_86 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_01_dot_15_bar__plus_01_dot_29_bar__plus_01_dot_86 loc_bar_8_bar_11_bar_2_bar_60)
        (receptacleType Drawer_bar__plus_02_dot_79_bar__plus_01_dot_86_bar__minus_01_dot_18 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_02_dot_79_bar__plus_01_dot_86_bar__minus_01_dot_18 loc_bar_3_bar__minus_4_bar_3_bar_0)
        (openable Drawer_bar__plus_02_dot_79_bar__plus_01_dot_86_bar__minus_01_dot_18)
        (receptacleType Drawer_bar__plus_00_dot_92_bar__plus_00_dot_12_bar__plus_00_dot_29 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_00_dot_92_bar__plus_00_dot_12_bar__plus_00_dot_29 loc_bar__minus_3_bar__minus_1_bar_3_bar_60)
        (openable Drawer_bar__plus_00_dot_92_bar__plus_00_dot_12_bar__plus_00_dot_29)
        (receptacleType Fridge_bar__plus_01_dot_89_bar__plus_02_dot_61_bar__plus_00_dot_30 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_01_dot_89_bar__plus_02_dot_61_bar__plus_00_dot_30 loc_bar_12_bar_10_bar_2_bar_60)
        (openable Fridge_bar__plus_01_dot_89_bar__plus_02_dot_61_bar__plus_00_dot_30)
        (receptacleType Microwave_bar__minus_00_dot_73_bar__plus_00_dot_96_bar__minus_00_dot_52 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_00_dot_73_bar__plus_00_dot_96_bar__minus_00_dot_52 loc_bar__minus_5_bar__minus_4_bar_3_bar_60)
        (openable Microwave_bar__minus_00_dot_73_bar__plus_00_dot_96_bar__minus_00_dot_52)
        (receptacleType Sink_bar__minus_00_dot_18_bar__plus_01_dot_03_bar__plus_01_dot_80_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_00_dot_18_bar__plus_01_dot_03_bar__plus_01_dot_80_bar_SinkBasin loc_bar_8_bar_12_bar_2_bar_30)
        (receptacleType StoveBurner_bar__plus_01_dot_61_bar__minus_02_dot_61_bar__plus_02_dot_82 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_01_dot_61_bar__minus_02_dot_61_bar__plus_02_dot_82 loc_bar__minus_2_bar_12_bar_1_bar_15)
        (receptacleType StoveBurner_bar__plus_00_dot_44_bar__plus_00_dot_39_bar__minus_02_dot_42 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_00_dot_44_bar__plus_00_dot_39_bar__minus_02_dot_42 loc_bar__minus_12_bar__minus_1_bar_1_bar_15)
        (receptacleType StoveBurner_bar__minus_00_dot_29_bar__minus_01_dot_46_bar__plus_01_dot_99 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_00_dot_29_bar__minus_01_dot_46_bar__plus_01_dot_99 loc_bar__minus_7_bar__minus_1_bar_1_bar_60)
        (receptacleType StoveBurner_bar__minus_02_dot_54_bar__plus_01_dot_17_bar__plus_02_dot_11 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_02_dot_54_bar__plus_01_dot_17_bar__plus_02_dot_11 loc_bar__minus_5_bar_8_bar_2_bar_30)
        (receptacleType GarbageCan_bar__minus_01_dot_85_bar__plus_00_dot_90_bar__plus_00_dot_41 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_01_dot_85_bar__plus_00_dot_90_bar__plus_00_dot_41 loc_bar_10_bar__minus_3_bar_1_bar_15)
        (receptacleType Shelf_bar__plus_02_dot_42_bar__plus_02_dot_33_bar__minus_01_dot_21 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_02_dot_42_bar__plus_02_dot_33_bar__minus_01_dot_21 loc_bar_9_bar__minus_5_bar_2_bar_60)
        (receptacleType Shelf_bar__plus_00_dot_22_bar__plus_00_dot_25_bar__plus_00_dot_05 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_00_dot_22_bar__plus_00_dot_25_bar__plus_00_dot_05 loc_bar__minus_5_bar__minus_4_bar_0_bar_0)
        (receptacleType Toaster_bar__minus_01_dot_39_bar__minus_02_dot_78_bar__plus_02_dot_52 ToasterType)
        (receptacleAtLocation Toaster_bar__minus_01_dot_39_bar__minus_02_dot_78_bar__plus_02_dot_52 loc_bar_2_bar_11_bar_0_bar_45)
        (objectType Cup_bar__plus_01_dot_45_bar__plus_00_dot_37_bar__minus_02_dot_42 CupType)
        (inReceptacle Cup_bar__plus_01_dot_45_bar__plus_00_dot_37_bar__minus_02_dot_42 Fridge_bar__plus_01_dot_89_bar__plus_02_dot_61_bar__plus_00_dot_30)
        (objectAtLocation Cup_bar__plus_01_dot_45_bar__plus_00_dot_37_bar__minus_02_dot_42 loc_bar_12_bar_10_bar_2_bar_60)
        (pickupable Cup_bar__plus_01_dot_45_bar__plus_00_dot_37_bar__minus_02_dot_42)
        (cleanable Cup_bar__plus_01_dot_45_bar__plus_00_dot_37_bar__minus_02_dot_42)
        (heatable Cup_bar__plus_01_dot_45_bar__plus_00_dot_37_bar__minus_02_dot_42)
        (coolable Cup_bar__plus_01_dot_45_bar__plus_00_dot_37_bar__minus_02_dot_42)
        (isReceptacleObject Cup_bar__plus_01_dot_45_bar__plus_00_dot_37_bar__minus_02_dot_42)
        (objectType Mug_bar__plus_00_dot_10_bar__minus_02_dot_87_bar__minus_00_dot_39 MugType)
        (inReceptacle Mug_bar__plus_00_dot_10_bar__minus_02_dot_87_bar__minus_00_dot_39 Microwave_bar__minus_00_dot_73_bar__plus_00_dot_96_bar__minus_00_dot_52)
        (objectAtLocation Mug_bar__plus_00_dot_10_bar__minus_02_dot_87_bar__minus_00_dot_39 loc_bar__minus_5_bar__minus_4_bar_3_bar_60)
        (pickupable Mug_bar__plus_00_dot_10_bar__minus_02_dot_87_bar__minus_00_dot_39)
        (cleanable Mug_bar__plus_00_dot_10_bar__minus_02_dot_87_bar__minus_00_dot_39)
        (heatable Mug_bar__plus_00_dot_10_bar__minus_02_dot_87_bar__minus_00_dot_39)
        (coolable Mug_bar__plus_00_dot_10_bar__minus_02_dot_87_bar__minus_00_dot_39)
        (isReceptacleObject Mug_bar__plus_00_dot_10_bar__minus_02_dot_87_bar__minus_00_dot_39)
        (objectType Bread_bar__minus_02_dot_03_bar__minus_00_dot_86_bar__minus_01_dot_38 BreadType)
        (inReceptacle Bread_bar__minus_02_dot_03_bar__minus_00_dot_86_bar__minus_01_dot_38 Fridge_bar__plus_01_dot_89_bar__plus_02_dot_61_bar__plus_00_dot_30)
        (objectAtLocation Bread_bar__minus_02_dot_03_bar__minus_00_dot_86_bar__minus_01_dot_38 loc_bar_12_bar_10_bar_2_bar_60)
        (pickupable Bread_bar__minus_02_dot_03_bar__minus_00_dot_86_bar__minus_01_dot_38)
        (heatable Bread_bar__minus_02_dot_03_bar__minus_00_dot_86_bar__minus_01_dot_38)
        (coolable Bread_bar__minus_02_dot_03_bar__minus_00_dot_86_bar__minus_01_dot_38)
        (objectType Pan_bar__plus_02_dot_91_bar__plus_01_dot_94_bar__minus_02_dot_46 PanType)
        (inReceptacle Pan_bar__plus_02_dot_91_bar__plus_01_dot_94_bar__minus_02_dot_46 Cabinet_bar__minus_01_dot_77_bar__plus_00_dot_22_bar__plus_01_dot_11)
        (objectAtLocation Pan_bar__plus_02_dot_91_bar__plus_01_dot_94_bar__minus_02_dot_46 loc_bar_11_bar_11_bar_0_bar_30)
        (pickupable Pan_bar__plus_02_dot_91_bar__plus_01_dot_94_bar__minus_02_dot_46)
        (cleanable Pan_bar__plus_02_dot_91_bar__plus_01_dot_94_bar__minus_02_dot_46)
        (coolable Pan_bar__plus_02_dot_91_bar__plus_01_dot_94_bar__minus_02_dot_46)
        (isReceptacleObject Pan_bar__plus_02_dot_91_bar__plus_01_dot_94_bar__minus_02_dot_46)
        (objectType Pan_bar__minus_02_dot_82_bar__minus_00_dot_11_bar__plus_01_dot_09 PanType)
        (inReceptacle Pan_bar__minus_02_dot_82_bar__minus_00_dot_11_bar__plus_01_dot_09 Fridge_bar__plus_01_dot_89_bar__plus_02_dot_61_bar__plus_00_dot_30)
        (objectAtLocation Pan_bar__minus_02_dot_82_bar__minus_00_dot_11_bar__plus_01_dot_09 loc_bar_12_bar_10_bar_2_bar_60)
        (pickupable Pan_bar__minus_02_dot_82_bar__minus_00_dot_11_bar__plus_01_dot_09)
        (cleanable Pan_bar__minus_02_dot_82_bar__minus_00_dot_11_bar__plus_01_dot_09)
        (coolable Pan_bar__minus_02_dot_82_bar__minus_00_dot_11_bar__plus_01_dot_09)
        (isReceptacleObject Pan_bar__minus_02_dot_82_bar__minus_00_dot_11_bar__plus_01_dot_09)
        (objectType Tomato_bar__plus_02_dot_59_bar__minus_01_dot_81_bar__minus_00_dot_24 TomatoType)
        (inReceptacle Tomato_bar__plus_02_dot_59_bar__minus_01_dot_81_bar__minus_00_dot_24 GarbageCan_bar__minus_01_dot_85_bar__plus_00_dot_90_bar__plus_00_dot_41)
        (objectAtLocation Tomato_bar__plus_02_dot_59_bar__minus_01_dot_81_bar__minus_00_dot_24 loc_bar_10_bar__minus_3_bar_1_bar_15)
        (pickupable Tomato_bar__plus_02_dot_59_bar__minus_01_dot_81_bar__minus_00_dot_24)
        (cleanable Tomato_bar__plus_02_dot_59_bar__minus_01_dot_81_bar__minus_00_dot_24)
        (heatable Tomato_bar__plus_02_dot_59_bar__minus_01_dot_81_bar__minus_00_dot_24)
        (coolable Tomato_bar__plus_02_dot_59_bar__minus_01_dot_81_bar__minus_00_dot_24)
        (objectType Kettle_bar__plus_01_dot_57_bar__minus_00_dot_24_bar__plus_01_dot_86 KettleType)
        (inReceptacle Kettle_bar__plus_01_dot_57_bar__minus_00_dot_24_bar__plus_01_dot_86 Cabinet_bar__minus_02_dot_96_bar__minus_00_dot_14_bar__plus_00_dot_85)
        (objectAtLocation Kettle_bar__plus_01_dot_57_bar__minus_00_dot_24_bar__plus_01_dot_86 loc_bar_4_bar_2_bar_1_bar__minus_30)
        (pickupable Kettle_bar__plus_01_dot_57_bar__minus_00_dot_24_bar__plus_01_dot_86)
        (cleanable Kettle_bar__plus_01_dot_57_bar__minus_00_dot_24_bar__plus_01_dot_86)
        (objectType Kettle_bar__plus_00_dot_21_bar__minus_01_dot_43_bar__plus_00_dot_35 KettleType)
        (inReceptacle Kettle_bar__plus_00_dot_21_bar__minus_01_dot_43_bar__plus_00_dot_35 Shelf_bar__plus_00_dot_22_bar__plus_00_dot_25_bar__plus_00_dot_05)
        (objectAtLocation Kettle_bar__plus_00_dot_21_bar__minus_01_dot_43_bar__plus_00_dot_35 loc_bar__minus_5_bar__minus_4_bar_0_bar_0)
        (pickupable Kettle_bar__plus_00_dot_21_bar__minus_01_dot_43_bar__plus_00_dot_35)
        (cleanable Kettle_bar__plus_00_dot_21_bar__minus_01_dot_43_bar__plus_00_dot_35)
        (objectType ButterKnife_bar__plus_02_dot_92_bar__plus_00_dot_11_bar__plus_00_dot_77 ButterKnifeType)
        (inReceptacle ButterKnife_bar__plus_02_dot_92_bar__plus_00_dot_11_bar__plus_00_dot_77 CounterTop_bar__plus_01_dot_15_bar__plus_01_dot_29_bar__plus_01_dot_86)
        (objectAtLocation ButterKnife_bar__plus_02_dot_92_bar__plus_00_dot_11_bar__plus_00_dot_77 loc_bar_8_bar_11_bar_2_bar_60)
        (pickupable ButterKnife_bar__plus_02_dot_92_bar__plus_00_dot_11_bar__plus_00_dot_77)
        (cleanable ButterKnife_bar__plus_02_dot_92_bar__plus_00_dot_11_bar__plus_00_dot_77)
        (canContain CabinetType CupType)
        (canContain CabinetType KettleType)
        (canContain CabinetType MugType)
        (canContain CabinetType PanType)
        (canContain CounterTopType BreadType)
        (canContain CounterTopType ButterKnifeType)
        (canContain CounterTopType CupType)
        (canContain CounterTopType KettleType)
        (canContain CounterTopType MugType)
        (canContain CounterTopType PanType)
        (canContain CounterTopType TomatoType)
        (canContain DrawerType ButterKnifeType)
        (canContain FridgeType BreadType)
        (canContain FridgeType CupType)
        (canContain FridgeType MugType)
        (canContain FridgeType PanType)
        (canContain FridgeType TomatoType)
        (canContain GarbageCanType BreadType)
        (canContain GarbageCanType TomatoType)
        (canContain MicrowaveType BreadType)
        (canContain MicrowaveType CupType)
        (canContain MicrowaveType MugType)
        (canContain MicrowaveType TomatoType)
        (canContain ShelfType CupType)
        (canContain ShelfType KettleType)
        (canContain ShelfType MugType)
        (canContain SinkBasinType ButterKnifeType)
        (canContain SinkBasinType CupType)
        (canContain SinkBasinType KettleType)
        (canContain SinkBasinType MugType)
        (canContain SinkBasinType PanType)
        (canContain SinkBasinType TomatoType)
        (canContain StoveBurnerType KettleType)
        (canContain StoveBurnerType PanType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (heatable ?o)
                            (objectType ?o CupType)
                            (receptacleType ?r ShelfType)
                            (isHot ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
