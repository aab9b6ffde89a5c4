(define (problem plan_trial_e30004)
(:domain alfred)
(:objects
        agent1 - agent
        ButterKnifeType - otype
        CupType - otype
        PanType - otype
        PotType - otype
        SaltShakerType - otype
        SoapBottleType - otype
        SpatulaType - otype
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
        Pot_bar__plus_02_dot_77_bar__minus_02_dot_72_bar__minus_00_dot_35 - object
        Pot_bar__plus_01_dot_32_bar__plus_02_dot_24_bar__plus_01_dot_71 - object
        Cup_bar__minus_02_dot_96_bar__plus_01_dot_18_bar__minus_02_dot_56 - object
        Spatula_bar__plus_01_dot_66_bar__minus_00_dot_46_bar__plus_00_dot_33 - object
        ButterKnife_bar__minus_01_dot_95_bar__minus_00_dot_02_bar__plus_02_dot_10 - object
        ButterKnife_bar__minus_00_dot_74_bar__minus_00_dot_58_bar__minus_01_dot_08 - object
        SoapBottle_bar__minus_00_dot_56_bar__minus_02_dot_27_bar__minus_00_dot_24 - object
        Pan_bar__minus_02_dot_64_bar__plus_02_dot_80_bar__minus_02_dot_10 - object
        Pan_bar__plus_02_dot_94_bar__minus_01_dot_93_bar__minus_01_dot_58 - object
        SaltShaker_bar__minus_02_dot_39_bar__plus_01_dot_15_bar__plus_02_dot_61 - object
        SaltShaker_bar__minus_02_dot_07_bar__minus_02_dot_03_bar__plus_02_dot_17 - object
        Cabinet_bar__plus_00_dot_93_bar__minus_01_dot_00_bar__minus_00_dot_49 - receptacle
        Cabinet_bar__minus_01_dot_25_bar__minus_02_dot_49_bar__minus_00_dot_05 - receptacle
        Cabinet_bar__plus_02_dot_44_bar__plus_01_dot_70_bar__plus_01_dot_32 - receptacle
        Cabinet_bar__plus_02_dot_64_bar__minus_01_dot_21_bar__plus_02_dot_75 - receptacle
        CounterTop_bar__minus_02_dot_79_bar__minus_01_dot_97_bar__plus_00_dot_16 - receptacle
        CounterTop_bar__plus_02_dot_03_bar__minus_02_dot_15_bar__minus_01_dot_47 - receptacle
        Drawer_bar__minus_02_dot_05_bar__minus_01_dot_03_bar__plus_00_dot_41 - receptacle
        Drawer_bar__plus_02_dot_68_bar__minus_02_dot_80_bar__minus_01_dot_78 - receptacle
        Drawer_bar__minus_02_dot_30_bar__plus_00_dot_41_bar__plus_01_dot_57 - receptacle
        Fridge_bar__minus_01_dot_65_bar__plus_01_dot_43_bar__minus_02_dot_90 - receptacle
        Microwave_bar__minus_02_dot_85_bar__plus_00_dot_80_bar__minus_00_dot_16 - receptacle
        Sink_bar__plus_02_dot_66_bar__plus_01_dot_63_bar__plus_00_dot_16_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_01_dot_16_bar__minus_02_dot_38_bar__minus_00_dot_91 - receptacle
        StoveBurner_bar__minus_02_dot_67_bar__plus_01_dot_56_bar__minus_01_dot_83 - receptacle
        GarbageCan_bar__minus_00_dot_65_bar__plus_01_dot_23_bar__plus_02_dot_73 - receptacle
        DiningTable_bar__plus_02_dot_92_bar__minus_01_dot_71_bar__plus_01_dot_72 - receptacle
        CoffeeMachine_bar__plus_00_dot_21_bar__minus_00_dot_25_bar__minus_00_dot_41 - receptacle
        loc_bar__minus_1_bar_11_bar_2_bar_15 - location
        loc_bar__minus_12_bar__minus_2_bar_0_bar_60 - location
        loc_bar_10_bar_9_bar_0_bar_0 - location
        loc_bar__minus_1_bar__minus_6_bar_0_bar_0 - location
        loc_bar_0_bar_0_bar_2_bar_60 - location
        loc_bar__minus_8_bar__minus_6_bar_0_bar__minus_30 - location
        loc_bar__minus_9_bar_11_bar_3_bar__minus_30 - location
        loc_bar__minus_7_bar__minus_11_bar_3_bar_0 - location
        loc_bar_1_bar_9_bar_2_bar_30 - location
        loc_bar_0_bar__minus_5_bar_3_bar_30 - location
        loc_bar__minus_6_bar_7_bar_0_bar_60 - location
        loc_bar__minus_1_bar__minus_7_bar_1_bar_15 - location
        loc_bar__minus_1_bar_1_bar_1_bar_0 - location
        loc_bar_5_bar__minus_2_bar_3_bar_45 - location
        loc_bar__minus_12_bar_12_bar_2_bar_30 - location
        loc_bar__minus_9_bar__minus_11_bar_0_bar_0 - location
        loc_bar__minus_10_bar_7_bar_2_bar_60 - location
        loc_bar_8_bar_8_bar_2_bar_30 - location
        )
(:init
        (atLocation agent1 loc_bar_8_bar_8_bar_2_bar_30)
        (receptacleType Cabinet_bar__plus_00_dot_93_bar__minus_01_dot_00_bar__minus_00_dot_49 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_93_bar__minus_01_dot_00_bar__minus_00_dot_49 loc_bar__minus_1_bar_11_bar_2_bar_15)
        (openable Cabinet_bar__plus_00_dot_93_bar__minus_01_dot_00_bar__minus_00_dot_49)
        (receptacleType Cabinet_bar__minus_01_dot_25_bar__minus_02_dot_49_bar__minus_00_dot_05 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_25_bar__minus_02_dot_49_bar__minus_00_dot_05 loc_bar__minus_12_bar__minus_2_bar_0_bar_60)
        (openable Cabinet_bar__minus_01_dot_25_bar__minus_02_dot_49_bar__minus_00_dot_05)
        (receptacleType Cabinet_bar__plus_02_dot_44_bar__plus_01_dot_70_bar__plus_01_dot_32 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_44_bar__plus_01_dot_70_bar__plus_01_dot_32 loc_bar_10_bar_9_bar_0_bar_0)
        (openable Cabinet_bar__plus_02_dot_44_bar__plus_01_dot_70_bar__plus_01_dot_32)
        (receptacleType Cabinet_bar__plus_02_dot_64_bar__minus_01_dot_21_bar__plus_02_dot_75 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_64_bar__minus_01_dot_21_bar__plus_02_dot_75 loc_bar__minus_1_bar__minus_6_bar_0_bar_0)
        (openable Cabinet_bar__plus_02_dot_64_bar__minus_01_dot_21_bar__plus_02_dot_75)
        (receptacleType CounterTop_bar__minus_02_dot_79_bar__minus_01_dot_97_bar__plus_00_dot_16 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_02_dot_79_bar__minus_01_dot_97_bar__plus_00_dot_16 loc_bar_0_bar_0_bar_2_bar_60)
        (receptacleType CounterTop_bar__plus_02_dot_03_bar__minus_02_dot_15_bar__minus_01_dot_47 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_02_dot_03_bar__minus_02_dot_15_bar__minus_01_dot_47 loc_bar__minus_8_bar__minus_6_bar_0_bar__minus_30)
        (receptacleType Drawer_bar__minus_02_dot_05_bar__minus_01_dot_03_bar__plus_00_dot_41 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_02_dot_05_bar__minus_01_dot_03_bar__plus_00_dot_41 loc_bar__minus_9_bar_11_bar_3_bar__minus_30)
        (openable Drawer_bar__minus_02_dot_05_bar__minus_01_dot_03_bar__plus_00_dot_41)
        (receptacleType Drawer_bar__plus_02_dot_68_bar__minus_02_dot_80_bar__minus_01_dot_78 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_02_dot_68_bar__minus_02_dot_80_bar__minus_01_dot_78 loc_bar__minus_7_bar__minus_11_bar_3_bar_0)
        (openable Drawer_bar__plus_02_dot_68_bar__minus_02_dot_80_bar__minus_01_dot_78)
        (receptacleType Drawer_bar__minus_02_dot_30_bar__plus_00_dot_41_bar__plus_01_dot_57 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_02_dot_30_bar__plus_00_dot_41_bar__plus_01_dot_57 loc_bar_1_bar_9_bar_2_bar_30)
        (openable Drawer_bar__minus_02_dot_30_bar__plus_00_dot_41_bar__plus_01_dot_57)
        (receptacleType Fridge_bar__minus_01_dot_65_bar__plus_01_dot_43_bar__minus_02_dot_90 FridgeType)
        (receptacleAtLocation Fridge_bar__minus_01_dot_65_bar__plus_01_dot_43_bar__minus_02_dot_90 loc_bar_0_bar__minus_5_bar_3_bar_30)
        (openable Fridge_bar__minus_01_dot_65_bar__plus_01_dot_43_bar__minus_02_dot_90)
        (receptacleType Microwave_bar__minus_02_dot_85_bar__plus_00_dot_80_bar__minus_00_dot_16 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_02_dot_85_bar__plus_00_dot_80_bar__minus_00_dot_16 loc_bar__minus_6_bar_7_bar_0_bar_60)
        (openable Microwave_bar__minus_02_dot_85_bar__plus_00_dot_80_bar__minus_00_dot_16)
        (receptacleType Sink_bar__plus_02_dot_66_bar__plus_01_dot_63_bar__plus_00_dot_16_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_02_dot_66_bar__plus_01_dot_63_bar__plus_00_dot_16_bar_SinkBasin loc_bar__minus_1_bar__minus_7_bar_1_bar_15)
        (receptacleType StoveBurner_bar__minus_01_dot_16_bar__minus_02_dot_38_bar__minus_00_dot_91 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_01_dot_16_bar__minus_02_dot_38_bar__minus_00_dot_91 loc_bar__minus_1_bar_1_bar_1_bar_0)
        (receptacleType StoveBurner_bar__minus_02_dot_67_bar__plus_01_dot_56_bar__minus_01_dot_83 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_02_dot_67_bar__plus_01_dot_56_bar__minus_01_dot_83 loc_bar_5_bar__minus_2_bar_3_bar_45)
        (receptacleType GarbageCan_bar__minus_00_dot_65_bar__plus_01_dot_23_bar__plus_02_dot_73 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_00_dot_65_bar__plus_01_dot_23_bar__plus_02_dot_73 loc_bar__minus_12_bar_12_bar_2_bar_30)
        (receptacleType DiningTable_bar__plus_02_dot_92_bar__minus_01_dot_71_bar__plus_01_dot_72 DiningTableType)
        (receptacleAtLocation DiningTable_bar__plus_02_dot_92_bar__minus_01_dot_71_bar__plus_01_dot_72 loc_bar__minus_9_bar__minus_11_bar_0_bar_0)
        (receptacleType CoffeeMachine_bar__plus_00_dot_21_bar__minus_00_dot_25_bar__minus_00_dot_41 CoffeeMachineType)
        (receptacleAtLocation CoffeeMachine_bar__plus_00_dot_21_bar__minus_00_dot_25_bar__minus_00_dot_41 loc_bar__minus_10_bar_7_bar_2_bar_60)
        (objectType Pot_bar__plus_02_dot_77_bar__minus_02_dot_72_bar__minus_00_dot_35 PotType)
        (inReceptacle Pot_bar__plus_02_dot_77_bar__minus_02_dot_72_bar__minus_00_dot_35 CounterTop_bar__plus_02_dot_03_bar__minus_02_dot_15_bar__minus_01_dot_47)
        (objectAtLocation Pot_bar__plus_02_dot_77_bar__minus_02_dot_72_bar__minus_00_dot_35 loc_bar__minus_8_bar__minus_6_bar_0_bar__minus_30)
        (pickupable Pot_bar__plus_02_dot_77_bar__minus_02_dot_72_bar__minus_00_dot_35)
        (cleanable Pot_bar__plus_02_dot_77_bar__minus_02_dot_72_bar__minus_00_dot_35)
        (coolable Pot_bar__plus_02_dot_77_bar__minus_02_dot_72_bar__minus_00_dot_35)
        (isReceptacleObject Pot_bar__plus_02_dot_77_bar__minus_02_dot_72_bar__minus_00_dot_35)
        (objectType Pot_bar__plus_01_dot_32_bar__plus_02_dot_24_bar__plus_01_dot_71 PotType)
        (inReceptacle Pot_bar__plus_01_dot_32_bar__plus_02_dot_24_bar__plus_01_dot_71 Cabinet_bar__plus_00_dot_93_bar__minus_01_dot_00_bar__minus_00_dot_49)
        (objectAtLocation Pot_bar__plus_01_dot_32_bar__plus_02_dot_24_bar__plus_01_dot_71 loc_bar__minus_1_bar_11_bar_2_bar_15)
        (pickupable Pot_bar__plus_01_dot_32_bar__plus_02_dot_24_bar__plus_01_dot_71)
        (cleanable Pot_bar__plus_01_dot_32_bar__plus_02_dot_24_bar__plus_01_dot_71)
        (coolable Pot_bar__plus_01_dot_32_bar__plus_02_dot_24_bar__plus_01_dot_71)
        (isReceptacleObject Pot_bar__plus_01_dot_32_bar__plus_02_dot_24_bar__plus_01_dot_71)
        (objectType Cup_bar__minus_02_dot_96_bar__plus_01_dot_18_bar__minus_02_dot_56 CupType)
        (inReceptacle Cup_bar__minus_02_dot_96_bar__plus_01_dot_18_bar__minus_02_dot_56 CounterTop_bar__minus_02_dot_79_bar__minus_01_dot_97_bar__plus_00_dot_16)
        (objectAtLocation Cup_bar__minus_02_dot_96_bar__plus_01_dot_18_bar__minus_02_dot_56 loc_bar_0_bar_0_bar_2_bar_60)
        (pickupable Cup_bar__minus_02_dot_96_bar__plus_01_dot_18_bar__minus_02_dot_56)
        (cleanable Cup_bar__minus_02_dot_96_bar__plus_01_dot_18_bar__minus_02_dot_56)
        (heatable Cup_bar__minus_02_dot_96_bar__plus_01_dot_18_bar__minus_02_dot_56)
        (coolable Cup_bar__minus_02_dot_96_bar__plus_01_dot_18_bar__minus_02_dot_56)
        (isReceptacleObject Cup_bar__minus_02_dot_96_bar__plus_01_dot_18_bar__minus_02_dot_56)
        (objectType Spatula_bar__plus_01_dot_66_bar__minus_00_dot_46_bar__plus_00_dot_33 SpatulaType)
        (inReceptacle Spatula_bar__plus_01_dot_66_bar__minus_00_dot_46_bar__plus_00_dot_33 DiningTable_bar__plus_02_dot_92_bar__minus_01_dot_71_bar__plus_01_dot_72)
        (objectAtLocation Spatula_bar__plus_01_dot_66_bar__minus_00_dot_46_bar__plus_00_dot_33 loc_bar__minus_9_bar__minus_11_bar_0_bar_0)
        (pickupable Spatula_bar__plus_01_dot_66_bar__minus_00_dot_46_bar__plus_00_dot_33)
        (cleanable Spatula_bar__plus_01_dot_66_bar__minus_00_dot_46_bar__plus_00_dot_33)
        (objectType ButterKnife_bar__minus_01_dot_95_bar__minus_00_dot_02_bar__plus_02_dot_10 ButterKnifeType)
        (inReceptacle ButterKnife_bar__minus_01_dot_95_bar__minus_00_dot_02_bar__plus_02_dot_10 Drawer_bar__minus_02_dot_30_bar__plus_00_dot_41_bar__plus_01_dot_57)
        (objectAtLocation ButterKnife_bar__minus_01_dot_95_bar__minus_00_dot_02_bar__plus_02_dot_10 loc_bar_1_bar_9_bar_2_bar_30)
        (pickupable ButterKnife_bar__minus_01_dot_95_bar__minus_00_dot_02_bar__plus_02_dot_10)
        (cleanable ButterKnife_bar__minus_01_dot_95_bar__minus_00_dot_02_bar__plus_02_dot_10)
        (objectType ButterKnife_bar__minus_00_dot_74_bar__minus_00_dot_58_bar__minus_01_dot_08 ButterKnifeType)
        (inReceptacle ButterKnife_bar__minus_00_dot_74_bar__minus_00_dot_58_bar__minus_01_dot_08 CounterTop_bar__plus_02_dot_03_bar__minus_02_dot_15_bar__minus_01_dot_47)
        (objectAtLocation ButterKnife_bar__minus_00_dot_74_bar__minus_00_dot_58_bar__minus_01_dot_08 loc_bar__minus_8_bar__minus_6_bar_0_bar__minus_30)
        (pickupable ButterKnife_bar__minus_00_dot_74_bar__minus_00_dot_58_bar__minus_01_dot_08)
        (cleanable ButterKnife_bar__minus_00_dot_74_bar__minus_00_dot_58_bar__minus_01_dot_08)
        (objectType SoapBottle_bar__minus_00_dot_56_bar__minus_02_dot_27_bar__minus_00_dot_24 SoapBottleType)
        (inReceptacle SoapBottle_bar__minus_00_dot_56_bar__minus_02_dot_27_bar__minus_00_dot_24 DiningTable_bar__plus_02_dot_92_bar__minus_01_dot_71_bar__plus_01_dot_72)
        (objectAtLocation SoapBottle_bar__minus_00_dot_56_bar__minus_02_dot_27_bar__minus_00_dot_24 loc_bar__minus_9_bar__minus_11_bar_0_bar_0)
        (pickupable SoapBottle_bar__minus_00_dot_56_bar__minus_02_dot_27_bar__minus_00_dot_24)
        (objectType Pan_bar__minus_02_dot_64_bar__plus_02_dot_80_bar__minus_02_dot_10 PanType)
        (inReceptacle Pan_bar__minus_02_dot_64_bar__plus_02_dot_80_bar__minus_02_dot_10 Cabinet_bar__plus_02_dot_44_bar__plus_01_dot_70_bar__plus_01_dot_32)
        (objectAtLocation Pan_bar__minus_02_dot_64_bar__plus_02_dot_80_bar__minus_02_dot_10 loc_bar_10_bar_9_bar_0_bar_0)
        (pickupable Pan_bar__minus_02_dot_64_bar__plus_02_dot_80_bar__minus_02_dot_10)
        (cleanable Pan_bar__minus_02_dot_64_bar__plus_02_dot_80_bar__minus_02_dot_10)
        (coolable Pan_bar__minus_02_dot_64_bar__plus_02_dot_80_bar__minus_02_dot_10)
        (isReceptacleObject Pan_bar__minus_02_dot_64_bar__plus_02_dot_80_bar__minus_02_dot_10)
        (objectType Pan_bar__plus_02_dot_94_bar__minus_01_dot_93_bar__minus_01_dot_58 PanType)
        (inReceptacle Pan_bar__plus_02_dot_94_bar__minus_01_dot_93_bar__minus_01_dot_58 DiningTable_bar__plus_02_dot_92_bar__minus_01_dot_71_bar__plus_01_dot_72)
        (objectAtLocation Pan_bar__plus_02_dot_94_bar__minus_01_dot_93_bar__minus_01_dot_58 loc_bar__minus_9_bar__minus_11_bar_0_bar_0)
        (pickupable Pan_bar__plus_02_dot_94_bar__minus_01_dot_93_bar__minus_01_dot_58)
        (cleanable Pan_bar__plus_02_dot_94_bar__minus_01_dot_93_bar__minus_01_dot_58)
        (coolable Pan_bar__plus_02_dot_94_bar__minus_01_dot_93_bar__minus_01_dot_58)
        (isReceptacleObject Pan_bar__plus_02_dot_94_bar__minus_01_dot_93_bar__minus_01_dot_58)
        (objectType SaltShaker_bar__minus_02_dot_39_bar__plus_01_dot_15_bar__plus_02_dot_61 SaltShakerType)
        (inReceptacle SaltShaker_bar__minus_02_dot_39_bar__plus_01_dot_15_bar__plus_02_dot_61 DiningTable_bar__plus_02_dot_92_bar__minus_01_dot_71_bar__plus_01_dot_72)
        (objectAtLocation SaltShaker_bar__minus_02_dot_39_bar__plus_01_dot_15_bar__plus_02_dot_61 loc_bar__minus_9_bar__minus_11_bar_0_bar_0)
        (pickupable SaltShaker_bar__minus_02_dot_39_bar__plus_01_dot_15_bar__plus_02_dot_61)
        (objectType SaltShaker_bar__minus_02_dot_07_bar__minus_02_dot_03_bar__plus_02_dot_17 SaltShakerType)
        (inReceptacle SaltShaker_bar__minus_02_dot_07_bar__minus_02_dot_03_bar__plus_02_dot_17 Drawer_bar__minus_02_dot_30_bar__plus_00_dot_41_bar__plus_01_dot_57)
        (objectAtLocation SaltShaker_bar__minus_02_dot_07_bar__minus_02_dot_03_bar__plus_02_dot_17 loc_bar_1_bar_9_bar_2_bar_30)
        (pickupable SaltShaker_bar__minus_02_dot_07_bar__minus_02_dot_03_bar__plus_02_dot_17)
        (canContain CabinetType CupType)
        (canContain CabinetType PanType)
        (canContain CabinetType PotType)
        (canContain CabinetType SaltShakerType)
        (canContain CabinetType SoapBottleType)
        (canContain CounterTopType ButterKnifeType)
        (canContain CounterTopType CupType)
        (canContain CounterTopType PanType)
        (canContain CounterTopType PotType)
        (canContain CounterTopType SaltShakerType)
        (canContain CounterTopType SoapBottleType)
        (canContain CounterTopType SpatulaType)
        (canContain DiningTableType ButterKnifeType)
        (canContain DiningTableType CupType)
        (canContain DiningTableType PanType)
        (canContain DiningTableType PotType)
        (canContain DiningTableType SaltShakerType)
        (canContain DiningTableType SoapBottleType)
        (canContain DiningTableType SpatulaType)
        (canContain DrawerType ButterKnifeType)
        (canContain DrawerType SaltShakerType)
        (canContain DrawerType SoapBottleType)
        (canContain DrawerType SpatulaType)
        (canContain FridgeType CupType)
        (canContain FridgeType PanType)
        (canContain FridgeType PotType)
        (canContain GarbageCanType SoapBottleType)
        (canContain MicrowaveType CupType)
        (canContain SinkBasinType ButterKnifeType)
        (canContain SinkBasinType CupType)
        (canContain SinkBasinType PanType)
        (canContain SinkBasinType PotType)
        (canContain SinkBasinType SpatulaType)
        (canContain StoveBurnerType PanType)
        (canContain StoveBurnerType PotType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (cleanable ?o)
                            (objectType ?o PotType)
                            (receptacleType ?r StoveBurnerType)
                            (isClean ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
