(define (problem plan_trial_e10006)
(:domain alfred)
(:objects
        agent1 - agent
        BowlType - otype
        DeskLampType - otype
        KeyChainType - otype
        LaptopType - otype
        PlateType - otype
        WatchType - otype
        WateringCanType - otype
        ArmChairType - rtype
        CabinetType - rtype
        CoffeeTableType - rtype
        DrawerType - rtype
        GarbageCanType - rtype
        ShelfType - rtype
        SideTableType - rtype
        SofaType - rtype
        TVStandType - rtype
        Bowl_bar__plus_01_dot_81_bar__minus_02_dot_97_bar__plus_00_dot_61 - object
        Bowl_bar__plus_00_dot_07_bar__plus_01_dot_98_bar__minus_00_dot_43 - object
        Watch_bar__plus_01_dot_31_bar__minus_02_dot_08_bar__plus_02_dot_65 - object
        WateringCan_bar__minus_00_dot_56_bar__minus_01_dot_89_bar__minus_00_dot_83 - object
        WateringCan_bar__plus_03_dot_00_bar__minus_02_dot_73_bar__plus_00_dot_90 - object
        KeyChain_bar__minus_02_dot_60_bar__plus_00_dot_22_bar__plus_00_dot_91 - object
        KeyChain_bar__minus_02_dot_79_bar__plus_01_dot_57_bar__minus_02_dot_46 - object
        Laptop_bar__plus_01_dot_45_bar__plus_02_dot_34_bar__minus_02_dot_75 - object
        Laptop_bar__minus_02_dot_54_bar__plus_02_dot_78_bar__minus_00_dot_70 - object
        Plate_bar__plus_01_dot_04_bar__plus_02_dot_25_bar__plus_00_dot_50 - object
        Plate_bar__plus_01_dot_95_bar__plus_00_dot_43_bar__minus_01_dot_60 - object
        DeskLamp_bar__plus_01_dot_89_bar__plus_02_dot_03_bar__plus_01_dot_94 - object
        Sofa_bar__minus_01_dot_25_bar__plus_02_dot_49_bar__minus_01_dot_40 - receptacle
        ArmChair_bar__minus_00_dot_27_bar__plus_01_dot_21_bar__minus_01_dot_20 - receptacle
        CoffeeTable_bar__plus_00_dot_26_bar__minus_02_dot_74_bar__minus_02_dot_49 - receptacle
        SideTable_bar__minus_02_dot_19_bar__plus_02_dot_94_bar__plus_00_dot_08 - receptacle
        SideTable_bar__plus_02_dot_47_bar__plus_02_dot_94_bar__minus_01_dot_25 - receptacle
        TVStand_bar__plus_02_dot_52_bar__plus_02_dot_41_bar__plus_01_dot_98 - receptacle
        Drawer_bar__minus_00_dot_88_bar__minus_01_dot_12_bar__plus_01_dot_13 - receptacle
        Drawer_bar__minus_02_dot_88_bar__minus_01_dot_48_bar__minus_01_dot_43 - receptacle
        Cabinet_bar__plus_01_dot_36_bar__minus_01_dot_26_bar__plus_02_dot_40 - receptacle
        Shelf_bar__minus_00_dot_67_bar__plus_01_dot_61_bar__plus_02_dot_32 - receptacle
        Shelf_bar__plus_02_dot_52_bar__plus_02_dot_06_bar__plus_02_dot_41 - receptacle
        GarbageCan_bar__minus_00_dot_13_bar__plus_00_dot_89_bar__minus_01_dot_22 - receptacle
        loc_bar__minus_7_bar__minus_9_bar_2_bar__minus_30 - location
        loc_bar_2_bar__minus_8_bar_2_bar_0 - location
        loc_bar__minus_6_bar__minus_1_bar_1_bar__minus_30 - location
        loc_bar__minus_3_bar__minus_1_bar_1_bar_30 - location
        loc_bar__minus_11_bar_7_bar_2_bar_30 - location
        loc_bar__minus_9_bar_0_bar_3_bar_30 - location
        loc_bar__minus_9_bar_9_bar_3_bar_45 - location
        loc_bar_6_bar_0_bar_3_bar_30 - location
        loc_bar__minus_7_bar__minus_12_bar_3_bar__minus_30 - location
        loc_bar__minus_11_bar__minus_4_bar_3_bar_30 - location
        loc_bar_8_bar__minus_1_bar_3_bar__minus_30 - location
        loc_bar__minus_5_bar_9_bar_0_bar_45 - location
        loc_bar__minus_5_bar_9_bar_0_bar_0 - location
        )
(:init
        (atLocation agent1 loc_bar__minus_5_bar_9_bar_0_bar_0)
        (receptacleType Sofa_bar__minus_01_dot_25_bar__plus_02_dot_49_bar__minus_01_dot_40 SofaType)
        (receptacleAtLocation Sofa_bar__minus_01_dot_25_bar__plus_02_dot_49_bar__minus_01_dot_40 loc_bar__minus_7_bar__minus_9_bar_2_bar__minus_30)
        (receptacleType ArmChair_bar__minus_00_dot_27_bar__plus_01_dot_21_bar__minus_01_dot_20 ArmChairType)
        (receptacleAtLocation ArmChair_bar__minus_00_dot_27_bar__plus_01_dot_21_bar__minus_01_dot_20 loc_bar_2_bar__minus_8_bar_2_bar_0)
        (receptacleType CoffeeTable_bar__plus_00_dot_26_bar__minus_02_dot_74_bar__minus_02_dot_49 CoffeeTableType)
        (receptacleAtLocation CoffeeTable_bar__plus_00_dot_26_bar__minus_02_dot_74_bar__minus_02_dot_49 loc_bar__minus_6_bar__minus_1_bar_1_bar__minus_30)
        (receptacleType SideTable_bar__minus_02_dot_19_bar__plus_02_dot_94_bar__plus_00_dot_08 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_02_dot_19_bar__plus_02_dot_94_bar__plus_00_dot_08 loc_bar__minus_3_bar__minus_1_bar_1_bar_30)
        (receptacleType SideTable_bar__plus_02_dot_47_bar__plus_02_dot_94_bar__minus_01_dot_25 SideTableType)
        (receptacleAtLocation SideTable_bar__plus_02_dot_47_bar__plus_02_dot_94_bar__minus_01_dot_25 loc_bar__minus_11_bar_7_bar_2_bar_30)
        (receptacleType TVStand_bar__plus_02_dot_52_bar__plus_02_dot_41_bar__plus_01_dot_98 TVStandType)
        (receptacleAtLocation TVStand_bar__plus_02_dot_52_bar__plus_02_dot_41_bar__plus_01_dot_98 loc_bar__minus_9_bar_0_bar_3_bar_30)
        (receptacleType Drawer_bar__minus_00_dot_88_bar__minus_01_dot_12_bar__plus_01_dot_13 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_00_dot_88_bar__minus_01_dot_12_bar__plus_01_dot_13 loc_bar__minus_9_bar_9_bar_3_bar_45)
        (openable Drawer_bar__minus_00_dot_88_bar__minus_01_dot_12_bar__plus_01_dot_13)
        (receptacleType Drawer_bar__minus_02_dot_88_bar__minus_01_dot_48_bar__minus_01_dot_43 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_02_dot_88_bar__minus_01_dot_48_bar__minus_01_dot_43 loc_bar_6_bar_0_bar_3_bar_30)
        (openable Drawer_bar__minus_02_dot_88_bar__minus_01_dot_48_bar__minus_01_dot_43)
        (receptacleType Cabinet_bar__plus_01_dot_36_bar__minus_01_dot_26_bar__plus_02_dot_40 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_36_bar__minus_01_dot_26_bar__plus_02_dot_40 loc_bar__minus_7_bar__minus_12_bar_3_bar__minus_30)
        (openable Cabinet_bar__plus_01_dot_36_bar__minus_01_dot_26_bar__plus_02_dot_40)
        (receptacleType Shelf_bar__minus_00_dot_67_bar__plus_01_dot_61_bar__plus_02_dot_32 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_00_dot_67_bar__plus_01_dot_61_bar__plus_02_dot_32 loc_bar__minus_11_bar__minus_4_bar_3_bar_30)
        (receptacleType Shelf_bar__plus_02_dot_52_bar__plus_02_dot_06_bar__plus_02_dot_41 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_02_dot_52_bar__plus_02_dot_06_bar__plus_02_dot_41 loc_bar_8_bar__minus_1_bar_3_bar__minus_30)
        (receptacleType GarbageCan_bar__minus_00_dot_13_bar__plus_00_dot_89_bar__minus_01_dot_22 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_00_dot_13_bar__plus_00_dot_89_bar__minus_01_dot_22 loc_bar__minus_5_bar_9_bar_0_bar_45)
        (objectType Bowl_bar__plus_01_dot_81_bar__minus_02_dot_97_bar__plus_00_dot_61 BowlType)
        (inReceptacle Bowl_bar__plus_01_dot_81_bar__minus_02_dot_97_bar__plus_00_dot_61 Shelf_bar__minus_00_dot_67_bar__plus_01_dot_61_bar__plus_02_dot_32)
        (objectAtLocation Bowl_bar__plus_01_dot_81_bar__minus_02_dot_97_bar__plus_00_dot_61 loc_bar__minus_11_bar__minus_4_bar_3_bar_30)
        (pickupable Bowl_bar__plus_01_dot_81_bar__minus_02_dot_97_bar__plus_00_dot_61)
        (cleanable Bowl_bar__plus_01_dot_81_bar__minus_02_dot_97_bar__plus_00_dot_61)
        (coolable Bowl_bar__plus_01_dot_81_bar__minus_02_dot_97_bar__plus_00_dot_61)
        (isReceptacleObject Bowl_bar__plus_01_dot_81_bar__minus_02_dot_97_bar__plus_00_dot_61)
        (objectType Bowl_bar__plus_00_dot_07_bar__plus_01_dot_98_bar__minus_00_dot_43 BowlType)
        (inReceptacle Bowl_bar__plus_00_dot_07_bar__plus_01_dot_98_bar__minus_00_dot_43 Shelf_bar__minus_00_dot_67_bar__plus_01_dot_61_bar__plus_02_dot_32)
        (objectAtLocation Bowl_bar__plus_00_dot_07_bar__plus_01_dot_98_bar__minus_00_dot_43 loc_bar__minus_11_bar__minus_4_bar_3_bar_30)
        (pickupable Bowl_bar__plus_00_dot_07_bar__plus_01_dot_98_bar__minus_00_dot_43)
        (cleanable Bowl_bar__plus_00_dot_07_bar__plus_01_dot_98_bar__minus_00_dot_43)
        (coolable Bowl_bar__plus_00_dot_07_bar__plus_01_dot_98_bar__minus_00_dot_43)
        (isReceptacleObject Bowl_bar__plus_00_dot_07_bar__plus_01_dot_98_bar__minus_00_dot_43)
        (objectType Watch_bar__plus_01_dot_31_bar__minus_02_dot_08_bar__plus_02_dot_65 WatchType)
        (inReceptacle Watch_bar__plus_01_dot_31_bar__minus_02_dot_08_bar__plus_02_dot_65 SideTable_bar__plus_02_dot_47_bar__plus_02_dot_94_bar__minus_01_dot_25)
        (objectAtLocation Watch_bar__plus_01_dot_31_bar__minus_02_dot_08_bar__plus_02_dot_65 loc_bar__minus_11_bar_7_bar_2_bar_30)
        (pickupable Watch_bar__plus_01_dot_31_bar__minus_02_dot_08_bar__plus_02_dot_65)
        (objectType WateringCan_bar__minus_00_dot_56_bar__minus_01_dot_89_bar__minus_00_dot_83 WateringCanType)
        (inReceptacle WateringCan_bar__minus_00_dot_56_bar__minus_01_dot_89_bar__minus_00_dot_83 SideTable_bar__plus_02_dot_47_bar__plus_02_dot_94_bar__minus_01_dot_25)
        (objectAtLocation WateringCan_bar__minus_00_dot_56_bar__minus_01_dot_89_bar__minus_00_dot_83 loc_bar__minus_11_bar_7_bar_2_bar_30)
        (pickupable WateringCan_bar__minus_00_dot_56_bar__minus_01_dot_89_bar__minus_00_dot_83)
        (objectType WateringCan_bar__plus_03_dot_00_bar__minus_02_dot_73_bar__plus_00_dot_90 WateringCanType)
        (inReceptacle WateringCan_bar__plus_03_dot_00_bar__minus_02_dot_73_bar__plus_00_dot_90 Cabinet_bar__plus_01_dot_36_bar__minus_01_dot_26_bar__plus_02_dot_40)
        (objectAtLocation WateringCan_bar__plus_03_dot_00_bar__minus_02_dot_73_bar__plus_00_dot_90 loc_bar__minus_7_bar__minus_12_bar_3_bar__minus_30)
        (pickupable WateringCan_bar__plus_03_dot_00_bar__minus_02_dot_73_bar__plus_00_dot_90)
        (objectType KeyChain_bar__minus_02_dot_60_bar__plus_00_dot_22_bar__plus_00_dot_91 KeyChainType)
        (inReceptacle KeyChain_bar__minus_02_dot_60_bar__plus_00_dot_22_bar__plus_00_dot_91 Drawer_bar__minus_02_dot_88_bar__minus_01_dot_48_bar__minus_01_dot_43)
        (objectAtLocation KeyChain_bar__minus_02_dot_60_bar__plus_00_dot_22_bar__plus_00_dot_91 loc_bar_6_bar_0_bar_3_bar_30)
        (pickupable KeyChain_bar__minus_02_dot_60_bar__plus_00_dot_22_bar__plus_00_dot_91)
        (objectType KeyChain_bar__minus_02_dot_79_bar__plus_01_dot_57_bar__minus_02_dot_46 KeyChainType)
        (inReceptacle KeyChain_bar__minus_02_dot_79_bar__plus_01_dot_57_bar__minus_02_dot_46 SideTable_bar__minus_02_dot_19_bar__plus_02_dot_94_bar__plus_00_dot_08)
        (objectAtLocation KeyChain_bar__minus_02_dot_79_bar__plus_01_dot_57_bar__minus_02_dot_46 loc_bar__minus_3_bar__minus_1_bar_1_bar_30)
        (pickupable KeyChain_bar__minus_02_dot_79_bar__plus_01_dot_57_bar__minus_02_dot_46)
        (objectType Laptop_bar__plus_01_dot_45_bar__plus_02_dot_34_bar__minus_02_dot_75 LaptopType)
        (inReceptacle Laptop_bar__plus_01_dot_45_bar__plus_02_dot_34_bar__minus_02_dot_75 ArmChair_bar__minus_00_dot_27_bar__plus_01_dot_21_bar__minus_01_dot_20)
        (objectAtLocation Laptop_bar__plus_01_dot_45_bar__plus_02_dot_34_bar__minus_02_dot_75 loc_bar_2_bar__minus_8_bar_2_bar_0)
        (pickupable Laptop_bar__plus_01_dot_45_bar__plus_02_dot_34_bar__minus_02_dot_75)
        (objectType Laptop_bar__minus_02_dot_54_bar__plus_02_dot_78_bar__minus_00_dot_70 LaptopType)
        (inReceptacle Laptop_bar__minus_02_dot_54_bar__plus_02_dot_78_bar__minus_00_dot_70 ArmChair_bar__minus_00_dot_27_bar__plus_01_dot_21_bar__minus_01_dot_20)
        (objectAtLocation Laptop_bar__minus_02_dot_54_bar__plus_02_dot_78_bar__minus_00_dot_70 loc_bar_2_bar__minus_8_bar_2_bar_0)
        (pickupable Laptop_bar__minus_02_dot_54_bar__plus_02_dot_78_bar__minus_00_dot_70)
        (objectType Plate_bar__plus_01_dot_04_bar__plus_02_dot_25_bar__plus_00_dot_50 PlateType)
        (inReceptacle Plate_bar__plus_01_dot_04_bar__plus_02_dot_25_bar__plus_00_dot_50 Shelf_bar__plus_02_dot_52_bar__plus_02_dot_06_bar__plus_02_dot_41)
        (objectAtLocation Plate_bar__plus_01_dot_04_bar__plus_02_dot_25_bar__plus_00_dot_50 loc_bar_8_bar__minus_1_bar_3_bar__minus_30)
        (pickupable Plate_bar__plus_01_dot_04_bar__plus_02_dot_25_bar__plus_00_dot_50)
        (cleanable Plate_bar__plus_01_dot_04_bar__plus_02_dot_25_bar__plus_00_dot_50)
        (heatable Plate_bar__plus_01_dot_04_bar__plus_02_dot_25_bar__plus_00_dot_50)
        (coolable Plate_bar__plus_01_dot_04_bar__plus_02_dot_25_bar__plus_00_dot_50)
        (isReceptacleObject Plate_bar__plus_01_dot_04_bar__plus_02_dot_25_bar__plus_00_dot_50)
        (objectType Plate_bar__plus_01_dot_95_bar__plus_00_dot_43_bar__minus_01_dot_60 PlateType)
        (inReceptacle Plate_bar__plus_01_dot_95_bar__plus_00_dot_43_bar__minus_01_dot_60 CoffeeTable_bar__plus_00_dot_26_bar__minus_02_dot_74_bar__minus_02_dot_49)
        (objectAtLocation Plate_bar__plus_01_dot_95_bar__plus_00_dot_43_bar__minus_01_dot_60 loc_bar__minus_6_bar__minus_1_bar_1_bar__minus_30)
        (pickupable Plate_bar__plus_01_dot_95_bar__plus_00_dot_43_bar__minus_01_dot_60)
        (cleanable Plate_bar__plus_01_dot_95_bar__plus_00_dot_43_bar__minus_01_dot_60)
        (heatable Plate_bar__plus_01_dot_95_bar__plus_00_dot_43_bar__minus_01_dot_60)
        (coolable Plate_bar__plus_01_dot_95_bar__plus_00_dot_43_bar__minus_01_dot_60)
        (isReceptacleObject Plate_bar__plus_01_dot_95_bar__plus_00_dot_43_bar__minus_01_dot_60)
        (objectType DeskLamp_bar__plus_01_dot_89_bar__plus_02_dot_03_bar__plus_01_dot_94 DeskLampType)
        (inReceptacle DeskLamp_bar__plus_01_dot_89_bar__plus_02_dot_03_bar__plus_01_dot_94 SideTable_bar__plus_02_dot_47_bar__plus_02_dot_94_bar__minus_01_dot_25)
        (objectAtLocation DeskLamp_bar__plus_01_dot_89_bar__plus_02_dot_03_bar__plus_01_dot_94 loc_bar__minus_11_bar_7_bar_2_bar_30)
        (toggleable DeskLamp_bar__plus_01_dot_89_bar__plus_02_dot_03_bar__plus_01_dot_94)
        (canContain ArmChairType KeyChainType)
        (canContain ArmChairType LaptopType)
        (canContain CabinetType BowlType)
        (canContain CabinetType PlateType)
        (canContain CabinetType WateringCanType)
        (canContain CoffeeTableType BowlType)
        (canContain CoffeeTableType KeyChainType)
        (canContain CoffeeTableType LaptopType)
        (canContain CoffeeTableType PlateType)
        (canContain CoffeeTableType WatchType)
        (canContain CoffeeTableType WateringCanType)
        (canContain DrawerType KeyChainType)
        (canContain DrawerType WatchType)
        (canContain DrawerType WateringCanType)
        (canContain ShelfType BowlType)
        (canContain ShelfType KeyChainType)
        (canContain ShelfType PlateType)
        (canContain ShelfType WatchType)
        (canContain ShelfType WateringCanType)
        (canContain SideTableType BowlType)
        (canContain SideTableType KeyChainType)
        (canContain SideTableType LaptopType)
        (canContain SideTableType PlateType)
        (canContain SideTableType WatchType)
        (canContain SideTableType WateringCanType)
        (canContain SofaType KeyChainType)
        (canContain SofaType LaptopType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (inReceptacle ?o ?r)
                            (objectType ?o BowlType)
                            (receptacleType ?r CabinetType)
                        )
                    )
                )
            )
        )
    )
