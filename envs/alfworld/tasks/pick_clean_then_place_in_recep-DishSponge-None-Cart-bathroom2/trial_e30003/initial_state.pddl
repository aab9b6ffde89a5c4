(define (problem plan_trial_e30003)
(:domain alfred)
(:objects
        agent1 - agent
        CandleType - otype
        ClothType - otype
        DishSpongeType - otype
        PlungerType - otype
        SoapBarType - otype
        SoapBottleType - otype
        SprayBottleType - otype
        TissueBoxType - otype
        TowelType - otype
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
        DishSponge_bar__plus_01_dot_72_bar__plus_01_dot_40_bar__minus_01_dot_25 - object
        DishSponge_bar__plus_02_dot_05_bar__minus_00_dot_80_bar__plus_01_dot_69 - object
        Plunger_bar__plus_02_dot_72_bar__minus_00_dot_37_bar__minus_00_dot_55 - object
        SoapBar_bar__plus_00_dot_13_bar__minus_02_dot_31_bar__minus_00_dot_38 - object
        SoapBar_bar__plus_02_dot_34_bar__plus_02_dot_50_bar__plus_01_dot_23 - object
        Cloth_bar__minus_01_dot_04_bar__minus_01_dot_10_bar__plus_00_dot_43 - object
        TissueBox_bar__plus_01_dot_71_bar__minus_00_dot_05_bar__plus_00_dot_30 - object
        Towel_bar__minus_02_dot_34_bar__minus_01_dot_18_bar__minus_02_dot_93 - object
        Towel_bar__plus_01_dot_77_bar__minus_00_dot_67_bar__minus_00_dot_94 - object
        SoapBottle_bar__plus_02_dot_25_bar__plus_00_dot_82_bar__minus_00_dot_26 - object
        Candle_bar__minus_02_dot_00_bar__plus_00_dot_37_bar__plus_00_dot_04 - object
        SprayBottle_bar__minus_02_dot_36_bar__plus_02_dot_88_bar__minus_00_dot_23 - object
        SprayBottle_bar__minus_02_dot_40_bar__plus_01_dot_12_bar__plus_01_dot_90 - object
        Toilet_bar__plus_01_dot_95_bar__plus_01_dot_75_bar__minus_00_dot_13 - receptacle
        Sink_bar__plus_00_dot_15_bar__minus_02_dot_96_bar__plus_00_dot_31_bar_SinkBasin - receptacle
        Cabinet_bar__plus_01_dot_98_bar__plus_00_dot_71_bar__minus_02_dot_25 - receptacle
        Cabinet_bar__minus_01_dot_37_bar__minus_02_dot_20_bar__plus_01_dot_42 - receptacle
        CounterTop_bar__plus_01_dot_67_bar__minus_02_dot_27_bar__plus_00_dot_95 - receptacle
        Drawer_bar__plus_00_dot_89_bar__minus_01_dot_83_bar__plus_00_dot_01 - receptacle
        Drawer_bar__plus_01_dot_26_bar__plus_00_dot_35_bar__plus_02_dot_22 - receptacle
        Shelf_bar__plus_00_dot_60_bar__minus_02_dot_88_bar__minus_00_dot_94 - receptacle
        Shelf_bar__minus_00_dot_70_bar__minus_02_dot_75_bar__minus_00_dot_08 - receptacle
        GarbageCan_bar__plus_01_dot_83_bar__minus_02_dot_63_bar__plus_00_dot_26 - receptacle
        TowelHolder_bar__minus_01_dot_13_bar__minus_00_dot_01_bar__plus_02_dot_11 - receptacle
        ToiletPaperHanger_bar__plus_00_dot_69_bar__minus_02_dot_01_bar__minus_00_dot_55 - receptacle
        Cart_bar__minus_01_dot_09_bar__plus_02_dot_74_bar__plus_00_dot_39 - receptacle
        loc_bar_4_bar__minus_10_bar_0_bar_60 - location
        loc_bar_12_bar__minus_12_bar_0_bar_15 - location
        loc_bar__minus_12_bar__minus_2_bar_1_bar_30 - location
        loc_bar__minus_9_bar__minus_12_bar_2_bar__minus_30 - location
        loc_bar_11_bar_8_bar_1_bar_15 - location
        loc_bar_12_bar_2_bar_0_bar__minus_30 - location
        loc_bar_2_bar__minus_7_bar_1_bar_0 - location
        loc_bar__minus_10_bar__minus_8_bar_2_bar_0 - location
        loc_bar_8_bar_1_bar_2_bar__minus_30 - location
        loc_bar__minus_3_bar__minus_4_bar_0_bar_15 - location
        loc_bar_7_bar__minus_11_bar_1_bar_60 - location
        loc_bar_12_bar__minus_4_bar_1_bar_0 - location
        loc_bar_11_bar__minus_6_bar_2_bar_30 - location
        loc_bar_4_bar_2_bar_3_bar__minus_30 - location
        )
(:init
        (atLocation agent1 loc_bar_4_bar_2_bar_3_bar__minus_30)
        (receptacleType Toilet_bar__plus_01_dot_95_bar__plus_01_dot_75_bar__minus_00_dot_13 ToiletType)
        (receptacleAtLocation Toilet_bar__plus_01_dot_95_bar__plus_01_dot_75_bar__minus_00_dot_13 loc_bar_4_bar__minus_10_bar_0_bar_60)
        (receptacleType Sink_bar__plus_00_dot_15_bar__minus_02_dot_96_bar__plus_00_dot_31_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_00_dot_15_bar__minus_02_dot_96_bar__plus_00_dot_31_bar_SinkBasin loc_bar_12_bar__minus_12_bar_0_bar_15)
        (receptacleType Cabinet_bar__plus_01_dot_98_bar__plus_00_dot_71_bar__minus_02_dot_25 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_98_bar__plus_00_dot_71_bar__minus_02_dot_25 loc_bar__minus_12_bar__minus_2_bar_1_bar_30)
        (openable Cabinet_bar__plus_01_dot_98_bar__plus_00_dot_71_bar__minus_02_dot_25)
        (receptacleType Cabinet_bar__minus_01_dot_37_bar__minus_02_dot_20_bar__plus_01_dot_42 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_37_bar__minus_02_dot_20_bar__plus_01_dot_42 loc_bar__minus_9_bar__minus_12_bar_2_bar__minus_30)
        (openable Cabinet_bar__minus_01_dot_37_bar__minus_02_dot_20_bar__plus_01_dot_42)
        (receptacleType CounterTop_bar__plus_01_dot_67_bar__minus_02_dot_27_bar__plus_00_dot_95 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_01_dot_67_bar__minus_02_dot_27_bar__plus_00_dot_95 loc_bar_11_bar_8_bar_1_bar_15)
        (receptacleType Drawer_bar__plus_00_dot_89_bar__minus_01_dot_83_bar__plus_00_dot_01 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_00_dot_89_bar__minus_01_dot_83_bar__plus_00_dot_01 loc_bar_12_bar_2_bar_0_bar__minus_30)
        (openable Drawer_bar__plus_00_dot_89_bar__minus_01_dot_83_bar__plus_00_dot_01)
        (receptacleType Drawer_bar__plus_01_dot_26_bar__plus_00_dot_35_bar__plus_02_dot_22 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_26_bar__plus_00_dot_35_bar__plus_02_dot_22 loc_bar_2_bar__minus_7_bar_1_bar_0)
        (openable Drawer_bar__plus_01_dot_26_bar__plus_00_dot_35_bar__plus_02_dot_22)
        (receptacleType Shelf_bar__plus_00_dot_60_bar__minus_02_dot_88_bar__minus_00_dot_94 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_00_dot_60_bar__minus_02_dot_88_bar__minus_00_dot_94 loc_bar__minus_10_bar__minus_8_bar_2_bar_0)
        (receptacleType Shelf_bar__minus_00_dot_70_bar__minus_02_dot_75_bar__minus_00_dot_08 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_00_dot_70_bar__minus_02_dot_75_bar__minus_00_dot_08 loc_bar_8_bar_1_bar_2_bar__minus_30)
        (receptacleType GarbageCan_bar__plus_01_dot_83_bar__minus_02_dot_63_bar__plus_00_dot_26 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_01_dot_83_bar__minus_02_dot_63_bar__plus_00_dot_26 loc_bar__minus_3_bar__minus_4_bar_0_bar_15)
        (receptacleType TowelHolder_bar__minus_01_dot_13_bar__minus_00_dot_01_bar__plus_02_dot_11 TowelHolderType)
        (receptacleAtLocation TowelHolder_bar__minus_01_dot_13_bar__minus_00_dot_01_bar__plus_02_dot_11 loc_bar_7_bar__minus_11_bar_1_bar_60)
        (receptacleType ToiletPaperHanger_bar__plus_00_dot_69_bar__minus_02_dot_01_bar__minus_00_dot_55 ToiletPaperHangerType)
        (receptacleAtLocation ToiletPaperHanger_bar__plus_00_dot_69_bar__minus_02_dot_01_bar__minus_00_dot_55 loc_bar_12_bar__minus_4_bar_1_bar_0)
        (receptacleType Cart_bar__minus_01_dot_09_bar__plus_02_dot_74_bar__plus_00_dot_39 CartType)
        (receptacleAtLocation Cart_bar__minus_01_dot_09_bar__plus_02_dot_74_bar__plus_00_dot_39 loc_bar_11_bar__minus_6_bar_2_bar_30)
        (objectType DishSponge_bar__plus_01_dot_72_bar__plus_01_dot_40_bar__minus_01_dot_25 DishSpongeType)
        (inReceptacle DishSponge_bar__plus_01_dot_72_bar__plus_01_dot_40_bar__minus_01_dot_25 Cabinet_bar__minus_01_dot_37_bar__minus_02_dot_20_bar__plus_01_dot_42)
        (objectAtLocation DishSponge_bar__plus_01_dot_72_bar__plus_01_dot_40_bar__minus_01_dot_25 loc_bar__minus_9_bar__minus_12_bar_2_bar__minus_30)
        (pickupable DishSponge_bar__plus_01_dot_72_bar__plus_01_dot_40_bar__minus_01_dot_25)
        (cleanable DishSponge_bar__plus_01_dot_72_bar__plus_01_dot_40_bar__minus_01_dot_25)
        (objectType DishSponge_bar__plus_02_dot_05_bar__minus_00_dot_80_bar__plus_01_dot_69 DishSpongeType)
        (inReceptacle DishSponge_bar__plus_02_dot_05_bar__minus_00_dot_80_bar__plus_01_dot_69 Toilet_bar__plus_01_dot_95_bar__plus_01_dot_75_bar__minus_00_dot_13)
        (objectAtLocation DishSponge_bar__plus_02_dot_05_bar__minus_00_dot_80_bar__plus_01_dot_69 loc_bar_4_bar__minus_10_bar_0_bar_60)
        (pickupable DishSponge_bar__plus_02_dot_05_bar__minus_00_dot_80_bar__plus_01_dot_69)
        (cleanable DishSponge_bar__plus_02_dot_05_bar__minus_00_dot_80_bar__plus_01_dot_69)
        (objectType Plunger_bar__plus_02_dot_72_bar__minus_00_dot_37_bar__minus_00_dot_55 PlungerType)
        (inReceptacle Plunger_bar__plus_02_dot_72_bar__minus_00_dot_37_bar__minus_00_dot_55 Cart_bar__minus_01_dot_09_bar__plus_02_dot_74_bar__plus_00_dot_39)
        (objectAtLocation Plunger_bar__plus_02_dot_72_bar__minus_00_dot_37_bar__minus_00_dot_55 loc_bar_11_bar__minus_6_bar_2_bar_30)
        (pickupable Plunger_bar__plus_02_dot_72_bar__minus_00_dot_37_bar__minus_00_dot_55)
        (objectType SoapBar_bar__plus_00_dot_13_bar__minus_02_dot_31_bar__minus_00_dot_38 SoapBarType)
        (inReceptacle SoapBar_bar__plus_00_dot_13_bar__minus_02_dot_31_bar__minus_00_dot_38 Drawer_bar__plus_01_dot_26_bar__plus_00_dot_35_bar__plus_02_dot_22)
        (objectAtLocation SoapBar_bar__plus_00_dot_13_bar__minus_02_dot_31_bar__minus_00_dot_38 loc_bar_2_bar__minus_7_bar_1_bar_0)
        (pickupable SoapBar_bar__plus_00_dot_13_bar__minus_02_dot_31_bar__minus_00_dot_38)
        (cleanable SoapBar_bar__plus_00_dot_13_bar__minus_02_dot_31_bar__minus_00_dot_38)
        (objectType SoapBar_bar__plus_02_dot_34_bar__plus_02_dot_50_bar__plus_01_dot_23 SoapBarType)
        (inReceptacle SoapBar_bar__plus_02_dot_34_bar__plus_02_dot_50_bar__plus_01_dot_23 Cabinet_bar__minus_01_dot_37_bar__minus_02_dot_20_bar__plus_01_dot_42)
        (objectAtLocation SoapBar_bar__plus_02_dot_34_bar__plus_02_dot_50_bar__plus_01_dot_23 loc_bar__minus_9_bar__minus_12_bar_2_bar__minus_30)
        (pickupable SoapBar_bar__plus_02_dot_34_bar__plus_02_dot_50_bar__plus_01_dot_23)
        (cleanable SoapBar_bar__plus_02_dot_34_bar__plus_02_dot_50_bar__plus_01_dot_23)
        (objectType Cloth_bar__minus_01_dot_04_bar__minus_01_dot_10_bar__plus_00_dot_43 ClothType)
        (inReceptacle Cloth_bar__minus_01_dot_04_bar__minus_01_dot_10_bar__plus_00_dot_43 Cart_bar__minus_01_dot_09_bar__plus_02_dot_74_bar__plus_00_dot_39)
        (objectAtLocation Cloth_bar__minus_01_dot_04_bar__minus_01_dot_10_bar__plus_00_dot_43 loc_bar_11_bar__minus_6_bar_2_bar_30)
        (pickupable Cloth_bar__minus_01_dot_04_bar__minus_01_dot_10_bar__plus_00_dot_43)
        (cleanable Cloth_bar__minus_01_dot_04_bar__minus_01_dot_10_bar__plus_00_dot_43)
        (objectType TissueBox_bar__plus_01_dot_71_bar__minus_00_dot_05_bar__plus_00_dot_30 TissueBoxType)
        (inReceptacle TissueBox_bar__plus_01_dot_71_bar__minus_00_dot_05_bar__plus_00_dot_30 CounterTop_bar__plus_01_dot_67_bar__minus_02_dot_27_bar__plus_00_dot_95)
        (objectAtLocation TissueBox_bar__plus_01_dot_71_bar__minus_00_dot_05_bar__plus_00_dot_30 loc_bar_11_bar_8_bar_1_bar_15)
        (pickupable TissueBox_bar__plus_01_dot_71_bar__minus_00_dot_05_bar__plus_00_dot_30)
        (objectType Towel_bar__minus_02_dot_34_bar__minus_01_dot_18_bar__minus_02_dot_93 TowelType)
        (inReceptacle Towel_bar__minus_02_dot_34_bar__minus_01_dot_18_bar__minus_02_dot_93 TowelHolder_bar__minus_01_dot_13_bar__minus_00_dot_01_bar__plus_02_dot_11)
        (objectAtLocation Towel_bar__minus_02_dot_34_bar__minus_01_dot_18_bar__minus_02_dot_93 loc_bar_7_bar__minus_11_bar_1_bar_60)
        (pickupable Towel_bar__minus_02_dot_34_bar__minus_01_dot_18_bar__minus_02_dot_93)
        (objectType Towel_bar__plus_01_dot_77_bar__minus_00_dot_67_bar__minus_00_dot_94 TowelType)
        (inReceptacle Towel_bar__plus_01_dot_77_bar__minus_00_dot_67_bar__minus_00_dot_94 TowelHolder_bar__minus_01_dot_13_bar__minus_00_dot_01_bar__plus_02_dot_11)
        (objectAtLocation Towel_bar__plus_01_dot_77_bar__minus_00_dot_67_bar__minus_00_dot_94 loc_bar_7_bar__minus_11_bar_1_bar_60)
        (pickupable Towel_bar__plus_01_dot_77_bar__minus_00_dot_67_bar__minus_00_dot_94)
        (objectType SoapBottle_bar__plus_02_dot_25_bar__plus_00_dot_82_bar__minus_00_dot_26 SoapBottleType)
        (inReceptacle SoapBottle_bar__plus_02_dot_25_bar__plus_00_dot_82_bar__minus_00_dot_26 Cabinet_bar__plus_01_dot_98_bar__plus_00_dot_71_bar__minus_02_dot_25)
        (objectAtLocation SoapBottle_bar__plus_02_dot_25_bar__plus_00_dot_82_bar__minus_00_dot_26 loc_bar__minus_12_bar__minus_2_bar_1_bar_30)
        (pickupable SoapBottle_bar__plus_02_dot_25_bar__plus_00_dot_82_bar__minus_00_dot_26)
        (objectType Candle_bar__minus_02_dot_00_bar__plus_00_dot_37_bar__plus_00_dot_04 CandleType)
        (inReceptacle Candle_bar__minus_02_dot_00_bar__plus_00_dot_37_bar__plus_00_dot_04 Shelf_bar__minus_00_dot_70_bar__minus_02_dot_75_bar__minus_00_dot_08)
        (objectAtLocation Candle_bar__minus_02_dot_00_bar__plus_00_dot_37_bar__plus_00_dot_04 loc_bar_8_bar_1_bar_2_bar__minus_30)
        (pickupable Candle_bar__minus_02_dot_00_bar__plus_00_dot_37_bar__plus_00_dot_04)
        (objectType SprayBottle_bar__minus_02_dot_36_bar__plus_02_dot_88_bar__minus_00_dot_23 SprayBottleType)
        (inReceptacle SprayBottle_bar__minus_02_dot_36_bar__plus_02_dot_88_bar__minus_00_dot_23 Shelf_bar__plus_00_dot_60_bar__minus_02_dot_88_bar__minus_00_dot_94)
        (objectAtLocation SprayBottle_bar__minus_02_dot_36_bar__plus_02_dot_88_bar__minus_00_dot_23 loc_bar__minus_10_bar__minus_8_bar_2_bar_0)
        (pickupable SprayBottle_bar__minus_02_dot_36_bar__plus_02_dot_88_bar__minus_00_dot_23)
        (objectType SprayBottle_bar__minus_02_dot_40_bar__plus_01_dot_12_bar__plus_01_dot_90 SprayBottleType)
        (inReceptacle SprayBottle_bar__minus_02_dot_40_bar__plus_01_dot_12_bar__plus_01_dot_90 Drawer_bar__plus_01_dot_26_bar__plus_00_dot_35_bar__plus_02_dot_22)
        (objectAtLocation SprayBottle_bar__minus_02_dot_40_bar__plus_01_dot_12_bar__plus_01_dot_90 loc_bar_2_bar__minus_7_bar_1_bar_0)
        (pickupable SprayBottle_bar__minus_02_dot_40_bar__plus_01_dot_12_bar__plus_01_dot_90)
        (canContain CabinetType CandleType)
        (canContain CabinetType ClothType)
        (canContain CabinetType DishSpongeType)
        (canContain CabinetType PlungerType)
        (canContain CabinetType SoapBarType)
        (canContain CabinetType SoapBottleType)
        (canContain CabinetType SprayBottleType)
        (canContain CabinetType TissueBoxType)
        (canContain CartType CandleType)
        (canContain CartType ClothType)
        (canContain CartType DishSpongeType)
        (canContain CartType PlungerType)
        (canContain CartType SoapBarType)
        (canContain CartType SoapBottleType)
        (canContain CartType SprayBottleType)
        (canContain CartType TissueBoxType)
        (canContain CounterTopType CandleType)
        (canContain CounterTopType ClothType)
        (canContain CounterTopType DishSpongeType)
        (canContain CounterTopType SoapBarType)
        (canContain CounterTopType SoapBottleType)
        (canContain CounterTopType SprayBottleType)
        (canContain CounterTopType TissueBoxType)
        (canContain DrawerType CandleType)
        (canContain DrawerType ClothType)
        (canContain DrawerType DishSpongeType)
        (canContain DrawerType SoapBarType)
        (canContain DrawerType SoapBottleType)
        (canContain DrawerType SprayBottleType)
        (canContain DrawerType TissueBoxType)
        (canContain GarbageCanType ClothType)
        (canContain GarbageCanType DishSpongeType)
        (canContain GarbageCanType SoapBarType)
        (canContain GarbageCanType SoapBottleType)
        (canContain GarbageCanType SprayBottleType)
        (canContain GarbageCanType TissueBoxType)
        (canContain ShelfType CandleType)
        (canContain ShelfType ClothType)
        (canContain ShelfType DishSpongeType)
        (canContain ShelfType SoapBarType)
        (canContain ShelfType SoapBottleType)
        (canContain ShelfType SprayBottleType)
        (canContain ShelfType TissueBoxType)
        (canContain SinkBasinType ClothType)
        (canContain SinkBasinType DishSpongeType)
        (canContain SinkBasinType SoapBarType)
        (canContain ToiletType CandleType)
        (canContain ToiletType ClothType)
        (canContain ToiletType DishSpongeType)
        (canContain ToiletType SoapBarType)
        (canContain ToiletType SoapBottleType)
        (canContain ToiletType SprayBottleType)
        (canContain ToiletType TissueBoxType)
        (canContain TowelHolderType TowelType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (cleanable ?o)
                            (objectType ?o DishSpongeType)
                            (receptacleType ?r CartType)
                            (isClean ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
