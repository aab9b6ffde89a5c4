(define (problem plan_trial_e50002)
(:domain alfred)
(:objects
        agent1 - agent
        BreadType - otype
        CupType - otype
        KettleType - otype
        PanType - otype
        PaperTowelType - otype
        PotType - otype
        PotatoType - otype
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
        Bread_bar__minus_02_dot_70_bar__minus_00_dot_75_bar__plus_02_dot_19 - object
        Bread_bar__minus_00_dot_06_bar__minus_02_dot_56_bar__minus_01_dot_49 - object
        Kettle_bar__plus_00_dot_05_bar__minus_02_dot_19_bar__minus_02_dot_50 - object
        Pan_bar__plus_01_dot_16_bar__minus_00_dot_07_bar__plus_02_dot_48 - object
        Cup_bar__minus_01_dot_27_bar__minus_02_dot_25_bar__minus_00_dot_11 - object
        SaltShaker_bar__plus_02_dot_98_bar__plus_01_dot_61_bar__minus_02_dot_44 - object
        Potato_bar__minus_00_dot_62_bar__plus_02_dot_51_bar__plus_02_dot_14 - object
        SoapBottle_bar__plus_00_dot_77_bar__minus_00_dot_74_bar__plus_02_dot_78 - object
        PaperTowel_bar__minus_01_dot_39_bar__plus_01_dot_75_bar__plus_01_dot_62 - object
        Pot_bar__minus_02_dot_94_bar__minus_00_dot_75_bar__minus_02_dot_63 - object
        Cabinet_bar__plus_02_dot_65_bar__minus_00_dot_19_bar__plus_01_dot_43 - receptacle
        Cabinet_bar__minus_02_dot_26_bar__plus_02_dot_19_bar__minus_00_dot_76 - receptacle
        Cabinet_bar__plus_02_dot_43_bar__plus_01_dot_89_bar__plus_01_dot_52 - receptacle
        Cabinet_bar__minus_02_dot_76_bar__plus_00_dot_37_bar__minus_00_dot_81 - receptacle
        CounterTop_bar__minus_02_dot_74_bar__minus_02_dot_11_bar__plus_00_dot_37 - receptacle
        CounterTop_bar__plus_02_dot_68_bar__minus_01_dot_39_bar__plus_02_dot_78 - receptacle
        Drawer_bar__minus_02_dot_03_bar__minus_02_dot_96_bar__minus_01_dot_08 - receptacle
        Drawer_bar__minus_01_dot_22_bar__minus_02_dot_04_bar__plus_01_dot_63 - receptacle
        Drawer_bar__minus_01_dot_62_bar__plus_01_dot_31_bar__plus_00_dot_89 - receptacle
        Fridge_bar__minus_02_dot_03_bar__plus_00_dot_17_bar__minus_02_dot_67 - receptacle
        Microwave_bar__plus_02_dot_22_bar__plus_00_dot_98_bar__minus_01_dot_97 - receptacle
        Sink_bar__plus_02_dot_69_bar__minus_01_dot_52_bar__minus_01_dot_17_bar_SinkBasin - receptacle
        StoveBurner_bar__plus_00_dot_67_bar__minus_00_dot_15_bar__minus_00_dot_81 - receptacle
        StoveBurner_bar__minus_01_dot_34_bar__minus_02_dot_93_bar__plus_01_dot_47 - receptacle
        GarbageCan_bar__minus_01_dot_14_bar__minus_02_dot_49_bar__plus_01_dot_00 - receptacle
        DiningTable_bar__plus_01_dot_42_bar__minus_01_dot_16_bar__minus_01_dot_08 - receptacle
        CoffeeMachine_bar__minus_01_dot_14_bar__plus_02_dot_77_bar__minus_01_dot_01 - receptacle
        loc_bar_2_bar_4_bar_0_bar_30 - location
        loc_bar_1_bar_5_bar_0_bar__minus_30 - location
        loc_bar_7_bar__minus_11_bar_3_bar_0 - location
        loc_bar_5_bar__minus_1_bar_3_bar_0 - location
        loc_bar__minus_12_bar_3_bar_2_bar_15 - location
        loc_bar_2_bar__minus_8_bar_2_bar_0 - location
        loc_bar_3_bar_9_bar_2_bar_45 - location
        loc_bar_5_bar_2_bar_2_bar_60 - location
        loc_bar_10_bar__minus_8_bar_0_bar_0 - location
        loc_bar__minus_11_bar_11_bar_3_bar_45 - location
        loc_bar__minus_1_bar_4_bar_2_bar_0 - location
        loc_bar__minus_9_bar_9_bar_2_bar_15 - location
        loc_bar__minus_1_bar__minus_2_bar_0_bar_60 - location
        loc_bar_3_bar_10_bar_2_bar_45 - location
        loc_bar_11_bar_9_bar_3_bar_15 - location
        loc_bar_8_bar__minus_9_bar_1_bar__minus_30 - location
        loc_bar_2_bar__minus_12_bar_3_bar_0 - location
        loc_bar__minus_2_bar_9_bar_0_bar__minus_30 - location
        )
(:init
        (atLocation agent1 loc_bar__minus_2_bar_9_bar_0_bar__minus_30)
        (receptacleType Cabinet_bar__plus_02_dot_65_bar__minus_00_dot_19_bar__plus_01_dot_43 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_65_bar__minus_00_dot_19_bar__plus_01_dot_43 loc_bar_2_bar_4_bar_0_bar_30)
        (openable Cabinet_bar__plus_02_dot_65_bar__minus_00_dot_19_bar__plus_01_dot_43)
        (receptacleType Cabinet_bar__minus_02_dot_26_bar__plus_02_dot_19_bar__minus_00_dot_76 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_26_bar__plus_02_dot_19_bar__minus_00_dot_76 loc_bar_1_bar_5_bar_0_bar__minus_30)
        (openable Cabinet_bar__minus_02_dot_26_bar__plus_02_dot_19_bar__minus_00_dot_76)
        (receptacleType Cabinet_bar__plus_02_dot_43_bar__plus_01_dot_89_bar__plus_01_dot_52 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_43_bar__plus_01_dot_89_bar__plus_01_dot_52 loc_bar_7_bar__minus_11_bar_3_bar_0)
        (openable Cabinet_bar__plus_02_dot_43_bar__plus_01_dot_89_bar__plus_01_dot_52)
        (receptacleType Cabinet_bar__minus_02_dot_76_bar__plus_00_dot_37_bar__minus_00_dot_81 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_76_bar__plus_00_dot_37_bar__minus_00_dot_81 loc_bar_5_bar__minus_1_bar_3_bar_0)
        (openable Cabinet_bar__minus_02_dot_76_bar__plus_00_dot_37_bar__minus_00_dot_81)
        (receptacleType CounterTop_bar__minus_02_dot_74_bar__minus_02_dot_11_bar__plus_00_dot_37 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_02_dot_74_bar__minus_02_dot_11_bar__plus_00_dot_37 loc_bar__minus_12_bar_3_bar_2_bar_15)
        (receptacleType CounterTop_bar__plus_02_dot_68_bar__minus_01_dot_39_bar__plus_02_dot_78 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_02_dot_68_bar__minus_01_dot_39_bar__plus_02_dot_78 loc_bar_2_bar__minus_8_bar_2_bar_0)
        (receptacleType Drawer_bar__minus_02_dot_03_bar__minus_02_dot_96_bar__minus_01_dot_08 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_02_dot_03_bar__minus_02_dot_96_bar__minus_01_dot_08 loc_bar_3_bar_9_bar_2_bar_45)
        (openable Drawer_bar__minus_02_dot_03_bar__minus_02_dot_96_bar__minus_01_dot_08)
        (receptacleType Drawer_bar__minus_01_dot_22_bar__minus_02_dot_04_bar__plus_01_dot_63 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_22_bar__minus_02_dot_04_bar__plus_01_dot_63 loc_bar_5_bar_2_bar_2_bar_60)
        (openable Drawer_bar__minus_01_dot_22_bar__minus_02_dot_04_bar__plus_01_dot_63)
        (receptacleType Drawer_bar__minus_01_dot_62_bar__plus_01_dot_31_bar__plus_00_dot_89 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_62_bar__plus_01_dot_31_bar__plus_00_dot_89 loc_bar_10_bar__minus_8_bar_0_bar_0)
        (openable Drawer_bar__minus_01_dot_62_bar__plus_01_dot_31_bar__plus_00_dot_89)
        (receptacleType Fridge_bar__minus_02_dot_03_bar__plus_00_dot_17_bar__minus_02_dot_67 FridgeType)
        (receptacleAtLocation Fridge_bar__minus_02_dot_03_bar__plus_00_dot_17_bar__minus_02_dot_67 loc_bar__minus_11_bar_11_bar_3_bar_45)
        (openable Fridge_bar__minus_02_dot_03_bar__plus_00_dot_17_bar__minus_02_dot_67)
        (receptacleType Microwave_bar__plus_02_dot_22_bar__plus_00_dot_98_bar__minus_01_dot_97 MicrowaveType)
        (receptacleAtLocation Microwave_bar__plus_02_dot_22_bar__plus_00_dot_98_bar__minus_01_dot_97 loc_bar__minus_1_bar_4_bar_2_bar_0)
        (openable Microwave_bar__plus_02_dot_22_bar__plus_00_dot_98_bar__minus_01_dot_97)
        (receptacleType Sink_bar__plus_02_dot_69_bar__minus_01_dot_52_bar__minus_01_dot_17_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_02_dot_69_bar__minus_01_dot_52_bar__minus_01_dot_17_bar_SinkBasin loc_bar__minus_9_bar_9_bar_2_bar_15)
        (receptacleType StoveBurner_bar__plus_00_dot_67_bar__minus_00_dot_15_bar__minus_00_dot_81 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_00_dot_67_bar__minus_00_dot_15_bar__minus_00_dot_81 loc_bar__minus_1_bar__minus_2_bar_0_bar_60)
        (receptacleType StoveBurner_bar__minus_01_dot_34_bar__minus_02_dot_93_bar__plus_01_dot_47 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_01_dot_34_bar__minus_02_dot_93_bar__plus_01_dot_47 loc_bar_3_bar_10_bar_2_bar_45)
        (receptacleType GarbageCan_bar__minus_01_dot_14_bar__minus_02_dot_49_bar__plus_01_dot_00 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_01_dot_14_bar__minus_02_dot_49_bar__plus_01_dot_00 loc_bar_11_bar_9_bar_3_bar_15)
        (receptacleType DiningTable_bar__plus_01_dot_42_bar__minus_01_dot_16_bar__minus_01_dot_08 DiningTableType)
        (receptacleAtLocation DiningTable_bar__plus_01_dot_42_bar__minus_01_dot_16_bar__minus_01_dot_08 loc_bar_8_bar__minus_9_bar_1_bar__minus_30)
        (receptacleType CoffeeMachine_bar__minus_01_dot_14_bar__plus_02_dot_77_bar__minus_01_dot_01 CoffeeMachineType)
        (receptacleAtLocation CoffeeMachine_bar__minus_01_dot_14_bar__plus_02_dot_77_bar__minus_01_dot_01 loc_bar_2_bar__minus_12_bar_3_bar_0)
        (objectType Bread_bar__minus_02_dot_70_bar__minus_00_dot_75_bar__plus_02_dot_19 BreadType)
        (inReceptacle Bread_bar__minus_02_dot_70_bar__minus_00_dot_75_bar__plus_02_dot_19 GarbageCan_bar__minus_01_dot_14_bar__minus_02_dot_49_bar__plus_01_dot_00)
        (objectAtLocation Bread_bar__minus_02_dot_70_bar__minus_00_dot_75_bar__plus_02_dot_19 loc_bar_11_bar_9_bar_3_bar_15)
        (pickupable Bread_bar__minus_02_dot_70_bar__minus_00_dot_75_bar__plus_02_dot_19)
        (heatable Bread_bar__minus_02_dot_70_bar__minus_00_dot_75_bar__plus_02_dot_19)
        (coolable Bread_bar__minus_02_dot_70_bar__minus_00_dot_75_bar__plus_02_dot_19)
        (objectType Bread_bar__minus_00_dot_06_bar__minus_02_dot_56_bar__minus_01_dot_49 BreadType)
        (inReceptacle Bread_bar__minus_00_dot_06_bar__minus_02_dot_56_bar__minus_01_dot_49 CounterTop_bar__plus_02_dot_68_bar__minus_01_dot_39_bar__plus_02_dot_78)
        (objectAtLocation Bread_bar__minus_00_dot_06_bar__minus_02_dot_56_bar__minus_01_dot_49 loc_bar_2_bar__minus_8_bar_2_bar_0)
        (pickupable Bread_bar__minus_00_dot_06_bar__minus_02_dot_56_bar__minus_01_dot_49)
        (heatable Bread_bar__minus_00_dot_06_bar__minus_02_dot_56_bar__minus_01_dot_49)
        (coolable Bread_bar__minus_00_dot_06_bar__minus_02_dot_56_bar__minus_01_dot_49)
        (objectType Kettle_bar__plus_00_dot_05_bar__minus_02_dot_19_bar__minus_02_dot_50 KettleType)
        (inReceptacle Kettle_bar__plus_00_dot_05_bar__minus_02_dot_19_bar__minus_02_dot_50 CounterTop_bar__minus_02_dot_74_bar__minus_02_dot_11_bar__plus_00_dot_37)
        (objectAtLocation Kettle_bar__plus_00_dot_05_bar__minus_02_dot_19_bar__minus_02_dot_50 loc_bar__minus_12_bar_3_bar_2_bar_15)
        (pickupable Kettle_bar__plus_00_dot_05_bar__minus_02_dot_19_bar__minus_02_dot_50)
        (cleanable Kettle_bar__plus_00_dot_05_bar__minus_02_dot_19_bar__minus_02_dot_50)
        (objectType Pan_bar__plus_01_dot_16_bar__minus_00_dot_07_bar__plus_02_dot_48 PanType)
        (inReceptacle Pan_bar__plus_01_dot_16_bar__minus_00_dot_07_bar__plus_02_dot_48 CounterTop_bar__plus_02_dot_68_bar__minus_01_dot_39_bar__plus_02_dot_78)
        (objectAtLocation Pan_bar__plus_01_dot_16_bar__minus_00_dot_07_bar__plus_02_dot_48 loc_bar_2_bar__minus_8_bar_2_bar_0)
        (pickupable Pan_bar__plus_01_dot_16_bar__minus_00_dot_07_bar__plus_02_dot_48)
        (cleanable Pan_bar__plus_01_dot_16_bar__minus_00_dot_07_bar__plus_02_dot_48)
        (coolable Pan_bar__plus_01_dot_16_bar__minus_00_dot_07_bar__plus_02_dot_48)
        (isReceptacleObject Pan_bar__plus_01_dot_16_bar__minus_00_dot_07_bar__plus_02_dot_48)
        (objectType Cup_bar__minus_01_dot_27_bar__minus_02_dot_25_bar__minus_00_dot_11 CupType)
        (inReceptacle Cup_bar__minus_01_dot_27_bar__minus_02_dot_25_bar__minus_00_dot_11 Sink_bar__plus_02_dot_69_bar__minus_01_dot_52_bar__minus_01_dot_17_bar_SinkBasin)
        (objectAtLocation Cup_bar__minus_01_dot_27_bar__minus_02_dot_25_bar__minus_00_dot_11 loc_bar__minus_9_bar_9_bar_2_bar_15)
        (pickupable Cup_bar__minus_01_dot_27_bar__minus_02_dot_25_bar__minus_00_dot_11)
        (cleanable Cup_bar__minus_01_dot_27_bar__minus_02_dot_25_bar__minus_00_dot_11)
        (heatable Cup_bar__minus_01_dot_27_bar__minus_02_dot_25_bar__minus_00_dot_11)
        (coolable Cup_bar__minus_01_dot_27_bar__minus_02_dot_25_bar__minus_00_dot_11)
        (isReceptacleObject Cup_bar__minus_01_dot_27_bar__minus_02_dot_25_bar__minus_00_dot_11)
        (objectType SaltShaker_bar__plus_02_dot_98_bar__plus_01_dot_61_bar__minus_02_dot_44 SaltShakerType)
        (inReceptacle SaltShaker_bar__plus_02_dot_98_bar__plus_01_dot_61_bar__minus_02_dot_44 Cabinet_bar__minus_02_dot_26_bar__plus_02_dot_19_bar__minus_00_dot_76)
        (objectAtLocation SaltShaker_bar__plus_02_dot_98_bar__plus_01_dot_61_bar__minus_02_dot_44 loc_bar_1_bar_5_bar_0_bar__minus_30)
        (pickupable SaltShaker_bar__plus_02_dot_98_bar__plus_01_dot_61_bar__minus_02_dot_44)
        (objectType Potato_bar__minus_00_dot_62_bar__plus_02_dot_51_bar__plus_02_dot_14 PotatoType)
        (inReceptacle Potato_bar__minus_00_dot_62_bar__plus_02_dot_51_bar__plus_02_dot_14 CounterTop_bar__plus_02_dot_68_bar__minus_01_dot_39_bar__plus_02_dot_78)
        (objectAtLocation Potato_bar__minus_00_dot_62_bar__plus_02_dot_51_bar__plus_02_dot_14 loc_bar_2_bar__minus_8_bar_2_bar_0)
        (pickupable Potato_bar__minus_00_dot_62_bar__plus_02_dot_51_bar__plus_02_dot_14)
        (cleanable Potato_bar__minus_00_dot_62_bar__plus_02_dot_51_bar__plus_02_dot_14)
        (heatable Potato_bar__minus_00_dot_62_bar__plus_02_dot_51_bar__plus_02_dot_14)
        (coolable Potato_bar__minus_00_dot_62_bar__plus_02_dot_51_bar__plus_02_dot_14)
        (objectType SoapBottle_bar__plus_00_dot_77_bar__minus_00_dot_74_bar__plus_02_dot_78 SoapBottleType)
        (inReceptacle SoapBottle_bar__plus_00_dot_77_bar__minus_00_dot_74_bar__plus_02_dot_78 Drawer_bar__minus_01_dot_62_bar__plus_01_dot_31_bar__plus_00_dot_89)
        (objectAtLocation SoapBottle_bar__plus_00_dot_77_bar__minus_00_dot_74_bar__plus_02_dot_78 loc_bar_10_bar__minus_8_bar_0_bar_0)
        (pickupable SoapBottle_bar__plus_00_dot_77_bar__minus_00_dot_74_bar__plus_02_dot_78)
        (objectType PaperTowel_bar__minus_01_dot_39_bar__plus_01_dot_75_bar__plus_01_dot_62 PaperTowelType)
        (inReceptacle PaperTowel_bar__minus_01_dot_39_bar__plus_01_dot_75_bar__plus_01_dot_62 GarbageCan_bar__minus_01_dot_14_bar__minus_02_dot_49_bar__plus_01_dot_00)
        (objectAtLocation PaperTowel_bar__minus_01_dot_39_bar__plus_01_dot_75_bar__plus_01_dot_62 loc_bar_11_bar_9_bar_3_bar_15)
        (pickupable PaperTowel_bar__minus_01_dot_39_bar__plus_01_dot_75_bar__plus_01_dot_62)
        (objectType Pot_bar__minus_02_dot_94_bar__minus_00_dot_75_bar__minus_02_dot_63 PotType)
        (inReceptacle Pot_bar__minus_02_dot_94_bar__minus_00_dot_75_bar__minus_02_dot_63 StoveBurner_bar__minus_01_dot_34_bar__minus_02_dot_93_bar__plus_01_dot_47)
        (objectAtLocation Pot_bar__minus_02_dot_94_bar__minus_00_dot_75_bar__minus_02_dot_63 loc_bar_3_bar_10_bar_2_bar_45)
        (pickupable Pot_bar__minus_02_dot_94_bar__minus_00_dot_75_bar__minus_02_dot_63)
        (cleanable Pot_bar__minus_02_dot_94_bar__minus_00_dot_75_bar__minus_02_dot_63)
        (coolable Pot_bar__minus_02_dot_94_bar__minus_00_dot_75_bar__minus_02_dot_63)
        (isReceptacleObject Pot_bar__minus_02_dot_94_bar__minus_00_dot_75_bar__minus_02_dot_63)
        (canContain CabinetType CupType)
        (canContain CabinetType KettleType)
        (canContain CabinetType PanType)
        (canContain CabinetType PotType)
        (canContain CabinetType SaltShakerType)
        (canContain CabinetType SoapBottleType)
        (canContain CounterTopType BreadType)
        (canContain CounterTopType CupType)
        (canContain CounterTopType KettleType)
        (canContain CounterTopType PanType)
        (canContain CounterTopType PaperTowelType)
        (canContain CounterTopType PotType)
        (canContain CounterTopType PotatoType)
        (canContain CounterTopType SaltShakerType)
        (canContain CounterTopType SoapBottleType)
        (canContain DiningTableType BreadType)
        (canContain DiningTableType CupType)
        (canContain DiningTableType KettleType)
        (canContain DiningTableType PanType)
        (canContain DiningTableType PaperTowelType)
        (canContain DiningTableType PotType)
        (canContain DiningTableType PotatoType)
        (canContain DiningTableType SaltShakerType)
        (canContain DiningTableType SoapBottleType)
        (canContain DrawerType SaltShakerType)
        (canContain DrawerType SoapBottleType)
        (canContain FridgeType BreadType)
        (canContain FridgeType CupType)
        (canContain FridgeType PanType)
        (canContain FridgeType PotType)
        (canContain FridgeType PotatoType)
        (canContain GarbageCanType BreadType)
        (canContain GarbageCanType PaperTowelType)
        (canContain GarbageCanType PotatoType)
        (canContain GarbageCanType SoapBottleType)
        (canContain MicrowaveType BreadType)
        (canContain MicrowaveType CupType)
        (canContain MicrowaveType PotatoType)
        (canContain SinkBasinType CupType)
        (canContain SinkBasinType KettleType)
        (canContain SinkBasinType PanType)
        (canContain SinkBasinType PotType)
        (canContain SinkBasinType PotatoType)
        (canContain StoveBurnerType KettleType)
        (canContain StoveBurnerType PanType)
        (canContain StoveBurnerType PotType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (coolable ?o)
                            (objectType ?o BreadType)
                            (receptacleType ?r MicrowaveType)
                            (isCool ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
