(define (problem plan_trial_e60004)
(:domain alfred)
(:objects
        agent1 - agent
        CandleType - otype
        DishSpongeType - otype
        HandTowelType - otype
        PlungerType - otype
        SoapBottleType - otype
        ToiletPaperType - otype
        BathtubBasinType - rtype
        CabinetType - rtype
        CounterTopType - rtype
        GarbageCanType - rtype
        HandTowelHolderType - rtype
        SinkBasinType - rtype
        ToiletType - rtype
        ToiletPaperHangerType - rtype
        TowelHolderType - rtype
        Candle_bar__minus_00_dot_21_bar__plus_00_dot_15_bar__plus_01_dot_20 - object
        Candle_bar__minus_00_dot_57_bar__plus_00_dot_07_bar__minus_02_dot_70 - object
        Plunger_bar__plus_02_dot_80_bar__minus_00_dot_41_bar__minus_00_dot_84 - object
        SoapBottle_bar__minus_00_dot_10_bar__minus_01_dot_45_bar__plus_02_dot_70 - object
        HandTowel_bar__minus_00_dot_02_bar__minus_00_dot_03_bar__plus_02_dot_14 - object
        ToiletPaper_bar__plus_01_dot_54_bar__minus_00_dot_78_bar__minus_02_dot_01 - object
        DishSponge_bar__plus_00_dot_79_bar__plus_01_dot_14_bar__plus_00_dot_38 - object
        Toilet_bar__plus_01_dot_70_bar__plus_00_dot_86_bar__plus_00_dot_24 - receptacle
        Sink_bar__minus_01_dot_37_bar__minus_01_dot_93_bar__plus_00_dot_82_bar_SinkBasin - receptacle
        Sink_bar__plus_01_dot_55_bar__minus_01_dot_18_bar__minus_01_dot_82_bar_SinkBasin - receptacle
        Cabinet_bar__plus_01_dot_03_bar__plus_02_dot_64_bar__minus_00_dot_64 - receptacle
        Cabinet_bar__plus_02_dot_83_bar__plus_01_dot_01_bar__plus_00_dot_42 - receptacle
        Cabinet_bar__minus_01_dot_23_bar__plus_02_dot_54_bar__plus_01_dot_84 - receptacle
        Cabinet_bar__minus_00_dot_15_bar__minus_02_dot_60_bar__minus_00_dot_47 - receptacle
        CounterTop_bar__plus_02_dot_26_bar__minus_01_dot_10_bar__minus_01_dot_64 - receptacle
        Bathtub_bar__minus_00_dot_51_bar__minus_00_dot_33_bar__plus_00_dot_60_bar_BathtubBasin - receptacle
        GarbageCan_bar__plus_00_dot_96_bar__plus_00_dot_83_bar__plus_00_dot_31 - receptacle
        HandTowelHolder_bar__minus_00_dot_74_bar__plus_02_dot_74_bar__plus_02_dot_89 - receptacle
        TowelHolder_bar__plus_02_dot_85_bar__plus_00_dot_15_bar__plus_01_dot_07 - receptacle
        ToiletPaperHanger_bar__minus_02_dot_96_bar__minus_02_dot_08_bar__minus_02_dot_74 - receptacle
        loc_bar__minus_8_bar_12_bar_0_bar_15 - location
        loc_bar_12_bar_8_bar_2_bar_0 - location
        loc_bar_0_bar__minus_8_bar_0_bar_60 - location
        loc_bar__minus_6_bar__minus_2_bar_1_bar_0 - location
        loc_bar__minus_11_bar__minus_1_bar_3_bar_0 - location
        loc_bar__minus_1_bar__minus_3_bar_2_bar__minus_30 - location
        loc_bar__minus_5_bar__minus_5_bar_2_bar_0 - location
        loc_bar__minus_1_bar_11_bar_3_bar_45 - location
        loc_bar__minus_1_bar__minus_3_bar_2_bar_60 - location
        loc_bar__minus_1_bar_4_bar_3_bar_0 - location
        loc_bar_7_bar_4_bar_2_bar_15 - location
        loc_bar_0_bar_2_bar_3_bar_60 - location
        loc_bar__minus_12_bar_5_bar_1_bar_30 - location
        loc_bar__minus_4_bar__minus_2_bar_3_bar_45 - location
        )
(:init
        (atLocation agent1 loc_bar__minus_4_bar__minus_2_bar_3_bar_45)
        (receptacleType Toilet_bar__plus_01_dot_70_bar__plus_00_dot_86_bar__plus_00_dot_24 ToiletType)
        (receptacleAtLocation Toilet_bar__plus_01_dot_70_bar__plus_00_dot_86_bar__plus_00_dot_24 loc_bar__minus_8_bar_12_bar_0_bar_15)
        (receptacleType Sink_bar__minus_01_dot_37_bar__minus_01_dot_93_bar__plus_00_dot_82_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_01_dot_37_bar__minus_01_dot_93_bar__plus_00_dot_82_bar_SinkBasin loc_bar_12_bar_8_bar_2_bar_0)
        (receptacleType Sink_bar__plus_01_dot_55_bar__minus_01_dot_18_bar__minus_01_dot_82_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_01_dot_55_bar__minus_01_dot_18_bar__minus_01_dot_82_bar_SinkBasin loc_bar_0_bar__minus_8_bar_0_bar_60)
        (receptacleType Cabinet_bar__plus_01_dot_03_bar__plus_02_dot_64_bar__minus_00_dot_64 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_03_bar__plus_02_dot_64_bar__minus_00_dot_64 loc_bar__minus_6_bar__minus_2_bar_1_bar_0)
        (openable Cabinet_bar__plus_01_dot_03_bar__plus_02_dot_64_bar__minus_00_dot_64)
        (receptacleType Cabinet_bar__plus_02_dot_83_bar__plus_01_dot_01_bar__plus_00_dot_42 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_83_bar__plus_01_dot_01_bar__plus_00_dot_42 loc_bar__minus_11_bar__minus_1_bar_3_bar_0)
        (openable Cabinet_bar__plus_02_dot_83_bar__plus_01_dot_01_bar__plus_00_dot_42)
        (receptacleType Cabinet_bar__minus_01_dot_23_bar__plus_02_dot_54_bar__plus_01_dot_84 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_23_bar__plus_02_dot_54_bar__plus_01_dot_84 loc_bar__minus_1_bar__minus_3_bar_2_bar__minus_30)
        (openable Cabinet_bar__minus_01_dot_23_bar__plus_02_dot_54_bar__plus_01_dot_84)
        (receptacleType Cabinet_bar__minus_00_dot_15_bar__minus_02_dot_60_bar__minus_00_dot_47 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_15_bar__minus_02_dot_60_bar__minus_00_dot_47 loc_bar__minus_5_bar__minus_5_bar_2_bar_0)
        (openable Cabinet_bar__minus_00_dot_15_bar__minus_02_dot_60_bar__minus_00_dot_47)
        (receptacleType CounterTop_bar__plus_02_dot_26_bar__minus_01_dot_10_bar__minus_01_dot_64 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_02_dot_26_bar__minus_01_dot_10_bar__minus_01_dot_64 loc_bar__minus_1_bar_11_bar_3_bar_45)
        (receptacleType Bathtub_bar__minus_00_dot_51_bar__minus_00_dot_33_bar__plus_00_dot_60_bar_BathtubBasin BathtubBasinType)
        (receptacleAtLocation Bathtub_bar__minus_00_dot_51_bar__minus_00_dot_33_bar__plus_00_dot_60_bar_BathtubBasin loc_bar__minus_1_bar__minus_3_bar_2_bar_60)
        (receptacleType GarbageCan_bar__plus_00_dot_96_bar__plus_00_dot_83_bar__plus_00_dot_31 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_00_dot_96_bar__plus_00_dot_83_bar__plus_00_dot_31 loc_bar__minus_1_bar_4_bar_3_bar_0)
        (receptacleType HandTowelHolder_bar__minus_00_dot_74_bar__plus_02_dot_74_bar__plus_02_dot_89 HandTowelHolderType)
        (receptacleAtLocation HandTowelHolder_bar__minus_00_dot_74_bar__plus_02_dot_74_bar__plus_02_dot_89 loc_bar_7_bar_4_bar_2_bar_15)
        (receptacleType TowelHolder_bar__plus_02_dot_85_bar__plus_00_dot_15_bar__plus_01_dot_07 TowelHolderType)
        (receptacleAtLocation TowelHolder_bar__plus_02_dot_85_bar__plus_00_dot_15_bar__plus_01_dot_07 loc_bar_0_bar_2_bar_3_bar_60)
        (receptacleType ToiletPaperHanger_bar__minus_02_dot_96_bar__minus_02_dot_08_bar__minus_02_dot_74 ToiletPaperHangerType)
        (receptacleAtLocation ToiletPaperHanger_bar__minus_02_dot_96_bar__minus_02_dot_08_bar__minus_02_dot_74 loc_bar__minus_12_bar_5_bar_1_bar_30)
        (objectType Candle_bar__minus_00_dot_21_bar__plus_00_dot_15_bar__plus_01_dot_20 CandleType)
        (inReceptacle Candle_bar__minus_00_dot_21_bar__plus_00_dot_15_bar__plus_01_dot_20 Toilet_bar__plus_01_dot_70_bar__plus_00_dot_86_bar__plus_00_dot_24)
        (objectAtLocation Candle_bar__minus_00_dot_21_bar__plus_00_dot_15_bar__plus_01_dot_20 loc_bar__minus_8_bar_12_bar_0_bar_15)
        (pickupable Candle_bar__minus_00_dot_21_bar__plus_00_dot_15_bar__plus_01_dot_20)
        (objectType Candle_bar__minus_00_dot_57_bar__plus_00_dot_07_bar__minus_02_dot_70 CandleType)
        (inReceptacle Candle_bar__minus_00_dot_57_bar__plus_00_dot_07_bar__minus_02_dot_70 Toilet_bar__plus_01_dot_70_bar__plus_00_dot_86_bar__plus_00_dot_24)
        (objectAtLocation Candle_bar__minus_00_dot_57_bar__plus_00_dot_07_bar__minus_02_dot_70 loc_bar__minus_8_bar_12_bar_0_bar_15)
        (pickupable Candle_bar__minus_00_dot_57_bar__plus_00_dot_07_bar__minus_02_dot_70)
        (objectType Plunger_bar__plus_02_dot_80_bar__minus_00_dot_41_bar__minus_00_dot_84 PlungerType)
        (inReceptacle Plunger_bar__plus_02_dot_80_bar__minus_00_dot_41_bar__minus_00_dot_84 Cabinet_bar__plus_02_dot_83_bar__plus_01_dot_01_bar__plus_00_dot_42)
        (objectAtLocation Plunger_bar__plus_02_dot_80_bar__minus_00_dot_41_bar__minus_00_dot_84 loc_bar__minus_11_bar__minus_1_bar_3_bar_0)
        (pickupable Plunger_bar__plus_02_dot_80_bar__minus_00_dot_41_bar__minus_00_dot_84)
        (objectType SoapBottle_bar__minus_00_dot_10_bar__minus_01_dot_45_bar__plus_02_dot_70 SoapBottleType)
        (inReceptacle SoapBottle_bar__minus_00_dot_10_bar__minus_01_dot_45_bar__plus_02_dot_70 Cabinet_bar__minus_01_dot_23_bar__plus_02_dot_54_bar__plus_01_dot_84)
        (objectAtLocation SoapBottle_bar__minus_00_dot_10_bar__minus_01_dot_45_bar__plus_02_dot_70 loc_bar__minus_1_bar__minus_3_bar_2_bar__minus_30)
        (pickupable SoapBottle_bar__minus_00_dot_10_bar__minus_01_dot_45_bar__plus_02_dot_70)
        (objectType HandTowel_bar__minus_00_dot_02_bar__minus_00_dot_03_bar__plus_02_dot_14 HandTowelType)
        (inReceptacle HandTowel_bar__minus_00_dot_02_bar__minus_00_dot_03_bar__plus_02_dot_14 HandTowelHolder_bar__minus_00_dot_74_bar__plus_02_dot_74_bar__plus_02_dot_89)
        (objectAtLocation HandTowel_bar__minus_00_dot_02_bar__minus_00_dot_03_bar__plus_02_dot_14 loc_bar_7_bar_4_bar_2_bar_15)
        (pickupable HandTowel_bar__minus_00_dot_02_bar__minus_00_dot_03_bar__plus_02_dot_14)
        (objectType ToiletPaper_bar__plus_01_dot_54_bar__minus_00_dot_78_bar__minus_02_dot_01 ToiletPaperType)
        (inReceptacle ToiletPaper_bar__plus_01_dot_54_bar__minus_00_dot_78_bar__minus_02_dot_01 GarbageCan_bar__plus_00_dot_96_bar__plus_00_dot_83_bar__plus_00_dot_31)
        (objectAtLocation ToiletPaper_bar__plus_01_dot_54_bar__minus_00_dot_78_bar__minus_02_dot_01 loc_bar__minus_1_bar_4_bar_3_bar_0)
        (pickupable ToiletPaper_bar__plus_01_dot_54_bar__minus_00_dot_78_bar__minus_02_dot_01)
        (objectType DishSponge_bar__plus_00_dot_79_bar__plus_01_dot_14_bar__plus_00_dot_38 DishSpongeType)
        (inReceptacle DishSponge_bar__plus_00_dot_79_bar__plus_01_dot_14_bar__plus_00_dot_38 CounterTop_bar__plus_02_dot_26_bar__minus_01_dot_10_bar__minus_01_dot_64)
        (objectAtLocation DishSponge_bar__plus_00_dot_79_bar__plus_01_dot_14_bar__plus_00_dot_38 loc_bar__minus_1_bar_11_bar_3_bar_45)
        (pickupable DishSponge_bar__plus_00_dot_79_bar__plus_01_dot_14_bar__plus_00_dot_38)
        (cleanable DishSponge_bar__plus_00_dot_79_bar__plus_01_dot_14_bar__plus_00_dot_38)
        (canContain BathtubBasinType DishSpongeType)
        (canContain BathtubBasinType HandTowelType)
        (canContain CabinetType CandleType)
        (canContain CabinetType DishSpongeType)
        (canContain CabinetType HandTowelType)
        (canContain CabinetType PlungerType)
        (canContain CabinetType SoapBottleType)
        (canContain CabinetType ToiletPaperType)
        (canContain CounterTopType CandleType)
        (canContain CounterTopType DishSpongeType)
        (canContain CounterTopType HandTowelType)
        (canContain CounterTopType SoapBottleType)
        (canContain CounterTopType ToiletPaperType)
        (canContain GarbageCanType DishSpongeType)
        (canContain GarbageCanType HandTowelType)
        (canContain GarbageCanType SoapBottleType)
        (canContain GarbageCanType ToiletPaperType)
        (canContain HandTowelHolderType HandTowelType)
        (canContain SinkBasinType DishSpongeType)
        (canContain SinkBasinType HandTowelType)
        (canContain ToiletType CandleType)
        (canContain ToiletType DishSpongeType)
        (canContain ToiletType HandTowelType)
        (canContain ToiletType SoapBottleType)
        (canContain ToiletType ToiletPaperType)
        (canContain ToiletPaperHangerType ToiletPaperType)
        )
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 CandleType)
                                    (receptacleType ?r CabinetType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 CandleType)
                                            (receptacleType ?r CabinetType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
