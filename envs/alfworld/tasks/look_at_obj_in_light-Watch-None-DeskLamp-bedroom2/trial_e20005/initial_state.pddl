(define (problem plan_trial_e20005)
(:domain alfred)
(:objects
        agent1 - agent
        BasketBallType - otype
        BowlType - otype
        CreditCardType - otype
        DeskLampType - otype
        KeyChainType - otype
        MugType - otype
        PencilType - otype
        StatueType - otype
        WatchType - otype
        ArmChairType - rtype
        BedType - rtype
        DrawerType - rtype
        DresserType - rtype
        GarbageCanType - rtype
        SafeType - rtype
        ShelfType - rtype
        SideTableType - rtype
        Watch_bar__plus_02_dot_85_bar__plus_01_dot_16_bar__plus_00_dot_43 - object
        Bowl_bar__plus_02_dot_52_bar__minus_02_dot_61_bar__minus_02_dot_74 - object
        Mug_bar__minus_01_dot_35_bar__plus_01_dot_43_bar__plus_01_dot_21 - object
        BasketBall_bar__plus_02_dot_86_bar__plus_02_dot_22_bar__plus_02_dot_19 - object
        BasketBall_bar__minus_00_dot_73_bar__minus_02_dot_89_bar__minus_01_dot_25 - object
        Pencil_bar__plus_02_dot_53_bar__minus_00_dot_46_bar__plus_00_dot_18 - object
        CreditCard_bar__plus_02_dot_64_bar__plus_02_dot_68_bar__plus_00_dot_99 - object
        Statue_bar__plus_02_dot_67_bar__minus_02_dot_10_bar__plus_01_dot_07 - object
        KeyChain_bar__plus_01_dot_71_bar__minus_01_dot_97_bar__minus_00_dot_80 - object
        KeyChain_bar__minus_00_dot_92_bar__plus_02_dot_08_bar__minus_00_dot_73 - object
        DeskLamp_bar__minus_02_dot_15_bar__minus_02_dot_33_bar__plus_00_dot_76 - object
        Bed_bar__plus_00_dot_52_bar__plus_01_dot_52_bar__minus_00_dot_27 - receptacle
        Drawer_bar__plus_02_dot_84_bar__minus_02_dot_90_bar__minus_00_dot_43 - receptacle
        Drawer_bar__minus_00_dot_16_bar__minus_01_dot_31_bar__minus_02_dot_03 - receptacle
        Dresser_bar__minus_02_dot_25_bar__plus_02_dot_16_bar__minus_00_dot_85 - receptacle
        SideTable_bar__plus_02_dot_94_bar__minus_01_dot_44_bar__minus_02_dot_81 - receptacle
        SideTable_bar__minus_01_dot_32_bar__minus_00_dot_90_bar__plus_02_dot_60 - receptacle
        Shelf_bar__minus_00_dot_88_bar__minus_00_dot_69_bar__minus_00_dot_83 - receptacle
        GarbageCan_bar__plus_02_dot_06_bar__minus_00_dot_66_bar__plus_02_dot_28 - receptacle
        Safe_bar__plus_00_dot_06_bar__plus_00_dot_90_bar__minus_02_dot_01 - receptacle
        ArmChair_bar__plus_00_dot_79_bar__plus_00_dot_72_bar__minus_01_dot_08 - receptacle
        loc_bar_11_bar_6_bar_1_bar_45 - location
        loc_bar_3_bar__minus_6_bar_1_bar_45 - location
        loc_bar__minus_9_bar__minus_10_bar_3_bar__minus_30 - location
        loc_bar__minus_10_bar_0_bar_2_bar_45 - location
        loc_bar_9_bar_4_bar_1_bar_0 - location
        loc_bar__minus_8_bar_9_bar_2_bar_15 - location
        loc_bar__minus_10_bar_11_bar_3_bar_45 - location
        loc_bar__minus_4_bar_3_bar_3_bar_60 - location
        loc_bar__minus_12_bar__minus_8_bar_0_bar_30 - location
        loc_bar_7_bar_5_bar_0_bar_0 - location
        loc_bar_2_bar_6_bar_0_bar_15 - location
        )
(:init
        (atLocation agent1 loc_bar_2_bar_6_bar_0_bar_15)
        (receptacleType Bed_bar__plus_00_dot_52_bar__plus_01_dot_52_bar__minus_00_dot_27 BedType)
        (receptacleAtLocation Bed_bar__plus_00_dot_52_bar__plus_01_dot_52_bar__minus_00_dot_27 loc_bar_11_bar_6_bar_1_bar_45)
        (receptacleType Drawer_bar__plus_02_dot_84_bar__minus_02_dot_90_bar__minus_00_dot_43 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_02_dot_84_bar__minus_02_dot_90_bar__minus_00_dot_43 loc_bar_3_bar__minus_6_bar_1_bar_45)
        (openable Drawer_bar__plus_02_dot_84_bar__minus_02_dot_90_bar__minus_00_dot_43)
        (receptacleType Drawer_bar__minus_00_dot_16_bar__minus_01_dot_31_bar__minus_02_dot_03 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_00_dot_16_bar__minus_01_dot_31_bar__minus_02_dot_03 loc_bar__minus_9_bar__minus_10_bar_3_bar__minus_30)
        (openable Drawer_bar__minus_00_dot_16_bar__minus_01_dot_31_bar__minus_02_dot_03)
        (receptacleType Dresser_bar__minus_02_dot_25_bar__plus_02_dot_16_bar__minus_00_dot_85 DresserType)
        (receptacleAtLocation Dresser_bar__minus_02_dot_25_bar__plus_02_dot_16_bar__minus_00_dot_85 loc_bar__minus_10_bar_0_bar_2_bar_45)
        (receptacleType SideTable_bar__plus_02_dot_94_bar__minus_01_dot_44_bar__minus_02_dot_81 SideTableType)
        (receptacleAtLocation SideTable_bar__plus_02_dot_94_bar__minus_01_dot_44_bar__minus_02_dot_81 loc_bar_9_bar_4_bar_1_bar_0)
        (receptacleType SideTable_bar__minus_01_dot_32_bar__minus_00_dot_90_bar__plus_02_dot_60 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_01_dot_32_bar__minus_00_dot_90_bar__plus_02_dot_60 loc_bar__minus_8_bar_9_bar_2_bar_15)
        (receptacleType Shelf_bar__minus_00_dot_88_bar__minus_00_dot_69_bar__minus_00_dot_83 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_00_dot_88_bar__minus_00_dot_69_bar__minus_00_dot_83 loc_bar__minus_10_bar_11_bar_3_bar_45)
        (receptacleType GarbageCan_bar__plus_02_dot_06_bar__minus_00_dot_66_bar__plus_02_dot_28 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_02_dot_06_bar__minus_00_dot_66_bar__plus_02_dot_28 loc_bar__minus_4_bar_3_bar_3_bar_60)
        (receptacleType Safe_bar__plus_00_dot_06_bar__plus_00_dot_90_bar__minus_02_dot_01 SafeType)
        (receptacleAtLocation Safe_bar__plus_00_dot_06_bar__plus_00_dot_90_bar__minus_02_dot_01 loc_bar__minus_12_bar__minus_8_bar_0_bar_30)
        (openable Safe_bar__plus_00_dot_06_bar__plus_00_dot_90_bar__minus_02_dot_01)
        (receptacleType ArmChair_bar__plus_00_dot_79_bar__plus_00_dot_72_bar__minus_01_dot_08 ArmChairType)
        (receptacleAtLocation ArmChair_bar__plus_00_dot_79_bar__plus_00_dot_72_bar__minus_01_dot_08 loc_bar_7_bar_5_bar_0_bar_0)
        (objectType Watch_bar__plus_02_dot_85_bar__plus_01_dot_16_bar__plus_00_dot_43 WatchType)
        (inReceptacle Watch_bar__plus_02_dot_85_bar__plus_01_dot_16_bar__plus_00_dot_43 Drawer_bar__minus_00_dot_16_bar__minus_01_dot_31_bar__minus_02_dot_03)
        (objectAtLocation Watch_bar__plus_02_dot_85_bar__plus_01_dot_16_bar__plus_00_dot_43 loc_bar__minus_9_bar__minus_10_bar_3_bar__minus_30)
        (pickupable Watch_bar__plus_02_dot_85_bar__plus_01_dot_16_bar__plus_00_dot_43)
        (objectType Bowl_bar__plus_02_dot_52_bar__minus_02_dot_61_bar__minus_02_dot_74 BowlType)
        (inReceptacle Bowl_bar__plus_02_dot_52_bar__minus_02_dot_61_bar__minus_02_dot_74 Shelf_bar__minus_00_dot_88_bar__minus_00_dot_69_bar__minus_00_dot_83)
        (objectAtLocation Bowl_bar__plus_02_dot_52_bar__minus_02_dot_61_bar__minus_02_dot_74 loc_bar__minus_10_bar_11_bar_3_bar_45)
        (pickupable Bowl_bar__plus_02_dot_52_bar__minus_02_dot_61_bar__minus_02_dot_74)
        (cleanable Bowl_bar__plus_02_dot_52_bar__minus_02_dot_61_bar__minus_02_dot_74)
        (coolable Bowl_bar__plus_02_dot_52_bar__minus_02_dot_61_bar__minus_02_dot_74)
        (isReceptacleObject Bowl_bar__plus_02_dot_52_bar__minus_02_dot_61_bar__minus_02_dot_74)
        (objectType Mug_bar__minus_01_dot_35_bar__plus_01_dot_43_bar__plus_01_dot_21 MugType)
        (inReceptacle Mug_bar__minus_01_dot_35_bar__plus_01_dot_43_bar__plus_01_dot_21 Shelf_bar__minus_00_dot_88_bar__minus_00_dot_69_bar__minus_00_dot_83)
        (objectAtLocation Mug_bar__minus_01_dot_35_bar__plus_01_dot_43_bar__plus_01_dot_21 loc_bar__minus_10_bar_11_bar_3_bar_45)
        (pickupable Mug_bar__minus_01_dot_35_bar__plus_01_dot_43_bar__plus_01_dot_21)
        (cleanable Mug_bar__minus_01_dot_35_bar__plus_01_dot_43_bar__plus_01_dot_21)
        (heatable Mug_bar__minus_01_dot_35_bar__plus_01_dot_43_bar__plus_01_dot_21)
        (coolable Mug_bar__minus_01_dot_35_bar__plus_01_dot_43_bar__plus_01_dot_21)
        (isReceptacleObject Mug_bar__minus_01_dot_35_bar__plus_01_dot_43_bar__plus_01_dot_21)
        (objectType BasketBall_bar__plus_02_dot_86_bar__plus_02_dot_22_bar__plus_02_dot_19 BasketBallType)
        (inReceptacle BasketBall_bar__plus_02_dot_86_bar__plus_02_dot_22_bar__plus_02_dot_19 Bed_bar__plus_00_dot_52_bar__plus_01_dot_52_bar__minus_00_dot_27)
        (objectAtLocation BasketBall_bar__plus_02_dot_86_bar__plus_02_dot_22_bar__plus_02_dot_19 loc_bar_11_bar_6_bar_1_bar_45)
        (pickupable BasketBall_bar__plus_02_dot_86_bar__plus_02_dot_22_bar__plus_02_dot_19)
        (objectType BasketBall_bar__minus_00_dot_73_bar__minus_02_dot_89_bar__minus_01_dot_25 BasketBallType)
        (inReceptacle BasketBall_bar__minus_00_dot_73_bar__minus_02_dot_89_bar__minus_01_dot_25 Dresser_bar__minus_02_dot_25_bar__plus_02_dot_16_bar__minus_00_dot_85)
        (objectAtLocation BasketBall_bar__minus_00_dot_73_bar__minus_02_dot_89_bar__minus_01_dot_25 loc_bar__minus_10_bar_0_bar_2_bar_45)
        (pickupable BasketBall_bar__minus_00_dot_73_bar__minus_02_dot_89_bar__minus_01_dot_25)
        (objectType Pencil_bar__plus_02_dot_53_bar__minus_00_dot_46_bar__plus_00_dot_18 PencilType)
        (inReceptacle Pencil_bar__plus_02_dot_53_bar__minus_00_dot_46_bar__plus_00_dot_18 Dresser_bar__minus_02_dot_25_bar__plus_02_dot_16_bar__minus_00_dot_85)
        (objectAtLocation Pencil_bar__plus_02_dot_53_bar__minus_00_dot_46_bar__plus_00_dot_18 loc_bar__minus_10_bar_0_bar_2_bar_45)
        (pickupable Pencil_bar__plus_02_dot_53_bar__minus_00_dot_46_bar__plus_00_dot_18)
        (objectType CreditCard_bar__plus_02_dot_64_bar__plus_02_dot_68_bar__plus_00_dot_99 CreditCardType)
        (inReceptacle CreditCard_bar__plus_02_dot_64_bar__plus_02_dot_68_bar__plus_00_dot_99 SideTable_bar__minus_01_dot_32_bar__minus_00_dot_90_bar__plus_02_dot_60)
        (objectAtLocation CreditCard_bar__plus_02_dot_64_bar__plus_02_dot_68_bar__plus_00_dot_99 loc_bar__minus_8_bar_9_bar_2_bar_15)
        (pickupable CreditCard_bar__plus_02_dot_64_bar__plus_02_dot_68_bar__plus_00_dot_99)
        (objectType Statue_bar__plus_02_dot_67_bar__minus_02_dot_10_bar__plus_01_dot_07 StatueType)
        (inReceptacle Statue_bar__plus_02_dot_67_bar__minus_02_dot_10_bar__plus_01_dot_07 Shelf_bar__minus_00_dot_88_bar__minus_00_dot_69_bar__minus_00_dot_83)
        (objectAtLocation Statue_bar__plus_02_dot_67_bar__minus_02_dot_10_bar__plus_01_dot_07 loc_bar__minus_10_bar_11_bar_3_bar_45)
        (pickupable Statue_bar__plus_02_dot_67_bar__minus_02_dot_10_bar__plus_01_dot_07)
        (objectType KeyChain_bar__plus_01_dot_71_bar__minus_01_dot_97_bar__minus_00_dot_80 KeyChainType)
        (inReceptacle KeyChain_bar__plus_01_dot_71_bar__minus_01_dot_97_bar__minus_00_dot_80 Dresser_bar__minus_02_dot_25_bar__plus_02_dot_16_bar__minus_00_dot_85)
        (objectAtLocation KeyChain_bar__plus_01_dot_71_bar__minus_01_dot_97_bar__minus_00_dot_80 loc_bar__minus_10_bar_0_bar_2_bar_45)
        (pickupable KeyChain_bar__plus_01_dot_71_bar__minus_01_dot_97_bar__minus_00_dot_80)
        (objectType KeyChain_bar__minus_00_dot_92_bar__plus_02_dot_08_bar__minus_00_dot_73 KeyChainType)
        (inReceptacle KeyChain_bar__minus_00_dot_92_bar__plus_02_dot_08_bar__minus_00_dot_73 Shelf_bar__minus_00_dot_88_bar__minus_00_dot_69_bar__minus_00_dot_83)
        (objectAtLocation KeyChain_bar__minus_00_dot_92_bar__plus_02_dot_08_bar__minus_00_dot_73 loc_bar__minus_10_bar_11_bar_3_bar_45)
        (pickupable KeyChain_bar__minus_00_dot_92_bar__plus_02_dot_08_bar__minus_00_dot_73)
        (objectType DeskLamp_bar__minus_02_dot_15_bar__minus_02_dot_33_bar__plus_00_dot_76 DeskLampType)
        (inReceptacle DeskLamp_bar__minus_02_dot_15_bar__minus_02_dot_33_bar__plus_00_dot_76 SideTable_bar__minus_01_dot_32_bar__minus_00_dot_90_bar__plus_02_dot_60)
        (objectAtLocation DeskLamp_bar__minus_02_dot_15_bar__minus_02_dot_33_bar__plus_00_dot_76 loc_bar__minus_8_bar_9_bar_2_bar_15)
        (toggleable DeskLamp_bar__minus_02_dot_15_bar__minus_02_dot_33_bar__plus_00_dot_76)
        (canContain ArmChairType BasketBallType)
        (canContain ArmChairType CreditCardType)
        (canContain ArmChairType KeyChainType)
        (canContain BedType BasketBallType)
        (canContain DrawerType CreditCardType)
        (canContain DrawerType KeyChainType)
        (canContain DrawerType PencilType)
        (canContain DrawerType WatchType)
        (canContain DresserType BasketBallType)
        (canContain DresserType BowlType)
        (canContain DresserType CreditCardType)
        (canContain DresserType KeyChainType)
        (canContain DresserType MugType)
        (canContain DresserType PencilType)
        (canContain DresserType StatueType)
        (canContain DresserType WatchType)
        (canContain GarbageCanType PencilType)
        (canContain SafeType CreditCardType)
        (canContain SafeType KeyChainType)
        (canContain SafeType StatueType)
        (canContain SafeType WatchType)
        (canContain ShelfType BowlType)
        (canContain ShelfType CreditCardType)
        (canContain ShelfType KeyChainType)
        (canContain ShelfType MugType)
        (canContain ShelfType PencilType)
        (canContain ShelfType StatueType)
        (canContain ShelfType WatchType)
        (canContain SideTableType BasketBallType)
        (canContain SideTableType BowlType)
        (canContain SideTableType CreditCardType)
        (canContain SideTableType KeyChainType)
        (canContain SideTableType MugType)
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
                         (objectType ?o WatchType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
