(define (problem plan_trial_e20004)
(:domain alfred)
(:objects
        agent1 - agent
        AlarmClockType - otype
        BasketBallType - otype
        CDType - otype
        CellPhoneType - otype
        ClothType - otype
        DeskLampType - otype
        PenType - otype
        WatchType - otype
        BedType - rtype
        DeskType - rtype
        DrawerType - rtype
        DresserType - rtype
        GarbageCanType - rtype
        LaundryHamperType - rtype
        ShelfType - rtype
        SideTableType - rtype
        AlarmClock_bar__minus_01_dot_10_bar__minus_02_dot_47_bar__plus_00_dot_48 - object
        BasketBall_bar__plus_01_dot_04_bar__plus_01_dot_04_bar__minus_01_dot_34 - object
        Pen_bar__minus_01_dot_56_bar__plus_01_dot_43_bar__minus_01_dot_99 - object
        Pen_bar__plus_00_dot_09_bar__minus_00_dot_68_bar__plus_02_dot_26 - object
        Watch_bar__plus_00_dot_49_bar__plus_00_dot_80_bar__plus_02_dot_87 - object
        CellPhone_bar__minus_00_dot_20_bar__plus_02_dot_81_bar__minus_01_dot_38 - object
        CD_bar__plus_02_dot_12_bar__plus_02_dot_26_bar__plus_01_dot_29 - object
        CD_bar__minus_00_dot_47_bar__plus_01_dot_90_bar__minus_00_dot_11 - object
        Cloth_bar__minus_00_dot_31_bar__plus_00_dot_94_bar__minus_00_dot_57 - object
        Cloth_bar__plus_01_dot_35_bar__minus_01_dot_24_bar__plus_01_dot_71 - object
        DeskLamp_bar__minus_01_dot_80_bar__minus_01_dot_59_bar__plus_01_dot_85 - object
        Bed_bar__minus_00_dot_33_bar__minus_01_dot_00_bar__minus_01_dot_28 - receptacle
        Desk_bar__minus_00_dot_37_bar__plus_02_dot_12_bar__minus_02_dot_43 - receptacle
        Drawer_bar__minus_00_dot_59_bar__plus_02_dot_18_bar__minus_01_dot_23 - receptacle
        Drawer_bar__minus_01_dot_80_bar__plus_02_dot_79_bar__plus_01_dot_18 - receptacle
        Drawer_bar__minus_01_dot_26_bar__plus_01_dot_85_bar__plus_00_dot_12 - receptacle
        Drawer_bar__plus_02_dot_46_bar__plus_01_dot_05_bar__plus_02_dot_46 - receptacle
        Dresser_bar__minus_00_dot_11_bar__minus_01_dot_65_bar__plus_02_dot_69 - receptacle
        Shelf_bar__minus_01_dot_85_bar__minus_01_dot_93_bar__plus_01_dot_07 - receptacle
        Shelf_bar__minus_00_dot_82_bar__minus_00_dot_38_bar__minus_01_dot_65 - receptacle
        Shelf_bar__plus_01_dot_49_bar__plus_01_dot_59_bar__minus_01_dot_21 - receptacle
        GarbageCan_bar__minus_01_dot_87_bar__minus_01_dot_14_bar__minus_01_dot_98 - receptacle
        SideTable_bar__minus_00_dot_43_bar__plus_00_dot_40_bar__minus_02_dot_87 - receptacle
        LaundryHamper_bar__plus_01_dot_96_bar__minus_01_dot_76_bar__minus_02_dot_07 - receptacle
        loc_bar__minus_10_bar_0_bar_1_bar_45 - location
        loc_bar_1_bar__minus_5_bar_2_bar_30 - location
        loc_bar__minus_6_bar_5_bar_0_bar_15 - location
        loc_bar_4_bar_7_bar_0_bar_45 - location
        loc_bar__minus_11_bar__minus_11_bar_0_bar_45 - location
        loc_bar_10_bar_7_bar_1_bar__minus_30 - location
        loc_bar_7_bar_9_bar_0_bar_45 - location
        loc_bar__minus_5_bar__minus_7_bar_2_bar__minus_30 - location
        loc_bar_8_bar_1_bar_0_bar_45 - location
        loc_bar_0_bar__minus_2_bar_3_bar_30 - location
        loc_bar_6_bar__minus_10_bar_1_bar_45 - location
        loc_bar_0_bar_5_bar_3_bar__minus_30 - location
        loc_bar__minus_3_bar_3_bar_2_bar_60 - location
        loc_bar__minus_2_bar_12_bar_3_bar_45 - location
        )
(:init
        (atLocation agent1 loc_bar__minus_2_bar_12_bar_3_bar_45)
        (receptacleType Bed_bar__minus_00_dot_33_bar__minus_01_dot_00_bar__minus_01_dot_28 BedType)
        (receptacleAtLocation Bed_bar__minus_00_dot_33_bar__minus_01_dot_00_bar__minus_01_dot_28 loc_bar__minus_10_bar_0_bar_1_bar_45)
        (receptacleType Desk_bar__minus_00_dot_37_bar__plus_02_dot_12_bar__minus_02_dot_43 DeskType)
        (receptacleAtLocation Desk_bar__minus_00_dot_37_bar__plus_02_dot_12_bar__minus_02_dot_43 loc_bar_1_bar__minus_5_bar_2_bar_30)
        (receptacleType Drawer_bar__minus_00_dot_59_bar__plus_02_dot_18_bar__minus_01_dot_23 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_00_dot_59_bar__plus_02_dot_18_bar__minus_01_dot_23 loc_bar__minus_6_bar_5_bar_0_bar_15)
        (openable Drawer_bar__minus_00_dot_59_bar__plus_02_dot_18_bar__minus_01_dot_23)
        (receptacleType Drawer_bar__minus_01_dot_80_bar__plus_02_dot_79_bar__plus_01_dot_18 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_80_bar__plus_02_dot_79_bar__plus_01_dot_18 loc_bar_4_bar_7_bar_0_bar_45)
        (openable Drawer_bar__minus_01_dot_80_bar__plus_02_dot_79_bar__plus_01_dot_18)
        (receptacleType Drawer_bar__minus_01_dot_26_bar__plus_01_dot_85_bar__plus_00_dot_12 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_26_bar__plus_01_dot_85_bar__plus_00_dot_12 loc_bar__minus_11_bar__minus_11_bar_0_bar_45)
        (openable Drawer_bar__minus_01_dot_26_bar__plus_01_dot_85_bar__plus_00_dot_12)
        (receptacleType Drawer_bar__plus_02_dot_46_bar__plus_01_dot_05_bar__plus_02_dot_46 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_02_dot_46_bar__plus_01_dot_05_bar__plus_02_dot_46 loc_bar_10_bar_7_bar_1_bar__minus_30)
        (openable Drawer_bar__plus_02_dot_46_bar__plus_01_dot_05_bar__plus_02_dot_46)
        (receptacleType Dresser_bar__minus_00_dot_11_bar__minus_01_dot_65_bar__plus_02_dot_69 DresserType)
        (receptacleAtLocation Dresser_bar__minus_00_dot_11_bar__minus_01_dot_65_bar__plus_02_dot_69 loc_bar_7_bar_9_bar_0_bar_45)
        (receptacleType Shelf_bar__minus_01_dot_85_bar__minus_01_dot_93_bar__plus_01_dot_07 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_01_dot_85_bar__minus_01_dot_93_bar__plus_01_dot_07 loc_bar__minus_5_bar__minus_7_bar_2_bar__minus_30)
        (receptacleType Shelf_bar__minus_00_dot_82_bar__minus_00_dot_38_bar__minus_01_dot_65 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_00_dot_82_bar__minus_00_dot_38_bar__minus_01_dot_65 loc_bar_8_bar_1_bar_0_bar_45)
        (receptacleType Shelf_bar__plus_01_dot_49_bar__plus_01_dot_59_bar__minus_01_dot_21 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_01_dot_49_bar__plus_01_dot_59_bar__minus_01_dot_21 loc_bar_0_bar__minus_2_bar_3_bar_30)
        (receptacleType GarbageCan_bar__minus_01_dot_87_bar__minus_01_dot_14_bar__minus_01_dot_98 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_01_dot_87_bar__minus_01_dot_14_bar__minus_01_dot_98 loc_bar_6_bar__minus_10_bar_1_bar_45)
        (receptacleType SideTable_bar__minus_00_dot_43_bar__plus_00_dot_40_bar__minus_02_dot_87 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_00_dot_43_bar__plus_00_dot_40_bar__minus_02_dot_87 loc_bar_0_bar_5_bar_3_bar__minus_30)
        (receptacleType LaundryHamper_bar__plus_01_dot_96_bar__minus_01_dot_76_bar__minus_02_dot_07 LaundryHamperType)
        (receptacleAtLocation LaundryHamper_bar__plus_01_dot_96_bar__minus_01_dot_76_bar__minus_02_dot_07 loc_bar__minus_3_bar_3_bar_2_bar_60)
        (objectType AlarmClock_bar__minus_01_dot_10_bar__minus_02_dot_47_bar__plus_00_dot_48 AlarmClockType)
        (inReceptacle AlarmClock_bar__minus_01_dot_10_bar__minus_02_dot_47_bar__plus_00_dot_48 Desk_bar__minus_00_dot_37_bar__plus_02_dot_12_bar__minus_02_dot_43)
        (objectAtLocation AlarmClock_bar__minus_01_dot_10_bar__minus_02_dot_47_bar__plus_00_dot_48 loc_bar_1_bar__minus_5_bar_2_bar_30)
        (pickupable AlarmClock_bar__minus_01_dot_10_bar__minus_02_dot_47_bar__plus_00_dot_48)
        (objectType BasketBall_bar__plus_01_dot_04_bar__plus_01_dot_04_bar__minus_01_dot_34 BasketBallType)
        (inReceptacle BasketBall_bar__plus_01_dot_04_bar__plus_01_dot_04_bar__minus_01_dot_34 Dresser_bar__minus_00_dot_11_bar__minus_01_dot_65_bar__plus_02_dot_69)
        (objectAtLocation BasketBall_bar__plus_01_dot_04_bar__plus_01_dot_04_bar__minus_01_dot_34 loc_bar_7_bar_9_bar_0_bar_45)
        (pickupable BasketBall_bar__plus_01_dot_04_bar__plus_01_dot_04_bar__minus_01_dot_34)
        (objectType Pen_bar__minus_01_dot_56_bar__plus_01_dot_43_bar__minus_01_dot_99 PenType)
        (inReceptacle Pen_bar__minus_01_dot_56_bar__plus_01_dot_43_bar__minus_01_dot_99 Shelf_bar__minus_01_dot_85_bar__minus_01_dot_93_bar__plus_01_dot_07)
        (objectAtLocation Pen_bar__minus_01_dot_56_bar__plus_01_dot_43_bar__minus_01_dot_99 loc_bar__minus_5_bar__minus_7_bar_2_bar__minus_30)
        (pickupable Pen_bar__minus_01_dot_56_bar__plus_01_dot_43_bar__minus_01_dot_99)
        (objectType Pen_bar__plus_00_dot_09_bar__minus_00_dot_68_bar__plus_02_dot_26 PenType)
        (inReceptacle Pen_bar__plus_00_dot_09_bar__minus_00_dot_68_bar__plus_02_dot_26 SideTable_bar__minus_00_dot_43_bar__plus_00_dot_40_bar__minus_02_dot_87)
        (objectAtLocation Pen_bar__plus_00_dot_09_bar__minus_00_dot_68_bar__plus_02_dot_26 loc_bar_0_bar_5_bar_3_bar__minus_30)
        (pickupable Pen_bar__plus_00_dot_09_bar__minus_00_dot_68_bar__plus_02_dot_26)
        (objectType Watch_bar__plus_00_dot_49_bar__plus_00_dot_80_bar__plus_02_dot_87 WatchType)
        (inReceptacle Watch_bar__plus_00_dot_49_bar__plus_00_dot_80_bar__plus_02_dot_87 Shelf_bar__plus_01_dot_49_bar__plus_01_dot_59_bar__minus_01_dot_21)
        (objectAtLocation Watch_bar__plus_00_dot_49_bar__plus_00_dot_80_bar__plus_02_dot_87 loc_bar_0_bar__minus_2_bar_3_bar_30)
        (pickupable Watch_bar__plus_00_dot_49_bar__plus_00_dot_80_bar__plus_02_dot_87)
        (objectType CellPhone_bar__minus_00_dot_20_bar__plus_02_dot_81_bar__minus_01_dot_38 CellPhoneType)
        (inReceptacle CellPhone_bar__minus_00_dot_20_bar__plus_02_dot_81_bar__minus_01_dot_38 Drawer_bar__minus_01_dot_26_bar__plus_01_dot_85_bar__plus_00_dot_12)
        (objectAtLocation CellPhone_bar__minus_00_dot_20_bar__plus_02_dot_81_bar__minus_01_dot_38 loc_bar__minus_11_bar__minus_11_bar_0_bar_45)
        (pickupable CellPhone_bar__minus_00_dot_20_bar__plus_02_dot_81_bar__minus_01_dot_38)
        (objectType CD_bar__plus_02_dot_12_bar__plus_02_dot_26_bar__plus_01_dot_29 CDType)
        (inReceptacle CD_bar__plus_02_dot_12_bar__plus_02_dot_26_bar__plus_01_dot_29 SideTable_bar__minus_00_dot_43_bar__plus_00_dot_40_bar__minus_02_dot_87)
        (objectAtLocation CD_bar__plus_02_dot_12_bar__plus_02_dot_26_bar__plus_01_dot_29 loc_bar_0_bar_5_bar_3_bar__minus_30)
        (pickupable CD_bar__plus_02_dot_12_bar__plus_02_dot_26_bar__plus_01_dot_29)
        (objectType CD_bar__minus_00_dot_47_bar__plus_01_dot_90_bar__minus_00_dot_11 CDType)
        (inReceptacle CD_bar__minus_00_dot_47_bar__plus_01_dot_90_bar__minus_00_dot_11 Shelf_bar__minus_00_dot_82_bar__minus_00_dot_38_bar__minus_01_dot_65)
        (objectAtLocation CD_bar__minus_00_dot_47_bar__plus_01_dot_90_bar__minus_00_dot_11 loc_bar_8_bar_1_bar_0_bar_45)
        (pickupable CD_bar__minus_00_dot_47_bar__plus_01_dot_90_bar__minus_00_dot_11)
        (objectType Cloth_bar__minus_00_dot_31_bar__plus_00_dot_94_bar__minus_00_dot_57 ClothType)
        (inReceptacle Cloth_bar__minus_00_dot_31_bar__plus_00_dot_94_bar__minus_00_dot_57 Drawer_bar__minus_01_dot_80_bar__plus_02_dot_79_bar__plus_01_dot_18)
        (objectAtLocation Cloth_bar__minus_00_dot_31_bar__plus_00_dot_94_bar__minus_00_dot_57 loc_bar_4_bar_7_bar_0_bar_45)
        (pickupable Cloth_bar__minus_00_dot_31_bar__plus_00_dot_94_bar__minus_00_dot_57)
        (cleanable Cloth_bar__minus_00_dot_31_bar__plus_00_dot_94_bar__minus_00_dot_57)
        (objectType Cloth_bar__plus_01_dot_35_bar__minus_01_dot_24_bar__plus_01_dot_71 ClothType)
        (inReceptacle Cloth_bar__plus_01_dot_35_bar__minus_01_dot_24_bar__plus_01_dot_71 Dresser_bar__minus_00_dot_11_bar__minus_01_dot_65_bar__plus_02_dot_69)
        (objectAtLocation Cloth_bar__plus_01_dot_35_bar__minus_01_dot_24_bar__plus_01_dot_71 loc_bar_7_bar_9_bar_0_bar_45)
        (pickupable Cloth_bar__plus_01_dot_35_bar__minus_01_dot_24_bar__plus_01_dot_71)
        (cleanable Cloth_bar__plus_01_dot_35_bar__minus_01_dot_24_bar__plus_01_dot_71)
        (objectType DeskLamp_bar__minus_01_dot_80_bar__minus_01_dot_59_bar__plus_01_dot_85 DeskLampType)
        (inReceptacle DeskLamp_bar__minus_01_dot_80_bar__minus_01_dot_59_bar__plus_01_dot_85 Desk_bar__minus_00_dot_37_bar__plus_02_dot_12_bar__minus_02_dot_43)
        (objectAtLocation DeskLamp_bar__minus_01_dot_80_bar__minus_01_dot_59_bar__plus_01_dot_85 loc_bar_1_bar__minus_5_bar_2_bar_30)
        (toggleable DeskLamp_bar__minus_01_dot_80_bar__minus_01_dot_59_bar__plus_01_dot_85)
        (canContain BedType BasketBallType)
        (canContain BedType CellPhoneType)
        (canContain DeskType AlarmClockType)
        (canContain DeskType BasketBallType)
        (canContain DeskType CDType)
        (canContain DeskType CellPhoneType)
        (canContain DeskType ClothType)
        (canContain DeskType PenType)
        (canContain DeskType WatchType)
        (canContain DrawerType CDType)
        (canContain DrawerType CellPhoneType)
        (canContain DrawerType ClothType)
        (canContain DrawerType PenType)
        (canContain DrawerType WatchType)
        (canContain DresserType AlarmClockType)
        (canContain DresserType BasketBallType)
        (canContain DresserType CDType)
        (canContain DresserType CellPhoneType)
        (canContain DresserType ClothType)
        (canContain DresserType PenType)
        (canContain DresserType WatchType)
        (canContain GarbageCanType CDType)
        (canContain GarbageCanType ClothType)
        (canContain GarbageCanType PenType)
        (canContain LaundryHamperType ClothType)
        (canContain ShelfType AlarmClockType)
        (canContain ShelfType CDType)
        (canContain ShelfType CellPhoneType)
        (canContain ShelfType ClothType)
        (canContain ShelfType PenType)
        (canContain ShelfType WatchType)
        (canContain SideTableType AlarmClockType)
        (canContain SideTableType BasketBallType)
        (canContain SideTableType CDType)
        (canContain SideTableType CellPhoneType)
        (canContain SideTableType ClothType)
        (canContain SideTableType PenType)
        (canContain SideTableType WatchType)
        )
(:goal
             (and
                 (exists (?ot - object
                          ?r - receptacle
                          ?a - agent
                          ?l - location)
                     (and
                         (objectType ?ot DeskLampType)
                         (toggleable ?ot)
                         (isToggled ?ot)
                         (receptacleAtLocation ?r ?l)
                         (atLocation ?a ?l)
                         (inReceptacle ?ot ?r)
                     )
                 )
                 (exists (?o - object
                          ?a - agent)
                     (and
                         (objectType ?o AlarmClockType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
