(define (problem plan_trial_e10003)
(:domain alfred)
(:objects
        agent1 - agent
        AlarmClockType - otype
        BaseballBatType - otype
        BookType - otype
        BowlType - otype
        CDType - otype
        ClothType - otype
        DeskLampType - otype
        PencilType - otype
        PillowType - otype
        ArmChairType - rtype
        BedType - rtype
        DrawerType - rtype
        DresserType - rtype
        GarbageCanType - rtype
        SafeType - rtype
        ShelfType - rtype
        SideTableType - rtype
        AlarmClock_bar__plus_01_dot_89_bar__minus_02_dot_26_bar__minus_02_dot_81 - object
        Pencil_bar__plus_02_dot_36_bar__minus_00_dot_23_bar__minus_01_dot_86 - object
        Cloth_bar__plus_01_dot_61_bar__minus_02_dot_84_bar__minus_00_dot_20 - object
        BaseballBat_bar__minus_01_dot_05_bar__minus_01_dot_03_bar__minus_00_dot_32 - object
        Pillow_bar__plus_00_dot_42_bar__minus_00_dot_21_bar__minus_00_dot_31 - object
        Book_bar__minus_01_dot_19_bar__plus_01_dot_82_bar__plus_02_dot_43 - object
        Book_bar__plus_01_dot_37_bar__plus_01_dot_91_bar__plus_00_dot_42 - object
        CD_bar__plus_01_dot_88_bar__minus_02_dot_84_bar__plus_00_dot_46 - object
        Bowl_bar__minus_02_dot_01_bar__plus_01_dot_72_bar__minus_00_dot_73 - object
        Bowl_bar__minus_02_dot_67_bar__minus_01_dot_27_bar__minus_02_dot_90 - object
        DeskLamp_bar__plus_01_dot_26_bar__minus_01_dot_01_bar__minus_00_dot_13 - object
        Bed_bar__plus_01_dot_31_bar__minus_01_dot_29_bar__plus_01_dot_31 - receptacle
        Drawer_bar__plus_01_dot_90_bar__minus_01_dot_45_bar__plus_01_dot_11 - receptacle
        Drawer_bar__minus_02_dot_77_bar__plus_00_dot_13_bar__minus_00_dot_02 - receptacle
        Dresser_bar__plus_02_dot_32_bar__plus_00_dot_29_bar__minus_02_dot_10 - receptacle
        SideTable_bar__minus_02_dot_04_bar__minus_02_dot_14_bar__plus_01_dot_98 - receptacle
        SideTable_bar__minus_01_dot_01_bar__plus_01_dot_04_bar__plus_01_dot_60 - receptacle
        Shelf_bar__plus_01_dot_19_bar__plus_00_dot_15_bar__minus_02_dot_74 - receptacle
        GarbageCan_bar__plus_02_dot_22_bar__minus_01_dot_97_bar__plus_00_dot_29 - receptacle
        Safe_bar__plus_00_dot_52_bar__plus_01_dot_17_bar__minus_00_dot_51 - receptacle
        ArmChair_bar__minus_02_dot_08_bar__plus_02_dot_17_bar__plus_00_dot_96 - receptacle
        loc_bar_0_bar__minus_3_bar_3_bar_15 - location
        loc_bar_6_bar__minus_9_bar_0_bar_60 - location
        loc_bar__minus_9_bar__minus_3_bar_3_bar_15 - location
        loc_bar__minus_7_bar__minus_8_bar_0_bar_60 - location
        loc_bar__minus_10_bar_1_bar_2_bar_60 - location
        loc_bar_11_bar_9_bar_0_bar__minus_30 - location
        loc_bar_12_bar__minus_8_bar_3_bar__minus_30 - location
        loc_bar__minus_9_bar__minus_10_bar_1_bar_0 - location
        loc_bar_9_bar_7_bar_2_bar_0 - location
        loc_bar__minus_2_bar_8_bar_3_bar_0 - location
        loc_bar_12_bar__minus_9_bar_2_bar_45 - location
        )
(:init
        (atLocation agent1 loc_bar_12_bar__minus_9_bar_2_bar_45)
        (receptacleType Bed_bar__plus_01_dot_31_bar__minus_01_dot_29_bar__plus_01_dot_31 BedType)
        (receptacleAtLocation Bed_bar__plus_01_dot_31_bar__minus_01_dot_29_bar__plus_01_dot_31 loc_bar_0_bar__minus_3_bar_3_bar_15)
        (receptacleType Drawer_bar__plus_01_dot_90_bar__minus_01_dot_45_bar__plus_01_dot_11 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_90_bar__minus_01_dot_45_bar__plus_01_dot_11 loc_bar_6_bar__minus_9_bar_0_bar_60)
        (openable Drawer_bar__plus_01_dot_90_bar__minus_01_dot_45_bar__plus_01_dot_11)
        (receptacleType Drawer_bar__minus_02_dot_77_bar__plus_00_dot_13_bar__minus_00_dot_02 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_02_dot_77_bar__plus_00_dot_13_bar__minus_00_dot_02 loc_bar__minus_9_bar__minus_3_bar_3_bar_15)
        (openable Drawer_bar__minus_02_dot_77_bar__plus_00_dot_13_bar__minus_00_dot_02)
        (receptacleType Dresser_bar__plus_02_dot_32_bar__plus_00_dot_29_bar__minus_02_dot_10 DresserType)
        (receptacleAtLocation Dresser_bar__plus_02_dot_32_bar__plus_00_dot_29_bar__minus_02_dot_10 loc_bar__minus_7_bar__minus_8_bar_0_bar_60)
        (receptacleType SideTable_bar__minus_02_dot_04_bar__minus_02_dot_14_bar__plus_01_dot_98 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_02_dot_04_bar__minus_02_dot_14_bar__plus_01_dot_98 loc_bar__minus_10_bar_1_bar_2_bar_60)
        (receptacleType SideTable_bar__minus_01_dot_01_bar__plus_01_dot_04_bar__plus_01_dot_60 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_01_dot_01_bar__plus_01_dot_04_bar__plus_01_dot_60 loc_bar_11_bar_9_bar_0_bar__minus_30)
        (receptacleType Shelf_bar__plus_01_dot_19_bar__plus_00_dot_15_bar__minus_02_dot_74 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_01_dot_19_bar__plus_00_dot_15_bar__minus_02_dot_74 loc_bar_12_bar__minus_8_bar_3_bar__minus_30)
        (receptacleType GarbageCan_bar__plus_02_dot_22_bar__minus_01_dot_97_bar__plus_00_dot_29 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_02_dot_22_bar__minus_01_dot_97_bar__plus_00_dot_29 loc_bar__minus_9_bar__minus_10_bar_1_bar_0)
        (receptacleType Safe_bar__plus_00_dot_52_bar__plus_01_dot_17_bar__minus_00_dot_51 SafeType)
        (receptacleAtLocation Safe_bar__plus_00_dot_52_bar__plus_01_dot_17_bar__minus_00_dot_51 loc_bar_9_bar_7_bar_2_bar_0)
        (openable Safe_bar__plus_00_dot_52_bar__plus_01_dot_17_bar__minus_00_dot_51)
        (receptacleType ArmChair_bar__minus_02_dot_08_bar__plus_02_dot_17_bar__plus_00_dot_96 ArmChairType)
        (receptacleAtLocation ArmChair_bar__minus_02_dot_08_bar__plus_02_dot_17_bar__plus_00_dot_96 loc_bar__minus_2_bar_8_bar_3_bar_0)
        (objectType AlarmClock_bar__plus_01_dot_89_bar__minus_02_dot_26_bar__minus_02_dot_81 AlarmClockType)
        (inReceptacle AlarmClock_bar__plus_01_dot_89_bar__minus_02_dot_26_bar__minus_02_dot_81 SideTable_bar__minus_02_dot_04_bar__minus_02_dot_14_bar__plus_01_dot_98)
        (objectAtLocation AlarmClock_bar__plus_01_dot_89_bar__minus_02_dot_26_bar__minus_02_dot_81 loc_bar__minus_10_bar_1_bar_2_bar_60)
        (pickupable AlarmClock_bar__plus_01_dot_89_bar__minus_02_dot_26_bar__minus_02_dot_81)
        (objectType Pencil_bar__plus_02_dot_36_bar__minus_00_dot_23_bar__minus_01_dot_86 PencilType)
        (inReceptacle Pencil_bar__plus_02_dot_36_bar__minus_00_dot_23_bar__minus_01_dot_86 GarbageCan_bar__plus_02_dot_22_bar__minus_01_dot_97_bar__plus_00_dot_29)
        (objectAtLocation Pencil_bar__plus_02_dot_36_bar__minus_00_dot_23_bar__minus_01_dot_86 loc_bar__minus_9_bar__minus_10_bar_1_bar_0)
        (pickupable Pencil_bar__plus_02_dot_36_bar__minus_00_dot_23_bar__minus_01_dot_86)
        (objectType Cloth_bar__plus_01_dot_61_bar__minus_02_dot_84_bar__minus_00_dot_20 ClothType)
        (inReceptacle Cloth_bar__plus_01_dot_61_bar__minus_02_dot_84_bar__minus_00_dot_20 Dresser_bar__plus_02_dot_32_bar__plus_00_dot_29_bar__minus_02_dot_10)
        (objectAtLocation Cloth_bar__plus_01_dot_61_bar__minus_02_dot_84_bar__minus_00_dot_20 loc_bar__minus_7_bar__minus_8_bar_0_bar_60)
        (pickupable Cloth_bar__plus_01_dot_61_bar__minus_02_dot_84_bar__minus_00_dot_20)
        (cleanable Cloth_bar__plus_01_dot_61_bar__minus_02_dot_84_bar__minus_00_dot_20)
        (objectType BaseballBat_bar__minus_01_dot_05_bar__minus_01_dot_03_bar__minus_00_dot_32 BaseballBatType)
        (inReceptacle BaseballBat_bar__minus_01_dot_05_bar__minus_01_dot_03_bar__minus_00_dot_32 SideTable_bar__minus_02_dot_04_bar__minus_02_dot_14_bar__plus_01_dot_98)
        (objectAtLocation BaseballBat_bar__minus_01_dot_05_bar__minus_01_dot_03_bar__minus_00_dot_32 loc_bar__minus_10_bar_1_bar_2_bar_60)
        (pickupable BaseballBat_bar__minus_01_dot_05_bar__minus_01_dot_03_bar__minus_00_dot_32)
        (objectType Pillow_bar__plus_00_dot_42_bar__minus_00_dot_21_bar__minus_00_dot_31 PillowType)
        (inReceptacle Pillow_bar__plus_00_dot_42_bar__minus_00_dot_21_bar__minus_00_dot_31 Bed_bar__plus_01_dot_31_bar__minus_01_dot_29_bar__plus_01_dot_31)
        (objectAtLocation Pillow_bar__plus_00_dot_42_bar__minus_00_dot_21_bar__minus_00_dot_31 loc_bar_0_bar__minus_3_bar_3_bar_15)
        (pickupable Pillow_bar__plus_00_dot_42_bar__minus_00_dot_21_bar__minus_00_dot_31)
        (objectType Book_bar__minus_01_dot_19_bar__plus_01_dot_82_bar__plus_02_dot_43 BookType)
        (inReceptacle Book_bar__minus_01_dot_19_bar__plus_01_dot_82_bar__plus_02_dot_43 SideTable_bar__minus_01_dot_01_bar__plus_01_dot_04_bar__plus_01_dot_60)
        (objectAtLocation Book_bar__minus_01_dot_19_bar__plus_01_dot_82_bar__plus_02_dot_43 loc_bar_11_bar_9_bar_0_bar__minus_30)
        (pickupable Book_bar__minus_01_dot_19_bar__plus_01_dot_82_bar__plus_02_dot_43)
        (objectType Book_bar__plus_01_dot_37_bar__plus_01_dot_91_bar__plus_00_dot_42 BookType)
        (inReceptacle Book_bar__plus_01_dot_37_bar__plus_01_dot_91_bar__plus_00_dot_42 Drawer_bar__plus_01_dot_90_bar__minus_01_dot_45_bar__plus_01_dot_11)
        (objectAtLocation Book_bar__plus_01_dot_37_bar__plus_01_dot_91_bar__plus_00_dot_42 loc_bar_6_bar__minus_9_bar_0_bar_60)
        (pickupable Book_bar__plus_01_dot_37_bar__plus_01_dot_91_bar__plus_00_dot_42)
        (objectType CD_bar__plus_01_dot_88_bar__minus_02_dot_84_bar__plus_00_dot_46 CDType)
        (inReceptacle CD_bar__plus_01_dot_88_bar__minus_02_dot_84_bar__plus_00_dot_46 Shelf_bar__plus_01_dot_19_bar__plus_00_dot_15_bar__minus_02_dot_74)
        (objectAtLocation CD_bar__plus_01_dot_88_bar__minus_02_dot_84_bar__plus_00_dot_46 loc_bar_12_bar__minus_8_bar_3_bar__minus_30)
        (pickupable CD_bar__plus_01_dot_88_bar__minus_02_dot_84_bar__plus_00_dot_46)
        (objectType Bowl_bar__minus_02_dot_01_bar__plus_01_dot_72_bar__minus_00_dot_73 BowlType)
        (inReceptacle Bowl_bar__minus_02_dot_01_bar__plus_01_dot_72_bar__minus_00_dot_73 SideTable_bar__minus_02_dot_04_bar__minus_02_dot_14_bar__plus_01_dot_98)
        (objectAtLocation Bowl_bar__minus_02_dot_01_bar__plus_01_dot_72_bar__minus_00_dot_73 loc_bar__minus_10_bar_1_bar_2_bar_60)
        (pickupable Bowl_bar__minus_02_dot_01_bar__plus_01_dot_72_bar__minus_00_dot_73)
        (cleanable Bowl_bar__minus_02_dot_01_bar__plus_01_dot_72_bar__minus_00_dot_73)
        (coolable Bowl_bar__minus_02_dot_01_bar__plus_01_dot_72_bar__minus_00_dot_73)
        (isReceptacleObject Bowl_bar__minus_02_dot_01_bar__plus_01_dot_72_bar__minus_00_dot_73)
        (objectType Bowl_bar__minus_02_dot_67_bar__minus_01_dot_27_bar__minus_02_dot_90 BowlType)
        (inReceptacle Bowl_bar__minus_02_dot_67_bar__minus_01_dot_27_bar__minus_02_dot_90 SideTable_bar__minus_02_dot_04_bar__minus_02_dot_14_bar__plus_01_dot_98)
        (objectAtLocation Bowl_bar__minus_02_dot_67_bar__minus_01_dot_27_bar__minus_02_dot_90 loc_bar__minus_10_bar_1_bar_2_bar_60)
        (pickupable Bowl_bar__minus_02_dot_67_bar__minus_01_dot_27_bar__minus_02_dot_90)
        (cleanable Bowl_bar__minus_02_dot_67_bar__minus_01_dot_27_bar__minus_02_dot_90)
        (coolable Bowl_bar__minus_02_dot_67_bar__minus_01_dot_27_bar__minus_02_dot_90)
        (isReceptacleObject Bowl_bar__minus_02_dot_67_bar__minus_01_dot_27_bar__minus_02_dot_90)
        (objectType DeskLamp_bar__plus_01_dot_26_bar__minus_01_dot_01_bar__minus_00_dot_13 DeskLampType)
        (inReceptacle DeskLamp_bar__plus_01_dot_26_bar__minus_01_dot_01_bar__minus_00_dot_13 SideTable_bar__minus_02_dot_04_bar__minus_02_dot_14_bar__plus_01_dot_98)
        (objectAtLocation DeskLamp_bar__plus_01_dot_26_bar__minus_01_dot_01_bar__minus_00_dot_13 loc_bar__minus_10_bar_1_bar_2_bar_60)
        (toggleable DeskLamp_bar__plus_01_dot_26_bar__minus_01_dot_01_bar__minus_00_dot_13)
        (canContain ArmChairType BookType)
        (canContain ArmChairType ClothType)
        (canContain ArmChairType PillowType)
        (canContain BedType BaseballBatType)
        (canContain BedType BookType)
        (canContain BedType PillowType)
        (canContain DrawerType BookType)
        (canContain DrawerType CDType)
        (canContain DrawerType ClothType)
        (canContain DrawerType PencilType)
        (canContain DresserType AlarmClockType)
        (canContain DresserType BookType)
        (canContain DresserType BowlType)
        (canContain DresserType CDType)
        (canContain DresserType ClothType)
        (canContain DresserType PencilType)
        (canContain GarbageCanType CDType)
        (canContain GarbageCanType ClothType)
        (canContain GarbageCanType PencilType)
        (canContain SafeType CDType)
        (canContain ShelfType AlarmClockType)
        (canContain ShelfType BookType)
        (canContain ShelfType BowlType)
        (canContain ShelfType CDType)
        (canContain ShelfType ClothType)
        (canContain ShelfType PencilType)
        (canContain SideTableType AlarmClockType)
        (canContain SideTableType BaseballBatType)
        (canContain SideTableType BookType)
        (canContain SideTableType BowlType)
        (canContain SideTableType CDType)
        (canContain SideTableType ClothType)
        (canContain SideTableType PencilType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (inReceptacle ?o ?r)
                            (objectType ?o AlarmClockType)
                            (receptacleType ?r DresserType)
                        )
                    )
                )
            )
        )
    )
