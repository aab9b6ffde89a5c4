(define (problem plan_trial_e20001)
(:domain alfred)
(:objects
        agent1 - agent
        BookType - otype
        DeskLampType - otype
        KeyChainType - otype
        LaptopType - otype
        MugType - otype
        PenType - otype
        StatueType - otype
        ArmChairType - rtype
        BedType - rtype
        DrawerType - rtype
        DresserType - rtype
        GarbageCanType - rtype
        SafeType - rtype
        ShelfType - rtype
        SideTableType - rtype
        Mug_bar__minus_01_dot_53_bar__minus_02_dot_16_bar__minus_02_dot_16 - object
        Pen_bar__minus_00_dot_12_bar__minus_02_dot_19_bar__minus_00_dot_67 - object
        Laptop_bar__minus_00_dot_74_bar__minus_02_dot_41_bar__minus_02_dot_39 - object
        Laptop_bar__minus_02_dot_50_bar__minus_02_dot_34_bar__minus_00_dot_31 - object
        Statue_bar__minus_00_dot_83_bar__minus_01_dot_77_bar__minus_00_dot_63 - object
        KeyChain_bar__minus_00_dot_86_bar__minus_02_dot_38_bar__plus_02_dot_54 - object
        Book_bar__plus_02_dot_78_bar__plus_00_dot_50_bar__minus_01_dot_67 - object
        Book_bar__minus_01_dot_36_bar__plus_01_dot_19_bar__plus_01_dot_99 - object
        DeskLamp_bar__plus_01_dot_05_bar__plus_01_dot_56_bar__minus_00_dot_20 - object
        Bed_bar__plus_01_dot_47_bar__plus_02_dot_79_bar__plus_02_dot_10 - receptacle
        Drawer_bar__plus_00_dot_35_bar__plus_02_dot_90_bar__minus_00_dot_12 - receptacle
        Drawer_bar__plus_01_dot_32_bar__plus_00_dot_72_bar__plus_01_dot_53 - receptacle
        Dresser_bar__minus_00_dot_83_bar__minus_01_dot_02_bar__minus_02_dot_00 - receptacle
        SideTable_bar__plus_02_dot_47_bar__plus_02_dot_59_bar__plus_00_dot_54 - receptacle
        SideTable_bar__plus_01_dot_57_bar__plus_00_dot_44_bar__minus_02_dot_91 - receptacle
        Shelf_bar__plus_00_dot_30_bar__plus_00_dot_66_bar__minus_01_dot_23 - receptacle
        GarbageCan_bar__plus_01_dot_70_bar__minus_01_dot_10_bar__minus_01_dot_65 - receptacle
        Safe_bar__minus_02_dot_89_bar__minus_00_dot_69_bar__plus_00_dot_16 - receptacle
        ArmChair_bar__plus_02_dot_14_bar__minus_01_dot_11_bar__plus_02_dot_31 - receptacle
        loc_bar__minus_10_bar_6_bar_3_bar_45 - location
        loc_bar__minus_1_bar__minus_2_bar_3_bar_15 - location
        loc_bar_8_bar_6_bar_3_bar_15 - location
        loc_bar_12_bar_12_bar_3_bar__minus_30 - location
        loc_bar__minus_4_bar__minus_1_bar_0_bar__minus_30 - location
        loc_bar__minus_5_bar__minus_6_bar_1_bar_60 - location
        loc_bar__minus_11_bar_6_bar_2_bar_15 - location
        loc_bar_6_bar__minus_8_bar_1_bar_30 - location
        loc_bar_11_bar__minus_6_bar_2_bar_0 - location
        loc_bar__minus_1_bar__minus_5_bar_2_bar_45 - location
        loc_bar__minus_5_bar__minus_3_bar_1_bar_15 - location
        )
(:init
        (atLocation agent1 loc_bar__minus_5_bar__minus_3_bar_1_bar_15)
        (receptacleType Bed_bar__plus_01_dot_47_bar__plus_02_dot_79_bar__plus_02_dot_10 BedType)
        (receptacleAtLocation Bed_bar__plus_01_dot_47_bar__plus_02_dot_79_bar__plus_02_dot_10 loc_bar__minus_10_bar_6_bar_3_bar_45)
        (receptacleType Drawer_bar__plus_00_dot_35_bar__plus_02_dot_90_bar__minus_00_dot_12 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_00_dot_35_bar__plus_02_dot_90_bar__minus_00_dot_12 loc_bar__minus_1_bar__minus_2_bar_3_bar_15)
        (openable Drawer_bar__plus_00_dot_35_bar__plus_02_dot_90_bar__minus_00_dot_12)
        (receptacleType Drawer_bar__plus_01_dot_32_bar__plus_00_dot_72_bar__plus_01_dot_53 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_32_bar__plus_00_dot_72_bar__plus_01_dot_53 loc_bar_8_bar_6_bar_3_bar_15)
        (openable Drawer_bar__plus_01_dot_32_bar__plus_00_dot_72_bar__plus_01_dot_53)
        (receptacleType Dresser_bar__minus_00_dot_83_bar__minus_01_dot_02_bar__minus_02_dot_00 DresserType)
        (receptacleAtLocation Dresser_bar__minus_00_dot_83_bar__minus_01_dot_02_bar__minus_02_dot_00 loc_bar_12_bar_12_bar_3_bar__minus_30)
        (receptacleType SideTable_bar__plus_02_dot_47_bar__plus_02_dot_59_bar__plus_00_dot_54 SideTableType)
        (receptacleAtLocation SideTable_bar__plus_02_dot_47_bar__plus_02_dot_59_bar__plus_00_dot_54 loc_bar__minus_4_bar__minus_1_bar_0_bar__minus_30)
        (receptacleType SideTable_bar__plus_01_dot_57_bar__plus_00_dot_44_bar__minus_02_dot_91 SideTableType)
        (receptacleAtLocation SideTable_bar__plus_01_dot_57_bar__plus_00_dot_44_bar__minus_02_dot_91 loc_bar__minus_5_bar__minus_6_bar_1_bar_60)
        (receptacleType Shelf_bar__plus_00_dot_30_bar__plus_00_dot_66_bar__minus_01_dot_23 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_00_dot_30_bar__plus_00_dot_66_bar__minus_01_dot_23 loc_bar__minus_11_bar_6_bar_2_bar_15)
        (receptacleType GarbageCan_bar__plus_01_dot_70_bar__minus_01_dot_10_bar__minus_01_dot_65 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_01_dot_70_bar__minus_01_dot_10_bar__minus_01_dot_65 loc_bar_6_bar__minus_8_bar_1_bar_30)
        (receptacleType Safe_bar__minus_02_dot_89_bar__minus_00_dot_69_bar__plus_00_dot_16 SafeType)
        (receptacleAtLocation Safe_bar__minus_02_dot_89_bar__minus_00_dot_69_bar__plus_00_dot_16 loc_bar_11_bar__minus_6_bar_2_bar_0)
        (openable Safe_bar__minus_02_dot_89_bar__minus_00_dot_69_bar__plus_00_dot_16)
        (receptacleType ArmChair_bar__plus_02_dot_14_bar__minus_01_dot_11_bar__plus_02_dot_31 ArmChairType)
        (receptacleAtLocation ArmChair_bar__plus_02_dot_14_bar__minus_01_dot_11_bar__plus_02_dot_31 loc_bar__minus_1_bar__minus_5_bar_2_bar_45)
        (objectType Mug_bar__minus_01_dot_53_bar__minus_02_dot_16_bar__minus_02_dot_16 MugType)
        (inReceptacle Mug_bar__minus_01_dot_53_bar__minus_02_dot_16_bar__minus_02_dot_16 Dresser_bar__minus_00_dot_83_bar__minus_01_dot_02_bar__minus_02_dot_00)
        (objectAtLocation Mug_bar__minus_01_dot_53_bar__minus_02_dot_16_bar__minus_02_dot_16 loc_bar_12_bar_12_bar_3_bar__minus_30)
        (pickupable Mug_bar__minus_01_dot_53_bar__minus_02_dot_16_bar__minus_02_dot_16)
        (cleanable Mug_bar__minus_01_dot_53_bar__minus_02_dot_16_bar__minus_02_dot_16)
        (heatable Mug_bar__minus_01_dot_53_bar__minus_02_dot_16_bar__minus_02_dot_16)
        (coolable Mug_bar__minus_01_dot_53_bar__minus_02_dot_16_bar__minus_02_dot_16)
        (isReceptacleObject Mug_bar__minus_01_dot_53_bar__minus_02_dot_16_bar__minus_02_dot_16)
        (objectType Pen_bar__minus_00_dot_12_bar__minus_02_dot_19_bar__minus_00_dot_67 PenType)
        (inReceptacle Pen_bar__minus_00_dot_12_bar__minus_02_dot_19_bar__minus_00_dot_67 Dresser_bar__minus_00_dot_83_bar__minus_01_dot_02_bar__minus_02_dot_00)
        (objectAtLocation Pen_bar__minus_00_dot_12_bar__minus_02_dot_19_bar__minus_00_dot_67 loc_bar_12_bar_12_bar_3_bar__minus_30)
        (pickupable Pen_bar__minus_00_dot_12_bar__minus_02_dot_19_bar__minus_00_dot_67)
        (objectType Laptop_bar__minus_00_dot_74_bar__minus_02_dot_41_bar__minus_02_dot_39 LaptopType)
        (inReceptacle Laptop_bar__minus_00_dot_74_bar__minus_02_dot_41_bar__minus_02_dot_39 SideTable_bar__plus_02_dot_47_bar__plus_02_dot_59_bar__plus_00_dot_54)
        (objectAtLocation Laptop_bar__minus_00_dot_74_bar__minus_02_dot_41_bar__minus_02_dot_39 loc_bar__minus_4_bar__minus_1_bar_0_bar__minus_30)
        (pickupable Laptop_bar__minus_00_dot_74_bar__minus_02_dot_41_bar__minus_02_dot_39)
        (objectType Laptop_bar__minus_02_dot_50_bar__minus_02_dot_34_bar__minus_00_dot_31 LaptopType)
        (inReceptacle Laptop_bar__minus_02_dot_50_bar__minus_02_dot_34_bar__minus_00_dot_31 SideTable_bar__plus_02_dot_47_bar__plus_02_dot_59_bar__plus_00_dot_54)
        (objectAtLocation Laptop_bar__minus_02_dot_50_bar__minus_02_dot_34_bar__minus_00_dot_31 loc_bar__minus_4_bar__minus_1_bar_0_bar__minus_30)
        (pickupable Laptop_bar__minus_02_dot_50_bar__minus_02_dot_34_bar__minus_00_dot_31)
        (objectType Statue_bar__minus_00_dot_83_bar__minus_01_dot_77_bar__minus_00_dot_63 StatueType)
        (inReceptacle Statue_bar__minus_00_dot_83_bar__minus_01_dot_77_bar__minus_00_dot_63 Safe_bar__minus_02_dot_89_bar__minus_00_dot_69_bar__plus_00_dot_16)
        (objectAtLocation Statue_bar__minus_00_dot_83_bar__minus_01_dot_77_bar__minus_00_dot_63 loc_bar_11_bar__minus_6_bar_2_bar_0)
        (pickupable Statue_bar__minus_00_dot_83_bar__minus_01_dot_77_bar__minus_00_dot_63)
        (objectType KeyChain_bar__minus_00_dot_86_bar__minus_02_dot_38_bar__plus_02_dot_54 KeyChainType)
        (inReceptacle KeyChain_bar__minus_00_dot_86_bar__minus_02_dot_38_bar__plus_02_dot_54 Dresser_bar__minus_00_dot_83_bar__minus_01_dot_02_bar__minus_02_dot_00)
        (objectAtLocation KeyChain_bar__minus_00_dot_86_bar__minus_02_dot_38_bar__plus_02_dot_54 loc_bar_12_bar_12_bar_3_bar__minus_30)
        (pickupable KeyChain_bar__minus_00_dot_86_bar__minus_02_dot_38_bar__plus_02_dot_54)
        (objectType Book_bar__plus_02_dot_78_bar__plus_00_dot_50_bar__minus_01_dot_67 BookType)
        (inReceptacle Book_bar__plus_02_dot_78_bar__plus_00_dot_50_bar__minus_01_dot_67 Bed_bar__plus_01_dot_47_bar__plus_02_dot_79_bar__plus_02_dot_10)
        (objectAtLocation Book_bar__plus_02_dot_78_bar__plus_00_dot_50_bar__minus_01_dot_67 loc_bar__minus_10_bar_6_bar_3_bar_45)
        (pickupable Book_bar__plus_02_dot_78_bar__plus_00_dot_50_bar__minus_01_dot_67)
        (objectType Book_bar__minus_01_dot_36_bar__plus_01_dot_19_bar__plus_01_dot_99 BookType)
        (inReceptacle Book_bar__minus_01_dot_36_bar__plus_01_dot_19_bar__plus_01_dot_99 SideTable_bar__plus_01_dot_57_bar__plus_00_dot_44_bar__minus_02_dot_91)
        (objectAtLocation Book_bar__minus_01_dot_36_bar__plus_01_dot_19_bar__plus_01_dot_99 loc_bar__minus_5_bar__minus_6_bar_1_bar_60)
        (pickupable Book_bar__minus_01_dot_36_bar__plus_01_dot_19_bar__plus_01_dot_99)
        (objectType DeskLamp_bar__plus_01_dot_05_bar__plus_01_dot_56_bar__minus_00_dot_20 DeskLampType)
        (inReceptacle DeskLamp_bar__plus_01_dot_05_bar__plus_01_dot_56_bar__minus_00_dot_20 SideTable_bar__plus_01_dot_57_bar__plus_00_dot_44_bar__minus_02_dot_91)
        (objectAtLocation DeskLamp_bar__plus_01_dot_05_bar__plus_01_dot_56_bar__minus_00_dot_20 loc_bar__minus_5_bar__minus_6_bar_1_bar_60)
        (toggleable DeskLamp_bar__plus_01_dot_05_bar__plus_01_dot_56_bar__minus_00_dot_20)
        (canContain ArmChairType BookType)
        (canContain ArmChairType KeyChainType)
        (canContain ArmChairType LaptopType)
        (canContain BedType BookType)
        (canContain BedType LaptopType)
        (canContain DrawerType BookType)
        (canContain DrawerType KeyChainType)
        (canContain DrawerType PenType)
        (canContain DresserType BookType)
        (canContain DresserType KeyChainType)
        (canContain DresserType LaptopType)
        (canContain DresserType MugType)
        (canContain DresserType PenType)
        (canContain DresserType StatueType)
        (canContain GarbageCanType PenType)
        (canContain SafeType KeyChainType)
        (canContain SafeType StatueType)
        (canContain ShelfType BookType)
        (canContain ShelfType KeyChainType)
        (canContain ShelfType MugType)
        (canContain ShelfType PenType)
        (canContain ShelfType StatueType)
        (canContain SideTableType BookType)
        (canContain SideTableType KeyChainType)
        (canContain SideTableType LaptopType)
        (canContain SideTableType MugType)
        (canContain SideTableType PenType)
        (canContain SideTableType StatueType)
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
