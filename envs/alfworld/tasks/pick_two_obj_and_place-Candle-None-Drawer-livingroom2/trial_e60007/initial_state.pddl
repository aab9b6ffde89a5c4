(define (problem plan_trial_e60007)
(:domain alfred)
(:objects
        agent1 - agent
        BowlType - otype
        CandleType - otype
        CellPhoneType - otype
        CreditCardType - otype
        DeskLampType - otype
        KeyChainType - otype
        NewspaperType - otype
        StatueType - otype
        TissueBoxType - otype
        CoffeeTableType - rtype
        DiningTableType - rtype
        DrawerType - rtype
        DresserType - rtype
        GarbageCanType - rtype
        OttomanType - rtype
        ShelfType - rtype
        SofaType - rtype
        Candle_bar__minus_02_dot_51_bar__minus_01_dot_26_bar__plus_02_dot_22 - object
        Candle_bar__minus_00_dot_94_bar__plus_00_dot_93_bar__minus_00_dot_86 - object
        Candle_bar__minus_01_dot_93_bar__plus_01_dot_96_bar__minus_00_dot_65 - object
        Newspaper_bar__plus_02_dot_41_bar__plus_01_dot_79_bar__minus_02_dot_05 - object
        CellPhone_bar__minus_00_dot_96_bar__plus_02_dot_85_bar__plus_01_dot_67 - object
        Statue_bar__plus_02_dot_96_bar__plus_02_dot_39_bar__plus_02_dot_78 - object
        Bowl_bar__minus_01_dot_38_bar__plus_00_dot_45_bar__plus_02_dot_54 - object
        KeyChain_bar__minus_01_dot_65_bar__plus_01_dot_63_bar__minus_00_dot_88 - object
        TissueBox_bar__minus_02_dot_19_bar__plus_01_dot_34_bar__minus_00_dot_89 - object
        TissueBox_bar__plus_02_dot_01_bar__plus_02_dot_25_bar__plus_00_dot_71 - object
        CreditCard_bar__plus_01_dot_82_bar__plus_02_dot_10_bar__plus_01_dot_00 - object
        DeskLamp_bar__plus_01_dot_37_bar__minus_02_dot_47_bar__minus_00_dot_31 - object
        Sofa_bar__minus_01_dot_81_bar__plus_02_dot_77_bar__plus_01_dot_08 - receptacle
        Sofa_bar__plus_02_dot_29_bar__minus_02_dot_47_bar__plus_02_dot_19 - receptacle
        CoffeeTable_bar__minus_01_dot_19_bar__minus_02_dot_75_bar__minus_02_dot_22 - receptacle
        DiningTable_bar__plus_02_dot_95_bar__plus_01_dot_44_bar__plus_01_dot_40 - receptacle
        Ottoman_bar__plus_01_dot_17_bar__minus_02_dot_14_bar__minus_00_dot_42 - receptacle
        Dresser_bar__minus_00_dot_32_bar__minus_01_dot_14_bar__minus_02_dot_35 - receptacle
        Drawer_bar__minus_00_dot_43_bar__minus_02_dot_60_bar__minus_02_dot_08 - receptacle
        Drawer_bar__minus_00_dot_87_bar__minus_02_dot_08_bar__plus_00_dot_28 - receptacle
        Drawer_bar__minus_01_dot_18_bar__plus_02_dot_01_bar__plus_00_dot_53 - receptacle
        Shelf_bar__plus_02_dot_04_bar__minus_01_dot_76_bar__plus_00_dot_17 - receptacle
        Shelf_bar__minus_01_dot_26_bar__plus_01_dot_49_bar__plus_00_dot_43 - receptacle
        Shelf_bar__minus_01_dot_48_bar__plus_01_dot_56_bar__plus_00_dot_28 - receptacle
        GarbageCan_bar__plus_00_dot_83_bar__minus_00_dot_73_bar__plus_02_dot_68 - receptacle
        loc_bar__minus_10_bar__minus_3_bar_3_bar_60 - location
        loc_bar_11_bar__minus_3_bar_1_bar_45 - location
        loc_bar_10_bar__minus_11_bar_3_bar_60 - location
        loc_bar_10_bar_12_bar_2_bar_60 - location
        loc_bar_0_bar__minus_1_bar_3_bar_60 - location
        loc_bar_0_bar__minus_10_bar_2_bar_0 - location
        loc_bar__minus_12_bar_10_bar_2_bar_60 - location
        loc_bar__minus_7_bar_9_bar_2_bar_0 - location
        loc_bar__minus_11_bar__minus_7_bar_3_bar__minus_30 - location
        loc_bar__minus_12_bar_3_bar_2_bar_60 - location
        loc_bar_11_bar_10_bar_0_bar_45 - location
        loc_bar_5_bar_10_bar_1_bar_45 - location
        loc_bar__minus_5_bar_8_bar_0_bar_30 - location
        loc_bar_0_bar_9_bar_2_bar_0 - location
        )
(:init
        (atLocation agent1 loc_bar_0_bar_9_bar_2_bar_0)
        (receptacleType Sofa_bar__minus_01_dot_81_bar__plus_02_dot_77_bar__plus_01_dot_08 SofaType)
        (receptacleAtLocation Sofa_bar__minus_01_dot_81_bar__plus_02_dot_77_bar__plus_01_dot_08 loc_bar__minus_10_bar__minus_3_bar_3_bar_60)
        (receptacleType Sofa_bar__plus_02_dot_29_bar__minus_02_dot_47_bar__plus_02_dot_19 SofaType)
        (receptacleAtLocation Sofa_bar__plus_02_dot_29_bar__minus_02_dot_47_bar__plus_02_dot_19 loc_bar_11_bar__minus_3_bar_1_bar_45)
        (receptacleType CoffeeTable_bar__minus_01_dot_19_bar__minus_02_dot_75_bar__minus_02_dot_22 CoffeeTableType)
        (receptacleAtLocation CoffeeTable_bar__minus_01_dot_19_bar__minus_02_dot_75_bar__minus_02_dot_22 loc_bar_10_bar__minus_11_bar_3_bar_60)
        (receptacleType DiningTable_bar__plus_02_dot_95_bar__plus_01_dot_44_bar__plus_01_dot_40 DiningTableType)
        (receptacleAtLocation DiningTable_bar__plus_02_dot_95_bar__plus_01_dot_44_bar__plus_01_dot_40 loc_bar_10_bar_12_bar_2_bar_60)
        (receptacleType Ottoman_bar__plus_01_dot_17_bar__minus_02_dot_14_bar__minus_00_dot_42 OttomanType)
        (receptacleAtLocation Ottoman_bar__plus_01_dot_17_bar__minus_02_dot_14_bar__minus_00_dot_42 loc_bar_0_bar__minus_1_bar_3_bar_60)
        (receptacleType Dresser_bar__minus_00_dot_32_bar__minus_01_dot_14_bar__minus_02_dot_35 DresserType)
        (receptacleAtLocation Dresser_bar__minus_00_dot_32_bar__minus_01_dot_14_bar__minus_02_dot_35 loc_bar_0_bar__minus_10_bar_2_bar_0)
        (receptacleType Drawer_bar__minus_00_dot_43_bar__minus_02_dot_60_bar__minus_02_dot_08 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_00_dot_43_bar__minus_02_dot_60_bar__minus_02_dot_08 loc_bar__minus_12_bar_10_bar_2_bar_60)
        (openable Drawer_bar__minus_00_dot_43_bar__minus_02_dot_60_bar__minus_02_dot_08)
        (receptacleType Drawer_bar__minus_00_dot_87_bar__minus_02_dot_08_bar__plus_00_dot_28 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_00_dot_87_bar__minus_02_dot_08_bar__plus_00_dot_28 loc_bar__minus_7_bar_9_bar_2_bar_0)
        (openable Drawer_bar__minus_00_dot_87_bar__minus_02_dot_08_bar__plus_00_dot_28)
        (receptacleType Drawer_bar__minus_01_dot_18_bar__plus_02_dot_01_bar__plus_00_dot_53 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_18_bar__plus_02_dot_01_bar__plus_00_dot_53 loc_bar__minus_11_bar__minus_7_bar_3_bar__minus_30)
        (openable Drawer_bar__minus_01_dot_18_bar__plus_02_dot_01_bar__plus_00_dot_53)
        (receptacleType Shelf_bar__plus_02_dot_04_bar__minus_01_dot_76_bar__plus_00_dot_17 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_02_dot_04_bar__minus_01_dot_76_bar__plus_00_dot_17 loc_bar__minus_12_bar_3_bar_2_bar_60)
        (receptacleType Shelf_bar__minus_01_dot_26_bar__plus_01_dot_49_bar__plus_00_dot_43 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_01_dot_26_bar__plus_01_dot_49_bar__plus_00_dot_43 loc_bar_11_bar_10_bar_0_bar_45)
        (receptacleType Shelf_bar__minus_01_dot_48_bar__plus_01_dot_56_bar__plus_00_dot_28 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_01_dot_48_bar__plus_01_dot_56_bar__plus_00_dot_28 loc_bar_5_bar_10_bar_1_bar_45)
        (receptacleType GarbageCan_bar__plus_00_dot_83_bar__minus_00_dot_73_bar__plus_02_dot_68 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_00_dot_83_bar__minus_00_dot_73_bar__plus_02_dot_68 loc_bar__minus_5_bar_8_bar_0_bar_30)
        (objectType Candle_bar__minus_02_dot_51_bar__minus_01_dot_26_bar__plus_02_dot_22 CandleType)
        (inReceptacle Candle_bar__minus_02_dot_51_bar__minus_01_dot_26_bar__plus_02_dot_22 DiningTable_bar__plus_02_dot_95_bar__plus_01_dot_44_bar__plus_01_dot_40)
        (objectAtLocation Candle_bar__minus_02_dot_51_bar__minus_01_dot_26_bar__plus_02_dot_22 loc_bar_10_bar_12_bar_2_bar_60)
        (pickupable Candle_bar__minus_02_dot_51_bar__minus_01_dot_26_bar__plus_02_dot_22)
        (objectType Candle_bar__minus_00_dot_94_bar__plus_00_dot_93_bar__minus_00_dot_86 CandleType)
        (inReceptacle Candle_bar__minus_00_dot_94_bar__plus_00_dot_93_bar__minus_00_dot_86 Shelf_bar__plus_02_dot_04_bar__minus_01_dot_76_bar__plus_00_dot_17)
        (objectAtLocation Candle_bar__minus_00_dot_94_bar__plus_00_dot_93_bar__minus_00_dot_86 loc_bar__minus_12_bar_3_bar_2_bar_60)
        (pickupable Candle_bar__minus_00_dot_94_bar__plus_00_dot_93_bar__minus_00_dot_86)
        (objectType Candle_bar__minus_01_dot_93_bar__plus_01_dot_96_bar__minus_00_dot_65 CandleType)
        (inReceptacle Candle_bar__minus_01_dot_93_bar__plus_01_dot_96_bar__minus_00_dot_65 DiningTable_bar__plus_02_dot_95_bar__plus_01_dot_44_bar__plus_01_dot_40)
        (objectAtLocation Candle_bar__minus_01_dot_93_bar__plus_01_dot_96_bar__minus_00_dot_65 loc_bar_10_bar_12_bar_2_bar_60)
        (pickupable Candle_bar__minus_01_dot_93_bar__plus_01_dot_96_bar__minus_00_dot_65)
        (objectType Newspaper_bar__plus_02_dot_41_bar__plus_01_dot_79_bar__minus_02_dot_05 NewspaperType)
        (inReceptacle Newspaper_bar__plus_02_dot_41_bar__plus_01_dot_79_bar__minus_02_dot_05 Ottoman_bar__plus_01_dot_17_bar__minus_02_dot_14_bar__minus_00_dot_42)
        (objectAtLocation Newspaper_bar__plus_02_dot_41_bar__plus_01_dot_79_bar__minus_02_dot_05 loc_bar_0_bar__minus_1_bar_3_bar_60)
        (pickupable Newspaper_bar__plus_02_dot_41_bar__plus_01_dot_79_bar__minus_02_dot_05)
        (objectType CellPhone_bar__minus_00_dot_96_bar__plus_02_dot_85_bar__plus_01_dot_67 CellPhoneType)
        (inReceptacle CellPhone_bar__minus_00_dot_96_bar__plus_02_dot_85_bar__plus_01_dot_67 Ottoman_bar__plus_01_dot_17_bar__minus_02_dot_14_bar__minus_00_dot_42)
        (objectAtLocation CellPhone_bar__minus_00_dot_96_bar__plus_02_dot_85_bar__plus_01_dot_67 loc_bar_0_bar__minus_1_bar_3_bar_60)
        (pickupable CellPhone_bar__minus_00_dot_96_bar__plus_02_dot_85_bar__plus_01_dot_67)
        (objectType Statue_bar__plus_02_dot_96_bar__plus_02_dot_39_bar__plus_02_dot_78 StatueType)
        (inReceptacle Statue_bar__plus_02_dot_96_bar__plus_02_dot_39_bar__plus_02_dot_78 DiningTable_bar__plus_02_dot_95_bar__plus_01_dot_44_bar__plus_01_dot_40)
        (objectAtLocation Statue_bar__plus_02_dot_96_bar__plus_02_dot_39_bar__plus_02_dot_78 loc_bar_10_bar_12_bar_2_bar_60)
        (pickupable Statue_bar__plus_02_dot_96_bar__plus_02_dot_39_bar__plus_02_dot_78)
        (objectType Bowl_bar__minus_01_dot_38_bar__plus_00_dot_45_bar__plus_02_dot_54 BowlType)
        (inReceptacle Bowl_bar__minus_01_dot_38_bar__plus_00_dot_45_bar__plus_02_dot_54 Shelf_bar__minus_01_dot_48_bar__plus_01_dot_56_bar__plus_00_dot_28)
        (objectAtLocation Bowl_bar__minus_01_dot_38_bar__plus_00_dot_45_bar__plus_02_dot_54 loc_bar_5_bar_10_bar_1_bar_45)
        (pickupable Bowl_bar__minus_01_dot_38_bar__plus_00_dot_45_bar__plus_02_dot_54)
        (cleanable Bowl_bar__minus_01_dot_38_bar__plus_00_dot_45_bar__plus_02_dot_54)
        (coolable Bowl_bar__minus_01_dot_38_bar__plus_00_dot_45_bar__plus_02_dot_54)
        (isReceptacleObject Bowl_bar__minus_01_dot_38_bar__plus_00_dot_45_bar__plus_02_dot_54)
        (objectType KeyChain_bar__minus_01_dot_65_bar__plus_01_dot_63_bar__minus_00_dot_88 KeyChainType)
        (inReceptacle KeyChain_bar__minus_01_dot_65_bar__plus_01_dot_63_bar__minus_00_dot_88 Ottoman_bar__plus_01_dot_17_bar__minus_02_dot_14_bar__minus_00_dot_42)
        (objectAtLocation KeyChain_bar__minus_01_dot_65_bar__plus_01_dot_63_bar__minus_00_dot_88 loc_bar_0_bar__minus_1_bar_3_bar_60)
        (pickupable KeyChain_bar__minus_01_dot_65_bar__plus_01_dot_63_bar__minus_00_dot_88)
        (objectType TissueBox_bar__minus_02_dot_19_bar__plus_01_dot_34_bar__minus_00_dot_89 TissueBoxType)
        (inReceptacle TissueBox_bar__minus_02_dot_19_bar__plus_01_dot_34_bar__minus_00_dot_89 Shelf_bar__minus_01_dot_26_bar__plus_01_dot_49_bar__plus_00_dot_43)
        (objectAtLocation TissueBox_bar__minus_02_dot_19_bar__plus_01_dot_34_bar__minus_00_dot_89 loc_bar_11_bar_10_bar_0_bar_45)
        (pickupable TissueBox_bar__minus_02_dot_19_bar__plus_01_dot_34_bar__minus_00_dot_89)
        (objectType TissueBox_bar__plus_02_dot_01_bar__plus_02_dot_25_bar__plus_00_dot_71 TissueBoxType)
        (inReceptacle TissueBox_bar__plus_02_dot_01_bar__plus_02_dot_25_bar__plus_00_dot_71 GarbageCan_bar__plus_00_dot_83_bar__minus_00_dot_73_bar__plus_02_dot_68)
        (objectAtLocation TissueBox_bar__plus_02_dot_01_bar__plus_02_dot_25_bar__plus_00_dot_71 loc_bar__minus_5_bar_8_bar_0_bar_30)
        (pickupable TissueBox_bar__plus_02_dot_01_bar__plus_02_dot_25_bar__plus_00_dot_71)
        (objectType CreditCard_bar__plus_01_dot_82_bar__plus_02_dot_10_bar__plus_01_dot_00 CreditCardType)
        (inReceptacle CreditCard_bar__plus_01_dot_82_bar__plus_02_dot_10_bar__plus_01_dot_00 Shelf_bar__plus_02_dot_04_bar__minus_01_dot_76_bar__plus_00_dot_17)
        (objectAtLocation CreditCard_bar__plus_01_dot_82_bar__plus_02_dot_10_bar__plus_01_dot_00 loc_bar__minus_12_bar_3_bar_2_bar_60)
        (pickupable CreditCard_bar__plus_01_dot_82_bar__plus_02_dot_10_bar__plus_01_dot_00)
        (objectType DeskLamp_bar__plus_01_dot_37_bar__minus_02_dot_47_bar__minus_00_dot_31 DeskLampType)
        (inReceptacle DeskLamp_bar__plus_01_dot_37_bar__minus_02_dot_47_bar__minus_00_dot_31 Dresser_bar__minus_00_dot_32_bar__minus_01_dot_14_bar__minus_02_dot_35)
        (objectAtLocation DeskLamp_bar__plus_01_dot_37_bar__minus_02_dot_47_bar__minus_00_dot_31 loc_bar_0_bar__minus_10_bar_2_bar_0)
        (toggleable DeskLamp_bar__plus_01_dot_37_bar__minus_02_dot_47_bar__minus_00_dot_31)
        (canContain CoffeeTableType BowlType)
        (canContain CoffeeTableType CandleType)
        (canContain CoffeeTableType CellPhoneType)
        (canContain CoffeeTableType CreditCardType)
        (canContain CoffeeTableType KeyChainType)
        (canContain CoffeeTableType NewspaperType)
        (canContain CoffeeTableType StatueType)
        (canContain CoffeeTableType TissueBoxType)
        (canContain DiningTableType BowlType)
        (canContain DiningTableType CandleType)
        (canContain DiningTableType CellPhoneType)
        (canContain DiningTableType CreditCardType)
        (canContain DiningTableType KeyChainType)
        (canContain DiningTableType NewspaperType)
        (canContain DiningTableType StatueType)
        (canContain DiningTableType TissueBoxType)
        (canContain DrawerType CandleType)
        (canContain DrawerType CellPhoneType)
        (canContain DrawerType CreditCardType)
        (canContain DrawerType KeyChainType)
        (canContain DrawerType NewspaperType)
        (canContain DrawerType TissueBoxType)
        (canContain DresserType BowlType)
        (canContain DresserType CandleType)
        (canContain DresserType CellPhoneType)
        (canContain DresserType CreditCardType)
        (canContain DresserType KeyChainType)
        (canContain DresserType NewspaperType)
        (canContain DresserType StatueType)
        (canContain DresserType TissueBoxType)
        (canContain GarbageCanType NewspaperType)
        (canContain GarbageCanType TissueBoxType)
        (canContain OttomanType CellPhoneType)
        (canContain OttomanType CreditCardType)
        (canContain OttomanType KeyChainType)
        (canContain OttomanType NewspaperType)
        (canContain ShelfType BowlType)
        (canContain ShelfType CandleType)
        (canContain ShelfType CellPhoneType)
        (canContain ShelfType CreditCardType)
        (canContain ShelfType KeyChainType)
        (canContain ShelfType NewspaperType)
        (canContain ShelfType StatueType)
        (canContain ShelfType TissueBoxType)
        (canContain SofaType CellPhoneType)
        (canContain SofaType CreditCardType)
        (canContain SofaType KeyChainType)
        (canContain SofaType NewspaperType)
        )
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 CandleType)
                                    (receptacleType ?r DrawerType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 CandleType)
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
