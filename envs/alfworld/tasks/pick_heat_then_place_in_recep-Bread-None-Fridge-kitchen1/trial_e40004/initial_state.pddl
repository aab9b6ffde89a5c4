(define (problem plan_trial_e40004)
(:domain alfred)
(:objects
        agent1 - agent
        BreadType - otype
        PepperShakerType - otype
        PlateType - otype
        PotType - otype
        SoapBottleType - otype
        SpoonType - otype
        TomatoType - otype
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
        Bread_bar__minus_01_dot_95_bar__minus_00_dot_67_bar__minus_00_dot_83 - object
        PepperShaker_bar__minus_02_dot_74_bar__minus_02_dot_09_bar__minus_00_dot_13 - object
        Spoon_bar__minus_01_dot_06_bar__plus_00_dot_87_bar__minus_02_dot_17 - object
        Spoon_bar__minus_01_dot_81_bar__minus_01_dot_04_bar__plus_02_dot_65 - object
        SoapBottle_bar__plus_00_dot_80_bar__plus_01_dot_18_bar__minus_01_dot_71 - object
        SoapBottle_bar__plus_01_dot_01_bar__plus_02_dot_28_bar__plus_01_dot_53 - object
        Pot_bar__plus_01_dot_27_bar__minus_00_dot_40_bar__plus_01_dot_40 - object
        Tomato_bar__plus_02_dot_94_bar__plus_00_dot_79_bar__minus_02_dot_53 - object
        Plate_bar__minus_01_dot_55_bar__plus_02_dot_93_bar__plus_00_dot_52 - object
        Cabinet_bar__minus_00_dot_23_bar__plus_00_dot_85_bar__plus_01_dot_19 - receptacle
        Cabinet_bar__minus_02_dot_65_bar__minus_01_dot_15_bar__plus_01_dot_40 - receptacle
        Cabinet_bar__plus_00_dot_27_bar__plus_02_dot_26_bar__plus_02_dot_29 - receptacle
        Cabinet_bar__minus_00_dot_66_bar__plus_02_dot_78_bar__minus_00_dot_47 - receptacle
        CounterTop_bar__plus_02_dot_00_bar__minus_01_dot_81_bar__plus_02_dot_23 - receptacle
        CounterTop_bar__minus_00_dot_88_bar__minus_01_dot_72_bar__plus_00_dot_26 - receptacle
        Drawer_bar__plus_02_dot_97_bar__plus_02_dot_39_bar__plus_00_dot_73 - receptacle
        Drawer_bar__minus_01_dot_82_bar__plus_01_dot_13_bar__minus_01_dot_47 - receptacle
        Drawer_bar__minus_00_dot_14_bar__plus_00_dot_29_bar__plus_02_dot_91 - receptacle
        Fridge_bar__plus_02_dot_49_bar__plus_01_dot_56_bar__plus_00_dot_05 - receptacle
        Microwave_bar__minus_02_dot_27_bar__minus_00_dot_89_bar__plus_01_dot_65 - receptacle
        Sink_bar__plus_01_dot_55_bar__minus_02_dot_48_bar__plus_02_dot_03_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_02_dot_00_bar__plus_02_dot_78_bar__minus_01_dot_19 - receptacle
        StoveBurner_bar__plus_01_dot_60_bar__plus_01_dot_35_bar__plus_02_dot_27 - receptacle
        GarbageCan_bar__plus_00_dot_89_bar__plus_01_dot_95_bar__minus_00_dot_39 - receptacle
        DiningTable_bar__minus_02_dot_78_bar__plus_02_dot_03_bar__minus_01_dot_53 - receptacle
        CoffeeMachine_bar__minus_01_dot_15_bar__plus_02_dot_03_bar__plus_00_dot_63 - receptacle
        loc_bar_9_bar__minus_6_bar_2_bar_15 - location
        loc_bar__minus_7_bar_12_bar_3_bar_30 - location
        loc_bar__minus_1_bar__minus_12_bar_2_bar_45 - location
        loc_bar__minus_5_bar__minus_3_bar_2_bar_60 - location
        loc_bar__minus_2_bar_11_bar_1_bar__minus_30 - location
        loc_bar__minus_9_bar_10_bar_0_bar_30 - location
        loc_bar__minus_5_bar_11_bar_0_bar_60 - location
        loc_bar_3_bar_7_bar_0_bar_15 - location
        loc_bar__minus_12_bar_6_bar_2_bar_15 - location
        loc_bar_4_bar_3_bar_1_bar_30 - location
        loc_bar_4_bar_0_bar_0_bar_0 - location
        loc_bar_5_bar_3_bar_1_bar_45 - location
        loc_bar_1_bar_11_bar_1_bar_0 - location
        loc_bar__minus_1_bar__minus_7_bar_2_bar_0 - location
        loc_bar_9_bar_10_bar_3_bar_60 - location
        loc_bar_4_bar__minus_2_bar_2_bar_30 - location
        loc_bar_4_bar_3_bar_2_bar_45 - location
        loc_bar__minus_7_bar_1_bar_0_bar_45 - location
        )
(:init
        (atLocation agent1 loc_bar__minus_7_bar_1_bar_0_bar_45)
        (receptacleType Cabinet_bar__minus_00_dot_23_bar__plus_00_dot_85_bar__plus_01_dot_19 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_23_bar__plus_00_dot_85_bar__plus_01_dot_19 loc_bar_9_bar__minus_6_bar_2_bar_15)
        (openable Cabinet_bar__minus_00_dot_23_bar__plus_00_dot_85_bar__plus_01_dot_19)
        (receptacleType Cabinet_bar__minus_02_dot_65_bar__minus_01_dot_15_bar__plus_01_dot_40 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_65_bar__minus_01_dot_15_bar__plus_01_dot_40 loc_bar__minus_7_bar_12_bar_3_bar_30)
        (openable Cabinet_bar__minus_02_dot_65_bar__minus_01_dot_15_bar__plus_01_dot_40)
        (receptacleType Cabinet_bar__plus_00_dot_27_bar__plus_02_dot_26_bar__plus_02_dot_29 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_27_bar__plus_02_dot_26_bar__plus_02_dot_29 loc_bar__minus_1_bar__minus_12_bar_2_bar_45)
        (openable Cabinet_bar__plus_00_dot_27_bar__plus_02_dot_26_bar__plus_02_dot_29)
        (receptacleType Cabinet_bar__minus_00_dot_66_bar__plus_02_dot_78_bar__minus_00_dot_47 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_66_bar__plus_02_dot_78_bar__minus_00_dot_47 loc_bar__minus_5_bar__minus_3_bar_2_bar_60)
        (openable Cabinet_bar__minus_00_dot_66_bar__plus_02_dot_78_bar__minus_00_dot_47)
        (receptacleType CounterTop_bar__plus_02_dot_00_bar__minus_01_dot_81_bar__plus_02_dot_23 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_02_dot_00_bar__minus_01_dot_81_bar__plus_02_dot_23 loc_bar__minus_2_bar_11_bar_1_bar__minus_30)
        (receptacleType CounterTop_bar__minus_00_dot_88_bar__minus_01_dot_72_bar__plus_00_dot_26 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_00_dot_88_bar__minus_01_dot_72_bar__plus_00_dot_26 loc_bar__minus_9_bar_10_bar_0_bar_30)
        (receptacleType Drawer_bar__plus_02_dot_97_bar__plus_02_dot_39_bar__plus_00_dot_73 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_02_dot_97_bar__plus_02_dot_39_bar__plus_00_dot_73 loc_bar__minus_5_bar_11_bar_0_bar_60)
        (openable Drawer_bar__plus_02_dot_97_bar__plus_02_dot_39_bar__plus_00_dot_73)
        (receptacleType Drawer_bar__minus_01_dot_82_bar__plus_01_dot_13_bar__minus_01_dot_47 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_82_bar__plus_01_dot_13_bar__minus_01_dot_47 loc_bar_3_bar_7_bar_0_bar_15)
        (openable Drawer_bar__minus_01_dot_82_bar__plus_01_dot_13_bar__minus_01_dot_47)
        (receptacleType Drawer_bar__minus_00_dot_14_bar__plus_00_dot_29_bar__plus_02_dot_91 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_00_dot_14_bar__plus_00_dot_29_bar__plus_02_dot_91 loc_bar__minus_12_bar_6_bar_2_bar_15)
        (openable Drawer_bar__minus_00_dot_14_bar__plus_00_dot_29_bar__plus_02_dot_91)
        (receptacleType Fridge_bar__plus_02_dot_49_bar__plus_01_dot_56_bar__plus_00_dot_05 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_02_dot_49_bar__plus_01_dot_56_bar__plus_00_dot_05 loc_bar_4_bar_3_bar_1_bar_30)
        (openable Fridge_bar__plus_02_dot_49_bar__plus_01_dot_56_bar__plus_00_dot_05)
        (receptacleType Microwave_bar__minus_02_dot_27_bar__minus_00_dot_89_bar__plus_01_dot_65 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_02_dot_27_bar__minus_00_dot_89_bar__plus_01_dot_65 loc_bar_4_bar_0_bar_0_bar_0)
        (openable Microwave_bar__minus_02_dot_27_bar__minus_00_dot_89_bar__plus_01_dot_65)
        (receptacleType Sink_bar__plus_01_dot_55_bar__minus_02_dot_48_bar__plus_02_dot_03_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_01_dot_55_bar__minus_02_dot_48_bar__plus_02_dot_03_bar_SinkBasin loc_bar_5_bar_3_bar_1_bar_45)
        (receptacleType StoveBurner_bar__minus_02_dot_00_bar__plus_02_dot_78_bar__minus_01_dot_19 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_02_dot_00_bar__plus_02_dot_78_bar__minus_01_dot_19 loc_bar_1_bar_11_bar_1_bar_0)
        (receptacleType StoveBurner_bar__plus_01_dot_60_bar__plus_01_dot_35_bar__plus_02_dot_27 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_01_dot_60_bar__plus_01_dot_35_bar__plus_02_dot_27 loc_bar__minus_1_bar__minus_7_bar_2_bar_0)
        (receptacleType GarbageCan_bar__plus_00_dot_89_bar__plus_01_dot_95_bar__minus_00_dot_39 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_00_dot_89_bar__plus_01_dot_95_bar__minus_00_dot_39 loc_bar_9_bar_10_bar_3_bar_60)
        (receptacleType DiningTable_bar__minus_02_dot_78_bar__plus_02_dot_03_bar__minus_01_dot_53 DiningTableType)
        (receptacleAtLocation DiningTable_bar__minus_02_dot_78_bar__plus_02_dot_03_bar__minus_01_dot_53 loc_bar_4_bar__minus_2_bar_2_bar_30)
        (receptacleType CoffeeMachine_bar__minus_01_dot_15_bar__plus_02_dot_03_bar__plus_00_dot_63 CoffeeMachineType)
        (receptacleAtLocation CoffeeMachine_bar__minus_01_dot_15_bar__plus_02_dot_03_bar__plus_00_dot_63 loc_bar_4_bar_3_bar_2_bar_45)
        (objectType Bread_bar__minus_01_dot_95_bar__minus_00_dot_67_bar__minus_00_dot_83 BreadType)
        (inReceptacle Bread_bar__minus_01_dot_95_bar__minus_00_dot_67_bar__minus_00_dot_83 GarbageCan_bar__plus_00_dot_89_bar__plus_01_dot_95_bar__minus_00_dot_39)
        (objectAtLocation Bread_bar__minus_01_dot_95_bar__minus_00_dot_67_bar__minus_00_dot_83 loc_bar_9_bar_10_bar_3_bar_60)
        (pickupable Bread_bar__minus_01_dot_95_bar__minus_00_dot_67_bar__minus_00_dot_83)
        (heatable Bread_bar__minus_01_dot_95_bar__minus_00_dot_67_bar__minus_00_dot_83)
        (coolable Bread_bar__minus_01_dot_95_bar__minus_00_dot_67_bar__minus_00_dot_83)
        (objectType PepperShaker_bar__minus_02_dot_74_bar__minus_02_dot_09_bar__minus_00_dot_13 PepperShakerType)
        (inReceptacle PepperShaker_bar__minus_02_dot_74_bar__minus_02_dot_09_bar__minus_00_dot_13 DiningTable_bar__minus_02_dot_78_bar__plus_02_dot_03_bar__minus_01_dot_53)
        (objectAtLocation PepperShaker_bar__minus_02_dot_74_bar__minus_02_dot_09_bar__minus_00_dot_13 loc_bar_4_bar__minus_2_bar_2_bar_30)
        (pickupable PepperShaker_bar__minus_02_dot_74_bar__minus_02_dot_09_bar__minus_00_dot_13)
        (objectType Spoon_bar__minus_01_dot_06_bar__plus_00_dot_87_bar__minus_02_dot_17 SpoonType)
        (inReceptacle Spoon_bar__minus_01_dot_06_bar__plus_00_dot_87_bar__minus_02_dot_17 Drawer_bar__plus_02_dot_97_bar__plus_02_dot_39_bar__plus_00_dot_73)
        (objectAtLocation Spoon_bar__minus_01_dot_06_bar__plus_00_dot_87_bar__minus_02_dot_17 loc_bar__minus_5_bar_11_bar_0_bar_60)
        (pickupable Spoon_bar__minus_01_dot_06_bar__plus_00_dot_87_bar__minus_02_dot_17)
        (cleanable Spoon_bar__minus_01_dot_06_bar__plus_00_dot_87_bar__minus_02_dot_17)
        (objectType Spoon_bar__minus_01_dot_81_bar__minus_01_dot_04_bar__plus_02_dot_65 SpoonType)
        (inReceptacle Spoon_bar__minus_01_dot_81_bar__minus_01_dot_04_bar__plus_02_dot_65 Sink_bar__plus_01_dot_55_bar__minus_02_dot_48_bar__plus_02_dot_03_bar_SinkBasin)
        (objectAtLocation Spoon_bar__minus_01_dot_81_bar__minus_01_dot_04_bar__plus_02_dot_65 loc_bar_5_bar_3_bar_1_bar_45)
        (pickupable Spoon_bar__minus_01_dot_81_bar__minus_01_dot_04_bar__plus_02_dot_65)
        (cleanable Spoon_bar__minus_01_dot_81_bar__minus_01_dot_04_bar__plus_02_dot_65)
        (objectType SoapBottle_bar__plus_00_dot_80_bar__plus_01_dot_18_bar__minus_01_dot_71 SoapBottleType)
        (inReceptacle SoapBottle_bar__plus_00_dot_80_bar__plus_01_dot_18_bar__minus_01_dot_71 Cabinet_bar__minus_00_dot_23_bar__plus_00_dot_85_bar__plus_01_dot_19)
        (objectAtLocation SoapBottle_bar__plus_00_dot_80_bar__plus_01_dot_18_bar__minus_01_dot_71 loc_bar_9_bar__minus_6_bar_2_bar_15)
        (pickupable SoapBottle_bar__plus_00_dot_80_bar__plus_01_dot_18_bar__minus_01_dot_71)
        (objectType SoapBottle_bar__plus_01_dot_01_bar__plus_02_dot_28_bar__plus_01_dot_53 SoapBottleType)
        (inReceptacle SoapBottle_bar__plus_01_dot_01_bar__plus_02_dot_28_bar__plus_01_dot_53 DiningTable_bar__minus_02_dot_78_bar__plus_02_dot_03_bar__minus_01_dot_53)
        (objectAtLocation SoapBottle_bar__plus_01_dot_01_bar__plus_02_dot_28_bar__plus_01_dot_53 loc_bar_4_bar__minus_2_bar_2_bar_30)
        (pickupable SoapBottle_bar__plus_01_dot_01_bar__plus_02_dot_28_bar__plus_01_dot_53)
        (objectType Pot_bar__plus_01_dot_27_bar__minus_00_dot_40_bar__plus_01_dot_40 PotType)
        (inReceptacle Pot_bar__plus_01_dot_27_bar__minus_00_dot_40_bar__plus_01_dot_40 CounterTop_bar__minus_00_dot_88_bar__minus_01_dot_72_bar__plus_00_dot_26)
        (objectAtLocation Pot_bar__plus_01_dot_27_bar__minus_00_dot_40_bar__plus_01_dot_40 loc_bar__minus_9_bar_10_bar_0_bar_30)
        (pickupable Pot_bar__plus_01_dot_27_bar__minus_00_dot_40_bar__plus_01_dot_40)
        (cleanable Pot_bar__plus_01_dot_27_bar__minus_00_dot_40_bar__plus_01_dot_40)
        (coolable Pot_bar__plus_01_dot_27_bar__minus_00_dot_40_bar__plus_01_dot_40)
        (isReceptacleObject Pot_bar__plus_01_dot_27_bar__minus_00_dot_40_bar__plus_01_dot_40)
        (objectType Tomato_bar__plus_02_dot_94_bar__plus_00_dot_79_bar__minus_02_dot_53 TomatoType)
        (inReceptacle Tomato_bar__plus_02_dot_94_bar__plus_00_dot_79_bar__minus_02_dot_53 CounterTop_bar__plus_02_dot_00_bar__minus_01_dot_81_bar__plus_02_dot_23)
        (objectAtLocation Tomato_bar__plus_02_dot_94_bar__plus_00_dot_79_bar__minus_02_dot_53 loc_bar__minus_2_bar_11_bar_1_bar__minus_30)
        (pickupable Tomato_bar__plus_02_dot_94_bar__plus_00_dot_79_bar__minus_02_dot_53)
        (cleanable Tomato_bar__plus_02_dot_94_bar__plus_00_dot_79_bar__minus_02_dot_53)
        (heatable Tomato_bar__plus_02_dot_94_bar__plus_00_dot_79_bar__minus_02_dot_53)
        (coolable Tomato_bar__plus_02_dot_94_bar__plus_00_dot_79_bar__minus_02_dot_53)
        (objectType Plate_bar__minus_01_dot_55_bar__plus_02_dot_93_bar__plus_00_dot_52 PlateType)
        (inReceptacle Plate_bar__minus_01_dot_55_bar__plus_02_dot_93_bar__plus_00_dot_52 DiningTable_bar__minus_02_dot_78_bar__plus_02_dot_03_bar__minus_01_dot_53)
        (objectAtLocation Plate_bar__minus_01_dot_55_bar__plus_02_dot_93_bar__plus_00_dot_52 loc_bar_4_bar__minus_2_bar_2_bar_30)
        (pickupable Plate_bar__minus_01_dot_55_bar__plus_02_dot_93_bar__plus_00_dot_52)
        (cleanable Plate_bar__minus_01_dot_55_bar__plus_02_dot_93_bar__plus_00_dot_52)
        (heatable Plate_bar__minus_01_dot_55_bar__plus_02_dot_93_bar__plus_00_dot_52)
        (coolable Plate_bar__minus_01_dot_55_bar__plus_02_dot_93_bar__plus_00_dot_52)
        (isReceptacleObject Plate_bar__minus_01_dot_55_bar__plus_02_dot_93_bar__plus_00_dot_52)
        (canContain CabinetType PepperShakerType)
        (canContain CabinetType PlateType)
        (canContain CabinetType PotType)
        (canContain CabinetType SoapBottleType)
        (canContain CounterTopType BreadType)
        (canContain CounterTopType PepperShakerType)
        (canContain CounterTopType PlateType)
        (canContain CounterTopType PotType)
        (canContain CounterTopType SoapBottleType)
        (canContain CounterTopType SpoonType)
        (canContain CounterTopType TomatoType)
        (canContain DiningTableType BreadType)
        (canContain DiningTableType PepperShakerType)
        (canContain DiningTableType PlateType)
        (canContain DiningTableType PotType)
        (canContain DiningTableType SoapBottleType)
        (canContain DiningTableType SpoonType)
        (canContain DiningTableType TomatoType)
        (canContain DrawerType PepperShakerType)
        (canContain DrawerType SoapBottleType)
        (canContain DrawerType SpoonType)
        (canContain FridgeType BreadType)
        (canContain FridgeType PlateType)
        (canContain FridgeType PotType)
        (canContain FridgeType TomatoType)
        (canContain GarbageCanType BreadType)
        (canContain GarbageCanType SoapBottleType)
        (canContain GarbageCanType TomatoType)
        (canContain MicrowaveType BreadType)
        (canContain MicrowaveType PlateType)
        (canContain MicrowaveType TomatoType)
        (canContain SinkBasinType PlateType)
        (canContain SinkBasinType PotType)
        (canContain SinkBasinType SpoonType)
        (canContain SinkBasinType TomatoType)
        (canContain StoveBurnerType PotType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (heatable ?o)
                            (objectType ?o BreadType)
                            (receptacleType ?r FridgeType)
                            (isHot ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
