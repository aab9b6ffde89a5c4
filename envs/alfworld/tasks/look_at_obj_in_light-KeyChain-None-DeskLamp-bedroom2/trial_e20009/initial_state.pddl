(define (problem plan_trial_e20009)
(:domain alfred)
(:objects
        agent1 - agent
        AlarmClockType - otype
        BasketBallType - otype
        CellPhoneType - otype
        DeskLampType - otype
        KeyChainType - otype
        MugType - otype
        PillowType - otype
        ArmChairType - rtype
        BedType - rtype
        DrawerType - rtype
        DresserType - rtype
        GarbageCanType - rtype
        SafeType - rtype
        ShelfType - rtype
        SideTableType - rtype
        KeyChain_bar__plus_00_dot_30_bar__minus_01_dot_43_bar__plus_00_dot_81 - object
        CellPhone_bar__minus_02_dot_27_bar__plus_00_dot_78_bar__plus_00_dot_45 - object
        BasketBall_bar__plus_02_dot_76_bar__plus_02_dot_10_bar__minus_01_dot_27 - object
        BasketBall_bar__plus_01_dot_22_bar__minus_02_dot_56_bar__minus_01_dot_44 - object
        AlarmClock_bar__plus_00_dot_72_bar__minus_01_dot_61_bar__minus_01_dot_01 - object
        Pillow_bar__plus_01_dot_01_bar__minus_01_dot_16_bar__plus_01_dot_26 - object
        Pillow_bar__minus_01_dot_25_bar__minus_02_dot_16_bar__minus_02_dot_92 - object
        Mug_bar__minus_01_dot_08_bar__plus_01_dot_68_bar__plus_02_dot_71 - object
        DeskLamp_bar__minus_00_dot_76_bar__minus_00_dot_11_bar__plus_02_dot_11 - object
        Bed_bar__plus_01_dot_01_bar__plus_00_dot_75_bar__minus_01_dot_44 - receptacle
        Drawer_bar__plus_01_dot_10_bar__minus_02_dot_09_bar__plus_00_dot_36 - receptacle
        Drawer_bar__minus_01_dot_20_bar__plus_00_dot_62_bar__minus_02_dot_14 - receptacle
        Dresser_bar__plus_01_dot_25_bar__minus_00_dot_28_bar__minus_00_dot_40 - receptacle
        SideTable_bar__plus_02_dot_96_bar__plus_00_dot_22_bar__plus_02_dot_84 - receptacle
        SideTable_bar__minus_00_dot_16_bar__minus_00_dot_93_bar__minus_00_dot_61 - receptacle
        Shelf_bar__minus_02_dot_20_bar__minus_01_dot_99_bar__plus_01_dot_19 - receptacle
        GarbageCan_bar__plus_00_dot_30_bar__plus_02_dot_97_bar__minus_00_dot_45 - receptacle
        Safe_bar__minus_02_dot_89_bar__plus_02_dot_79_bar__plus_01_dot_78 - receptacle
        ArmChair_bar__plus_02_dot_65_bar__minus_00_dot_13_bar__plus_01_dot_32 - receptacle
        loc_bar_7_bar_0_bar_1_bar_0 - location
        loc_bar_6_bar_10_bar_2_bar_30 - location
        loc_bar__minus_9_bar_5_bar_2_bar__minus_30 - location
        loc_bar_2_bar_0_bar_1_bar__minus_30 - location
        loc_bar_6_bar__minus_2_bar_0_bar_0 - location
        loc_bar__minus_5_bar__minus_3_bar_2_bar_15 - location
        loc_bar_4_bar_3_bar_3_bar_30 - location
        loc_bar__minus_12_bar__minus_12_bar_0_bar_45 - location
        loc_bar__minus_12_bar_1_bar_2_bar_30 - location
        loc_bar__minus_12_bar__minus_4_bar_3_bar_15 - location
        loc_bar__minus_3_bar_8_bar_0_bar_0 - location
        )
(:init
        (atLocation agent1 loc_bar__minus_3_bar_8_bar_0_bar_0)
        (receptacleType Bed_bar__plus_01_dot_01_bar__plus_00_dot_75_bar__minus_01_dot_44 BedType)
        (receptacleAtLocation Bed_bar__plus_01_dot_01_bar__plus_00_dot_75_bar__minus_01_dot_44 loc_bar_7_bar_0_bar_1_bar_0)
        (receptacleType Drawer_bar__plus_01_dot_10_bar__minus_02_dot_09_bar__plus_00_dot_36 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_10_bar__minus_02_dot_09_bar__plus_00_dot_36 loc_bar_6_bar_10_bar_2_bar_30)
        (openable Drawer_bar__plus_01_dot_10_bar__minus_02_dot_09_bar__plus_00_dot_36)
        (receptacleType Drawer_bar__minus_01_dot_20_bar__plus_00_dot_62_bar__minus_02_dot_14 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_20_bar__plus_00_dot_62_bar__minus_02_dot_14 loc_bar__minus_9_bar_5_bar_2_bar__minus_30)
        (openable Drawer_bar__minus_01_dot_20_bar__plus_00_dot_62_bar__minus_02_dot_14)
        (receptacleType Dresser_bar__plus_01_dot_25_bar__minus_00_dot_28_bar__minus_00_dot_40 DresserType)
        (receptacleAtLocation Dresser_bar__plus_01_dot_25_bar__minus_00_dot_28_bar__minus_00_dot_40 loc_bar_2_bar_0_bar_1_bar__minus_30)
        (receptacleType SideTable_bar__plus_02_dot_96_bar__plus_00_dot_22_bar__plus_02_dot_84 SideTableType)
        (receptacleAtLocation SideTable_bar__plus_02_dot_96_bar__plus_00_dot_22_bar__plus_02_dot_84 loc_bar_6_bar__minus_2_bar_0_bar_0)
        (receptacleType SideTable_bar__minus_00_dot_16_bar__minus_00_dot_93_bar__minus_00_dot_61 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_00_dot_16_bar__minus_00_dot_93_bar__minus_00_dot_61 loc_bar__minus_5_bar__minus_3_bar_2_bar_15)
        (receptacleType Shelf_bar__minus_02_dot_20_bar__minus_01_dot_99_bar__plus_01_dot_19 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_02_dot_20_bar__minus_01_dot_99_bar__plus_01_dot_19 loc_bar_4_bar_3_bar_3_bar_30)
        (receptacleType GarbageCan_bar__plus_00_dot_30_bar__plus_02_dot_97_bar__minus_00_dot_45 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_00_dot_30_bar__plus_02_dot_97_bar__minus_00_dot_45 loc_bar__minus_12_bar__minus_12_bar_0_bar_45)
        (receptacleType Safe_bar__minus_02_dot_89_bar__plus_02_dot_79_bar__plus_01_dot_78 SafeType)
        (receptacleAtLocation Safe_bar__minus_02_dot_89_bar__plus_02_dot_79_bar__plus_01_dot_78 loc_bar__minus_12_bar_1_bar_2_bar_30)
        (openable Safe_bar__minus_02_dot_89_bar__plus_02_dot_79_bar__plus_01_dot_78)
        (receptacleType ArmChair_bar__plus_02_dot_65_bar__minus_00_dot_13_bar__plus_01_dot_32 ArmChairType)
        (receptacleAtLocation ArmChair_bar__plus_02_dot_65_bar__minus_00_dot_13_bar__plus_01_dot_32 loc_bar__minus_12_bar__minus_4_bar_3_bar_15)
        (objectType KeyChain_bar__plus_00_dot_30_bar__minus_01_dot_43_bar__plus_00_dot_81 KeyChainType)
        (inReceptacle KeyChain_bar__plus_00_dot_30_bar__minus_01_dot_43_bar__plus_00_dot_81 Dresser_bar__plus_01_dot_25_bar__minus_00_dot_28_bar__minus_00_dot_40)
        (objectAtLocation KeyChain_bar__plus_00_dot_30_bar__minus_01_dot_43_bar__plus_00_dot_81 loc_bar_2_bar_0_bar_1_bar__minus_30)
        (pickupable KeyChain_bar__plus_00_dot_30_bar__minus_01_dot_43_bar__plus_00_dot_81)
        (objectType CellPhone_bar__minus_02_dot_27_bar__plus_00_dot_78_bar__plus_00_dot_45 CellPhoneType)
        (inReceptacle CellPhone_bar__minus_02_dot_27_bar__plus_00_dot_78_bar__plus_00_dot_45 Safe_bar__minus_02_dot_89_bar__plus_02_dot_79_bar__plus_01_dot_78)
        (objectAtLocation CellPhone_bar__minus_02_dot_27_bar__plus_00_dot_78_bar__plus_00_dot_45 loc_bar__minus_12_bar_1_bar_2_bar_30)
        (pickupable CellPhone_bar__minus_02_dot_27_bar__plus_00_dot_78_bar__plus_00_dot_45)
        (objectType BasketBall_bar__plus_02_dot_76_bar__plus_02_dot_10_bar__minus_01_dot_27 BasketBallType)
        (inReceptacle BasketBall_bar__plus_02_dot_76_bar__plus_02_dot_10_bar__minus_01_dot_27 Dresser_bar__plus_01_dot_25_bar__minus_00_dot_28_bar__minus_00_dot_40)
        (objectAtLocation BasketBall_bar__plus_02_dot_76_bar__plus_02_dot_10_bar__minus_01_dot_27 loc_bar_2_bar_0_bar_1_bar__minus_30)
        (pickupable BasketBall_bar__plus_02_dot_76_bar__plus_02_dot_10_bar__minus_01_dot_27)
        (objectType BasketBall_bar__plus_01_dot_22_bar__minus_02_dot_56_bar__minus_01_dot_44 BasketBallType)
        (inReceptacle BasketBall_bar__plus_01_dot_22_bar__minus_02_dot_56_bar__minus_01_dot_44 Bed_bar__plus_01_dot_01_bar__plus_00_dot_75_bar__minus_01_dot_44)
        (objectAtLocation BasketBall_bar__plus_01_dot_22_bar__minus_02_dot_56_bar__minus_01_dot_44 loc_bar_7_bar_0_bar_1_bar_0)
        (pickupable BasketBall_bar__plus_01_dot_22_bar__minus_02_dot_56_bar__minus_01_dot_44)
        (objectType AlarmClock_bar__plus_00_dot_72_bar__minus_01_dot_61_bar__minus_01_dot_01 AlarmClockType)
        (inReceptacle AlarmClock_bar__plus_00_dot_72_bar__minus_01_dot_61_bar__minus_01_dot_01 SideTable_bar__plus_02_dot_96_bar__plus_00_dot_22_bar__plus_02_dot_84)
        (objectAtLocation AlarmClock_bar__plus_00_dot_72_bar__minus_01_dot_61_bar__minus_01_dot_01 loc_bar_6_bar__minus_2_bar_0_bar_0)
        (pickupable AlarmClock_bar__plus_00_dot_72_bar__minus_01_dot_61_bar__minus_01_dot_01)
        (objectType Pillow_bar__plus_01_dot_01_bar__minus_01_dot_16_bar__plus_01_dot_26 PillowType)
        (inReceptacle Pillow_bar__plus_01_dot_01_bar__minus_01_dot_16_bar__plus_01_dot_26 Bed_bar__plus_01_dot_01_bar__plus_00_dot_75_bar__minus_01_dot_44)
        (objectAtLocation Pillow_bar__plus_01_dot_01_bar__minus_01_dot_16_bar__plus_01_dot_26 loc_bar_7_bar_0_bar_1_bar_0)
        (pickupable Pillow_bar__plus_01_dot_01_bar__minus_01_dot_16_bar__plus_01_dot_26)
        (objectType Pillow_bar__minus_01_dot_25_bar__minus_02_dot_16_bar__minus_02_dot_92 PillowType)
        (inReceptacle Pillow_bar__minus_01_dot_25_bar__minus_02_dot_16_bar__minus_02_dot_92 Bed_bar__plus_01_dot_01_bar__plus_00_dot_75_bar__minus_01_dot_44)
        (objectAtLocation Pillow_bar__minus_01_dot_25_bar__minus_02_dot_16_bar__minus_02_dot_92 loc_bar_7_bar_0_bar_1_bar_0)
        (pickupable Pillow_bar__minus_01_dot_25_bar__minus_02_dot_16_bar__minus_02_dot_92)
        (objectType Mug_bar__minus_01_dot_08_bar__plus_01_dot_68_bar__plus_02_dot_71 MugType)
        (inReceptacle Mug_bar__minus_01_dot_08_bar__plus_01_dot_68_bar__plus_02_dot_71 SideTable_bar__plus_02_dot_96_bar__plus_00_dot_22_bar__plus_02_dot_84)
        (objectAtLocation Mug_bar__minus_01_dot_08_bar__plus_01_dot_68_bar__plus_02_dot_71 loc_bar_6_bar__minus_2_bar_0_bar_0)
        (pickupable Mug_bar__minus_01_dot_08_bar__plus_01_dot_68_bar__plus_02_dot_71)
        (cleanable Mug_bar__minus_01_dot_08_bar__plus_01_dot_68_bar__plus_02_dot_71)
        (heatable Mug_bar__minus_01_dot_08_bar__plus_01_dot_68_bar__plus_02_dot_71)
        (coolable Mug_bar__minus_01_dot_08_bar__plus_01_dot_68_bar__plus_02_dot_71)
        (isReceptacleObject Mug_bar__minus_01_dot_08_bar__plus_01_dot_68_bar__plus_02_dot_71)
        (objectType DeskLamp_bar__minus_00_dot_76_bar__minus_00_dot_11_bar__plus_02_dot_11 DeskLampType)
        (inReceptacle DeskLamp_bar__minus_00_dot_76_bar__minus_00_dot_11_bar__plus_02_dot_11 SideTable_bar__plus_02_dot_96_bar__plus_00_dot_22_bar__plus_02_dot_84)
        (objectAtLocation DeskLamp_bar__minus_00_dot_76_bar__minus_00_dot_11_bar__plus_02_dot_11 loc_bar_6_bar__minus_2_bar_0_bar_0)
        (toggleable DeskLamp_bar__minus_00_dot_76_bar__minus_00_dot_11_bar__plus_02_dot_11)
        (canContain ArmChairType BasketBallType)
        (canContain ArmChairType CellPhoneType)
        (canContain ArmChairType KeyChainType)
        (canContain ArmChairType PillowType)
        (canContain BedType BasketBallType)
        (canContain BedType CellPhoneType)
        (canContain BedType PillowType)
        (canContain DrawerType CellPhoneType)
        (canContain DrawerType KeyChainType)
        (canContain DresserType AlarmClockType)
        (canContain DresserType BasketBallType)
        (canContain DresserType CellPhoneType)
        (canContain DresserType KeyChainType)
        (canContain DresserType MugType)
        (canContain SafeType CellPhoneType)
        (canContain SafeType KeyChainType)
        (canContain ShelfType AlarmClockType)
        (canContain ShelfType CellPhoneType)
        (canContain ShelfType KeyChainType)
        (canContain ShelfType MugType)
        (canContain SideTableType AlarmClockType)
        (canContain SideTableType BasketBallType)
        (canContain SideTableType CellPhoneType)
        (canContain SideTableType KeyChainType)
        (canContain SideTableType MugType)
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
                         (objectType ?o KeyChainType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
