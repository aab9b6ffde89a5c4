(define (problem plan_trial_e20008)
(:domain alfred)
(:objects
        agent1 - agent
        BasketBallType - otype
        ClothType - otype
        DeskLampType - otype
        MugType - otype
        PenType - otype
        PencilType - otype
        PillowType - otype
        StatueType - otype
        WatchType - otype
        BedType - rtype
        DeskType - rtype
        DrawerType - rtype
        DresserType - rtype
        GarbageCanType - rtype
        LaundryHamperType - rtype
        ShelfType - rtype
        SideTableType - rtype
        Mug_bar__plus_00_dot_56_bar__minus_00_dot_13_bar__minus_01_dot_55 - object
        Mug_bar__plus_02_dot_07_bar__minus_02_dot_19_bar__minus_02_dot_25 - object
        Watch_bar__plus_01_dot_46_bar__plus_01_dot_82_bar__minus_02_dot_31 - object
        Pen_bar__minus_01_dot_36_bar__plus_01_dot_54_bar__minus_01_dot_31 - object
        Pen_bar__plus_02_dot_90_bar__plus_00_dot_98_bar__plus_01_dot_03 - object
        Cloth_bar__minus_02_dot_11_bar__plus_01_dot_21_bar__minus_02_dot_28 - object
        Cloth_bar__plus_00_dot_01_bar__plus_00_dot_38_bar__plus_02_dot_37 - object
        Statue_bar__plus_01_dot_30_bar__plus_02_dot_71_bar__minus_00_dot_62 - object
        Statue_bar__minus_00_dot_56_bar__minus_00_dot_38_bar__minus_02_dot_10 - object
        Pillow_bar__plus_00_dot_18_bar__plus_00_dot_76_bar__minus_01_dot_70 - object
        Pencil_bar__plus_00_dot_66_bar__minus_01_dot_80_bar__plus_01_dot_33 - object
        BasketBall_bar__minus_00_dot_07_bar__minus_01_dot_67_bar__plus_00_dot_54 - object
        DeskLamp_bar__minus_01_dot_11_bar__minus_01_dot_15_bar__minus_02_dot_80 - object
        Bed_bar__plus_02_dot_52_bar__minus_01_dot_55_bar__minus_02_dot_94 - receptacle
        Desk_bar__plus_01_dot_05_bar__minus_02_dot_60_bar__plus_02_dot_63 - receptacle
        Drawer_bar__plus_01_dot_24_bar__minus_02_dot_43_bar__minus_02_dot_22 - receptacle
        Drawer_bar__plus_00_dot_06_bar__minus_00_dot_84_bar__minus_00_dot_14 - receptacle
        Drawer_bar__plus_02_dot_00_bar__plus_01_dot_68_bar__minus_00_dot_58 - receptacle
        Drawer_bar__plus_02_dot_87_bar__minus_01_dot_43_bar__minus_00_dot_83 - receptacle
        Dresser_bar__minus_00_dot_27_bar__plus_00_dot_82_bar__plus_02_dot_77 - receptacle
        Shelf_bar__plus_01_dot_78_bar__minus_02_dot_76_bar__plus_02_dot_56 - receptacle
        Shelf_bar__plus_00_dot_33_bar__minus_02_dot_57_bar__plus_02_dot_61 - receptacle
        Shelf_bar__minus_01_dot_77_bar__minus_02_dot_84_bar__minus_02_dot_90 - receptacle
        GarbageCan_bar__plus_02_dot_97_bar__minus_02_dot_30_bar__minus_01_dot_01 - receptacle
        SideTable_bar__minus_01_dot_34_bar__plus_01_dot_10_bar__plus_01_dot_48 - receptacle
        LaundryHamper_bar__plus_02_dot_36_bar__minus_02_dot_15_bar__plus_02_dot_73 - receptacle
        loc_bar__minus_12_bar__minus_11_bar_2_bar__minus_30 - location
        loc_bar_10_bar__minus_3_bar_1_bar_60 - location
        loc_bar_7_bar_0_bar_1_bar_15 - location
        loc_bar__minus_9_bar__minus_9_bar_1_bar_45 - location
        loc_bar__minus_5_bar__minus_7_bar_3_bar_30 - location
        loc_bar_11_bar__minus_6_bar_2_bar_15 - location
        loc_bar_5_bar__minus_8_bar_2_bar_0 - location
        loc_bar_5_bar__minus_11_bar_0_bar_0 - location
        loc_bar__minus_7_bar_11_bar_3_bar_30 - location
        loc_bar_7_bar_1_bar_0_bar_0 - location
        loc_bar_7_bar_2_bar_1_bar_0 - location
        loc_bar_7_bar__minus_1_bar_1_bar_45 - location
        loc_bar_4_bar_9_bar_1_bar_0 - location
        loc_bar_12_bar_9_bar_0_bar_0 - location
        )
(:init
        (atLocation agent1 loc_bar_12_bar_9_bar_0_bar_0)
        (receptacleType Bed_bar__plus_02_dot_52_bar__minus_01_dot_55_bar__minus_02_dot_94 BedType)
        (receptacleAtLocation Bed_bar__plus_02_dot_52_bar__minus_01_dot_55_bar__minus_02_dot_94 loc_bar__minus_12_bar__minus_11_bar_2_bar__minus_30)
        (receptacleType Desk_bar__plus_01_dot_05_bar__minus_02_dot_60_bar__plus_02_dot_63 DeskType)
        (receptacleAtLocation Desk_bar__plus_01_dot_05_bar__minus_02_dot_60_bar__plus_02_dot_63 loc_bar_10_bar__minus_3_bar_1_bar_60)
        (receptacleType Drawer_bar__plus_01_dot_24_bar__minus_02_dot_43_bar__minus_02_dot_22 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_24_bar__minus_02_dot_43_bar__minus_02_dot_22 loc_bar_7_bar_0_bar_1_bar_15)
        (openable Drawer_bar__plus_01_dot_24_bar__minus_02_dot_43_bar__minus_02_dot_22)
        (receptacleType Drawer_bar__plus_00_dot_06_bar__minus_00_dot_84_bar__minus_00_dot_14 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_00_dot_06_bar__minus_00_dot_84_bar__minus_00_dot_14 loc_bar__minus_9_bar__minus_9_bar_1_bar_45)
        (openable Drawer_bar__plus_00_dot_06_bar__minus_00_dot_84_bar__minus_00_dot_14)
        (receptacleType Drawer_bar__plus_02_dot_00_bar__plus_01_dot_68_bar__minus_00_dot_58 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_02_dot_00_bar__plus_01_dot_68_bar__minus_00_dot_58 loc_bar__minus_5_bar__minus_7_bar_3_bar_30)
        (openable Drawer_bar__plus_02_dot_00_bar__plus_01_dot_68_bar__minus_00_dot_58)
        (receptacleType Drawer_bar__plus_02_dot_87_bar__minus_01_dot_43_bar__minus_00_dot_83 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_02_dot_87_bar__minus_01_dot_43_bar__minus_00_dot_83 loc_bar_11_bar__minus_6_bar_2_bar_15)
        (openable Drawer_bar__plus_02_dot_87_bar__minus_01_dot_43_bar__minus_00_dot_83)
        (receptacleType Dresser_bar__minus_00_dot_27_bar__plus_00_dot_82_bar__plus_02_dot_77 DresserType)
        (receptacleAtLocation Dresser_bar__minus_00_dot_27_bar__plus_00_dot_82_bar__plus_02_dot_77 loc_bar_5_bar__minus_8_bar_2_bar_0)
        (receptacleType Shelf_bar__plus_01_dot_78_bar__minus_02_dot_76_bar__plus_02_dot_56 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_01_dot_78_bar__minus_02_dot_76_bar__plus_02_dot_56 loc_bar_5_bar__minus_11_bar_0_bar_0)
        (receptacleType Shelf_bar__plus_00_dot_33_bar__minus_02_dot_57_bar__plus_02_dot_61 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_00_dot_33_bar__minus_02_dot_57_bar__plus_02_dot_61 loc_bar__minus_7_bar_11_bar_3_bar_30)
        (receptacleType Shelf_bar__minus_01_dot_77_bar__minus_02_dot_84_bar__minus_02_dot_90 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_01_dot_77_bar__minus_02_dot_84_bar__minus_02_dot_90 loc_bar_7_bar_1_bar_0_bar_0)
        (receptacleType GarbageCan_bar__plus_02_dot_97_bar__minus_02_dot_30_bar__minus_01_dot_01 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_02_dot_97_bar__minus_02_dot_30_bar__minus_01_dot_01 loc_bar_7_bar_2_bar_1_bar_0)
        (receptacleType SideTable_bar__minus_01_dot_34_bar__plus_01_dot_10_bar__plus_01_dot_48 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_01_dot_34_bar__plus_01_dot_10_bar__plus_01_dot_48 loc_bar_7_bar__minus_1_bar_1_bar_45)
        (receptacleType LaundryHamper_bar__plus_02_dot_36_bar__minus_02_dot_15_bar__plus_02_dot_73 LaundryHamperType)
        (receptacleAtLocation LaundryHamper_bar__plus_02_dot_36_bar__minus_02_dot_15_bar__plus_02_dot_73 loc_bar_4_bar_9_bar_1_bar_0)
        (objectType Mug_bar__plus_00_dot_56_bar__minus_00_dot_13_bar__minus_01_dot_55 MugType)
        (inReceptacle Mug_bar__plus_00_dot_56_bar__minus_00_dot_13_bar__minus_01_dot_55 SideTable_bar__minus_01_dot_34_bar__plus_01_dot_10_bar__plus_01_dot_48)
        (objectAtLocation Mug_bar__plus_00_dot_56_bar__minus_00_dot_13_bar__minus_01_dot_55 loc_bar_7_bar__minus_1_bar_1_bar_45)
        (pickupable Mug_bar__plus_00_dot_56_bar__minus_00_dot_13_bar__minus_01_dot_55)
        (cleanable Mug_bar__plus_00_dot_56_bar__minus_00_dot_13_bar__minus_01_dot_55)
        (heatable Mug_bar__plus_00_dot_56_bar__minus_00_dot_13_bar__minus_01_dot_55)
        (coolable Mug_bar__plus_00_dot_56_bar__minus_00_dot_13_bar__minus_01_dot_55)
        (isReceptacleObject Mug_bar__plus_00_dot_56_bar__minus_00_dot_13_bar__minus_01_dot_55)
        (objectType Mug_bar__plus_02_dot_07_bar__minus_02_dot_19_bar__minus_02_dot_25 MugType)
        (inReceptacle Mug_bar__plus_02_dot_07_bar__minus_02_dot_19_bar__minus_02_dot_25 Shelf_bar__minus_01_dot_77_bar__minus_02_dot_84_bar__minus_02_dot_90)
        (objectAtLocation Mug_bar__plus_02_dot_07_bar__minus_02_dot_19_bar__minus_02_dot_25 loc_bar_7_bar_1_bar_0_bar_0)
        (pickupable Mug_bar__plus_02_dot_07_bar__minus_02_dot_19_bar__minus_02_dot_25)
        (cleanable Mug_bar__plus_02_dot_07_bar__minus_02_dot_19_bar__minus_02_dot_25)
        (heatable Mug_bar__plus_02_dot_07_bar__minus_02_dot_19_bar__minus_02_dot_25)
        (coolable Mug_bar__plus_02_dot_07_bar__minus_02_dot_19_bar__minus_02_dot_25)
        (isReceptacleObject Mug_bar__plus_02_dot_07_bar__minus_02_dot_19_bar__minus_02_dot_25)
        (objectType Watch_bar__plus_01_dot_46_bar__plus_01_dot_82_bar__minus_02_dot_31 WatchType)
        (inReceptacle Watch_bar__plus_01_dot_46_bar__plus_01_dot_82_bar__minus_02_dot_31 Dresser_bar__minus_00_dot_27_bar__plus_00_dot_82_bar__plus_02_dot_77)
        (objectAtLocation Watch_bar__plus_01_dot_46_bar__plus_01_dot_82_bar__minus_02_dot_31 loc_bar_5_bar__minus_8_bar_2_bar_0)
        (pickupable Watch_bar__plus_01_dot_46_bar__plus_01_dot_82_bar__minus_02_dot_31)
        (objectType Pen_bar__minus_01_dot_36_bar__plus_01_dot_54_bar__minus_01_dot_31 PenType)
        (inReceptacle Pen_bar__minus_01_dot_36_bar__plus_01_dot_54_bar__minus_01_dot_31 SideTable_bar__minus_01_dot_34_bar__plus_01_dot_10_bar__plus_01_dot_48)
        (objectAtLocation Pen_bar__minus_01_dot_36_bar__plus_01_dot_54_bar__minus_01_dot_31 loc_bar_7_bar__minus_1_bar_1_bar_45)
        (pickupable Pen_bar__minus_01_dot_36_bar__plus_01_dot_54_bar__minus_01_dot_31)
        (objectType Pen_bar__plus_02_dot_90_bar__plus_00_dot_98_bar__plus_01_dot_03 PenType)
        (inReceptacle Pen_bar__plus_02_dot_90_bar__plus_00_dot_98_bar__plus_01_dot_03 Dresser_bar__minus_00_dot_27_bar__plus_00_dot_82_bar__plus_02_dot_77)
        (objectAtLocation Pen_bar__plus_02_dot_90_bar__plus_00_dot_98_bar__plus_01_dot_03 loc_bar_5_bar__minus_8_bar_2_bar_0)
        (pickupable Pen_bar__plus_02_dot_90_bar__plus_00_dot_98_bar__plus_01_dot_03)
        (objectType Cloth_bar__minus_02_dot_11_bar__plus_01_dot_21_bar__minus_02_dot_28 ClothType)
        (inReceptacle Cloth_bar__minus_02_dot_11_bar__plus_01_dot_21_bar__minus_02_dot_28 GarbageCan_bar__plus_02_dot_97_bar__minus_02_dot_30_bar__minus_01_dot_01)
        (objectAtLocation Cloth_bar__minus_02_dot_11_bar__plus_01_dot_21_bar__minus_02_dot_28 loc_bar_7_bar_2_bar_1_bar_0)
        (pickupable Cloth_bar__minus_02_dot_11_bar__plus_01_dot_21_bar__minus_02_dot_28)
        (cleanable Cloth_bar__minus_02_dot_11_bar__plus_01_dot_21_bar__minus_02_dot_28)
        (objectType Cloth_bar__plus_00_dot_01_bar__plus_00_dot_38_bar__plus_02_dot_37 ClothType)
        (inReceptacle Cloth_bar__plus_00_dot_01_bar__plus_00_dot_38_bar__plus_02_dot_37 SideTable_bar__minus_01_dot_34_bar__plus_01_dot_10_bar__plus_01_dot_48)
        (objectAtLocation Cloth_bar__plus_00_dot_01_bar__plus_00_dot_38_bar__plus_02_dot_37 loc_bar_7_bar__minus_1_bar_1_bar_45)
        (pickupable Cloth_bar__plus_00_dot_01_bar__plus_00_dot_38_bar__plus_02_dot_37)
        (cleanable Cloth_bar__plus_00_dot_01_bar__plus_00_dot_38_bar__plus_02_dot_37)
        (objectType Statue_bar__plus_01_dot_30_bar__plus_02_dot_71_bar__minus_00_dot_62 StatueType)
        (inReceptacle Statue_bar__plus_01_dot_30_bar__plus_02_dot_71_bar__minus_00_dot_62 Shelf_bar__plus_00_dot_33_bar__minus_02_dot_57_bar__plus_02_dot_61)
        (objectAtLocation Statue_bar__plus_01_dot_30_bar__plus_02_dot_71_bar__minus_00_dot_62 loc_bar__minus_7_bar_11_bar_3_bar_30)
        (pickupable Statue_bar__plus_01_dot_30_bar__plus_02_dot_71_bar__minus_00_dot_62)
        (objectType Statue_bar__minus_00_dot_56_bar__minus_00_dot_38_bar__minus_02_dot_10 StatueType)
        (inReceptacle Statue_bar__minus_00_dot_56_bar__minus_00_dot_38_bar__minus_02_dot_10 Dresser_bar__minus_00_dot_27_bar__plus_00_dot_82_bar__plus_02_dot_77)
        (objectAtLocation Statue_bar__minus_00_dot_56_bar__minus_00_dot_38_bar__minus_02_dot_10 loc_bar_5_bar__minus_8_bar_2_bar_0)
        (pickupable Statue_bar__minus_00_dot_56_bar__minus_00_dot_38_bar__minus_02_dot_10)
        (objectType Pillow_bar__plus_00_dot_18_bar__plus_00_dot_76_bar__minus_01_dot_70 PillowType)
        (inReceptacle Pillow_bar__plus_00_dot_18_bar__plus_00_dot_76_bar__minus_01_dot_70 Bed_bar__plus_02_dot_52_bar__minus_01_dot_55_bar__minus_02_dot_94)
        (objectAtLocation Pillow_bar__plus_00_dot_18_bar__plus_00_dot_76_bar__minus_01_dot_70 loc_bar__minus_12_bar__minus_11_bar_2_bar__minus_30)
        (pickupable Pillow_bar__plus_00_dot_18_bar__plus_00_dot_76_bar__minus_01_dot_70)
        (objectType Pencil_bar__plus_00_dot_66_bar__minus_01_dot_80_bar__plus_01_dot_33 PencilType)
        (inReceptacle Pencil_bar__plus_00_dot_66_bar__minus_01_dot_80_bar__plus_01_dot_33 Shelf_bar__minus_01_dot_77_bar__minus_02_dot_84_bar__minus_02_dot_90)
        (objectAtLocation Pencil_bar__plus_00_dot_66_bar__minus_01_dot_80_bar__plus_01_dot_33 loc_bar_7_bar_1_bar_0_bar_0)
        (pickupable Pencil_bar__plus_00_dot_66_bar__minus_01_dot_80_bar__plus_01_dot_33)
        (objectType BasketBall_bar__minus_00_dot_07_bar__minus_01_dot_67_bar__plus_00_dot_54 BasketBallType)
        (inReceptacle BasketBall_bar__minus_00_dot_07_bar__minus_01_dot_67_bar__plus_00_dot_54 Dresser_bar__minus_00_dot_27_bar__plus_00_dot_82_bar__plus_02_dot_77)
        (objectAtLocation BasketBall_bar__minus_00_dot_07_bar__minus_01_dot_67_bar__plus_00_dot_54 loc_bar_5_bar__minus_8_bar_2_bar_0)
        (pickupable BasketBall_bar__minus_00_dot_07_bar__minus_01_dot_67_bar__plus_00_dot_54)
        (objectType DeskLamp_bar__minus_01_dot_11_bar__minus_01_dot_15_bar__minus_02_dot_80 DeskLampType)
        (inReceptacle DeskLamp_bar__minus_01_dot_11_bar__minus_01_dot_15_bar__minus_02_dot_80 Desk_bar__plus_01_dot_05_bar__minus_02_dot_60_bar__plus_02_dot_63)
        (objectAtLocation DeskLamp_bar__minus_01_dot_11_bar__minus_01_dot_15_bar__minus_02_dot_80 loc_bar_10_bar__minus_3_bar_1_bar_60)
        (toggleable DeskLamp_bar__minus_01_dot_11_bar__minus_01_dot_15_bar__minus_02_dot_80)
        (canContain BedType BasketBallType)
        (canContain BedType PillowType)
        (canContain DeskType BasketBallType)
        (canContain DeskType ClothType)
        (canContain DeskType MugType)
        (canContain DeskType PenType)
        (canContain DeskType PencilType)
        (canContain DeskType StatueType)
        (canContain DeskType WatchType)
        (canContain DrawerType ClothType)
        (canContain DrawerType PenType)
        (canContain DrawerType PencilType)
        (canContain DrawerType WatchType)
        (canContain DresserType BasketBallType)
        (canContain DresserType ClothType)
        (canContain DresserType MugType)
        (canContain DresserType PenType)
        (canContain DresserType PencilType)
        (canContain DresserType StatueType)
        (canContain DresserType WatchType)
        (canContain GarbageCanType ClothType)
        (canContain GarbageCanType PenType)
        (canContain GarbageCanType PencilType)
        (canContain LaundryHamperType ClothType)
        (canContain ShelfType ClothType)
        (canContain ShelfType MugType)
        (canContain ShelfType PenType)
        (canContain ShelfType PencilType)
        (canContain ShelfType StatueType)
        (canContain ShelfType WatchType)
        (canContain SideTableType BasketBallType)
        (canContain SideTableType ClothType)
        (canContain SideTableType MugType)
        (canContain SideTableType PenType)
        (canContain SideTableType PencilType)
        (canContain SideTableType StatueType)
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
                         (objectType ?o MugType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
