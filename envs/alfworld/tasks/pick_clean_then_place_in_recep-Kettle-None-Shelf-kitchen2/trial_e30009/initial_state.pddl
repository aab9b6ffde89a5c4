(define (problem plan_trial_e30009)
(:domain alfred)
(:objects
        agent1 - agent
        BowlType - otype
        ButterKnifeType - otype
        EggType - otype
        KettleType - otype
        PanType - otype
        PlateType - otype
        PotatoType - otype
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
        Kettle_bar__plus_00_dot_45_bar__minus_02_dot_90_bar__plus_02_dot_46 - object
        Kettle_bar__plus_02_dot_87_bar__plus_02_dot_50_bar__minus_00_dot_90 - object
        ButterKnife_bar__plus_02_dot_32_bar__minus_01_dot_90_bar__plus_02_dot_80 - object
        Pan_bar__plus_02_dot_12_bar__plus_01_dot_95_bar__minus_00_dot_78 - object
        Bowl_bar__minus_00_dot_53_bar__plus_01_dot_78_bar__minus_01_dot_46 - object
        SoapBottle_bar__minus_00_dot_60_bar__minus_00_dot_47_bar__minus_01_dot_36 - object
        SoapBottle_bar__plus_02_dot_46_bar__minus_01_dot_57_bar__plus_00_dot_35 - object
        Plate_bar__plus_01_dot_29_bar__plus_00_dot_43_bar__minus_00_dot_75 - object
        Plate_bar__plus_00_dot_01_bar__plus_02_dot_44_bar__plus_00_dot_86 - object
        Egg_bar__minus_01_dot_10_bar__minus_02_dot_70_bar__plus_01_dot_65 - object
        Potato_bar__plus_01_dot_92_bar__minus_02_dot_14_bar__minus_00_dot_14 - object
        Potato_bar__minus_00_dot_78_bar__plus_01_dot_48_bar__plus_02_dot_50 - object
        Cabinet_bar__plus_02_dot_62_bar__plus_00_dot_31_bar__plus_00_dot_33 - receptacle
        Cabinet_bar__plus_02_dot_73_bar__minus_01_dot_15_bar__minus_02_dot_45 - receptacle
        Cabinet_bar__plus_01_dot_16_bar__minus_02_dot_27_bar__minus_01_dot_00 - receptacle
        Cabinet_bar__plus_02_dot_18_bar__minus_00_dot_34_bar__plus_00_dot_15 - receptacle
        Cabinet_bar__minus_01_dot_10_bar__minus_02_dot_06_bar__minus_01_dot_38 - receptacle
        Cabinet_bar__minus_00_dot_78_bar__plus_01_dot_73_bar__minus_01_dot_84 - receptacle
        CounterTop_bar__plus_00_dot_66_bar__plus_00_dot_90_bar__minus_02_dot_81 - receptacle
        Drawer_bar__plus_01_dot_07_bar__plus_01_dot_98_bar__plus_02_dot_33 - receptacle
        Drawer_bar__minus_02_dot_16_bar__minus_00_dot_48_bar__plus_02_dot_52 - receptacle
        Fridge_bar__minus_02_dot_22_bar__minus_01_dot_34_bar__plus_02_dot_37 - receptacle
        Microwave_bar__minus_01_dot_97_bar__minus_00_dot_17_bar__minus_02_dot_18 - receptacle
        Sink_bar__minus_02_dot_60_bar__plus_00_dot_07_bar__plus_02_dot_68_bar_SinkBasin - receptacle
        StoveBurner_bar__plus_00_dot_12_bar__minus_02_dot_17_bar__plus_01_dot_83 - receptacle
        StoveBurner_bar__minus_02_dot_93_bar__minus_01_dot_72_bar__plus_00_dot_54 - receptacle
        StoveBurner_bar__minus_02_dot_18_bar__minus_01_dot_15_bar__plus_00_dot_97 - receptacle
        StoveBurner_bar__minus_01_dot_78_bar__minus_00_dot_77_bar__minus_02_dot_23 - receptacle
        GarbageCan_bar__minus_00_dot_65_bar__plus_02_dot_49_bar__plus_01_dot_20 - receptacle
        Shelf_bar__plus_00_dot_21_bar__minus_02_dot_89_bar__plus_00_dot_60 - receptacle
        Shelf_bar__minus_00_dot_11_bar__plus_02_dot_55_bar__minus_01_dot_22 - receptacle
        Toaster_bar__plus_00_dot_36_bar__plus_01_dot_86_bar__plus_02_dot_26 - receptacle
        loc_bar_2_bar_12_bar_3_bar_15 - location
        loc_bar_4_bar__minus_5_bar_1_bar_45 - location
        loc_bar_6_bar_0_bar_3_bar_60 - location
        loc_bar_10_bar__minus_4_bar_1_bar_15 - location
        loc_bar_8_bar__minus_7_bar_0_bar_45 - location
        loc_bar_11_bar__minus_12_bar_1_bar_30 - location
        loc_bar_0_bar_4_bar_2_bar__minus_30 - location
        loc_bar__minus_12_bar_8_bar_1_bar_0 - location
        loc_bar_6_bar_12_bar_1_bar_30 - location
        loc_bar_7_bar_3_bar_1_bar_45 - location
        loc_bar__minus_5_bar_1_bar_1_bar_15 - location
        loc_bar__minus_1_bar__minus_1_bar_3_bar_0 - location
        loc_bar_4_bar_1_bar_0_bar_0 - location
        loc_bar__minus_9_bar__minus_5_bar_1_bar_45 - location
        loc_bar_8_bar_8_bar_0_bar_60 - location
        loc_bar_5_bar__minus_4_bar_3_bar_60 - location
        loc_bar_7_bar_1_bar_2_bar_60 - location
        loc_bar_12_bar_9_bar_0_bar__minus_30 - location
        loc_bar__minus_9_bar_6_bar_2_bar__minus_30 - location
        loc_bar_0_bar_10_bar_1_bar_45 - location
        loc_bar_4_bar__minus_9_bar_3_bar_0 - location
        )
(:init
        (atLocation agent1 loc_bar_4_bar__minus_9_bar_3_bar_0)
        (receptacleType Cabinet_bar__plus_02_dot_62_bar__plus_00_dot_31_bar__plus_00_dot_33 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_62_bar__plus_00_dot_31_bar__plus_00_dot_33 loc_bar_2_bar_12_bar_3_bar_15)
        (openable Cabinet_bar__plus_02_dot_62_bar__plus_00_dot_31_bar__plus_00_dot_33)
        (receptacleType Cabinet_bar__plus_02_dot_73_bar__minus_01_dot_15_bar__minus_02_dot_45 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_73_bar__minus_01_dot_15_bar__minus_02_dot_45 loc_bar_4_bar__minus_5_bar_1_bar_45)
        (openable Cabinet_bar__plus_02_dot_73_bar__minus_01_dot_15_bar__minus_02_dot_45)
        (receptacleType Cabinet_bar__plus_01_dot_16_bar__minus_02_dot_27_bar__minus_01_dot_00 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_16_bar__minus_02_dot_27_bar__minus_01_dot_00 loc_bar_6_bar_0_bar_3_bar_60)
        (openable Cabinet_bar__plus_01_dot_16_bar__minus_02_dot_27_bar__minus_01_dot_00)
        (receptacleType Cabinet_bar__plus_02_dot_18_bar__minus_00_dot_34_bar__plus_00_dot_15 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_18_bar__minus_00_dot_34_bar__plus_00_dot_15 loc_bar_10_bar__minus_4_bar_1_bar_15)
        (openable Cabinet_bar__plus_02_dot_18_bar__minus_00_dot_34_bar__plus_00_dot_15)
        (receptacleType Cabinet_bar__minus_01_dot_10_bar__minus_02_dot_06_bar__minus_01_dot_38 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_10_bar__minus_02_dot_06_bar__minus_01_dot_38 loc_bar_8_bar__minus_7_bar_0_bar_45)
        (openable Cabinet_bar__minus_01_dot_10_bar__minus_02_dot_06_bar__minus_01_dot_38)
        (receptacleType Cabinet_bar__minus_00_dot_78_bar__plus_01_dot_73_bar__minus_01_dot_84 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_78_bar__plus_01_dot_73_bar__minus_01_dot_84 loc_bar_11_bar__minus_12_bar_1_bar_30)
        (openable Cabinet_bar__minus_00_dot_78_bar__plus_01_dot_73_bar__minus_01_dot_84)
        (receptacleType CounterTop_bar__plus_00_dot_66_bar__plus_00_dot_90_bar__minus_02_dot_81 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_00_dot_66_bar__plus_00_dot_90_bar__minus_02_dot_81 loc_bar_0_bar_4_bar_2_bar__minus_30)
        (receptacleType Drawer_bar__plus_01_dot_07_bar__plus_01_dot_98_bar__plus_02_dot_33 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_07_bar__plus_01_dot_98_bar__plus_02_dot_33 loc_bar__minus_12_bar_8_bar_1_bar_0)
        (openable Drawer_bar__plus_01_dot_07_bar__plus_01_dot_98_bar__plus_02_dot_33)
        (receptacleType Drawer_bar__minus_02_dot_16_bar__minus_00_dot_48_bar__plus_02_dot_52 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_02_dot_16_bar__minus_00_dot_48_bar__plus_02_dot_52 loc_bar_6_bar_12_bar_1_bar_30)
        (openable Drawer_bar__minus_02_dot_16_bar__minus_00_dot_48_bar__plus_02_dot_52)
        (receptacleType Fridge_bar__minus_02_dot_22_bar__minus_01_dot_34_bar__plus_02_dot_37 FridgeType)
        (receptacleAtLocation Fridge_bar__minus_02_dot_22_bar__minus_01_dot_34_bar__plus_02_dot_37 loc_bar_7_bar_3_bar_1_bar_45)
        (openable Fridge_bar__minus_02_dot_22_bar__minus_01_dot_34_bar__plus_02_dot_37)
        (receptacleType Microwave_bar__minus_01_dot_97_bar__minus_00_dot_17_bar__minus_02_dot_18 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_01_dot_97_bar__minus_00_dot_17_bar__minus_02_dot_18 loc_bar__minus_5_bar_1_bar_1_bar_15)
        (openable Microwave_bar__minus_01_dot_97_bar__minus_00_dot_17_bar__minus_02_dot_18)
        (receptacleType Sink_bar__minus_02_dot_60_bar__plus_00_dot_07_bar__plus_02_dot_68_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_02_dot_60_bar__plus_00_dot_07_bar__plus_02_dot_68_bar_SinkBasin loc_bar__minus_1_bar__minus_1_bar_3_bar_0)
        (receptacleType StoveBurner_bar__plus_00_dot_12_bar__minus_02_dot_17_bar__plus_01_dot_83 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_00_dot_12_bar__minus_02_dot_17_bar__plus_01_dot_83 loc_bar_4_bar_1_bar_0_bar_0)
        (receptacleType StoveBurner_bar__minus_02_dot_93_bar__minus_01_dot_72_bar__plus_00_dot_54 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_02_dot_93_bar__minus_01_dot_72_bar__plus_00_dot_54 loc_bar__minus_9_bar__minus_5_bar_1_bar_45)
        (receptacleType StoveBurner_bar__minus_02_dot_18_bar__minus_01_dot_15_bar__plus_00_dot_97 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_02_dot_18_bar__minus_01_dot_15_bar__plus_00_dot_97 loc_bar_8_bar_8_bar_0_bar_60)
        (receptacleType StoveBurner_bar__minus_01_dot_78_bar__minus_00_dot_77_bar__minus_02_dot_23 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_01_dot_78_bar__minus_00_dot_77_bar__minus_02_dot_23 loc_bar_5_bar__minus_4_bar_3_bar_60)
        (receptacleType GarbageCan_bar__minus_00_dot_65_bar__plus_02_dot_49_bar__plus_01_dot_20 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_00_dot_65_bar__plus_02_dot_49_bar__plus_01_dot_20 loc_bar_7_bar_1_bar_2_bar_60)
        (receptacleType Shelf_bar__plus_00_dot_21_bar__minus_02_dot_89_bar__plus_00_dot_60 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_00_dot_21_bar__minus_02_dot_89_bar__plus_00_dot_60 loc_bar_12_bar_9_bar_0_bar__minus_30)
        (receptacleType Shelf_bar__minus_00_dot_11_bar__plus_02_dot_55_bar__minus_01_dot_22 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_00_dot_11_bar__plus_02_dot_55_bar__minus_01_dot_22 loc_bar__minus_9_bar_6_bar_2_bar__minus_30)
        (receptacleType Toaster_bar__plus_00_dot_36_bar__plus_01_dot_86_bar__plus_02_dot_26 ToasterType)
        (receptacleAtLocation Toaster_bar__plus_00_dot_36_bar__plus_01_dot_86_bar__plus_02_dot_26 loc_bar_0_bar_10_bar_1_bar_45)
        (objectType Kettle_bar__plus_00_dot_45_bar__minus_02_dot_90_bar__plus_02_dot_46 KettleType)
        (inReceptacle Kettle_bar__plus_00_dot_45_bar__minus_02_dot_90_bar__plus_02_dot_46 CounterTop_bar__plus_00_dot_66_bar__plus_00_dot_90_bar__minus_02_dot_81)
        (objectAtLocation Kettle_bar__plus_00_dot_45_bar__minus_02_dot_90_bar__plus_02_dot_46 loc_bar_0_bar_4_bar_2_bar__minus_30)
        (pickupable Kettle_bar__plus_00_dot_45_bar__minus_02_dot_90_bar__plus_02_dot_46)
        (cleanable Kettle_bar__plus_00_dot_45_bar__minus_02_dot_90_bar__plus_02_dot_46)
        (objectType Kettle_bar__plus_02_dot_87_bar__plus_02_dot_50_bar__minus_00_dot_90 KettleType)
        (inReceptacle Kettle_bar__plus_02_dot_87_bar__plus_02_dot_50_bar__minus_00_dot_90 Sink_bar__minus_02_dot_60_bar__plus_00_dot_07_bar__plus_02_dot_68_bar_SinkBasin)
        (objectAtLocation Kettle_bar__plus_02_dot_87_bar__plus_02_dot_50_bar__minus_00_dot_90 loc_bar__minus_1_bar__minus_1_bar_3_bar_0)
        (pickupable Kettle_bar__plus_02_dot_87_bar__plus_02_dot_50_bar__minus_00_dot_90)
        (cleanable Kettle_bar__plus_02_dot_87_bar__plus_02_dot_50_bar__minus_00_dot_90)
        (objectType ButterKnife_bar__plus_02_dot_32_bar__minus_01_dot_90_bar__plus_02_dot_80 ButterKnifeType)
        (inReceptacle ButterKnife_bar__plus_02_dot_32_bar__minus_01_dot_90_bar__plus_02_dot_80 CounterTop_bar__plus_00_dot_66_bar__plus_00_dot_90_bar__minus_02_dot_81)
        (objectAtLocation ButterKnife_bar__plus_02_dot_32_bar__minus_01_dot_90_bar__plus_02_dot_80 loc_bar_0_bar_4_bar_2_bar__minus_30)
        (pickupable ButterKnife_bar__plus_02_dot_32_bar__minus_01_dot_90_bar__plus_02_dot_80)
        (cleanable ButterKnife_bar__plus_02_dot_32_bar__minus_01_dot_90_bar__plus_02_dot_80)
        (objectType Pan_bar__plus_02_dot_12_bar__plus_01_dot_95_bar__minus_00_dot_78 PanType)
        (inReceptacle Pan_bar__plus_02_dot_12_bar__plus_01_dot_95_bar__minus_00_dot_78 Fridge_bar__minus_02_dot_22_bar__minus_01_dot_34_bar__plus_02_dot_37)
        (objectAtLocation Pan_bar__plus_02_dot_12_bar__plus_01_dot_95_bar__minus_00_dot_78 loc_bar_7_bar_3_bar_1_bar_45)
        (pickupable Pan_bar__plus_02_dot_12_bar__plus_01_dot_95_bar__minus_00_dot_78)
        (cleanable Pan_bar__plus_02_dot_12_bar__plus_01_dot_95_bar__minus_00_dot_78)
        (coolable Pan_bar__plus_02_dot_12_bar__plus_01_dot_95_bar__minus_00_dot_78)
        (isReceptacleObject Pan_bar__plus_02_dot_12_bar__plus_01_dot_95_bar__minus_00_dot_78)
        (objectType Bowl_bar__minus_00_dot_53_bar__plus_01_dot_78_bar__minus_01_dot_46 BowlType)
        (inReceptacle Bowl_bar__minus_00_dot_53_bar__plus_01_dot_78_bar__minus_01_dot_46 Sink_bar__minus_02_dot_60_bar__plus_00_dot_07_bar__plus_02_dot_68_bar_SinkBasin)
        (objectAtLocation Bowl_bar__minus_00_dot_53_bar__plus_01_dot_78_bar__minus_01_dot_46 loc_bar__minus_1_bar__minus_1_bar_3_bar_0)
        (pickupable Bowl_bar__minus_00_dot_53_bar__plus_01_dot_78_bar__minus_01_dot_46)
        (cleanable Bowl_bar__minus_00_dot_53_bar__plus_01_dot_78_bar__minus_01_dot_46)
        (coolable Bowl_bar__minus_00_dot_53_bar__plus_01_dot_78_bar__minus_01_dot_46)
        (isReceptacleObject Bowl_bar__minus_00_dot_53_bar__plus_01_dot_78_bar__minus_01_dot_46)
        (objectType SoapBottle_bar__minus_00_dot_60_bar__minus_00_dot_47_bar__minus_01_dot_36 SoapBottleType)
        (inReceptacle SoapBottle_bar__minus_00_dot_60_bar__minus_00_dot_47_bar__minus_01_dot_36 Cabinet_bar__minus_01_dot_10_bar__minus_02_dot_06_bar__minus_01_dot_38)
        (objectAtLocation SoapBottle_bar__minus_00_dot_60_bar__minus_00_dot_47_bar__minus_01_dot_36 loc_bar_8_bar__minus_7_bar_0_bar_45)
        (pickupable SoapBottle_bar__minus_00_dot_60_bar__minus_00_dot_47_bar__minus_01_dot_36)
        (objectType SoapBottle_bar__plus_02_dot_46_bar__minus_01_dot_57_bar__plus_00_dot_35 SoapBottleType)
        (inReceptacle SoapBottle_bar__plus_02_dot_46_bar__minus_01_dot_57_bar__plus_00_dot_35 Cabinet_bar__minus_00_dot_78_bar__plus_01_dot_73_bar__minus_01_dot_84)
        (objectAtLocation SoapBottle_bar__plus_02_dot_46_bar__minus_01_dot_57_bar__plus_00_dot_35 loc_bar_11_bar__minus_12_bar_1_bar_30)
        (pickupable SoapBottle_bar__plus_02_dot_46_bar__minus_01_dot_57_bar__plus_00_dot_35)
        (objectType Plate_bar__plus_01_dot_29_bar__plus_00_dot_43_bar__minus_00_dot_75 PlateType)
        (inReceptacle Plate_bar__plus_01_dot_29_bar__plus_00_dot_43_bar__minus_00_dot_75 CounterTop_bar__plus_00_dot_66_bar__plus_00_dot_90_bar__minus_02_dot_81)
        (objectAtLocation Plate_bar__plus_01_dot_29_bar__plus_00_dot_43_bar__minus_00_dot_75 loc_bar_0_bar_4_bar_2_bar__minus_30)
        (pickupable Plate_bar__plus_01_dot_29_bar__plus_00_dot_43_bar__minus_00_dot_75)
        (cleanable Plate_bar__plus_01_dot_29_bar__plus_00_dot_43_bar__minus_00_dot_75)
        (heatable Plate_bar__plus_01_dot_29_bar__plus_00_dot_43_bar__minus_00_dot_75)
        (coolable Plate_bar__plus_01_dot_29_bar__plus_00_dot_43_bar__minus_00_dot_75)
        (isReceptacleObject Plate_bar__plus_01_dot_29_bar__plus_00_dot_43_bar__minus_00_dot_75)
        (objectType Plate_bar__plus_00_dot_01_bar__plus_02_dot_44_bar__plus_00_dot_86 PlateType)
        (inReceptacle Plate_bar__plus_00_dot_01_bar__plus_02_dot_44_bar__plus_00_dot_86 Fridge_bar__minus_02_dot_22_bar__minus_01_dot_34_bar__plus_02_dot_37)
        (objectAtLocation Plate_bar__plus_00_dot_01_bar__plus_02_dot_44_bar__plus_00_dot_86 loc_bar_7_bar_3_bar_1_bar_45)
        (pickupable Plate_bar__plus_00_dot_01_bar__plus_02_dot_44_bar__plus_00_dot_86)
        (cleanable Plate_bar__plus_00_dot_01_bar__plus_02_dot_44_bar__plus_00_dot_86)
        (heatable Plate_bar__plus_00_dot_01_bar__plus_02_dot_44_bar__plus_00_dot_86)
        (coolable Plate_bar__plus_00_dot_01_bar__plus_02_dot_44_bar__plus_00_dot_86)
        (isReceptacleObject Plate_bar__plus_00_dot_01_bar__plus_02_dot_44_bar__plus_00_dot_86)
        (objectType Egg_bar__minus_01_dot_10_bar__minus_02_dot_70_bar__plus_01_dot_65 EggType)
        (inReceptacle Egg_bar__minus_01_dot_10_bar__minus_02_dot_70_bar__plus_01_dot_65 Sink_bar__minus_02_dot_60_bar__plus_00_dot_07_bar__plus_02_dot_68_bar_SinkBasin)
        (objectAtLocation Egg_bar__minus_01_dot_10_bar__minus_02_dot_70_bar__plus_01_dot_65 loc_bar__minus_1_bar__minus_1_bar_3_bar_0)
        (pickupable Egg_bar__minus_01_dot_10_bar__minus_02_dot_70_bar__plus_01_dot_65)
        (cleanable Egg_bar__minus_01_dot_10_bar__minus_02_dot_70_bar__plus_01_dot_65)
        (heatable Egg_bar__minus_01_dot_10_bar__minus_02_dot_70_bar__plus_01_dot_65)
        (coolable Egg_bar__minus_01_dot_10_bar__minus_02_dot_70_bar__plus_01_dot_65)
        (objectType Potato_bar__plus_01_dot_92_bar__minus_02_dot_14_bar__minus_00_dot_14 PotatoType)
        (inReceptacle Potato_bar__plus_01_dot_92_bar__minus_02_dot_14_bar__minus_00_dot_14 Sink_bar__minus_02_dot_60_bar__plus_00_dot_07_bar__plus_02_dot_68_bar_SinkBasin)
        (objectAtLocation Potato_bar__plus_01_dot_92_bar__minus_02_dot_14_bar__minus_00_dot_14 loc_bar__minus_1_bar__minus_1_bar_3_bar_0)
        (pickupable Potato_bar__plus_01_dot_92_bar__minus_02_dot_14_bar__minus_00_dot_14)
        (cleanable Potato_bar__plus_01_dot_92_bar__minus_02_dot_14_bar__minus_00_dot_14)
        (heatable Potato_bar__plus_01_dot_92_bar__minus_02_dot_14_bar__minus_00_dot_14)
        (coolable Potato_bar__plus_01_dot_92_bar__minus_02_dot_14_bar__minus_00_dot_14)
        (objectType Potato_bar__minus_00_dot_78_bar__plus_01_dot_48_bar__plus_02_dot_50 PotatoType)
        (inReceptacle Potato_bar__minus_00_dot_78_bar__plus_01_dot_48_bar__plus_02_dot_50 CounterTop_bar__plus_00_dot_66_bar__plus_00_dot_90_bar__minus_02_dot_81)
        (objectAtLocation Potato_bar__minus_00_dot_78_bar__plus_01_dot_48_bar__plus_02_dot_50 loc_bar_0_bar_4_bar_2_bar__minus_30)
        (pickupable Potato_bar__minus_00_dot_78_bar__plus_01_dot_48_bar__plus_02_dot_50)
        (cleanable Potato_bar__minus_00_dot_78_bar__plus_01_dot_48_bar__plus_02_dot_50)
        (heatable Potato_bar__minus_00_dot_78_bar__plus_01_dot_48_bar__plus_02_dot_50)
        (coolable Potato_bar__minus_00_dot_78_bar__plus_01_dot_48_bar__plus_02_dot_50)
        (canContain CabinetType BowlType)
        (canContain CabinetType KettleType)
        (canContain CabinetType PanType)
        (canContain CabinetType PlateType)
        (canContain CabinetType SoapBottleType)
        (canContain CounterTopType BowlType)
        (canContain CounterTopType ButterKnifeType)
        (canContain CounterTopType EggType)
        (canContain CounterTopType KettleType)
        (canContain CounterTopType PanType)
        (canContain CounterTopType PlateType)
        (canContain CounterTopType PotatoType)
        (canContain CounterTopType SoapBottleType)
        (canContain DrawerType ButterKnifeType)
        (canContain DrawerType SoapBottleType)
        (canContain FridgeType BowlType)
        (canContain FridgeType EggType)
        (canContain FridgeType PanType)
        (canContain FridgeType PlateType)
        (canContain FridgeType PotatoType)
        (canContain GarbageCanType EggType)
        (canContain GarbageCanType PotatoType)
        (canContain GarbageCanType SoapBottleType)
        (canContain MicrowaveType BowlType)
        (canContain MicrowaveType EggType)
        (canContain MicrowaveType PlateType)
        (canContain MicrowaveType PotatoType)
        (canContain ShelfType BowlType)
        (canContain ShelfType KettleType)
        (canContain ShelfType PlateType)
        (canContain ShelfType SoapBottleType)
        (canContain SinkBasinType BowlType)
        (canContain SinkBasinType ButterKnifeType)
        (canContain SinkBasinType EggType)
        (canContain SinkBasinType KettleType)
        (canContain SinkBasinType PanType)
        (canContain SinkBasinType PlateType)
        (canContain SinkBasinType PotatoType)
        (canContain StoveBurnerType KettleType)
        (canContain StoveBurnerType PanType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (cleanable ?o)
                            (objectType ?o KettleType)
                            (receptacleType ?r ShelfType)
                            (isClean ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
