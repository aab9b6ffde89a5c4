(define (problem plan_trial_e20003)
(:domain alfred)
(:objects
        agent1 - agent
        BowlType - otype
        CellPhoneType - otype
        CreditCardType - otype
        DeskLampType - otype
        KeyChainType - otype
        LaptopType - otype
        NewspaperType - otype
        CoffeeTableType - rtype
        DiningTableType - rtype
        DrawerType - rtype
        DresserType - rtype
        GarbageCanType - rtype
        OttomanType - rtype
        ShelfType - rtype
        SofaType - rtype
        Laptop_bar__plus_02_dot_03_bar__plus_02_dot_54_bar__minus_02_dot_88 - object
        Laptop_bar__minus_02_dot_23_bar__minus_01_dot_92_bar__minus_00_dot_20 - object
        KeyChain_bar__minus_01_dot_63_bar__plus_02_dot_61_bar__minus_00_dot_45 - object
        Bowl_bar__plus_00_dot_65_bar__plus_01_dot_92_bar__plus_01_dot_55 - object
        CellPhone_bar__plus_01_dot_17_bar__minus_01_dot_62_bar__minus_01_dot_99 - object
        Newspaper_bar__plus_00_dot_20_bar__minus_02_dot_84_bar__plus_00_dot_75 - object
        CreditCard_bar__minus_02_dot_59_bar__plus_01_dot_07_bar__plus_01_dot_37 - object
        DeskLamp_bar__minus_00_dot_95_bar__minus_02_dot_99_bar__plus_02_dot_84 - object
        Sofa_bar__minus_00_dot_72_bar__minus_02_dot_40_bar__minus_01_dot_37 - receptacle
        Sofa_bar__plus_00_dot_07_bar__plus_02_dot_52_bar__minus_02_dot_47 - receptacle
        CoffeeTable_bar__plus_02_dot_90_bar__minus_02_dot_24_bar__minus_00_dot_69 - receptacle
        DiningTable_bar__minus_01_dot_90_bar__minus_01_dot_03_bar__plus_01_dot_01 - receptacle
        Ottoman_bar__minus_02_dot_22_bar__plus_00_dot_92_bar__plus_00_dot_73 - receptacle
        Dresser_bar__plus_02_dot_52_bar__plus_02_dot_30_bar__minus_02_dot_22 - receptacle
        Drawer_bar__minus_02_dot_54_bar__plus_02_dot_67_bar__minus_01_dot_99 - receptacle
        Drawer_bar__plus_02_dot_87_bar__minus_02_dot_59_bar__minus_01_dot_37 - receptacle
        Drawer_bar__plus_00_dot_76_bar__plus_02_dot_37_bar__minus_01_dot_33 - receptacle
        Shelf_bar__minus_00_dot_54_bar__plus_02_dot_65_bar__minus_01_dot_43 - receptacle
        Shelf_bar__plus_00_dot_59_bar__plus_00_dot_62_bar__plus_02_dot_93 - receptacle
        Shelf_bar__plus_00_dot_94_bar__minus_00_dot_07_bar__minus_00_dot_79 - receptacle
        GarbageCan_bar__minus_01_dot_73_bar__plus_00_dot_41_bar__minus_02_dot_62 - receptacle
        loc_bar__minus_5_bar__minus_11_bar_0_bar_15 - location
        loc_bar__minus_3_bar_0_bar_0_bar_60 - location
        loc_bar_11_bar_0_bar_0_bar_45 - location
        loc_bar__minus_11_bar__minus_5_bar_1_bar_30 - location
        loc_bar__minus_9_bar_8_bar_0_bar__minus_30 - location
        loc_bar_2_bar_0_bar_2_bar__minus_30 - location
        loc_bar_8_bar__minus_8_bar_2_bar_0 - location
        loc_bar_6_bar__minus_3_bar_1_bar_30 - location
        loc_bar_5_bar_12_bar_1_bar_0 - location
        loc_bar_12_bar__minus_9_bar_2_bar__minus_30 - location
        loc_bar__minus_10_bar__minus_5_bar_1_bar_30 - location
        loc_bar_12_bar_8_bar_1_bar_30 - location
        loc_bar__minus_10_bar__minus_12_bar_0_bar_15 - location
        loc_bar__minus_3_bar_0_bar_1_bar_45 - location
        )
(:init
        (atLocation agent1 loc_bar__minus_3_bar_0_bar_1_bar_45)
        (receptacleType Sofa_bar__minus_00_dot_72_bar__minus_02_dot_40_bar__minus_01_dot_37 SofaType)
        (receptacleAtLocation Sofa_bar__minus_00_dot_72_bar__minus_02_dot_40_bar__minus_01_dot_37 loc_bar__minus_5_bar__minus_11_bar_0_bar_15)
        (receptacleType Sofa_bar__plus_00_dot_07_bar__plus_02_dot_52_bar__minus_02_dot_47 SofaType)
        (receptacleAtLocation Sofa_bar__plus_00_dot_07_bar__plus_02_dot_52_bar__minus_02_dot_47 loc_bar__minus_3_bar_0_bar_0_bar_60)
        (receptacleType CoffeeTable_bar__plus_02_dot_90_bar__minus_02_dot_24_bar__minus_00_dot_69 CoffeeTableType)
        (receptacleAtLocation CoffeeTable_bar__plus_02_dot_90_bar__minus_02_dot_24_bar__minus_00_dot_69 loc_bar_11_bar_0_bar_0_bar_45)
        (receptacleType DiningTable_bar__minus_01_dot_90_bar__minus_01_dot_03_bar__plus_01_dot_01 DiningTableType)
        (receptacleAtLocation DiningTable_bar__minus_01_dot_90_bar__minus_01_dot_03_bar__plus_01_dot_01 loc_bar__minus_11_bar__minus_5_bar_1_bar_30)
        (receptacleType Ottoman_bar__minus_02_dot_22_bar__plus_00_dot_92_bar__plus_00_dot_73 OttomanType)
        (receptacleAtLocation Ottoman_bar__minus_02_dot_22_bar__plus_00_dot_92_bar__plus_00_dot_73 loc_bar__minus_9_bar_8_bar_0_bar__minus_30)
        (receptacleType Dresser_bar__plus_02_dot_52_bar__plus_02_dot_30_bar__minus_02_dot_22 DresserType)
        (receptacleAtLocation Dresser_bar__plus_02_dot_52_bar__plus_02_dot_30_bar__minus_02_dot_22 loc_bar_2_bar_0_bar_2_bar__minus_30)
        (receptacleType Drawer_bar__minus_02_dot_54_bar__plus_02_dot_67_bar__minus_01_dot_99 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_02_dot_54_bar__plus_02_dot_67_bar__minus_01_dot_99 loc_bar_8_bar__minus_8_bar_2_bar_0)
        (openable Drawer_bar__minus_02_dot_54_bar__plus_02_dot_67_bar__minus_01_dot_99)
        (receptacleType Drawer_bar__plus_02_dot_87_bar__minus_02_dot_59_bar__minus_01_dot_37 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_02_dot_87_bar__minus_02_dot_59_bar__minus_01_dot_37 loc_bar_6_bar__minus_3_bar_1_bar_30)
        (openable Drawer_bar__plus_02_dot_87_bar__minus_02_dot_59_bar__minus_01_dot_37)
        (receptacleType Drawer_bar__plus_00_dot_76_bar__plus_02_dot_37_bar__minus_01_dot_33 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_00_dot_76_bar__plus_02_dot_37_bar__minus_01_dot_33 loc_bar_5_bar_12_bar_1_bar_0)
        (openable Drawer_bar__plus_00_dot_76_bar__plus_02_dot_37_bar__minus_01_dot_33)
        (receptacleType Shelf_bar__minus_00_dot_54_bar__plus_02_dot_65_bar__minus_01_dot_43 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_00_dot_54_bar__plus_02_dot_65_bar__minus_01_dot_43 loc_bar_12_bar__minus_9_bar_2_bar__minus_30)
        (receptacleType Shelf_bar__plus_00_dot_59_bar__plus_00_dot_62_bar__plus_02_dot_93 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_00_dot_59_bar__plus_00_dot_62_bar__plus_02_dot_93 loc_bar__minus_10_bar__minus_5_bar_1_bar_30)
        (receptacleType Shelf_bar__plus_00_dot_94_bar__minus_00_dot_07_bar__minus_00_dot_79 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_00_dot_94_bar__minus_00_dot_07_bar__minus_00_dot_79 loc_bar_12_bar_8_bar_1_bar_30)
        (receptacleType GarbageCan_bar__minus_01_dot_73_bar__plus_00_dot_41_bar__minus_02_dot_62 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_01_dot_73_bar__plus_00_dot_41_bar__minus_02_dot_62 loc_bar__minus_10_bar__minus_12_bar_0_bar_15)
        (objectType Laptop_bar__plus_02_dot_03_bar__plus_02_dot_54_bar__minus_02_dot_88 LaptopType)
        (inReceptacle Laptop_bar__plus_02_dot_03_bar__plus_02_dot_54_bar__minus_02_dot_88 Sofa_bar__plus_00_dot_07_bar__plus_02_dot_52_bar__minus_02_dot_47)
        (objectAtLocation Laptop_bar__plus_02_dot_03_bar__plus_02_dot_54_bar__minus_02_dot_88 loc_bar__minus_3_bar_0_bar_0_bar_60)
        (pickupable Laptop_bar__plus_02_dot_03_bar__plus_02_dot_54_bar__minus_02_dot_88)
        (objectType Laptop_bar__minus_02_dot_23_bar__minus_01_dot_92_bar__minus_00_dot_20 LaptopType)
        (inReceptacle Laptop_bar__minus_02_dot_23_bar__minus_01_dot_92_bar__minus_00_dot_20 Dresser_bar__plus_02_dot_52_bar__plus_02_dot_30_bar__minus_02_dot_22)
        (objectAtLocation Laptop_bar__minus_02_dot_23_bar__minus_01_dot_92_bar__minus_00_dot_20 loc_bar_2_bar_0_bar_2_bar__minus_30)
        (pickupable Laptop_bar__minus_02_dot_23_bar__minus_01_dot_92_bar__minus_00_dot_20)
        (objectType KeyChain_bar__minus_01_dot_63_bar__plus_02_dot_61_bar__minus_00_dot_45 KeyChainType)
        (inReceptacle KeyChain_bar__minus_01_dot_63_bar__plus_02_dot_61_bar__minus_00_dot_45 CoffeeTable_bar__plus_02_dot_90_bar__minus_02_dot_24_bar__minus_00_dot_69)
        (objectAtLocation KeyChain_bar__minus_01_dot_63_bar__plus_02_dot_61_bar__minus_00_dot_45 loc_bar_11_bar_0_bar_0_bar_45)
        (pickupable KeyChain_bar__minus_01_dot_63_bar__plus_02_dot_61_bar__minus_00_dot_45)
        (objectType Bowl_bar__plus_00_dot_65_bar__plus_01_dot_92_bar__plus_01_dot_55 BowlType)
        (inReceptacle Bowl_bar__plus_00_dot_65_bar__plus_01_dot_92_bar__plus_01_dot_55 CoffeeTable_bar__plus_02_dot_90_bar__minus_02_dot_24_bar__minus_00_dot_69)
        (objectAtLocation Bowl_bar__plus_00_dot_65_bar__plus_01_dot_92_bar__plus_01_dot_55 loc_bar_11_bar_0_bar_0_bar_45)
        (pickupable Bowl_bar__plus_00_dot_65_bar__plus_01_dot_92_bar__plus_01_dot_55)
        (cleanable Bowl_bar__plus_00_dot_65_bar__plus_01_dot_92_bar__plus_01_dot_55)
        (coolable Bowl_bar__plus_00_dot_65_bar__plus_01_dot_92_bar__plus_01_dot_55)
        (isReceptacleObject Bowl_bar__plus_00_dot_65_bar__plus_01_dot_92_bar__plus_01_dot_55)
        (objectType CellPhone_bar__plus_01_dot_17_bar__minus_01_dot_62_bar__minus_01_dot_99 CellPhoneType)
        (inReceptacle CellPhone_bar__plus_01_dot_17_bar__minus_01_dot_62_bar__minus_01_dot_99 Ottoman_bar__minus_02_dot_22_bar__plus_00_dot_92_bar__plus_00_dot_73)
        (objectAtLocation CellPhone_bar__plus_01_dot_17_bar__minus_01_dot_62_bar__minus_01_dot_99 loc_bar__minus_9_bar_8_bar_0_bar__minus_30)
        (pickupable CellPhone_bar__plus_01_dot_17_bar__minus_01_dot_62_bar__minus_01_dot_99)
        (objectType Newspaper_bar__plus_00_dot_20_bar__minus_02_dot_84_bar__plus_00_dot_75 NewspaperType)
        (inReceptacle Newspaper_bar__plus_00_dot_20_bar__minus_02_dot_84_bar__plus_00_dot_75 Sofa_bar__plus_00_dot_07_bar__plus_02_dot_52_bar__minus_02_dot_47)
        (objectAtLocation Newspaper_bar__plus_00_dot_20_bar__minus_02_dot_84_bar__plus_00_dot_75 loc_bar__minus_3_bar_0_bar_0_bar_60)
        (pickupable Newspaper_bar__plus_00_dot_20_bar__minus_02_dot_84_bar__plus_00_dot_75)
        (objectType CreditCard_bar__minus_02_dot_59_bar__plus_01_dot_07_bar__plus_01_dot_37 CreditCardType)
        (inReceptacle CreditCard_bar__minus_02_dot_59_bar__plus_01_dot_07_bar__plus_01_dot_37 Drawer_bar__plus_02_dot_87_bar__minus_02_dot_59_bar__minus_01_dot_37)
        (objectAtLocation CreditCard_bar__minus_02_dot_59_bar__plus_01_dot_07_bar__plus_01_dot_37 loc_bar_6_bar__minus_3_bar_1_bar_30)
        (pickupable CreditCard_bar__minus_02_dot_59_bar__plus_01_dot_07_bar__plus_01_dot_37)
        (objectType DeskLamp_bar__minus_00_dot_95_bar__minus_02_dot_99_bar__plus_02_dot_84 DeskLampType)
        (inReceptacle DeskLamp_bar__minus_00_dot_95_bar__minus_02_dot_99_bar__plus_02_dot_84 Dresser_bar__plus_02_dot_52_bar__plus_02_dot_30_bar__minus_02_dot_22)
        (objectAtLocation DeskLamp_bar__minus_00_dot_95_bar__minus_02_dot_99_bar__plus_02_dot_84 loc_bar_2_bar_0_bar_2_bar__minus_30)
        (toggleable DeskLamp_bar__minus_00_dot_95_bar__minus_02_dot_99_bar__plus_02_dot_84)
        (canContain CoffeeTableType BowlType)
        (canContain CoffeeTableType CellPhoneType)
        (canContain CoffeeTableType CreditCardType)
        (canContain CoffeeTableType KeyChainType)
        (canContain CoffeeTableType LaptopType)
        (canContain CoffeeTableType NewspaperType)
        (canContain DiningTableType BowlType)
        (canContain DiningTableType CellPhoneType)
        (canContain DiningTableType CreditCardType)
        (canContain DiningTableType KeyChainType)
        (canContain DiningTableType LaptopType)
        (canContain DiningTableType NewspaperType)
        (canContain DrawerType CellPhoneType)
        (canContain DrawerType CreditCardType)
        (canContain DrawerType KeyChainType)
        (canContain DrawerType NewspaperType)
        (canContain DresserType BowlType)
        (canContain DresserType CellPhoneType)
        (canContain DresserType CreditCardType)
        (canContain DresserType KeyChainType)
        (canContain DresserType LaptopType)
        (canContain DresserType NewspaperType)
        (canContain GarbageCanType NewspaperType)
        (canContain OttomanType CellPhoneType)
        (canContain OttomanType CreditCardType)
        (canContain OttomanType KeyChainType)
        (canContain OttomanType LaptopType)
        (canContain OttomanType NewspaperType)
        (canContain ShelfType BowlType)
        (canContain ShelfType CellPhoneType)
        (canContain ShelfType CreditCardType)
        (canContain ShelfType KeyChainType)
        (canContain ShelfType NewspaperType)
        (canContain SofaType CellPhoneType)
        (canContain SofaType CreditCardType)
        (canContain SofaType KeyChainType)
        (canContain SofaType LaptopType)
        (canContain SofaType NewspaperType)
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
                         (objectType ?o LaptopType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
