(define (problem plan_trial_e20000)
(:domain alfred)
(:objects
        agent1 - agent
        AlarmClockType - otype
        BowlType - otype
        ClothType - otype
        DeskLampType - otype
        LaptopType - otype
        MugType - otype
        PencilType - otype
        TennisRacketType - otype
        BedType - rtype
        DeskType - rtype
        DrawerType - rtype
        DresserType - rtype
        GarbageCanType - rtype
        LaundryHamperType - rtype
        ShelfType - rtype
        SideTableType - rtype
        Bowl_bar__minus_02_dot_18_bar__plus_01_dot_96_bar__minus_02_dot_16 - object
        Cloth_bar__minus_00_dot_57_bar__plus_00_dot_28_bar__plus_02_dot_27 - object
        Pencil_bar__minus_01_dot_88_bar__plus_01_dot_56_bar__plus_00_dot_42 - object
        Mug_bar__plus_02_dot_25_bar__minus_00_dot_56_bar__plus_01_dot_56 - object
        AlarmClock_bar__minus_01_dot_03_bar__minus_02_dot_17_bar__plus_01_dot_54 - object
        TennisRacket_bar__plus_02_dot_75_bar__plus_02_dot_07_bar__plus_02_dot_38 - object
        Laptop_bar__minus_00_dot_43_bar__minus_01_dot_75_bar__plus_01_dot_46 - object
        Laptop_bar__minus_02_dot_55_bar__plus_02_dot_78_bar__plus_00_dot_39 - object
        DeskLamp_bar__plus_01_dot_15_bar__plus_02_dot_11_bar__minus_02_dot_92 - object
        Bed_bar__minus_00_dot_05_bar__plus_01_dot_01_bar__minus_01_dot_45 - receptacle
        Desk_bar__plus_00_dot_71_bar__plus_01_dot_65_bar__plus_01_dot_45 - receptacle
        Drawer_bar__plus_01_dot_85_bar__plus_02_dot_93_bar__minus_00_dot_04 - receptacle
        Drawer_bar__minus_00_dot_34_bar__plus_00_dot_30_bar__plus_02_dot_31 - receptacle
        Drawer_bar__plus_00_dot_92_bar__minus_02_dot_06_bar__plus_01_dot_18 - receptacle
        Drawer_bar__plus_01_dot_85_bar__minus_02_dot_24_bar__minus_01_dot_59 - receptacle
        Dresser_bar__minus_01_dot_75_bar__plus_01_dot_50_bar__plus_01_dot_73 - receptacle
        Shelf_bar__minus_00_dot_96_bar__minus_01_dot_48_bar__minus_01_dot_93 - receptacle
        Shelf_bar__minus_00_dot_85_bar__minus_00_dot_71_bar__plus_01_dot_78 - receptacle
        Shelf_bar__plus_02_dot_88_bar__minus_02_dot_49_bar__minus_01_dot_40 - receptacle
        GarbageCan_bar__plus_00_dot_47_bar__minus_02_dot_13_bar__plus_00_dot_58 - receptacle
        SideTable_bar__minus_02_dot_83_bar__plus_02_dot_39_bar__plus_02_dot_22 - receptacle
        LaundryHamper_bar__plus_00_dot_66_bar__minus_01_dot_52_bar__plus_02_dot_52 - receptacle
        loc_bar_6_bar__minus_5_bar_0_bar_45 - location
        loc_bar__minus_1_bar__minus_5_bar_0_bar_30 - location
        loc_bar_8_bar_7_bar_1_bar_0 - location
        loc_bar_4_bar_2_bar_2_bar_0 - location
        loc_bar__minus_4_bar_6_bar_2_bar_60 - location
        loc_bar_3_bar__minus_3_bar_2_bar_0 - location
        loc_bar__minus_7_bar_11_bar_3_bar_0 - location
        loc_bar_5_bar_8_bar_0_bar_15 - location
        loc_bar__minus_11_bar_9_bar_1_bar_30 - location
        loc_bar_12_bar_2_bar_2_bar_0 - location
        loc_bar__minus_2_bar_8_bar_3_bar_15 - location
        loc_bar_9_bar__minus_12_bar_0_bar_30 - location
        loc_bar__minus_5_bar_12_bar_3_bar__minus_30 - location
        loc_bar__minus_9_bar_12_bar_2_bar_30 - location
        )
(:init
        (atLocation agent1 loc_bar__minus_9_bar_12_bar_2_bar_30)
        (receptacleType Bed_bar__minus_00_dot_05_bar__plus_01_dot_01_bar__minus_01_dot_45 BedType)
        (receptacleAtLocation Bed_bar__minus_00_dot_05_bar__plus_01_dot_01_bar__minus_01_dot_45 loc_bar_6_bar__minus_5_bar_0_bar_45)
        (receptacleType Desk_bar__plus_00_dot_71_bar__plus_01_dot_65_bar__plus_01_dot_45 DeskType)
        (receptacleAtLocation Desk_bar__plus_00_dot_71_bar__plus_01_dot_65_bar__plus_01_dot_45 loc_bar__minus_1_bar__minus_5_bar_0_bar_30)
        (receptacleType Drawer_bar__plus_01_dot_85_bar__plus_02_dot_93_bar__minus_00_dot_04 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_85_bar__plus_02_dot_93_bar__minus_00_dot_04 loc_bar_8_bar_7_bar_1_bar_0)
        (openable Drawer_bar__plus_01_dot_85_bar__plus_02_dot_93_bar__minus_00_dot_04)
        (receptacleType Drawer_bar__minus_00_dot_34_bar__plus_00_dot_30_bar__plus_02_dot_31 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_00_dot_34_bar__plus_00_dot_30_bar__plus_02_dot_31 loc_bar_4_bar_2_bar_2_bar_0)
        (openable Drawer_bar__minus_00_dot_34_bar__plus_00_dot_30_bar__plus_02_dot_31)
        (receptacleType Drawer_bar__plus_00_dot_92_bar__minus_02_dot_06_bar__plus_01_dot_18 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_00_dot_92_bar__minus_02_dot_06_bar__plus_01_dot_18 loc_bar__minus_4_bar_6_bar_2_bar_60)
        (openable Drawer_bar__plus_00_dot_92_bar__minus_02_dot_06_bar__plus_01_dot_18)
        (receptacleType Drawer_bar__plus_01_dot_85_bar__minus_02_dot_24_bar__minus_01_dot_59 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_85_bar__minus_02_dot_24_bar__minus_01_dot_59 loc_bar_3_bar__minus_3_bar_2_bar_0)
        (openable Drawer_bar__plus_01_dot_85_bar__minus_02_dot_24_bar__minus_01_dot_59)
        (receptacleType Dresser_bar__minus_01_dot_75_bar__plus_01_dot_50_bar__plus_01_dot_73 DresserType)
        (receptacleAtLocation Dresser_bar__minus_01_dot_75_bar__plus_01_dot_50_bar__plus_01_dot_73 loc_bar__minus_7_bar_11_bar_3_bar_0)
        (receptacleType Shelf_bar__minus_00_dot_96_bar__minus_01_dot_48_bar__minus_01_dot_93 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_00_dot_96_bar__minus_01_dot_48_bar__minus_01_dot_93 loc_bar_5_bar_8_bar_0_bar_15)
        (receptacleType Shelf_bar__minus_00_dot_85_bar__minus_00_dot_71_bar__plus_01_dot_78 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_00_dot_85_bar__minus_00_dot_71_bar__plus_01_dot_78 loc_bar__minus_11_bar_9_bar_1_bar_30)
        (receptacleType Shelf_bar__plus_02_dot_88_bar__minus_02_dot_49_bar__minus_01_dot_40 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_02_dot_88_bar__minus_02_dot_49_bar__minus_01_dot_40 loc_bar_12_bar_2_bar_2_bar_0)
        (receptacleType GarbageCan_bar__plus_00_dot_47_bar__minus_02_dot_13_bar__plus_00_dot_58 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_00_dot_47_bar__minus_02_dot_13_bar__plus_00_dot_58 loc_bar__minus_2_bar_8_bar_3_bar_15)
        (receptacleType SideTable_bar__minus_02_dot_83_bar__plus_02_dot_39_bar__plus_02_dot_22 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_02_dot_83_bar__plus_02_dot_39_bar__plus_02_dot_22 loc_bar_9_bar__minus_12_bar_0_bar_30)
        (receptacleType LaundryHamper_bar__plus_00_dot_66_bar__minus_01_dot_52_bar__plus_02_dot_52 LaundryHamperType)
        (receptacleAtLocation LaundryHamper_bar__plus_00_dot_66_bar__minus_01_dot_52_bar__plus_02_dot_52 loc_bar__minus_5_bar_12_bar_3_bar__minus_30)
        (objectType Bowl_bar__minus_02_dot_18_bar__plus_01_dot_96_bar__minus_02_dot_16 BowlType)
        (inReceptacle Bowl_bar__minus_02_dot_18_bar__plus_01_dot_96_bar__minus_02_dot_16 Dresser_bar__minus_01_dot_75_bar__plus_01_dot_50_bar__plus_01_dot_73)
        (objectAtLocation Bowl_bar__minus_02_dot_18_bar__plus_01_dot_96_bar__minus_02_dot_16 loc_bar__minus_7_bar_11_bar_3_bar_0)
        (pickupable Bowl_bar__minus_02_dot_18_bar__plus_01_dot_96_bar__minus_02_dot_16)
        (cleanable Bowl_bar__minus_02_dot_18_bar__plus_01_dot_96_bar__minus_02_dot_16)
        (coolable Bowl_bar__minus_02_dot_18_bar__plus_01_dot_96_bar__minus_02_dot_16)
        (isReceptacleObject Bowl_bar__minus_02_dot_18_bar__plus_01_dot_96_bar__minus_02_dot_16)
        (objectType Cloth_bar__minus_00_dot_57_bar__plus_00_dot_28_bar__plus_02_dot_27 ClothType)
        (inReceptacle Cloth_bar__minus_00_dot_57_bar__plus_00_dot_28_bar__plus_02_dot_27 LaundryHamper_bar__plus_00_dot_66_bar__minus_01_dot_52_bar__plus_02_dot_52)
        (objectAtLocation Cloth_bar__minus_00_dot_57_bar__plus_00_dot_28_bar__plus_02_dot_27 loc_bar__minus_5_bar_12_bar_3_bar__minus_30)
        (pickupable Cloth_bar__minus_00_dot_57_bar__plus_00_dot_28_bar__plus_02_dot_27)
        (cleanable Cloth_bar__minus_00_dot_57_bar__plus_00_dot_28_bar__plus_02_dot_27)
        (objectType Pencil_bar__minus_01_dot_88_bar__plus_01_dot_56_bar__plus_00_dot_42 PencilType)
        (inReceptacle Pencil_bar__minus_01_dot_88_bar__plus_01_dot_56_bar__plus_00_dot_42 Drawer_bar__plus_01_dot_85_bar__plus_02_dot_93_bar__minus_00_dot_04)
        (objectAtLocation Pencil_bar__minus_01_dot_88_bar__plus_01_dot_56_bar__plus_00_dot_42 loc_bar_8_bar_7_bar_1_bar_0)
        (pickupable Pencil_bar__minus_01_dot_88_bar__plus_01_dot_56_bar__plus_00_dot_42)
        (objectType Mug_bar__plus_02_dot_25_bar__minus_00_dot_56_bar__plus_01_dot_56 MugType)
        (inReceptacle Mug_bar__plus_02_dot_25_bar__minus_00_dot_56_bar__plus_01_dot_56 SideTable_bar__minus_02_dot_83_bar__plus_02_dot_39_bar__plus_02_dot_22)
        (objectAtLocation Mug_bar__plus_02_dot_25_bar__minus_00_dot_56_bar__plus_01_dot_56 loc_bar_9_bar__minus_12_bar_0_bar_30)
        (pickupable Mug_bar__plus_02_dot_25_bar__minus_00_dot_56_bar__plus_01_dot_56)
        (cleanable Mug_bar__plus_02_dot_25_bar__minus_00_dot_56_bar__plus_01_dot_56)
        (heatable Mug_bar__plus_02_dot_25_bar__minus_00_dot_56_bar__plus_01_dot_56)
        (coolable Mug_bar__plus_02_dot_25_bar__minus_00_dot_56_bar__plus_01_dot_56)
        (isReceptacleObject Mug_bar__plus_02_dot_25_bar__minus_00_dot_56_bar__plus_01_dot_56)
        (objectType AlarmClock_bar__minus_01_dot_03_bar__minus_02_dot_17_bar__plus_01_dot_54 AlarmClockType)
        (inReceptacle AlarmClock_bar__minus_01_dot_03_bar__minus_02_dot_17_bar__plus_01_dot_54 Desk_bar__plus_00_dot_71_bar__plus_01_dot_65_bar__plus_01_dot_45)
        (objectAtLocation AlarmClock_bar__minus_01_dot_03_bar__minus_02_dot_17_bar__plus_01_dot_54 loc_bar__minus_1_bar__minus_5_bar_0_bar_30)
        (pickupable AlarmClock_bar__minus_01_dot_03_bar__minus_02_dot_17_bar__plus_01_dot_54)
        (objectType TennisRacket_bar__plus_02_dot_75_bar__plus_02_dot_07_bar__plus_02_dot_38 TennisRacketType)
        (inReceptacle TennisRacket_bar__plus_02_dot_75_bar__plus_02_dot_07_bar__plus_02_dot_38 Dresser_bar__minus_01_dot_75_bar__plus_01_dot_50_bar__plus_01_dot_73)
        (objectAtLocation TennisRacket_bar__plus_02_dot_75_bar__plus_02_dot_07_bar__plus_02_dot_38 loc_bar__minus_7_bar_11_bar_3_bar_0)
        (pickupable TennisRacket_bar__plus_02_dot_75_bar__plus_02_dot_07_bar__plus_02_dot_38)
        (objectType Laptop_bar__minus_00_dot_43_bar__minus_01_dot_75_bar__plus_01_dot_46 LaptopType)
        (inReceptacle Laptop_bar__minus_00_dot_43_bar__minus_01_dot_75_bar__plus_01_dot_46 Bed_bar__minus_00_dot_05_bar__plus_01_dot_01_bar__minus_01_dot_45)
        (objectAtLocation Laptop_bar__minus_00_dot_43_bar__minus_01_dot_75_bar__plus_01_dot_46 loc_bar_6_bar__minus_5_bar_0_bar_45)
        (pickupable Laptop_bar__minus_00_dot_43_bar__minus_01_dot_75_bar__plus_01_dot_46)
        (objectType Laptop_bar__minus_02_dot_55_bar__plus_02_dot_78_bar__plus_00_dot_39 LaptopType)
        (inReceptacle Laptop_bar__minus_02_dot_55_bar__plus_02_dot_78_bar__plus_00_dot_39 Dresser_bar__minus_01_dot_75_bar__plus_01_dot_50_bar__plus_01_dot_73)
        (objectAtLocation Laptop_bar__minus_02_dot_55_bar__plus_02_dot_78_bar__plus_00_dot_39 loc_bar__minus_7_bar_11_bar_3_bar_0)
        (pickupable Laptop_bar__minus_02_dot_55_bar__plus_02_dot_78_bar__plus_00_dot_39)
        (objectType DeskLamp_bar__plus_01_dot_15_bar__plus_02_dot_11_bar__minus_02_dot_92 DeskLampType)
        (inReceptacle DeskLamp_bar__plus_01_dot_15_bar__plus_02_dot_11_bar__minus_02_dot_92 Desk_bar__plus_00_dot_71_bar__plus_01_dot_65_bar__plus_01_dot_45)
        (objectAtLocation DeskLamp_bar__plus_01_dot_15_bar__plus_02_dot_11_bar__minus_02_dot_92 loc_bar__minus_1_bar__minus_5_bar_0_bar_30)
        (toggleable DeskLamp_bar__plus_01_dot_15_bar__plus_02_dot_11_bar__minus_02_dot_92)
        (canContain BedType LaptopType)
        (canContain BedType TennisRacketType)
        (canContain DeskType AlarmClockType)
        (canContain DeskType BowlType)
        (canContain DeskType ClothType)
        (canContain DeskType LaptopType)
        (canContain DeskType MugType)
        (canContain DeskType PencilType)
        (canContain DeskType TennisRacketType)
        (canContain DrawerType ClothType)
        (canContain DrawerType PencilType)
        (canContain DresserType AlarmClockType)
        (canContain DresserType BowlType)
        (canContain DresserType ClothType)
        (canContain DresserType LaptopType)
        (canContain DresserType MugType)
        (canContain DresserType PencilType)
        (canContain DresserType TennisRacketType)
        (canContain GarbageCanType ClothType)
        (canContain GarbageCanType PencilType)
        (canContain LaundryHamperType ClothType)
        (canContain ShelfType AlarmClockType)
        (canContain ShelfType BowlType)
        (canContain ShelfType ClothType)
        (canContain ShelfType MugType)
        (canContain ShelfType PencilType)
        (canContain SideTableType AlarmClockType)
        (canContain SideTableType BowlType)
        (canContain SideTableType ClothType)
        (canContain SideTableType LaptopType)
        (canContain SideTableType MugType)
        (canContain SideTableType PencilType)
        (canContain SideTableType TennisRacketType)
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
                         (objectType ?o BowlType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
