(define (problem plan_trial_e40008)
(:domain alfred)
(:objects
        agent1 - agent
        BowlType - otype
        CupType - otype
        PlateType - otype
        SaltShakerType - otype
        WineBottleType - otype
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
        Cup_bar__minus_00_dot_46_bar__minus_02_dot_48_bar__minus_00_dot_17 - object
        Cup_bar__plus_01_dot_89_bar__minus_00_dot_94_bar__plus_00_dot_80 - object
        Plate_bar__minus_01_dot_01_bar__minus_00_dot_28_bar__plus_01_dot_54 - object
        WineBottle_bar__plus_02_dot_97_bar__minus_02_dot_06_bar__plus_00_dot_94 - object
        Bowl_bar__minus_01_dot_75_bar__plus_01_dot_70_bar__minus_00_dot_09 - object
        SaltShaker_bar__minus_02_dot_91_bar__plus_02_dot_02_bar__minus_02_dot_39 - object
        SaltShaker_bar__minus_01_dot_05_bar__plus_01_dot_91_bar__plus_01_dot_22 - object
        Cabinet_bar__plus_00_dot_54_bar__minus_00_dot_12_bar__plus_02_dot_17 - receptacle
        Cabinet_bar__minus_00_dot_85_bar__minus_01_dot_97_bar__minus_02_dot_45 - receptacle
        Cabinet_bar__minus_02_dot_94_bar__plus_02_dot_23_bar__plus_02_dot_61 - receptacle
        Cabinet_bar__plus_02_dot_62_bar__minus_01_dot_71_bar__plus_00_dot_37 - receptacle
        CounterTop_bar__plus_02_dot_23_bar__minus_01_dot_28_bar__plus_00_dot_33 - receptacle
        CounterTop_bar__plus_00_dot_90_bar__plus_01_dot_05_bar__plus_02_dot_24 - receptacle
        Drawer_bar__minus_01_dot_52_bar__plus_03_dot_00_bar__plus_01_dot_22 - receptacle
        Drawer_bar__minus_01_dot_69_bar__minus_02_dot_51_bar__plus_00_dot_74 - receptacle
        Drawer_bar__plus_02_dot_75_bar__plus_00_dot_83_bar__plus_00_dot_66 - receptacle
        Fridge_bar__minus_01_dot_52_bar__plus_01_dot_95_bar__minus_02_dot_72 - receptacle
        Microwave_bar__minus_00_dot_11_bar__minus_00_dot_67_bar__minus_01_dot_47 - receptacle
        Sink_bar__plus_00_dot_11_bar__plus_02_dot_18_bar__minus_02_dot_13_bar_SinkBasin - receptacle
        StoveBurner_bar__plus_01_dot_52_bar__plus_00_dot_31_bar__plus_01_dot_25 - receptacle
        StoveBurner_bar__minus_00_dot_40_bar__minus_01_dot_24_bar__plus_01_dot_88 - receptacle
        GarbageCan_bar__plus_02_dot_46_bar__minus_02_dot_17_bar__plus_02_dot_69 - receptacle
        DiningTable_bar__plus_02_dot_83_bar__plus_00_dot_89_bar__minus_02_dot_17 - receptacle
        CoffeeMachine_bar__plus_02_dot_12_bar__plus_01_dot_96_bar__minus_02_dot_56 - receptacle
        loc_bar__minus_6_bar_4_bar_1_bar__minus_30 - location
        loc_bar_6_bar__minus_5_bar_3_bar_45 - location
        loc_bar_6_bar__minus_4_bar_3_bar_15 - location
        loc_bar_8_bar_1_bar_3_bar_15 - location
        loc_bar_4_bar__minus_9_bar_1_bar_30 - location
        loc_bar_0_bar_5_bar_3_bar_0 - location
        loc_bar_10_bar_9_bar_0_bar__minus_30 - location
        loc_bar_0_bar_2_bar_0_bar_45 - location
        loc_bar__minus_5_bar_1_bar_1_bar_15 - location
        loc_bar__minus_4_bar__minus_1_bar_2_bar_30 - location
        loc_bar__minus_12_bar_5_bar_0_bar_30 - location
        loc_bar_8_bar__minus_7_bar_2_bar_30 - location
        loc_bar_2_bar__minus_6_bar_3_bar_45 - location
        loc_bar_3_bar__minus_3_bar_1_bar_0 - location
        loc_bar__minus_7_bar__minus_7_bar_0_bar_0 - location
        loc_bar_9_bar__minus_11_bar_1_bar_45 - location
        loc_bar__minus_11_bar_5_bar_0_bar_45 - location
        loc_bar__minus_3_bar__minus_11_bar_2_bar_15 - location
        )
(:init
        (atLocation agent1 loc_bar__minus_3_bar__minus_11_bar_2_bar_15)
        (receptacleType Cabinet_bar__plus_00_dot_54_bar__minus_00_dot_12_bar__plus_02_dot_17 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_54_bar__minus_00_dot_12_bar__plus_02_dot_17 loc_bar__minus_6_bar_4_bar_1_bar__minus_30)
        (openable Cabinet_bar__plus_00_dot_54_bar__minus_00_dot_12_bar__plus_02_dot_17)
        (receptacleType Cabinet_bar__minus_00_dot_85_bar__minus_01_dot_97_bar__minus_02_dot_45 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_85_bar__minus_01_dot_97_bar__minus_02_dot_45 loc_bar_6_bar__minus_5_bar_3_bar_45)
        (openable Cabinet_bar__minus_00_dot_85_bar__minus_01_dot_97_bar__minus_02_dot_45)
        (receptacleType Cabinet_bar__minus_02_dot_94_bar__plus_02_dot_23_bar__plus_02_dot_61 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_94_bar__plus_02_dot_23_bar__plus_02_dot_61 loc_bar_6_bar__minus_4_bar_3_bar_15)
        (openable Cabinet_bar__minus_02_dot_94_bar__plus_02_dot_23_bar__plus_02_dot_61)
        (receptacleType Cabinet_bar__plus_02_dot_62_bar__minus_01_dot_71_bar__plus_00_dot_37 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_62_bar__minus_01_dot_71_bar__plus_00_dot_37 loc_bar_8_bar_1_bar_3_bar_15)
        (openable Cabinet_bar__plus_02_dot_62_bar__minus_01_dot_71_bar__plus_00_dot_37)
        (receptacleType CounterTop_bar__plus_02_dot_23_bar__minus_01_dot_28_bar__plus_00_dot_33 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_02_dot_23_bar__minus_01_dot_28_bar__plus_00_dot_33 loc_bar_4_bar__minus_9_bar_1_bar_30)
        (receptacleType CounterTop_bar__plus_00_dot_90_bar__plus_01_dot_05_bar__plus_02_dot_24 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_00_dot_90_bar__plus_01_dot_05_bar__plus_02_dot_24 loc_bar_0_bar_5_bar_3_bar_0)
        (receptacleType Drawer_bar__minus_01_dot_52_bar__plus_03_dot_00_bar__plus_01_dot_22 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_52_bar__plus_03_dot_00_bar__plus_01_dot_22 loc_bar_10_bar_9_bar_0_bar__minus_30)
        (openable Drawer_bar__minus_01_dot_52_bar__plus_03_dot_00_bar__plus_01_dot_22)
        (receptacleType Drawer_bar__minus_01_dot_69_bar__minus_02_dot_51_bar__plus_00_dot_74 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_69_bar__minus_02_dot_51_bar__plus_00_dot_74 loc_bar_0_bar_2_bar_0_bar_45)
        (openable Drawer_bar__minus_01_dot_69_bar__minus_02_dot_51_bar__plus_00_dot_74)
        (receptacleType Drawer_bar__plus_02_dot_75_bar__plus_00_dot_83_bar__plus_00_dot_66 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_02_dot_75_bar__plus_00_dot_83_bar__plus_00_dot_66 loc_bar__minus_5_bar_1_bar_1_bar_15)
        (openable Drawer_bar__plus_02_dot_75_bar__plus_00_dot_83_bar__plus_00_dot_66)
        (receptacleType Fridge_bar__minus_01_dot_52_bar__plus_01_dot_95_bar__minus_02_dot_72 FridgeType)
        (receptacleAtLocation Fridge_bar__minus_01_dot_52_bar__plus_01_dot_95_bar__minus_02_dot_72 loc_bar__minus_4_bar__minus_1_bar_2_bar_30)
        (openable Fridge_bar__minus_01_dot_52_bar__plus_01_dot_95_bar__minus_02_dot_72)
        (receptacleType Microwave_bar__minus_00_dot_11_bar__minus_00_dot_67_bar__minus_01_dot_47 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_00_dot_11_bar__minus_00_dot_67_bar__minus_01_dot_47 loc_bar__minus_12_bar_5_bar_0_bar_30)
        (openable Microwave_bar__minus_00_dot_11_bar__minus_00_dot_67_bar__minus_01_dot_47)
        (receptacleType Sink_bar__plus_00_dot_11_bar__plus_02_dot_18_bar__minus_02_dot_13_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_00_dot_11_bar__plus_02_dot_18_bar__minus_02_dot_13_bar_SinkBasin loc_bar_8_bar__minus_7_bar_2_bar_30)
        (receptacleType StoveBurner_bar__plus_01_dot_52_bar__plus_00_dot_31_bar__plus_01_dot_25 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_01_dot_52_bar__plus_00_dot_31_bar__plus_01_dot_25 loc_bar_2_bar__minus_6_bar_3_bar_45)
        (receptacleType StoveBurner_bar__minus_00_dot_40_bar__minus_01_dot_24_bar__plus_01_dot_88 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_00_dot_40_bar__minus_01_dot_24_bar__plus_01_dot_88 loc_bar_3_bar__minus_3_bar_1_bar_0)
        (receptacleType GarbageCan_bar__plus_02_dot_46_bar__minus_02_dot_17_bar__plus_02_dot_69 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_02_dot_46_bar__minus_02_dot_17_bar__plus_02_dot_69 loc_bar__minus_7_bar__minus_7_bar_0_bar_0)
        (receptacleType DiningTable_bar__plus_02_dot_83_bar__plus_00_dot_89_bar__minus_02_dot_17 DiningTableType)
        (receptacleAtLocation DiningTable_bar__plus_02_dot_83_bar__plus_00_dot_89_bar__minus_02_dot_17 loc_bar_9_bar__minus_11_bar_1_bar_45)
        (receptacleType CoffeeMachine_bar__plus_02_dot_12_bar__plus_01_dot_96_bar__minus_02_dot_56 CoffeeMachineType)
        (receptacleAtLocation CoffeeMachine_bar__plus_02_dot_12_bar__plus_01_dot_96_bar__minus_02_dot_56 loc_bar__minus_11_bar_5_bar_0_bar_45)
        (objectType Cup_bar__minus_00_dot_46_bar__minus_02_dot_48_bar__minus_00_dot_17 CupType)
        (inReceptacle Cup_bar__minus_00_dot_46_bar__minus_02_dot_48_bar__minus_00_dot_17 Sink_bar__plus_00_dot_11_bar__plus_02_dot_18_bar__minus_02_dot_13_bar_SinkBasin)
        (objectAtLocation Cup_bar__minus_00_dot_46_bar__minus_02_dot_48_bar__minus_00_dot_17 loc_bar_8_bar__minus_7_bar_2_bar_30)
        (pickupable Cup_bar__minus_00_dot_46_bar__minus_02_dot_48_bar__minus_00_dot_17)
        (cleanable Cup_bar__minus_00_dot_46_bar__minus_02_dot_48_bar__minus_00_dot_17)
        (heatable Cup_bar__minus_00_dot_46_bar__minus_02_dot_48_bar__minus_00_dot_17)
        (coolable Cup_bar__minus_00_dot_46_bar__minus_02_dot_48_bar__minus_00_dot_17)
        (isReceptacleObject Cup_bar__minus_00_dot_46_bar__minus_02_dot_48_bar__minus_00_dot_17)
        (objectType Cup_bar__plus_01_dot_89_bar__minus_00_dot_94_bar__plus_00_dot_80 CupType)
        (inReceptacle Cup_bar__plus_01_dot_89_bar__minus_00_dot_94_bar__plus_00_dot_80 Sink_bar__plus_00_dot_11_bar__plus_02_dot_18_bar__minus_02_dot_13_bar_SinkBasin)
        (objectAtLocation Cup_bar__plus_01_dot_89_bar__minus_00_dot_94_bar__plus_00_dot_80 loc_bar_8_bar__minus_7_bar_2_bar_30)
        (pickupable Cup_bar__plus_01_dot_89_bar__minus_00_dot_94_bar__plus_00_dot_80)
        (cleanable Cup_bar__plus_01_dot_89_bar__minus_00_dot_94_bar__plus_00_dot_80)
        (heatable Cup_bar__plus_01_dot_89_bar__minus_00_dot_94_bar__plus_00_dot_80)
        (coolable Cup_bar__plus_01_dot_89_bar__minus_00_dot_94_bar__plus_00_dot_80)
        (isReceptacleObject Cup_bar__plus_01_dot_89_bar__minus_00_dot_94_bar__plus_00_dot_80)
        (objectType Plate_bar__minus_01_dot_01_bar__minus_00_dot_28_bar__plus_01_dot_54 PlateType)
        (inReceptacle Plate_bar__minus_01_dot_01_bar__minus_00_dot_28_bar__plus_01_dot_54 DiningTable_bar__plus_02_dot_83_bar__plus_00_dot_89_bar__minus_02_dot_17)
        (objectAtLocation Plate_bar__minus_01_dot_01_bar__minus_00_dot_28_bar__plus_01_dot_54 loc_bar_9_bar__minus_11_bar_1_bar_45)
        (pickupable Plate_bar__minus_01_dot_01_bar__minus_00_dot_28_bar__plus_01_dot_54)
        (cleanable Plate_bar__minus_01_dot_01_bar__minus_00_dot_28_bar__plus_01_dot_54)
        (heatable Plate_bar__minus_01_dot_01_bar__minus_00_dot_28_bar__plus_01_dot_54)
        (coolable Plate_bar__minus_01_dot_01_bar__minus_00_dot_28_bar__plus_01_dot_54)
        (isReceptacleObject Plate_bar__minus_01_dot_01_bar__minus_00_dot_28_bar__plus_01_dot_54)
        (objectType WineBottle_bar__plus_02_dot_97_bar__minus_02_dot_06_bar__plus_00_dot_94 WineBottleType)
        (inReceptacle WineBottle_bar__plus_02_dot_97_bar__minus_02_dot_06_bar__plus_00_dot_94 Fridge_bar__minus_01_dot_52_bar__plus_01_dot_95_bar__minus_02_dot_72)
        (objectAtLocation WineBottle_bar__plus_02_dot_97_bar__minus_02_dot_06_bar__plus_00_dot_94 loc_bar__minus_4_bar__minus_1_bar_2_bar_30)
        (pickupable WineBottle_bar__plus_02_dot_97_bar__minus_02_dot_06_bar__plus_00_dot_94)
        (coolable WineBottle_bar__plus_02_dot_97_bar__minus_02_dot_06_bar__plus_00_dot_94)
        (objectType Bowl_bar__minus_01_dot_75_bar__plus_01_dot_70_bar__minus_00_dot_09 BowlType)
        (inReceptacle Bowl_bar__minus_01_dot_75_bar__plus_01_dot_70_bar__minus_00_dot_09 CounterTop_bar__plus_02_dot_23_bar__minus_01_dot_28_bar__plus_00_dot_33)
        (objectAtLocation Bowl_bar__minus_01_dot_75_bar__plus_01_dot_70_bar__minus_00_dot_09 loc_bar_4_bar__minus_9_bar_1_bar_30)
        (pickupable Bowl_bar__minus_01_dot_75_bar__plus_01_dot_70_bar__minus_00_dot_09)
        (cleanable Bowl_bar__minus_01_dot_75_bar__plus_01_dot_70_bar__minus_00_dot_09)
        (coolable Bowl_bar__minus_01_dot_75_bar__plus_01_dot_70_bar__minus_00_dot_09)
        (isReceptacleObject Bowl_bar__minus_01_dot_75_bar__plus_01_dot_70_bar__minus_00_dot_09)
        (objectType SaltShaker_bar__minus_02_dot_91_bar__plus_02_dot_02_bar__minus_02_dot_39 SaltShakerType)
        (inReceptacle SaltShaker_bar__minus_02_dot_91_bar__plus_02_dot_02_bar__minus_02_dot_39 Cabinet_bar__plus_02_dot_62_bar__minus_01_dot_71_bar__plus_00_dot_37)
        (objectAtLocation SaltShaker_bar__minus_02_dot_91_bar__plus_02_dot_02_bar__minus_02_dot_39 loc_bar_8_bar_1_bar_3_bar_15)
        (pickupable SaltShaker_bar__minus_02_dot_91_bar__plus_02_dot_02_bar__minus_02_dot_39)
        (objectType SaltShaker_bar__minus_01_dot_05_bar__plus_01_dot_91_bar__plus_01_dot_22 SaltShakerType)
        (inReceptacle SaltShaker_bar__minus_01_dot_05_bar__plus_01_dot_91_bar__plus_01_dot_22 DiningTable_bar__plus_02_dot_83_bar__plus_00_dot_89_bar__minus_02_dot_17)
        (objectAtLocation SaltShaker_bar__minus_01_dot_05_bar__plus_01_dot_91_bar__plus_01_dot_22 loc_bar_9_bar__minus_11_bar_1_bar_45)
        (pickupable SaltShaker_bar__minus_01_dot_05_bar__plus_01_dot_91_bar__plus_01_dot_22)
        (canContain CabinetType BowlType)
        (canContain CabinetType CupType)
        (canContain CabinetType PlateType)
        (canContain CabinetType SaltShakerType)
        (canContain CabinetType WineBottleType)
        (canContain CounterTopType BowlType)
        (canContain CounterTopType CupType)
        (canContain CounterTopType PlateType)
        (canContain CounterTopType SaltShakerType)
        (canContain CounterTopType WineBottleType)
        (canContain DiningTableType BowlType)
        (canContain DiningTableType CupType)
        (canContain DiningTableType PlateType)
        (canContain DiningTableType SaltShakerType)
        (canContain DiningTableType WineBottleType)
        (canContain DrawerType SaltShakerType)
        (canContain FridgeType BowlType)
        (canContain FridgeType CupType)
        (canContain FridgeType PlateType)
        (canContain FridgeType WineBottleType)
        (canContain GarbageCanType WineBottleType)
        (canContain MicrowaveType BowlType)
        (canContain MicrowaveType CupType)
        (canContain MicrowaveType PlateType)
        (canContain SinkBasinType BowlType)
        (canContain SinkBasinType CupType)
        (canContain SinkBasinType PlateType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (heatable ?o)
                            (objectType ?o CupType)
                            (receptacleType ?r DiningTableType)
                            (isHot ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
