(define (problem plan_trial_e20007)
(:domain alfred)
(:objects
        agent1 - agent
        BowlType - otype
        CellPhoneType - otype
        CreditCardType - otype
        DeskLampType - otype
        NewspaperType - otype
        PillowType - otype
        RemoteControlType - otype
        StatueType - otype
        TissueBoxType - otype
        CoffeeTableType - rtype
        DiningTableType - rtype
        DrawerType - rtype
        DresserType - rtype
        GarbageCanType - rtype
        OttomanType - rtype
        ShelfType - rtype
        SofaType - rtype
        CreditCard_bar__minus_01_dot_10_bar__plus_02_dot_86_bar__plus_01_dot_10 - object
        CreditCard_bar__plus_01_dot_56_bar__minus_00_dot_22_bar__plus_01_dot_71 - object
        CellPhone_bar__plus_02_dot_54_bar__plus_02_dot_69_bar__plus_01_dot_44 - object
        CellPhone_bar__minus_02_dot_13_bar__plus_01_dot_39_bar__minus_02_dot_88 - object
        Newspaper_bar__plus_02_dot_49_bar__plus_02_dot_99_bar__plus_02_dot_07 - object
        Statue_bar__plus_00_dot_09_bar__plus_02_dot_13_bar__minus_01_dot_30 - object
        Pillow_bar__plus_02_dot_72_bar__minus_00_dot_02_bar__minus_02_dot_67 - object
        TissueBox_bar__minus_01_dot_91_bar__minus_00_dot_35_bar__plus_02_dot_22 - object
        Bowl_bar__plus_00_dot_33_bar__plus_02_dot_61_bar__plus_01_dot_43 - object
        RemoteControl_bar__plus_02_dot_21_bar__plus_00_dot_34_bar__plus_02_dot_30 - object
        DeskLamp_bar__plus_02_dot_08_bar__minus_01_dot_13_bar__plus_02_dot_44 - object
        Sofa_bar__plus_01_dot_06_bar__minus_02_dot_72_bar__plus_02_dot_85 - receptacle
        Sofa_bar__plus_00_dot_30_bar__minus_02_dot_73_bar__minus_00_dot_98 - receptacle
        CoffeeTable_bar__plus_01_dot_94_bar__plus_01_dot_24_bar__plus_02_dot_50 - receptacle
        DiningTable_bar__minus_01_dot_48_bar__plus_01_dot_76_bar__plus_01_dot_03 - receptacle
        Ottoman_bar__plus_00_dot_55_bar__plus_01_dot_70_bar__plus_01_dot_53 - receptacle
        Dresser_bar__minus_02_dot_43_bar__plus_00_dot_35_bar__minus_00_dot_37 - receptacle
        Drawer_bar__plus_01_dot_50_bar__plus_00_dot_64_bar__minus_02_dot_40 - receptacle
        Drawer_bar__minus_00_dot_80_bar__minus_00_dot_61_bar__plus_01_dot_69 - receptacle
        Drawer_bar__minus_01_dot_59_bar__minus_02_dot_20_bar__minus_01_dot_92 - receptacle
        Shelf_bar__plus_01_dot_87_bar__plus_02_dot_11_bar__minus_02_dot_57 - receptacle
        Shelf_bar__minus_01_dot_89_bar__minus_01_dot_89_bar__minus_00_dot_73 - receptacle
        Shelf_bar__minus_00_dot_60_bar__minus_01_dot_06_bar__plus_00_dot_96 - receptacle
        GarbageCan_bar__plus_00_dot_48_bar__minus_00_dot_40_bar__minus_02_dot_83 - receptacle
        loc_bar_11_bar__minus_2_bar_2_bar_15 - location
        loc_bar__minus_5_bar_2_bar_3_bar_0 - location
        loc_bar_6_bar__minus_4_bar_0_bar_60 - location
        loc_bar_7_bar_2_bar_0_bar_30 - location
        loc_bar__minus_10_bar_6_bar_1_bar_15 - location
        loc_bar_0_bar__minus_4_bar_1_bar_30 - location
        loc_bar_10_bar_1_bar_0_bar_0 - location
        loc_bar_3_bar_0_bar_1_bar_45 - location
        loc_bar__minus_7_bar_10_bar_3_bar__minus_30 - location
        loc_bar_2_bar__minus_2_bar_2_bar_45 - location
        loc_bar__minus_11_bar__minus_1_bar_1_bar_60 - location
        loc_bar__minus_9_bar_10_bar_2_bar_45 - location
        loc_bar__minus_5_bar_0_bar_2_bar_45 - location
        loc_bar_10_bar__minus_2_bar_2_bar_45 - location
        )
(:init
        (atLocation agent1 loc_bar_10_bar__minus_2_bar_2_bar_45)
        (receptacleType Sofa_bar__plus_01_dot_06_bar__minus_02_dot_72_bar__plus_02_dot_85 SofaType)
        (receptacleAtLocation Sofa_bar__plus_01_dot_06_bar__minus_02_dot_72_bar__plus_02_dot_85 loc_bar_11_bar__minus_2_bar_2_bar_15)
        (receptacleType Sofa_bar__plus_00_dot_30_bar__minus_02_dot_73_bar__minus_00_dot_98 SofaType)
        (receptacleAtLocation Sofa_bar__plus_00_dot_30_bar__minus_02_dot_73_bar__minus_00_dot_98 loc_bar__minus_5_bar_2_bar_3_bar_0)
        (receptacleType CoffeeTable_bar__plus_01_dot_94_bar__plus_01_dot_24_bar__plus_02_dot_50 CoffeeTableType)
        (receptacleAtLocation CoffeeTable_bar__plus_01_dot_94_bar__plus_01_dot_24_bar__plus_02_dot_50 loc_bar_6_bar__minus_4_bar_0_bar_60)
        (receptacleType DiningTable_bar__minus_01_dot_48_bar__plus_01_dot_76_bar__plus_01_dot_03 DiningTableType)
        (receptacleAtLocation DiningTable_bar__minus_01_dot_48_bar__plus_01_dot_76_bar__plus_01_dot_03 loc_bar_7_bar_2_bar_0_bar_30)
        (receptacleType Ottoman_bar__plus_00_dot_55_bar__plus_01_dot_70_bar__plus_01_dot_53 OttomanType)
        (receptacleAtLocation Ottoman_bar__plus_00_dot_55_bar__plus_01_dot_70_bar__plus_01_dot_53 loc_bar__minus_10_bar_6_bar_1_bar_15)
        (receptacleType Dresser_bar__minus_02_dot_43_bar__plus_00_dot_35_bar__minus_00_dot_37 DresserType)
        (receptacleAtLocation Dresser_bar__minus_02_dot_43_bar__plus_00_dot_35_bar__minus_00_dot_37 loc_bar_0_bar__minus_4_bar_1_bar_30)
        (receptacleType Drawer_bar__plus_01_dot_50_bar__plus_00_dot_64_bar__minus_02_dot_40 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_50_bar__plus_00_dot_64_bar__minus_02_dot_40 loc_bar_10_bar_1_bar_0_bar_0)
        (openable Drawer_bar__plus_01_dot_50_bar__plus_00_dot_64_bar__minus_02_dot_40)
        (receptacleType Drawer_bar__minus_00_dot_80_bar__minus_00_dot_61_bar__plus_01_dot_69 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_00_dot_80_bar__minus_00_dot_61_bar__plus_01_dot_69 loc_bar_3_bar_0_bar_1_bar_45)
        (openable Drawer_bar__minus_00_dot_80_bar__minus_00_dot_61_bar__plus_01_dot_69)
        (receptacleType Drawer_bar__minus_01_dot_59_bar__minus_02_dot_20_bar__minus_01_dot_92 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_59_bar__minus_02_dot_20_bar__minus_01_dot_92 loc_bar__minus_7_bar_10_bar_3_bar__minus_30)
        (openable Drawer_bar__minus_01_dot_59_bar__minus_02_dot_20_bar__minus_01_dot_92)
        (receptacleType Shelf_bar__plus_01_dot_87_bar__plus_02_dot_11_bar__minus_02_dot_57 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_01_dot_87_bar__plus_02_dot_11_bar__minus_02_dot_57 loc_bar_2_bar__minus_2_bar_2_bar_45)
        (receptacleType Shelf_bar__minus_01_dot_89_bar__minus_01_dot_89_bar__minus_00_dot_73 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_01_dot_89_bar__minus_01_dot_89_bar__minus_00_dot_73 loc_bar__minus_11_bar__minus_1_bar_1_bar_60)
        (receptacleType Shelf_bar__minus_00_dot_60_bar__minus_01_dot_06_bar__plus_00_dot_96 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_00_dot_60_bar__minus_01_dot_06_bar__plus_00_dot_96 loc_bar__minus_9_bar_10_bar_2_bar_45)
        (receptacleType GarbageCan_bar__plus_00_dot_48_bar__minus_00_dot_40_bar__minus_02_dot_83 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_00_dot_48_bar__minus_00_dot_40_bar__minus_02_dot_83 loc_bar__minus_5_bar_0_bar_2_bar_45)
        (objectType CreditCard_bar__minus_01_dot_10_bar__plus_02_dot_86_bar__plus_01_dot_10 CreditCardType)
        (inReceptacle CreditCard_bar__minus_01_dot_10_bar__plus_02_dot_86_bar__plus_01_dot_10 Sofa_bar__plus_00_dot_30_bar__minus_02_dot_73_bar__minus_00_dot_98)
        (objectAtLocation CreditCard_bar__minus_01_dot_10_bar__plus_02_dot_86_bar__plus_01_dot_10 loc_bar__minus_5_bar_2_bar_3_bar_0)
        (pickupable CreditCard_bar__minus_01_dot_10_bar__plus_02_dot_86_bar__plus_01_dot_10)
        (objectType CreditCard_bar__plus_01_dot_56_bar__minus_00_dot_22_bar__plus_01_dot_71 CreditCardType)
        (inReceptacle CreditCard_bar__plus_01_dot_56_bar__minus_00_dot_22_bar__plus_01_dot_71 DiningTable_bar__minus_01_dot_48_bar__plus_01_dot_76_bar__plus_01_dot_03)
        (objectAtLocation CreditCard_bar__plus_01_dot_56_bar__minus_00_dot_22_bar__plus_01_dot_71 loc_bar_7_bar_2_bar_0_bar_30)
        (pickupable CreditCard_bar__plus_01_dot_56_bar__minus_00_dot_22_bar__plus_01_dot_71)
        (objectType CellPhone_bar__plus_02_dot_54_bar__plus_02_dot_69_bar__plus_01_dot_44 CellPhoneType)
        (inReceptacle CellPhone_bar__plus_02_dot_54_bar__plus_02_dot_69_bar__plus_01_dot_44 Drawer_bar__minus_00_dot_80_bar__minus_00_dot_61_bar__plus_01_dot_69)
        (objectAtLocation CellPhone_bar__plus_02_dot_54_bar__plus_02_dot_69_bar__plus_01_dot_44 loc_bar_3_bar_0_bar_1_bar_45)
        (pickupable CellPhone_bar__plus_02_dot_54_bar__plus_02_dot_69_bar__plus_01_dot_44)
        (objectType CellPhone_bar__minus_02_dot_13_bar__plus_01_dot_39_bar__minus_02_dot_88 CellPhoneType)
        (inReceptacle CellPhone_bar__minus_02_dot_13_bar__plus_01_dot_39_bar__minus_02_dot_88 Ottoman_bar__plus_00_dot_55_bar__plus_01_dot_70_bar__plus_01_dot_53)
        (objectAtLocation CellPhone_bar__minus_02_dot_13_bar__plus_01_dot_39_bar__minus_02_dot_88 loc_bar__minus_10_bar_6_bar_1_bar_15)
        (pickupable CellPhone_bar__minus_02_dot_13_bar__plus_01_dot_39_bar__minus_02_dot_88)
        (objectType Newspaper_bar__plus_02_dot_49_bar__plus_02_dot_99_bar__plus_02_dot_07 NewspaperType)
        (inReceptacle Newspaper_bar__plus_02_dot_49_bar__plus_02_dot_99_bar__plus_02_dot_07 Shelf_bar__minus_01_dot_89_bar__minus_01_dot_89_bar__minus_00_dot_73)
        (objectAtLocation Newspaper_bar__plus_02_dot_49_bar__plus_02_dot_99_bar__plus_02_dot_07 loc_bar__minus_11_bar__minus_1_bar_1_bar_60)
        (pickupable Newspaper_bar__plus_02_dot_49_bar__plus_02_dot_99_bar__plus_02_dot_07)
        (objectType Statue_bar__plus_00_dot_09_bar__plus_02_dot_13_bar__minus_01_dot_30 StatueType)
        (inReceptacle Statue_bar__plus_00_dot_09_bar__plus_02_dot_13_bar__minus_01_dot_30 CoffeeTable_bar__plus_01_dot_94_bar__plus_01_dot_24_bar__plus_02_dot_50)
        (objectAtLocation Statue_bar__plus_00_dot_09_bar__plus_02_dot_13_bar__minus_01_dot_30 loc_bar_6_bar__minus_4_bar_0_bar_60)
        (pickupable Statue_bar__plus_00_dot_09_bar__plus_02_dot_13_bar__minus_01_dot_30)
        (objectType Pillow_bar__plus_02_dot_72_bar__minus_00_dot_02_bar__minus_02_dot_67 PillowType)
        (inReceptacle Pillow_bar__plus_02_dot_72_bar__minus_00_dot_02_bar__minus_02_dot_67 Ottoman_bar__plus_00_dot_55_bar__plus_01_dot_70_bar__plus_01_dot_53)
        (objectAtLocation Pillow_bar__plus_02_dot_72_bar__minus_00_dot_02_bar__minus_02_dot_67 loc_bar__minus_10_bar_6_bar_1_bar_15)
        (pickupable Pillow_bar__plus_02_dot_72_bar__minus_00_dot_02_bar__minus_02_dot_67)
        (objectType TissueBox_bar__minus_01_dot_91_bar__minus_00_dot_35_bar__plus_02_dot_22 TissueBoxType)
        (inReceptacle TissueBox_bar__minus_01_dot_91_bar__minus_00_dot_35_bar__plus_02_dot_22 Shelf_bar__plus_01_dot_87_bar__plus_02_dot_11_bar__minus_02_dot_57)
        (objectAtLocation TissueBox_bar__minus_01_dot_91_bar__minus_00_dot_35_bar__plus_02_dot_22 loc_bar_2_bar__minus_2_bar_2_bar_45)
        (pickupable TissueBox_bar__minus_01_dot_91_bar__minus_00_dot_35_bar__plus_02_dot_22)
        (objectType Bowl_bar__plus_00_dot_33_bar__plus_02_dot_61_bar__plus_01_dot_43 BowlType)
        (inReceptacle Bowl_bar__plus_00_dot_33_bar__plus_02_dot_61_bar__plus_01_dot_43 DiningTable_bar__minus_01_dot_48_bar__plus_01_dot_76_bar__plus_01_dot_03)
        (objectAtLocation Bowl_bar__plus_00_dot_33_bar__plus_02_dot_61_bar__plus_01_dot_43 loc_bar_7_bar_2_bar_0_bar_30)
        (pickupable Bowl_bar__plus_00_dot_33_bar__plus_02_dot_61_bar__plus_01_dot_43)
        (cleanable Bowl_bar__plus_00_dot_33_bar__plus_02_dot_61_bar__plus_01_dot_43)
        (coolable Bowl_bar__plus_00_dot_33_bar__plus_02_dot_61_bar__plus_01_dot_43)
        (isReceptacleObject Bowl_bar__plus_00_dot_33_bar__plus_02_dot_61_bar__plus_01_dot_43)
        (objectType RemoteControl_bar__plus_02_dot_21_bar__plus_00_dot_34_bar__plus_02_dot_30 RemoteControlType)
        (inReceptacle RemoteControl_bar__plus_02_dot_21_bar__plus_00_dot_34_bar__plus_02_dot_30 Ottoman_bar__plus_00_dot_55_bar__plus_01_dot_70_bar__plus_01_dot_53)
        (objectAtLocation RemoteControl_bar__plus_02_dot_21_bar__plus_00_dot_34_bar__plus_02_dot_30 loc_bar__minus_10_bar_6_bar_1_bar_15)
        (pickupable RemoteControl_bar__plus_02_dot_21_bar__plus_00_dot_34_bar__plus_02_dot_30)
        (objectType DeskLamp_bar__plus_02_dot_08_bar__minus_01_dot_13_bar__plus_02_dot_44 DeskLampType)
        (inReceptacle DeskLamp_bar__plus_02_dot_08_bar__minus_01_dot_13_bar__plus_02_dot_44 Dresser_bar__minus_02_dot_43_bar__plus_00_dot_35_bar__minus_00_dot_37)
        (objectAtLocation DeskLamp_bar__plus_02_dot_08_bar__minus_01_dot_13_bar__plus_02_dot_44 loc_bar_0_bar__minus_4_bar_1_bar_30)
        (toggleable DeskLamp_bar__plus_02_dot_08_bar__minus_01_dot_13_bar__plus_02_dot_44)
        (canContain CoffeeTableType BowlType)
        (canContain CoffeeTableType CellPhoneType)
        (canContain CoffeeTableType CreditCardType)
        (canContain CoffeeTableType NewspaperType)
        (canContain CoffeeTableType RemoteControlType)
        (canContain CoffeeTableType StatueType)
        (canContain CoffeeTableType TissueBoxType)
        (canContain DiningTableType BowlType)
        (canContain DiningTableType CellPhoneType)
        (canContain DiningTableType CreditCardType)
        (canContain DiningTableType NewspaperType)
        (canContain DiningTableType RemoteControlType)
        (canContain DiningTableType StatueType)
        (canContain DiningTableType TissueBoxType)
        (canContain DrawerType CellPhoneType)
        (canContain DrawerType CreditCardType)
        (canContain DrawerType NewspaperType)
        (canContain DrawerType RemoteControlType)
        (canContain DrawerType TissueBoxType)
        (canContain DresserType BowlType)
        (canContain DresserType CellPhoneType)
        (canContain DresserType CreditCardType)
        (canContain DresserType NewspaperType)
        (canContain DresserType RemoteControlType)
        (canContain DresserType StatueType)
        (canContain DresserType TissueBoxType)
        (canContain GarbageCanType NewspaperType)
        (canContain GarbageCanType TissueBoxType)
        (canContain OttomanType CellPhoneType)
        (canContain OttomanType CreditCardType)
        (canContain OttomanType NewspaperType)
        (canContain OttomanType PillowType)
        (canContain OttomanType RemoteControlType)
        (canContain ShelfType BowlType)
        (canContain ShelfType CellPhoneType)
        (canContain ShelfType CreditCardType)
        (canContain ShelfType NewspaperType)
        (canContain ShelfType RemoteControlType)
        (canContain ShelfType StatueType)
        (canContain ShelfType TissueBoxType)
        (canContain SofaType CellPhoneType)
        (canContain SofaType CreditCardType)
        (canContain SofaType NewspaperType)
        (canContain SofaType PillowType)
        (canContain SofaType RemoteControlType)
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
                         (objectType ?o CreditCardType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
