(define (problem plan_trial_e60006)
(:domain alfred)
(:objects
        agent1 - agent
        BowlType - otype
        BoxType - otype
        CandleType - otype
        CellPhoneType - otype
        DeskLampType - otype
        LaptopType - otype
        NewspaperType - otype
        RemoteControlType - otype
        ArmChairType - rtype
        CabinetType - rtype
        CoffeeTableType - rtype
        DrawerType - rtype
        GarbageCanType - rtype
        ShelfType - rtype
        SideTableType - rtype
        SofaType - rtype
        TVStandType - rtype
        CellPhone_bar__plus_01_dot_73_bar__plus_02_dot_55_bar__minus_00_dot_48 - object
        CellPhone_bar__minus_02_dot_10_bar__plus_01_dot_89_bar__minus_01_dot_98 - object
        RemoteControl_bar__plus_00_dot_30_bar__minus_00_dot_74_bar__minus_00_dot_40 - object
        Laptop_bar__minus_02_dot_50_bar__plus_01_dot_32_bar__plus_01_dot_26 - object
        Box_bar__minus_02_dot_10_bar__plus_02_dot_35_bar__plus_00_dot_88 - object
        Candle_bar__minus_00_dot_70_bar__minus_00_dot_40_bar__minus_00_dot_51 - object
        Bowl_bar__plus_02_dot_82_bar__plus_01_dot_00_bar__minus_01_dot_92 - object
        Bowl_bar__plus_02_dot_97_bar__minus_02_dot_43_bar__plus_01_dot_80 - object
        Newspaper_bar__plus_02_dot_65_bar__plus_01_dot_69_bar__minus_01_dot_12 - object
        Newspaper_bar__plus_01_dot_50_bar__minus_01_dot_29_bar__plus_01_dot_49 - object
        DeskLamp_bar__minus_02_dot_50_bar__plus_00_dot_78_bar__minus_02_dot_61 - object
        Sofa_bar__plus_01_dot_52_bar__minus_02_dot_23_bar__plus_02_dot_26 - receptacle
        ArmChair_bar__plus_01_dot_18_bar__minus_00_dot_02_bar__minus_01_dot_09 - receptacle
        CoffeeTable_bar__plus_01_dot_46_bar__minus_00_dot_52_bar__plus_02_dot_51 - receptacle
        SideTable_bar__minus_00_dot_89_bar__plus_00_dot_06_bar__plus_01_dot_87 - receptacle
        SideTable_bar__plus_02_dot_62_bar__minus_02_dot_85_bar__minus_02_dot_53 - receptacle
        TVStand_bar__plus_02_dot_68_bar__minus_03_dot_00_bar__minus_02_dot_13 - receptacle
        Drawer_bar__plus_00_dot_37_bar__plus_01_dot_99_bar__plus_01_dot_61 - receptacle
        Drawer_bar__minus_00_dot_96_bar__minus_02_dot_08_bar__plus_01_dot_24 - receptacle
        Cabinet_bar__minus_01_dot_94_bar__plus_02_dot_21_bar__plus_02_dot_57 - receptacle
        Shelf_bar__plus_00_dot_71_bar__minus_01_dot_14_bar__plus_02_dot_82 - receptacle
        Shelf_bar__minus_02_dot_74_bar__plus_01_dot_28_bar__plus_00_dot_50 - receptacle
        GarbageCan_bar__minus_01_dot_00_bar__minus_00_dot_35_bar__minus_00_dot_34 - receptacle
        loc_bar_10_bar__minus_3_bar_2_bar__minus_30 - location
        loc_bar_3_bar__minus_12_bar_0_bar_0 - location
        loc_bar__minus_10_bar_2_bar_0_bar_45 - location
        loc_bar__minus_10_bar__minus_9_bar_0_bar__minus_30 - location
        loc_bar_0_bar_7_bar_0_bar_15 - location
        loc_bar__minus_4_bar__minus_4_bar_2_bar__minus_30 - location
        loc_bar__minus_12_bar_8_bar_3_bar_15 - location
        loc_bar_11_bar__minus_11_bar_1_bar_45 - location
        loc_bar_2_bar_6_bar_0_bar__minus_30 - location
        loc_bar_11_bar_6_bar_0_bar_0 - location
        loc_bar_7_bar_11_bar_0_bar_45 - location
        loc_bar__minus_7_bar_9_bar_0_bar_30 - location
        loc_bar_5_bar_8_bar_3_bar_30 - location
        )
(:init
        (atLocation agent1 loc_bar_5_bar_8_bar_3_bar_30)
        (receptacleType Sofa_bar__plus_01_dot_52_bar__minus_02_dot_23_bar__plus_02_dot_26 SofaType)
        (receptacleAtLocation Sofa_bar__plus_01_dot_52_bar__minus_02_dot_23_bar__plus_02_dot_26 loc_bar_10_bar__minus_3_bar_2_bar__minus_30)
        (receptacleType ArmChair_bar__plus_01_dot_18_bar__minus_00_dot_02_bar__minus_01_dot_09 ArmChairType)
        (receptacleAtLocation ArmChair_bar__plus_01_dot_18_bar__minus_00_dot_02_bar__minus_01_dot_09 loc_bar_3_bar__minus_12_bar_0_bar_0)
        (receptacleType CoffeeTable_bar__plus_01_dot_46_bar__minus_00_dot_52_bar__plus_02_dot_51 CoffeeTableType)
        (receptacleAtLocation CoffeeTable_bar__plus_01_dot_46_bar__minus_00_dot_52_bar__plus_02_dot_51 loc_bar__minus_10_bar_2_bar_0_bar_45)
        (receptacleType SideTable_bar__minus_00_dot_89_bar__plus_00_dot_06_bar__plus_01_dot_87 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_00_dot_89_bar__plus_00_dot_06_bar__plus_01_dot_87 loc_bar__minus_10_bar__minus_9_bar_0_bar__minus_30)
        (receptacleType SideTable_bar__plus_02_dot_62_bar__minus_02_dot_85_bar__minus_02_dot_53 SideTableType)
        (receptacleAtLocation SideTable_bar__plus_02_dot_62_bar__minus_02_dot_85_bar__minus_02_dot_53 loc_bar_0_bar_7_bar_0_bar_15)
        (receptacleType TVStand_bar__plus_02_dot_68_bar__minus_03_dot_00_bar__minus_02_dot_13 TVStandType)
        (receptacleAtLocation TVStand_bar__plus_02_dot_68_bar__minus_03_dot_00_bar__minus_02_dot_13 loc_bar__minus_4_bar__minus_4_bar_2_bar__minus_30)
        (receptacleType Drawer_bar__plus_00_dot_37_bar__plus_01_dot_99_bar__plus_01_dot_61 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_00_dot_37_bar__plus_01_dot_99_bar__plus_01_dot_61 loc_bar__minus_12_bar_8_bar_3_bar_15)
        (openable Drawer_bar__plus_00_dot_37_bar__plus_01_dot_99_bar__plus_01_dot_61)
        (receptacleType Drawer_bar__minus_00_dot_96_bar__minus_02_dot_08_bar__plus_01_dot_24 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_00_dot_96_bar__minus_02_dot_08_bar__plus_01_dot_24 loc_bar_11_bar__minus_11_bar_1_bar_45)
        (openable Drawer_bar__minus_00_dot_96_bar__minus_02_dot_08_bar__plus_01_dot_24)
        (receptacleType Cabinet_bar__minus_01_dot_94_bar__plus_02_dot_21_bar__plus_02_dot_57 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_94_bar__plus_02_dot_21_bar__plus_02_dot_57 loc_bar_2_bar_6_bar_0_bar__minus_30)
        (openable Cabinet_bar__minus_01_dot_94_bar__plus_02_dot_21_bar__plus_02_dot_57)
        (receptacleType Shelf_bar__plus_00_dot_71_bar__minus_01_dot_14_bar__plus_02_dot_82 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_00_dot_71_bar__minus_01_dot_14_bar__plus_02_dot_82 loc_bar_11_bar_6_bar_0_bar_0)
        (receptacleType Shelf_bar__minus_02_dot_74_bar__plus_01_dot_28_bar__plus_00_dot_50 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_02_dot_74_bar__plus_01_dot_28_bar__plus_00_dot_50 loc_bar_7_bar_11_bar_0_bar_45)
        (receptacleType GarbageCan_bar__minus_01_dot_00_bar__minus_00_dot_35_bar__minus_00_dot_34 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_01_dot_00_bar__minus_00_dot_35_bar__minus_00_dot_34 loc_bar__minus_7_bar_9_bar_0_bar_30)
        (objectType CellPhone_bar__plus_01_dot_73_bar__plus_02_dot_55_bar__minus_00_dot_48 CellPhoneType)
        (inReceptacle CellPhone_bar__plus_01_dot_73_bar__plus_02_dot_55_bar__minus_00_dot_48 Shelf_bar__plus_00_dot_71_bar__minus_01_dot_14_bar__plus_02_dot_82)
        (objectAtLocation CellPhone_bar__plus_01_dot_73_bar__plus_02_dot_55_bar__minus_00_dot_48 loc_bar_11_bar_6_bar_0_bar_0)
        (pickupable CellPhone_bar__plus_01_dot_73_bar__plus_02_dot_55_bar__minus_00_dot_48)
        (objectType CellPhone_bar__minus_02_dot_10_bar__plus_01_dot_89_bar__minus_01_dot_98 CellPhoneType)
        (inReceptacle CellPhone_bar__minus_02_dot_10_bar__plus_01_dot_89_bar__minus_01_dot_98 SideTable_bar__minus_00_dot_89_bar__plus_00_dot_06_bar__plus_01_dot_87)
        (objectAtLocation CellPhone_bar__minus_02_dot_10_bar__plus_01_dot_89_bar__minus_01_dot_98 loc_bar__minus_10_bar__minus_9_bar_0_bar__minus_30)
        (pickupable CellPhone_bar__minus_02_dot_10_bar__plus_01_dot_89_bar__minus_01_dot_98)
        (objectType RemoteControl_bar__plus_00_dot_30_bar__minus_00_dot_74_bar__minus_00_dot_40 RemoteControlType)
        (inReceptacle RemoteControl_bar__plus_00_dot_30_bar__minus_00_dot_74_bar__minus_00_dot_40 SideTable_bar__minus_00_dot_89_bar__plus_00_dot_06_bar__plus_01_dot_87)
        (objectAtLocation RemoteControl_bar__plus_00_dot_30_bar__minus_00_dot_74_bar__minus_00_dot_40 loc_bar__minus_10_bar__minus_9_bar_0_bar__minus_30)
        (pickupable RemoteControl_bar__plus_00_dot_30_bar__minus_00_dot_74_bar__minus_00_dot_40)
        (objectType Laptop_bar__minus_02_dot_50_bar__plus_01_dot_32_bar__plus_01_dot_26 LaptopType)
        (inReceptacle Laptop_bar__minus_02_dot_50_bar__plus_01_dot_32_bar__plus_01_dot_26 ArmChair_bar__plus_01_dot_18_bar__minus_00_dot_02_bar__minus_01_dot_09)
        (objectAtLocation Laptop_bar__minus_02_dot_50_bar__plus_01_dot_32_bar__plus_01_dot_26 loc_bar_3_bar__minus_12_bar_0_bar_0)
        (pickupable Laptop_bar__minus_02_dot_50_bar__plus_01_dot_32_bar__plus_01_dot_26)
        (objectType Box_bar__minus_02_dot_10_bar__plus_02_dot_35_bar__plus_00_dot_88 BoxType)
        (inReceptacle Box_bar__minus_02_dot_10_bar__plus_02_dot_35_bar__plus_00_dot_88 CoffeeTable_bar__plus_01_dot_46_bar__minus_00_dot_52_bar__plus_02_dot_51)
        (objectAtLocation Box_bar__minus_02_dot_10_bar__plus_02_dot_35_bar__plus_00_dot_88 loc_bar__minus_10_bar_2_bar_0_bar_45)
        (pickupable Box_bar__minus_02_dot_10_bar__plus_02_dot_35_bar__plus_00_dot_88)
        (isReceptacleObject Box_bar__minus_02_dot_10_bar__plus_02_dot_35_bar__plus_00_dot_88)
        (objectType Candle_bar__minus_00_dot_70_bar__minus_00_dot_40_bar__minus_00_dot_51 CandleType)
        (inReceptacle Candle_bar__minus_00_dot_70_bar__minus_00_dot_40_bar__minus_00_dot_51 Cabinet_bar__minus_01_dot_94_bar__plus_02_dot_21_bar__plus_02_dot_57)
        (objectAtLocation Candle_bar__minus_00_dot_70_bar__minus_00_dot_40_bar__minus_00_dot_51 loc_bar_2_bar_6_bar_0_bar__minus_30)
        (pickupable Candle_bar__minus_00_dot_70_bar__minus_00_dot_40_bar__minus_00_dot_51)
        (objectType Bowl_bar__plus_02_dot_82_bar__plus_01_dot_00_bar__minus_01_dot_92 BowlType)
        (inReceptacle Bowl_bar__plus_02_dot_82_bar__plus_01_dot_00_bar__minus_01_dot_92 Cabinet_bar__minus_01_dot_94_bar__plus_02_dot_21_bar__plus_02_dot_57)
        (objectAtLocation Bowl_bar__plus_02_dot_82_bar__plus_01_dot_00_bar__minus_01_dot_92 loc_bar_2_bar_6_bar_0_bar__minus_30)
        (pickupable Bowl_bar__plus_02_dot_82_bar__plus_01_dot_00_bar__minus_01_dot_92)
        (cleanable Bowl_bar__plus_02_dot_82_bar__plus_01_dot_00_bar__minus_01_dot_92)
        (coolable Bowl_bar__plus_02_dot_82_bar__plus_01_dot_00_bar__minus_01_dot_92)
        (isReceptacleObject Bowl_bar__plus_02_dot_82_bar__plus_01_dot_00_bar__minus_01_dot_92)
        (objectType Bowl_bar__plus_02_dot_97_bar__minus_02_dot_43_bar__plus_01_dot_80 BowlType)
        (inReceptacle Bowl_bar__plus_02_dot_97_bar__minus_02_dot_43_bar__plus_01_dot_80 Shelf_bar__minus_02_dot_74_bar__plus_01_dot_28_bar__plus_00_dot_50)
        (objectAtLocation Bowl_bar__plus_02_dot_97_bar__minus_02_dot_43_bar__plus_01_dot_80 loc_bar_7_bar_11_bar_0_bar_45)
        (pickupable Bowl_bar__plus_02_dot_97_bar__minus_02_dot_43_bar__plus_01_dot_80)
        (cleanable Bowl_bar__plus_02_dot_97_bar__minus_02_dot_43_bar__plus_01_dot_80)
        (coolable Bowl_bar__plus_02_dot_97_bar__minus_02_dot_43_bar__plus_01_dot_80)
        (isReceptacleObject Bowl_bar__plus_02_dot_97_bar__minus_02_dot_43_bar__plus_01_dot_80)
        (objectType Newspaper_bar__plus_02_dot_65_bar__plus_01_dot_69_bar__minus_01_dot_12 NewspaperType)
        (inReceptacle Newspaper_bar__plus_02_dot_65_bar__plus_01_dot_69_bar__minus_01_dot_12 GarbageCan_bar__minus_01_dot_00_bar__minus_00_dot_35_bar__minus_00_dot_34)
        (objectAtLocation Newspaper_bar__plus_02_dot_65_bar__plus_01_dot_69_bar__minus_01_dot_12 loc_bar__minus_7_bar_9_bar_0_bar_30)
        (pickupable Newspaper_bar__plus_02_dot_65_bar__plus_01_dot_69_bar__minus_01_dot_12)
        (objectType Newspaper_bar__plus_01_dot_50_bar__minus_01_dot_29_bar__plus_01_dot_49 NewspaperType)
        (inReceptacle Newspaper_bar__plus_01_dot_50_bar__minus_01_dot_29_bar__plus_01_dot_49 CoffeeTable_bar__plus_01_dot_46_bar__minus_00_dot_52_bar__plus_02_dot_51)
        (objectAtLocation Newspaper_bar__plus_01_dot_50_bar__minus_01_dot_29_bar__plus_01_dot_49 loc_bar__minus_10_bar_2_bar_0_bar_45)
        (pickupable Newspaper_bar__plus_01_dot_50_bar__minus_01_dot_29_bar__plus_01_dot_49)
        (objectType DeskLamp_bar__minus_02_dot_50_bar__plus_00_dot_78_bar__minus_02_dot_61 DeskLampType)
        (inReceptacle DeskLamp_bar__minus_02_dot_50_bar__plus_00_dot_78_bar__minus_02_dot_61 SideTable_bar__plus_02_dot_62_bar__minus_02_dot_85_bar__minus_02_dot_53)
        (objectAtLocation DeskLamp_bar__minus_02_dot_50_bar__plus_00_dot_78_bar__minus_02_dot_61 loc_bar_0_bar_7_bar_0_bar_15)
        (toggleable DeskLamp_bar__minus_02_dot_50_bar__plus_00_dot_78_bar__minus_02_dot_61)
        (canContain ArmChairType BoxType)
        (canContain ArmChairType CellPhoneType)
        (canContain ArmChairType LaptopType)
        (canContain ArmChairType NewspaperType)
        (canContain ArmChairType RemoteControlType)
        (canContain CabinetType BowlType)
        (canContain CabinetType BoxType)
        (canContain CabinetType CandleType)
        (canContain CabinetType NewspaperType)
        (canContain CoffeeTableType BowlType)
        (canContain CoffeeTableType BoxType)
        (canContain CoffeeTableType CandleType)
        (canContain CoffeeTableType CellPhoneType)
        (canContain CoffeeTableType LaptopType)
        (canContain CoffeeTableType NewspaperType)
        (canContain CoffeeTableType RemoteControlType)
        (canContain DrawerType CandleType)
        (canContain DrawerType CellPhoneType)
        (canContain DrawerType NewspaperType)
        (canContain DrawerType RemoteControlType)
        (canContain GarbageCanType NewspaperType)
        (canContain ShelfType BowlType)
        (canContain ShelfType BoxType)
        (canContain ShelfType CandleType)
        (canContain ShelfType CellPhoneType)
        (canContain ShelfType NewspaperType)
        (canContain ShelfType RemoteControlType)
        (canContain SideTableType BowlType)
        (canContain SideTableType BoxType)
        (canContain SideTableType CandleType)
        (canContain SideTableType CellPhoneType)
        (canContain SideTableType LaptopType)
        (canContain SideTableType NewspaperType)
        (canContain SideTableType RemoteControlType)
        (canContain SofaType BoxType)
        (canContain SofaType CellPhoneType)
        (canContain SofaType LaptopType)
        (canContain SofaType NewspaperType)
        (canContain SofaType RemoteControlType)
        )
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 CellPhoneType)
                                    (receptacleType ?r CoffeeTableType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 CellPhoneType)
                                            (receptacleType ?r CoffeeTableType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
