(define (problem plan_trial_e60008)
(:domain alfred)
(:objects
        agent1 - agent
        BowlType - otype
        CupType - otype
        PotType - otype
        SaltShakerType - otype
        SoapBottleType - otype
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
        Cup_bar__plus_00_dot_80_bar__minus_02_dot_03_bar__minus_00_dot_74 - object
        Cup_bar__minus_02_dot_57_bar__plus_00_dot_02_bar__minus_00_dot_63 - object
        Cup_bar__minus_02_dot_93_bar__plus_01_dot_84_bar__plus_02_dot_61 - object
        SoapBottle_bar__plus_00_dot_31_bar__minus_02_dot_15_bar__minus_00_dot_12 - object
        SoapBottle_bar__plus_02_dot_27_bar__plus_02_dot_57_bar__minus_02_dot_24 - object
        SaltShaker_bar__plus_00_dot_46_bar__minus_02_dot_08_bar__plus_01_dot_72 - object
        Pot_bar__minus_01_dot_98_bar__minus_01_dot_77_bar__plus_00_dot_95 - object
        Bowl_bar__plus_00_dot_82_bar__minus_00_dot_24_bar__plus_00_dot_48 - object
        Cabinet_bar__minus_02_dot_26_bar__minus_01_dot_18_bar__minus_00_dot_38 - receptacle
        Cabinet_bar__plus_02_dot_59_bar__plus_01_dot_91_bar__minus_00_dot_94 - receptacle
        Cabinet_bar__plus_00_dot_58_bar__plus_00_dot_90_bar__plus_00_dot_55 - receptacle
        Cabinet_bar__minus_00_dot_24_bar__plus_00_dot_61_bar__minus_02_dot_07 - receptacle
        CounterTop_bar__minus_02_dot_50_bar__plus_02_dot_17_bar__minus_01_dot_38 - receptacle
        CounterTop_bar__minus_01_dot_44_bar__plus_00_dot_50_bar__minus_00_dot_98 - receptacle
        Drawer_bar__plus_00_dot_50_bar__plus_02_dot_93_bar__plus_01_dot_83 - receptacle
        Drawer_bar__plus_01_dot_13_bar__minus_01_dot_53_bar__minus_01_dot_88 - receptacle
        Drawer_bar__plus_01_dot_17_bar__plus_02_dot_43_bar__plus_00_dot_93 - receptacle
        Fridge_bar__plus_00_dot_18_bar__minus_00_dot_06_bar__minus_02_dot_37 - receptacle
        Microwave_bar__plus_02_dot_53_bar__plus_00_dot_02_bar__minus_01_dot_32 - receptacle
        Sink_bar__minus_01_dot_82_bar__minus_00_dot_26_bar__minus_00_dot_94_bar_SinkBasin - receptacle
        StoveBurner_bar__plus_01_dot_27_bar__minus_02_dot_47_bar__plus_00_dot_07 - receptacle
        StoveBurner_bar__plus_02_dot_47_bar__minus_01_dot_07_bar__plus_00_dot_20 - receptacle
        GarbageCan_bar__plus_01_dot_27_bar__plus_02_dot_35_bar__plus_02_dot_60 - receptacle
        DiningTable_bar__minus_02_dot_60_bar__plus_01_dot_06_bar__plus_01_dot_48 - receptacle
        CoffeeMachine_bar__plus_01_dot_86_bar__minus_02_dot_53_bar__minus_03_dot_00 - receptacle
        loc_bar_11_bar__minus_7_bar_0_bar_30 - location
        loc_bar__minus_4_bar_2_bar_2_bar_30 - location
        loc_bar_12_bar__minus_5_bar_0_bar_60 - location
        loc_bar_1_bar_8_bar_3_bar_15 - location
        loc_bar_4_bar__minus_6_bar_2_bar_30 - location
        loc_bar__minus_9_bar__minus_12_bar_3_bar_45 - location
        loc_bar__minus_7_bar_5_bar_0_bar_0 - location
        loc_bar__minus_12_bar_11_bar_3_bar_30 - location
        loc_bar_12_bar__minus_3_bar_0_bar_30 - location
        loc_bar__minus_7_bar__minus_9_bar_1_bar_30 - location
        loc_bar_2_bar__minus_8_bar_1_bar__minus_30 - location
        loc_bar_5_bar_5_bar_3_bar_30 - location
        loc_bar_9_bar_10_bar_3_bar_0 - location
        loc_bar__minus_7_bar__minus_8_bar_3_bar_15 - location
        loc_bar__minus_9_bar__minus_1_bar_3_bar_60 - location
        loc_bar__minus_10_bar__minus_2_bar_2_bar_30 - location
        loc_bar__minus_10_bar__minus_7_bar_1_bar__minus_30 - location
        loc_bar_9_bar__minus_9_bar_0_bar_30 - location
        )
(:init
        (atLocation agent1 loc_bar_9_bar__minus_9_bar_0_bar_30)
        (receptacleType Cabinet_bar__minus_02_dot_26_bar__minus_01_dot_18_bar__minus_00_dot_38 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_26_bar__minus_01_dot_18_bar__minus_00_dot_38 loc_bar_11_bar__minus_7_bar_0_bar_30)
        (openable Cabinet_bar__minus_02_dot_26_bar__minus_01_dot_18_bar__minus_00_dot_38)
        (receptacleType Cabinet_bar__plus_02_dot_59_bar__plus_01_dot_91_bar__minus_00_dot_94 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_59_bar__plus_01_dot_91_bar__minus_00_dot_94 loc_bar__minus_4_bar_2_bar_2_bar_30)
        (openable Cabinet_bar__plus_02_dot_59_bar__plus_01_dot_91_bar__minus_00_dot_94)
        (receptacleType Cabinet_bar__plus_00_dot_58_bar__plus_00_dot_90_bar__plus_00_dot_55 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_58_bar__plus_00_dot_90_bar__plus_00_dot_55 loc_bar_12_bar__minus_5_bar_0_bar_60)
        (openable Cabinet_bar__plus_00_dot_58_bar__plus_00_dot_90_bar__plus_00_dot_55)
        (receptacleType Cabinet_bar__minus_00_dot_24_bar__plus_00_dot_61_bar__minus_02_dot_07 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_24_bar__plus_00_dot_61_bar__minus_02_dot_07 loc_bar_1_bar_8_bar_3_bar_15)
        (openable Cabinet_bar__minus_00_dot_24_bar__plus_00_dot_61_bar__minus_02_dot_07)
        (receptacleType CounterTop_bar__minus_02_dot_50_bar__plus_02_dot_17_bar__minus_01_dot_38 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_02_dot_50_bar__plus_02_dot_17_bar__minus_01_dot_38 loc_bar_4_bar__minus_6_bar_2_bar_30)
        (receptacleType CounterTop_bar__minus_01_dot_44_bar__plus_00_dot_50_bar__minus_00_dot_98 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_01_dot_44_bar__plus_00_dot_50_bar__minus_00_dot_98 loc_bar__minus_9_bar__minus_12_bar_3_bar_45)
        (receptacleType Drawer_bar__plus_00_dot_50_bar__plus_02_dot_93_bar__plus_01_dot_83 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_00_dot_50_bar__plus_02_dot_93_bar__plus_01_dot_83 loc_bar__minus_7_bar_5_bar_0_bar_0)
        (openable Drawer_bar__plus_00_dot_50_bar__plus_02_dot_93_bar__plus_01_dot_83)
        (receptacleType Drawer_bar__plus_01_dot_13_bar__minus_01_dot_53_bar__minus_01_dot_88 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_13_bar__minus_01_dot_53_bar__minus_01_dot_88 loc_bar__minus_12_bar_11_bar_3_bar_30)
        (openable Drawer_bar__plus_01_dot_13_bar__minus_01_dot_53_bar__minus_01_dot_88)
        (receptacleType Drawer_bar__plus_01_dot_17_bar__plus_02_dot_43_bar__plus_00_dot_93 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_17_bar__plus_02_dot_43_bar__plus_00_dot_93 loc_bar_12_bar__minus_3_bar_0_bar_30)
        (openable Drawer_bar__plus_01_dot_17_bar__plus_02_dot_43_bar__plus_00_dot_93)
        (receptacleType Fridge_bar__plus_00_dot_18_bar__minus_00_dot_06_bar__minus_02_dot_37 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_00_dot_18_bar__minus_00_dot_06_bar__minus_02_dot_37 loc_bar__minus_7_bar__minus_9_bar_1_bar_30)
        (openable Fridge_bar__plus_00_dot_18_bar__minus_00_dot_06_bar__minus_02_dot_37)
        (receptacleType Microwave_bar__plus_02_dot_53_bar__plus_00_dot_02_bar__minus_01_dot_32 MicrowaveType)
        (receptacleAtLocation Microwave_bar__plus_02_dot_53_bar__plus_00_dot_02_bar__minus_01_dot_32 loc_bar_2_bar__minus_8_bar_1_bar__minus_30)
        (openable Microwave_bar__plus_02_dot_53_bar__plus_00_dot_02_bar__minus_01_dot_32)
        (receptacleType Sink_bar__minus_01_dot_82_bar__minus_00_dot_26_bar__minus_00_dot_94_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_01_dot_82_bar__minus_00_dot_26_bar__minus_00_dot_94_bar_SinkBasin loc_bar_5_bar_5_bar_3_bar_30)
        (receptacleType StoveBurner_bar__plus_01_dot_27_bar__minus_02_dot_47_bar__plus_00_dot_07 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_01_dot_27_bar__minus_02_dot_47_bar__plus_00_dot_07 loc_bar_9_bar_10_bar_3_bar_0)
        (receptacleType StoveBurner_bar__plus_02_dot_47_bar__minus_01_dot_07_bar__plus_00_dot_20 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_02_dot_47_bar__minus_01_dot_07_bar__plus_00_dot_20 loc_bar__minus_7_bar__minus_8_bar_3_bar_15)
        (receptacleType GarbageCan_bar__plus_01_dot_27_bar__plus_02_dot_35_bar__plus_02_dot_60 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_01_dot_27_bar__plus_02_dot_35_bar__plus_02_dot_60 loc_bar__minus_9_bar__minus_1_bar_3_bar_60)
        (receptacleType DiningTable_bar__minus_02_dot_60_bar__plus_01_dot_06_bar__plus_01_dot_48 DiningTableType)
        (receptacleAtLocation DiningTable_bar__minus_02_dot_60_bar__plus_01_dot_06_bar__plus_01_dot_48 loc_bar__minus_10_bar__minus_2_bar_2_bar_30)
        (receptacleType CoffeeMachine_bar__plus_01_dot_86_bar__minus_02_dot_53_bar__minus_03_dot_00 CoffeeMachineType)
        (receptacleAtLocation CoffeeMachine_bar__plus_01_dot_86_bar__minus_02_dot_53_bar__minus_03_dot_00 loc_bar__minus_10_bar__minus_7_bar_1_bar__minus_30)
        (objectType Cup_bar__plus_00_dot_80_bar__minus_02_dot_03_bar__minus_00_dot_74 CupType)
        (inReceptacle Cup_bar__plus_00_dot_80_bar__minus_02_dot_03_bar__minus_00_dot_74 Fridge_bar__plus_00_dot_18_bar__minus_00_dot_06_bar__minus_02_dot_37)
        (objectAtLocation Cup_bar__plus_00_dot_80_bar__minus_02_dot_03_bar__minus_00_dot_74 loc_bar__minus_7_bar__minus_9_bar_1_bar_30)
        (pickupable Cup_bar__plus_00_dot_80_bar__minus_02_dot_03_bar__minus_00_dot_74)
        (cleanable Cup_bar__plus_00_dot_80_bar__minus_02_dot_03_bar__minus_00_dot_74)
        (heatable Cup_bar__plus_00_dot_80_bar__minus_02_dot_03_bar__minus_00_dot_74)
        (coolable Cup_bar__plus_00_dot_80_bar__minus_02_dot_03_bar__minus_00_dot_74)
        (isReceptacleObject Cup_bar__plus_00_dot_80_bar__minus_02_dot_03_bar__minus_00_dot_74)
        (objectType Cup_bar__minus_02_dot_57_bar__plus_00_dot_02_bar__minus_00_dot_63 CupType)
        (inReceptacle Cup_bar__minus_02_dot_57_bar__plus_00_dot_02_bar__minus_00_dot_63 Sink_bar__minus_01_dot_82_bar__minus_00_dot_26_bar__minus_00_dot_94_bar_SinkBasin)
        (objectAtLocation Cup_bar__minus_02_dot_57_bar__plus_00_dot_02_bar__minus_00_dot_63 loc_bar_5_bar_5_bar_3_bar_30)
        (pickupable Cup_bar__minus_02_dot_57_bar__plus_00_dot_02_bar__minus_00_dot_63)
        (cleanable Cup_bar__minus_02_dot_57_bar__plus_00_dot_02_bar__minus_00_dot_63)
        (heatable Cup_bar__minus_02_dot_57_bar__plus_00_dot_02_bar__minus_00_dot_63)
        (coolable Cup_bar__minus_02_dot_57_bar__plus_00_dot_02_bar__minus_00_dot_63)
        (isReceptacleObject Cup_bar__minus_02_dot_57_bar__plus_00_dot_02_bar__minus_00_dot_63)
        (objectType Cup_bar__minus_02_dot_93_bar__plus_01_dot_84_bar__plus_02_dot_61 CupType)
        (inReceptacle Cup_bar__minus_02_dot_93_bar__plus_01_dot_84_bar__plus_02_dot_61 Fridge_bar__plus_00_dot_18_bar__minus_00_dot_06_bar__minus_02_dot_37)
        (objectAtLocation Cup_bar__minus_02_dot_93_bar__plus_01_dot_84_bar__plus_02_dot_61 loc_bar__minus_7_bar__minus_9_bar_1_bar_30)
        (pickupable Cup_bar__minus_02_dot_93_bar__plus_01_dot_84_bar__plus_02_dot_61)
        (cleanable Cup_bar__minus_02_dot_93_bar__plus_01_dot_84_bar__plus_02_dot_61)
        (heatable Cup_bar__minus_02_dot_93_bar__plus_01_dot_84_bar__plus_02_dot_61)
        (coolable Cup_bar__minus_02_dot_93_bar__plus_01_dot_84_bar__plus_02_dot_61)
        (isReceptacleObject Cup_bar__minus_02_dot_93_bar__plus_01_dot_84_bar__plus_02_dot_61)
        (objectType SoapBottle_bar__plus_00_dot_31_bar__minus_02_dot_15_bar__minus_00_dot_12 SoapBottleType)
        (inReceptacle SoapBottle_bar__plus_00_dot_31_bar__minus_02_dot_15_bar__minus_00_dot_12 DiningTable_bar__minus_02_dot_60_bar__plus_01_dot_06_bar__plus_01_dot_48)
        (objectAtLocation SoapBottle_bar__plus_00_dot_31_bar__minus_02_dot_15_bar__minus_00_dot_12 loc_bar__minus_10_bar__minus_2_bar_2_bar_30)
        (pickupable SoapBottle_bar__plus_00_dot_31_bar__minus_02_dot_15_bar__minus_00_dot_12)
        (objectType SoapBottle_bar__plus_02_dot_27_bar__plus_02_dot_57_bar__minus_02_dot_24 SoapBottleType)
        (inReceptacle SoapBottle_bar__plus_02_dot_27_bar__plus_02_dot_57_bar__minus_02_dot_24 Drawer_bar__plus_01_dot_13_bar__minus_01_dot_53_bar__minus_01_dot_88)
        (objectAtLocation SoapBottle_bar__plus_02_dot_27_bar__plus_02_dot_57_bar__minus_02_dot_24 loc_bar__minus_12_bar_11_bar_3_bar_30)
        (pickupable SoapBottle_bar__plus_02_dot_27_bar__plus_02_dot_57_bar__minus_02_dot_24)
        (objectType SaltShaker_bar__plus_00_dot_46_bar__minus_02_dot_08_bar__plus_01_dot_72 SaltShakerType)
        (inReceptacle SaltShaker_bar__plus_00_dot_46_bar__minus_02_dot_08_bar__plus_01_dot_72 CounterTop_bar__minus_02_dot_50_bar__plus_02_dot_17_bar__minus_01_dot_38)
        (objectAtLocation SaltShaker_bar__plus_00_dot_46_bar__minus_02_dot_08_bar__plus_01_dot_72 loc_bar_4_bar__minus_6_bar_2_bar_30)
        (pickupable SaltShaker_bar__plus_00_dot_46_bar__minus_02_dot_08_bar__plus_01_dot_72)
        (objectType Pot_bar__minus_01_dot_98_bar__minus_01_dot_77_bar__plus_00_dot_95 PotType)
        (inReceptacle Pot_bar__minus_01_dot_98_bar__minus_01_dot_77_bar__plus_00_dot_95 DiningTable_bar__minus_02_dot_60_bar__plus_01_dot_06_bar__plus_01_dot_48)
        (objectAtLocation Pot_bar__minus_01_dot_98_bar__minus_01_dot_77_bar__plus_00_dot_95 loc_bar__minus_10_bar__minus_2_bar_2_bar_30)
        (pickupable Pot_bar__minus_01_dot_98_bar__minus_01_dot_77_bar__plus_00_dot_95)
        (cleanable Pot_bar__minus_01_dot_98_bar__minus_01_dot_77_bar__plus_00_dot_95)
        (coolable Pot_bar__minus_01_dot_98_bar__minus_01_dot_77_bar__plus_00_dot_95)
        (isReceptacleObject Pot_bar__minus_01_dot_98_bar__minus_01_dot_77_bar__plus_00_dot_95)
        (objectType Bowl_bar__plus_00_dot_82_bar__minus_00_dot_24_bar__plus_00_dot_48 BowlType)
        (inReceptacle Bowl_bar__plus_00_dot_82_bar__minus_00_dot_24_bar__plus_00_dot_48 Microwave_bar__plus_02_dot_53_bar__plus_00_dot_02_bar__minus_01_dot_32)
        (objectAtLocation Bowl_bar__plus_00_dot_82_bar__minus_00_dot_24_bar__plus_00_dot_48 loc_bar_2_bar__minus_8_bar_1_bar__minus_30)
        (pickupable Bowl_bar__plus_00_dot_82_bar__minus_00_dot_24_bar__plus_00_dot_48)
        (cleanable Bowl_bar__plus_00_dot_82_bar__minus_00_dot_24_bar__plus_00_dot_48)
        (coolable Bowl_bar__plus_00_dot_82_bar__minus_00_dot_24_bar__plus_00_dot_48)
        (isReceptacleObject Bowl_bar__plus_00_dot_82_bar__minus_00_dot_24_bar__plus_00_dot_48)
        (canContain CabinetType BowlType)
        (canContain CabinetType CupType)
        (canContain CabinetType PotType)
        (canContain CabinetType SaltShakerType)
        (canContain CabinetType SoapBottleType)
        (canContain CounterTopType BowlType)
        (canContain CounterTopType CupType)
        (canContain CounterTopType PotType)
        (canContain CounterTopType SaltShakerType)
        (canContain CounterTopType SoapBottleType)
        (canContain DiningTableType BowlType)
        (canContain DiningTableType CupType)
        (canContain DiningTableType PotType)
        (canContain DiningTableType SaltShakerType)
        (canContain DiningTableType SoapBottleType)
        (canContain DrawerType SaltShakerType)
        (canContain DrawerType SoapBottleType)
        (canContain FridgeType BowlType)
        (canContain FridgeType CupType)
        (canContain FridgeType PotType)
        (canContain GarbageCanType SoapBottleType)
        (canContain MicrowaveType BowlType)
        (canContain MicrowaveType CupType)
        (canContain SinkBasinType BowlType)
        (canContain SinkBasinType CupType)
        (canContain SinkBasinType PotType)
        (canContain StoveBurnerType PotType)
        )
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 CupType)
                                    (receptacleType ?r CabinetType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 CupType)
                                            (receptacleType ?r CabinetType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
