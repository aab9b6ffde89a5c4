(define (problem plan_trial_e20006)
(:domain alfred)
(:objects
        agent1 - agent
        BoxType - otype
        CandleType - otype
        DeskLampType - otype
        StatueType - otype
        TissueBoxType - otype
        WatchType - otype
        ArmChairType - rtype
        CabinetType - rtype
        CoffeeTableType - rtype
        DrawerType - rtype
        GarbageCanType - rtype
        ShelfType - rtype
        SideTableType - rtype
        SofaType - rtype
        TVStandType - rtype
        Box_bar__minus_01_dot_50_bar__plus_00_dot_07_bar__plus_02_dot_57 - object
        TissueBox_bar__minus_00_dot_72_bar__plus_02_dot_52_bar__plus_02_dot_78 - object
        TissueBox_bar__minus_01_dot_60_bar__minus_01_dot_15_bar__plus_01_dot_57 - object
        Statue_bar__plus_02_dot_84_bar__minus_00_dot_35_bar__minus_02_dot_44 - object
        Watch_bar__plus_01_dot_74_bar__minus_00_dot_82_bar__minus_01_dot_37 - object
        Candle_bar__minus_02_dot_05_bar__plus_00_dot_59_bar__minus_00_dot_83 - object
        DeskLamp_bar__minus_02_dot_73_bar__minus_00_dot_95_bar__plus_00_dot_90 - object
        Sofa_bar__minus_01_dot_68_bar__plus_02_dot_81_bar__plus_00_dot_24 - receptacle
        ArmChair_bar__plus_02_dot_56_bar__plus_00_dot_82_bar__minus_00_dot_02 - receptacle
        CoffeeTable_bar__plus_01_dot_50_bar__plus_00_dot_38_bar__minus_01_dot_23 - receptacle
        SideTable_bar__minus_02_dot_36_bar__plus_00_dot_20_bar__minus_02_dot_08 - receptacle
        SideTable_bar__minus_00_dot_64_bar__plus_02_dot_97_bar__minus_02_dot_38 - receptacle
        TVStand_bar__plus_01_dot_15_bar__plus_02_dot_94_bar__plus_01_dot_69 - receptacle
        Drawer_bar__plus_02_dot_98_bar__minus_02_dot_95_bar__minus_02_dot_42 - receptacle
        Drawer_bar__minus_01_dot_52_bar__plus_02_dot_20_bar__minus_00_dot_39 - receptacle
        Cabinet_bar__plus_02_dot_20_bar__plus_00_dot_26_bar__minus_01_dot_52 - receptacle
        Shelf_bar__plus_00_dot_20_bar__plus_02_dot_07_bar__minus_02_dot_78 - receptacle
        Shelf_bar__plus_02_dot_59_bar__minus_01_dot_27_bar__plus_01_dot_16 - receptacle
        GarbageCan_bar__minus_01_dot_35_bar__minus_01_dot_93_bar__minus_01_dot_23 - receptacle
        loc_bar__minus_8_bar__minus_5_bar_3_bar_30 - location
        loc_bar_5_bar__minus_10_bar_3_bar_45 - location
        loc_bar_11_bar__minus_10_bar_1_bar_0 - location
        loc_bar__minus_12_bar__minus_11_bar_2_bar_30 - location
        loc_bar__minus_6_bar__minus_1_bar_0_bar_45 - location
        loc_bar_10_bar_6_bar_0_bar_60 - location
        loc_bar_2_bar_8_bar_1_bar_30 - location
        loc_bar__minus_5_bar__minus_5_bar_0_bar_0 - location
        loc_bar_5_bar__minus_4_bar_1_bar_60 - location
        loc_bar_2_bar_8_bar_2_bar_60 - location
        loc_bar_4_bar__minus_11_bar_2_bar_0 - location
        loc_bar_7_bar__minus_4_bar_1_bar_15 - location
        loc_bar_3_bar_10_bar_1_bar_15 - location
        )
(:init
        (atLocation agent1 loc_bar_3_bar_10_bar_1_bar_15)
        (receptacleType Sofa_bar__minus_01_dot_68_bar__plus_02_dot_81_bar__plus_00_dot_24 SofaType)
        (receptacleAtLocation Sofa_bar__minus_01_dot_68_bar__plus_02_dot_81_bar__plus_00_dot_24 loc_bar__minus_8_bar__minus_5_bar_3_bar_30)
        (receptacleType ArmChair_bar__plus_02_dot_56_bar__plus_00_dot_82_bar__minus_00_dot_02 ArmChairType)
        (receptacleAtLocation ArmChair_bar__plus_02_dot_56_bar__plus_00_dot_82_bar__minus_00_dot_02 loc_bar_5_bar__minus_10_bar_3_bar_45)
        (receptacleType CoffeeTable_bar__plus_01_dot_50_bar__plus_00_dot_38_bar__minus_01_dot_23 CoffeeTableType)
        (receptacleAtLocation CoffeeTable_bar__plus_01_dot_50_bar__plus_00_dot_38_bar__minus_01_dot_23 loc_bar_11_bar__minus_10_bar_1_bar_0)
        (receptacleType SideTable_bar__minus_02_dot_36_bar__plus_00_dot_20_bar__minus_02_dot_08 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_02_dot_36_bar__plus_00_dot_20_bar__minus_02_dot_08 loc_bar__minus_12_bar__minus_11_bar_2_bar_30)
        (receptacleType SideTable_bar__minus_00_dot_64_bar__plus_02_dot_97_bar__minus_02_dot_38 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_00_dot_64_bar__plus_02_dot_97_bar__minus_02_dot_38 loc_bar__minus_6_bar__minus_1_bar_0_bar_45)
        (receptacleType TVStand_bar__plus_01_dot_15_bar__plus_02_dot_94_bar__plus_01_dot_69 TVStandType)
        (receptacleAtLocation TVStand_bar__plus_01_dot_15_bar__plus_02_dot_94_bar__plus_01_dot_69 loc_bar_10_bar_6_bar_0_bar_60)
        (receptacleType Drawer_bar__plus_02_dot_98_bar__minus_02_dot_95_bar__minus_02_dot_42 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_02_dot_98_bar__minus_02_dot_95_bar__minus_02_dot_42 loc_bar_2_bar_8_bar_1_bar_30)
        (openable Drawer_bar__plus_02_dot_98_bar__minus_02_dot_95_bar__minus_02_dot_42)
        (receptacleType Drawer_bar__minus_01_dot_52_bar__plus_02_dot_20_bar__minus_00_dot_39 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_52_bar__plus_02_dot_20_bar__minus_00_dot_39 loc_bar__minus_5_bar__minus_5_bar_0_bar_0)
        (openable Drawer_bar__minus_01_dot_52_bar__plus_02_dot_20_bar__minus_00_dot_39)
        (receptacleType Cabinet_bar__plus_02_dot_20_bar__plus_00_dot_26_bar__minus_01_dot_52 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_20_bar__plus_00_dot_26_bar__minus_01_dot_52 loc_bar_5_bar__minus_4_bar_1_bar_60)
        (openable Cabinet_bar__plus_02_dot_20_bar__plus_00_dot_26_bar__minus_01_dot_52)
        (receptacleType Shelf_bar__plus_00_dot_20_bar__plus_02_dot_07_bar__minus_02_dot_78 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_00_dot_20_bar__plus_02_dot_07_bar__minus_02_dot_78 loc_bar_2_bar_8_bar_2_bar_60)
        (receptacleType Shelf_bar__plus_02_dot_59_bar__minus_01_dot_27_bar__plus_01_dot_16 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_02_dot_59_bar__minus_01_dot_27_bar__plus_01_dot_16 loc_bar_4_bar__minus_11_bar_2_bar_0)
        (receptacleType GarbageCan_bar__minus_01_dot_35_bar__minus_01_dot_93_bar__minus_01_dot_23 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_01_dot_35_bar__minus_01_dot_93_bar__minus_01_dot_23 loc_bar_7_bar__minus_4_bar_1_bar_15)
        (objectType Box_bar__minus_01_dot_50_bar__plus_00_dot_07_bar__plus_02_dot_57 BoxType)
        (inReceptacle Box_bar__minus_01_dot_50_bar__plus_00_dot_07_bar__plus_02_dot_57 SideTable_bar__minus_02_dot_36_bar__plus_00_dot_20_bar__minus_02_dot_08)
        (objectAtLocation Box_bar__minus_01_dot_50_bar__plus_00_dot_07_bar__plus_02_dot_57 loc_bar__minus_12_bar__minus_11_bar_2_bar_30)
        (pickupable Box_bar__minus_01_dot_50_bar__plus_00_dot_07_bar__plus_02_dot_57)
        (isReceptacleObject Box_bar__minus_01_dot_50_bar__plus_00_dot_07_bar__plus_02_dot_57)
        (objectType TissueBox_bar__minus_00_dot_72_bar__plus_02_dot_52_bar__plus_02_dot_78 TissueBoxType)
        (inReceptacle TissueBox_bar__minus_00_dot_72_bar__plus_02_dot_52_bar__plus_02_dot_78 Drawer_bar__minus_01_dot_52_bar__plus_02_dot_20_bar__minus_00_dot_39)
        (objectAtLocation TissueBox_bar__minus_00_dot_72_bar__plus_02_dot_52_bar__plus_02_dot_78 loc_bar__minus_5_bar__minus_5_bar_0_bar_0)
        (pickupable TissueBox_bar__minus_00_dot_72_bar__plus_02_dot_52_bar__plus_02_dot_78)
        (objectType TissueBox_bar__minus_01_dot_60_bar__minus_01_dot_15_bar__plus_01_dot_57 TissueBoxType)
        (inReceptacle TissueBox_bar__minus_01_dot_60_bar__minus_01_dot_15_bar__plus_01_dot_57 Shelf_bar__plus_02_dot_59_bar__minus_01_dot_27_bar__plus_01_dot_16)
        (objectAtLocation TissueBox_bar__minus_01_dot_60_bar__minus_01_dot_15_bar__plus_01_dot_57 loc_bar_4_bar__minus_11_bar_2_bar_0)
        (pickupable TissueBox_bar__minus_01_dot_60_bar__minus_01_dot_15_bar__plus_01_dot_57)
        (objectType Statue_bar__plus_02_dot_84_bar__minus_00_dot_35_bar__minus_02_dot_44 StatueType)
        (inReceptacle Statue_bar__plus_02_dot_84_bar__minus_00_dot_35_bar__minus_02_dot_44 CoffeeTable_bar__plus_01_dot_50_bar__plus_00_dot_38_bar__minus_01_dot_23)
        (objectAtLocation Statue_bar__plus_02_dot_84_bar__minus_00_dot_35_bar__minus_02_dot_44 loc_bar_11_bar__minus_10_bar_1_bar_0)
        (pickupable Statue_bar__plus_02_dot_84_bar__minus_00_dot_35_bar__minus_02_dot_44)
        (objectType Watch_bar__plus_01_dot_74_bar__minus_00_dot_82_bar__minus_01_dot_37 WatchType)
        (inReceptacle Watch_bar__plus_01_dot_74_bar__minus_00_dot_82_bar__minus_01_dot_37 Shelf_bar__plus_02_dot_59_bar__minus_01_dot_27_bar__plus_01_dot_16)
        (objectAtLocation Watch_bar__plus_01_dot_74_bar__minus_00_dot_82_bar__minus_01_dot_37 loc_bar_4_bar__minus_11_bar_2_bar_0)
        (pickupable Watch_bar__plus_01_dot_74_bar__minus_00_dot_82_bar__minus_01_dot_37)
        (objectType Candle_bar__minus_02_dot_05_bar__plus_00_dot_59_bar__minus_00_dot_83 CandleType)
        (inReceptacle Candle_bar__minus_02_dot_05_bar__plus_00_dot_59_bar__minus_00_dot_83 Drawer_bar__minus_01_dot_52_bar__plus_02_dot_20_bar__minus_00_dot_39)
        (objectAtLocation Candle_bar__minus_02_dot_05_bar__plus_00_dot_59_bar__minus_00_dot_83 loc_bar__minus_5_bar__minus_5_bar_0_bar_0)
        (pickupable Candle_bar__minus_02_dot_05_bar__plus_00_dot_59_bar__minus_00_dot_83)
        (objectType DeskLamp_bar__minus_02_dot_73_bar__minus_00_dot_95_bar__plus_00_dot_90 DeskLampType)
        (inReceptacle DeskLamp_bar__minus_02_dot_73_bar__minus_00_dot_95_bar__plus_00_dot_90 SideTable_bar__minus_00_dot_64_bar__plus_02_dot_97_bar__minus_02_dot_38)
        (objectAtLocation DeskLamp_bar__minus_02_dot_73_bar__minus_00_dot_95_bar__plus_00_dot_90 loc_bar__minus_6_bar__minus_1_bar_0_bar_45)
        (toggleable DeskLamp_bar__minus_02_dot_73_bar__minus_00_dot_95_bar__plus_00_dot_90)
        (canContain ArmChairType BoxType)
        (canContain CabinetType BoxType)
        (canContain CabinetType CandleType)
        (canContain CabinetType TissueBoxType)
        (canContain CoffeeTableType BoxType)
        (canContain CoffeeTableType CandleType)
        (canContain CoffeeTableType StatueType)
        (canContain CoffeeTableType TissueBoxType)
        (canContain CoffeeTableType WatchType)
        (canContain DrawerType CandleType)
        (canContain DrawerType TissueBoxType)
        (canContain DrawerType WatchType)
        (canContain GarbageCanType TissueBoxType)
        (canContain ShelfType BoxType)
        (canContain ShelfType CandleType)
        (canContain ShelfType StatueType)
        (canContain ShelfType TissueBoxType)
        (canContain ShelfType WatchType)
        (canContain SideTableType BoxType)
        (canContain SideTableType CandleType)
        (canContain SideTableType StatueType)
        (canContain SideTableType TissueBoxType)
        (canContain SideTableType WatchType)
        (canContain SofaType BoxType)
        (canContain TVStandType TissueBoxType)
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
                         (objectType ?o BoxType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
