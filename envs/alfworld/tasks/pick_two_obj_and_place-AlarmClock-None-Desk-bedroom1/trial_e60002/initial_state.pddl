(define (problem plan_trial_e60002)
(:domain alfred)
(:objects
        agent1 - agent
        AlarmClockType - otype
        CellPhoneType - otype
        DeskLampType - otype
        LaptopType - otype
        PenType - otype
        TennisRacketType - otype
        WatchType - otype
        BedType - rtype
        DeskType - rtype
        DrawerType - rtype
        DresserType - rtype
        GarbageCanType - rtype
        LaundryHamperType - rtype
        ShelfType - rtype
        SideTableType - rtype
        AlarmClock_bar__plus_02_dot_26_bar__plus_00_dot_17_bar__minus_01_dot_70 - object
        AlarmClock_bar__minus_02_dot_50_bar__minus_02_dot_87_bar__minus_00_dot_11 - object
        AlarmClock_bar__minus_01_dot_69_bar__minus_02_dot_01_bar__plus_01_dot_00 - object
        Watch_bar__plus_00_dot_92_bar__minus_02_dot_56_bar__plus_02_dot_89 - object
        TennisRacket_bar__plus_00_dot_45_bar__minus_01_dot_26_bar__plus_01_dot_06 - object
        TennisRacket_bar__minus_00_dot_24_bar__plus_00_dot_93_bar__minus_02_dot_94 - object
        CellPhone_bar__plus_01_dot_98_bar__plus_02_dot_63_bar__plus_01_dot_07 - object
        Pen_bar__minus_01_dot_28_bar__minus_01_dot_06_bar__plus_02_dot_98 - object
        Laptop_bar__minus_02_dot_59_bar__minus_00_dot_88_bar__minus_01_dot_46 - object
        Laptop_bar__minus_00_dot_48_bar__minus_01_dot_27_bar__plus_00_dot_91 - object
        DeskLamp_bar__minus_00_dot_23_bar__minus_01_dot_16_bar__minus_02_dot_04 - object
        Bed_bar__plus_02_dot_52_bar__minus_01_dot_06_bar__minus_00_dot_81 - receptacle
        Desk_bar__plus_00_dot_15_bar__minus_00_dot_39_bar__minus_02_dot_76 - receptacle
        Drawer_bar__minus_01_dot_07_bar__plus_01_dot_92_bar__minus_00_dot_57 - receptacle
        Drawer_bar__plus_00_dot_53_bar__plus_01_dot_45_bar__minus_01_dot_45 - receptacle
        Drawer_bar__minus_02_dot_97_bar__plus_01_dot_59_bar__plus_02_dot_37 - receptacle
        Drawer_bar__minus_02_dot_06_bar__minus_01_dot_46_bar__minus_01_dot_87 - receptacle
        Dresser_bar__minus_00_dot_08_bar__minus_00_dot_27_bar__minus_02_dot_60 - receptacle
        Shelf_bar__plus_02_dot_17_bar__minus_02_dot_72_bar__minus_02_dot_55 - receptacle
        Shelf_bar__plus_01_dot_55_bar__minus_00_dot_02_bar__minus_02_dot_11 - receptacle
        Shelf_bar__minus_02_dot_60_bar__minus_00_dot_49_bar__minus_00_dot_79 - receptacle
        GarbageCan_bar__plus_01_dot_73_bar__minus_01_dot_52_bar__plus_02_dot_36 - receptacle
        SideTable_bar__minus_00_dot_28_bar__minus_00_dot_58_bar__plus_02_dot_87 - receptacle
        LaundryHamper_bar__plus_02_dot_64_bar__plus_02_dot_72_bar__minus_02_dot_61 - receptacle
        loc_bar_8_bar_6_bar_1_bar_30 - location
        loc_bar__minus_12_bar_8_bar_2_bar_60 - location
        loc_bar_11_bar_12_bar_0_bar_45 - location
        loc_bar__minus_8_bar_9_bar_0_bar_45 - location
        loc_bar_12_bar__minus_9_bar_1_bar_60 - location
        loc_bar__minus_8_bar__minus_6_bar_3_bar_30 - location
        loc_bar_9_bar__minus_1_bar_2_bar_60 - location
        loc_bar__minus_6_bar__minus_3_bar_1_bar_0 - location
        loc_bar_0_bar_1_bar_0_bar_45 - location
        loc_bar__minus_9_bar__minus_9_bar_0_bar_45 - location
        loc_bar_12_bar_9_bar_3_bar_0 - location
        loc_bar_5_bar__minus_8_bar_0_bar_60 - location
        loc_bar__minus_10_bar_5_bar_3_bar_60 - location
        loc_bar_4_bar__minus_5_bar_0_bar_0 - location
        )
(:init
        (atLocation agent1 loc_bar_4_bar__minus_5_bar_0_bar_0)
        (receptacleType Bed_bar__plus_02_dot_52_bar__minus_01_dot_06_bar__minus_00_dot_81 BedType)
        (receptacleAtLocation Bed_bar__plus_02_dot_52_bar__minus_01_dot_06_bar__minus_00_dot_81 loc_bar_8_bar_6_bar_1_bar_30)
        (receptacleType Desk_bar__plus_00_dot_15_bar__minus_00_dot_39_bar__minus_02_dot_76 DeskType)
        (receptacleAtLocation Desk_bar__plus_00_dot_15_bar__minus_00_dot_39_bar__minus_02_dot_76 loc_bar__minus_12_bar_8_bar_2_bar_60)
        (receptacleType Drawer_bar__minus_01_dot_07_bar__plus_01_dot_92_bar__minus_00_dot_57 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_07_bar__plus_01_dot_92_bar__minus_00_dot_57 loc_bar_11_bar_12_bar_0_bar_45)
        (openable Drawer_bar__minus_01_dot_07_bar__plus_01_dot_92_bar__minus_00_dot_57)
        (receptacleType Drawer_bar__plus_00_dot_53_bar__plus_01_dot_45_bar__minus_01_dot_45 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_00_dot_53_bar__plus_01_dot_45_bar__minus_01_dot_45 loc_bar__minus_8_bar_9_bar_0_bar_45)
        (openable Drawer_bar__plus_00_dot_53_bar__plus_01_dot_45_bar__minus_01_dot_45)
        (receptacleType Drawer_bar__minus_02_dot_97_bar__plus_01_dot_59_bar__plus_02_dot_37 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_02_dot_97_bar__plus_01_dot_59_bar__plus_02_dot_37 loc_bar_12_bar__minus_9_bar_1_bar_60)
        (openable Drawer_bar__minus_02_dot_97_bar__plus_01_dot_59_bar__plus_02_dot_37)
        (receptacleType Drawer_bar__minus_02_dot_06_bar__minus_01_dot_46_bar__minus_01_dot_87 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_02_dot_06_bar__minus_01_dot_46_bar__minus_01_dot_87 loc_bar__minus_8_bar__minus_6_bar_3_bar_30)
        (openable Drawer_bar__minus_02_dot_06_bar__minus_01_dot_46_bar__minus_01_dot_87)
        (receptacleType Dresser_bar__minus_00_dot_08_bar__minus_00_dot_27_bar__minus_02_dot_60 DresserType)
        (receptacleAtLocation Dresser_bar__minus_00_dot_08_bar__minus_00_dot_27_bar__minus_02_dot_60 loc_bar_9_bar__minus_1_bar_2_bar_60)
        (receptacleType Shelf_bar__plus_02_dot_17_bar__minus_02_dot_72_bar__minus_02_dot_55 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_02_dot_17_bar__minus_02_dot_72_bar__minus_02_dot_55 loc_bar__minus_6_bar__minus_3_bar_1_bar_0)
        (receptacleType Shelf_bar__plus_01_dot_55_bar__minus_00_dot_02_bar__minus_02_dot_11 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_01_dot_55_bar__minus_00_dot_02_bar__minus_02_dot_11 loc_bar_0_bar_1_bar_0_bar_45)
        (receptacleType Shelf_bar__minus_02_dot_60_bar__minus_00_dot_49_bar__minus_00_dot_79 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_02_dot_60_bar__minus_00_dot_49_bar__minus_00_dot_79 loc_bar__minus_9_bar__minus_9_bar_0_bar_45)
        (receptacleType GarbageCan_bar__plus_01_dot_73_bar__minus_01_dot_52_bar__plus_02_dot_36 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_01_dot_73_bar__minus_01_dot_52_bar__plus_02_dot_36 loc_bar_12_bar_9_bar_3_bar_0)
        (receptacleType SideTable_bar__minus_00_dot_28_bar__minus_00_dot_58_bar__plus_02_dot_87 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_00_dot_28_bar__minus_00_dot_58_bar__plus_02_dot_87 loc_bar_5_bar__minus_8_bar_0_bar_60)
        (receptacleType LaundryHamper_bar__plus_02_dot_64_bar__plus_02_dot_72_bar__minus_02_dot_61 LaundryHamperType)
        (receptacleAtLocation LaundryHamper_bar__plus_02_dot_64_bar__plus_02_dot_72_bar__minus_02_dot_61 loc_bar__minus_10_bar_5_bar_3_bar_60)
        (objectType AlarmClock_bar__plus_02_dot_26_bar__plus_00_dot_17_bar__minus_01_dot_70 AlarmClockType)
        (inReceptacle AlarmClock_bar__plus_02_dot_26_bar__plus_00_dot_17_bar__minus_01_dot_70 Dresser_bar__minus_00_dot_08_bar__minus_00_dot_27_bar__minus_02_dot_60)
        (objectAtLocation AlarmClock_bar__plus_02_dot_26_bar__plus_00_dot_17_bar__minus_01_dot_70 loc_bar_9_bar__minus_1_bar_2_bar_60)
        (pickupable AlarmClock_bar__plus_02_dot_26_bar__plus_00_dot_17_bar__minus_01_dot_70)
        (objectType AlarmClock_bar__minus_02_dot_50_bar__minus_02_dot_87_bar__minus_00_dot_11 AlarmClockType)
        (inReceptacle AlarmClock_bar__minus_02_dot_50_bar__minus_02_dot_87_bar__minus_00_dot_11 Shelf_bar__plus_01_dot_55_bar__minus_00_dot_02_bar__minus_02_dot_11)
        (objectAtLocation AlarmClock_bar__minus_02_dot_50_bar__minus_02_dot_87_bar__minus_00_dot_11 loc_bar_0_bar_1_bar_0_bar_45)
        (pickupable AlarmClock_bar__minus_02_dot_50_bar__minus_02_dot_87_bar__minus_00_dot_11)
        (objectType AlarmClock_bar__minus_01_dot_69_bar__minus_02_dot_01_bar__plus_01_dot_00 AlarmClockType)
        (inReceptacle AlarmClock_bar__minus_01_dot_69_bar__minus_02_dot_01_bar__plus_01_dot_00 Dresser_bar__minus_00_dot_08_bar__minus_00_dot_27_bar__minus_02_dot_60)
        (objectAtLocation AlarmClock_bar__minus_01_dot_69_bar__minus_02_dot_01_bar__plus_01_dot_00 loc_bar_9_bar__minus_1_bar_2_bar_60)
        (pickupable AlarmClock_bar__minus_01_dot_69_bar__minus_02_dot_01_bar__plus_01_dot_00)
        (objectType Watch_bar__plus_00_dot_92_bar__minus_02_dot_56_bar__plus_02_dot_89 WatchType)
        (inReceptacle Watch_bar__plus_00_dot_92_bar__minus_02_dot_56_bar__plus_02_dot_89 Desk_bar__plus_00_dot_15_bar__minus_00_dot_39_bar__minus_02_dot_76)
        (objectAtLocation Watch_bar__plus_00_dot_92_bar__minus_02_dot_56_bar__plus_02_dot_89 loc_bar__minus_12_bar_8_bar_2_bar_60)
        (pickupable Watch_bar__plus_00_dot_92_bar__minus_02_dot_56_bar__plus_02_dot_89)
        (objectType TennisRacket_bar__plus_00_dot_45_bar__minus_01_dot_26_bar__plus_01_dot_06 TennisRacketType)
        (inReceptacle TennisRacket_bar__plus_00_dot_45_bar__minus_01_dot_26_bar__plus_01_dot_06 Desk_bar__plus_00_dot_15_bar__minus_00_dot_39_bar__minus_02_dot_76)
        (objectAtLocation TennisRacket_bar__plus_00_dot_45_bar__minus_01_dot_26_bar__plus_01_dot_06 loc_bar__minus_12_bar_8_bar_2_bar_60)
        (pickupable TennisRacket_bar__plus_00_dot_45_bar__minus_01_dot_26_bar__plus_01_dot_06)
        (objectType TennisRacket_bar__minus_00_dot_24_bar__plus_00_dot_93_bar__minus_02_dot_94 TennisRacketType)
        (inReceptacle TennisRacket_bar__minus_00_dot_24_bar__plus_00_dot_93_bar__minus_02_dot_94 SideTable_bar__minus_00_dot_28_bar__minus_00_dot_58_bar__plus_02_dot_87)
        (objectAtLocation TennisRacket_bar__minus_00_dot_24_bar__plus_00_dot_93_bar__minus_02_dot_94 loc_bar_5_bar__minus_8_bar_0_bar_60)
        (pickupable TennisRacket_bar__minus_00_dot_24_bar__plus_00_dot_93_bar__minus_02_dot_94)
        (objectType CellPhone_bar__plus_01_dot_98_bar__plus_02_dot_63_bar__plus_01_dot_07 CellPhoneType)
        (inReceptacle CellPhone_bar__plus_01_dot_98_bar__plus_02_dot_63_bar__plus_01_dot_07 Drawer_bar__plus_00_dot_53_bar__plus_01_dot_45_bar__minus_01_dot_45)
        (objectAtLocation CellPhone_bar__plus_01_dot_98_bar__plus_02_dot_63_bar__plus_01_dot_07 loc_bar__minus_8_bar_9_bar_0_bar_45)
        (pickupable CellPhone_bar__plus_01_dot_98_bar__plus_02_dot_63_bar__plus_01_dot_07)
        (objectType Pen_bar__minus_01_dot_28_bar__minus_01_dot_06_bar__plus_02_dot_98 PenType)
        (inReceptacle Pen_bar__minus_01_dot_28_bar__minus_01_dot_06_bar__plus_02_dot_98 Desk_bar__plus_00_dot_15_bar__minus_00_dot_39_bar__minus_02_dot_76)
        (objectAtLocation Pen_bar__minus_01_dot_28_bar__minus_01_dot_06_bar__plus_02_dot_98 loc_bar__minus_12_bar_8_bar_2_bar_60)
        (pickupable Pen_bar__minus_01_dot_28_bar__minus_01_dot_06_bar__plus_02_dot_98)
        (objectType Laptop_bar__minus_02_dot_59_bar__minus_00_dot_88_bar__minus_01_dot_46 LaptopType)
        (inReceptacle Laptop_bar__minus_02_dot_59_bar__minus_00_dot_88_bar__minus_01_dot_46 SideTable_bar__minus_00_dot_28_bar__minus_00_dot_58_bar__plus_02_dot_87)
        (objectAtLocation Laptop_bar__minus_02_dot_59_bar__minus_00_dot_88_bar__minus_01_dot_46 loc_bar_5_bar__minus_8_bar_0_bar_60)
        (pickupable Laptop_bar__minus_02_dot_59_bar__minus_00_dot_88_bar__minus_01_dot_46)
        (objectType Laptop_bar__minus_00_dot_48_bar__minus_01_dot_27_bar__plus_00_dot_91 LaptopType)
        (inReceptacle Laptop_bar__minus_00_dot_48_bar__minus_01_dot_27_bar__plus_00_dot_91 Dresser_bar__minus_00_dot_08_bar__minus_00_dot_27_bar__minus_02_dot_60)
        (objectAtLocation Laptop_bar__minus_00_dot_48_bar__minus_01_dot_27_bar__plus_00_dot_91 loc_bar_9_bar__minus_1_bar_2_bar_60)
        (pickupable Laptop_bar__minus_00_dot_48_bar__minus_01_dot_27_bar__plus_00_dot_91)
        (objectType DeskLamp_bar__minus_00_dot_23_bar__minus_01_dot_16_bar__minus_02_dot_04 DeskLampType)
        (inReceptacle DeskLamp_bar__minus_00_dot_23_bar__minus_01_dot_16_bar__minus_02_dot_04 Desk_bar__plus_00_dot_15_bar__minus_00_dot_39_bar__minus_02_dot_76)
        (objectAtLocation DeskLamp_bar__minus_00_dot_23_bar__minus_01_dot_16_bar__minus_02_dot_04 loc_bar__minus_12_bar_8_bar_2_bar_60)
        (toggleable DeskLamp_bar__minus_00_dot_23_bar__minus_01_dot_16_bar__minus_02_dot_04)
        (canContain BedType CellPhoneType)
        (canContain BedType LaptopType)
        (canContain BedType TennisRacketType)
        (canContain DeskType AlarmClockType)
        (canContain DeskType CellPhoneType)
        (canContain DeskType LaptopType)
        (canContain DeskType PenType)
        (canContain DeskType TennisRacketType)
        (canContain DeskType WatchType)
        (canContain DrawerType CellPhoneType)
        (canContain DrawerType PenType)
        (canContain DrawerType WatchType)
        (canContain DresserType AlarmClockType)
        (canContain DresserType CellPhoneType)
        (canContain DresserType LaptopType)
        (canContain DresserType PenType)
        (canContain DresserType TennisRacketType)
        (canContain DresserType WatchType)
        (canContain GarbageCanType PenType)
        (canContain ShelfType AlarmClockType)
        (canContain ShelfType CellPhoneType)
        (canContain ShelfType PenType)
        (canContain ShelfType WatchType)
        (canContain SideTableType AlarmClockType)
        (canContain SideTableType CellPhoneType)
        (canContain SideTableType LaptopType)
        (canContain SideTableType PenType)
        (canContain SideTableType TennisRacketType)
        (canContain SideTableType WatchType)
        )
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 AlarmClockType)
                                    (receptacleType ?r DeskType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 AlarmClockType)
                                            (receptacleType ?r DeskType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
