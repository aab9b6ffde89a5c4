(define (problem plan_trial_e60001)
(:domain alfred)
(:objects
        agent1 - agent
        EggType - otype
        ForkType - otype
        KettleType - otype
        LadleType - otype
        MugType - otype
        PepperShakerType - otype
        PlateType - otype
        SaltShakerType - otype
        SoapBottleType - otype
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
        Kettle_bar__minus_02_dot_62_bar__minus_00_dot_01_bar__plus_00_dot_71 - object
        Kettle_bar__plus_01_dot_73_bar__minus_01_dot_70_bar__minus_02_dot_09 - object
        Egg_bar__plus_02_dot_07_bar__plus_00_dot_07_bar__minus_00_dot_01 - object
        SoapBottle_bar__minus_01_dot_96_bar__plus_02_dot_24_bar__minus_00_dot_31 - object
        Plate_bar__minus_01_dot_96_bar__minus_02_dot_28_bar__plus_01_dot_70 - object
        Mug_bar__minus_02_dot_77_bar__plus_00_dot_90_bar__minus_02_dot_57 - object
        Ladle_bar__minus_02_dot_42_bar__plus_01_dot_86_bar__minus_01_dot_34 - object
        Fork_bar__minus_00_dot_25_bar__minus_02_dot_66_bar__plus_02_dot_19 - object
        SaltShaker_bar__minus_00_dot_61_bar__plus_01_dot_81_bar__minus_02_dot_03 - object
        SaltShaker_bar__plus_02_dot_60_bar__plus_00_dot_51_bar__plus_01_dot_11 - object
        PepperShaker_bar__plus_02_dot_19_bar__minus_00_dot_43_bar__minus_01_dot_18 - object
        PepperShaker_bar__minus_02_dot_06_bar__minus_00_dot_22_bar__minus_01_dot_61 - object
        Cabinet_bar__plus_00_dot_21_bar__plus_01_dot_54_bar__plus_01_dot_34 - receptacle
        Cabinet_bar__plus_00_dot_44_bar__minus_02_dot_76_bar__plus_01_dot_36 - receptacle
        Cabinet_bar__plus_02_dot_48_bar__minus_01_dot_42_bar__minus_01_dot_56 - receptacle
        Cabinet_bar__plus_01_dot_67_bar__plus_02_dot_70_bar__plus_00_dot_36 - receptacle
        Cabinet_bar__plus_00_dot_38_bar__minus_00_dot_67_bar__plus_02_dot_18 - receptacle
        Cabinet_bar__plus_00_dot_31_bar__plus_02_dot_53_bar__minus_01_dot_37 - receptacle
        CounterTop_bar__plus_01_dot_28_bar__minus_01_dot_05_bar__minus_00_dot_73 - receptacle
        Drawer_bar__minus_02_dot_42_bar__plus_00_dot_16_bar__plus_01_dot_30 - receptacle
        Drawer_bar__plus_01_dot_41_bar__minus_02_dot_28_bar__plus_00_dot_97 - receptacle
        Fridge_bar__plus_02_dot_18_bar__minus_02_dot_14_bar__plus_02_dot_58 - receptacle
        Microwave_bar__plus_02_dot_86_bar__minus_02_dot_21_bar__plus_01_dot_43 - receptacle
        Sink_bar__minus_00_dot_08_bar__minus_00_dot_68_bar__plus_00_dot_62_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_00_dot_13_bar__plus_00_dot_03_bar__plus_00_dot_90 - receptacle
        StoveBurner_bar__plus_02_dot_83_bar__minus_02_dot_45_bar__minus_00_dot_55 - receptacle
        StoveBurner_bar__minus_01_dot_30_bar__plus_00_dot_85_bar__plus_00_dot_48 - receptacle
        StoveBurner_bar__minus_02_dot_24_bar__minus_01_dot_61_bar__minus_00_dot_53 - receptacle
        GarbageCan_bar__plus_02_dot_89_bar__plus_02_dot_20_bar__minus_02_dot_37 - receptacle
        Shelf_bar__minus_02_dot_48_bar__minus_01_dot_76_bar__minus_02_dot_05 - receptacle
        Shelf_bar__plus_01_dot_92_bar__minus_01_dot_76_bar__minus_02_dot_67 - receptacle
        Toaster_bar__minus_00_dot_02_bar__plus_00_dot_97_bar__minus_00_dot_68 - receptacle
        loc_bar__minus_7_bar_1_bar_3_bar_0 - location
        loc_bar__minus_4_bar__minus_5_bar_0_bar__minus_30 - location
        loc_bar_7_bar_0_bar_0_bar_30 - location
        loc_bar_11_bar_8_bar_2_bar_15 - location
        loc_bar__minus_4_bar_0_bar_0_bar__minus_30 - location
        loc_bar__minus_12_bar__minus_2_bar_0_bar_60 - location
        loc_bar__minus_11_bar__minus_9_bar_3_bar__minus_30 - location
        loc_bar__minus_2_bar__minus_7_bar_2_bar__minus_30 - location
        loc_bar_12_bar__minus_8_bar_0_bar_0 - location
        loc_bar_7_bar_2_bar_0_bar_45 - location
        loc_bar_6_bar_4_bar_0_bar_45 - location
        loc_bar__minus_9_bar_10_bar_0_bar_60 - location
        loc_bar__minus_8_bar__minus_5_bar_3_bar_60 - location
        loc_bar_5_bar_4_bar_1_bar__minus_30 - location
        loc_bar__minus_9_bar_11_bar_1_bar__minus_30 - location
        loc_bar_6_bar_2_bar_2_bar_15 - location
        loc_bar__minus_7_bar__minus_12_bar_1_bar__minus_30 - location
        loc_bar__minus_2_bar__minus_1_bar_0_bar_60 - location
        loc_bar_5_bar__minus_12_bar_0_bar_15 - location
        loc_bar_11_bar__minus_1_bar_0_bar_60 - location
        loc_bar_6_bar__minus_8_bar_1_bar_15 - location
        )
(:init
        (atLocation agent1 loc_bar_6_bar__minus_8_bar_1_bar_15)
        (receptacleType Cabinet_bar__plus_00_dot_21_bar__plus_01_dot_54_bar__plus_01_dot_34 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_21_bar__plus_01_dot_54_bar__plus_01_dot_34 loc_bar__minus_7_bar_1_bar_3_bar_0)
        (openable Cabinet_bar__plus_00_dot_21_bar__plus_01_dot_54_bar__plus_01_dot_34)
        (receptacleType Cabinet_bar__plus_00_dot_44_bar__minus_02_dot_76_bar__plus_01_dot_36 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_44_bar__minus_02_dot_76_bar__plus_01_dot_36 loc_bar__minus_4_bar__minus_5_bar_0_bar__minus_30)
        (openable Cabinet_bar__plus_00_dot_44_bar__minus_02_dot_76_bar__plus_01_dot_36)
        (receptacleType Cabinet_bar__plus_02_dot_48_bar__minus_01_dot_42_bar__minus_01_dot_56 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_48_bar__minus_01_dot_42_bar__minus_01_dot_56 loc_bar_7_bar_0_bar_0_bar_30)
        (openable Cabinet_bar__plus_02_dot_48_bar__minus_01_dot_42_bar__minus_01_dot_56)
        (receptacleType Cabinet_bar__plus_01_dot_67_bar__plus_02_dot_70_bar__plus_00_dot_36 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_67_bar__plus_02_dot_70_bar__plus_00_dot_36 loc_bar_11_bar_8_bar_2_bar_15)
        (openable Cabinet_bar__plus_01_dot_67_bar__plus_02_dot_70_bar__plus_00_dot_36)
        (receptacleType Cabinet_bar__plus_00_dot_38_bar__minus_00_dot_67_bar__plus_02_dot_18 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_38_bar__minus_00_dot_67_bar__plus_02_dot_18 loc_bar__minus_4_bar_0_bar_0_bar__minus_30)
        (openable Cabinet_bar__plus_00_dot_38_bar__minus_00_dot_67_bar__plus_02_dot_18)
        (receptacleType Cabinet_bar__plus_00_dot_31_bar__plus_02_dot_53_bar__minus_01_dot_37 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_31_bar__plus_02_dot_53_bar__minus_01_dot_37 loc_bar__minus_12_bar__minus_2_bar_0_bar_60)
        (openable Cabinet_bar__plus_00_dot_31_bar__plus_02_dot_53_bar__minus_01_dot_37)
        (receptacleType CounterTop_bar__plus_01_dot_28_bar__minus_01_dot_05_bar__minus_00_dot_73 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_01_dot_28_bar__minus_01_dot_05_bar__minus_00_dot_73 loc_bar__minus_11_bar__minus_9_bar_3_bar__minus_30)
        (receptacleType Drawer_bar__minus_02_dot_42_bar__plus_00_dot_16_bar__plus_01_dot_30 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_02_dot_42_bar__plus_00_dot_16_bar__plus_01_dot_30 loc_bar__minus_2_bar__minus_7_bar_2_bar__minus_30)
        (openable Drawer_bar__minus_02_dot_42_bar__plus_00_dot_16_bar__plus_01_dot_30)
        (receptacleType Drawer_bar__plus_01_dot_41_bar__minus_02_dot_28_bar__plus_00_dot_97 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_41_bar__minus_02_dot_28_bar__plus_00_dot_97 loc_bar_12_bar__minus_8_bar_0_bar_0)
        (openable Drawer_bar__plus_01_dot_41_bar__minus_02_dot_28_bar__plus_00_dot_97)
        (receptacleType Fridge_bar__plus_02_dot_18_bar__minus_02_dot_14_bar__plus_02_dot_58 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_02_dot_18_bar__minus_02_dot_14_bar__plus_02_dot_58 loc_bar_7_bar_2_bar_0_bar_45)
        (openable Fridge_bar__plus_02_dot_18_bar__minus_02_dot_14_bar__plus_02_dot_58)
        (receptacleType Microwave_bar__plus_02_dot_86_bar__minus_02_dot_21_bar__plus_01_dot_43 MicrowaveType)
        (receptacleAtLocation Microwave_bar__plus_02_dot_86_bar__minus_02_dot_21_bar__plus_01_dot_43 loc_bar_6_bar_4_bar_0_bar_45)
        (openable Microwave_bar__plus_02_dot_86_bar__minus_02_dot_21_bar__plus_01_dot_43)
        (receptacleType Sink_bar__minus_00_dot_08_bar__minus_00_dot_68_bar__plus_00_dot_62_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_00_dot_08_bar__minus_00_dot_68_bar__plus_00_dot_62_bar_SinkBasin loc_bar__minus_9_bar_10_bar_0_bar_60)
        (receptacleType StoveBurner_bar__minus_00_dot_13_bar__plus_00_dot_03_bar__plus_00_dot_90 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_00_dot_13_bar__plus_00_dot_03_bar__plus_00_dot_90 loc_bar__minus_8_bar__minus_5_bar_3_bar_60)
        (receptacleType StoveBurner_bar__plus_02_dot_83_bar__minus_02_dot_45_bar__minus_00_dot_55 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_02_dot_83_bar__minus_02_dot_45_bar__minus_00_dot_55 loc_bar_5_bar_4_bar_1_bar__minus_30)
        (receptacleType StoveBurner_bar__minus_01_dot_30_bar__plus_00_dot_85_bar__plus_00_dot_48 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_01_dot_30_bar__plus_00_dot_85_bar__plus_00_dot_48 loc_bar__minus_9_bar_11_bar_1_bar__minus_30)
        (receptacleType StoveBurner_bar__minus_02_dot_24_bar__minus_01_dot_61_bar__minus_00_dot_53 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_02_dot_24_bar__minus_01_dot_61_bar__minus_00_dot_53 loc_bar_6_bar_2_bar_2_bar_15)
        (receptacleType GarbageCan_bar__plus_02_dot_89_bar__plus_02_dot_20_bar__minus_02_dot_37 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_02_dot_89_bar__plus_02_dot_20_bar__minus_02_dot_37 loc_bar__minus_7_bar__minus_12_bar_1_bar__minus_30)
        (receptacleType Shelf_bar__minus_02_dot_48_bar__minus_01_dot_76_bar__minus_02_dot_05 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_02_dot_48_bar__minus_01_dot_76_bar__minus_02_dot_05 loc_bar__minus_2_bar__minus_1_bar_0_bar_60)
        (receptacleType Shelf_bar__plus_01_dot_92_bar__minus_01_dot_76_bar__minus_02_dot_67 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_01_dot_92_bar__minus_01_dot_76_bar__minus_02_dot_67 loc_bar_5_bar__minus_12_bar_0_bar_15)
        (receptacleType Toaster_bar__minus_00_dot_02_bar__plus_00_dot_97_bar__minus_00_dot_68 ToasterType)
        (receptacleAtLocation Toaster_bar__minus_00_dot_02_bar__plus_00_dot_97_bar__minus_00_dot_68 loc_bar_11_bar__minus_1_bar_0_bar_60)
        (objectType Kettle_bar__minus_02_dot_62_bar__minus_00_dot_01_bar__plus_00_dot_71 KettleType)
        (inReceptacle Kettle_bar__minus_02_dot_62_bar__minus_00_dot_01_bar__plus_00_dot_71 Cabinet_bar__plus_00_dot_31_bar__plus_02_dot_53_bar__minus_01_dot_37)
        (objectAtLocation Kettle_bar__minus_02_dot_62_bar__minus_00_dot_01_bar__plus_00_dot_71 loc_bar__minus_12_bar__minus_2_bar_0_bar_60)
        (pickupable Kettle_bar__minus_02_dot_62_bar__minus_00_dot_01_bar__plus_00_dot_71)
        (cleanable Kettle_bar__minus_02_dot_62_bar__minus_00_dot_01_bar__plus_00_dot_71)
        (objectType Kettle_bar__plus_01_dot_73_bar__minus_01_dot_70_bar__minus_02_dot_09 KettleType)
        (inReceptacle Kettle_bar__plus_01_dot_73_bar__minus_01_dot_70_bar__minus_02_dot_09 Shelf_bar__plus_01_dot_92_bar__minus_01_dot_76_bar__minus_02_dot_67)
        (objectAtLocation Kettle_bar__plus_01_dot_73_bar__minus_01_dot_70_bar__minus_02_dot_09 loc_bar_5_bar__minus_12_bar_0_bar_15)
        (pickupable Kettle_bar__plus_01_dot_73_bar__minus_01_dot_70_bar__minus_02_dot_09)
        (cleanable Kettle_bar__plus_01_dot_73_bar__minus_01_dot_70_bar__minus_02_dot_09)
        (objectType Egg_bar__plus_02_dot_07_bar__plus_00_dot_07_bar__minus_00_dot_01 EggType)
        (inReceptacle Egg_bar__plus_02_dot_07_bar__plus_00_dot_07_bar__minus_00_dot_01 Fridge_bar__plus_02_dot_18_bar__minus_02_dot_14_bar__plus_02_dot_58)
        (objectAtLocation Egg_bar__plus_02_dot_07_bar__plus_00_dot_07_bar__minus_00_dot_01 loc_bar_7_bar_2_bar_0_bar_45)
        (pickupable Egg_bar__plus_02_dot_07_bar__plus_00_dot_07_bar__minus_00_dot_01)
        (cleanable Egg_bar__plus_02_dot_07_bar__plus_00_dot_07_bar__minus_00_dot_01)
        (heatable Egg_bar__plus_02_dot_07_bar__plus_00_dot_07_bar__minus_00_dot_01)
        (coolable Egg_bar__plus_02_dot_07_bar__plus_00_dot_07_bar__minus_00_dot_01)
        (objectType SoapBottle_bar__minus_01_dot_96_bar__plus_02_dot_24_bar__minus_00_dot_31 SoapBottleType)
        (inReceptacle SoapBottle_bar__minus_01_dot_96_bar__plus_02_dot_24_bar__minus_00_dot_31 Shelf_bar__plus_01_dot_92_bar__minus_01_dot_76_bar__minus_02_dot_67)
        (objectAtLocation SoapBottle_bar__minus_01_dot_96_bar__plus_02_dot_24_bar__minus_00_dot_31 loc_bar_5_bar__minus_12_bar_0_bar_15)
        (pickupable SoapBottle_bar__minus_01_dot_96_bar__plus_02_dot_24_bar__minus_00_dot_31)
        (objectType Plate_bar__minus_01_dot_96_bar__minus_02_dot_28_bar__plus_01_dot_70 PlateType)
        (inReceptacle Plate_bar__minus_01_dot_96_bar__minus_02_dot_28_bar__plus_01_dot_70 CounterTop_bar__plus_01_dot_28_bar__minus_01_dot_05_bar__minus_00_dot_73)
        (objectAtLocation Plate_bar__minus_01_dot_96_bar__minus_02_dot_28_bar__plus_01_dot_70 loc_bar__minus_11_bar__minus_9_bar_3_bar__minus_30)
        (pickupable Plate_bar__minus_01_dot_96_bar__minus_02_dot_28_bar__plus_01_dot_70)
        (cleanable Plate_bar__minus_01_dot_96_bar__minus_02_dot_28_bar__plus_01_dot_70)
        (heatable Plate_bar__minus_01_dot_96_bar__minus_02_dot_28_bar__plus_01_dot_70)
        (coolable Plate_bar__minus_01_dot_96_bar__minus_02_dot_28_bar__plus_01_dot_70)
        (isReceptacleObject Plate_bar__minus_01_dot_96_bar__minus_02_dot_28_bar__plus_01_dot_70)
        (objectType Mug_bar__minus_02_dot_77_bar__plus_00_dot_90_bar__minus_02_dot_57 MugType)
        (inReceptacle Mug_bar__minus_02_dot_77_bar__plus_00_dot_90_bar__minus_02_dot_57 Sink_bar__minus_00_dot_08_bar__minus_00_dot_68_bar__plus_00_dot_62_bar_SinkBasin)
        (objectAtLocation Mug_bar__minus_02_dot_77_bar__plus_00_dot_90_bar__minus_02_dot_57 loc_bar__minus_9_bar_10_bar_0_bar_60)
        (pickupable Mug_bar__minus_02_dot_77_bar__plus_00_dot_90_bar__minus_02_dot_57)
        (cleanable Mug_bar__minus_02_dot_77_bar__plus_00_dot_90_bar__minus_02_dot_57)
        (heatable Mug_bar__minus_02_dot_77_bar__plus_00_dot_90_bar__minus_02_dot_57)
        (coolable Mug_bar__minus_02_dot_77_bar__plus_00_dot_90_bar__minus_02_dot_57)
        (isReceptacleObject Mug_bar__minus_02_dot_77_bar__plus_00_dot_90_bar__minus_02_dot_57)
        (objectType Ladle_bar__minus_02_dot_42_bar__plus_01_dot_86_bar__minus_01_dot_34 LadleType)
        (inReceptacle Ladle_bar__minus_02_dot_42_bar__plus_01_dot_86_bar__minus_01_dot_34 Sink_bar__minus_00_dot_08_bar__minus_00_dot_68_bar__plus_00_dot_62_bar_SinkBasin)
        (objectAtLocation Ladle_bar__minus_02_dot_42_bar__plus_01_dot_86_bar__minus_01_dot_34 loc_bar__minus_9_bar_10_bar_0_bar_60)
        (pickupable Ladle_bar__minus_02_dot_42_bar__plus_01_dot_86_bar__minus_01_dot_34)
        (cleanable Ladle_bar__minus_02_dot_42_bar__plus_01_dot_86_bar__minus_01_dot_34)
        (objectType Fork_bar__minus_00_dot_25_bar__minus_02_dot_66_bar__plus_02_dot_19 ForkType)
        (inReceptacle Fork_bar__minus_00_dot_25_bar__minus_02_dot_66_bar__plus_02_dot_19 CounterTop_bar__plus_01_dot_28_bar__minus_01_dot_05_bar__minus_00_dot_73)
        (objectAtLocation Fork_bar__minus_00_dot_25_bar__minus_02_dot_66_bar__plus_02_dot_19 loc_bar__minus_11_bar__minus_9_bar_3_bar__minus_30)
        (pickupable Fork_bar__minus_00_dot_25_bar__minus_02_dot_66_bar__plus_02_dot_19)
        (cleanable Fork_bar__minus_00_dot_25_bar__minus_02_dot_66_bar__plus_02_dot_19)
        (objectType SaltShaker_bar__minus_00_dot_61_bar__plus_01_dot_81_bar__minus_02_dot_03 SaltShakerType)
        (inReceptacle SaltShaker_bar__minus_00_dot_61_bar__plus_01_dot_81_bar__minus_02_dot_03 Cabinet_bar__plus_01_dot_67_bar__plus_02_dot_70_bar__plus_00_dot_36)
        (objectAtLocation SaltShaker_bar__minus_00_dot_61_bar__plus_01_dot_81_bar__minus_02_dot_03 loc_bar_11_bar_8_bar_2_bar_15)
        (pickupable SaltShaker_bar__minus_00_dot_61_bar__plus_01_dot_81_bar__minus_02_dot_03)
        (objectType SaltShaker_bar__plus_02_dot_60_bar__plus_00_dot_51_bar__plus_01_dot_11 SaltShakerType)
        (inReceptacle SaltShaker_bar__plus_02_dot_60_bar__plus_00_dot_51_bar__plus_01_dot_11 Shelf_bar__plus_01_dot_92_bar__minus_01_dot_76_bar__minus_02_dot_67)
        (objectAtLocation SaltShaker_bar__plus_02_dot_60_bar__plus_00_dot_51_bar__plus_01_dot_11 loc_bar_5_bar__minus_12_bar_0_bar_15)
        (pickupable SaltShaker_bar__plus_02_dot_60_bar__plus_00_dot_51_bar__plus_01_dot_11)
        (objectType PepperShaker_bar__plus_02_dot_19_bar__minus_00_dot_43_bar__minus_01_dot_18 PepperShakerType)
        (inReceptacle PepperShaker_bar__plus_02_dot_19_bar__minus_00_dot_43_bar__minus_01_dot_18 Drawer_bar__plus_01_dot_41_bar__minus_02_dot_28_bar__plus_00_dot_97)
        (objectAtLocation PepperShaker_bar__plus_02_dot_19_bar__minus_00_dot_43_bar__minus_01_dot_18 loc_bar_12_bar__minus_8_bar_0_bar_0)
        (pickupable PepperShaker_bar__plus_02_dot_19_bar__minus_00_dot_43_bar__minus_01_dot_18)
        (objectType PepperShaker_bar__minus_02_dot_06_bar__minus_00_dot_22_bar__minus_01_dot_61 PepperShakerType)
        (inReceptacle PepperShaker_bar__minus_02_dot_06_bar__minus_00_dot_22_bar__minus_01_dot_61 CounterTop_bar__plus_01_dot_28_bar__minus_01_dot_05_bar__minus_00_dot_73)
        (objectAtLocation PepperShaker_bar__minus_02_dot_06_bar__minus_00_dot_22_bar__minus_01_dot_61 loc_bar__minus_11_bar__minus_9_bar_3_bar__minus_30)
        (pickupable PepperShaker_bar__minus_02_dot_06_bar__minus_00_dot_22_bar__minus_01_dot_61)
        (canContain CabinetType KettleType)
        (canContain CabinetType LadleType)
        (canContain CabinetType MugType)
        (canContain CabinetType PepperShakerType)
        (canContain CabinetType PlateType)
        (canContain CabinetType SaltShakerType)
        (canContain CabinetType SoapBottleType)
        (canContain CounterTopType EggType)
        (canContain CounterTopType ForkType)
        (canContain CounterTopType KettleType)
        (canContain CounterTopType LadleType)
        (canContain CounterTopType MugType)
        (canContain CounterTopType PepperShakerType)
        (canContain CounterTopType PlateType)
        (canContain CounterTopType SaltShakerType)
        (canContain CounterTopType SoapBottleType)
        (canContain DrawerType ForkType)
        (canContain DrawerType LadleType)
        (canContain DrawerType PepperShakerType)
        (canContain DrawerType SaltShakerType)
        (canContain DrawerType SoapBottleType)
        (canContain FridgeType EggType)
        (canContain FridgeType MugType)
        (canContain FridgeType PlateType)
        (canContain GarbageCanType EggType)
        (canContain GarbageCanType SoapBottleType)
        (canContain MicrowaveType EggType)
        (canContain MicrowaveType MugType)
        (canContain MicrowaveType PlateType)
        (canContain ShelfType KettleType)
        (canContain ShelfType MugType)
        (canContain ShelfType PepperShakerType)
        (canContain ShelfType PlateType)
        (canContain ShelfType SaltShakerType)
        (canContain ShelfType SoapBottleType)
        (canContain SinkBasinType EggType)
        (canContain SinkBasinType ForkType)
        (canContain SinkBasinType KettleType)
        (canContain SinkBasinType LadleType)
        (canContain SinkBasinType MugType)
        (canContain SinkBasinType PlateType)
        (canContain StoveBurnerType KettleType)
        )
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 KettleType)
                                    (receptacleType ?r SinkBasinType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 KettleType)
                                            (receptacleType ?r SinkBasinType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
