(define (problem plan_trial_e60003)
(:domain alfred)
(:objects
        agent1 - agent
        BaseballBatType - otype
        BookType - otype
        BowlType - otype
        CellPhoneType - otype
        ClothType - otype
        DeskLampType - otype
        PenType - otype
        StatueType - otype
        TennisRacketType - otype
        ArmChairType - rtype
        BedType - rtype
        DrawerType - rtype
        DresserType - rtype
        GarbageCanType - rtype
        SafeType - rtype
        ShelfType - rtype
        SideTableType - rtype
        Bowl_bar__minus_01_dot_39_bar__plus_02_dot_71_bar__plus_02_dot_01 - object
        Bowl_bar__minus_02_dot_66_bar__minus_01_dot_70_bar__plus_00_dot_99 - object
        Bowl_bar__minus_01_dot_75_bar__plus_02_dot_58_bar__minus_02_dot_41 - object
        BaseballBat_bar__minus_01_dot_95_bar__minus_02_dot_65_bar__minus_01_dot_60 - object
        BaseballBat_bar__minus_00_dot_22_bar__plus_02_dot_98_bar__plus_01_dot_09 - object
        TennisRacket_bar__minus_01_dot_44_bar__minus_02_dot_04_bar__minus_00_dot_76 - object
        Statue_bar__plus_01_dot_88_bar__minus_02_dot_36_bar__plus_00_dot_92 - object
        Statue_bar__plus_00_dot_09_bar__plus_01_dot_51_bar__minus_02_dot_00 - object
        Pen_bar__minus_01_dot_37_bar__plus_00_dot_57_bar__minus_01_dot_22 - object
        Pen_bar__minus_02_dot_45_bar__plus_02_dot_66_bar__minus_00_dot_94 - object
        Cloth_bar__minus_00_dot_49_bar__minus_01_dot_24_bar__plus_02_dot_89 - object
        Cloth_bar__plus_02_dot_34_bar__plus_00_dot_37_bar__plus_02_dot_72 - object
        CellPhone_bar__minus_00_dot_03_bar__plus_02_dot_63_bar__plus_02_dot_60 - object
        Book_bar__minus_00_dot_41_bar__plus_00_dot_82_bar__plus_00_dot_62 - object
        Book_bar__plus_01_dot_53_bar__minus_02_dot_91_bar__minus_00_dot_80 - object
        DeskLamp_bar__plus_02_dot_66_bar__minus_01_dot_31_bar__plus_00_dot_02 - object
        Bed_bar__plus_02_dot_84_bar__minus_02_dot_85_bar__plus_01_dot_60 - receptacle
        Drawer_bar__plus_00_dot_57_bar__plus_01_dot_35_bar__plus_00_dot_39 - receptacle
        Drawer_bar__plus_01_dot_38_bar__plus_01_dot_56_bar__minus_03_dot_00 - receptacle
        Dresser_bar__plus_02_dot_58_bar__plus_02_dot_58_bar__minus_00_dot_85 - receptacle
        SideTable_bar__minus_01_dot_35_bar__minus_01_dot_59_bar__plus_02_dot_75 - receptacle
        SideTable_bar__minus_01_dot_79_bar__minus_00_dot_39_bar__plus_00_dot_02 - receptacle
        Shelf_bar__plus_01_dot_04_bar__minus_01_dot_29_bar__plus_01_dot_90 - receptacle
        GarbageCan_bar__plus_01_dot_77_bar__plus_01_dot_47_bar__minus_00_dot_14 - receptacle
        Safe_bar__plus_00_dot_17_bar__minus_00_dot_16_bar__minus_00_dot_87 - receptacle
        ArmChair_bar__minus_02_dot_26_bar__minus_01_dot_50_bar__plus_01_dot_09 - receptacle
        loc_bar__minus_5_bar__minus_5_bar_3_bar_60 - location
        loc_bar_9_bar_5_bar_0_bar_15 - location
        loc_bar_10_bar_4_bar_0_bar__minus_30 - location
        loc_bar_3_bar__minus_9_bar_1_bar_30 - location
        loc_bar_9_bar_12_bar_0_bar_15 - location
        loc_bar_1_bar_5_bar_0_bar_60 - location
        loc_bar_2_bar__minus_6_bar_3_bar__minus_30 - location
        loc_bar__minus_5_bar_8_bar_1_bar_0 - location
        loc_bar_9_bar_6_bar_2_bar_15 - location
        loc_bar__minus_6_bar__minus_6_bar_0_bar_0 - location
        loc_bar_9_bar_10_bar_1_bar_15 - location
        )
(:init
        (atLocation agent1 loc_bar_9_bar_10_bar_1_bar_15)
        (receptacleType Bed_bar__plus_02_dot_84_bar__minus_02_dot_85_bar__plus_01_dot_60 BedType)
        (receptacleAtLocation Bed_bar__plus_02_dot_84_bar__minus_02_dot_85_bar__plus_01_dot_60 loc_bar__minus_5_bar__minus_5_bar_3_bar_60)
        (receptacleType Drawer_bar__plus_00_dot_57_bar__plus_01_dot_35_bar__plus_00_dot_39 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_00_dot_57_bar__plus_01_dot_35_bar__plus_00_dot_39 loc_bar_9_bar_5_bar_0_bar_15)
        (openable Drawer_bar__plus_00_dot_57_bar__plus_01_dot_35_bar__plus_00_dot_39)
        (receptacleType Drawer_bar__plus_01_dot_38_bar__plus_01_dot_56_bar__minus_03_dot_00 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_38_bar__plus_01_dot_56_bar__minus_03_dot_00 loc_bar_10_bar_4_bar_0_bar__minus_30)
        (openable Drawer_bar__plus_01_dot_38_bar__plus_01_dot_56_bar__minus_03_dot_00)
        (receptacleType Dresser_bar__plus_02_dot_58_bar__plus_02_dot_58_bar__minus_00_dot_85 DresserType)
        (receptacleAtLocation Dresser_bar__plus_02_dot_58_bar__plus_02_dot_58_bar__minus_00_dot_85 loc_bar_3_bar__minus_9_bar_1_bar_30)
        (receptacleType SideTable_bar__minus_01_dot_35_bar__minus_01_dot_59_bar__plus_02_dot_75 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_01_dot_35_bar__minus_01_dot_59_bar__plus_02_dot_75 loc_bar_9_bar_12_bar_0_bar_15)
        (receptacleType SideTable_bar__minus_01_dot_79_bar__minus_00_dot_39_bar__plus_00_dot_02 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_01_dot_79_bar__minus_00_dot_39_bar__plus_00_dot_02 loc_bar_1_bar_5_bar_0_bar_60)
        (receptacleType Shelf_bar__plus_01_dot_04_bar__minus_01_dot_29_bar__plus_01_dot_90 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_01_dot_04_bar__minus_01_dot_29_bar__plus_01_dot_90 loc_bar_2_bar__minus_6_bar_3_bar__minus_30)
        (receptacleType GarbageCan_bar__plus_01_dot_77_bar__plus_01_dot_47_bar__minus_00_dot_14 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_01_dot_77_bar__plus_01_dot_47_bar__minus_00_dot_14 loc_bar__minus_5_bar_8_bar_1_bar_0)
        (receptacleType Safe_bar__plus_00_dot_17_bar__minus_00_dot_16_bar__minus_00_dot_87 SafeType)
        (receptacleAtLocation Safe_bar__plus_00_dot_17_bar__minus_00_dot_16_bar__minus_00_dot_87 loc_bar_9_bar_6_bar_2_bar_15)
        (openable Safe_bar__plus_00_dot_17_bar__minus_00_dot_16_bar__minus_00_dot_87)
        (receptacleType ArmChair_bar__minus_02_dot_26_bar__minus_01_dot_50_bar__plus_01_dot_09 ArmChairType)
        (receptacleAtLocation ArmChair_bar__minus_02_dot_26_bar__minus_01_dot_50_bar__plus_01_dot_09 loc_bar__minus_6_bar__minus_6_bar_0_bar_0)
        (objectType Bowl_bar__minus_01_dot_39_bar__plus_02_dot_71_bar__plus_02_dot_01 BowlType)
        (inReceptacle Bowl_bar__minus_01_dot_39_bar__plus_02_dot_71_bar__plus_02_dot_01 SideTable_bar__minus_01_dot_79_bar__minus_00_dot_39_bar__plus_00_dot_02)
        (objectAtLocation Bowl_bar__minus_01_dot_39_bar__plus_02_dot_71_bar__plus_02_dot_01 loc_bar_1_bar_5_bar_0_bar_60)
        (pickupable Bowl_bar__minus_01_dot_39_bar__plus_02_dot_71_bar__plus_02_dot_01)
        (cleanable Bowl_bar__minus_01_dot_39_bar__plus_02_dot_71_bar__plus_02_dot_01)
        (coolable Bowl_bar__minus_01_dot_39_bar__plus_02_dot_71_bar__plus_02_dot_01)
        (isReceptacleObject Bowl_bar__minus_01_dot_39_bar__plus_02_dot_71_bar__plus_02_dot_01)
        (objectType Bowl_bar__minus_02_dot_66_bar__minus_01_dot_70_bar__plus_00_dot_99 BowlType)
        (inReceptacle Bowl_bar__minus_02_dot_66_bar__minus_01_dot_70_bar__plus_00_dot_99 Dresser_bar__plus_02_dot_58_bar__plus_02_dot_58_bar__minus_00_dot_85)
        (objectAtLocation Bowl_bar__minus_02_dot_66_bar__minus_01_dot_70_bar__plus_00_dot_99 loc_bar_3_bar__minus_9_bar_1_bar_30)
        (pickupable Bowl_bar__minus_02_dot_66_bar__minus_01_dot_70_bar__plus_00_dot_99)
        (cleanable Bowl_bar__minus_02_dot_66_bar__minus_01_dot_70_bar__plus_00_dot_99)
        (coolable Bowl_bar__minus_02_dot_66_bar__minus_01_dot_70_bar__plus_00_dot_99)
        (isReceptacleObject Bowl_bar__minus_02_dot_66_bar__minus_01_dot_70_bar__plus_00_dot_99)
        (objectType Bowl_bar__minus_01_dot_75_bar__plus_02_dot_58_bar__minus_02_dot_41 BowlType)
        (inReceptacle Bowl_bar__minus_01_dot_75_bar__plus_02_dot_58_bar__minus_02_dot_41 Dresser_bar__plus_02_dot_58_bar__plus_02_dot_58_bar__minus_00_dot_85)
        (objectAtLocation Bowl_bar__minus_01_dot_75_bar__plus_02_dot_58_bar__minus_02_dot_41 loc_bar_3_bar__minus_9_bar_1_bar_30)
        (pickupable Bowl_bar__minus_01_dot_75_bar__plus_02_dot_58_bar__minus_02_dot_41)
        (cleanable Bowl_bar__minus_01_dot_75_bar__plus_02_dot_58_bar__minus_02_dot_41)
        (coolable Bowl_bar__minus_01_dot_75_bar__plus_02_dot_58_bar__minus_02_dot_41)
        (isReceptacleObject Bowl_bar__minus_01_dot_75_bar__plus_02_dot_58_bar__minus_02_dot_41)
        (objectType BaseballBat_bar__minus_01_dot_95_bar__minus_02_dot_65_bar__minus_01_dot_60 BaseballBatType)
        (inReceptacle BaseballBat_bar__minus_01_dot_95_bar__minus_02_dot_65_bar__minus_01_dot_60 SideTable_bar__minus_01_dot_79_bar__minus_00_dot_39_bar__plus_00_dot_02)
        (objectAtLocation BaseballBat_bar__minus_01_dot_95_bar__minus_02_dot_65_bar__minus_01_dot_60 loc_bar_1_bar_5_bar_0_bar_60)
        (pickupable BaseballBat_bar__minus_01_dot_95_bar__minus_02_dot_65_bar__minus_01_dot_60)
        (objectType BaseballBat_bar__minus_00_dot_22_bar__plus_02_dot_98_bar__plus_01_dot_09 BaseballBatType)
        (inReceptacle BaseballBat_bar__minus_00_dot_22_bar__plus_02_dot_98_bar__plus_01_dot_09 SideTable_bar__minus_01_dot_35_bar__minus_01_dot_59_bar__plus_02_dot_75)
        (objectAtLocation BaseballBat_bar__minus_00_dot_22_bar__plus_02_dot_98_bar__plus_01_dot_09 loc_bar_9_bar_12_bar_0_bar_15)
        (pickupable BaseballBat_bar__minus_00_dot_22_bar__plus_02_dot_98_bar__plus_01_dot_09)
        (objectType TennisRacket_bar__minus_01_dot_44_bar__minus_02_dot_04_bar__minus_00_dot_76 TennisRacketType)
        (inReceptacle TennisRacket_bar__minus_01_dot_44_bar__minus_02_dot_04_bar__minus_00_dot_76 SideTable_bar__minus_01_dot_79_bar__minus_00_dot_39_bar__plus_00_dot_02)
        (objectAtLocation TennisRacket_bar__minus_01_dot_44_bar__minus_02_dot_04_bar__minus_00_dot_76 loc_bar_1_bar_5_bar_0_bar_60)
        (pickupable TennisRacket_bar__minus_01_dot_44_bar__minus_02_dot_04_bar__minus_00_dot_76)
        (objectType Statue_bar__plus_01_dot_88_bar__minus_02_dot_36_bar__plus_00_dot_92 StatueType)
        (inReceptacle Statue_bar__plus_01_dot_88_bar__minus_02_dot_36_bar__plus_00_dot_92 Shelf_bar__plus_01_dot_04_bar__minus_01_dot_29_bar__plus_01_dot_90)
        (objectAtLocation Statue_bar__plus_01_dot_88_bar__minus_02_dot_36_bar__plus_00_dot_92 loc_bar_2_bar__minus_6_bar_3_bar__minus_30)
        (pickupable Statue_bar__plus_01_dot_88_bar__minus_02_dot_36_bar__plus_00_dot_92)
        (objectType Statue_bar__plus_00_dot_09_bar__plus_01_dot_51_bar__minus_02_dot_00 StatueType)
        (inReceptacle Statue_bar__plus_00_dot_09_bar__plus_01_dot_51_bar__minus_02_dot_00 Safe_bar__plus_00_dot_17_bar__minus_00_dot_16_bar__minus_00_dot_87)
        (objectAtLocation Statue_bar__plus_00_dot_09_bar__plus_01_dot_51_bar__minus_02_dot_00 loc_bar_9_bar_6_bar_2_bar_15)
        (pickupable Statue_bar__plus_00_dot_09_bar__plus_01_dot_51_bar__minus_02_dot_00)
        (objectType Pen_bar__minus_01_dot_37_bar__plus_00_dot_57_bar__minus_01_dot_22 PenType)
        (inReceptacle Pen_bar__minus_01_dot_37_bar__plus_00_dot_57_bar__minus_01_dot_22 Drawer_bar__plus_01_dot_38_bar__plus_01_dot_56_bar__minus_03_dot_00)
        (objectAtLocation Pen_bar__minus_01_dot_37_bar__plus_00_dot_57_bar__minus_01_dot_22 loc_bar_10_bar_4_bar_0_bar__minus_30)
        (pickupable Pen_bar__minus_01_dot_37_bar__plus_00_dot_57_bar__minus_01_dot_22)
        (objectType Pen_bar__minus_02_dot_45_bar__plus_02_dot_66_bar__minus_00_dot_94 PenType)
        (inReceptacle Pen_bar__minus_02_dot_45_bar__plus_02_dot_66_bar__minus_00_dot_94 Dresser_bar__plus_02_dot_58_bar__plus_02_dot_58_bar__minus_00_dot_85)
        (objectAtLocation Pen_bar__minus_02_dot_45_bar__plus_02_dot_66_bar__minus_00_dot_94 loc_bar_3_bar__minus_9_bar_1_bar_30)
        (pickupable Pen_bar__minus_02_dot_45_bar__plus_02_dot_66_bar__minus_00_dot_94)
        (objectType Cloth_bar__minus_00_dot_49_bar__minus_01_dot_24_bar__plus_02_dot_89 ClothType)
        (inReceptacle Cloth_bar__minus_00_dot_49_bar__minus_01_dot_24_bar__plus_02_dot_89 GarbageCan_bar__plus_01_dot_77_bar__plus_01_dot_47_bar__minus_00_dot_14)
        (objectAtLocation Cloth_bar__minus_00_dot_49_bar__minus_01_dot_24_bar__plus_02_dot_89 loc_bar__minus_5_bar_8_bar_1_bar_0)
        (pickupable Cloth_bar__minus_00_dot_49_bar__minus_01_dot_24_bar__plus_02_dot_89)
        (cleanable Cloth_bar__minus_00_dot_49_bar__minus_01_dot_24_bar__plus_02_dot_89)
        (objectType Cloth_bar__plus_02_dot_34_bar__plus_00_dot_37_bar__plus_02_dot_72 ClothType)
        (inReceptacle Cloth_bar__plus_02_dot_34_bar__plus_00_dot_37_bar__plus_02_dot_72 Dresser_bar__plus_02_dot_58_bar__plus_02_dot_58_bar__minus_00_dot_85)
        (objectAtLocation Cloth_bar__plus_02_dot_34_bar__plus_00_dot_37_bar__plus_02_dot_72 loc_bar_3_bar__minus_9_bar_1_bar_30)
        (pickupable Cloth_bar__plus_02_dot_34_bar__plus_00_dot_37_bar__plus_02_dot_72)
        (cleanable Cloth_bar__plus_02_dot_34_bar__plus_00_dot_37_bar__plus_02_dot_72)
        (objectType CellPhone_bar__minus_00_dot_03_bar__plus_02_dot_63_bar__plus_02_dot_60 CellPhoneType)
        (inReceptacle CellPhone_bar__minus_00_dot_03_bar__plus_02_dot_63_bar__plus_02_dot_60 Dresser_bar__plus_02_dot_58_bar__plus_02_dot_58_bar__minus_00_dot_85)
        (objectAtLocation CellPhone_bar__minus_00_dot_03_bar__plus_02_dot_63_bar__plus_02_dot_60 loc_bar_3_bar__minus_9_bar_1_bar_30)
        (pickupable CellPhone_bar__minus_00_dot_03_bar__plus_02_dot_63_bar__plus_02_dot_60)
        (objectType Book_bar__minus_00_dot_41_bar__plus_00_dot_82_bar__plus_00_dot_62 BookType)
        (inReceptacle Book_bar__minus_00_dot_41_bar__plus_00_dot_82_bar__plus_00_dot_62 Bed_bar__plus_02_dot_84_bar__minus_02_dot_85_bar__plus_01_dot_60)
        (objectAtLocation Book_bar__minus_00_dot_41_bar__plus_00_dot_82_bar__plus_00_dot_62 loc_bar__minus_5_bar__minus_5_bar_3_bar_60)
        (pickupable Book_bar__minus_00_dot_41_bar__plus_00_dot_82_bar__plus_00_dot_62)
        (objectType Book_bar__plus_01_dot_53_bar__minus_02_dot_91_bar__minus_00_dot_80 BookType)
        (inReceptacle Book_bar__plus_01_dot_53_bar__minus_02_dot_91_bar__minus_00_dot_80 Shelf_bar__plus_01_dot_04_bar__minus_01_dot_29_bar__plus_01_dot_90)
        (objectAtLocation Book_bar__plus_01_dot_53_bar__minus_02_dot_91_bar__minus_00_dot_80 loc_bar_2_bar__minus_6_bar_3_bar__minus_30)
        (pickupable Book_bar__plus_01_dot_53_bar__minus_02_dot_91_bar__minus_00_dot_80)
        (objectType DeskLamp_bar__plus_02_dot_66_bar__minus_01_dot_31_bar__plus_00_dot_02 DeskLampType)
        (inReceptacle DeskLamp_bar__plus_02_dot_66_bar__minus_01_dot_31_bar__plus_00_dot_02 SideTable_bar__minus_01_dot_79_bar__minus_00_dot_39_bar__plus_00_dot_02)
        (objectAtLocation DeskLamp_bar__plus_02_dot_66_bar__minus_01_dot_31_bar__plus_00_dot_02 loc_bar_1_bar_5_bar_0_bar_60)
        (toggleable DeskLamp_bar__plus_02_dot_66_bar__minus_01_dot_31_bar__plus_00_dot_02)
        (canContain ArmChairType BookType)
        (canContain ArmChairType CellPhoneType)
        (canContain ArmChairType ClothType)
        (canContain BedType BaseballBatType)
        (canContain BedType BookType)
        (canContain BedType CellPhoneType)
        (canContain BedType TennisRacketType)
        (canContain DrawerType BookType)
        (canContain DrawerType CellPhoneType)
        (canContain DrawerType ClothType)
        (canContain DrawerType PenType)
        (canContain DresserType BookType)
        (canContain DresserType BowlType)
        (canContain DresserType CellPhoneType)
        (canContain DresserType ClothType)
        (canContain DresserType PenType)
        (canContain DresserType StatueType)
        (canContain DresserType TennisRacketType)
        (canContain GarbageCanType ClothType)
        (canContain GarbageCanType PenType)
        (canContain SafeType CellPhoneType)
        (canContain SafeType StatueType)
        (canContain ShelfType BookType)
        (canContain ShelfType BowlType)
        (canContain ShelfType CellPhoneType)
        (canContain ShelfType ClothType)
        (canContain ShelfType PenType)
        (canContain ShelfType StatueType)
        (canContain SideTableType BaseballBatType)
        (canContain SideTableType BookType)
        (canContain SideTableType BowlType)
        (canContain SideTableType CellPhoneType)
        (canContain SideTableType ClothType)
        (canContain SideTableType PenType)
        (canContain SideTableType StatueType)
        (canContain SideTableType TennisRacketType)
        )
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 BowlType)
                                    (receptacleType ?r ShelfType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 BowlType)
                                            (receptacleType ?r ShelfType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
