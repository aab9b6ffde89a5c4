(define (problem plan_trial_e10007)
(:domain alfred)
(:objects
        agent1 - agent
        BookType - otype
        BoxType - otype
        CellPhoneType - otype
        CreditCardType - otype
        DeskLampType - otype
        KeyChainType - otype
        StatueType - otype
        TissueBoxType - otype
        WateringCanType - otype
        CoffeeTableType - rtype
        DiningTableType - rtype
        DrawerType - rtype
        DresserType - rtype
        GarbageCanType - rtype
        OttomanType - rtype
        ShelfType - rtype
        SofaType - rtype
        KeyChain_bar__plus_01_dot_20_bar__plus_02_dot_54_bar__plus_02_dot_88 - object
        CreditCard_bar__plus_00_dot_41_bar__minus_00_dot_49_bar__plus_00_dot_88 - object
        CellPhone_bar__minus_00_dot_86_bar__plus_00_dot_65_bar__minus_02_dot_85 - object
        CellPhone_bar__plus_00_dot_34_bar__minus_01_dot_30_bar__plus_02_dot_95 - object
        Statue_bar__plus_01_dot_44_bar__plus_00_dot_65_bar__minus_02_dot_05 - object
        Statue_bar__plus_02_dot_97_bar__plus_02_dot_95_bar__minus_00_dot_05 - object
        TissueBox_bar__minus_01_dot_07_bar__minus_01_dot_80_bar__minus_01_dot_67 - object
        TissueBox_bar__minus_00_dot_99_bar__minus_01_dot_55_bar__minus_01_dot_71 - object
        Book_bar__minus_00_dot_64_bar__minus_00_dot_47_bar__plus_02_dot_10 - object
        WateringCan_bar__minus_02_dot_91_bar__plus_01_dot_49_bar__minus_01_dot_61 - object
        Box_bar__minus_01_dot_98_bar__minus_00_dot_37_bar__minus_00_dot_24 - object
        DeskLamp_bar__minus_02_dot_91_bar__plus_01_dot_34_bar__plus_01_dot_90 - object
        Sofa_bar__minus_01_dot_51_bar__plus_02_dot_56_bar__minus_01_dot_25 - receptacle
        Sofa_bar__minus_01_dot_16_bar__minus_00_dot_78_bar__plus_02_dot_50 - receptacle
        CoffeeTable_bar__minus_02_dot_03_bar__minus_01_dot_76_bar__minus_02_dot_77 - receptacle
        DiningTable_bar__plus_02_dot_21_bar__plus_00_dot_07_bar__plus_02_dot_78 - receptacle
        Ottoman_bar__plus_02_dot_46_bar__plus_02_dot_45_bar__plus_01_dot_67 - receptacle
        Dresser_bar__plus_00_dot_50_bar__minus_01_dot_59_bar__plus_00_dot_72 - receptacle
        Drawer_bar__plus_02_dot_18_bar__minus_01_dot_53_bar__minus_00_dot_82 - receptacle
        Drawer_bar__plus_02_dot_49_bar__minus_01_dot_73_bar__minus_01_dot_58 - receptacle
        Drawer_bar__plus_00_dot_20_bar__plus_02_dot_06_bar__minus_01_dot_80 - receptacle
        Shelf_bar__plus_02_dot_33_bar__minus_02_dot_51_bar__plus_01_dot_78 - receptacle
        Shelf_bar__plus_01_dot_41_bar__minus_02_dot_98_bar__minus_02_dot_39 - receptacle
        Shelf_bar__minus_02_dot_97_bar__minus_00_dot_07_bar__minus_02_dot_92 - receptacle
        GarbageCan_bar__plus_01_dot_67_bar__plus_02_dot_37_bar__minus_00_dot_86 - receptacle
        loc_bar__minus_2_bar_0_bar_2_bar_30 - location
        loc_bar__minus_5_bar__minus_9_bar_0_bar_60 - location
        loc_bar__minus_2_bar_3_bar_2_bar_45 - location
        loc_bar__minus_9_bar_6_bar_2_bar_15 - location
        loc_bar_1_bar__minus_7_bar_1_bar_45 - location
        loc_bar_8_bar_10_bar_0_bar_45 - location
        loc_bar__minus_12_bar__minus_10_bar_2_bar_15 - location
        loc_bar_5_bar__minus_6_bar_2_bar_30 - location
        loc_bar__minus_2_bar__minus_10_bar_0_bar_45 - location
        loc_bar_3_bar_6_bar_2_bar_30 - location
        loc_bar__minus_2_bar__minus_12_bar_0_bar_0 - location
        loc_bar_5_bar_2_bar_1_bar_60 - location
        loc_bar_7_bar_0_bar_0_bar__minus_30 - location
        loc_bar_4_bar_7_bar_1_bar_15 - location
        )
(:init
        (atLocation agent1 loc_bar_4_bar_7_bar_1_bar_15)
        (receptacleType Sofa_bar__minus_01_dot_51_bar__plus_02_dot_56_bar__minus_01_dot_25 SofaType)
        (receptacleAtLocation Sofa_bar__minus_01_dot_51_bar__plus_02_dot_56_bar__minus_01_dot_25 loc_bar__minus_2_bar_0_bar_2_bar_30)
        (receptacleType Sofa_bar__minus_01_dot_16_bar__minus_00_dot_78_bar__plus_02_dot_50 SofaType)
        (receptacleAtLocation Sofa_bar__minus_01_dot_16_bar__minus_00_dot_78_bar__plus_02_dot_50 loc_bar__minus_5_bar__minus_9_bar_0_bar_60)
        (receptacleType CoffeeTable_bar__minus_02_dot_03_bar__minus_01_dot_76_bar__minus_02_dot_77 CoffeeTableType)
        (receptacleAtLocation CoffeeTable_bar__minus_02_dot_03_bar__minus_01_dot_76_bar__minus_02_dot_77 loc_bar__minus_2_bar_3_bar_2_bar_45)
        (receptacleType DiningTable_bar__plus_02_dot_21_bar__plus_00_dot_07_bar__plus_02_dot_78 DiningTableType)
        (receptacleAtLocation DiningTable_bar__plus_02_dot_21_bar__plus_00_dot_07_bar__plus_02_dot_78 loc_bar__minus_9_bar_6_bar_2_bar_15)
        (receptacleType Ottoman_bar__plus_02_dot_46_bar__plus_02_dot_45_bar__plus_01_dot_67 OttomanType)
        (receptacleAtLocation Ottoman_bar__plus_02_dot_46_bar__plus_02_dot_45_bar__plus_01_dot_67 loc_bar_1_bar__minus_7_bar_1_bar_45)
        (receptacleType Dresser_bar__plus_00_dot_50_bar__minus_01_dot_59_bar__plus_00_dot_72 DresserType)
        (receptacleAtLocation Dresser_bar__plus_00_dot_50_bar__minus_01_dot_59_bar__plus_00_dot_72 loc_bar_8_bar_10_bar_0_bar_45)
        (receptacleType Drawer_bar__plus_02_dot_18_bar__minus_01_dot_53_bar__minus_00_dot_82 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_02_dot_18_bar__minus_01_dot_53_bar__minus_00_dot_82 loc_bar__minus_12_bar__minus_10_bar_2_bar_15)
        (openable Drawer_bar__plus_02_dot_18_bar__minus_01_dot_53_bar__minus_00_dot_82)
        (receptacleType Drawer_bar__plus_02_dot_49_bar__minus_01_dot_73_bar__minus_01_dot_58 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_02_dot_49_bar__minus_01_dot_73_bar__minus_01_dot_58 loc_bar_5_bar__minus_6_bar_2_bar_30)
        (openable Drawer_bar__plus_02_dot_49_bar__minus_01_dot_73_bar__minus_01_dot_58)
        (receptacleType Drawer_bar__plus_00_dot_20_bar__plus_02_dot_06_bar__minus_01_dot_80 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_00_dot_20_bar__plus_02_dot_06_bar__minus_01_dot_80 loc_bar__minus_2_bar__minus_10_bar_0_bar_45)
        (openable Drawer_bar__plus_00_dot_20_bar__plus_02_dot_06_bar__minus_01_dot_80)
        (receptacleType Shelf_bar__plus_02_dot_33_bar__minus_02_dot_51_bar__plus_01_dot_78 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_02_dot_33_bar__minus_02_dot_51_bar__plus_01_dot_78 loc_bar_3_bar_6_bar_2_bar_30)
        (receptacleType Shelf_bar__plus_01_dot_41_bar__minus_02_dot_98_bar__minus_02_dot_39 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_01_dot_41_bar__minus_02_dot_98_bar__minus_02_dot_39 loc_bar__minus_2_bar__minus_12_bar_0_bar_0)
        (receptacleType Shelf_bar__minus_02_dot_97_bar__minus_00_dot_07_bar__minus_02_dot_92 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_02_dot_97_bar__minus_00_dot_07_bar__minus_02_dot_92 loc_bar_5_bar_2_bar_1_bar_60)
        (receptacleType GarbageCan_bar__plus_01_dot_67_bar__plus_02_dot_37_bar__minus_00_dot_86 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_01_dot_67_bar__plus_02_dot_37_bar__minus_00_dot_86 loc_bar_7_bar_0_bar_0_bar__minus_30)
        (objectType KeyChain_bar__plus_01_dot_20_bar__plus_02_dot_54_bar__plus_02_dot_88 KeyChainType)
        (inReceptacle KeyChain_bar__plus_01_dot_20_bar__plus_02_dot_54_bar__plus_02_dot_88 Dresser_bar__plus_00_dot_50_bar__minus_01_dot_59_bar__plus_00_dot_72)
        (objectAtLocation KeyChain_bar__plus_01_dot_20_bar__plus_02_dot_54_bar__plus_02_dot_88 loc_bar_8_bar_10_bar_0_bar_45)
        (pickupable KeyChain_bar__plus_01_dot_20_bar__plus_02_dot_54_bar__plus_02_dot_88)
        (objectType CreditCard_bar__plus_00_dot_41_bar__minus_00_dot_49_bar__plus_00_dot_88 CreditCardType)
        (inReceptacle CreditCard_bar__plus_00_dot_41_bar__minus_00_dot_49_bar__plus_00_dot_88 Drawer_bar__plus_00_dot_20_bar__plus_02_dot_06_bar__minus_01_dot_80)
        (objectAtLocation CreditCard_bar__plus_00_dot_41_bar__minus_00_dot_49_bar__plus_00_dot_88 loc_bar__minus_2_bar__minus_10_bar_0_bar_45)
        (pickupable CreditCard_bar__plus_00_dot_41_bar__minus_00_dot_49_bar__plus_00_dot_88)
        (objectType CellPhone_bar__minus_00_dot_86_bar__plus_00_dot_65_bar__minus_02_dot_85 CellPhoneType)
        (inReceptacle CellPhone_bar__minus_00_dot_86_bar__plus_00_dot_65_bar__minus_02_dot_85 Shelf_bar__plus_02_dot_33_bar__minus_02_dot_51_bar__plus_01_dot_78)
        (objectAtLocation CellPhone_bar__minus_00_dot_86_bar__plus_00_dot_65_bar__minus_02_dot_85 loc_bar_3_bar_6_bar_2_bar_30)
        (pickupable CellPhone_bar__minus_00_dot_86_bar__plus_00_dot_65_bar__minus_02_dot_85)
        (objectType CellPhone_bar__plus_00_dot_34_bar__minus_01_dot_30_bar__plus_02_dot_95 CellPhoneType)
        (inReceptacle CellPhone_bar__plus_00_dot_34_bar__minus_01_dot_30_bar__plus_02_dot_95 Sofa_bar__minus_01_dot_16_bar__minus_00_dot_78_bar__plus_02_dot_50)
        (objectAtLocation CellPhone_bar__plus_00_dot_34_bar__minus_01_dot_30_bar__plus_02_dot_95 loc_bar__minus_5_bar__minus_9_bar_0_bar_60)
        (pickupable CellPhone_bar__plus_00_dot_34_bar__minus_01_dot_30_bar__plus_02_dot_95)
        (objectType Statue_bar__plus_01_dot_44_bar__plus_00_dot_65_bar__minus_02_dot_05 StatueType)
        (inReceptacle Statue_bar__plus_01_dot_44_bar__plus_00_dot_65_bar__minus_02_dot_05 Shelf_bar__plus_01_dot_41_bar__minus_02_dot_98_bar__minus_02_dot_39)
        (objectAtLocation Statue_bar__plus_01_dot_44_bar__plus_00_dot_65_bar__minus_02_dot_05 loc_bar__minus_2_bar__minus_12_bar_0_bar_0)
        (pickupable Statue_bar__plus_01_dot_44_bar__plus_00_dot_65_bar__minus_02_dot_05)
        (objectType Statue_bar__plus_02_dot_97_bar__plus_02_dot_95_bar__minus_00_dot_05 StatueType)
        (inReceptacle Statue_bar__plus_02_dot_97_bar__plus_02_dot_95_bar__minus_00_dot_05 Dresser_bar__plus_00_dot_50_bar__minus_01_dot_59_bar__plus_00_dot_72)
        (objectAtLocation Statue_bar__plus_02_dot_97_bar__plus_02_dot_95_bar__minus_00_dot_05 loc_bar_8_bar_10_bar_0_bar_45)
        (pickupable Statue_bar__plus_02_dot_97_bar__plus_02_dot_95_bar__minus_00_dot_05)
        (objectType TissueBox_bar__minus_01_dot_07_bar__minus_01_dot_80_bar__minus_01_dot_67 TissueBoxType)
        (inReceptacle TissueBox_bar__minus_01_dot_07_bar__minus_01_dot_80_bar__minus_01_dot_67 Shelf_bar__plus_02_dot_33_bar__minus_02_dot_51_bar__plus_01_dot_78)
        (objectAtLocation TissueBox_bar__minus_01_dot_07_bar__minus_01_dot_80_bar__minus_01_dot_67 loc_bar_3_bar_6_bar_2_bar_30)
        (pickupable TissueBox_bar__minus_01_dot_07_bar__minus_01_dot_80_bar__minus_01_dot_67)
        (objectType TissueBox_bar__minus_00_dot_99_bar__minus_01_dot_55_bar__minus_01_dot_71 TissueBoxType)
        (inReceptacle TissueBox_bar__minus_00_dot_99_bar__minus_01_dot_55_bar__minus_01_dot_71 DiningTable_bar__plus_02_dot_21_bar__plus_00_dot_07_bar__plus_02_dot_78)
        (objectAtLocation TissueBox_bar__minus_00_dot_99_bar__minus_01_dot_55_bar__minus_01_dot_71 loc_bar__minus_9_bar_6_bar_2_bar_15)
        (pickupable TissueBox_bar__minus_00_dot_99_bar__minus_01_dot_55_bar__minus_01_dot_71)
        (objectType Book_bar__minus_00_dot_64_bar__minus_00_dot_47_bar__plus_02_dot_10 BookType)
        (inReceptacle Book_bar__minus_00_dot_64_bar__minus_00_dot_47_bar__plus_02_dot_10 Drawer_bar__plus_02_dot_18_bar__minus_01_dot_53_bar__minus_00_dot_82)
        (objectAtLocation Book_bar__minus_00_dot_64_bar__minus_00_dot_47_bar__plus_02_dot_10 loc_bar__minus_12_bar__minus_10_bar_2_bar_15)
        (pickupable Book_bar__minus_00_dot_64_bar__minus_00_dot_47_bar__plus_02_dot_10)
        (objectType WateringCan_bar__minus_02_dot_91_bar__plus_01_dot_49_bar__minus_01_dot_61 WateringCanType)
        (inReceptacle WateringCan_bar__minus_02_dot_91_bar__plus_01_dot_49_bar__minus_01_dot_61 DiningTable_bar__plus_02_dot_21_bar__plus_00_dot_07_bar__plus_02_dot_78)
        (objectAtLocation WateringCan_bar__minus_02_dot_91_bar__plus_01_dot_49_bar__minus_01_dot_61 loc_bar__minus_9_bar_6_bar_2_bar_15)
        (pickupable WateringCan_bar__minus_02_dot_91_bar__plus_01_dot_49_bar__minus_01_dot_61)
        (objectType Box_bar__minus_01_dot_98_bar__minus_00_dot_37_bar__minus_00_dot_24 BoxType)
        (inReceptacle Box_bar__minus_01_dot_98_bar__minus_00_dot_37_bar__minus_00_dot_24 Sofa_bar__minus_01_dot_16_bar__minus_00_dot_78_bar__plus_02_dot_50)
        (objectAtLocation Box_bar__minus_01_dot_98_bar__minus_00_dot_37_bar__minus_00_dot_24 loc_bar__minus_5_bar__minus_9_bar_0_bar_60)
        (pickupable Box_bar__minus_01_dot_98_bar__minus_00_dot_37_bar__minus_00_dot_24)
        (isReceptacleObject Box_bar__minus_01_dot_98_bar__minus_00_dot_37_bar__minus_00_dot_24)
        (objectType DeskLamp_bar__minus_02_dot_91_bar__plus_01_dot_34_bar__plus_01_dot_90 DeskLampType)
        (inReceptacle DeskLamp_bar__minus_02_dot_91_bar__plus_01_dot_34_bar__plus_01_dot_90 Dresser_bar__plus_00_dot_50_bar__minus_01_dot_59_bar__plus_00_dot_72)
        (objectAtLocation DeskLamp_bar__minus_02_dot_91_bar__plus_01_dot_34_bar__plus_01_dot_90 loc_bar_8_bar_10_bar_0_bar_45)
        (toggleable DeskLamp_bar__minus_02_dot_91_bar__plus_01_dot_34_bar__plus_01_dot_90)
        (canContain CoffeeTableType BookType)
        (canContain CoffeeTableType BoxType)
        (canContain CoffeeTableType CellPhoneType)
        (canContain CoffeeTableType CreditCardType)
        (canContain CoffeeTableType KeyChainType)
        (canContain CoffeeTableType StatueType)
        (canContain CoffeeTableType TissueBoxType)
        (canContain CoffeeTableType WateringCanType)
        (canContain DiningTableType BookType)
        (canContain DiningTableType BoxType)
        (canContain DiningTableType CellPhoneType)
        (canContain DiningTableType CreditCardType)
        (canContain DiningTableType KeyChainType)
        (canContain DiningTableType StatueType)
        (canContain DiningTableType TissueBoxType)
        (canContain DiningTableType WateringCanType)
        (canContain DrawerType BookType)
        (canContain DrawerType CellPhoneType)
        (canContain DrawerType CreditCardType)
        (canContain DrawerType KeyChainType)
        (canContain DrawerType TissueBoxType)
        (canContain DrawerType WateringCanType)
        (canContain DresserType BookType)
        (canContain DresserType BoxType)
        (canContain DresserType CellPhoneType)
        (canContain DresserType CreditCardType)
        (canContain DresserType KeyChainType)
        (canContain DresserType StatueType)
        (canContain DresserType TissueBoxType)
        (canContain DresserType WateringCanType)
        (canContain GarbageCanType TissueBoxType)
        (canContain OttomanType BookType)
        (canContain OttomanType BoxType)
        (canContain OttomanType CellPhoneType)
        (canContain OttomanType CreditCardType)
        (canContain OttomanType KeyChainType)
        (canContain ShelfType BookType)
        (canContain ShelfType BoxType)
        (canContain ShelfType CellPhoneType)
        (canContain ShelfType CreditCardType)
        (canContain ShelfType KeyChainType)
        (canContain ShelfType StatueType)
        (canContain ShelfType TissueBoxType)
        (canContain ShelfType WateringCanType)
        (canContain SofaType BookType)
        (canContain SofaType BoxType)
        (canContain SofaType CellPhoneType)
        (canContain SofaType CreditCardType)
        (canContain SofaType KeyChainType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (inReceptacle ?o ?r)
                            (objectType ?o KeyChainType)
                            (receptacleType ?r CoffeeTableType)
                        )
                    )
                )
            )
        )
    )
