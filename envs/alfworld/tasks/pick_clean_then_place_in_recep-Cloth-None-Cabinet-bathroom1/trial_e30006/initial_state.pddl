(define (problem plan_trial_e30006)
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
        BathtubBasinType - rtype
        CabinetType - rtype
        CounterTopType - rtype
        GarbageCanType - rtype
        HandTowelHolderType - rtype
        SinkBasinType - rtype
        ToiletType - rtype
        ToiletPaperHangerType - rtype
        TowelHolderType - rtype
        Cloth_bar__minus_01_dot_47_bar__minus_01_dot_70_bar__plus_03_dot_00 - object
        ToiletPaper_bar__minus_00_dot_92_bar__plus_02_dot_70_bar__plus_01_dot_26 - object
        DishSponge_bar__minus_02_dot_82_bar__plus_02_dot_23_bar__minus_01_dot_18 - object
        DishSponge_bar__plus_02_dot_79_bar__minus_01_dot_99_bar__plus_02_dot_64 - object
        Plunger_bar__plus_02_dot_92_bar__plus_02_dot_94_bar__plus_02_dot_31 - object
        Plunger_bar__plus_00_dot_83_bar__minus_00_dot_26_bar__plus_00_dot_06 - object
        SprayBottle_bar__minus_00_dot_42_bar__minus_02_dot_61_bar__plus_02_dot_21 - object
        SprayBottle_bar__minus_00_dot_25_bar__minus_01_dot_89_bar__minus_01_dot_67 - object
        SoapBar_bar__minus_01_dot_86_bar__plus_00_dot_96_bar__minus_00_dot_36 - object
        HandTowel_bar__minus_01_dot_68_bar__plus_00_dot_36_bar__minus_01_dot_85 - object
        Candle_bar__minus_00_dot_40_bar__minus_01_dot_38_bar__plus_02_dot_59 - object
        Candle_bar__minus_01_dot_14_bar__plus_01_dot_15_bar__minus_01_dot_79 - object
        Toilet_bar__plus_01_dot_57_bar__minus_01_dot_18_bar__plus_02_dot_89 - receptacle
        Sink_bar__minus_01_dot_39_bar__minus_00_dot_63_bar__plus_01_dot_76_bar_SinkBasin - receptacle
        Sink_bar__minus_00_dot_97_bar__minus_02_dot_42_bar__minus_01_dot_27_bar_SinkBasin - receptacle
        Cabinet_bar__plus_01_dot_61_bar__minus_01_dot_18_bar__minus_02_dot_41 - receptacle
        Cabinet_bar__minus_00_dot_70_bar__minus_01_dot_57_bar__minus_01_dot_01 - receptacle
        Cabinet_bar__plus_01_dot_84_bar__minus_02_dot_04_bar__plus_01_dot_30 - receptacle
        Cabinet_bar__minus_01_dot_33_bar__minus_02_dot_36_bar__minus_01_dot_39 - receptacle
        CounterTop_bar__plus_01_dot_63_bar__plus_00_dot_90_bar__plus_02_dot_94 - receptacle
        Bathtub_bar__plus_01_dot_74_bar__minus_02_dot_16_bar__plus_01_dot_34_bar_BathtubBasin - receptacle
        GarbageCan_bar__plus_00_dot_02_bar__plus_00_dot_59_bar__plus_00_dot_21 - receptacle
        HandTowelHolder_bar__minus_03_dot_00_bar__plus_01_dot_80_bar__minus_00_dot_80 - receptacle
        TowelHolder_bar__plus_01_dot_21_bar__minus_00_dot_13_bar__minus_02_dot_86 - receptacle
        ToiletPaperHanger_bar__minus_01_dot_19_bar__plus_01_dot_59_bar__minus_02_dot_69 - receptacle
        loc_bar__minus_10_bar_8_bar_1_bar_0 - location
        loc_bar_9_bar_7_bar_3_bar__minus_30 - location
        loc_bar__minus_2_bar__minus_10_bar_2_bar_60 - location
        loc_bar__minus_7_bar__minus_8_bar_0_bar_30 - location
        loc_bar_7_bar__minus_11_bar_1_bar_45 - location
        loc_bar_9_bar__minus_8_bar_1_bar_30 - location
        loc_bar__minus_10_bar__minus_7_bar_2_bar_45 - location
        loc_bar__minus_6_bar__minus_10_bar_1_bar_0 - location
        loc_bar__minus_4_bar_4_bar_1_bar_60 - location
        loc_bar__minus_9_bar__minus_4_bar_1_bar_60 - location
        loc_bar_4_bar_3_bar_3_bar_45 - location
        loc_bar__minus_10_bar_9_bar_1_bar_30 - location
        loc_bar__minus_11_bar__minus_3_bar_2_bar_15 - location
        loc_bar__minus_4_bar__minus_10_bar_3_bar_15 - location
        )
(:init
        (atLocation agent1 loc_bar__minus_4_bar__minus_10_bar_3_bar_15)
        (receptacleType Toilet_bar__plus_01_dot_57_bar__minus_01_dot_18_bar__plus_02_dot_89 ToiletType)
        (receptacleAtLocation Toilet_bar__plus_01_dot_57_bar__minus_01_dot_18_bar__plus_02_dot_89 loc_bar__minus_10_bar_8_bar_1_bar_0)
        (receptacleType Sink_bar__minus_01_dot_39_bar__minus_00_dot_63_bar__plus_01_dot_76_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_01_dot_39_bar__minus_00_dot_63_bar__plus_01_dot_76_bar_SinkBasin loc_bar_9_bar_7_bar_3_bar__minus_30)
        (receptacleType Sink_bar__minus_00_dot_97_bar__minus_02_dot_42_bar__minus_01_dot_27_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_00_dot_97_bar__minus_02_dot_42_bar__minus_01_dot_27_bar_SinkBasin loc_bar__minus_2_bar__minus_10_bar_2_bar_60)
        (receptacleType Cabinet_bar__plus_01_dot_61_bar__minus_01_dot_18_bar__minus_02_dot_41 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_61_bar__minus_01_dot_18_bar__minus_02_dot_41 loc_bar__minus_7_bar__minus_8_bar_0_bar_30)
        (openable Cabinet_bar__plus_01_dot_61_bar__minus_01_dot_18_bar__minus_02_dot_41)
        (receptacleType Cabinet_bar__minus_00_dot_70_bar__minus_01_dot_57_bar__minus_01_dot_01 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_00_dot_70_bar__minus_01_dot_57_bar__minus_01_dot_01 loc_bar_7_bar__minus_11_bar_1_bar_45)
        (openable Cabinet_bar__minus_00_dot_70_bar__minus_01_dot_57_bar__minus_01_dot_01)
        (receptacleType Cabinet_bar__plus_01_dot_84_bar__minus_02_dot_04_bar__plus_01_dot_30 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_84_bar__minus_02_dot_04_bar__plus_01_dot_30 loc_bar_9_bar__minus_8_bar_1_bar_30)
        (openable Cabinet_bar__plus_01_dot_84_bar__minus_02_dot_04_bar__plus_01_dot_30)
        (receptacleType Cabinet_bar__minus_01_dot_33_bar__minus_02_dot_36_bar__minus_01_dot_39 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_33_bar__minus_02_dot_36_bar__minus_01_dot_39 loc_bar__minus_10_bar__minus_7_bar_2_bar_45)
        (openable Cabinet_bar__minus_01_dot_33_bar__minus_02_dot_36_bar__minus_01_dot_39)
        (receptacleType CounterTop_bar__plus_01_dot_63_bar__plus_00_dot_90_bar__plus_02_dot_94 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_01_dot_63_bar__plus_00_dot_90_bar__plus_02_dot_94 loc_bar__minus_6_bar__minus_10_bar_1_bar_0)
        (receptacleType Bathtub_bar__plus_01_dot_74_bar__minus_02_dot_16_bar__plus_01_dot_34_bar_BathtubBasin BathtubBasinType)
        (receptacleAtLocation Bathtub_bar__plus_01_dot_74_bar__minus_02_dot_16_bar__plus_01_dot_34_bar_BathtubBasin loc_bar__minus_4_bar_4_bar_1_bar_60)
        (receptacleType GarbageCan_bar__plus_00_dot_02_bar__plus_00_dot_59_bar__plus_00_dot_21 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_00_dot_02_bar__plus_00_dot_59_bar__plus_00_dot_21 loc_bar__minus_9_bar__minus_4_bar_1_bar_60)
        (receptacleType HandTowelHolder_bar__minus_03_dot_00_bar__plus_01_dot_80_bar__minus_00_dot_80 HandTowelHolderType)
        (receptacleAtLocation HandTowelHolder_bar__minus_03_dot_00_bar__plus_01_dot_80_bar__minus_00_dot_80 loc_bar_4_bar_3_bar_3_bar_45)
        (receptacleType TowelHolder_bar__plus_01_dot_21_bar__minus_00_dot_13_bar__minus_02_dot_86 TowelHolderType)
        (receptacleAtLocation TowelHolder_bar__plus_01_dot_21_bar__minus_00_dot_13_bar__minus_02_dot_86 loc_bar__minus_10_bar_9_bar_1_bar_30)
        (receptacleType ToiletPaperHanger_bar__minus_01_dot_19_bar__plus_01_dot_59_bar__minus_02_dot_69 ToiletPaperHangerType)
        (receptacleAtLocation ToiletPaperHanger_bar__minus_01_dot_19_bar__plus_01_dot_59_bar__minus_02_dot_69 loc_bar__minus_11_bar__minus_3_bar_2_bar_15)
        (objectType Cloth_bar__minus_01_dot_47_bar__minus_01_dot_70_bar__plus_03_dot_00 ClothType)
        (inReceptacle Cloth_bar__minus_01_dot_47_bar__minus_01_dot_70_bar__plus_03_dot_00 GarbageCan_bar__plus_00_dot_02_bar__plus_00_dot_59_bar__plus_00_dot_21)
        (objectAtLocation Cloth_bar__minus_01_dot_47_bar__minus_01_dot_70_bar__plus_03_dot_00 loc_bar__minus_9_bar__minus_4_bar_1_bar_60)
        (pickupable Cloth_bar__minus_01_dot_47_bar__minus_01_dot_70_bar__plus_03_dot_00)
        (cleanable Cloth_bar__minus_01_dot_47_bar__minus_01_dot_70_bar__plus_03_dot_00)
        (objectType ToiletPaper_bar__minus_00_dot_92_bar__plus_02_dot_70_bar__plus_01_dot_26 ToiletPaperType)
        (inReceptacle ToiletPaper_bar__minus_00_dot_92_bar__plus_02_dot_70_bar__plus_01_dot_26 ToiletPaperHanger_bar__minus_01_dot_19_bar__plus_01_dot_59_bar__minus_02_dot_69)
        (objectAtLocation ToiletPaper_bar__minus_00_dot_92_bar__plus_02_dot_70_bar__plus_01_dot_26 loc_bar__minus_11_bar__minus_3_bar_2_bar_15)
        (pickupable ToiletPaper_bar__minus_00_dot_92_bar__plus_02_dot_70_bar__plus_01_dot_26)
        (objectType DishSponge_bar__minus_02_dot_82_bar__plus_02_dot_23_bar__minus_01_dot_18 DishSpongeType)
        (inReceptacle DishSponge_bar__minus_02_dot_82_bar__plus_02_dot_23_bar__minus_01_dot_18 Toilet_bar__plus_01_dot_57_bar__minus_01_dot_18_bar__plus_02_dot_89)
        (objectAtLocation DishSponge_bar__minus_02_dot_82_bar__plus_02_dot_23_bar__minus_01_dot_18 loc_bar__minus_10_bar_8_bar_1_bar_0)
        (pickupable DishSponge_bar__minus_02_dot_82_bar__plus_02_dot_23_bar__minus_01_dot_18)
        (cleanable DishSponge_bar__minus_02_dot_82_bar__plus_02_dot_23_bar__minus_01_dot_18)
        (objectType DishSponge_bar__plus_02_dot_79_bar__minus_01_dot_99_bar__plus_02_dot_64 DishSpongeType)
        (inReceptacle DishSponge_bar__plus_02_dot_79_bar__minus_01_dot_99_bar__plus_02_dot_64 GarbageCan_bar__plus_00_dot_02_bar__plus_00_dot_59_bar__plus_00_dot_21)
        (objectAtLocation DishSponge_bar__plus_02_dot_79_bar__minus_01_dot_99_bar__plus_02_dot_64 loc_bar__minus_9_bar__minus_4_bar_1_bar_60)
        (pickupable DishSponge_bar__plus_02_dot_79_bar__minus_01_dot_99_bar__plus_02_dot_64)
        (cleanable DishSponge_bar__plus_02_dot_79_bar__minus_01_dot_99_bar__plus_02_dot_64)
        (objectType Plunger_bar__plus_02_dot_92_bar__plus_02_dot_94_bar__plus_02_dot_31 PlungerType)
        (inReceptacle Plunger_bar__plus_02_dot_92_bar__plus_02_dot_94_bar__plus_02_dot_31 Cabinet_bar__minus_01_dot_33_bar__minus_02_dot_36_bar__minus_01_dot_39)
        (objectAtLocation Plunger_bar__plus_02_dot_92_bar__plus_02_dot_94_bar__plus_02_dot_31 loc_bar__minus_10_bar__minus_7_bar_2_bar_45)
        (pickupable Plunger_bar__plus_02_dot_92_bar__plus_02_dot_94_bar__plus_02_dot_31)
        (objectType Plunger_bar__plus_00_dot_83_bar__minus_00_dot_26_bar__plus_00_dot_06 PlungerType)
        (inReceptacle Plunger_bar__plus_00_dot_83_bar__minus_00_dot_26_bar__plus_00_dot_06 Cabinet_bar__plus_01_dot_84_bar__minus_02_dot_04_bar__plus_01_dot_30)
        (objectAtLocation Plunger_bar__plus_00_dot_83_bar__minus_00_dot_26_bar__plus_00_dot_06 loc_bar_9_bar__minus_8_bar_1_bar_30)
        (pickupable Plunger_bar__plus_00_dot_83_bar__minus_00_dot_26_bar__plus_00_dot_06)
        (objectType SprayBottle_bar__minus_00_dot_42_bar__minus_02_dot_61_bar__plus_02_dot_21 SprayBottleType)
        (inReceptacle SprayBottle_bar__minus_00_dot_42_bar__minus_02_dot_61_bar__plus_02_dot_21 GarbageCan_bar__plus_00_dot_02_bar__plus_00_dot_59_bar__plus_00_dot_21)
        (objectAtLocation SprayBottle_bar__minus_00_dot_42_bar__minus_02_dot_61_bar__plus_02_dot_21 loc_bar__minus_9_bar__minus_4_bar_1_bar_60)
        (pickupable SprayBottle_bar__minus_00_dot_42_bar__minus_02_dot_61_bar__plus_02_dot_21)
        (objectType SprayBottle_bar__minus_00_dot_25_bar__minus_01_dot_89_bar__minus_01_dot_67 SprayBottleType)
        (inReceptacle SprayBottle_bar__minus_00_dot_25_bar__minus_01_dot_89_bar__minus_01_dot_67 GarbageCan_bar__plus_00_dot_02_bar__plus_00_dot_59_bar__plus_00_dot_21)
        (objectAtLocation SprayBottle_bar__minus_00_dot_25_bar__minus_01_dot_89_bar__minus_01_dot_67 loc_bar__minus_9_bar__minus_4_bar_1_bar_60)
        (pickupable SprayBottle_bar__minus_00_dot_25_bar__minus_01_dot_89_bar__minus_01_dot_67)
        (objectType SoapBar_bar__minus_01_dot_86_bar__plus_00_dot_96_bar__minus_00_dot_36 SoapBarType)
        (inReceptacle SoapBar_bar__minus_01_dot_86_bar__plus_00_dot_96_bar__minus_00_dot_36 CounterTop_bar__plus_01_dot_63_bar__plus_00_dot_90_bar__plus_02_dot_94)
        (objectAtLocation SoapBar_bar__minus_01_dot_86_bar__plus_00_dot_96_bar__minus_00_dot_36 loc_bar__minus_6_bar__minus_10_bar_1_bar_0)
        (pickupable SoapBar_bar__minus_01_dot_86_bar__plus_00_dot_96_bar__minus_00_dot_36)
        (cleanable SoapBar_bar__minus_01_dot_86_bar__plus_00_dot_96_bar__minus_00_dot_36)
        (objectType HandTowel_bar__minus_01_dot_68_bar__plus_00_dot_36_bar__minus_01_dot_85 HandTowelType)
        (inReceptacle HandTowel_bar__minus_01_dot_68_bar__plus_00_dot_36_bar__minus_01_dot_85 GarbageCan_bar__plus_00_dot_02_bar__plus_00_dot_59_bar__plus_00_dot_21)
        (objectAtLocation HandTowel_bar__minus_01_dot_68_bar__plus_00_dot_36_bar__minus_01_dot_85 loc_bar__minus_9_bar__minus_4_bar_1_bar_60)
        (pickupable HandTowel_bar__minus_01_dot_68_bar__plus_00_dot_36_bar__minus_01_dot_85)
        (objectType Candle_bar__minus_00_dot_40_bar__minus_01_dot_38_bar__plus_02_dot_59 CandleType)
        (inReceptacle Candle_bar__minus_00_dot_40_bar__minus_01_dot_38_bar__plus_02_dot_59 Toilet_bar__plus_01_dot_57_bar__minus_01_dot_18_bar__plus_02_dot_89)
        (objectAtLocation Candle_bar__minus_00_dot_40_bar__minus_01_dot_38_bar__plus_02_dot_59 loc_bar__minus_10_bar_8_bar_1_bar_0)
        (pickupable Candle_bar__minus_00_dot_40_bar__minus_01_dot_38_bar__plus_02_dot_59)
        (objectType Candle_bar__minus_01_dot_14_bar__plus_01_dot_15_bar__minus_01_dot_79 CandleType)
        (inReceptacle Candle_bar__minus_01_dot_14_bar__plus_01_dot_15_bar__minus_01_dot_79 Cabinet_bar__plus_01_dot_84_bar__minus_02_dot_04_bar__plus_01_dot_30)
        (objectAtLocation Candle_bar__minus_01_dot_14_bar__plus_01_dot_15_bar__minus_01_dot_79 loc_bar_9_bar__minus_8_bar_1_bar_30)
        (pickupable Candle_bar__minus_01_dot_14_bar__plus_01_dot_15_bar__minus_01_dot_79)
        (canContain BathtubBasinType ClothType)
        (canContain BathtubBasinType DishSpongeType)
        (canContain BathtubBasinType HandTowelType)
        (canContain BathtubBasinType SoapBarType)
        (canContain CabinetType CandleType)
        (canContain CabinetType ClothType)
        (canContain CabinetType DishSpongeType)
        (canContain CabinetType HandTowelType)
        (canContain CabinetType PlungerType)
        (canContain CabinetType SoapBarType)
        (canContain CabinetType SprayBottleType)
        (canContain CabinetType ToiletPaperType)
        (canContain CounterTopType CandleType)
        (canContain CounterTopType ClothType)
        (canContain CounterTopType DishSpongeType)
        (canContain CounterTopType HandTowelType)
        (canContain CounterTopType SoapBarType)
        (canContain CounterTopType SprayBottleType)
        (canContain CounterTopType ToiletPaperType)
        (canContain GarbageCanType ClothType)
        (canContain GarbageCanType DishSpongeType)
        (canContain GarbageCanType HandTowelType)
        (canContain GarbageCanType SoapBarType)
        (canContain GarbageCanType SprayBottleType)
        (canContain GarbageCanType ToiletPaperType)
        (canContain HandTowelHolderType HandTowelType)
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
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (cleanable ?o)
                            (objectType ?o ClothType)
                            (receptacleType ?r CabinetType)
                            (isClean ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
