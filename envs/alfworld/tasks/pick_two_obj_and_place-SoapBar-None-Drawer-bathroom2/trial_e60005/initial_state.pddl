(define (problem plan_trial_e60005)
(:domain alfred)
(:objects
        agent1 - agent
        CandleType - otype
        ClothType - otype
        DishSpongeType - otype
        PaperTowelType - otype
        SoapBarType - otype
        SoapBottleType - otype
        SprayBottleType - otype
        TissueBoxType - otype
        ToiletPaperType - otype
        CabinetType - rtype
        CartType - rtype
        CounterTopType - rtype
        DrawerType - rtype
        GarbageCanType - rtype
        ShelfType - rtype
        SinkBasinType - rtype
        ToiletType - rtype
        ToiletPaperHangerType - rtype
        TowelHolderType - rtype
        SoapBar_bar__plus_01_dot_72_bar__plus_02_dot_73_bar__minus_01_dot_04 - object
        SoapBar_bar__minus_01_dot_36_bar__plus_00_dot_90_bar__plus_02_dot_04 - object
        PaperTowel_bar__minus_00_dot_20_bar__plus_02_dot_23_bar__minus_02_dot_26 - object
        TissueBox_bar__minus_02_dot_35_bar__minus_00_dot_22_bar__minus_01_dot_81 - object
        TissueBox_bar__plus_01_dot_63_bar__minus_00_dot_64_bar__minus_02_dot_29 - object
        SoapBottle_bar__plus_01_dot_19_bar__plus_00_dot_57_bar__plus_00_dot_55 - object
        SoapBottle_bar__minus_02_dot_37_bar__plus_00_dot_46_bar__plus_02_dot_55 - object
        DishSponge_bar__minus_02_dot_68_bar__plus_01_dot_91_bar__plus_02_dot_83 - object
        Candle_bar__plus_01_dot_34_bar__plus_01_dot_16_bar__minus_00_dot_96 - object
        Candle_bar__plus_02_dot_84_bar__minus_01_dot_81_bar__plus_01_dot_97 - object
        ToiletPaper_bar__plus_01_dot_74_bar__minus_01_dot_15_bar__plus_02_dot_52 - object
        ToiletPaper_bar__plus_01_dot_74_bar__minus_01_dot_45_bar__minus_00_dot_07 - object
        Cloth_bar__plus_02_dot_19_bar__plus_00_dot_29_bar__minus_00_dot_67 - object
        SprayBottle_bar__plus_00_dot_48_bar__minus_01_dot_66_bar__minus_00_dot_99 - object
        SprayBottle_bar__plus_01_dot_16_bar__plus_00_dot_56_bar__minus_01_dot_96 - object
        Toilet_bar__plus_01_dot_12_bar__minus_00_dot_50_bar__minus_00_dot_84 - receptacle
        Sink_bar__minus_01_dot_36_bar__minus_00_dot_25_bar__minus_01_dot_11_bar_SinkBasin - receptacle
        Cabinet_bar__plus_02_dot_95_bar__plus_02_dot_19_bar__minus_02_dot_77 - receptacle
        Cabinet_bar__minus_02_dot_13_bar__plus_02_dot_98_bar__minus_02_dot_85 - receptacle
        CounterTop_bar__minus_00_dot_43_bar__plus_01_dot_88_bar__minus_01_dot_17 - receptacle
        Drawer_bar__plus_00_dot_73_bar__minus_02_dot_64_bar__plus_01_dot_24 - receptacle
        Drawer_bar__plus_00_dot_08_bar__minus_00_dot_62_bar__minus_00_dot_79 - receptacle
        Shelf_bar__plus_00_dot_84_bar__minus_00_dot_10_bar__minus_01_dot_07 - receptacle
        Shelf_bar__minus_00_dot_30_bar__minus_01_dot_70_bar__minus_00_dot_02 - receptacle
        GarbageCan_bar__plus_01_dot_71_bar__plus_01_dot_95_bar__minus_02_dot_85 - receptacle
        TowelHolder_bar__minus_00_dot_44_bar__minus_00_dot_98_bar__plus_00_dot_08 - receptacle
        ToiletPaperHanger_bar__minus_02_dot_36_bar__minus_00_dot_80_bar__minus_02_dot_60 - receptacle
        Cart_bar__plus_02_dot_63_bar__minus_02_dot_29_bar__minus_01_dot_89 - receptacle
        loc_bar_3_bar__minus_6_bar_1_bar_30 - location
        loc_bar_3_bar_3_bar_2_bar_60 - location
        loc_bar_3_bar__minus_6_bar_1_bar__minus_30 - location
        loc_bar__minus_8_bar_4_bar_3_bar_60 - location
        loc_bar__minus_7_bar_11_bar_0_bar_45 - location
        loc_bar__minus_8_bar_1_bar_1_bar__minus_30 - location
        loc_bar_11_bar_3_bar_3_bar_0 - location
        loc_bar_3_bar_3_bar_2_bar_30 - location
        loc_bar__minus_1_bar__minus_6_bar_0_bar_30 - location
        loc_bar_10_bar__minus_9_bar_2_bar_45 - location
        loc_bar_0_bar__minus_11_bar_3_bar_15 - location
        loc_bar__minus_5_bar_2_bar_2_bar_60 - location
        loc_bar_8_bar__minus_10_bar_3_bar_0 - location
        loc_bar__minus_10_bar_6_bar_1_bar_60 - location
        )
(:init
        (atLocation agent1 loc_bar__minus_10_bar_6_bar_1_bar_60)
        (receptacleType Toilet_bar__plus_01_dot_12_bar__minus_00_dot_50_bar__minus_00_dot_84 ToiletType)
        (receptacleAtLocation Toilet_bar__plus_01_dot_12_bar__minus_00_dot_50_bar__minus_00_dot_84 loc_bar_3_bar__minus_6_bar_1_bar_30)
        (receptacleType Sink_bar__minus_01_dot_36_bar__minus_00_dot_25_bar__minus_01_dot_11_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_01_dot_36_bar__minus_00_dot_25_bar__minus_01_dot_11_bar_SinkBasin loc_bar_3_bar_3_bar_2_bar_60)
        (receptacleType Cabinet_bar__plus_02_dot_95_bar__plus_02_dot_19_bar__minus_02_dot_77 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_95_bar__plus_02_dot_19_bar__minus_02_dot_77 loc_bar_3_bar__minus_6_bar_1_bar__minus_30)
        (openable Cabinet_bar__plus_02_dot_95_bar__plus_02_dot_19_bar__minus_02_dot_77)
        (receptacleType Cabinet_bar__minus_02_dot_13_bar__plus_02_dot_98_bar__minus_02_dot_85 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_13_bar__plus_02_dot_98_bar__minus_02_dot_85 loc_bar__minus_8_bar_4_bar_3_bar_60)
        (openable Cabinet_bar__minus_02_dot_13_bar__plus_02_dot_98_bar__minus_02_dot_85)
        (receptacleType CounterTop_bar__minus_00_dot_43_bar__plus_01_dot_88_bar__minus_01_dot_17 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_00_dot_43_bar__plus_01_dot_88_bar__minus_01_dot_17 loc_bar__minus_7_bar_11_bar_0_bar_45)
        (receptacleType Drawer_bar__plus_00_dot_73_bar__minus_02_dot_64_bar__plus_01_dot_24 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_00_dot_73_bar__minus_02_dot_64_bar__plus_01_dot_24 loc_bar__minus_8_bar_1_bar_1_bar__minus_30)
        (openable Drawer_bar__plus_00_dot_73_bar__minus_02_dot_64_bar__plus_01_dot_24)
        (receptacleType Drawer_bar__plus_00_dot_08_bar__minus_00_dot_62_bar__minus_00_dot_79 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_00_dot_08_bar__minus_00_dot_62_bar__minus_00_dot_79 loc_bar_11_bar_3_bar_3_bar_0)
        (openable Drawer_bar__plus_00_dot_08_bar__minus_00_dot_62_bar__minus_00_dot_79)
        (receptacleType Shelf_bar__plus_00_dot_84_bar__minus_00_dot_10_bar__minus_01_dot_07 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_00_dot_84_bar__minus_00_dot_10_bar__minus_01_dot_07 loc_bar_3_bar_3_bar_2_bar_30)
        (receptacleType Shelf_bar__minus_00_dot_30_bar__minus_01_dot_70_bar__minus_00_dot_02 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_00_dot_30_bar__minus_01_dot_70_bar__minus_00_dot_02 loc_bar__minus_1_bar__minus_6_bar_0_bar_30)
        (receptacleType GarbageCan_bar__plus_01_dot_71_bar__plus_01_dot_95_bar__minus_02_dot_85 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_01_dot_71_bar__plus_01_dot_95_bar__minus_02_dot_85 loc_bar_10_bar__minus_9_bar_2_bar_45)
        (receptacleType TowelHolder_bar__minus_00_dot_44_bar__minus_00_dot_98_bar__plus_00_dot_08 TowelHolderType)
        (receptacleAtLocation TowelHolder_bar__minus_00_dot_44_bar__minus_00_dot_98_bar__plus_00_dot_08 loc_bar_0_bar__minus_11_bar_3_bar_15)
        (receptacleType ToiletPaperHanger_bar__minus_02_dot_36_bar__minus_00_dot_80_bar__minus_02_dot_60 ToiletPaperHangerType)
        (receptacleAtLocation ToiletPaperHanger_bar__minus_02_dot_36_bar__minus_00_dot_80_bar__minus_02_dot_60 loc_bar__minus_5_bar_2_bar_2_bar_60)
        (receptacleType Cart_bar__plus_02_dot_63_bar__minus_02_dot_29_bar__minus_01_dot_89 CartType)
        (receptacleAtLocation Cart_bar__plus_02_dot_63_bar__minus_02_dot_29_bar__minus_01_dot_89 loc_bar_8_bar__minus_10_bar_3_bar_0)
        (objectType SoapBar_bar__plus_01_dot_72_bar__plus_02_dot_73_bar__minus_01_dot_04 SoapBarType)
        (inReceptacle SoapBar_bar__plus_01_dot_72_bar__plus_02_dot_73_bar__minus_01_dot_04 Sink_bar__minus_01_dot_36_bar__minus_00_dot_25_bar__minus_01_dot_11_bar_SinkBasin)
        (objectAtLocation SoapBar_bar__plus_01_dot_72_bar__plus_02_dot_73_bar__minus_01_dot_04 loc_bar_3_bar_3_bar_2_bar_60)
        (pickupable SoapBar_bar__plus_01_dot_72_bar__plus_02_dot_73_bar__minus_01_dot_04)
        (cleanable SoapBar_bar__plus_01_dot_72_bar__plus_02_dot_73_bar__minus_01_dot_04)
        (objectType SoapBar_bar__minus_01_dot_36_bar__plus_00_dot_90_bar__plus_02_dot_04 SoapBarType)
        (inReceptacle SoapBar_bar__minus_01_dot_36_bar__plus_00_dot_90_bar__plus_02_dot_04 GarbageCan_bar__plus_01_dot_71_bar__plus_01_dot_95_bar__minus_02_dot_85)
        (objectAtLocation SoapBar_bar__minus_01_dot_36_bar__plus_00_dot_90_bar__plus_02_dot_04 loc_bar_10_bar__minus_9_bar_2_bar_45)
        (pickupable SoapBar_bar__minus_01_dot_36_bar__plus_00_dot_90_bar__plus_02_dot_04)
        (cleanable SoapBar_bar__minus_01_dot_36_bar__plus_00_dot_90_bar__plus_02_dot_04)
        (objectType PaperTowel_bar__minus_00_dot_20_bar__plus_02_dot_23_bar__minus_02_dot_26 PaperTowelType)
        (inReceptacle PaperTowel_bar__minus_00_dot_20_bar__plus_02_dot_23_bar__minus_02_dot_26 Toilet_bar__plus_01_dot_12_bar__minus_00_dot_50_bar__minus_00_dot_84)
        (objectAtLocation PaperTowel_bar__minus_00_dot_20_bar__plus_02_dot_23_bar__minus_02_dot_26 loc_bar_3_bar__minus_6_bar_1_bar_30)
        (pickupable PaperTowel_bar__minus_00_dot_20_bar__plus_02_dot_23_bar__minus_02_dot_26)
        (objectType TissueBox_bar__minus_02_dot_35_bar__minus_00_dot_22_bar__minus_01_dot_81 TissueBoxType)
        (inReceptacle TissueBox_bar__minus_02_dot_35_bar__minus_00_dot_22_bar__minus_01_dot_81 GarbageCan_bar__plus_01_dot_71_bar__plus_01_dot_95_bar__minus_02_dot_85)
        (objectAtLocation TissueBox_bar__minus_02_dot_35_bar__minus_00_dot_22_bar__minus_01_dot_81 loc_bar_10_bar__minus_9_bar_2_bar_45)
        (pickupable TissueBox_bar__minus_02_dot_35_bar__minus_00_dot_22_bar__minus_01_dot_81)
        (objectType TissueBox_bar__plus_01_dot_63_bar__minus_00_dot_64_bar__minus_02_dot_29 TissueBoxType)
        (inReceptacle TissueBox_bar__plus_01_dot_63_bar__minus_00_dot_64_bar__minus_02_dot_29 Drawer_bar__plus_00_dot_08_bar__minus_00_dot_62_bar__minus_00_dot_79)
        (objectAtLocation TissueBox_bar__plus_01_dot_63_bar__minus_00_dot_64_bar__minus_02_dot_29 loc_bar_11_bar_3_bar_3_bar_0)
        (pickupable TissueBox_bar__plus_01_dot_63_bar__minus_00_dot_64_bar__minus_02_dot_29)
        (objectType SoapBottle_bar__plus_01_dot_19_bar__plus_00_dot_57_bar__plus_00_dot_55 SoapBottleType)
        (inReceptacle SoapBottle_bar__plus_01_dot_19_bar__plus_00_dot_57_bar__plus_00_dot_55 Shelf_bar__minus_00_dot_30_bar__minus_01_dot_70_bar__minus_00_dot_02)
        (objectAtLocation SoapBottle_bar__plus_01_dot_19_bar__plus_00_dot_57_bar__plus_00_dot_55 loc_bar__minus_1_bar__minus_6_bar_0_bar_30)
        (pickupable SoapBottle_bar__plus_01_dot_19_bar__plus_00_dot_57_bar__plus_00_dot_55)
        (objectType SoapBottle_bar__minus_02_dot_37_bar__plus_00_dot_46_bar__plus_02_dot_55 SoapBottleType)
        (inReceptacle SoapBottle_bar__minus_02_dot_37_bar__plus_00_dot_46_bar__plus_02_dot_55 Toilet_bar__plus_01_dot_12_bar__minus_00_dot_50_bar__minus_00_dot_84)
        (objectAtLocation SoapBottle_bar__minus_02_dot_37_bar__plus_00_dot_46_bar__plus_02_dot_55 loc_bar_3_bar__minus_6_bar_1_bar_30)
        (pickupable SoapBottle_bar__minus_02_dot_37_bar__plus_00_dot_46_bar__plus_02_dot_55)
        (objectType DishSponge_bar__minus_02_dot_68_bar__plus_01_dot_91_bar__plus_02_dot_83 DishSpongeType)
        (inReceptacle DishSponge_bar__minus_02_dot_68_bar__plus_01_dot_91_bar__plus_02_dot_83 GarbageCan_bar__plus_01_dot_71_bar__plus_01_dot_95_bar__minus_02_dot_85)
        (objectAtLocation DishSponge_bar__minus_02_dot_68_bar__plus_01_dot_91_bar__plus_02_dot_83 loc_bar_10_bar__minus_9_bar_2_bar_45)
        (pickupable DishSponge_bar__minus_02_dot_68_bar__plus_01_dot_91_bar__plus_02_dot_83)
        (cleanable DishSponge_bar__minus_02_dot_68_bar__plus_01_dot_91_bar__plus_02_dot_83)
        (objectType Candle_bar__plus_01_dot_34_bar__plus_01_dot_16_bar__minus_00_dot_96 CandleType)
        (inReceptacle Candle_bar__plus_01_dot_34_bar__plus_01_dot_16_bar__minus_00_dot_96 CounterTop_bar__minus_00_dot_43_bar__plus_01_dot_88_bar__minus_01_dot_17)
        (objectAtLocation Candle_bar__plus_01_dot_34_bar__plus_01_dot_16_bar__minus_00_dot_96 loc_bar__minus_7_bar_11_bar_0_bar_45)
        (pickupable Candle_bar__plus_01_dot_34_bar__plus_01_dot_16_bar__minus_00_dot_96)
        (objectType Candle_bar__plus_02_dot_84_bar__minus_01_dot_81_bar__plus_01_dot_97 CandleType)
        (inReceptacle Candle_bar__plus_02_dot_84_bar__minus_01_dot_81_bar__plus_01_dot_97 Shelf_bar__minus_00_dot_30_bar__minus_01_dot_70_bar__minus_00_dot_02)
        (objectAtLocation Candle_bar__plus_02_dot_84_bar__minus_01_dot_81_bar__plus_01_dot_97 loc_bar__minus_1_bar__minus_6_bar_0_bar_30)
        (pickupable Candle_bar__plus_02_dot_84_bar__minus_01_dot_81_bar__plus_01_dot_97)
        (objectType ToiletPaper_bar__plus_01_dot_74_bar__minus_01_dot_15_bar__plus_02_dot_52 ToiletPaperType)
        (inReceptacle ToiletPaper_bar__plus_01_dot_74_bar__minus_01_dot_15_bar__plus_02_dot_52 CounterTop_bar__minus_00_dot_43_bar__plus_01_dot_88_bar__minus_01_dot_17)
        (objectAtLocation ToiletPaper_bar__plus_01_dot_74_bar__minus_01_dot_15_bar__plus_02_dot_52 loc_bar__minus_7_bar_11_bar_0_bar_45)
        (pickupable ToiletPaper_bar__plus_01_dot_74_bar__minus_01_dot_15_bar__plus_02_dot_52)
        (objectType ToiletPaper_bar__plus_01_dot_74_bar__minus_01_dot_45_bar__minus_00_dot_07 ToiletPaperType)
        (inReceptacle ToiletPaper_bar__plus_01_dot_74_bar__minus_01_dot_45_bar__minus_00_dot_07 Cabinet_bar__plus_02_dot_95_bar__plus_02_dot_19_bar__minus_02_dot_77)
        (objectAtLocation ToiletPaper_bar__plus_01_dot_74_bar__minus_01_dot_45_bar__minus_00_dot_07 loc_bar_3_bar__minus_6_bar_1_bar__minus_30)
        (pickupable ToiletPaper_bar__plus_01_dot_74_bar__minus_01_dot_45_bar__minus_00_dot_07)
        (objectType Cloth_bar__plus_02_dot_19_bar__plus_00_dot_29_bar__minus_00_dot_67 ClothType)
        (inReceptacle Cloth_bar__plus_02_dot_19_bar__plus_00_dot_29_bar__minus_00_dot_67 Cart_bar__plus_02_dot_63_bar__minus_02_dot_29_bar__minus_01_dot_89)
        (objectAtLocation Cloth_bar__plus_02_dot_19_bar__plus_00_dot_29_bar__minus_00_dot_67 loc_bar_8_bar__minus_10_bar_3_bar_0)
        (pickupable Cloth_bar__plus_02_dot_19_bar__plus_00_dot_29_bar__minus_00_dot_67)
        (cleanable Cloth_bar__plus_02_dot_19_bar__plus_00_dot_29_bar__minus_00_dot_67)
        (objectType SprayBottle_bar__plus_00_dot_48_bar__minus_01_dot_66_bar__minus_00_dot_99 SprayBottleType)
        (inReceptacle SprayBottle_bar__plus_00_dot_48_bar__minus_01_dot_66_bar__minus_00_dot_99 Shelf_bar__plus_00_dot_84_bar__minus_00_dot_10_bar__minus_01_dot_07)
        (objectAtLocation SprayBottle_bar__plus_00_dot_48_bar__minus_01_dot_66_bar__minus_00_dot_99 loc_bar_3_bar_3_bar_2_bar_30)
        (pickupable SprayBottle_bar__plus_00_dot_48_bar__minus_01_dot_66_bar__minus_00_dot_99)
        (objectType SprayBottle_bar__plus_01_dot_16_bar__plus_00_dot_56_bar__minus_01_dot_96 SprayBottleType)
        (inReceptacle SprayBottle_bar__plus_01_dot_16_bar__plus_00_dot_56_bar__minus_01_dot_96 GarbageCan_bar__plus_01_dot_71_bar__plus_01_dot_95_bar__minus_02_dot_85)
        (objectAtLocation SprayBottle_bar__plus_01_dot_16_bar__plus_00_dot_56_bar__minus_01_dot_96 loc_bar_10_bar__minus_9_bar_2_bar_45)
        (pickupable SprayBottle_bar__plus_01_dot_16_bar__plus_00_dot_56_bar__minus_01_dot_96)
        (canContain CabinetType CandleType)
        (canContain CabinetType ClothType)
        (canContain CabinetType DishSpongeType)
        (canContain CabinetType SoapBarType)
        (canContain CabinetType SoapBottleType)
        (canContain CabinetType SprayBottleType)
        (canContain CabinetType TissueBoxType)
        (canContain CabinetType ToiletPaperType)
        (canContain CartType CandleType)
        (canContain CartType ClothType)
        (canContain CartType DishSpongeType)
        (canContain CartType PaperTowelType)
        (canContain CartType SoapBarType)
        (canContain CartType SoapBottleType)
        (canContain CartType SprayBottleType)
        (canContain CartType TissueBoxType)
        (canContain CartType ToiletPaperType)
        (canContain CounterTopType CandleType)
        (canContain CounterTopType ClothType)
        (canContain CounterTopType DishSpongeType)
        (canContain CounterTopType PaperTowelType)
        (canContain CounterTopType SoapBarType)
        (canContain CounterTopType SoapBottleType)
        (canContain CounterTopType SprayBottleType)
        (canContain CounterTopType TissueBoxType)
        (canContain CounterTopType ToiletPaperType)
        (canContain DrawerType CandleType)
        (canContain DrawerType ClothType)
        (canContain DrawerType DishSpongeType)
        (canContain DrawerType SoapBarType)
        (canContain DrawerType SoapBottleType)
        (canContain DrawerType SprayBottleType)
        (canContain DrawerType TissueBoxType)
        (canContain DrawerType ToiletPaperType)
        (canContain GarbageCanType ClothType)
        (canContain GarbageCanType DishSpongeType)
        (canContain GarbageCanType PaperTowelType)
        (canContain GarbageCanType SoapBarType)
        (canContain GarbageCanType SoapBottleType)
        (canContain GarbageCanType SprayBottleType)
        (canContain GarbageCanType TissueBoxType)
        (canContain GarbageCanType ToiletPaperType)
        (canContain ShelfType CandleType)
        (canContain ShelfType ClothType)
        (canContain ShelfType DishSpongeType)
        (canContain ShelfType PaperTowelType)
        (canContain ShelfType SoapBarType)
        (canContain ShelfType SoapBottleType)
        (canContain ShelfType SprayBottleType)
        (canContain ShelfType TissueBoxType)
        (canContain ShelfType ToiletPaperType)
        (canContain SinkBasinType ClothType)
        (canContain SinkBasinType DishSpongeType)
        (canContain SinkBasinType SoapBarType)
        (canContain ToiletType CandleType)
        (canContain ToiletType ClothType)
        (canContain ToiletType DishSpongeType)
        (canContain ToiletType PaperTowelType)
        (canContain ToiletType SoapBarType)
        (canContain ToiletType SoapBottleType)
        (canContain ToiletType SprayBottleType)
        (canContain ToiletType TissueBoxType)
        (canContain ToiletType ToiletPaperType)
        (canContain ToiletPaperHangerType ToiletPaperType)
        )
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 SoapBarType)
                                    (receptacleType ?r DrawerType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 SoapBarType)
                                            (receptacleType ?r DrawerType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
