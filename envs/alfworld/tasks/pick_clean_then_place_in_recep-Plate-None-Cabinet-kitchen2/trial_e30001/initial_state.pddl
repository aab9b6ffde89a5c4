(define (problem plan_trial_e30001)
(:domain alfred)
(:objects
        agent1 - agent
        DishSpongeType - otype
        EggType - otype
        ForkType - otype
        KettleType - otype
        LettuceType - otype
        PaperTowelType - otype
        PlateType - otype
        SpatulaType - otype
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
        Plate_bar__plus_02_dot_54_bar__plus_02_dot_26_bar__plus_00_dot_20 - object
        Plate_bar__plus_01_dot_25_bar__plus_02_dot_76_bar__plus_02_dot_05 - object
        Fork_bar__minus_01_dot_35_bar__plus_02_dot_59_bar__minus_02_dot_51 - object
        Spatula_bar__plus_01_dot_74_bar__minus_00_dot_61_bar__plus_00_dot_24 - object
        Spatula_bar__minus_02_dot_67_bar__minus_01_dot_24_bar__minus_00_dot_74 - object
        PaperTowel_bar__plus_01_dot_59_bar__plus_01_dot_15_bar__minus_02_dot_52 - object
        PaperTowel_bar__plus_00_dot_72_bar__minus_00_dot_13_bar__minus_00_dot_10 - object
        Egg_bar__minus_00_dot_66_bar__minus_02_dot_27_bar__minus_00_dot_05 - object
        Egg_bar__minus_01_dot_22_bar__minus_01_dot_96_bar__minus_01_dot_16 - object
        DishSponge_bar__plus_00_dot_20_bar__minus_02_dot_27_bar__plus_00_dot_79 - object
        DishSponge_bar__minus_02_dot_09_bar__plus_01_dot_98_bar__plus_00_dot_76 - object
        Kettle_bar__plus_02_dot_73_bar__plus_01_dot_03_bar__minus_01_dot_33 - object
        Lettuce_bar__minus_01_dot_74_bar__plus_01_dot_48_bar__plus_02_dot_15 - object
        Lettuce_bar__minus_01_dot_42_bar__plus_02_dot_05_bar__plus_00_dot_76 - object
        Cabinet_bar__minus_01_dot_14_bar__plus_01_dot_83_bar__minus_00_dot_39 - receptacle
        Cabinet_bar__plus_01_dot_90_bar__minus_00_dot_30_bar__plus_02_dot_60 - receptacle
        Cabinet_bar__plus_02_dot_66_bar__minus_01_dot_95_bar__plus_02_dot_48 - receptacle
        Cabinet_bar__plus_01_dot_07_bar__plus_00_dot_17_bar__minus_00_dot_32 - receptacle
        Cabinet_bar__plus_01_dot_32_bar__plus_01_dot_83_bar__plus_01_dot_96 - receptacle
        Cabinet_bar__plus_01_dot_72_bar__minus_01_dot_98_bar__plus_00_dot_50 - receptacle
        CounterTop_bar__plus_01_dot_00_bar__plus_00_dot_77_bar__minus_00_dot_16 - receptacle
        Drawer_bar__plus_01_dot_80_bar__minus_02_dot_18_bar__plus_01_dot_02 - receptacle
        Drawer_bar__plus_00_dot_33_bar__plus_01_dot_04_bar__minus_01_dot_37 - receptacle
        Fridge_bar__plus_01_dot_42_bar__plus_00_dot_04_bar__minus_00_dot_14 - receptacle
        Microwave_bar__minus_02_dot_98_bar__plus_02_dot_44_bar__plus_01_dot_93 - receptacle
        Sink_bar__minus_00_dot_56_bar__plus_00_dot_73_bar__plus_00_dot_03_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_00_dot_11_bar__minus_00_dot_03_bar__minus_00_dot_18 - receptacle
        StoveBurner_bar__minus_02_dot_44_bar__plus_01_dot_42_bar__plus_02_dot_50 - receptacle
        StoveBurner_bar__plus_00_dot_44_bar__plus_01_dot_27_bar__plus_02_dot_59 - receptacle
        StoveBurner_bar__minus_01_dot_81_bar__plus_00_dot_55_bar__plus_00_dot_43 - receptacle
        GarbageCan_bar__minus_01_dot_70_bar__minus_01_dot_64_bar__minus_01_dot_49 - receptacle
        Shelf_bar__plus_01_dot_17_bar__plus_01_dot_46_bar__minus_02_dot_05 - receptacle
        Shelf_bar__minus_02_dot_40_bar__plus_00_dot_52_bar__minus_02_dot_32 - receptacle
        Toaster_bar__minus_01_dot_74_bar__minus_00_dot_59_bar__minus_01_dot_37 - receptacle
        loc_bar__minus_1_bar_10_bar_1_bar_45 - location
        loc_bar_7_bar__minus_9_bar_2_bar__minus_30 - location
        loc_bar_6_bar__minus_6_bar_0_bar_15 - location
        loc_bar__minus_1_bar_11_bar_2_bar_0 - location
        loc_bar__minus_12_bar_7_bar_2_bar_0 - location
        loc_bar__minus_11_bar_10_bar_0_bar__minus_30 - location
        loc_bar_9_bar_5_bar_3_bar_30 - location
        loc_bar__minus_2_bar__minus_8_bar_3_bar_30 - location
        loc_bar_0_bar_8_bar_2_bar__minus_30 - location
        loc_bar_8_bar__minus_5_bar_3_bar_45 - location
        loc_bar_10_bar__minus_3_bar_2_bar_0 - location
        loc_bar_9_bar__minus_4_bar_3_bar_60 - location
        loc_bar__minus_12_bar_3_bar_3_bar_15 - location
        loc_bar_4_bar_9_bar_0_bar_45 - location
        loc_bar_1_bar__minus_6_bar_0_bar_45 - location
        loc_bar__minus_12_bar_3_bar_2_bar_60 - location
        loc_bar__minus_6_bar_10_bar_1_bar_45 - location
        loc_bar__minus_3_bar__minus_3_bar_3_bar_60 - location
        loc_bar__minus_1_bar_2_bar_0_bar_30 - location
        loc_bar__minus_8_bar__minus_1_bar_0_bar_60 - location
        loc_bar_5_bar__minus_8_bar_1_bar_0 - location
        )
(:init
        (atLocation agent1 loc_bar_5_bar__minus_8_bar_1_bar_0)
        (receptacleType Cabinet_bar__minus_01_dot_14_bar__plus_01_dot_83_bar__minus_00_dot_39 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_14_bar__plus_01_dot_83_bar__minus_00_dot_39 loc_bar__minus_1_bar_10_bar_1_bar_45)
        (openable Cabinet_bar__minus_01_dot_14_bar__plus_01_dot_83_bar__minus_00_dot_39)
        (receptacleType Cabinet_bar__plus_01_dot_90_bar__minus_00_dot_30_bar__plus_02_dot_60 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_90_bar__minus_00_dot_30_bar__plus_02_dot_60 loc_bar_7_bar__minus_9_bar_2_bar__minus_30)
        (openable Cabinet_bar__plus_01_dot_90_bar__minus_00_dot_30_bar__plus_02_dot_60)
        (receptacleType Cabinet_bar__plus_02_dot_66_bar__minus_01_dot_95_bar__plus_02_dot_48 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_66_bar__minus_01_dot_95_bar__plus_02_dot_48 loc_bar_6_bar__minus_6_bar_0_bar_15)
        (openable Cabinet_bar__plus_02_dot_66_bar__minus_01_dot_95_bar__plus_02_dot_48)
        (receptacleType Cabinet_bar__plus_01_dot_07_bar__plus_00_dot_17_bar__minus_00_dot_32 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_07_bar__plus_00_dot_17_bar__minus_00_dot_32 loc_bar__minus_1_bar_11_bar_2_bar_0)
        (openable Cabinet_bar__plus_01_dot_07_bar__plus_00_dot_17_bar__minus_00_dot_32)
        (receptacleType Cabinet_bar__plus_01_dot_32_bar__plus_01_dot_83_bar__plus_01_dot_96 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_32_bar__plus_01_dot_83_bar__plus_01_dot_96 loc_bar__minus_12_bar_7_bar_2_bar_0)
        (openable Cabinet_bar__plus_01_dot_32_bar__plus_01_dot_83_bar__plus_01_dot_96)
        (receptacleType Cabinet_bar__plus_01_dot_72_bar__minus_01_dot_98_bar__plus_00_dot_50 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_72_bar__minus_01_dot_98_bar__plus_00_dot_50 loc_bar__minus_11_bar_10_bar_0_bar__minus_30)
        (openable Cabinet_bar__plus_01_dot_72_bar__minus_01_dot_98_bar__plus_00_dot_50)
        (receptacleType CounterTop_bar__plus_01_dot_00_bar__plus_00_dot_77_bar__minus_00_dot_16 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_01_dot_00_bar__plus_00_dot_77_bar__minus_00_dot_16 loc_bar_9_bar_5_bar_3_bar_30)
        (receptacleType Drawer_bar__plus_01_dot_80_bar__minus_02_dot_18_bar__plus_01_dot_02 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_80_bar__minus_02_dot_18_bar__plus_01_dot_02 loc_bar__minus_2_bar__minus_8_bar_3_bar_30)
        (openable Drawer_bar__plus_01_dot_80_bar__minus_02_dot_18_bar__plus_01_dot_02)
        (receptacleType Drawer_bar__plus_00_dot_33_bar__plus_01_dot_04_bar__minus_01_dot_37 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_00_dot_33_bar__plus_01_dot_04_bar__minus_01_dot_37 loc_bar_0_bar_8_bar_2_bar__minus_30)
        (openable Drawer_bar__plus_00_dot_33_bar__plus_01_dot_04_bar__minus_01_dot_37)
        (receptacleType Fridge_bar__plus_01_dot_42_bar__plus_00_dot_04_bar__minus_00_dot_14 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_01_dot_42_bar__plus_00_dot_04_bar__minus_00_dot_14 loc_bar_8_bar__minus_5_bar_3_bar_45)
        (openable Fridge_bar__plus_01_dot_42_bar__plus_00_dot_04_bar__minus_00_dot_14)
        (receptacleType Microwave_bar__minus_02_dot_98_bar__plus_02_dot_44_bar__plus_01_dot_93 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_02_dot_98_bar__plus_02_dot_44_bar__plus_01_dot_93 loc_bar_10_bar__minus_3_bar_2_bar_0)
        (openable Microwave_bar__minus_02_dot_98_bar__plus_02_dot_44_bar__plus_01_dot_93)
        (receptacleType Sink_bar__minus_00_dot_56_bar__plus_00_dot_73_bar__plus_00_dot_03_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_00_dot_56_bar__plus_00_dot_73_bar__plus_00_dot_03_bar_SinkBasin loc_bar_9_bar__minus_4_bar_3_bar_60)
        (receptacleType StoveBurner_bar__minus_00_dot_11_bar__minus_00_dot_03_bar__minus_00_dot_18 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_00_dot_11_bar__minus_00_dot_03_bar__minus_00_dot_18 loc_bar__minus_12_bar_3_bar_3_bar_15)
        (receptacleType StoveBurner_bar__minus_02_dot_44_bar__plus_01_dot_42_bar__plus_02_dot_50 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_02_dot_44_bar__plus_01_dot_42_bar__plus_02_dot_50 loc_bar_4_bar_9_bar_0_bar_45)
        (receptacleType StoveBurner_bar__plus_00_dot_44_bar__plus_01_dot_27_bar__plus_02_dot_59 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_00_dot_44_bar__plus_01_dot_27_bar__plus_02_dot_59 loc_bar_1_bar__minus_6_bar_0_bar_45)
        (receptacleType StoveBurner_bar__minus_01_dot_81_bar__plus_00_dot_55_bar__plus_00_dot_43 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_01_dot_81_bar__plus_00_dot_55_bar__plus_00_dot_43 loc_bar__minus_12_bar_3_bar_2_bar_60)
        (receptacleType GarbageCan_bar__minus_01_dot_70_bar__minus_01_dot_64_bar__minus_01_dot_49 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_01_dot_70_bar__minus_01_dot_64_bar__minus_01_dot_49 loc_bar__minus_6_bar_10_bar_1_bar_45)
        (receptacleType Shelf_bar__plus_01_dot_17_bar__plus_01_dot_46_bar__minus_02_dot_05 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_01_dot_17_bar__plus_01_dot_46_bar__minus_02_dot_05 loc_bar__minus_3_bar__minus_3_bar_3_bar_60)
        (receptacleType Shelf_bar__minus_02_dot_40_bar__plus_00_dot_52_bar__minus_02_dot_32 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_02_dot_40_bar__plus_00_dot_52_bar__minus_02_dot_32 loc_bar__minus_1_bar_2_bar_0_bar_30)
        (receptacleType Toaster_bar__minus_01_dot_74_bar__minus_00_dot_59_bar__minus_01_dot_37 ToasterType)
        (receptacleAtLocation Toaster_bar__minus_01_dot_74_bar__minus_00_dot_59_bar__minus_01_dot_37 loc_bar__minus_8_bar__minus_1_bar_0_bar_60)
        (objectType Plate_bar__plus_02_dot_54_bar__plus_02_dot_26_bar__plus_00_dot_20 PlateType)
        (inReceptacle Plate_bar__plus_02_dot_54_bar__plus_02_dot_26_bar__plus_00_dot_20 Microwave_bar__minus_02_dot_98_bar__plus_02_dot_44_bar__plus_01_dot_93)
        (objectAtLocation Plate_bar__plus_02_dot_54_bar__plus_02_dot_26_bar__plus_00_dot_20 loc_bar_10_bar__minus_3_bar_2_bar_0)
        (pickupable Plate_bar__plus_02_dot_54_bar__plus_02_dot_26_bar__plus_00_dot_20)
        (cleanable Plate_bar__plus_02_dot_54_bar__plus_02_dot_26_bar__plus_00_dot_20)
        (heatable Plate_bar__plus_02_dot_54_bar__plus_02_dot_26_bar__plus_00_dot_20)
        (coolable Plate_bar__plus_02_dot_54_bar__plus_02_dot_26_bar__plus_00_dot_20)
        (isReceptacleObject Plate_bar__plus_02_dot_54_bar__plus_02_dot_26_bar__plus_00_dot_20)
        (objectType Plate_bar__plus_01_dot_25_bar__plus_02_dot_76_bar__plus_02_dot_05 PlateType)
        (inReceptacle Plate_bar__plus_01_dot_25_bar__plus_02_dot_76_bar__plus_02_dot_05 CounterTop_bar__plus_01_dot_00_bar__plus_00_dot_77_bar__minus_00_dot_16)
        (objectAtLocation Plate_bar__plus_01_dot_25_bar__plus_02_dot_76_bar__plus_02_dot_05 loc_bar_9_bar_5_bar_3_bar_30)
        (pickupable Plate_bar__plus_01_dot_25_bar__plus_02_dot_76_bar__plus_02_dot_05)
        (cleanable Plate_bar__plus_01_dot_25_bar__plus_02_dot_76_bar__plus_02_dot_05)
        (heatable Plate_bar__plus_01_dot_25_bar__plus_02_dot_76_bar__plus_02_dot_05)
        (coolable Plate_bar__plus_01_dot_25_bar__plus_02_dot_76_bar__plus_02_dot_05)
        (isReceptacleObject Plate_bar__plus_01_dot_25_bar__plus_02_dot_76_bar__plus_02_dot_05)
        (objectType Fork_bar__minus_01_dot_35_bar__plus_02_dot_59_bar__minus_02_dot_51 ForkType)
        (inReceptacle Fork_bar__minus_01_dot_35_bar__plus_02_dot_59_bar__minus_02_dot_51 Sink_bar__minus_00_dot_56_bar__plus_00_dot_73_bar__plus_00_dot_03_bar_SinkBasin)
        (objectAtLocation Fork_bar__minus_01_dot_35_bar__plus_02_dot_59_bar__minus_02_dot_51 loc_bar_9_bar__minus_4_bar_3_bar_60)
        (pickupable Fork_bar__minus_01_dot_35_bar__plus_02_dot_59_bar__minus_02_dot_51)
        (cleanable Fork_bar__minus_01_dot_35_bar__plus_02_dot_59_bar__minus_02_dot_51)
        (objectType Spatula_bar__plus_01_dot_74_bar__minus_00_dot_61_bar__plus_00_dot_24 SpatulaType)
        (inReceptacle Spatula_bar__plus_01_dot_74_bar__minus_00_dot_61_bar__plus_00_dot_24 Sink_bar__minus_00_dot_56_bar__plus_00_dot_73_bar__plus_00_dot_03_bar_SinkBasin)
        (objectAtLocation Spatula_bar__plus_01_dot_74_bar__minus_00_dot_61_bar__plus_00_dot_24 loc_bar_9_bar__minus_4_bar_3_bar_60)
        (pickupable Spatula_bar__plus_01_dot_74_bar__minus_00_dot_61_bar__plus_00_dot_24)
        (cleanable Spatula_bar__plus_01_dot_74_bar__minus_00_dot_61_bar__plus_00_dot_24)
        (objectType Spatula_bar__minus_02_dot_67_bar__minus_01_dot_24_bar__minus_00_dot_74 SpatulaType)
        (inReceptacle Spatula_bar__minus_02_dot_67_bar__minus_01_dot_24_bar__minus_00_dot_74 Sink_bar__minus_00_dot_56_bar__plus_00_dot_73_bar__plus_00_dot_03_bar_SinkBasin)
        (objectAtLocation Spatula_bar__minus_02_dot_67_bar__minus_01_dot_24_bar__minus_00_dot_74 loc_bar_9_bar__minus_4_bar_3_bar_60)
        (pickupable Spatula_bar__minus_02_dot_67_bar__minus_01_dot_24_bar__minus_00_dot_74)
        (cleanable Spatula_bar__minus_02_dot_67_bar__minus_01_dot_24_bar__minus_00_dot_74)
        (objectType PaperTowel_bar__plus_01_dot_59_bar__plus_01_dot_15_bar__minus_02_dot_52 PaperTowelType)
        (inReceptacle PaperTowel_bar__plus_01_dot_59_bar__plus_01_dot_15_bar__minus_02_dot_52 GarbageCan_bar__minus_01_dot_70_bar__minus_01_dot_64_bar__minus_01_dot_49)
        (objectAtLocation PaperTowel_bar__plus_01_dot_59_bar__plus_01_dot_15_bar__minus_02_dot_52 loc_bar__minus_6_bar_10_bar_1_bar_45)
        (pickupable PaperTowel_bar__plus_01_dot_59_bar__plus_01_dot_15_bar__minus_02_dot_52)
        (objectType PaperTowel_bar__plus_00_dot_72_bar__minus_00_dot_13_bar__minus_00_dot_10 PaperTowelType)
        (inReceptacle PaperTowel_bar__plus_00_dot_72_bar__minus_00_dot_13_bar__minus_00_dot_10 CounterTop_bar__plus_01_dot_00_bar__plus_00_dot_77_bar__minus_00_dot_16)
        (objectAtLocation PaperTowel_bar__plus_00_dot_72_bar__minus_00_dot_13_bar__minus_00_dot_10 loc_bar_9_bar_5_bar_3_bar_30)
        (pickupable PaperTowel_bar__plus_00_dot_72_bar__minus_00_dot_13_bar__minus_00_dot_10)
        (objectType Egg_bar__minus_00_dot_66_bar__minus_02_dot_27_bar__minus_00_dot_05 EggType)
        (inReceptacle Egg_bar__minus_00_dot_66_bar__minus_02_dot_27_bar__minus_00_dot_05 Sink_bar__minus_00_dot_56_bar__plus_00_dot_73_bar__plus_00_dot_03_bar_SinkBasin)
        (objectAtLocation Egg_bar__minus_00_dot_66_bar__minus_02_dot_27_bar__minus_00_dot_05 loc_bar_9_bar__minus_4_bar_3_bar_60)
        (pickupable Egg_bar__minus_00_dot_66_bar__minus_02_dot_27_bar__minus_00_dot_05)
        (cleanable Egg_bar__minus_00_dot_66_bar__minus_02_dot_27_bar__minus_00_dot_05)
        (heatable Egg_bar__minus_00_dot_66_bar__minus_02_dot_27_bar__minus_00_dot_05)
        (coolable Egg_bar__minus_00_dot_66_bar__minus_02_dot_27_bar__minus_00_dot_05)
        (objectType Egg_bar__minus_01_dot_22_bar__minus_01_dot_96_bar__minus_01_dot_16 EggType)
        (inReceptacle Egg_bar__minus_01_dot_22_bar__minus_01_dot_96_bar__minus_01_dot_16 Sink_bar__minus_00_dot_56_bar__plus_00_dot_73_bar__plus_00_dot_03_bar_SinkBasin)
        (objectAtLocation Egg_bar__minus_01_dot_22_bar__minus_01_dot_96_bar__minus_01_dot_16 loc_bar_9_bar__minus_4_bar_3_bar_60)
        (pickupable Egg_bar__minus_01_dot_22_bar__minus_01_dot_96_bar__minus_01_dot_16)
        (cleanable Egg_bar__minus_01_dot_22_bar__minus_01_dot_96_bar__minus_01_dot_16)
        (heatable Egg_bar__minus_01_dot_22_bar__minus_01_dot_96_bar__minus_01_dot_16)
        (coolable Egg_bar__minus_01_dot_22_bar__minus_01_dot_96_bar__minus_01_dot_16)
        (objectType DishSponge_bar__plus_00_dot_20_bar__minus_02_dot_27_bar__plus_00_dot_79 DishSpongeType)
        (inReceptacle DishSponge_bar__plus_00_dot_20_bar__minus_02_dot_27_bar__plus_00_dot_79 Cabinet_bar__plus_01_dot_07_bar__plus_00_dot_17_bar__minus_00_dot_32)
        (objectAtLocation DishSponge_bar__plus_00_dot_20_bar__minus_02_dot_27_bar__plus_00_dot_79 loc_bar__minus_1_bar_11_bar_2_bar_0)
        (pickupable DishSponge_bar__plus_00_dot_20_bar__minus_02_dot_27_bar__plus_00_dot_79)
        (cleanable DishSponge_bar__plus_00_dot_20_bar__minus_02_dot_27_bar__plus_00_dot_79)
        (objectType DishSponge_bar__minus_02_dot_09_bar__plus_01_dot_98_bar__plus_00_dot_76 DishSpongeType)
        (inReceptacle DishSponge_bar__minus_02_dot_09_bar__plus_01_dot_98_bar__plus_00_dot_76 CounterTop_bar__plus_01_dot_00_bar__plus_00_dot_77_bar__minus_00_dot_16)
        (objectAtLocation DishSponge_bar__minus_02_dot_09_bar__plus_01_dot_98_bar__plus_00_dot_76 loc_bar_9_bar_5_bar_3_bar_30)
        (pickupable DishSponge_bar__minus_02_dot_09_bar__plus_01_dot_98_bar__plus_00_dot_76)
        (cleanable DishSponge_bar__minus_02_dot_09_bar__plus_01_dot_98_bar__plus_00_dot_76)
        (objectType Kettle_bar__plus_02_dot_73_bar__plus_01_dot_03_bar__minus_01_dot_33 KettleType)
        (inReceptacle Kettle_bar__plus_02_dot_73_bar__plus_01_dot_03_bar__minus_01_dot_33 Shelf_bar__minus_02_dot_40_bar__plus_00_dot_52_bar__minus_02_dot_32)
        (objectAtLocation Kettle_bar__plus_02_dot_73_bar__plus_01_dot_03_bar__minus_01_dot_33 loc_bar__minus_1_bar_2_bar_0_bar_30)
        (pickupable Kettle_bar__plus_02_dot_73_bar__plus_01_dot_03_bar__minus_01_dot_33)
        (cleanable Kettle_bar__plus_02_dot_73_bar__plus_01_dot_03_bar__minus_01_dot_33)
        (objectType Lettuce_bar__minus_01_dot_74_bar__plus_01_dot_48_bar__plus_02_dot_15 LettuceType)
        (inReceptacle Lettuce_bar__minus_01_dot_74_bar__plus_01_dot_48_bar__plus_02_dot_15 CounterTop_bar__plus_01_dot_00_bar__plus_00_dot_77_bar__minus_00_dot_16)
        (objectAtLocation Lettuce_bar__minus_01_dot_74_bar__plus_01_dot_48_bar__plus_02_dot_15 loc_bar_9_bar_5_bar_3_bar_30)
        (pickupable Lettuce_bar__minus_01_dot_74_bar__plus_01_dot_48_bar__plus_02_dot_15)
        (cleanable Lettuce_bar__minus_01_dot_74_bar__plus_01_dot_48_bar__plus_02_dot_15)
        (coolable Lettuce_bar__minus_01_dot_74_bar__plus_01_dot_48_bar__plus_02_dot_15)
        (objectType Lettuce_bar__minus_01_dot_42_bar__plus_02_dot_05_bar__plus_00_dot_76 LettuceType)
        (inReceptacle Lettuce_bar__minus_01_dot_42_bar__plus_02_dot_05_bar__plus_00_dot_76 Sink_bar__minus_00_dot_56_bar__plus_00_dot_73_bar__plus_00_dot_03_bar_SinkBasin)
        (objectAtLocation Lettuce_bar__minus_01_dot_42_bar__plus_02_dot_05_bar__plus_00_dot_76 loc_bar_9_bar__minus_4_bar_3_bar_60)
        (pickupable Lettuce_bar__minus_01_dot_42_bar__plus_02_dot_05_bar__plus_00_dot_76)
        (cleanable Lettuce_bar__minus_01_dot_42_bar__plus_02_dot_05_bar__plus_00_dot_76)
        (coolable Lettuce_bar__minus_01_dot_42_bar__plus_02_dot_05_bar__plus_00_dot_76)
        (canContain CabinetType DishSpongeType)
        (canContain CabinetType KettleType)
        (canContain CabinetType PlateType)
        (canContain CounterTopType DishSpongeType)
        (canContain CounterTopType EggType)
        (canContain CounterTopType ForkType)
        (canContain CounterTopType KettleType)
        (canContain CounterTopType LettuceType)
        (canContain CounterTopType PaperTowelType)
        (canContain CounterTopType PlateType)
        (canContain CounterTopType SpatulaType)
        (canContain DrawerType DishSpongeType)
        (canContain DrawerType ForkType)
        (canContain DrawerType SpatulaType)
        (canContain FridgeType EggType)
        (canContain FridgeType LettuceType)
        (canContain FridgeType PlateType)
        (canContain GarbageCanType DishSpongeType)
        (canContain GarbageCanType EggType)
        (canContain GarbageCanType LettuceType)
        (canContain GarbageCanType PaperTowelType)
        (canContain MicrowaveType EggType)
        (canContain MicrowaveType PlateType)
        (canContain ShelfType DishSpongeType)
        (canContain ShelfType KettleType)
        (canContain ShelfType PaperTowelType)
        (canContain ShelfType PlateType)
        (canContain SinkBasinType DishSpongeType)
        (canContain SinkBasinType EggType)
        (canContain SinkBasinType ForkType)
        (canContain SinkBasinType KettleType)
        (canContain SinkBasinType LettuceType)
        (canContain SinkBasinType PlateType)
        (canContain SinkBasinType SpatulaType)
        (canContain StoveBurnerType KettleType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (cleanable ?o)
                            (objectType ?o PlateType)
                            (receptacleType ?r CabinetType)
                            (isClean ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
