(define (problem plan_trial_e40005)
(:domain alfred)
(:objects
        agent1 - agent
        AppleType - otype
        CupType - otype
        EggType - otype
        LettuceType - otype
        MugType - otype
        PotType - otype
        SpoonType - otype
        CabinetType - rtype
        CounterTopType - rtype
        DrawerType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SinkBasinType - rtype
        StoveBurnerType - rtype
        ToasterType - rtype
        Egg_bar__plus_01_dot_22_bar__minus_01_dot_77_bar__minus_02_dot_96 - object
        Egg_bar__minus_00_dot_53_bar__minus_01_dot_38_bar__plus_02_dot_77 - object
        Pot_bar__plus_02_dot_49_bar__plus_02_dot_93_bar__minus_02_dot_26 - object
        Mug_bar__minus_01_dot_43_bar__plus_01_dot_31_bar__minus_01_dot_17 - object
        Lettuce_bar__minus_00_dot_57_bar__minus_01_dot_46_bar__minus_00_dot_35 - object
        Cup_bar__minus_01_dot_55_bar__plus_00_dot_10_bar__plus_02_dot_04 - object
        Spoon_bar__minus_00_dot_79_bar__plus_00_dot_52_bar__minus_00_dot_68 - object
        Spoon_bar__minus_00_dot_42_bar__plus_00_dot_71_bar__plus_01_dot_28 - object
        Apple_bar__minus_01_dot_28_bar__plus_02_dot_46_bar__minus_01_dot_64 - object
        Apple_bar__plus_00_dot_17_bar__minus_02_dot_69_bar__minus_00_dot_43 - object
        Cabinet_bar__minus_02_dot_43_bar__minus_02_dot_68_bar__minus_01_dot_40 - receptacle
        Cabinet_bar__plus_00_dot_59_bar__plus_02_dot_96_bar__plus_01_dot_71 - receptacle
        Cabinet_bar__minus_02_dot_82_bar__minus_01_dot_04_bar__plus_00_dot_10 - receptacle
        Cabinet_bar__plus_01_dot_31_bar__minus_02_dot_42_bar__plus_02_dot_26 - receptacle
        Cabinet_bar__minus_01_dot_62_bar__plus_00_dot_77_bar__minus_02_dot_29 - receptacle
        Cabinet_bar__plus_02_dot_60_bar__plus_02_dot_18_bar__plus_02_dot_86 - receptacle
        CounterTop_bar__minus_00_dot_46_bar__minus_01_dot_16_bar__minus_01_dot_62 - receptacle
        Drawer_bar__plus_01_dot_67_bar__plus_00_dot_53_bar__minus_00_dot_92 - receptacle
        Drawer_bar__plus_01_dot_21_bar__plus_01_dot_08_bar__minus_01_dot_67 - receptacle
        Fridge_bar__plus_00_dot_09_bar__minus_02_dot_12_bar__plus_02_dot_41 - receptacle
        Microwave_bar__minus_01_dot_87_bar__plus_01_dot_90_bar__plus_01_dot_67 - receptacle
        Sink_bar__minus_01_dot_69_bar__plus_00_dot_45_bar__minus_01_dot_37_bar_SinkBasin - receptacle
        StoveBurner_bar__plus_02_dot_55_bar__minus_02_dot_36_bar__minus_01_dot_22 - receptacle
        StoveBurner_bar__minus_00_dot_03_bar__plus_02_dot_94_bar__minus_01_dot_29 - receptacle
        StoveBurner_bar__plus_03_dot_00_bar__minus_02_dot_63_bar__minus_02_dot_38 - receptacle
        StoveBurner_bar__minus_02_dot_13_bar__plus_02_dot_10_bar__minus_01_dot_80 - receptacle
        GarbageCan_bar__minus_00_dot_15_bar__plus_02_dot_77_bar__minus_00_dot_46 - receptacle
        Shelf_bar__minus_01_dot_68_bar__plus_01_dot_63_bar__plus_01_dot_00 - receptacle
        Shelf_bar__minus_01_dot_59_bar__plus_02_dot_29_bar__minus_02_dot_31 - receptacle
        Toaster_bar__minus_01_dot_79_bar__plus_02_dot_95_bar__plus_01_dot_66 - receptacle
        loc_bar_7_bar_8_bar_3_bar_30 - location
        loc_bar__minus_4_bar_12_bar_0_bar__minus_30 - location
        loc_bar__minus_4_bar_9_bar_0_bar_30 - location
        loc_bar_8_bar_1_bar_3_bar_15 - location
        loc_bar_5_bar_10_bar_2_bar_45 - location
        loc_bar__minus_11_bar__minus_12_bar_2_bar_0 - location
        loc_bar__minus_4_bar__minus_1_bar_1_bar_30 - location
        loc_bar_1_bar__minus_2_bar_1_bar_60 - location
        loc_bar_10_bar__minus_9_bar_0_bar_30 - location
        loc_bar_2_bar_12_bar_1_bar__minus_30 - location
        loc_bar_11_bar__minus_8_bar_2_bar__minus_30 - location
        loc_bar_4_bar__minus_6_bar_1_bar_60 - location
        loc_bar__minus_6_bar__minus_7_bar_3_bar_60 - location
        loc_bar__minus_8_bar__minus_1_bar_1_bar__minus_30 - location
        loc_bar__minus_1_bar_3_bar_2_bar_45 - location
        loc_bar_2_bar__minus_7_bar_3_bar_45 - location
        loc_bar_10_bar__minus_5_bar_2_bar_60 - location
        loc_bar_1_bar_6_bar_1_bar_0 - location
        loc_bar__minus_5_bar__minus_12_bar_3_bar_15 - location
        loc_bar__minus_7_bar__minus_11_bar_0_bar_60 - location
        loc_bar__minus_11_bar__minus_9_bar_0_bar_15 - location
        )
(:init
        (atLocation agent1 loc_bar__minus_11_bar__minus_9_bar_0_bar_15)
        (receptacleType Cabinet_bar__minus_02_dot_43_bar__minus_02_dot_68_bar__minus_01_dot_40 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_43_bar__minus_02_dot_68_bar__minus_01_dot_40 loc_bar_7_bar_8_bar_3_bar_30)
        (openable Cabinet_bar__minus_02_dot_43_bar__minus_02_dot_68_bar__minus_01_dot_40)
        (receptacleType Cabinet_bar__plus_00_dot_59_bar__plus_02_dot_96_bar__plus_01_dot_71 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_59_bar__plus_02_dot_96_bar__plus_01_dot_71 loc_bar__minus_4_bar_12_bar_0_bar__minus_30)
        (openable Cabinet_bar__plus_00_dot_59_bar__plus_02_dot_96_bar__plus_01_dot_71)
        (receptacleType Cabinet_bar__minus_02_dot_82_bar__minus_01_dot_04_bar__plus_00_dot_10 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_02_dot_82_bar__minus_01_dot_04_bar__plus_00_dot_10 loc_bar__minus_4_bar_9_bar_0_bar_30)
        (openable Cabinet_bar__minus_02_dot_82_bar__minus_01_dot_04_bar__plus_00_dot_10)
        (receptacleType Cabinet_bar__plus_01_dot_31_bar__minus_02_dot_42_bar__plus_02_dot_26 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_31_bar__minus_02_dot_42_bar__plus_02_dot_26 loc_bar_8_bar_1_bar_3_bar_15)
        (openable Cabinet_bar__plus_01_dot_31_bar__minus_02_dot_42_bar__plus_02_dot_26)
        (receptacleType Cabinet_bar__minus_01_dot_62_bar__plus_00_dot_77_bar__minus_02_dot_29 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_62_bar__plus_00_dot_77_bar__minus_02_dot_29 loc_bar_5_bar_10_bar_2_bar_45)
        (openable Cabinet_bar__minus_01_dot_62_bar__plus_00_dot_77_bar__minus_02_dot_29)
        (receptacleType Cabinet_bar__plus_02_dot_60_bar__plus_02_dot_18_bar__plus_02_dot_86 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_60_bar__plus_02_dot_18_bar__plus_02_dot_86 loc_bar__minus_11_bar__minus_12_bar_2_bar_0)
        (openable Cabinet_bar__plus_02_dot_60_bar__plus_02_dot_18_bar__plus_02_dot_86)
        (receptacleType CounterTop_bar__minus_00_dot_46_bar__minus_01_dot_16_bar__minus_01_dot_62 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_00_dot_46_bar__minus_01_dot_16_bar__minus_01_dot_62 loc_bar__minus_4_bar__minus_1_bar_1_bar_30)
        (receptacleType Drawer_bar__plus_01_dot_67_bar__plus_00_dot_53_bar__minus_00_dot_92 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_67_bar__plus_00_dot_53_bar__minus_00_dot_92 loc_bar_1_bar__minus_2_bar_1_bar_60)
        (openable Drawer_bar__plus_01_dot_67_bar__plus_00_dot_53_bar__minus_00_dot_92)
        (receptacleType Drawer_bar__plus_01_dot_21_bar__plus_01_dot_08_bar__minus_01_dot_67 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_21_bar__plus_01_dot_08_bar__minus_01_dot_67 loc_bar_10_bar__minus_9_bar_0_bar_30)
        (openable Drawer_bar__plus_01_dot_21_bar__plus_01_dot_08_bar__minus_01_dot_67)
        (receptacleType Fridge_bar__plus_00_dot_09_bar__minus_02_dot_12_bar__plus_02_dot_41 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_00_dot_09_bar__minus_02_dot_12_bar__plus_02_dot_41 loc_bar_2_bar_12_bar_1_bar__minus_30)
        (openable Fridge_bar__plus_00_dot_09_bar__minus_02_dot_12_bar__plus_02_dot_41)
        (receptacleType Microwave_bar__minus_01_dot_87_bar__plus_01_dot_90_bar__plus_01_dot_67 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_01_dot_87_bar__plus_01_dot_90_bar__plus_01_dot_67 loc_bar_11_bar__minus_8_bar_2_bar__minus_30)
        (openable Microwave_bar__minus_01_dot_87_bar__plus_01_dot_90_bar__plus_01_dot_67)
        (receptacleType Sink_bar__minus_01_dot_69_bar__plus_00_dot_45_bar__minus_01_dot_37_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_01_dot_69_bar__plus_00_dot_45_bar__minus_01_dot_37_bar_SinkBasin loc_bar_4_bar__minus_6_bar_1_bar_60)
        (receptacleType StoveBurner_bar__plus_02_dot_55_bar__minus_02_dot_36_bar__minus_01_dot_22 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_02_dot_55_bar__minus_02_dot_36_bar__minus_01_dot_22 loc_bar__minus_6_bar__minus_7_bar_3_bar_60)
        (receptacleType StoveBurner_bar__minus_00_dot_03_bar__plus_02_dot_94_bar__minus_01_dot_29 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_00_dot_03_bar__plus_02_dot_94_bar__minus_01_dot_29 loc_bar__minus_8_bar__minus_1_bar_1_bar__minus_30)
        (receptacleType StoveBurner_bar__plus_03_dot_00_bar__minus_02_dot_63_bar__minus_02_dot_38 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_03_dot_00_bar__minus_02_dot_63_bar__minus_02_dot_38 loc_bar__minus_1_bar_3_bar_2_bar_45)
        (receptacleType StoveBurner_bar__minus_02_dot_13_bar__plus_02_dot_10_bar__minus_01_dot_80 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_02_dot_13_bar__plus_02_dot_10_bar__minus_01_dot_80 loc_bar_2_bar__minus_7_bar_3_bar_45)
        (receptacleType GarbageCan_bar__minus_00_dot_15_bar__plus_02_dot_77_bar__minus_00_dot_46 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_00_dot_15_bar__plus_02_dot_77_bar__minus_00_dot_46 loc_bar_10_bar__minus_5_bar_2_bar_60)
        (receptacleType Shelf_bar__minus_01_dot_68_bar__plus_01_dot_63_bar__plus_01_dot_00 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_01_dot_68_bar__plus_01_dot_63_bar__plus_01_dot_00 loc_bar_1_bar_6_bar_1_bar_0)
        (receptacleType Shelf_bar__minus_01_dot_59_bar__plus_02_dot_29_bar__minus_02_dot_31 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_01_dot_59_bar__plus_02_dot_29_bar__minus_02_dot_31 loc_bar__minus_5_bar__minus_12_bar_3_bar_15)
        (receptacleType Toaster_bar__minus_01_dot_79_bar__plus_02_dot_95_bar__plus_01_dot_66 ToasterType)
        (receptacleAtLocation Toaster_bar__minus_01_dot_79_bar__plus_02_dot_95_bar__plus_01_dot_66 loc_bar__minus_7_bar__minus_11_bar_0_bar_60)
        (objectType Egg_bar__plus_01_dot_22_bar__minus_01_dot_77_bar__minus_02_dot_96 EggType)
        (inReceptacle Egg_bar__plus_01_dot_22_bar__minus_01_dot_77_bar__minus_02_dot_96 Sink_bar__minus_01_dot_69_bar__plus_00_dot_45_bar__minus_01_dot_37_bar_SinkBasin)
        (objectAtLocation Egg_bar__plus_01_dot_22_bar__minus_01_dot_77_bar__minus_02_dot_96 loc_bar_4_bar__minus_6_bar_1_bar_60)
        (pickupable Egg_bar__plus_01_dot_22_bar__minus_01_dot_77_bar__minus_02_dot_96)
        (cleanable Egg_bar__plus_01_dot_22_bar__minus_01_dot_77_bar__minus_02_dot_96)
        (heatable Egg_bar__plus_01_dot_22_bar__minus_01_dot_77_bar__minus_02_dot_96)
        (coolable Egg_bar__plus_01_dot_22_bar__minus_01_dot_77_bar__minus_02_dot_96)
        (objectType Egg_bar__minus_00_dot_53_bar__minus_01_dot_38_bar__plus_02_dot_77 EggType)
        (inReceptacle Egg_bar__minus_00_dot_53_bar__minus_01_dot_38_bar__plus_02_dot_77 Sink_bar__minus_01_dot_69_bar__plus_00_dot_45_bar__minus_01_dot_37_bar_SinkBasin)
        (objectAtLocation Egg_bar__minus_00_dot_53_bar__minus_01_dot_38_bar__plus_02_dot_77 loc_bar_4_bar__minus_6_bar_1_bar_60)
        (pickupable Egg_bar__minus_00_dot_53_bar__minus_01_dot_38_bar__plus_02_dot_77)
        (cleanable Egg_bar__minus_00_dot_53_bar__minus_01_dot_38_bar__plus_02_dot_77)
        (heatable Egg_bar__minus_00_dot_53_bar__minus_01_dot_38_bar__plus_02_dot_77)
        (coolable Egg_bar__minus_00_dot_53_bar__minus_01_dot_38_bar__plus_02_dot_77)
        (objectType Pot_bar__plus_02_dot_49_bar__plus_02_dot_93_bar__minus_02_dot_26 PotType)
        (inReceptacle Pot_bar__plus_02_dot_49_bar__plus_02_dot_93_bar__minus_02_dot_26 CounterTop_bar__minus_00_dot_46_bar__minus_01_dot_16_bar__minus_01_dot_62)
        (objectAtLocation Pot_bar__plus_02_dot_49_bar__plus_02_dot_93_bar__minus_02_dot_26 loc_bar__minus_4_bar__minus_1_bar_1_bar_30)
        (pickupable Pot_bar__plus_02_dot_49_bar__plus_02_dot_93_bar__minus_02_dot_26)
        (cleanable Pot_bar__plus_02_dot_49_bar__plus_02_dot_93_bar__minus_02_dot_26)
        (coolable Pot_bar__plus_02_dot_49_bar__plus_02_dot_93_bar__minus_02_dot_26)
        (isReceptacleObject Pot_bar__plus_02_dot_49_bar__plus_02_dot_93_bar__minus_02_dot_26)
        (objectType Mug_bar__minus_01_dot_43_bar__plus_01_dot_31_bar__minus_01_dot_17 MugType)
        (inReceptacle Mug_bar__minus_01_dot_43_bar__plus_01_dot_31_bar__minus_01_dot_17 Fridge_bar__plus_00_dot_09_bar__minus_02_dot_12_bar__plus_02_dot_41)
        (objectAtLocation Mug_bar__minus_01_dot_43_bar__plus_01_dot_31_bar__minus_01_dot_17 loc_bar_2_bar_12_bar_1_bar__minus_30)
        (pickupable Mug_bar__minus_01_dot_43_bar__plus_01_dot_31_bar__minus_01_dot_17)
        (cleanable Mug_bar__minus_01_dot_43_bar__plus_01_dot_31_bar__minus_01_dot_17)
        (heatable Mug_bar__minus_01_dot_43_bar__plus_01_dot_31_bar__minus_01_dot_17)
        (coolable Mug_bar__minus_01_dot_43_bar__plus_01_dot_31_bar__minus_01_dot_17)
        (isReceptacleObject Mug_bar__minus_01_dot_43_bar__plus_01_dot_31_bar__minus_01_dot_17)
        (objectType Lettuce_bar__minus_00_dot_57_bar__minus_01_dot_46_bar__minus_00_dot_35 LettuceType)
        (inReceptacle Lettuce_bar__minus_00_dot_57_bar__minus_01_dot_46_bar__minus_00_dot_35 CounterTop_bar__minus_00_dot_46_bar__minus_01_dot_16_bar__minus_01_dot_62)
        (objectAtLocation Lettuce_bar__minus_00_dot_57_bar__minus_01_dot_46_bar__minus_00_dot_35 loc_bar__minus_4_bar__minus_1_bar_1_bar_30)
        (pickupable Lettuce_bar__minus_00_dot_57_bar__minus_01_dot_46_bar__minus_00_dot_35)
        (cleanable Lettuce_bar__minus_00_dot_57_bar__minus_01_dot_46_bar__minus_00_dot_35)
        (coolable Lettuce_bar__minus_00_dot_57_bar__minus_01_dot_46_bar__minus_00_dot_35)
        (objectType Cup_bar__minus_01_dot_55_bar__plus_00_dot_10_bar__plus_02_dot_04 CupType)
        (inReceptacle Cup_bar__minus_01_dot_55_bar__plus_00_dot_10_bar__plus_02_dot_04 CounterTop_bar__minus_00_dot_46_bar__minus_01_dot_16_bar__minus_01_dot_62)
        (objectAtLocation Cup_bar__minus_01_dot_55_bar__plus_00_dot_10_bar__plus_02_dot_04 loc_bar__minus_4_bar__minus_1_bar_1_bar_30)
        (pickupable Cup_bar__minus_01_dot_55_bar__plus_00_dot_10_bar__plus_02_dot_04)
        (cleanable Cup_bar__minus_01_dot_55_bar__plus_00_dot_10_bar__plus_02_dot_04)
        (heatable Cup_bar__minus_01_dot_55_bar__plus_00_dot_10_bar__plus_02_dot_04)
        (coolable Cup_bar__minus_01_dot_55_bar__plus_00_dot_10_bar__plus_02_dot_04)
        (isReceptacleObject Cup_bar__minus_01_dot_55_bar__plus_00_dot_10_bar__plus_02_dot_04)
        (objectType Spoon_bar__minus_00_dot_79_bar__plus_00_dot_52_bar__minus_00_dot_68 SpoonType)
        (inReceptacle Spoon_bar__minus_00_dot_79_bar__plus_00_dot_52_bar__minus_00_dot_68 Sink_bar__minus_01_dot_69_bar__plus_00_dot_45_bar__minus_01_dot_37_bar_SinkBasin)
        (objectAtLocation Spoon_bar__minus_00_dot_79_bar__plus_00_dot_52_bar__minus_00_dot_68 loc_bar_4_bar__minus_6_bar_1_bar_60)
        (pickupable Spoon_bar__minus_00_dot_79_bar__plus_00_dot_52_bar__minus_00_dot_68)
        (cleanable Spoon_bar__minus_00_dot_79_bar__plus_00_dot_52_bar__minus_00_dot_68)
        (objectType Spoon_bar__minus_00_dot_42_bar__plus_00_dot_71_bar__plus_01_dot_28 SpoonType)
        (inReceptacle Spoon_bar__minus_00_dot_42_bar__plus_00_dot_71_bar__plus_01_dot_28 Drawer_bar__plus_01_dot_21_bar__plus_01_dot_08_bar__minus_01_dot_67)
        (objectAtLocation Spoon_bar__minus_00_dot_42_bar__plus_00_dot_71_bar__plus_01_dot_28 loc_bar_10_bar__minus_9_bar_0_bar_30)
        (pickupable Spoon_bar__minus_00_dot_42_bar__plus_00_dot_71_bar__plus_01_dot_28)
        (cleanable Spoon_bar__minus_00_dot_42_bar__plus_00_dot_71_bar__plus_01_dot_28)
        (objectType Apple_bar__minus_01_dot_28_bar__plus_02_dot_46_bar__minus_01_dot_64 AppleType)
        (inReceptacle Apple_bar__minus_01_dot_28_bar__plus_02_dot_46_bar__minus_01_dot_64 GarbageCan_bar__minus_00_dot_15_bar__plus_02_dot_77_bar__minus_00_dot_46)
        (objectAtLocation Apple_bar__minus_01_dot_28_bar__plus_02_dot_46_bar__minus_01_dot_64 loc_bar_10_bar__minus_5_bar_2_bar_60)
        (pickupable Apple_bar__minus_01_dot_28_bar__plus_02_dot_46_bar__minus_01_dot_64)
        (cleanable Apple_bar__minus_01_dot_28_bar__plus_02_dot_46_bar__minus_01_dot_64)
        (heatable Apple_bar__minus_01_dot_28_bar__plus_02_dot_46_bar__minus_01_dot_64)
        (coolable Apple_bar__minus_01_dot_28_bar__plus_02_dot_46_bar__minus_01_dot_64)
        (objectType Apple_bar__plus_00_dot_17_bar__minus_02_dot_69_bar__minus_00_dot_43 AppleType)
        (inReceptacle Apple_bar__plus_00_dot_17_bar__minus_02_dot_69_bar__minus_00_dot_43 GarbageCan_bar__minus_00_dot_15_bar__plus_02_dot_77_bar__minus_00_dot_46)
        (objectAtLocation Apple_bar__plus_00_dot_17_bar__minus_02_dot_69_bar__minus_00_dot_43 loc_bar_10_bar__minus_5_bar_2_bar_60)
        (pickupable Apple_bar__plus_00_dot_17_bar__minus_02_dot_69_bar__minus_00_dot_43)
        (cleanable Apple_bar__plus_00_dot_17_bar__minus_02_dot_69_bar__minus_00_dot_43)
        (heatable Apple_bar__plus_00_dot_17_bar__minus_02_dot_69_bar__minus_00_dot_43)
        (coolable Apple_bar__plus_00_dot_17_bar__minus_02_dot_69_bar__minus_00_dot_43)
        (canContain CabinetType CupType)
        (canContain CabinetType MugType)
        (canContain CabinetType PotType)
        (canContain CounterTopType AppleType)
        (canContain CounterTopType CupType)
        (canContain CounterTopType EggType)
        (canContain CounterTopType LettuceType)
        (canContain CounterTopType MugType)
        (canContain CounterTopType PotType)
        (canContain CounterTopType SpoonType)
        (canContain DrawerType SpoonType)
        (canContain FridgeType AppleType)
        (canContain FridgeType CupType)
        (canContain FridgeType EggType)
        (canContain FridgeType LettuceType)
        (canContain FridgeType MugType)
        (canContain FridgeType PotType)
        (canContain GarbageCanType AppleType)
        (canContain GarbageCanType EggType)
        (canContain GarbageCanType LettuceType)
        (canContain MicrowaveType AppleType)
        (canContain MicrowaveType CupType)
        (canContain MicrowaveType EggType)
        (canContain MicrowaveType MugType)
        (canContain ShelfType CupType)
        (canContain ShelfType MugType)
        (canContain ShelfType PotType)
        (canContain SinkBasinType AppleType)
        (canContain SinkBasinType CupType)
        (canContain SinkBasinType EggType)
        (canContain SinkBasinType LettuceType)
        (canContain SinkBasinType MugType)
        (canContain SinkBasinType PotType)
        (canContain SinkBasinType SpoonType)
        (canContain StoveBurnerType PotType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (heatable ?o)
                            (objectType ?o EggType)
                            (receptacleType ?r CounterTopType)
                            (isHot ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
