(define (problem plan_trial_e50005)
(:domain alfred)
(:objects
        agent1 - agent
        CupType - otype
        KettleType - otype
        PepperShakerType - otype
        PlateType - otype
        PotType - otype
        SaltShakerType - otype
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
        Pot_bar__minus_00_dot_99_bar__minus_02_dot_94_bar__plus_01_dot_55 - object
        Pot_bar__plus_01_dot_96_bar__minus_01_dot_30_bar__minus_00_dot_85 - object
        Plate_bar__minus_00_dot_68_bar__minus_02_dot_71_bar__minus_02_dot_96 - object
        Cup_bar__minus_02_dot_92_bar__plus_02_dot_65_bar__plus_02_dot_71 - object
        PepperShaker_bar__plus_00_dot_48_bar__plus_02_dot_82_bar__minus_02_dot_40 - object
        Kettle_bar__minus_02_dot_40_bar__plus_02_dot_82_bar__minus_01_dot_25 - object
        SaltShaker_bar__minus_01_dot_46_bar__minus_00_dot_26_bar__minus_01_dot_26 - object
        SaltShaker_bar__minus_01_dot_09_bar__plus_01_dot_49_bar__minus_02_dot_73 - object
        Cabinet_bar__minus_01_dot_45_bar__plus_02_dot_64_bar__minus_02_dot_21 - receptacle
        Cabinet_bar__plus_01_dot_15_bar__minus_01_dot_41_bar__plus_01_dot_60 - receptacle
        Cabinet_bar__plus_01_dot_71_bar__plus_01_dot_78_bar__minus_01_dot_79 - receptacle
        Cabinet_bar__minus_01_dot_54_bar__minus_00_dot_46_bar__minus_00_dot_72 - receptacle
        Cabinet_bar__plus_02_dot_60_bar__minus_00_dot_76_bar__plus_01_dot_33 - receptacle
        Cabinet_bar__minus_00_dot_93_bar__plus_00_dot_31_bar__plus_02_dot_21 - receptacle
        CounterTop_bar__minus_00_dot_56_bar__minus_00_dot_10_bar__plus_01_dot_16 - receptacle
        Drawer_bar__plus_01_dot_48_bar__plus_02_dot_56_bar__minus_02_dot_78 - receptacle
        Drawer_bar__plus_02_dot_49_bar__plus_00_dot_76_bar__minus_00_dot_74 - receptacle
        Fridge_bar__minus_02_dot_06_bar__minus_01_dot_31_bar__minus_02_dot_92 - receptacle
        Microwave_bar__plus_02_dot_69_bar__plus_00_dot_85_bar__plus_00_dot_93 - receptacle
        Sink_bar__minus_02_dot_60_bar__minus_00_dot_36_bar__plus_00_dot_35_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_01_dot_57_bar__minus_01_dot_26_bar__plus_01_dot_32 - receptacle
        StoveBurner_bar__minus_00_dot_17_bar__plus_00_dot_87_bar__plus_00_dot_98 - receptacle
        StoveBurner_bar__minus_01_dot_31_bar__plus_02_dot_76_bar__minus_01_dot_25 - receptacle
        StoveBurner_bar__plus_00_dot_92_bar__minus_01_dot_47_bar__minus_02_dot_07 - receptacle
        GarbageCan_bar__plus_01_dot_37_bar__minus_02_dot_47_bar__minus_00_dot_46 - receptacle
        Shelf_bar__minus_02_dot_85_bar__minus_01_dot_30_bar__minus_01_dot_39 - receptacle
        Shelf_bar__minus_02_dot_40_bar__minus_02_dot_46_bar__plus_02_dot_76 - receptacle
        Toaster_bar__minus_02_dot_47_bar__plus_01_dot_77_bar__minus_00_dot_80 - receptacle
        loc_bar_0_bar_1_bar_2_bar_45 - location
        loc_bar__minus_9_bar__minus_3_bar_1_bar_60 - location
        loc_bar__minus_8_bar__minus_6_bar_0_bar_45 - location
        loc_bar_3_bar__minus_3_bar_3_bar_15 - location
        loc_bar__minus_1_bar__minus_1_bar_3_bar__minus_30 - location
        loc_bar__minus_9_bar_8_bar_1_bar_45 - location
        loc_bar__minus_12_bar_7_bar_1_bar_60 - location
        loc_bar_12_bar_11_bar_2_bar_0 - location
        loc_bar_0_bar_8_bar_3_bar_60 - location
        loc_bar__minus_8_bar_6_bar_3_bar_15 - location
        loc_bar_6_bar__minus_6_bar_3_bar_30 - location
        loc_bar_5_bar_11_bar_0_bar__minus_30 - location
        loc_bar__minus_2_bar__minus_3_bar_0_bar_0 - location
        loc_bar__minus_3_bar__minus_12_bar_0_bar_0 - location
        loc_bar_12_bar__minus_6_bar_2_bar_30 - location
        loc_bar__minus_9_bar__minus_4_bar_0_bar_60 - location
        loc_bar__minus_7_bar_3_bar_3_bar_30 - location
        loc_bar__minus_4_bar__minus_11_bar_2_bar__minus_30 - location
        loc_bar_1_bar__minus_9_bar_3_bar_60 - location
        loc_bar_7_bar__minus_8_bar_0_bar_15 - location
        loc_bar_4_bar__minus_10_bar_1_bar_30 - location
        )
(:init
        (atLocation agent1 loc_bar_4_bar__minus_10_bar_1_bar_30)
        (receptacleType Cabinet_bar__minus_01_dot_45_bar__plus_02_dot_64_bar__minus_02_dot_21 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_45_bar__plus_02_dot_64_bar__minus_02_dot_21 loc_bar_0_bar_1_bar_2_bar_45)
        (openable Cabinet_bar__minus_01_dot_45_bar__plus_02_dot_64_bar__minus_02_dot_21)
        (receptacleType Cabinet_bar__plus_01_dot_15_bar__minus_01_dot_41_bar__plus_01_dot_60 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_15_bar__minus_01_dot_41_bar__plus_01_dot_60 loc_bar__minus_9_bar__minus_3_bar_1_bar_60)
        (openable Cabinet_bar__plus_01_dot_15_bar__minus_01_dot_41_bar__plus_01_dot_60)
        (receptacleType Cabinet_bar__plus_01_dot_71_bar__plus_01_dot_78_bar__minus_01_dot_79 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_71_bar__plus_01_dot_78_bar__minus_01_dot_79 loc_bar__minus_8_bar__minus_6_bar_0_bar_45)
        (openable Cabinet_bar__plus_01_dot_71_bar__plus_01_dot_78_bar__minus_01_dot_79)
        (receptacleType Cabinet_bar__minus_01_dot_54_bar__minus_00_dot_46_bar__minus_00_dot_72 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_54_bar__minus_00_dot_46_bar__minus_00_dot_72 loc_bar_3_bar__minus_3_bar_3_bar_15)
        (openable Cabinet_bar__minus_01_dot_54_bar__minus_00_dot_46_bar__minus_00_dot_72)
        (receptacleType Cabinet_bar__plus_02_dot_60_bar__minus_00_dot_76_bar__plus_01_dot_33 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_60_bar__minus_00_dot_76_bar__plus_01_dot_33 loc_bar__minus_1_bar__minus_1_bar_3_bar__minus_30)
        (openable Cabinet_bar__plus_02_dot_60_bar__minus_00_dot_76_bar__plus_01_dot_33)
        (receptacleType Cabinet_bar__minus_00_dot_93_bar__plus_00_dot_31_bar__plus_02_dot_21 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_93_bar__plus_00_dot_31_bar__plus_02_dot_21 loc_bar__minus_9_bar_8_bar_1_bar_45)
        (openable Cabinet_bar__minus_00_dot_93_bar__plus_00_dot_31_bar__plus_02_dot_21)
        (receptacleType CounterTop_bar__minus_00_dot_56_bar__minus_00_dot_10_bar__plus_01_dot_16 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_00_dot_56_bar__minus_00_dot_10_bar__plus_01_dot_16 loc_bar__minus_12_bar_7_bar_1_bar_60)
        (receptacleType Drawer_bar__plus_01_dot_48_bar__plus_02_dot_56_bar__minus_02_dot_78 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_48_bar__plus_02_dot_56_bar__minus_02_dot_78 loc_bar_12_bar_11_bar_2_bar_0)
        (openable Drawer_bar__plus_01_dot_48_bar__plus_02_dot_56_bar__minus_02_dot_78)
        (receptacleType Drawer_bar__plus_02_dot_49_bar__plus_00_dot_76_bar__minus_00_dot_74 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_02_dot_49_bar__plus_00_dot_76_bar__minus_00_dot_74 loc_bar_0_bar_8_bar_3_bar_60)
        (openable Drawer_bar__plus_02_dot_49_bar__plus_00_dot_76_bar__minus_00_dot_74)
        (receptacleType Fridge_bar__minus_02_dot_06_bar__minus_01_dot_31_bar__minus_02_dot_92 FridgeType)
        (receptacleAtLocation Fridge_bar__minus_02_dot_06_bar__minus_01_dot_31_bar__minus_02_dot_92 loc_bar__minus_8_bar_6_bar_3_bar_15)
        (openable Fridge_bar__minus_02_dot_06_bar__minus_01_dot_31_bar__minus_02_dot_92)
        (receptacleType Microwave_bar__plus_02_dot_69_bar__plus_00_dot_85_bar__plus_00_dot_93 MicrowaveType)
        (receptacleAtLocation Microwave_bar__plus_02_dot_69_bar__plus_00_dot_85_bar__plus_00_dot_93 loc_bar_6_bar__minus_6_bar_3_bar_30)
        (openable Microwave_bar__plus_02_dot_69_bar__plus_00_dot_85_bar__plus_00_dot_93)
        (receptacleType Sink_bar__minus_02_dot_60_bar__minus_00_dot_36_bar__plus_00_dot_35_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_02_dot_60_bar__minus_00_dot_36_bar__plus_00_dot_35_bar_SinkBasin loc_bar_5_bar_11_bar_0_bar__minus_30)
        (receptacleType StoveBurner_bar__minus_01_dot_57_bar__minus_01_dot_26_bar__plus_01_dot_32 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_01_dot_57_bar__minus_01_dot_26_bar__plus_01_dot_32 loc_bar__minus_2_bar__minus_3_bar_0_bar_0)
        (receptacleType StoveBurner_bar__minus_00_dot_17_bar__plus_00_dot_87_bar__plus_00_dot_98 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_00_dot_17_bar__plus_00_dot_87_bar__plus_00_dot_98 loc_bar__minus_3_bar__minus_12_bar_0_bar_0)
        (receptacleType StoveBurner_bar__minus_01_dot_31_bar__plus_02_dot_76_bar__minus_01_dot_25 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_01_dot_31_bar__plus_02_dot_76_bar__minus_01_dot_25 loc_bar_12_bar__minus_6_bar_2_bar_30)
        (receptacleType StoveBurner_bar__plus_00_dot_92_bar__minus_01_dot_47_bar__minus_02_dot_07 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_00_dot_92_bar__minus_01_dot_47_bar__minus_02_dot_07 loc_bar__minus_9_bar__minus_4_bar_0_bar_60)
        (receptacleType GarbageCan_bar__plus_01_dot_37_bar__minus_02_dot_47_bar__minus_00_dot_46 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_01_dot_37_bar__minus_02_dot_47_bar__minus_00_dot_46 loc_bar__minus_7_bar_3_bar_3_bar_30)
        (receptacleType Shelf_bar__minus_02_dot_85_bar__minus_01_dot_30_bar__minus_01_dot_39 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_02_dot_85_bar__minus_01_dot_30_bar__minus_01_dot_39 loc_bar__minus_4_bar__minus_11_bar_2_bar__minus_30)
        (receptacleType Shelf_bar__minus_02_dot_40_bar__minus_02_dot_46_bar__plus_02_dot_76 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_02_dot_40_bar__minus_02_dot_46_bar__plus_02_dot_76 loc_bar_1_bar__minus_9_bar_3_bar_60)
        (receptacleType Toaster_bar__minus_02_dot_47_bar__plus_01_dot_77_bar__minus_00_dot_80 ToasterType)
        (receptacleAtLocation Toaster_bar__minus_02_dot_47_bar__plus_01_dot_77_bar__minus_00_dot_80 loc_bar_7_bar__minus_8_bar_0_bar_15)
        (objectType Pot_bar__minus_00_dot_99_bar__minus_02_dot_94_bar__plus_01_dot_55 PotType)
        (inReceptacle Pot_bar__minus_00_dot_99_bar__minus_02_dot_94_bar__plus_01_dot_55 Sink_bar__minus_02_dot_60_bar__minus_00_dot_36_bar__plus_00_dot_35_bar_SinkBasin)
        (objectAtLocation Pot_bar__minus_00_dot_99_bar__minus_02_dot_94_bar__plus_01_dot_55 loc_bar_5_bar_11_bar_0_bar__minus_30)
        (pickupable Pot_bar__minus_00_dot_99_bar__minus_02_dot_94_bar__plus_01_dot_55)
        (cleanable Pot_bar__minus_00_dot_99_bar__minus_02_dot_94_bar__plus_01_dot_55)
        (coolable Pot_bar__minus_00_dot_99_bar__minus_02_dot_94_bar__plus_01_dot_55)
        (isReceptacleObject Pot_bar__minus_00_dot_99_bar__minus_02_dot_94_bar__plus_01_dot_55)
        (objectType Pot_bar__plus_01_dot_96_bar__minus_01_dot_30_bar__minus_00_dot_85 PotType)
        (inReceptacle Pot_bar__plus_01_dot_96_bar__minus_01_dot_30_bar__minus_00_dot_85 Cabinet_bar__plus_01_dot_15_bar__minus_01_dot_41_bar__plus_01_dot_60)
        (objectAtLocation Pot_bar__plus_01_dot_96_bar__minus_01_dot_30_bar__minus_00_dot_85 loc_bar__minus_9_bar__minus_3_bar_1_bar_60)
        (pickupable Pot_bar__plus_01_dot_96_bar__minus_01_dot_30_bar__minus_00_dot_85)
        (cleanable Pot_bar__plus_01_dot_96_bar__minus_01_dot_30_bar__minus_00_dot_85)
        (coolable Pot_bar__plus_01_dot_96_bar__minus_01_dot_30_bar__minus_00_dot_85)
        (isReceptacleObject Pot_bar__plus_01_dot_96_bar__minus_01_dot_30_bar__minus_00_dot_85)
        (objectType Plate_bar__minus_00_dot_68_bar__minus_02_dot_71_bar__minus_02_dot_96 PlateType)
        (inReceptacle Plate_bar__minus_00_dot_68_bar__minus_02_dot_71_bar__minus_02_dot_96 Microwave_bar__plus_02_dot_69_bar__plus_00_dot_85_bar__plus_00_dot_93)
        (objectAtLocation Plate_bar__minus_00_dot_68_bar__minus_02_dot_71_bar__minus_02_dot_96 loc_bar_6_bar__minus_6_bar_3_bar_30)
        (pickupable Plate_bar__minus_00_dot_68_bar__minus_02_dot_71_bar__minus_02_dot_96)
        (cleanable Plate_bar__minus_00_dot_68_bar__minus_02_dot_71_bar__minus_02_dot_96)
        (heatable Plate_bar__minus_00_dot_68_bar__minus_02_dot_71_bar__minus_02_dot_96)
        (coolable Plate_bar__minus_00_dot_68_bar__minus_02_dot_71_bar__minus_02_dot_96)
        (isReceptacleObject Plate_bar__minus_00_dot_68_bar__minus_02_dot_71_bar__minus_02_dot_96)
        (objectType Cup_bar__minus_02_dot_92_bar__plus_02_dot_65_bar__plus_02_dot_71 CupType)
        (inReceptacle Cup_bar__minus_02_dot_92_bar__plus_02_dot_65_bar__plus_02_dot_71 Sink_bar__minus_02_dot_60_bar__minus_00_dot_36_bar__plus_00_dot_35_bar_SinkBasin)
        (objectAtLocation Cup_bar__minus_02_dot_92_bar__plus_02_dot_65_bar__plus_02_dot_71 loc_bar_5_bar_11_bar_0_bar__minus_30)
        (pickupable Cup_bar__minus_02_dot_92_bar__plus_02_dot_65_bar__plus_02_dot_71)
        (cleanable Cup_bar__minus_02_dot_92_bar__plus_02_dot_65_bar__plus_02_dot_71)
        (heatable Cup_bar__minus_02_dot_92_bar__plus_02_dot_65_bar__plus_02_dot_71)
        (coolable Cup_bar__minus_02_dot_92_bar__plus_02_dot_65_bar__plus_02_dot_71)
        (isReceptacleObject Cup_bar__minus_02_dot_92_bar__plus_02_dot_65_bar__plus_02_dot_71)
        (objectType PepperShaker_bar__plus_00_dot_48_bar__plus_02_dot_82_bar__minus_02_dot_40 PepperShakerType)
        (inReceptacle PepperShaker_bar__plus_00_dot_48_bar__plus_02_dot_82_bar__minus_02_dot_40 Shelf_bar__minus_02_dot_85_bar__minus_01_dot_30_bar__minus_01_dot_39)
        (objectAtLocation PepperShaker_bar__plus_00_dot_48_bar__plus_02_dot_82_bar__minus_02_dot_40 loc_bar__minus_4_bar__minus_11_bar_2_bar__minus_30)
        (pickupable PepperShaker_bar__plus_00_dot_48_bar__plus_02_dot_82_bar__minus_02_dot_40)
        (objectType Kettle_bar__minus_02_dot_40_bar__plus_02_dot_82_bar__minus_01_dot_25 KettleType)
        (inReceptacle Kettle_bar__minus_02_dot_40_bar__plus_02_dot_82_bar__minus_01_dot_25 Sink_bar__minus_02_dot_60_bar__minus_00_dot_36_bar__plus_00_dot_35_bar_SinkBasin)
        (objectAtLocation Kettle_bar__minus_02_dot_40_bar__plus_02_dot_82_bar__minus_01_dot_25 loc_bar_5_bar_11_bar_0_bar__minus_30)
        (pickupable Kettle_bar__minus_02_dot_40_bar__plus_02_dot_82_bar__minus_01_dot_25)
        (cleanable Kettle_bar__minus_02_dot_40_bar__plus_02_dot_82_bar__minus_01_dot_25)
        (objectType SaltShaker_bar__minus_01_dot_46_bar__minus_00_dot_26_bar__minus_01_dot_26 SaltShakerType)
        (inReceptacle SaltShaker_bar__minus_01_dot_46_bar__minus_00_dot_26_bar__minus_01_dot_26 Cabinet_bar__minus_01_dot_45_bar__plus_02_dot_64_bar__minus_02_dot_21)
        (objectAtLocation SaltShaker_bar__minus_01_dot_46_bar__minus_00_dot_26_bar__minus_01_dot_26 loc_bar_0_bar_1_bar_2_bar_45)
        (pickupable SaltShaker_bar__minus_01_dot_46_bar__minus_00_dot_26_bar__minus_01_dot_26)
        (objectType SaltShaker_bar__minus_01_dot_09_bar__plus_01_dot_49_bar__minus_02_dot_73 SaltShakerType)
        (inReceptacle SaltShaker_bar__minus_01_dot_09_bar__plus_01_dot_49_bar__minus_02_dot_73 Shelf_bar__minus_02_dot_85_bar__minus_01_dot_30_bar__minus_01_dot_39)
        (objectAtLocation SaltShaker_bar__minus_01_dot_09_bar__plus_01_dot_49_bar__minus_02_dot_73 loc_bar__minus_4_bar__minus_11_bar_2_bar__minus_30)
        (pickupable SaltShaker_bar__minus_01_dot_09_bar__plus_01_dot_49_bar__minus_02_dot_73)
        (canContain CabinetType CupType)
        (canContain CabinetType KettleType)
        (canContain CabinetType PepperShakerType)
        (canContain CabinetType PlateType)
        (canContain CabinetType PotType)
        (canContain CabinetType SaltShakerType)
        (canContain CounterTopType CupType)
        (canContain CounterTopType KettleType)
        (canContain CounterTopType PepperShakerType)
        (canContain CounterTopType PlateType)
        (canContain CounterTopType PotType)
        (canContain CounterTopType SaltShakerType)
        (canContain DrawerType PepperShakerType)
        (canContain DrawerType SaltShakerType)
        (canContain FridgeType CupType)
        (canContain FridgeType PlateType)
        (canContain FridgeType PotType)
        (canContain MicrowaveType CupType)
        (canContain MicrowaveType PlateType)
        (canContain ShelfType CupType)
        (canContain ShelfType KettleType)
        (canContain ShelfType PepperShakerType)
        (canContain ShelfType PlateType)
        (canContain ShelfType PotType)
        (canContain ShelfType SaltShakerType)
        (canContain SinkBasinType CupType)
        (canContain SinkBasinType KettleType)
        (canContain SinkBasinType PlateType)
        (canContain SinkBasinType PotType)
        (canContain StoveBurnerType KettleType)
        (canContain StoveBurnerType PotType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (coolable ?o)
                            (objectType ?o PotType)
                            (receptacleType ?r ShelfType)
                            (isCool ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
