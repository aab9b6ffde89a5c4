(define (problem plan_trial_e10002)
(:domain alfred)
(:objects
        agent1 - agent
        AlarmClockType - otype
        BaseballBatType - otype
        BasketBallType - otype
        BookType - otype
        BowlType - otype
        CellPhoneType - otype
        ClothType - otype
        CreditCardType - otype
        DeskLampType - otype
        BedType - rtype
        DeskType - rtype
        DrawerType - rtype
        DresserType - rtype
        GarbageCanType - rtype
        LaundryHamperType - rtype
        ShelfType - rtype
        SideTableType - rtype
        CellPhone_bar__minus_00_dot_09_bar__minus_01_dot_81_bar__minus_00_dot_41 - object
        CellPhone_bar__minus_01_dot_89_bar__plus_00_dot_79_bar__minus_00_dot_97 - object
        Book_bar__minus_00_dot_60_bar__minus_01_dot_60_bar__plus_02_dot_33 - object
        Book_bar__plus_02_dot_57_bar__minus_01_dot_58_bar__minus_00_dot_65 - object
        AlarmClock_bar__minus_00_dot_30_bar__plus_00_dot_67_bar__plus_00_dot_17 - object
        Cloth_bar__minus_02_dot_31_bar__plus_01_dot_21_bar__plus_00_dot_31 - object
        Bowl_bar__plus_01_dot_56_bar__plus_00_dot_44_bar__minus_02_dot_80 - object
        CreditCard_bar__minus_02_dot_88_bar__minus_01_dot_45_bar__minus_02_dot_78 - object
        BaseballBat_bar__minus_00_dot_84_bar__minus_02_dot_57_bar__minus_01_dot_93 - object
        BasketBall_bar__plus_01_dot_23_bar__minus_00_dot_49_bar__minus_01_dot_90 - object
        DeskLamp_bar__plus_00_dot_47_bar__minus_00_dot_03_bar__minus_02_dot_54 - object
        Bed_bar__minus_01_dot_91_bar__minus_02_dot_65_bar__plus_00_dot_21 - receptacle
        Desk_bar__minus_00_dot_50_bar__plus_00_dot_63_bar__minus_01_dot_48 - receptacle
        Drawer_bar__minus_00_dot_42_bar__minus_02_dot_98_bar__plus_01_dot_33 - receptacle
        Drawer_bar__minus_02_dot_42_bar__plus_02_dot_18_bar__minus_00_dot_21 - receptacle
        Drawer_bar__minus_01_dot_71_bar__minus_02_dot_04_bar__minus_01_dot_76 - receptacle
        Drawer_bar__minus_01_dot_31_bar__plus_01_dot_64_bar__plus_00_dot_81 - receptacle
        Dresser_bar__plus_01_dot_04_bar__minus_02_dot_44_bar__minus_01_dot_99 - receptacle
        Shelf_bar__minus_01_dot_32_bar__minus_02_dot_24_bar__minus_01_dot_05 - receptacle
        Shelf_bar__plus_00_dot_85_bar__minus_00_dot_23_bar__plus_00_dot_84 - receptacle
        Shelf_bar__plus_02_dot_23_bar__plus_02_dot_14_bar__minus_02_dot_42 - receptacle
        GarbageCan_bar__minus_03_dot_00_bar__plus_00_dot_34_bar__plus_01_dot_20 - receptacle
        SideTable_bar__plus_00_dot_39_bar__plus_00_dot_45_bar__plus_00_dot_98 - receptacle
        LaundryHamper_bar__plus_01_dot_10_bar__plus_02_dot_47_bar__plus_00_dot_92 - receptacle
        loc_bar__minus_12_bar_4_bar_2_bar_60 - location
        loc_bar_10_bar__minus_1_bar_3_bar_60 - location
        loc_bar_8_bar__minus_11_bar_1_bar_0 - location
        loc_bar_2_bar__minus_12_bar_2_bar_15 - location
        loc_bar_6_bar_10_bar_1_bar_15 - location
        loc_bar__minus_6_bar__minus_8_bar_3_bar_30 - location
        loc_bar_12_bar_0_bar_1_bar_60 - location
        loc_bar_0_bar_0_bar_2_bar_0 - location
        loc_bar_9_bar__minus_12_bar_2_bar__minus_30 - location
        loc_bar_3_bar__minus_4_bar_3_bar__minus_30 - location
        loc_bar_4_bar_4_bar_0_bar_0 - location
        loc_bar_6_bar__minus_11_bar_2_bar_15 - location
        loc_bar__minus_1_bar_11_bar_1_bar__minus_30 - location
        loc_bar_5_bar__minus_10_bar_2_bar_15 - location
        )
(:init
        (atLocation agent1 loc_bar_5_bar__minus_10_bar_2_bar_15)
        (receptacleType Bed_bar__minus_01_dot_91_bar__minus_02_dot_65_bar__plus_00_dot_21 BedType)
        (receptacleAtLocation Bed_bar__minus_01_dot_91_bar__minus_02_dot_65_bar__plus_00_dot_21 loc_bar__minus_12_bar_4_bar_2_bar_60)
        (receptacleType Desk_bar__minus_00_dot_50_bar__plus_00_dot_63_bar__minus_01_dot_48 DeskType)
        (receptacleAtLocation Desk_bar__minus_00_dot_50_bar__plus_00_dot_63_bar__minus_01_dot_48 loc_bar_10_bar__minus_1_bar_3_bar_60)
        (receptacleType Drawer_bar__minus_00_dot_42_bar__minus_02_dot_98_bar__plus_01_dot_33 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_00_dot_42_bar__minus_02_dot_98_bar__plus_01_dot_33 loc_bar_8_bar__minus_11_bar_1_bar_0)
        (openable Drawer_bar__minus_00_dot_42_bar__minus_02_dot_98_bar__plus_01_dot_33)
        (receptacleType Drawer_bar__minus_02_dot_42_bar__plus_02_dot_18_bar__minus_00_dot_21 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_02_dot_42_bar__plus_02_dot_18_bar__minus_00_dot_21 loc_bar_2_bar__minus_12_bar_2_bar_15)
        (openable Drawer_bar__minus_02_dot_42_bar__plus_02_dot_18_bar__minus_00_dot_21)
        (receptacleType Drawer_bar__minus_01_dot_71_bar__minus_02_dot_04_bar__minus_01_dot_76 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_71_bar__minus_02_dot_04_bar__minus_01_dot_76 loc_bar_6_bar_10_bar_1_bar_15)
        (openable Drawer_bar__minus_01_dot_71_bar__minus_02_dot_04_bar__minus_01_dot_76)
        (receptacleType Drawer_bar__minus_01_dot_31_bar__plus_01_dot_64_bar__plus_00_dot_81 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_31_bar__plus_01_dot_64_bar__plus_00_dot_81 loc_bar__minus_6_bar__minus_8_bar_3_bar_30)
        (openable Drawer_bar__minus_01_dot_31_bar__plus_01_dot_64_bar__plus_00_dot_81)
        (receptacleType Dresser_bar__plus_01_dot_04_bar__minus_02_dot_44_bar__minus_01_dot_99 DresserType)
        (receptacleAtLocation Dresser_bar__plus_01_dot_04_bar__minus_02_dot_44_bar__minus_01_dot_99 loc_bar_12_bar_0_bar_1_bar_60)
        (receptacleType Shelf_bar__minus_01_dot_32_bar__minus_02_dot_24_bar__minus_01_dot_05 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_01_dot_32_bar__minus_02_dot_24_bar__minus_01_dot_05 loc_bar_0_bar_0_bar_2_bar_0)
        (receptacleType Shelf_bar__plus_00_dot_85_bar__minus_00_dot_23_bar__plus_00_dot_84 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_00_dot_85_bar__minus_00_dot_23_bar__plus_00_dot_84 loc_bar_9_bar__minus_12_bar_2_bar__minus_30)
        (receptacleType Shelf_bar__plus_02_dot_23_bar__plus_02_dot_14_bar__minus_02_dot_42 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_02_dot_23_bar__plus_02_dot_14_bar__minus_02_dot_42 loc_bar_3_bar__minus_4_bar_3_bar__minus_30)
        (receptacleType GarbageCan_bar__minus_03_dot_00_bar__plus_00_dot_34_bar__plus_01_dot_20 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_03_dot_00_bar__plus_00_dot_34_bar__plus_01_dot_20 loc_bar_4_bar_4_bar_0_bar_0)
        (receptacleType SideTable_bar__plus_00_dot_39_bar__plus_00_dot_45_bar__plus_00_dot_98 SideTableType)
        (receptacleAtLocation SideTable_bar__plus_00_dot_39_bar__plus_00_dot_45_bar__plus_00_dot_98 loc_bar_6_bar__minus_11_bar_2_bar_15)
        (receptacleType LaundryHamper_bar__plus_01_dot_10_bar__plus_02_dot_47_bar__plus_00_dot_92 LaundryHamperType)
        (receptacleAtLocation LaundryHamper_bar__plus_01_dot_10_bar__plus_02_dot_47_bar__plus_00_dot_92 loc_bar__minus_1_bar_11_bar_1_bar__minus_30)
        (objectType CellPhone_bar__minus_00_dot_09_bar__minus_01_dot_81_bar__minus_00_dot_41 CellPhoneType)
        (inReceptacle CellPhone_bar__minus_00_dot_09_bar__minus_01_dot_81_bar__minus_00_dot_41 Dresser_bar__plus_01_dot_04_bar__minus_02_dot_44_bar__minus_01_dot_99)
        (objectAtLocation CellPhone_bar__minus_00_dot_09_bar__minus_01_dot_81_bar__minus_00_dot_41 loc_bar_12_bar_0_bar_1_bar_60)
        (pickupable CellPhone_bar__minus_00_dot_09_bar__minus_01_dot_81_bar__minus_00_dot_41)
        (objectType CellPhone_bar__minus_01_dot_89_bar__plus_00_dot_79_bar__minus_00_dot_97 CellPhoneType)
        (inReceptacle CellPhone_bar__minus_01_dot_89_bar__plus_00_dot_79_bar__minus_00_dot_97 Desk_bar__minus_00_dot_50_bar__plus_00_dot_63_bar__minus_01_dot_48)
        (objectAtLocation CellPhone_bar__minus_01_dot_89_bar__plus_00_dot_79_bar__minus_00_dot_97 loc_bar_10_bar__minus_1_bar_3_bar_60)
        (pickupable CellPhone_bar__minus_01_dot_89_bar__plus_00_dot_79_bar__minus_00_dot_97)
        (objectType Book_bar__minus_00_dot_60_bar__minus_01_dot_60_bar__plus_02_dot_33 BookType)
        (inReceptacle Book_bar__minus_00_dot_60_bar__minus_01_dot_60_bar__plus_02_dot_33 Bed_bar__minus_01_dot_91_bar__minus_02_dot_65_bar__plus_00_dot_21)
        (objectAtLocation Book_bar__minus_00_dot_60_bar__minus_01_dot_60_bar__plus_02_dot_33 loc_bar__minus_12_bar_4_bar_2_bar_60)
        (pickupable Book_bar__minus_00_dot_60_bar__minus_01_dot_60_bar__plus_02_dot_33)
        (objectType Book_bar__plus_02_dot_57_bar__minus_01_dot_58_bar__minus_00_dot_65 BookType)
        (inReceptacle Book_bar__plus_02_dot_57_bar__minus_01_dot_58_bar__minus_00_dot_65 SideTable_bar__plus_00_dot_39_bar__plus_00_dot_45_bar__plus_00_dot_98)
        (objectAtLocation Book_bar__plus_02_dot_57_bar__minus_01_dot_58_bar__minus_00_dot_65 loc_bar_6_bar__minus_11_bar_2_bar_15)
        (pickupable Book_bar__plus_02_dot_57_bar__minus_01_dot_58_bar__minus_00_dot_65)
        (objectType AlarmClock_bar__minus_00_dot_30_bar__plus_00_dot_67_bar__plus_00_dot_17 AlarmClockType)
        (inReceptacle AlarmClock_bar__minus_00_dot_30_bar__plus_00_dot_67_bar__plus_00_dot_17 SideTable_bar__plus_00_dot_39_bar__plus_00_dot_45_bar__plus_00_dot_98)
        (objectAtLocation AlarmClock_bar__minus_00_dot_30_bar__plus_00_dot_67_bar__plus_00_dot_17 loc_bar_6_bar__minus_11_bar_2_bar_15)
        (pickupable AlarmClock_bar__minus_00_dot_30_bar__plus_00_dot_67_bar__plus_00_dot_17)
        (objectType Cloth_bar__minus_02_dot_31_bar__plus_01_dot_21_bar__plus_00_dot_31 ClothType)
        (inReceptacle Cloth_bar__minus_02_dot_31_bar__plus_01_dot_21_bar__plus_00_dot_31 Desk_bar__minus_00_dot_50_bar__plus_00_dot_63_bar__minus_01_dot_48)
        (objectAtLocation Cloth_bar__minus_02_dot_31_bar__plus_01_dot_21_bar__plus_00_dot_31 loc_bar_10_bar__minus_1_bar_3_bar_60)
        (pickupable Cloth_bar__minus_02_dot_31_bar__plus_01_dot_21_bar__plus_00_dot_31)
        (cleanable Cloth_bar__minus_02_dot_31_bar__plus_01_dot_21_bar__plus_00_dot_31)
        (objectType Bowl_bar__plus_01_dot_56_bar__plus_00_dot_44_bar__minus_02_dot_80 BowlType)
        (inReceptacle Bowl_bar__plus_01_dot_56_bar__plus_00_dot_44_bar__minus_02_dot_80 Dresser_bar__plus_01_dot_04_bar__minus_02_dot_44_bar__minus_01_dot_99)
        (objectAtLocation Bowl_bar__plus_01_dot_56_bar__plus_00_dot_44_bar__minus_02_dot_80 loc_bar_12_bar_0_bar_1_bar_60)
        (pickupable Bowl_bar__plus_01_dot_56_bar__plus_00_dot_44_bar__minus_02_dot_80)
        (cleanable Bowl_bar__plus_01_dot_56_bar__plus_00_dot_44_bar__minus_02_dot_80)
        (coolable Bowl_bar__plus_01_dot_56_bar__plus_00_dot_44_bar__minus_02_dot_80)
        (isReceptacleObject Bowl_bar__plus_01_dot_56_bar__plus_00_dot_44_bar__minus_02_dot_80)
        (objectType CreditCard_bar__minus_02_dot_88_bar__minus_01_dot_45_bar__minus_02_dot_78 CreditCardType)
        (inReceptacle CreditCard_bar__minus_02_dot_88_bar__minus_01_dot_45_bar__minus_02_dot_78 Dresser_bar__plus_01_dot_04_bar__minus_02_dot_44_bar__minus_01_dot_99)
        (objectAtLocation CreditCard_bar__minus_02_dot_88_bar__minus_01_dot_45_bar__minus_02_dot_78 loc_bar_12_bar_0_bar_1_bar_60)
        (pickupable CreditCard_bar__minus_02_dot_88_bar__minus_01_dot_45_bar__minus_02_dot_78)
        (objectType BaseballBat_bar__minus_00_dot_84_bar__minus_02_dot_57_bar__minus_01_dot_93 BaseballBatType)
        (inReceptacle BaseballBat_bar__minus_00_dot_84_bar__minus_02_dot_57_bar__minus_01_dot_93 Bed_bar__minus_01_dot_91_bar__minus_02_dot_65_bar__plus_00_dot_21)
        (objectAtLocation BaseballBat_bar__minus_00_dot_84_bar__minus_02_dot_57_bar__minus_01_dot_93 loc_bar__minus_12_bar_4_bar_2_bar_60)
        (pickupable BaseballBat_bar__minus_00_dot_84_bar__minus_02_dot_57_bar__minus_01_dot_93)
        (objectType BasketBall_bar__plus_01_dot_23_bar__minus_00_dot_49_bar__minus_01_dot_90 BasketBallType)
        (inReceptacle BasketBall_bar__plus_01_dot_23_bar__minus_00_dot_49_bar__minus_01_dot_90 Desk_bar__minus_00_dot_50_bar__plus_00_dot_63_bar__minus_01_dot_48)
        (objectAtLocation BasketBall_bar__plus_01_dot_23_bar__minus_00_dot_49_bar__minus_01_dot_90 loc_bar_10_bar__minus_1_bar_3_bar_60)
        (pickupable BasketBall_bar__plus_01_dot_23_bar__minus_00_dot_49_bar__minus_01_dot_90)
        (objectType DeskLamp_bar__plus_00_dot_47_bar__minus_00_dot_03_bar__minus_02_dot_54 DeskLampType)
        (inReceptacle DeskLamp_bar__plus_00_dot_47_bar__minus_00_dot_03_bar__minus_02_dot_54 Desk_bar__minus_00_dot_50_bar__plus_00_dot_63_bar__minus_01_dot_48)
        (objectAtLocation DeskLamp_bar__plus_00_dot_47_bar__minus_00_dot_03_bar__minus_02_dot_54 loc_bar_10_bar__minus_1_bar_3_bar_60)
        (toggleable DeskLamp_bar__plus_00_dot_47_bar__minus_00_dot_03_bar__minus_02_dot_54)
        (canContain BedType BaseballBatType)
        (canContain BedType BasketBallType)
        (canContain BedType BookType)
        (canContain BedType CellPhoneType)
        (canContain DeskType AlarmClockType)
        (canContain DeskType BasketBallType)
        (canContain DeskType BookType)
        (canContain DeskType BowlType)
        (canContain DeskType CellPhoneType)
        (canContain DeskType ClothType)
        (canContain DeskType CreditCardType)
        (canContain DrawerType BookType)
        (canContain DrawerType CellPhoneType)
        (canContain DrawerType ClothType)
        (canContain DrawerType CreditCardType)
        (canContain DresserType AlarmClockType)
        (canContain DresserType BasketBallType)
        (canContain DresserType BookType)
        (canContain DresserType BowlType)
        (canContain DresserType CellPhoneType)
        (canContain DresserType ClothType)
        (canContain DresserType CreditCardType)
        (canContain GarbageCanType ClothType)
        (canContain LaundryHamperType ClothType)
        (canContain ShelfType AlarmClockType)
        (canContain ShelfType BookType)
        (canContain ShelfType BowlType)
        (canContain ShelfType CellPhoneType)
        (canContain ShelfType ClothType)
        (canContain ShelfType CreditCardType)
        (canContain SideTableType AlarmClockType)
        (canContain SideTableType BaseballBatType)
        (canContain SideTableType BasketBallType)
        (canContain SideTableType BookType)
        (canContain SideTableType BowlType)
        (canContain SideTableType CellPhoneType)
        (canContain SideTableType ClothType)
        (canContain SideTableType CreditCardType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (inReceptacle ?o ?r)
                            (objectType ?o CellPhoneType)
                            (receptacleType ?r ShelfType)
                        )
                    )
                )
            )
        )
    )
