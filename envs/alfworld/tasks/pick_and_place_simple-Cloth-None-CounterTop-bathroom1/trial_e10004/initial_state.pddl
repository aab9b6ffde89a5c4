(define (problem plan_trial_e10004)
(:domain alfred)
(:objects
        agent1 - agent
        CandleType - otype
        ClothType - otype
        DishSpongeType - otype
        PaperTowelType - otype
        SoapBarType - otype
        SprayBottleType - otype
        ToiletPaperType - otype
        TowelType - otype
        BathtubBasinType - rtype
        CabinetType - rtype
        CounterTopType - rtype
        GarbageCanType - rtype
        HandTowelHolderType - rtype
        SinkBasinType - rtype
        ToiletType - rtype
        ToiletPaperHangerType - rtype
        TowelHolderType - rtype
        Cloth_bar__plus_00_dot_59_bar__minus_00_dot_27_bar__plus_02_dot_06 - object
        Towel_bar__plus_00_dot_42_bar__plus_01_dot_27_bar__minus_01_dot_17 - object
        Towel_bar__minus_02_dot_73_bar__minus_00_dot_92_bar__plus_01_dot_25 - object
        SprayBottle_bar__plus_00_dot_84_bar__plus_02_dot_49_bar__plus_02_dot_59 - object
        SprayBottle_bar__minus_02_dot_65_bar__minus_02_dot_23_bar__minus_00_dot_59 - object
        PaperTowel_bar__minus_00_dot_41_bar__plus_01_dot_67_bar__minus_01_dot_57 - object
        ToiletPaper_bar__minus_01_dot_84_bar__minus_01_dot_16_bar__minus_01_dot_19 - object
        ToiletPaper_bar__minus_02_dot_93_bar__minus_00_dot_76_bar__plus_02_dot_43 - object
        SoapBar_bar__minus_01_dot_79_bar__plus_01_dot_37_bar__minus_00_dot_92 - object
        DishSponge_bar__minus_01_dot_67_bar__plus_02_dot_35_bar__minus_02_dot_48 - object
        Candle_bar__plus_02_dot_48_bar__minus_02_dot_46_bar__minus_00_dot_68 - object
        Toilet_bar__plus_02_dot_42_bar__minus_00_dot_11_bar__plus_00_dot_88 - receptacle
        Sink_bar__minus_01_dot_90_bar__plus_02_dot_96_bar__plus_00_dot_68_bar_SinkBasin - receptacle
        Sink_bar__minus_00_dot_30_bar__minus_01_dot_06_bar__plus_00_dot_61_bar_SinkBasin - receptacle
        Cabinet_bar__minus_00_dot_46_bar__plus_02_dot_84_bar__minus_02_dot_05 - receptacle
        Cabinet_bar__plus_00_dot_17_bar__minus_00_dot_31_bar__minus_02_dot_52 - receptacle
        Cabinet_bar__plus_01_dot_45_bar__plus_01_dot_71_bar__minus_02_dot_07 - receptacle
        Cabinet_bar__minus_02_dot_08_bar__plus_00_dot_74_bar__minus_02_dot_11 - receptacle
        CounterTop_bar__minus_01_dot_93_bar__minus_01_dot_11_bar__plus_02_dot_39 - receptacle
        Bathtub_bar__plus_01_dot_90_bar__minus_02_dot_22_bar__plus_02_dot_49_bar_BathtubBasin - receptacle
        GarbageCan_bar__minus_01_dot_41_bar__minus_02_dot_93_bar__plus_01_dot_43 - receptacle
        HandTowelHolder_bar__minus_00_dot_29_bar__plus_00_dot_70_bar__minus_02_dot_72 - receptacle
        TowelHolder_bar__plus_01_dot_80_bar__minus_01_dot_28_bar__plus_02_dot_52 - receptacle
        ToiletPaperHanger_bar__minus_02_dot_61_bar__plus_01_dot_21_bar__plus_02_dot_49 - receptacle
        loc_bar__minus_11_bar_5_bar_1_bar_0 - location
        loc_bar__minus_3_bar_4_bar_1_bar_0 - location
        loc_bar_1_bar_10_bar_2_bar_15 - location
        loc_bar__minus_5_bar__minus_4_bar_2_bar_15 - location
        loc_bar__minus_7_bar_2_bar_2_bar_45 - location
        loc_bar_1_bar__minus_8_bar_2_bar_0 - location
        loc_bar__minus_6_bar_4_bar_3_bar_60 - location
        loc_bar_0_bar__minus_9_bar_2_bar_30 - location
        loc_bar__minus_8_bar__minus_8_bar_1_bar_30 - location
        loc_bar_12_bar_9_bar_3_bar_0 - location
        loc_bar__minus_10_bar_4_bar_3_bar_45 - location
        loc_bar__minus_12_bar_7_bar_3_bar_60 - location
        loc_bar__minus_2_bar__minus_1_bar_0_bar_30 - location
        loc_bar_4_bar_8_bar_3_bar_60 - location
        )
(:init
        (atLocation agent1 loc_bar_4_bar_8_bar_3_bar_60)
        (receptacleType Toilet_bar__plus_02_dot_42_bar__minus_00_dot_11_bar__plus_00_dot_88 ToiletType)
        (receptacleAtLocation Toilet_bar__plus_02_dot_42_bar__minus_00_dot_11_bar__plus_00_dot_88 loc_bar__minus_11_bar_5_bar_1_bar_0)
        (receptacleType Sink_bar__minus_01_dot_90_bar__plus_02_dot_96_bar__plus_00_dot_68_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_01_dot_90_bar__plus_02_dot_96_bar__plus_00_dot_68_bar_SinkBasin loc_bar__minus_3_bar_4_bar_1_bar_0)
        (receptacleType Sink_bar__minus_00_dot_30_bar__minus_01_dot_06_bar__plus_00_dot_61_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_00_dot_30_bar__minus_01_dot_06_bar__plus_00_dot_61_bar_SinkBasin loc_bar_1_bar_10_bar_2_bar_15)
        (receptacleType Cabinet_bar__minus_00_dot_46_bar__plus_02_dot_84_bar__minus_02_dot_05 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_46_bar__plus_02_dot_84_bar__minus_02_dot_05 loc_bar__minus_5_bar__minus_4_bar_2_bar_15)
        (openable Cabinet_bar__minus_00_dot_46_bar__plus_02_dot_84_bar__minus_02_dot_05)
        (receptacleType Cabinet_bar__plus_00_dot_17_bar__minus_00_dot_31_bar__minus_02_dot_52 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_17_bar__minus_00_dot_31_bar__minus_02_dot_52 loc_bar__minus_7_bar_2_bar_2_bar_45)
        (openable Cabinet_bar__plus_00_dot_17_bar__minus_00_dot_31_bar__minus_02_dot_52)
        (receptacleType Cabinet_bar__plus_01_dot_45_bar__plus_01_dot_71_bar__minus_02_dot_07 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_45_bar__plus_01_dot_71_bar__minus_02_dot_07 loc_bar_1_bar__minus_8_bar_2_bar_0)
        (openable Cabinet_bar__plus_01_dot_45_bar__plus_01_dot_71_bar__minus_02_dot_07)
        (receptacleType Cabinet_bar__minus_02_dot_08_bar__plus_00_dot_74_bar__minus_02_dot_11 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_08_bar__plus_00_dot_74_bar__minus_02_dot_11 loc_bar__minus_6_bar_4_bar_3_bar_60)
        (openable Cabinet_bar__minus_02_dot_08_bar__plus_00_dot_74_bar__minus_02_dot_11)
        (receptacleType CounterTop_bar__minus_01_dot_93_bar__minus_01_dot_11_bar__plus_02_dot_39 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_01_dot_93_bar__minus_01_dot_11_bar__plus_02_dot_39 loc_bar_0_bar__minus_9_bar_2_bar_30)
        (receptacleType Bathtub_bar__plus_01_dot_90_bar__minus_02_dot_22_bar__plus_02_dot_49_bar_BathtubBasin BathtubBasinType)
        (receptacleAtLocation Bathtub_bar__plus_01_dot_90_bar__minus_02_dot_22_bar__plus_02_dot_49_bar_BathtubBasin loc_bar__minus_8_bar__minus_8_bar_1_bar_30)
        (receptacleType GarbageCan_bar__minus_01_dot_41_bar__minus_02_dot_93_bar__plus_01_dot_43 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_01_dot_41_bar__minus_02_dot_93_bar__plus_01_dot_43 loc_bar_12_bar_9_bar_3_bar_0)
        (receptacleType HandTowelHolder_bar__minus_00_dot_29_bar__plus_00_dot_70_bar__minus_02_dot_72 HandTowelHolderType)
        (receptacleAtLocation HandTowelHolder_bar__minus_00_dot_29_bar__plus_00_dot_70_bar__minus_02_dot_72 loc_bar__minus_10_bar_4_bar_3_bar_45)
        (receptacleType TowelHolder_bar__plus_01_dot_80_bar__minus_01_dot_28_bar__plus_02_dot_52 TowelHolderType)
        (receptacleAtLocation TowelHolder_bar__plus_01_dot_80_bar__minus_01_dot_28_bar__plus_02_dot_52 loc_bar__minus_12_bar_7_bar_3_bar_60)
        (receptacleType ToiletPaperHanger_bar__minus_02_dot_61_bar__plus_01_dot_21_bar__plus_02_dot_49 ToiletPaperHangerType)
        (receptacleAtLocation ToiletPaperHanger_bar__minus_02_dot_61_bar__plus_01_dot_21_bar__plus_02_dot_49 loc_bar__minus_2_bar__minus_1_bar_0_bar_30)
        (objectType Cloth_bar__plus_00_dot_59_bar__minus_00_dot_27_bar__plus_02_dot_06 ClothType)
        (inReceptacle Cloth_bar__plus_00_dot_59_bar__minus_00_dot_27_bar__plus_02_dot_06 Sink_bar__minus_00_dot_30_bar__minus_01_dot_06_bar__plus_00_dot_61_bar_SinkBasin)
        (objectAtLocation Cloth_bar__plus_00_dot_59_bar__minus_00_dot_27_bar__plus_02_dot_06 loc_bar_1_bar_10_bar_2_bar_15)
        (pickupable Cloth_bar__plus_00_dot_59_bar__minus_00_dot_27_bar__plus_02_dot_06)
        (cleanable Cloth_bar__plus_00_dot_59_bar__minus_00_dot_27_bar__plus_02_dot_06)
        (objectType Towel_bar__plus_00_dot_42_bar__plus_01_dot_27_bar__minus_01_dot_17 TowelType)
        (inReceptacle Towel_bar__plus_00_dot_42_bar__plus_01_dot_27_bar__minus_01_dot_17 TowelHolder_bar__plus_01_dot_80_bar__minus_01_dot_28_bar__plus_02_dot_52)
        (objectAtLocation Towel_bar__plus_00_dot_42_bar__plus_01_dot_27_bar__minus_01_dot_17 loc_bar__minus_12_bar_7_bar_3_bar_60)
        (pickupable Towel_bar__plus_00_dot_42_bar__plus_01_dot_27_bar__minus_01_dot_17)
        (objectType Towel_bar__minus_02_dot_73_bar__minus_00_dot_92_bar__plus_01_dot_25 TowelType)
        (inReceptacle Towel_bar__minus_02_dot_73_bar__minus_00_dot_92_bar__plus_01_dot_25 TowelHolder_bar__plus_01_dot_80_bar__minus_01_dot_28_bar__plus_02_dot_52)
        (objectAtLocation Towel_bar__minus_02_dot_73_bar__minus_00_dot_92_bar__plus_01_dot_25 loc_bar__minus_12_bar_7_bar_3_bar_60)
        (pickupable Towel_bar__minus_02_dot_73_bar__minus_00_dot_92_bar__plus_01_dot_25)
        (objectType SprayBottle_bar__plus_00_dot_84_bar__plus_02_dot_49_bar__plus_02_dot_59 SprayBottleType)
        (inReceptacle SprayBottle_bar__plus_00_dot_84_bar__plus_02_dot_49_bar__plus_02_dot_59 CounterTop_bar__minus_01_dot_93_bar__minus_01_dot_11_bar__plus_02_dot_39)
        (objectAtLocation SprayBottle_bar__plus_00_dot_84_bar__plus_02_dot_49_bar__plus_02_dot_59 loc_bar_0_bar__minus_9_bar_2_bar_30)
        (pickupable SprayBottle_bar__plus_00_dot_84_bar__plus_02_dot_49_bar__plus_02_dot_59)
        (objectType SprayBottle_bar__minus_02_dot_65_bar__minus_02_dot_23_bar__minus_00_dot_59 SprayBottleType)
        (inReceptacle SprayBottle_bar__minus_02_dot_65_bar__minus_02_dot_23_bar__minus_00_dot_59 Toilet_bar__plus_02_dot_42_bar__minus_00_dot_11_bar__plus_00_dot_88)
        (objectAtLocation SprayBottle_bar__minus_02_dot_65_bar__minus_02_dot_23_bar__minus_00_dot_59 loc_bar__minus_11_bar_5_bar_1_bar_0)
        (pickupable SprayBottle_bar__minus_02_dot_65_bar__minus_02_dot_23_bar__minus_00_dot_59)
        (objectType PaperTowel_bar__minus_00_dot_41_bar__plus_01_dot_67_bar__minus_01_dot_57 PaperTowelType)
        (inReceptacle PaperTowel_bar__minus_00_dot_41_bar__plus_01_dot_67_bar__minus_01_dot_57 GarbageCan_bar__minus_01_dot_41_bar__minus_02_dot_93_bar__plus_01_dot_43)
        (objectAtLocation PaperTowel_bar__minus_00_dot_41_bar__plus_01_dot_67_bar__minus_01_dot_57 loc_bar_12_bar_9_bar_3_bar_0)
        (pickupable PaperTowel_bar__minus_00_dot_41_bar__plus_01_dot_67_bar__minus_01_dot_57)
        (objectType ToiletPaper_bar__minus_01_dot_84_bar__minus_01_dot_16_bar__minus_01_dot_19 ToiletPaperType)
        (inReceptacle ToiletPaper_bar__minus_01_dot_84_bar__minus_01_dot_16_bar__minus_01_dot_19 Toilet_bar__plus_02_dot_42_bar__minus_00_dot_11_bar__plus_00_dot_88)
        (objectAtLocation ToiletPaper_bar__minus_01_dot_84_bar__minus_01_dot_16_bar__minus_01_dot_19 loc_bar__minus_11_bar_5_bar_1_bar_0)
        (pickupable ToiletPaper_bar__minus_01_dot_84_bar__minus_01_dot_16_bar__minus_01_dot_19)
        (objectType ToiletPaper_bar__minus_02_dot_93_bar__minus_00_dot_76_bar__plus_02_dot_43 ToiletPaperType)
        (inReceptacle ToiletPaper_bar__minus_02_dot_93_bar__minus_00_dot_76_bar__plus_02_dot_43 ToiletPaperHanger_bar__minus_02_dot_61_bar__plus_01_dot_21_bar__plus_02_dot_49)
        (objectAtLocation ToiletPaper_bar__minus_02_dot_93_bar__minus_00_dot_76_bar__plus_02_dot_43 loc_bar__minus_2_bar__minus_1_bar_0_bar_30)
        (pickupable ToiletPaper_bar__minus_02_dot_93_bar__minus_00_dot_76_bar__plus_02_dot_43)
        (objectType SoapBar_bar__minus_01_dot_79_bar__plus_01_dot_37_bar__minus_00_dot_92 SoapBarType)
        (inReceptacle SoapBar_bar__minus_01_dot_79_bar__plus_01_dot_37_bar__minus_00_dot_92 Sink_bar__minus_01_dot_90_bar__plus_02_dot_96_bar__plus_00_dot_68_bar_SinkBasin)
        (objectAtLocation SoapBar_bar__minus_01_dot_79_bar__plus_01_dot_37_bar__minus_00_dot_92 loc_bar__minus_3_bar_4_bar_1_bar_0)
        (pickupable SoapBar_bar__minus_01_dot_79_bar__plus_01_dot_37_bar__minus_00_dot_92)
        (cleanable SoapBar_bar__minus_01_dot_79_bar__plus_01_dot_37_bar__minus_00_dot_92)
        (objectType DishSponge_bar__minus_01_dot_67_bar__plus_02_dot_35_bar__minus_02_dot_48 DishSpongeType)
        (inReceptacle DishSponge_bar__minus_01_dot_67_bar__plus_02_dot_35_bar__minus_02_dot_48 Sink_bar__minus_00_dot_30_bar__minus_01_dot_06_bar__plus_00_dot_61_bar_SinkBasin)
        (objectAtLocation DishSponge_bar__minus_01_dot_67_bar__plus_02_dot_35_bar__minus_02_dot_48 loc_bar_1_bar_10_bar_2_bar_15)
        (pickupable DishSponge_bar__minus_01_dot_67_bar__plus_02_dot_35_bar__minus_02_dot_48)
        (cleanable DishSponge_bar__minus_01_dot_67_bar__plus_02_dot_35_bar__minus_02_dot_48)
        (objectType Candle_bar__plus_02_dot_48_bar__minus_02_dot_46_bar__minus_00_dot_68 CandleType)
        (inReceptacle Candle_bar__plus_02_dot_48_bar__minus_02_dot_46_bar__minus_00_dot_68 CounterTop_bar__minus_01_dot_93_bar__minus_01_dot_11_bar__plus_02_dot_39)
        (objectAtLocation Candle_bar__plus_02_dot_48_bar__minus_02_dot_46_bar__minus_00_dot_68 loc_bar_0_bar__minus_9_bar_2_bar_30)
        (pickupable Candle_bar__plus_02_dot_48_bar__minus_02_dot_46_bar__minus_00_dot_68)
        (canContain BathtubBasinType ClothType)
        (canContain BathtubBasinType DishSpongeType)
        (canContain BathtubBasinType SoapBarType)
        (canContain CabinetType CandleType)
        (canContain CabinetType ClothType)
        (canContain CabinetType DishSpongeType)
        (canContain CabinetType SoapBarType)
        (canContain CabinetType SprayBottleType)
        (canContain CabinetType ToiletPaperType)
        (canContain CounterTopType CandleType)
        (canContain CounterTopType ClothType)
        (canContain CounterTopType DishSpongeType)
        (canContain CounterTopType PaperTowelType)
        (canContain CounterTopType SoapBarType)
        (canContain CounterTopType SprayBottleType)
        (canContain CounterTopType ToiletPaperType)
        (canContain GarbageCanType ClothType)
        (canContain GarbageCanType DishSpongeType)
        (canContain GarbageCanType PaperTowelType)
        (canContain GarbageCanType SoapBarType)
        (canContain GarbageCanType SprayBottleType)
        (canContain GarbageCanType ToiletPaperType)
        (canContain SinkBasinType ClothType)
        (canContain SinkBasinType DishSpongeType)
        (canContain SinkBasinType SoapBarType)
        (canContain ToiletType CandleType)
        (canContain ToiletType ClothType)
        (canContain ToiletType DishSpongeType)
        (canContain ToiletType PaperTowelType)
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
                            (inReceptacle ?o ?r)
                            (objectType ?o ClothType)
                            (receptacleType ?r CounterTopType)
                        )
                    )
                )
            )
        )
    )
