(define (problem plan_trial_e20002)
(:domain alfred)
(:objects
        agent1 - agent
        BowlType - otype
        CandleType - otype
        DeskLampType - otype
        NewspaperType - otype
        PillowType - otype
        PlateType - otype
        ArmChairType - rtype
        CabinetType - rtype
        CoffeeTableType - rtype
        DrawerType - rtype
        GarbageCanType - rtype
        ShelfType - rtype
        SideTableType - rtype
        SofaType - rtype
        TVStandType - rtype
        Candle_bar__minus_02_dot_74_bar__plus_01_dot_93_bar__minus_01_dot_46 - object
        Candle_bar__minus_01_dot_04_bar__plus_01_dot_94_bar__minus_00_dot_40 - object
        Bowl_bar__minus_01_dot_85_bar__minus_01_dot_55_bar__plus_01_dot_52 - object
        Newspaper_bar__plus_00_dot_70_bar__plus_01_dot_45_bar__plus_02_dot_63 - object
        Newspaper_bar__minus_02_dot_03_bar__plus_01_dot_60_bar__minus_00_dot_43 - object
        Plate_bar__plus_01_dot_75_bar__minus_00_dot_61_bar__plus_01_dot_65 - object
        Plate_bar__minus_00_dot_93_bar__minus_00_dot_47_bar__minus_00_dot_77 - object
        Pillow_bar__plus_02_dot_51_bar__minus_02_dot_79_bar__minus_02_dot_42 - object
        DeskLamp_bar__minus_00_dot_98_bar__minus_01_dot_84_bar__plus_00_dot_88 - object
        Sofa_bar__minus_02_dot_05_bar__minus_00_dot_15_bar__plus_00_dot_44 - receptacle
        ArmChair_bar__plus_01_dot_48_bar__minus_01_dot_48_bar__plus_01_dot_10 - receptacle
        CoffeeTable_bar__plus_02_dot_05_bar__plus_02_dot_68_bar__plus_01_dot_16 - receptacle
        SideTable_bar__minus_02_dot_12_bar__plus_01_dot_82_bar__minus_01_dot_48 - receptacle
        SideTable_bar__plus_02_dot_22_bar__minus_00_dot_76_bar__plus_02_dot_40 - receptacle
        TVStand_bar__plus_02_dot_85_bar__plus_00_dot_24_bar__plus_02_dot_68 - receptacle
        Drawer_bar__minus_02_dot_03_bar__plus_01_dot_48_bar__minus_02_dot_02 - receptacle
        Drawer_bar__minus_00_dot_83_bar__plus_00_dot_23_bar__minus_02_dot_60 - receptacle
        Cabinet_bar__plus_02_dot_68_bar__minus_00_dot_09_bar__minus_01_dot_59 - receptacle
        Shelf_bar__plus_01_dot_32_bar__plus_02_dot_79_bar__plus_00_dot_49 - receptacle
        Shelf_bar__plus_00_dot_53_bar__plus_02_dot_62_bar__plus_00_dot_65 - receptacle
        GarbageCan_bar__minus_02_dot_67_bar__minus_00_dot_13_bar__plus_01_dot_29 - receptacle
        loc_bar_2_bar_10_bar_1_bar_15 - location
        loc_bar__minus_3_bar__minus_12_bar_3_bar_30 - location
        loc_bar__minus_9_bar_2_bar_0_bar_15 - location
        loc_bar_0_bar__minus_10_bar_2_bar__minus_30 - location
        loc_bar_1_bar__minus_10_bar_3_bar_15 - location
        loc_bar_2_bar__minus_5_bar_2_bar_60 - location
        loc_bar_11_bar_11_bar_3_bar__minus_30 - location
        loc_bar__minus_6_bar_2_bar_3_bar_30 - location
        loc_bar__minus_1_bar_12_bar_1_bar__minus_30 - location
        loc_bar__minus_10_bar__minus_10_bar_3_bar__minus_30 - location
        loc_bar_2_bar__minus_8_bar_2_bar_0 - location
        loc_bar__minus_4_bar_10_bar_0_bar_45 - location
        loc_bar__minus_3_bar__minus_11_bar_3_bar_0 - location
        )
(:init
        (atLocation agent1 loc_bar__minus_3_bar__minus_11_bar_3_bar_0)
        (receptacleType Sofa_bar__minus_02_dot_05_bar__minus_00_dot_15_bar__plus_00_dot_44 SofaType)
        (receptacleAtLocation Sofa_bar__minus_02_dot_05_bar__minus_00_dot_15_bar__plus_00_dot_44 loc_bar_2_bar_10_bar_1_bar_15)
        (receptacleType ArmChair_bar__plus_01_dot_48_bar__minus_01_dot_48_bar__plus_01_dot_10 ArmChairType)
        (receptacleAtLocation ArmChair_bar__plus_01_dot_48_bar__minus_01_dot_48_bar__plus_01_dot_10 loc_bar__minus_3_bar__minus_12_bar_3_bar_30)
        (receptacleType CoffeeTable_bar__plus_02_dot_05_bar__plus_02_dot_68_bar__plus_01_dot_16 CoffeeTableType)
        (receptacleAtLocation CoffeeTable_bar__plus_02_dot_05_bar__plus_02_dot_68_bar__plus_01_dot_16 loc_bar__minus_9_bar_2_bar_0_bar_15)
        (receptacleType SideTable_bar__minus_02_dot_12_bar__plus_01_dot_82_bar__minus_01_dot_48 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_02_dot_12_bar__plus_01_dot_82_bar__minus_01_dot_48 loc_bar_0_bar__minus_10_bar_2_bar__minus_30)
        (receptacleType SideTable_bar__plus_02_dot_22_bar__minus_00_dot_76_bar__plus_02_dot_40 SideTableType)
        (receptacleAtLocation SideTable_bar__plus_02_dot_22_bar__minus_00_dot_76_bar__plus_02_dot_40 loc_bar_1_bar__minus_10_bar_3_bar_15)
        (receptacleType TVStand_bar__plus_02_dot_85_bar__plus_00_dot_24_bar__plus_02_dot_68 TVStandType)
        (receptacleAtLocation TVStand_bar__plus_02_dot_85_bar__plus_00_dot_24_bar__plus_02_dot_68 loc_bar_2_bar__minus_5_bar_2_bar_60)
        (receptacleType Drawer_bar__minus_02_dot_03_bar__plus_01_dot_48_bar__minus_02_dot_02 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_02_dot_03_bar__plus_01_dot_48_bar__minus_02_dot_02 loc_bar_11_bar_11_bar_3_bar__minus_30)
        (openable Drawer_bar__minus_02_dot_03_bar__plus_01_dot_48_bar__minus_02_dot_02)
        (receptacleType Drawer_bar__minus_00_dot_83_bar__plus_00_dot_23_bar__minus_02_dot_60 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_00_dot_83_bar__plus_00_dot_23_bar__minus_02_dot_60 loc_bar__minus_6_bar_2_bar_3_bar_30)
        (openable Drawer_bar__minus_00_dot_83_bar__plus_00_dot_23_bar__minus_02_dot_60)
        (receptacleType Cabinet_bar__plus_02_dot_68_bar__minus_00_dot_09_bar__minus_01_dot_59 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_68_bar__minus_00_dot_09_bar__minus_01_dot_59 loc_bar__minus_1_bar_12_bar_1_bar__minus_30)
        (openable Cabinet_bar__plus_02_dot_68_bar__minus_00_dot_09_bar__minus_01_dot_59)
        (receptacleType Shelf_bar__plus_01_dot_32_bar__plus_02_dot_79_bar__plus_00_dot_49 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_01_dot_32_bar__plus_02_dot_79_bar__plus_00_dot_49 loc_bar__minus_10_bar__minus_10_bar_3_bar__minus_30)
        (receptacleType Shelf_bar__plus_00_dot_53_bar__plus_02_dot_62_bar__plus_00_dot_65 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_00_dot_53_bar__plus_02_dot_62_bar__plus_00_dot_65 loc_bar_2_bar__minus_8_bar_2_bar_0)
        (receptacleType GarbageCan_bar__minus_02_dot_67_bar__minus_00_dot_13_bar__plus_01_dot_29 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_02_dot_67_bar__minus_00_dot_13_bar__plus_01_dot_29 loc_bar__minus_4_bar_10_bar_0_bar_45)
        (objectType Candle_bar__minus_02_dot_74_bar__plus_01_dot_93_bar__minus_01_dot_46 CandleType)
        (inReceptacle Candle_bar__minus_02_dot_74_bar__plus_01_dot_93_bar__minus_01_dot_46 Drawer_bar__minus_02_dot_03_bar__plus_01_dot_48_bar__minus_02_dot_02)
        (objectAtLocation Candle_bar__minus_02_dot_74_bar__plus_01_dot_93_bar__minus_01_dot_46 loc_bar_11_bar_11_bar_3_bar__minus_30)
        (pickupable Candle_bar__minus_02_dot_74_bar__plus_01_dot_93_bar__minus_01_dot_46)
        (objectType Candle_bar__minus_01_dot_04_bar__plus_01_dot_94_bar__minus_00_dot_40 CandleType)
        (inReceptacle Candle_bar__minus_01_dot_04_bar__plus_01_dot_94_bar__minus_00_dot_40 Shelf_bar__plus_00_dot_53_bar__plus_02_dot_62_bar__plus_00_dot_65)
        (objectAtLocation Candle_bar__minus_01_dot_04_bar__plus_01_dot_94_bar__minus_00_dot_40 loc_bar_2_bar__minus_8_bar_2_bar_0)
        (pickupable Candle_bar__minus_01_dot_04_bar__plus_01_dot_94_bar__minus_00_dot_40)
        (objectType Bowl_bar__minus_01_dot_85_bar__minus_01_dot_55_bar__plus_01_dot_52 BowlType)
        (inReceptacle Bowl_bar__minus_01_dot_85_bar__minus_01_dot_55_bar__plus_01_dot_52 CoffeeTable_bar__plus_02_dot_05_bar__plus_02_dot_68_bar__plus_01_dot_16)
        (objectAtLocation Bowl_bar__minus_01_dot_85_bar__minus_01_dot_55_bar__plus_01_dot_52 loc_bar__minus_9_bar_2_bar_0_bar_15)
        (pickupable Bowl_bar__minus_01_dot_85_bar__minus_01_dot_55_bar__plus_01_dot_52)
        (cleanable Bowl_bar__minus_01_dot_85_bar__minus_01_dot_55_bar__plus_01_dot_52)
        (coolable Bowl_bar__minus_01_dot_85_bar__minus_01_dot_55_bar__plus_01_dot_52)
        (isReceptacleObject Bowl_bar__minus_01_dot_85_bar__minus_01_dot_55_bar__plus_01_dot_52)
        (objectType Newspaper_bar__plus_00_dot_70_bar__plus_01_dot_45_bar__plus_02_dot_63 NewspaperType)
        (inReceptacle Newspaper_bar__plus_00_dot_70_bar__plus_01_dot_45_bar__plus_02_dot_63 SideTable_bar__plus_02_dot_22_bar__minus_00_dot_76_bar__plus_02_dot_40)
        (objectAtLocation Newspaper_bar__plus_00_dot_70_bar__plus_01_dot_45_bar__plus_02_dot_63 loc_bar_1_bar__minus_10_bar_3_bar_15)
        (pickupable Newspaper_bar__plus_00_dot_70_bar__plus_01_dot_45_bar__plus_02_dot_63)
        (objectType Newspaper_bar__minus_02_dot_03_bar__plus_01_dot_60_bar__minus_00_dot_43 NewspaperType)
        (inReceptacle Newspaper_bar__minus_02_dot_03_bar__plus_01_dot_60_bar__minus_00_dot_43 CoffeeTable_bar__plus_02_dot_05_bar__plus_02_dot_68_bar__plus_01_dot_16)
        (objectAtLocation Newspaper_bar__minus_02_dot_03_bar__plus_01_dot_60_bar__minus_00_dot_43 loc_bar__minus_9_bar_2_bar_0_bar_15)
        (pickupable Newspaper_bar__minus_02_dot_03_bar__plus_01_dot_60_bar__minus_00_dot_43)
        (objectType Plate_bar__plus_01_dot_75_bar__minus_00_dot_61_bar__plus_01_dot_65 PlateType)
        (inReceptacle Plate_bar__plus_01_dot_75_bar__minus_00_dot_61_bar__plus_01_dot_65 Shelf_bar__plus_01_dot_32_bar__plus_02_dot_79_bar__plus_00_dot_49)
        (objectAtLocation Plate_bar__plus_01_dot_75_bar__minus_00_dot_61_bar__plus_01_dot_65 loc_bar__minus_10_bar__minus_10_bar_3_bar__minus_30)
        (pickupable Plate_bar__plus_01_dot_75_bar__minus_00_dot_61_bar__plus_01_dot_65)
        (cleanable Plate_bar__plus_01_dot_75_bar__minus_00_dot_61_bar__plus_01_dot_65)
        (heatable Plate_bar__plus_01_dot_75_bar__minus_00_dot_61_bar__plus_01_dot_65)
        (coolable Plate_bar__plus_01_dot_75_bar__minus_00_dot_61_bar__plus_01_dot_65)
        (isReceptacleObject Plate_bar__plus_01_dot_75_bar__minus_00_dot_61_bar__plus_01_dot_65)
        (objectType Plate_bar__minus_00_dot_93_bar__minus_00_dot_47_bar__minus_00_dot_77 PlateType)
        (inReceptacle Plate_bar__minus_00_dot_93_bar__minus_00_dot_47_bar__minus_00_dot_77 Shelf_bar__plus_00_dot_53_bar__plus_02_dot_62_bar__plus_00_dot_65)
        (objectAtLocation Plate_bar__minus_00_dot_93_bar__minus_00_dot_47_bar__minus_00_dot_77 loc_bar_2_bar__minus_8_bar_2_bar_0)
        (pickupable Plate_bar__minus_00_dot_93_bar__minus_00_dot_47_bar__minus_00_dot_77)
        (cleanable Plate_bar__minus_00_dot_93_bar__minus_00_dot_47_bar__minus_00_dot_77)
        (heatable Plate_bar__minus_00_dot_93_bar__minus_00_dot_47_bar__minus_00_dot_77)
        (coolable Plate_bar__minus_00_dot_93_bar__minus_00_dot_47_bar__minus_00_dot_77)
        (isReceptacleObject Plate_bar__minus_00_dot_93_bar__minus_00_dot_47_bar__minus_00_dot_77)
        (objectType Pillow_bar__plus_02_dot_51_bar__minus_02_dot_79_bar__minus_02_dot_42 PillowType)
        (inReceptacle Pillow_bar__plus_02_dot_51_bar__minus_02_dot_79_bar__minus_02_dot_42 ArmChair_bar__plus_01_dot_48_bar__minus_01_dot_48_bar__plus_01_dot_10)
        (objectAtLocation Pillow_bar__plus_02_dot_51_bar__minus_02_dot_79_bar__minus_02_dot_42 loc_bar__minus_3_bar__minus_12_bar_3_bar_30)
        (pickupable Pillow_bar__plus_02_dot_51_bar__minus_02_dot_79_bar__minus_02_dot_42)
        (objectType DeskLamp_bar__minus_00_dot_98_bar__minus_01_dot_84_bar__plus_00_dot_88 DeskLampType)
        (inReceptacle DeskLamp_bar__minus_00_dot_98_bar__minus_01_dot_84_bar__plus_00_dot_88 SideTable_bar__minus_02_dot_12_bar__plus_01_dot_82_bar__minus_01_dot_48)
        (objectAtLocation DeskLamp_bar__minus_00_dot_98_bar__minus_01_dot_84_bar__plus_00_dot_88 loc_bar_0_bar__minus_10_bar_2_bar__minus_30)
        (toggleable DeskLamp_bar__minus_00_dot_98_bar__minus_01_dot_84_bar__plus_00_dot_88)
        (canContain ArmChairType NewspaperType)
        (canContain ArmChairType PillowType)
        (canContain CabinetType BowlType)
        (canContain CabinetType CandleType)
        (canContain CabinetType NewspaperType)
        (canContain CabinetType PlateType)
        (canContain CoffeeTableType BowlType)
        (canContain CoffeeTableType CandleType)
        (canContain CoffeeTableType NewspaperType)
        (canContain CoffeeTableType PlateType)
        (canContain DrawerType CandleType)
        (canContain DrawerType NewspaperType)
        (canContain GarbageCanType NewspaperType)
        (canContain ShelfType BowlType)
        (canContain ShelfType CandleType)
        (canContain ShelfType NewspaperType)
        (canContain ShelfType PlateType)
        (canContain SideTableType BowlType)
        (canContain SideTableType CandleType)
        (canContain SideTableType NewspaperType)
        (canContain SideTableType PlateType)
        (canContain SofaType NewspaperType)
        (canContain SofaType PillowType)
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
                         (objectType ?o CandleType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
