(define (problem plan_trial_e10005)
(:domain alfred)
(:objects
        agent1 - agent
        CandleType - otype
        ClothType - otype
        DishSpongeType - otype
        HandTowelType - otype
        PlungerType - otype
        SprayBottleType - otype
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
        Cloth_bar__plus_00_dot_63_bar__minus_01_dot_55_bar__plus_01_dot_94 - object
        Cloth_bar__plus_02_dot_58_bar__plus_02_dot_33_bar__plus_00_dot_73 - object
        Candle_bar__minus_01_dot_52_bar__minus_01_dot_77_bar__plus_01_dot_52 - object
        Candle_bar__plus_02_dot_48_bar__minus_00_dot_54_bar__minus_01_dot_13 - object
        Towel_bar__plus_00_dot_18_bar__plus_00_dot_94_bar__minus_02_dot_73 - object
        SprayBottle_bar__minus_01_dot_45_bar__plus_01_dot_26_bar__plus_01_dot_00 - object
        HandTowel_bar__minus_02_dot_85_bar__minus_02_dot_65_bar__plus_01_dot_63 - object
        DishSponge_bar__plus_01_dot_32_bar__plus_00_dot_71_bar__plus_01_dot_38 - object
        Plunger_bar__plus_00_dot_40_bar__plus_02_dot_14_bar__minus_01_dot_69 - object
        Toilet_bar__minus_00_dot_19_bar__plus_01_dot_82_bar__plus_00_dot_83 - receptacle
        Sink_bar__minus_02_dot_03_bar__plus_00_dot_29_bar__minus_02_dot_12_bar_SinkBasin - receptacle
        Cabinet_bar__minus_02_dot_21_bar__plus_02_dot_74_bar__plus_00_dot_22 - receptacle
        Cabinet_bar__minus_01_dot_00_bar__plus_01_dot_58_bar__minus_02_dot_05 - receptacle
        CounterTop_bar__minus_02_dot_40_bar__plus_02_dot_39_bar__plus_01_dot_23 - receptacle
        Drawer_bar__plus_01_dot_78_bar__plus_01_dot_56_bar__minus_00_dot_21 - receptacle
        Drawer_bar__plus_00_dot_80_bar__minus_00_dot_01_bar__plus_02_dot_05 - receptacle
        Shelf_bar__minus_01_dot_02_bar__plus_00_dot_41_bar__minus_01_dot_36 - receptacle
        Shelf_bar__plus_01_dot_28_bar__minus_01_dot_06_bar__minus_01_dot_28 - receptacle
        GarbageCan_bar__plus_02_dot_52_bar__plus_01_dot_49_bar__minus_02_dot_96 - receptacle
        TowelHolder_bar__minus_01_dot_40_bar__minus_02_dot_09_bar__minus_00_dot_35 - receptacle
        ToiletPaperHanger_bar__plus_00_dot_86_bar__minus_01_dot_17_bar__minus_02_dot_70 - receptacle
        Cart_bar__plus_00_dot_51_bar__plus_01_dot_95_bar__plus_02_dot_66 - receptacle
        loc_bar_11_bar__minus_11_bar_2_bar_45 - location
        loc_bar_12_bar__minus_8_bar_3_bar_0 - location
        loc_bar_8_bar_2_bar_2_bar_60 - location
        loc_bar__minus_8_bar_1_bar_0_bar_0 - location
        loc_bar__minus_6_bar_7_bar_1_bar_0 - location
        loc_bar_6_bar__minus_8_bar_3_bar_45 - location
        loc_bar__minus_6_bar__minus_8_bar_2_bar_30 - location
        loc_bar__minus_11_bar__minus_11_bar_3_bar_30 - location
        loc_bar_9_bar_12_bar_2_bar_60 - location
        loc_bar__minus_11_bar__minus_12_bar_3_bar_15 - location
        loc_bar__minus_4_bar_12_bar_1_bar_60 - location
        loc_bar_1_bar__minus_12_bar_0_bar_30 - location
        loc_bar__minus_4_bar__minus_3_bar_0_bar__minus_30 - location
        loc_bar__minus_5_bar__minus_6_bar_3_bar__minus_30 - location
        )
(:init
        (atLocation agent1 loc_bar__minus_5_bar__minus_6_bar_3_bar__minus_30)
        (receptacleType Toilet_bar__minus_00_dot_19_bar__plus_01_dot_82_bar__plus_00_dot_83 ToiletType)
        (receptacleAtLocation Toilet_bar__minus_00_dot_19_bar__plus_01_dot_82_bar__plus_00_dot_83 loc_bar_11_bar__minus_11_bar_2_bar_45)
        (receptacleType Sink_bar__minus_02_dot_03_bar__plus_00_dot_29_bar__minus_02_dot_12_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_02_dot_03_bar__plus_00_dot_29_bar__minus_02_dot_12_bar_SinkBasin loc_bar_12_bar__minus_8_bar_3_bar_0)
        (receptacleType Cabinet_bar__minus_02_dot_21_bar__plus_02_dot_74_bar__plus_00_dot_22 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_21_bar__plus_02_dot_74_bar__plus_00_dot_22 loc_bar_8_bar_2_bar_2_bar_60)
        (openable Cabinet_bar__minus_02_dot_21_bar__plus_02_dot_74_bar__plus_00_dot_22)
        (receptacleType Cabinet_bar__minus_01_dot_00_bar__plus_01_dot_58_bar__minus_02_dot_05 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_00_bar__plus_01_dot_58_bar__minus_02_dot_05 loc_bar__minus_8_bar_1_bar_0_bar_0)
        (openable Cabinet_bar__minus_01_dot_00_bar__plus_01_dot_58_bar__minus_02_dot_05)
        (receptacleType CounterTop_bar__minus_02_dot_40_bar__plus_02_dot_39_bar__plus_01_dot_23 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_02_dot_40_bar__plus_02_dot_39_bar__plus_01_dot_23 loc_bar__minus_6_bar_7_bar_1_bar_0)
        (receptacleType Drawer_bar__plus_01_dot_78_bar__plus_01_dot_56_bar__minus_00_dot_21 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_78_bar__plus_01_dot_56_bar__minus_00_dot_21 loc_bar_6_bar__minus_8_bar_3_bar_45)
        (openable Drawer_bar__plus_01_dot_78_bar__plus_01_dot_56_bar__minus_00_dot_21)
        (receptacleType Drawer_bar__plus_00_dot_80_bar__minus_00_dot_01_bar__plus_02_dot_05 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_00_dot_80_bar__minus_00_dot_01_bar__plus_02_dot_05 loc_bar__minus_6_bar__minus_8_bar_2_bar_30)
        (openable Drawer_bar__plus_00_dot_80_bar__minus_00_dot_01_bar__plus_02_dot_05)
        (receptacleType Shelf_bar__minus_01_dot_02_bar__plus_00_dot_41_bar__minus_01_dot_36 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_01_dot_02_bar__plus_00_dot_41_bar__minus_01_dot_36 loc_bar__minus_11_bar__minus_11_bar_3_bar_30)
        (receptacleType Shelf_bar__plus_01_dot_28_bar__minus_01_dot_06_bar__minus_01_dot_28 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_01_dot_28_bar__minus_01_dot_06_bar__minus_01_dot_28 loc_bar_9_bar_12_bar_2_bar_60)
        (receptacleType GarbageCan_bar__plus_02_dot_52_bar__plus_01_dot_49_bar__minus_02_dot_96 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_02_dot_52_bar__plus_01_dot_49_bar__minus_02_dot_96 loc_bar__minus_11_bar__minus_12_bar_3_bar_15)
        (receptacleType TowelHolder_bar__minus_01_dot_40_bar__minus_02_dot_09_bar__minus_00_dot_35 TowelHolderType)
        (receptacleAtLocation TowelHolder_bar__minus_01_dot_40_bar__minus_02_dot_09_bar__minus_00_dot_35 loc_bar__minus_4_bar_12_bar_1_bar_60)
        (receptacleType ToiletPaperHanger_bar__plus_00_dot_86_bar__minus_01_dot_17_bar__minus_02_dot_70 ToiletPaperHangerType)
        (receptacleAtLocation ToiletPaperHanger_bar__plus_00_dot_86_bar__minus_01_dot_17_bar__minus_02_dot_70 loc_bar_1_bar__minus_12_bar_0_bar_30)
        (receptacleType Cart_bar__plus_00_dot_51_bar__plus_01_dot_95_bar__plus_02_dot_66 CartType)
        (receptacleAtLocation Cart_bar__plus_00_dot_51_bar__plus_01_dot_95_bar__plus_02_dot_66 loc_bar__minus_4_bar__minus_3_bar_0_bar__minus_30)
        (objectType Cloth_bar__plus_00_dot_63_bar__minus_01_dot_55_bar__plus_01_dot_94 ClothType)
        (inReceptacle Cloth_bar__plus_00_dot_63_bar__minus_01_dot_55_bar__plus_01_dot_94 Cart_bar__plus_00_dot_51_bar__plus_01_dot_95_bar__plus_02_dot_66)
        (objectAtLocation Cloth_bar__plus_00_dot_63_bar__minus_01_dot_55_bar__plus_01_dot_94 loc_bar__minus_4_bar__minus_3_bar_0_bar__minus_30)
        (pickupable Cloth_bar__plus_00_dot_63_bar__minus_01_dot_55_bar__plus_01_dot_94)
        (cleanable Cloth_bar__plus_00_dot_63_bar__minus_01_dot_55_bar__plus_01_dot_94)
        (objectType Cloth_bar__plus_02_dot_58_bar__plus_02_dot_33_bar__plus_00_dot_73 ClothType)
        (inReceptacle Cloth_bar__plus_02_dot_58_bar__plus_02_dot_33_bar__plus_00_dot_73 Shelf_bar__plus_01_dot_28_bar__minus_01_dot_06_bar__minus_01_dot_28)
        (objectAtLocation Cloth_bar__plus_02_dot_58_bar__plus_02_dot_33_bar__plus_00_dot_73 loc_bar_9_bar_12_bar_2_bar_60)
        (pickupable Cloth_bar__plus_02_dot_58_bar__plus_02_dot_33_bar__plus_00_dot_73)
        (cleanable Cloth_bar__plus_02_dot_58_bar__plus_02_dot_33_bar__plus_00_dot_73)
        (objectType Candle_bar__minus_01_dot_52_bar__minus_01_dot_77_bar__plus_01_dot_52 CandleType)
        (inReceptacle Candle_bar__minus_01_dot_52_bar__minus_01_dot_77_bar__plus_01_dot_52 Cabinet_bar__minus_02_dot_21_bar__plus_02_dot_74_bar__plus_00_dot_22)
        (objectAtLocation Candle_bar__minus_01_dot_52_bar__minus_01_dot_77_bar__plus_01_dot_52 loc_bar_8_bar_2_bar_2_bar_60)
        (pickupable Candle_bar__minus_01_dot_52_bar__minus_01_dot_77_bar__plus_01_dot_52)
        (objectType Candle_bar__plus_02_dot_48_bar__minus_00_dot_54_bar__minus_01_dot_13 CandleType)
        (inReceptacle Candle_bar__plus_02_dot_48_bar__minus_00_dot_54_bar__minus_01_dot_13 Drawer_bar__plus_01_dot_78_bar__plus_01_dot_56_bar__minus_00_dot_21)
        (objectAtLocation Candle_bar__plus_02_dot_48_bar__minus_00_dot_54_bar__minus_01_dot_13 loc_bar_6_bar__minus_8_bar_3_bar_45)
        (pickupable Candle_bar__plus_02_dot_48_bar__minus_00_dot_54_bar__minus_01_dot_13)
        (objectType Towel_bar__plus_00_dot_18_bar__plus_00_dot_94_bar__minus_02_dot_73 TowelType)
        (inReceptacle Towel_bar__plus_00_dot_18_bar__plus_00_dot_94_bar__minus_02_dot_73 TowelHolder_bar__minus_01_dot_40_bar__minus_02_dot_09_bar__minus_00_dot_35)
        (objectAtLocation Towel_bar__plus_00_dot_18_bar__plus_00_dot_94_bar__minus_02_dot_73 loc_bar__minus_4_bar_12_bar_1_bar_60)
        (pickupable Towel_bar__plus_00_dot_18_bar__plus_00_dot_94_bar__minus_02_dot_73)
        (objectType SprayBottle_bar__minus_01_dot_45_bar__plus_01_dot_26_bar__plus_01_dot_00 SprayBottleType)
        (inReceptacle SprayBottle_bar__minus_01_dot_45_bar__plus_01_dot_26_bar__plus_01_dot_00 Shelf_bar__minus_01_dot_02_bar__plus_00_dot_41_bar__minus_01_dot_36)
        (objectAtLocation SprayBottle_bar__minus_01_dot_45_bar__plus_01_dot_26_bar__plus_01_dot_00 loc_bar__minus_11_bar__minus_11_bar_3_bar_30)
        (pickupable SprayBottle_bar__minus_01_dot_45_bar__plus_01_dot_26_bar__plus_01_dot_00)
        (objectType HandTowel_bar__minus_02_dot_85_bar__minus_02_dot_65_bar__plus_01_dot_63 HandTowelType)
        (inReceptacle HandTowel_bar__minus_02_dot_85_bar__minus_02_dot_65_bar__plus_01_dot_63 CounterTop_bar__minus_02_dot_40_bar__plus_02_dot_39_bar__plus_01_dot_23)
        (objectAtLocation HandTowel_bar__minus_02_dot_85_bar__minus_02_dot_65_bar__plus_01_dot_63 loc_bar__minus_6_bar_7_bar_1_bar_0)
        (pickupable HandTowel_bar__minus_02_dot_85_bar__minus_02_dot_65_bar__plus_01_dot_63)
        (objectType DishSponge_bar__plus_01_dot_32_bar__plus_00_dot_71_bar__plus_01_dot_38 DishSpongeType)
        (inReceptacle DishSponge_bar__plus_01_dot_32_bar__plus_00_dot_71_bar__plus_01_dot_38 Shelf_bar__plus_01_dot_28_bar__minus_01_dot_06_bar__minus_01_dot_28)
        (objectAtLocation DishSponge_bar__plus_01_dot_32_bar__plus_00_dot_71_bar__plus_01_dot_38 loc_bar_9_bar_12_bar_2_bar_60)
        (pickupable DishSponge_bar__plus_01_dot_32_bar__plus_00_dot_71_bar__plus_01_dot_38)
        (cleanable DishSponge_bar__plus_01_dot_32_bar__plus_00_dot_71_bar__plus_01_dot_38)
        (objectType Plunger_bar__plus_00_dot_40_bar__plus_02_dot_14_bar__minus_01_dot_69 PlungerType)
        (inReceptacle Plunger_bar__plus_00_dot_40_bar__plus_02_dot_14_bar__minus_01_dot_69 Cabinet_bar__minus_02_dot_21_bar__plus_02_dot_74_bar__plus_00_dot_22)
        (objectAtLocation Plunger_bar__plus_00_dot_40_bar__plus_02_dot_14_bar__minus_01_dot_69 loc_bar_8_bar_2_bar_2_bar_60)
        (pickupable Plunger_bar__plus_00_dot_40_bar__plus_02_dot_14_bar__minus_01_dot_69)
        (canContain CabinetType CandleType)
        (canContain CabinetType ClothType)
        (canContain CabinetType DishSpongeType)
        (canContain CabinetType HandTowelType)
        (canContain CabinetType PlungerType)
        (canContain CabinetType SprayBottleType)
        (canContain CartType CandleType)
        (canContain CartType ClothType)
        (canContain CartType DishSpongeType)
        (canContain CartType HandTowelType)
        (canContain CartType PlungerType)
        (canContain CartType SprayBottleType)
        (canContain CounterTopType CandleType)
        (canContain CounterTopType ClothType)
        (canContain CounterTopType DishSpongeType)
        (canContain CounterTopType HandTowelType)
        (canContain CounterTopType SprayBottleType)
        (canContain DrawerType CandleType)
        (canContain DrawerType ClothType)
        (canContain DrawerType DishSpongeType)
        (canContain DrawerType HandTowelType)
        (canContain DrawerType SprayBottleType)
        (canContain GarbageCanType ClothType)
        (canContain GarbageCanType DishSpongeType)
        (canContain GarbageCanType HandTowelType)
        (canContain GarbageCanType SprayBottleType)
        (canContain ShelfType CandleType)
        (canContain ShelfType ClothType)
        (canContain ShelfType DishSpongeType)
        (canContain ShelfType HandTowelType)
        (canContain ShelfType SprayBottleType)
        (canContain SinkBasinType ClothType)
        (canContain SinkBasinType DishSpongeType)
        (canContain SinkBasinType HandTowelType)
        (canContain ToiletType CandleType)
        (canContain ToiletType ClothType)
        (canContain ToiletType DishSpongeType)
        (canContain ToiletType HandTowelType)
        (canContain ToiletType SprayBottleType)
        (canContain TowelHolderType TowelType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (inReceptacle ?o ?r)
                            (objectType ?o ClothType)
                            (receptacleType ?r SinkBasinType)
                        )
                    )
                )
            )
        )
    )
