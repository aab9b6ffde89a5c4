(define (problem plan_trial_e40001)
(:domain alfred)
(:objects
        agent1 - agent
        BreadType - otype
        CupType - otype
        EggType - otype
        PepperShakerType - otype
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
        Cup_bar__plus_02_dot_32_bar__minus_00_dot_69_bar__minus_01_dot_21 - object
        PepperShaker_bar__plus_00_dot_38_bar__plus_02_dot_53_bar__minus_02_dot_03 - object
        PepperShaker_bar__plus_00_dot_46_bar__minus_02_dot_10_bar__minus_01_dot_74 - object
        Tomato_bar__plus_02_dot_88_bar__plus_00_dot_45_bar__minus_01_dot_29 - object
        Tomato_bar__plus_00_dot_44_bar__minus_00_dot_81_bar__minus_00_dot_18 - object
        Bread_bar__plus_02_dot_21_bar__minus_02_dot_50_bar__minus_02_dot_65 - object
        Egg_bar__plus_02_dot_07_bar__minus_00_dot_53_bar__plus_01_dot_25 - object
        Cabinet_bar__plus_02_dot_51_bar__plus_02_dot_29_bar__minus_01_dot_44 - receptacle
        Cabinet_bar__minus_00_dot_59_bar__plus_02_dot_57_bar__minus_00_dot_21 - receptacle
        Cabinet_bar__minus_02_dot_60_bar__plus_02_dot_82_bar__minus_02_dot_35 - receptacle
        Cabinet_bar__minus_01_dot_85_bar__minus_00_dot_96_bar__minus_02_dot_60 - receptacle
        Cabinet_bar__plus_01_dot_72_bar__plus_02_dot_07_bar__minus_00_dot_45 - receptacle
        Cabinet_bar__plus_02_dot_88_bar__minus_01_dot_87_bar__plus_01_dot_04 - receptacle
        CounterTop_bar__minus_02_dot_94_bar__minus_02_dot_92_bar__minus_02_dot_87 - receptacle
        Drawer_bar__minus_00_dot_49_bar__plus_00_dot_41_bar__minus_00_dot_53 - receptacle
        Drawer_bar__plus_02_dot_12_bar__plus_02_dot_73_bar__minus_02_dot_54 - receptacle
        Fridge_bar__plus_01_dot_35_bar__minus_02_dot_60_bar__plus_00_dot_22 - receptacle
        Microwave_bar__minus_02_dot_66_bar__plus_01_dot_31_bar__minus_02_dot_94 - receptacle
        Sink_bar__plus_02_dot_28_bar__plus_02_dot_15_bar__plus_00_dot_72_bar_SinkBasin - receptacle
        StoveBurner_bar__plus_02_dot_64_bar__plus_00_dot_22_bar__plus_02_dot_66 - receptacle
        StoveBurner_bar__minus_00_dot_53_bar__plus_01_dot_46_bar__minus_00_dot_86 - receptacle
        StoveBurner_bar__minus_00_dot_65_bar__plus_00_dot_43_bar__minus_01_dot_90 - receptacle
        StoveBurner_bar__minus_00_dot_78_bar__plus_00_dot_35_bar__minus_02_dot_96 - receptacle
        GarbageCan_bar__minus_00_dot_72_bar__minus_00_dot_08_bar__plus_01_dot_22 - receptacle
        Shelf_bar__plus_03_dot_00_bar__minus_01_dot_79_bar__plus_01_dot_57 - receptacle
        Shelf_bar__minus_02_dot_70_bar__minus_00_dot_51_bar__plus_00_dot_75 - receptacle
        Toaster_bar__minus_01_dot_75_bar__plus_01_dot_13_bar__minus_01_dot_95 - receptacle
        loc_bar_4_bar_10_bar_3_bar__minus_30 - location
        loc_bar__minus_7_bar_0_bar_3_bar_60 - location
        loc_bar_6_bar__minus_10_bar_0_bar_60 - location
        loc_bar_3_bar__minus_6_bar_1_bar_60 - location
        loc_bar__minus_1_bar_6_bar_1_bar__minus_30 - location
        loc_bar__minus_5_bar__minus_10_bar_0_bar_60 - location
        loc_bar_8_bar_9_bar_2_bar_45 - location
        loc_bar_0_bar_3_bar_3_bar_30 - location
        loc_bar_7_bar__minus_8_bar_2_bar_45 - location
        loc_bar_3_bar_10_bar_3_bar_60 - location
        loc_bar__minus_2_bar_5_bar_1_bar__minus_30 - location
        loc_bar_9_bar_4_bar_1_bar_0 - location
        loc_bar_9_bar__minus_3_bar_2_bar_60 - location
        loc_bar_10_bar_10_bar_2_bar_45 - location
        loc_bar_0_bar_11_bar_3_bar_30 - location
        loc_bar__minus_7_bar__minus_5_bar_3_bar_0 - location
        loc_bar__minus_7_bar_6_bar_0_bar__minus_30 - location
        loc_bar__minus_8_bar__minus_7_bar_0_bar_0 - location
        loc_bar__minus_5_bar_8_bar_1_bar__minus_30 - location
        loc_bar_12_bar_5_bar_1_bar_45 - location
        loc_bar_11_bar__minus_10_bar_2_bar_0 - location
        )
(:init
        (atLocation agent1 loc_bar_11_bar__minus_10_bar_2_bar_0)
        (receptacleType Cabinet_bar__plus_02_dot_51_bar__plus_02_dot_29_bar__minus_01_dot_44 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_51_bar__plus_02_dot_29_bar__minus_01_dot_44 loc_bar_4_bar_10_bar_3_bar__minus_30)
        (openable Cabinet_bar__plus_02_dot_51_bar__plus_02_dot_29_bar__minus_01_dot_44)
        (receptacleType Cabinet_bar__minus_00_dot_59_bar__plus_02_dot_57_bar__minus_00_dot_21 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_59_bar__plus_02_dot_57_bar__minus_00_dot_21 loc_bar__minus_7_bar_0_bar_3_bar_60)
        (openable Cabinet_bar__minus_00_dot_59_bar__plus_02_dot_57_bar__minus_00_dot_21)
        (receptacleType Cabinet_bar__minus_02_dot_60_bar__plus_02_dot_82_bar__minus_02_dot_35 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_60_bar__plus_02_dot_82_bar__minus_02_dot_35 loc_bar_6_bar__minus_10_bar_0_bar_60)
        (openable Cabinet_bar__minus_02_dot_60_bar__plus_02_dot_82_bar__minus_02_dot_35)
        (receptacleType Cabinet_bar__minus_01_dot_85_bar__minus_00_dot_96_bar__minus_02_dot_60 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_85_bar__minus_00_dot_96_bar__minus_02_dot_60 loc_bar_3_bar__minus_6_bar_1_bar_60)
        (openable Cabinet_bar__minus_01_dot_85_bar__minus_00_dot_96_bar__minus_02_dot_60)
        (receptacleType Cabinet_bar__plus_01_dot_72_bar__plus_02_dot_07_bar__minus_00_dot_45 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_72_bar__plus_02_dot_07_bar__minus_00_dot_45 loc_bar__minus_1_bar_6_bar_1_bar__minus_30)
        (openable Cabinet_bar__plus_01_dot_72_bar__plus_02_dot_07_bar__minus_00_dot_45)
        (receptacleType Cabinet_bar__plus_02_dot_88_bar__minus_01_dot_87_bar__plus_01_dot_04 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_88_bar__minus_01_dot_87_bar__plus_01_dot_04 loc_bar__minus_5_bar__minus_10_bar_0_bar_60)
        (openable Cabinet_bar__plus_02_dot_88_bar__minus_01_dot_87_bar__plus_01_dot_04)
        (receptacleType CounterTop_bar__minus_02_dot_94_bar__minus_02_dot_92_bar__minus_02_dot_87 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_02_dot_94_bar__minus_02_dot_92_bar__minus_02_dot_87 loc_bar_8_bar_9_bar_2_bar_45)
        (receptacleType Drawer_bar__minus_00_dot_49_bar__plus_00_dot_41_bar__minus_00_dot_53 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_00_dot_49_bar__plus_00_dot_41_bar__minus_00_dot_53 loc_bar_0_bar_3_bar_3_bar_30)
        (openable Drawer_bar__minus_00_dot_49_bar__plus_00_dot_41_bar__minus_00_dot_53)
        (receptacleType Drawer_bar__plus_02_dot_12_bar__plus_02_dot_73_bar__minus_02_dot_54 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_02_dot_12_bar__plus_02_dot_73_bar__minus_02_dot_54 loc_bar_7_bar__minus_8_bar_2_bar_45)
        (openable Drawer_bar__plus_02_dot_12_bar__plus_02_dot_73_bar__minus_02_dot_54)
        (receptacleType Fridge_bar__plus_01_dot_35_bar__minus_02_dot_60_bar__plus_00_dot_22 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_01_dot_35_bar__minus_02_dot_60_bar__plus_00_dot_22 loc_bar_3_bar_10_bar_3_bar_60)
        (openable Fridge_bar__plus_01_dot_35_bar__minus_02_dot_60_bar__plus_00_dot_22)
        (receptacleType Microwave_bar__minus_02_dot_66_bar__plus_01_dot_31_bar__minus_02_dot_94 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_02_dot_66_bar__plus_01_dot_31_bar__minus_02_dot_94 loc_bar__minus_2_bar_5_bar_1_bar__minus_30)
        (openable Microwave_bar__minus_02_dot_66_bar__plus_01_dot_31_bar__minus_02_dot_94)
        (receptacleType Sink_bar__plus_02_dot_28_bar__plus_02_dot_15_bar__plus_00_dot_72_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_02_dot_28_bar__plus_02_dot_15_bar__plus_00_dot_72_bar_SinkBasin loc_bar_9_bar_4_bar_1_bar_0)
        (receptacleType StoveBurner_bar__plus_02_dot_64_bar__plus_00_dot_22_bar__plus_02_dot_66 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_02_dot_64_bar__plus_00_dot_22_bar__plus_02_dot_66 loc_bar_9_bar__minus_3_bar_2_bar_60)
        (receptacleType StoveBurner_bar__minus_00_dot_53_bar__plus_01_dot_46_bar__minus_00_dot_86 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_00_dot_53_bar__plus_01_dot_46_bar__minus_00_dot_86 loc_bar_10_bar_10_bar_2_bar_45)
        (receptacleType StoveBurner_bar__minus_00_dot_65_bar__plus_00_dot_43_bar__minus_01_dot_90 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_00_dot_65_bar__plus_00_dot_43_bar__minus_01_dot_90 loc_bar_0_bar_11_bar_3_bar_30)
        (receptacleType StoveBurner_bar__minus_00_dot_78_bar__plus_00_dot_35_bar__minus_02_dot_96 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_00_dot_78_bar__plus_00_dot_35_bar__minus_02_dot_96 loc_bar__minus_7_bar__minus_5_bar_3_bar_0)
        (receptacleType GarbageCan_bar__minus_00_dot_72_bar__minus_00_dot_08_bar__plus_01_dot_22 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_00_dot_72_bar__minus_00_dot_08_bar__plus_01_dot_22 loc_bar__minus_7_bar_6_bar_0_bar__minus_30)
        (receptacleType Shelf_bar__plus_03_dot_00_bar__minus_01_dot_79_bar__plus_01_dot_57 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_03_dot_00_bar__minus_01_dot_79_bar__plus_01_dot_57 loc_bar__minus_8_bar__minus_7_bar_0_bar_0)
        (receptacleType Shelf_bar__minus_02_dot_70_bar__minus_00_dot_51_bar__plus_00_dot_75 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_02_dot_70_bar__minus_00_dot_51_bar__plus_00_dot_75 loc_bar__minus_5_bar_8_bar_1_bar__minus_30)
        (receptacleType Toaster_bar__minus_01_dot_75_bar__plus_01_dot_13_bar__minus_01_dot_95 ToasterType)
        (receptacleAtLocation Toaster_bar__minus_01_dot_75_bar__plus_01_dot_13_bar__minus_01_dot_95 loc_bar_12_bar_5_bar_1_bar_45)
        (objectType Cup_bar__plus_02_dot_32_bar__minus_00_dot_69_bar__minus_01_dot_21 CupType)
        (inReceptacle Cup_bar__plus_02_dot_32_bar__minus_00_dot_69_bar__minus_01_dot_21 Fridge_bar__plus_01_dot_35_bar__minus_02_dot_60_bar__plus_00_dot_22)
        (objectAtLocation Cup_bar__plus_02_dot_32_bar__minus_00_dot_69_bar__minus_01_dot_21 loc_bar_3_bar_10_bar_3_bar_60)
        (pickupable Cup_bar__plus_02_dot_32_bar__minus_00_dot_69_bar__minus_01_dot_21)
        (cleanable Cup_bar__plus_02_dot_32_bar__minus_00_dot_69_bar__minus_01_dot_21)
        (heatable Cup_bar__plus_02_dot_32_bar__minus_00_dot_69_bar__minus_01_dot_21)
        (coolable Cup_bar__plus_02_dot_32_bar__minus_00_dot_69_bar__minus_01_dot_21)
        (isReceptacleObject Cup_bar__plus_02_dot_32_bar__minus_00_dot_69_bar__minus_01_dot_21)
        (objectType PepperShaker_bar__plus_00_dot_38_bar__plus_02_dot_53_bar__minus_02_dot_03 PepperShakerType)
        (inReceptacle PepperShaker_bar__plus_00_dot_38_bar__plus_02_dot_53_bar__minus_02_dot_03 Cabinet_bar__plus_02_dot_51_bar__plus_02_dot_29_bar__minus_01_dot_44)
        (objectAtLocation PepperShaker_bar__plus_00_dot_38_bar__plus_02_dot_53_bar__minus_02_dot_03 loc_bar_4_bar_10_bar_3_bar__minus_30)
        (pickupable PepperShaker_bar__plus_00_dot_38_bar__plus_02_dot_53_bar__minus_02_dot_03)
        (objectType PepperShaker_bar__plus_00_dot_46_bar__minus_02_dot_10_bar__minus_01_dot_74 PepperShakerType)
        (inReceptacle PepperShaker_bar__plus_00_dot_46_bar__minus_02_dot_10_bar__minus_01_dot_74 Shelf_bar__minus_02_dot_70_bar__minus_00_dot_51_bar__plus_00_dot_75)
        (objectAtLocation PepperShaker_bar__plus_00_dot_46_bar__minus_02_dot_10_bar__minus_01_dot_74 loc_bar__minus_5_bar_8_bar_1_bar__minus_30)
        (pickupable PepperShaker_bar__plus_00_dot_46_bar__minus_02_dot_10_bar__minus_01_dot_74)
        (objectType Tomato_bar__plus_02_dot_88_bar__plus_00_dot_45_bar__minus_01_dot_29 TomatoType)
        (inReceptacle Tomato_bar__plus_02_dot_88_bar__plus_00_dot_45_bar__minus_01_dot_29 CounterTop_bar__minus_02_dot_94_bar__minus_02_dot_92_bar__minus_02_dot_87)
        (objectAtLocation Tomato_bar__plus_02_dot_88_bar__plus_00_dot_45_bar__minus_01_dot_29 loc_bar_8_bar_9_bar_2_bar_45)
        (pickupable Tomato_bar__plus_02_dot_88_bar__plus_00_dot_45_bar__minus_01_dot_29)
        (cleanable Tomato_bar__plus_02_dot_88_bar__plus_00_dot_45_bar__minus_01_dot_29)
        (heatable Tomato_bar__plus_02_dot_88_bar__plus_00_dot_45_bar__minus_01_dot_29)
        (coolable Tomato_bar__plus_02_dot_88_bar__plus_00_dot_45_bar__minus_01_dot_29)
        (objectType Tomato_bar__plus_00_dot_44_bar__minus_00_dot_81_bar__minus_00_dot_18 TomatoType)
        (inReceptacle Tomato_bar__plus_00_dot_44_bar__minus_00_dot_81_bar__minus_00_dot_18 Sink_bar__plus_02_dot_28_bar__plus_02_dot_15_bar__plus_00_dot_72_bar_SinkBasin)
        (objectAtLocation Tomato_bar__plus_00_dot_44_bar__minus_00_dot_81_bar__minus_00_dot_18 loc_bar_9_bar_4_bar_1_bar_0)
        (pickupable Tomato_bar__plus_00_dot_44_bar__minus_00_dot_81_bar__minus_00_dot_18)
        (cleanable Tomato_bar__plus_00_dot_44_bar__minus_00_dot_81_bar__minus_00_dot_18)
        (heatable Tomato_bar__plus_00_dot_44_bar__minus_00_dot_81_bar__minus_00_dot_18)
        (coolable Tomato_bar__plus_00_dot_44_bar__minus_00_dot_81_bar__minus_00_dot_18)
        (objectType Bread_bar__plus_02_dot_21_bar__minus_02_dot_50_bar__minus_02_dot_65 BreadType)
        (inReceptacle Bread_bar__plus_02_dot_21_bar__minus_02_dot_50_bar__minus_02_dot_65 GarbageCan_bar__minus_00_dot_72_bar__minus_00_dot_08_bar__plus_01_dot_22)
        (objectAtLocation Bread_bar__plus_02_dot_21_bar__minus_02_dot_50_bar__minus_02_dot_65 loc_bar__minus_7_bar_6_bar_0_bar__minus_30)
        (pickupable Bread_bar__plus_02_dot_21_bar__minus_02_dot_50_bar__minus_02_dot_65)
        (heatable Bread_bar__plus_02_dot_21_bar__minus_02_dot_50_bar__minus_02_dot_65)
        (coolable Bread_bar__plus_02_dot_21_bar__minus_02_dot_50_bar__minus_02_dot_65)
        (objectType Egg_bar__plus_02_dot_07_bar__minus_00_dot_53_bar__plus_01_dot_25 EggType)
        (inReceptacle Egg_bar__plus_02_dot_07_bar__minus_00_dot_53_bar__plus_01_dot_25 Microwave_bar__minus_02_dot_66_bar__plus_01_dot_31_bar__minus_02_dot_94)
        (objectAtLocation Egg_bar__plus_02_dot_07_bar__minus_00_dot_53_bar__plus_01_dot_25 loc_bar__minus_2_bar_5_bar_1_bar__minus_30)
        (pickupable Egg_bar__plus_02_dot_07_bar__minus_00_dot_53_bar__plus_01_dot_25)
        (cleanable Egg_bar__plus_02_dot_07_bar__minus_00_dot_53_bar__plus_01_dot_25)
        (heatable Egg_bar__plus_02_dot_07_bar__minus_00_dot_53_bar__plus_01_dot_25)
        (coolable Egg_bar__plus_02_dot_07_bar__minus_00_dot_53_bar__plus_01_dot_25)
        (canContain CabinetType CupType)
        (canContain CabinetType PepperShakerType)
        (canContain CounterTopType BreadType)
        (canContain CounterTopType CupType)
        (canContain CounterTopType EggType)
        (canContain CounterTopType PepperShakerType)
        (canContain CounterTopType TomatoType)
        (canContain DrawerType PepperShakerType)
        (canContain FridgeType BreadType)
        (canContain FridgeType CupType)
        (canContain FridgeType EggType)
        (canContain FridgeType TomatoType)
        (canContain GarbageCanType BreadType)
        (canContain GarbageCanType EggType)
        (canContain GarbageCanType TomatoType)
        (canContain MicrowaveType BreadType)
        (canContain MicrowaveType CupType)
        (canContain MicrowaveType EggType)
        (canContain MicrowaveType TomatoType)
        (canContain ShelfType CupType)
        (canContain ShelfType PepperShakerType)
        (canContain SinkBasinType CupType)
        (canContain SinkBasinType EggType)
        (canContain SinkBasinType TomatoType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (heatable ?o)
                            (objectType ?o CupType)
                            (receptacleType ?r CabinetType)
                            (isHot ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
