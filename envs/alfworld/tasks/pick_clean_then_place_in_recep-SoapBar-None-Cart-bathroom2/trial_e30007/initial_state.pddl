(define (problem plan_trial_e30007)
(:domain alfred)
(:objects
        agent1 - agent
        CandleType - otype
        ClothType - otype
        DishSpongeType - otype
        HandTowelType - otype
        PlungerType - otype
        SoapBarType - otype
        SprayBottleType - otype
        ToiletPaperType - otype
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
        SoapBar_bar__minus_02_dot_88_bar__minus_00_dot_91_bar__minus_01_dot_99 - object
        SoapBar_bar__plus_01_dot_92_bar__minus_02_dot_90_bar__plus_00_dot_75 - object
        Candle_bar__plus_02_dot_38_bar__minus_00_dot_25_bar__plus_02_dot_71 - object
        Cloth_bar__minus_01_dot_04_bar__plus_00_dot_44_bar__plus_00_dot_68 - object
        Towel_bar__minus_02_dot_99_bar__plus_01_dot_19_bar__plus_00_dot_15 - object
        Towel_bar__minus_01_dot_16_bar__plus_00_dot_49_bar__minus_01_dot_28 - object
        DishSponge_bar__plus_02_dot_88_bar__plus_00_dot_74_bar__minus_00_dot_73 - object
        Plunger_bar__plus_02_dot_09_bar__minus_01_dot_02_bar__plus_02_dot_26 - object
        Plunger_bar__plus_01_dot_86_bar__plus_01_dot_38_bar__minus_02_dot_09 - object
        ToiletPaper_bar__plus_00_dot_99_bar__plus_00_dot_92_bar__plus_00_dot_09 - object
        HandTowel_bar__plus_00_dot_71_bar__plus_02_dot_62_bar__minus_02_dot_05 - object
        SprayBottle_bar__plus_02_dot_61_bar__plus_00_dot_09_bar__minus_02_dot_44 - object
        Toilet_bar__plus_01_dot_56_bar__plus_00_dot_63_bar__plus_00_dot_97 - receptacle
        Sink_bar__plus_01_dot_66_bar__plus_00_dot_59_bar__plus_02_dot_60_bar_SinkBasin - receptacle
        Cabinet_bar__minus_02_dot_49_bar__plus_00_dot_83_bar__plus_02_dot_43 - receptacle
        Cabinet_bar__plus_01_dot_33_bar__minus_00_dot_39_bar__plus_01_dot_67 - receptacle
        CounterTop_bar__plus_01_dot_04_bar__plus_02_dot_10_bar__plus_01_dot_94 - receptacle
        Drawer_bar__plus_01_dot_63_bar__plus_02_dot_90_bar__minus_00_dot_44 - receptacle
        Drawer_bar__minus_01_dot_70_bar__plus_01_dot_73_bar__plus_01_dot_68 - receptacle
        Shelf_bar__plus_01_dot_14_bar__plus_01_dot_55_bar__plus_00_dot_38 - receptacle
        Shelf_bar__plus_02_dot_87_bar__plus_02_dot_40_bar__minus_01_dot_99 - receptacle
        GarbageCan_bar__plus_02_dot_77_bar__plus_01_dot_75_bar__plus_01_dot_67 - receptacle
        TowelHolder_bar__plus_02_dot_47_bar__minus_01_dot_26_bar__minus_01_dot_86 - receptacle
        ToiletPaperHanger_bar__plus_00_dot_84_bar__minus_02_dot_85_bar__minus_02_dot_79 - receptacle
        Cart_bar__minus_01_dot_76_bar__plus_01_dot_56_bar__minus_01_dot_71 - receptacle
        loc_bar__minus_1_bar__minus_4_bar_0_bar_45 - location
        loc_bar__minus_10_bar_9_bar_3_bar_45 - location
        loc_bar_6_bar_5_bar_1_bar_60 - location
        loc_bar_5_bar__minus_11_bar_2_bar_30 - location
        loc_bar_9_bar__minus_4_bar_2_bar__minus_30 - location
        loc_bar_7_bar__minus_12_bar_2_bar_60 - location
        loc_bar__minus_3_bar__minus_6_bar_0_bar_60 - location
        loc_bar__minus_5_bar__minus_12_bar_0_bar_30 - location
        loc_bar_10_bar_0_bar_1_bar_30 - location
        loc_bar_9_bar__minus_10_bar_1_bar_15 - location
        loc_bar__minus_6_bar_0_bar_2_bar_0 - location
        loc_bar_1_bar_3_bar_3_bar_15 - location
        loc_bar_5_bar__minus_12_bar_1_bar_15 - location
        loc_bar__minus_9_bar__minus_10_bar_3_bar_0 - location
        )
(:init
        (atLocation agent1 loc_bar__minus_9_bar__minus_10_bar_3_bar_0)
        (receptacleType Toilet_bar__plus_01_dot_56_bar__plus_00_dot_63_bar__plus_00_dot_97 ToiletType)
        (receptacleAtLocation Toilet_bar__plus_01_dot_56_bar__plus_00_dot_63_bar__plus_00_dot_97 loc_bar__minus_1_bar__minus_4_bar_0_bar_45)
        (receptacleType Sink_bar__plus_01_dot_66_bar__plus_00_dot_59_bar__plus_02_dot_60_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_01_dot_66_bar__plus_00_dot_59_bar__plus_02_dot_60_bar_SinkBasin loc_bar__minus_10_bar_9_bar_3_bar_45)
        (receptacleType Cabinet_bar__minus_02_dot_49_bar__plus_00_dot_83_bar__plus_02_dot_43 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_49_bar__plus_00_dot_83_bar__plus_02_dot_43 loc_bar_6_bar_5_bar_1_bar_60)
        (openable Cabinet_bar__minus_02_dot_49_bar__plus_00_dot_83_bar__plus_02_dot_43)
        (receptacleType Cabinet_bar__plus_01_dot_33_bar__minus_00_dot_39_bar__plus_01_dot_67 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_33_bar__minus_00_dot_39_bar__plus_01_dot_67 loc_bar_5_bar__minus_11_bar_2_bar_30)
        (openable Cabinet_bar__plus_01_dot_33_bar__minus_00_dot_39_bar__plus_01_dot_67)
        (receptacleType CounterTop_bar__plus_01_dot_04_bar__plus_02_dot_10_bar__plus_01_dot_94 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_01_dot_04_bar__plus_02_dot_10_bar__plus_01_dot_94 loc_bar_9_bar__minus_4_bar_2_bar__minus_30)
        (receptacleType Drawer_bar__plus_01_dot_63_bar__plus_02_dot_90_bar__minus_00_dot_44 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_63_bar__plus_02_dot_90_bar__minus_00_dot_44 loc_bar_7_bar__minus_12_bar_2_bar_60)
        (openable Drawer_bar__plus_01_dot_63_bar__plus_02_dot_90_bar__minus_00_dot_44)
        (receptacleType Drawer_bar__minus_01_dot_70_bar__plus_01_dot_73_bar__plus_01_dot_68 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_70_bar__plus_01_dot_73_bar__plus_01_dot_68 loc_bar__minus_3_bar__minus_6_bar_0_bar_60)
        (openable Drawer_bar__minus_01_dot_70_bar__plus_01_dot_73_bar__plus_01_dot_68)
        (receptacleType Shelf_bar__plus_01_dot_14_bar__plus_01_dot_55_bar__plus_00_dot_38 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_01_dot_14_bar__plus_01_dot_55_bar__plus_00_dot_38 loc_bar__minus_5_bar__minus_12_bar_0_bar_30)
        (receptacleType Shelf_bar__plus_02_dot_87_bar__plus_02_dot_40_bar__minus_01_dot_99 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_02_dot_87_bar__plus_02_dot_40_bar__minus_01_dot_99 loc_bar_10_bar_0_bar_1_bar_30)
        (receptacleType GarbageCan_bar__plus_02_dot_77_bar__plus_01_dot_75_bar__plus_01_dot_67 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_02_dot_77_bar__plus_01_dot_75_bar__plus_01_dot_67 loc_bar_9_bar__minus_10_bar_1_bar_15)
        (receptacleType TowelHolder_bar__plus_02_dot_47_bar__minus_01_dot_26_bar__minus_01_dot_86 TowelHolderType)
        (receptacleAtLocation TowelHolder_bar__plus_02_dot_47_bar__minus_01_dot_26_bar__minus_01_dot_86 loc_bar__minus_6_bar_0_bar_2_bar_0)
        (receptacleType ToiletPaperHanger_bar__plus_00_dot_84_bar__minus_02_dot_85_bar__minus_02_dot_79 ToiletPaperHangerType)
        (receptacleAtLocation ToiletPaperHanger_bar__plus_00_dot_84_bar__minus_02_dot_85_bar__minus_02_dot_79 loc_bar_1_bar_3_bar_3_bar_15)
        (receptacleType Cart_bar__minus_01_dot_76_bar__plus_01_dot_56_bar__minus_01_dot_71 CartType)
        (receptacleAtLocation Cart_bar__minus_01_dot_76_bar__plus_01_dot_56_bar__minus_01_dot_71 loc_bar_5_bar__minus_12_bar_1_bar_15)
        (objectType SoapBar_bar__minus_02_dot_88_bar__minus_00_dot_91_bar__minus_01_dot_99 SoapBarType)
        (inReceptacle SoapBar_bar__minus_02_dot_88_bar__minus_00_dot_91_bar__minus_01_dot_99 CounterTop_bar__plus_01_dot_04_bar__plus_02_dot_10_bar__plus_01_dot_94)
        (objectAtLocation SoapBar_bar__minus_02_dot_88_bar__minus_00_dot_91_bar__minus_01_dot_99 loc_bar_9_bar__minus_4_bar_2_bar__minus_30)
        (pickupable SoapBar_bar__minus_02_dot_88_bar__minus_00_dot_91_bar__minus_01_dot_99)
        (cleanable SoapBar_bar__minus_02_dot_88_bar__minus_00_dot_91_bar__minus_01_dot_99)
        (objectType SoapBar_bar__plus_01_dot_92_bar__minus_02_dot_90_bar__plus_00_dot_75 SoapBarType)
        (inReceptacle SoapBar_bar__plus_01_dot_92_bar__minus_02_dot_90_bar__plus_00_dot_75 GarbageCan_bar__plus_02_dot_77_bar__plus_01_dot_75_bar__plus_01_dot_67)
        (objectAtLocation SoapBar_bar__plus_01_dot_92_bar__minus_02_dot_90_bar__plus_00_dot_75 loc_bar_9_bar__minus_10_bar_1_bar_15)
        (pickupable SoapBar_bar__plus_01_dot_92_bar__minus_02_dot_90_bar__plus_00_dot_75)
        (cleanable SoapBar_bar__plus_01_dot_92_bar__minus_02_dot_90_bar__plus_00_dot_75)
        (objectType Candle_bar__plus_02_dot_38_bar__minus_00_dot_25_bar__plus_02_dot_71 CandleType)
        (inReceptacle Candle_bar__plus_02_dot_38_bar__minus_00_dot_25_bar__plus_02_dot_71 CounterTop_bar__plus_01_dot_04_bar__plus_02_dot_10_bar__plus_01_dot_94)
        (objectAtLocation Candle_bar__plus_02_dot_38_bar__minus_00_dot_25_bar__plus_02_dot_71 loc_bar_9_bar__minus_4_bar_2_bar__minus_30)
        (pickupable Candle_bar__plus_02_dot_38_bar__minus_00_dot_25_bar__plus_02_dot_71)
        (objectType Cloth_bar__minus_01_dot_04_bar__plus_00_dot_44_bar__plus_00_dot_68 ClothType)
        (inReceptacle Cloth_bar__minus_01_dot_04_bar__plus_00_dot_44_bar__plus_00_dot_68 Cabinet_bar__minus_02_dot_49_bar__plus_00_dot_83_bar__plus_02_dot_43)
        (objectAtLocation Cloth_bar__minus_01_dot_04_bar__plus_00_dot_44_bar__plus_00_dot_68 loc_bar_6_bar_5_bar_1_bar_60)
        (pickupable Cloth_bar__minus_01_dot_04_bar__plus_00_dot_44_bar__plus_00_dot_68)
        (cleanable Cloth_bar__minus_01_dot_04_bar__plus_00_dot_44_bar__plus_00_dot_68)
        (objectType Towel_bar__minus_02_dot_99_bar__plus_01_dot_19_bar__plus_00_dot_15 TowelType)
        (inReceptacle Towel_bar__minus_02_dot_99_bar__plus_01_dot_19_bar__plus_00_dot_15 TowelHolder_bar__plus_02_dot_47_bar__minus_01_dot_26_bar__minus_01_dot_86)
        (objectAtLocation Towel_bar__minus_02_dot_99_bar__plus_01_dot_19_bar__plus_00_dot_15 loc_bar__minus_6_bar_0_bar_2_bar_0)
        (pickupable Towel_bar__minus_02_dot_99_bar__plus_01_dot_19_bar__plus_00_dot_15)
        (objectType Towel_bar__minus_01_dot_16_bar__plus_00_dot_49_bar__minus_01_dot_28 TowelType)
        (inReceptacle Towel_bar__minus_01_dot_16_bar__plus_00_dot_49_bar__minus_01_dot_28 TowelHolder_bar__plus_02_dot_47_bar__minus_01_dot_26_bar__minus_01_dot_86)
        (objectAtLocation Towel_bar__minus_01_dot_16_bar__plus_00_dot_49_bar__minus_01_dot_28 loc_bar__minus_6_bar_0_bar_2_bar_0)
        (pickupable Towel_bar__minus_01_dot_16_bar__plus_00_dot_49_bar__minus_01_dot_28)
        (objectType DishSponge_bar__plus_02_dot_88_bar__plus_00_dot_74_bar__minus_00_dot_73 DishSpongeType)
        (inReceptacle DishSponge_bar__plus_02_dot_88_bar__plus_00_dot_74_bar__minus_00_dot_73 Drawer_bar__minus_01_dot_70_bar__plus_01_dot_73_bar__plus_01_dot_68)
        (objectAtLocation DishSponge_bar__plus_02_dot_88_bar__plus_00_dot_74_bar__minus_00_dot_73 loc_bar__minus_3_bar__minus_6_bar_0_bar_60)
        (pickupable DishSponge_bar__plus_02_dot_88_bar__plus_00_dot_74_bar__minus_00_dot_73)
        (cleanable DishSponge_bar__plus_02_dot_88_bar__plus_00_dot_74_bar__minus_00_dot_73)
        (objectType Plunger_bar__plus_02_dot_09_bar__minus_01_dot_02_bar__plus_02_dot_26 PlungerType)
        (inReceptacle Plunger_bar__plus_02_dot_09_bar__minus_01_dot_02_bar__plus_02_dot_26 Cart_bar__minus_01_dot_76_bar__plus_01_dot_56_bar__minus_01_dot_71)
        (objectAtLocation Plunger_bar__plus_02_dot_09_bar__minus_01_dot_02_bar__plus_02_dot_26 loc_bar_5_bar__minus_12_bar_1_bar_15)
        (pickupable Plunger_bar__plus_02_dot_09_bar__minus_01_dot_02_bar__plus_02_dot_26)
        (objectType Plunger_bar__plus_01_dot_86_bar__plus_01_dot_38_bar__minus_02_dot_09 PlungerType)
        (inReceptacle Plunger_bar__plus_01_dot_86_bar__plus_01_dot_38_bar__minus_02_dot_09 Cabinet_bar__plus_01_dot_33_bar__minus_00_dot_39_bar__plus_01_dot_67)
        (objectAtLocation Plunger_bar__plus_01_dot_86_bar__plus_01_dot_38_bar__minus_02_dot_09 loc_bar_5_bar__minus_11_bar_2_bar_30)
        (pickupable Plunger_bar__plus_01_dot_86_bar__plus_01_dot_38_bar__minus_02_dot_09)
        (objectType ToiletPaper_bar__plus_00_dot_99_bar__plus_00_dot_92_bar__plus_00_dot_09 ToiletPaperType)
        (inReceptacle ToiletPaper_bar__plus_00_dot_99_bar__plus_00_dot_92_bar__plus_00_dot_09 Cart_bar__minus_01_dot_76_bar__plus_01_dot_56_bar__minus_01_dot_71)
        (objectAtLocation ToiletPaper_bar__plus_00_dot_99_bar__plus_00_dot_92_bar__plus_00_dot_09 loc_bar_5_bar__minus_12_bar_1_bar_15)
        (pickupable ToiletPaper_bar__plus_00_dot_99_bar__plus_00_dot_92_bar__plus_00_dot_09)
        (objectType HandTowel_bar__plus_00_dot_71_bar__plus_02_dot_62_bar__minus_02_dot_05 HandTowelType)
        (inReceptacle HandTowel_bar__plus_00_dot_71_bar__plus_02_dot_62_bar__minus_02_dot_05 Drawer_bar__plus_01_dot_63_bar__plus_02_dot_90_bar__minus_00_dot_44)
        (objectAtLocation HandTowel_bar__plus_00_dot_71_bar__plus_02_dot_62_bar__minus_02_dot_05 loc_bar_7_bar__minus_12_bar_2_bar_60)
        (pickupable HandTowel_bar__plus_00_dot_71_bar__plus_02_dot_62_bar__minus_02_dot_05)
        (objectType SprayBottle_bar__plus_02_dot_61_bar__plus_00_dot_09_bar__minus_02_dot_44 SprayBottleType)
        (inReceptacle SprayBottle_bar__plus_02_dot_61_bar__plus_00_dot_09_bar__minus_02_dot_44 Cart_bar__minus_01_dot_76_bar__plus_01_dot_56_bar__minus_01_dot_71)
        (objectAtLocation SprayBottle_bar__plus_02_dot_61_bar__plus_00_dot_09_bar__minus_02_dot_44 loc_bar_5_bar__minus_12_bar_1_bar_15)
        (pickupable SprayBottle_bar__plus_02_dot_61_bar__plus_00_dot_09_bar__minus_02_dot_44)
        (canContain CabinetType CandleType)
        (canContain CabinetType ClothType)
        (canContain CabinetType DishSpongeType)
        (canContain CabinetType HandTowelType)
        (canContain CabinetType PlungerType)
        (canContain CabinetType SoapBarType)
        (canContain CabinetType SprayBottleType)
        (canContain CabinetType ToiletPaperType)
        (canContain CartType CandleType)
        (canContain CartType ClothType)
        (canContain CartType DishSpongeType)
        (canContain CartType HandTowelType)
        (canContain CartType PlungerType)
        (canContain CartType SoapBarType)
        (canContain CartType SprayBottleType)
        (canContain CartType ToiletPaperType)
        (canContain CounterTopType CandleType)
        (canContain CounterTopType ClothType)
        (canContain CounterTopType DishSpongeType)
        (canContain CounterTopType HandTowelType)
        (canContain CounterTopType SoapBarType)
        (canContain CounterTopType SprayBottleType)
        (canContain CounterTopType ToiletPaperType)
        (canContain DrawerType CandleType)
        (canContain DrawerType ClothType)
        (canContain DrawerType DishSpongeType)
        (canContain DrawerType HandTowelType)
        (canContain DrawerType SoapBarType)
        (canContain DrawerType SprayBottleType)
        (canContain DrawerType ToiletPaperType)
        (canContain GarbageCanType ClothType)
        (canContain GarbageCanType DishSpongeType)
        (canContain GarbageCanType HandTowelType)
        (canContain GarbageCanType SoapBarType)
        (canContain GarbageCanType SprayBottleType)
        (canContain GarbageCanType ToiletPaperType)
        (canContain ShelfType CandleType)
        (canContain ShelfType ClothType)
        (canContain ShelfType DishSpongeType)
        (canContain ShelfType HandTowelType)
        (canContain ShelfType SoapBarType)
        (canContain ShelfType SprayBottleType)
        (canContain ShelfType ToiletPaperType)
        (canContain SinkBasinType ClothType)
        (canContain SinkBasinType DishSpongeType)
        (canContain SinkBasinType HandTowelType)
        (canContain SinkBasinType SoapBarType)
        (canContain ToiletType CandleType)
        (canContain ToiletType ClothType)
        (canContain ToiletType DishSpongeType)
        (canContain ToiletType HandTowelType)
        (canContain ToiletType SoapBarType)
        (canContain ToiletType SprayBottleType)
        (canContain ToiletType ToiletPaperType)
        (canContain ToiletPaperHangerType ToiletPaperType)
        (canContain TowelHolderType TowelType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (cleanable ?o)
                            (objectType ?o SoapBarType)
                            (receptacleType ?r CartType)
                            (isClean ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
