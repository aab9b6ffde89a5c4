(define (problem plan_trial_e30002)
(:domain alfred)
(:objects
        agent1 - agent
        CandleType - otype
        PaperTowelType - otype
        PlungerType - otype
        SoapBarType - otype
        SoapBottleType - otype
        TissueBoxType - otype
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
        SoapBar_bar__plus_00_dot_63_bar__plus_01_dot_67_bar__plus_02_dot_21 - object
        SoapBar_bar__plus_02_dot_18_bar__minus_01_dot_22_bar__plus_02_dot_93 - object
        Towel_bar__minus_01_dot_73_bar__minus_02_dot_69_bar__plus_02_dot_70 - object
        SoapBottle_bar__minus_00_dot_72_bar__minus_01_dot_66_bar__plus_00_dot_72 - object
        Plunger_bar__minus_00_dot_27_bar__minus_01_dot_80_bar__plus_02_dot_54 - object
        Plunger_bar__minus_01_dot_40_bar__plus_00_dot_02_bar__minus_00_dot_69 - object
        PaperTowel_bar__plus_01_dot_03_bar__minus_01_dot_99_bar__plus_01_dot_39 - object
        PaperTowel_bar__minus_00_dot_76_bar__minus_01_dot_37_bar__plus_01_dot_80 - object
        TissueBox_bar__minus_01_dot_46_bar__plus_02_dot_73_bar__minus_01_dot_12 - object
        Candle_bar__plus_01_dot_49_bar__plus_01_dot_11_bar__plus_02_dot_30 - object
        Candle_bar__plus_01_dot_08_bar__minus_00_dot_29_bar__minus_02_dot_98 - object
        Toilet_bar__plus_02_dot_99_bar__plus_02_dot_31_bar__minus_00_dot_38 - receptacle
        Sink_bar__minus_01_dot_44_bar__minus_01_dot_62_bar__plus_02_dot_19_bar_SinkBasin - receptacle
        Sink_bar__minus_01_dot_01_bar__minus_02_dot_36_bar__minus_00_dot_31_bar_SinkBasin - receptacle
        Cabinet_bar__minus_02_dot_56_bar__plus_02_dot_13_bar__minus_00_dot_13 - receptacle
        Cabinet_bar__plus_00_dot_89_bar__minus_00_dot_93_bar__minus_00_dot_19 - receptacle
        Cabinet_bar__plus_00_dot_88_bar__minus_00_dot_39_bar__plus_01_dot_73 - receptacle
        Cabinet_bar__minus_01_dot_68_bar__plus_00_dot_38_bar__plus_02_dot_18 - receptacle
        CounterTop_bar__minus_01_dot_10_bar__plus_01_dot_08_bar__plus_02_dot_08 - receptacle
        Bathtub_bar__minus_01_dot_41_bar__minus_01_dot_11_bar__minus_00_dot_01_bar_BathtubBasin - receptacle
        GarbageCan_bar__plus_02_dot_29_bar__plus_01_dot_45_bar__plus_00_dot_19 - receptacle
        HandTowelHolder_bar__plus_01_dot_39_bar__minus_01_dot_90_bar__plus_01_dot_78 - receptacle
        TowelHolder_bar__minus_02_dot_87_bar__minus_02_dot_24_bar__minus_00_dot_77 - receptacle
        ToiletPaperHanger_bar__plus_00_dot_77_bar__minus_02_dot_20_bar__minus_01_dot_29 - receptacle
        loc_bar__minus_5_bar_6_bar_3_bar_30 - location
        loc_bar__minus_11_bar_0_bar_0_bar_15 - location
        loc_bar__minus_7_bar_4_bar_0_bar_30 - location
        loc_bar__minus_11_bar__minus_2_bar_1_bar_60 - location
        loc_bar__minus_12_bar__minus_5_bar_2_bar_15 - location
        loc_bar_11_bar_8_bar_2_bar_0 - location
        loc_bar_7_bar_9_bar_2_bar_15 - location
        loc_bar__minus_10_bar__minus_5_bar_2_bar_15 - location
        loc_bar__minus_4_bar_2_bar_0_bar_15 - location
        loc_bar__minus_2_bar_7_bar_2_bar_15 - location
        loc_bar_4_bar_12_bar_2_bar_60 - location
        loc_bar__minus_11_bar_9_bar_3_bar_60 - location
        loc_bar__minus_4_bar__minus_1_bar_3_bar_0 - location
        loc_bar__minus_6_bar__minus_8_bar_3_bar_15 - location
        )
(:init
        (atLocation agent1 loc_bar__minus_6_bar__minus_8_bar_3_bar_15)
        (receptacleType Toilet_bar__plus_02_dot_99_bar__plus_02_dot_31_bar__minus_00_dot_38 ToiletType)
        (receptacleAtLocation Toilet_bar__plus_02_dot_99_bar__plus_02_dot_31_bar__minus_00_dot_38 loc_bar__minus_5_bar_6_bar_3_bar_30)
        (receptacleType Sink_bar__minus_01_dot_44_bar__minus_01_dot_62_bar__plus_02_dot_19_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_01_dot_44_bar__minus_01_dot_62_bar__plus_02_dot_19_bar_SinkBasin loc_bar__minus_11_bar_0_bar_0_bar_15)
        (receptacleType Sink_bar__minus_01_dot_01_bar__minus_02_dot_36_bar__minus_00_dot_31_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_01_dot_01_bar__minus_02_dot_36_bar__minus_00_dot_31_bar_SinkBasin loc_bar__minus_7_bar_4_bar_0_bar_30)
        (receptacleType Cabinet_bar__minus_02_dot_56_bar__plus_02_dot_13_bar__minus_00_dot_13 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_56_bar__plus_02_dot_13_bar__minus_00_dot_13 loc_bar__minus_11_bar__minus_2_bar_1_bar_60)
        (openable Cabinet_bar__minus_02_dot_56_bar__plus_02_dot_13_bar__minus_00_dot_13)
        (receptacleType Cabinet_bar__plus_00_dot_89_bar__minus_00_dot_93_bar__minus_00_dot_19 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_89_bar__minus_00_dot_93_bar__minus_00_dot_19 loc_bar__minus_12_bar__minus_5_bar_2_bar_15)
        (openable Cabinet_bar__plus_00_dot_89_bar__minus_00_dot_93_bar__minus_00_dot_19)
        (receptacleType Cabinet_bar__plus_00_dot_88_bar__minus_00_dot_39_bar__plus_01_dot_73 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_88_bar__minus_00_dot_39_bar__plus_01_dot_73 loc_bar_11_bar_8_bar_2_bar_0)
        (openable Cabinet_bar__plus_00_dot_88_bar__minus_00_dot_39_bar__plus_01_dot_73)
        (receptacleType Cabinet_bar__minus_01_dot_68_bar__plus_00_dot_38_bar__plus_02_dot_18 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_68_bar__plus_00_dot_38_bar__plus_02_dot_18 loc_bar_7_bar_9_bar_2_bar_15)
        (openable Cabinet_bar__minus_01_dot_68_bar__plus_00_dot_38_bar__plus_02_dot_18)
        (receptacleType CounterTop_bar__minus_01_dot_10_bar__plus_01_dot_08_bar__plus_02_dot_08 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_01_dot_10_bar__plus_01_dot_08_bar__plus_02_dot_08 loc_bar__minus_10_bar__minus_5_bar_2_bar_15)
        (receptacleType Bathtub_bar__minus_01_dot_41_bar__minus_01_dot_11_bar__minus_00_dot_01_bar_BathtubBasin BathtubBasinType)
        (receptacleAtLocation Bathtub_bar__minus_01_dot_41_bar__minus_01_dot_11_bar__minus_00_dot_01_bar_BathtubBasin loc_bar__minus_4_bar_2_bar_0_bar_15)
        (receptacleType GarbageCan_bar__plus_02_dot_29_bar__plus_01_dot_45_bar__plus_00_dot_19 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_02_dot_29_bar__plus_01_dot_45_bar__plus_00_dot_19 loc_bar__minus_2_bar_7_bar_2_bar_15)
        (receptacleType HandTowelHolder_bar__plus_01_dot_39_bar__minus_01_dot_90_bar__plus_01_dot_78 HandTowelHolderType)
        (receptacleAtLocation HandTowelHolder_bar__plus_01_dot_39_bar__minus_01_dot_90_bar__plus_01_dot_78 loc_bar_4_bar_12_bar_2_bar_60)
        (receptacleType TowelHolder_bar__minus_02_dot_87_bar__minus_02_dot_24_bar__minus_00_dot_77 TowelHolderType)
        (receptacleAtLocation TowelHolder_bar__minus_02_dot_87_bar__minus_02_dot_24_bar__minus_00_dot_77 loc_bar__minus_11_bar_9_bar_3_bar_60)
        (receptacleType ToiletPaperHanger_bar__plus_00_dot_77_bar__minus_02_dot_20_bar__minus_01_dot_29 ToiletPaperHangerType)
        (receptacleAtLocation ToiletPaperHanger_bar__plus_00_dot_77_bar__minus_02_dot_20_bar__minus_01_dot_29 loc_bar__minus_4_bar__minus_1_bar_3_bar_0)
        (objectType SoapBar_bar__plus_00_dot_63_bar__plus_01_dot_67_bar__plus_02_dot_21 SoapBarType)
        (inReceptacle SoapBar_bar__plus_00_dot_63_bar__plus_01_dot_67_bar__plus_02_dot_21 Bathtub_bar__minus_01_dot_41_bar__minus_01_dot_11_bar__minus_00_dot_01_bar_BathtubBasin)
        (objectAtLocation SoapBar_bar__plus_00_dot_63_bar__plus_01_dot_67_bar__plus_02_dot_21 loc_bar__minus_4_bar_2_bar_0_bar_15)
        (pickupable SoapBar_bar__plus_00_dot_63_bar__plus_01_dot_67_bar__plus_02_dot_21)
        (cleanable SoapBar_bar__plus_00_dot_63_bar__plus_01_dot_67_bar__plus_02_dot_21)
        (objectType SoapBar_bar__plus_02_dot_18_bar__minus_01_dot_22_bar__plus_02_dot_93 SoapBarType)
        (inReceptacle SoapBar_bar__plus_02_dot_18_bar__minus_01_dot_22_bar__plus_02_dot_93 GarbageCan_bar__plus_02_dot_29_bar__plus_01_dot_45_bar__plus_00_dot_19)
        (objectAtLocation SoapBar_bar__plus_02_dot_18_bar__minus_01_dot_22_bar__plus_02_dot_93 loc_bar__minus_2_bar_7_bar_2_bar_15)
        (pickupable SoapBar_bar__plus_02_dot_18_bar__minus_01_dot_22_bar__plus_02_dot_93)
        (cleanable SoapBar_bar__plus_02_dot_18_bar__minus_01_dot_22_bar__plus_02_dot_93)
        (objectType Towel_bar__minus_01_dot_73_bar__minus_02_dot_69_bar__plus_02_dot_70 TowelType)
        (inReceptacle Towel_bar__minus_01_dot_73_bar__minus_02_dot_69_bar__plus_02_dot_70 TowelHolder_bar__minus_02_dot_87_bar__minus_02_dot_24_bar__minus_00_dot_77)
        (objectAtLocation Towel_bar__minus_01_dot_73_bar__minus_02_dot_69_bar__plus_02_dot_70 loc_bar__minus_11_bar_9_bar_3_bar_60)
        (pickupable Towel_bar__minus_01_dot_73_bar__minus_02_dot_69_bar__plus_02_dot_70)
        (objectType SoapBottle_bar__minus_00_dot_72_bar__minus_01_dot_66_bar__plus_00_dot_72 SoapBottleType)
        (inReceptacle SoapBottle_bar__minus_00_dot_72_bar__minus_01_dot_66_bar__plus_00_dot_72 Toilet_bar__plus_02_dot_99_bar__plus_02_dot_31_bar__minus_00_dot_38)
        (objectAtLocation SoapBottle_bar__minus_00_dot_72_bar__minus_01_dot_66_bar__plus_00_dot_72 loc_bar__minus_5_bar_6_bar_3_bar_30)
        (pickupable SoapBottle_bar__minus_00_dot_72_bar__minus_01_dot_66_bar__plus_00_dot_72)
        (objectType Plunger_bar__minus_00_dot_27_bar__minus_01_dot_80_bar__plus_02_dot_54 PlungerType)
        (inReceptacle Plunger_bar__minus_00_dot_27_bar__minus_01_dot_80_bar__plus_02_dot_54 Cabinet_bar__plus_00_dot_89_bar__minus_00_dot_93_bar__minus_00_dot_19)
        (objectAtLocation Plunger_bar__minus_00_dot_27_bar__minus_01_dot_80_bar__plus_02_dot_54 loc_bar__minus_12_bar__minus_5_bar_2_bar_15)
        (pickupable Plunger_bar__minus_00_dot_27_bar__minus_01_dot_80_bar__plus_02_dot_54)
        (objectType Plunger_bar__minus_01_dot_40_bar__plus_00_dot_02_bar__minus_00_dot_69 PlungerType)
        (inReceptacle Plunger_bar__minus_01_dot_40_bar__plus_00_dot_02_bar__minus_00_dot_69 Cabinet_bar__minus_01_dot_68_bar__plus_00_dot_38_bar__plus_02_dot_18)
        (objectAtLocation Plunger_bar__minus_01_dot_40_bar__plus_00_dot_02_bar__minus_00_dot_69 loc_bar_7_bar_9_bar_2_bar_15)
        (pickupable Plunger_bar__minus_01_dot_40_bar__plus_00_dot_02_bar__minus_00_dot_69)
        (objectType PaperTowel_bar__plus_01_dot_03_bar__minus_01_dot_99_bar__plus_01_dot_39 PaperTowelType)
        (inReceptacle PaperTowel_bar__plus_01_dot_03_bar__minus_01_dot_99_bar__plus_01_dot_39 Toilet_bar__plus_02_dot_99_bar__plus_02_dot_31_bar__minus_00_dot_38)
        (objectAtLocation PaperTowel_bar__plus_01_dot_03_bar__minus_01_dot_99_bar__plus_01_dot_39 loc_bar__minus_5_bar_6_bar_3_bar_30)
        (pickupable PaperTowel_bar__plus_01_dot_03_bar__minus_01_dot_99_bar__plus_01_dot_39)
        (objectType PaperTowel_bar__minus_00_dot_76_bar__minus_01_dot_37_bar__plus_01_dot_80 PaperTowelType)
        (inReceptacle PaperTowel_bar__minus_00_dot_76_bar__minus_01_dot_37_bar__plus_01_dot_80 GarbageCan_bar__plus_02_dot_29_bar__plus_01_dot_45_bar__plus_00_dot_19)
        (objectAtLocation PaperTowel_bar__minus_00_dot_76_bar__minus_01_dot_37_bar__plus_01_dot_80 loc_bar__minus_2_bar_7_bar_2_bar_15)
        (pickupable PaperTowel_bar__minus_00_dot_76_bar__minus_01_dot_37_bar__plus_01_dot_80)
        (objectType TissueBox_bar__minus_01_dot_46_bar__plus_02_dot_73_bar__minus_01_dot_12 TissueBoxType)
        (inReceptacle TissueBox_bar__minus_01_dot_46_bar__plus_02_dot_73_bar__minus_01_dot_12 CounterTop_bar__minus_01_dot_10_bar__plus_01_dot_08_bar__plus_02_dot_08)
        (objectAtLocation TissueBox_bar__minus_01_dot_46_bar__plus_02_dot_73_bar__minus_01_dot_12 loc_bar__minus_10_bar__minus_5_bar_2_bar_15)
        (pickupable TissueBox_bar__minus_01_dot_46_bar__plus_02_dot_73_bar__minus_01_dot_12)
        (objectType Candle_bar__plus_01_dot_49_bar__plus_01_dot_11_bar__plus_02_dot_30 CandleType)
        (inReceptacle Candle_bar__plus_01_dot_49_bar__plus_01_dot_11_bar__plus_02_dot_30 Cabinet_bar__minus_01_dot_68_bar__plus_00_dot_38_bar__plus_02_dot_18)
        (objectAtLocation Candle_bar__plus_01_dot_49_bar__plus_01_dot_11_bar__plus_02_dot_30 loc_bar_7_bar_9_bar_2_bar_15)
        (pickupable Candle_bar__plus_01_dot_49_bar__plus_01_dot_11_bar__plus_02_dot_30)
        (objectType Candle_bar__plus_01_dot_08_bar__minus_00_dot_29_bar__minus_02_dot_98 CandleType)
        (inReceptacle Candle_bar__plus_01_dot_08_bar__minus_00_dot_29_bar__minus_02_dot_98 Toilet_bar__plus_02_dot_99_bar__plus_02_dot_31_bar__minus_00_dot_38)
        (objectAtLocation Candle_bar__plus_01_dot_08_bar__minus_00_dot_29_bar__minus_02_dot_98 loc_bar__minus_5_bar_6_bar_3_bar_30)
        (pickupable Candle_bar__plus_01_dot_08_bar__minus_00_dot_29_bar__minus_02_dot_98)
        (canContain BathtubBasinType SoapBarType)
        (canContain CabinetType CandleType)
        (canContain CabinetType PlungerType)
        (canContain CabinetType SoapBarType)
        (canContain CabinetType SoapBottleType)
        (canContain CabinetType TissueBoxType)
        (canContain CounterTopType CandleType)
        (canContain CounterTopType PaperTowelType)
        (canContain CounterTopType SoapBarType)
        (canContain CounterTopType SoapBottleType)
        (canContain CounterTopType TissueBoxType)
        (canContain GarbageCanType PaperTowelType)
        (canContain GarbageCanType SoapBarType)
        (canContain GarbageCanType SoapBottleType)
        (canContain GarbageCanType TissueBoxType)
        (canContain SinkBasinType SoapBarType)
        (canContain ToiletType CandleType)
        (canContain ToiletType PaperTowelType)
        (canContain ToiletType SoapBarType)
        (canContain ToiletType SoapBottleType)
        (canContain ToiletType TissueBoxType)
        (canContain TowelHolderType TowelType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (cleanable ?o)
                            (objectType ?o SoapBarType)
                            (receptacleType ?r CabinetType)
                            (isClean ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
