(define (problem plan_trial_e50006)
(:domain alfred)
(:objects
        agent1 - agent
        BreadType - otype
        KettleType - otype
        LettuceType - otype
        MugType - otype
        PanType - otype
        PotType - otype
        PotatoType - otype
        SoapBottleType - otype
        CabinetType - rtype
        CoffeeMachineType - rtype
        CounterTopType - rtype
        DiningTableType - rtype
        DrawerType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        StoveBurnerType - rtype
        Pot_bar__minus_00_dot_73_bar__plus_01_dot_59_bar__plus_02_dot_44 - object
        SoapBottle_bar__minus_00_dot_34_bar__minus_02_dot_45_bar__plus_01_dot_04 - object
        Pan_bar__plus_00_dot_93_bar__plus_01_dot_72_bar__minus_00_dot_52 - object
        Mug_bar__plus_00_dot_69_bar__plus_02_dot_45_bar__plus_01_dot_39 - object
        Potato_bar__minus_00_dot_27_bar__minus_01_dot_09_bar__plus_01_dot_80 - object
        Potato_bar__minus_01_dot_67_bar__minus_00_dot_12_bar__plus_01_dot_28 - object
        Bread_bar__minus_01_dot_37_bar__minus_01_dot_65_bar__plus_00_dot_99 - object
        Bread_bar__minus_02_dot_25_bar__minus_00_dot_47_bar__plus_00_dot_03 - object
        Lettuce_bar__plus_00_dot_30_bar__minus_02_dot_06_bar__plus_02_dot_49 - object
        Kettle_bar__plus_00_dot_21_bar__minus_01_dot_60_bar__minus_02_dot_73 - object
        Cabinet_bar__plus_02_dot_54_bar__minus_02_dot_90_bar__plus_01_dot_92 - receptacle
        Cabinet_bar__plus_02_dot_66_bar__minus_00_dot_33_bar__minus_01_dot_11 - receptacle
        Cabinet_bar__plus_00_dot_43_bar__minus_00_dot_84_bar__plus_01_dot_41 - receptacle
        Cabinet_bar__plus_01_dot_84_bar__plus_00_dot_41_bar__plus_02_dot_78 - receptacle
        CounterTop_bar__plus_01_dot_01_bar__plus_01_dot_92_bar__minus_00_dot_37 - receptacle
        CounterTop_bar__minus_02_dot_85_bar__plus_01_dot_61_bar__minus_00_dot_62 - receptacle
        Drawer_bar__plus_02_dot_94_bar__plus_00_dot_29_bar__minus_01_dot_83 - receptacle
        Drawer_bar__minus_01_dot_06_bar__minus_02_dot_95_bar__minus_01_dot_01 - receptacle
        Drawer_bar__minus_02_dot_04_bar__minus_01_dot_93_bar__minus_01_dot_87 - receptacle
        Fridge_bar__minus_01_dot_43_bar__plus_02_dot_75_bar__plus_00_dot_00 - receptacle
        Microwave_bar__minus_01_dot_47_bar__plus_01_dot_61_bar__plus_01_dot_11 - receptacle
        Sink_bar__plus_01_dot_74_bar__plus_00_dot_20_bar__plus_00_dot_84_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_01_dot_75_bar__plus_01_dot_27_bar__plus_02_dot_25 - receptacle
        StoveBurner_bar__plus_01_dot_55_bar__plus_02_dot_02_bar__plus_02_dot_56 - receptacle
        GarbageCan_bar__plus_00_dot_76_bar__minus_01_dot_89_bar__plus_02_dot_96 - receptacle
        DiningTable_bar__minus_02_dot_48_bar__minus_02_dot_17_bar__minus_00_dot_85 - receptacle
        CoffeeMachine_bar__plus_02_dot_60_bar__plus_02_dot_38_bar__minus_00_dot_18 - receptacle
        loc_bar_5_bar_7_bar_1_bar_30 - location
        loc_bar_5_bar_12_bar_1_bar_45 - location
        loc_bar__minus_2_bar_8_bar_3_bar_60 - location
        loc_bar__minus_3_bar_11_bar_2_bar_45 - location
        loc_bar_12_bar__minus_3_bar_0_bar_15 - location
        loc_bar_2_bar__minus_11_bar_3_bar_0 - location
        loc_bar_11_bar__minus_6_bar_2_bar_30 - location
        loc_bar__minus_11_bar_7_bar_0_bar_45 - location
        loc_bar_9_bar__minus_9_bar_1_bar_0 - location
        loc_bar__minus_6_bar_6_bar_1_bar__minus_30 - location
        loc_bar__minus_4_bar__minus_7_bar_1_bar_30 - location
        loc_bar_10_bar_2_bar_3_bar_15 - location
        loc_bar_8_bar__minus_10_bar_0_bar_0 - location
        loc_bar_11_bar__minus_7_bar_2_bar_45 - location
        loc_bar_3_bar__minus_11_bar_2_bar_45 - location
        loc_bar__minus_1_bar_4_bar_0_bar_30 - location
        loc_bar__minus_7_bar__minus_4_bar_2_bar_15 - location
        loc_bar_12_bar_2_bar_0_bar_0 - location
        )
(:init
        (atLocation agent1 loc_bar_12_bar_2_bar_0_bar_0)
        (receptacleType Cabinet_bar__plus_02_dot_54_bar__minus_02_dot_90_bar__plus_01_dot_92 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_54_bar__minus_02_dot_90_bar__plus_01_dot_92 loc_bar_5_bar_7_bar_1_bar_30)
        (openable Cabinet_bar__plus_02_dot_54_bar__minus_02_dot_90_bar__plus_01_dot_92)
        (receptacleType Cabinet_bar__plus_02_dot_66_bar__minus_00_dot_33_bar__minus_01_dot_11 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_66_bar__minus_00_dot_33_bar__minus_01_dot_11 loc_bar_5_bar_12_bar_1_bar_45)
        (openable Cabinet_bar__plus_02_dot_66_bar__minus_00_dot_33_bar__minus_01_dot_11)
        (receptacleType Cabinet_bar__plus_00_dot_43_bar__minus_00_dot_84_bar__plus_01_dot_41 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_43_bar__minus_00_dot_84_bar__plus_01_dot_41 loc_bar__minus_2_bar_8_bar_3_bar_60)
        (openable Cabinet_bar__plus_00_dot_43_bar__minus_00_dot_84_bar__plus_01_dot_41)
        (receptacleType Cabinet_bar__plus_01_dot_84_bar__plus_00_dot_41_bar__plus_02_dot_78 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_84_bar__plus_00_dot_41_bar__plus_02_dot_78 loc_bar__minus_3_bar_11_bar_2_bar_45)
        (openable Cabinet_bar__plus_01_dot_84_bar__plus_00_dot_41_bar__plus_02_dot_78)
        (receptacleType CounterTop_bar__plus_01_dot_01_bar__plus_01_dot_92_bar__minus_00_dot_37 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_01_dot_01_bar__plus_01_dot_92_bar__minus_00_dot_37 loc_bar_12_bar__minus_3_bar_0_bar_15)
        (receptacleType CounterTop_bar__minus_02_dot_85_bar__plus_01_dot_61_bar__minus_00_dot_62 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_02_dot_85_bar__plus_01_dot_61_bar__minus_00_dot_62 loc_bar_2_bar__minus_11_bar_3_bar_0)
        (receptacleType Drawer_bar__plus_02_dot_94_bar__plus_00_dot_29_bar__minus_01_dot_83 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_02_dot_94_bar__plus_00_dot_29_bar__minus_01_dot_83 loc_bar_11_bar__minus_6_bar_2_bar_30)
        (openable Drawer_bar__plus_02_dot_94_bar__plus_00_dot_29_bar__minus_01_dot_83)
        (receptacleType Drawer_bar__minus_01_dot_06_bar__minus_02_dot_95_bar__minus_01_dot_01 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_06_bar__minus_02_dot_95_bar__minus_01_dot_01 loc_bar__minus_11_bar_7_bar_0_bar_45)
        (openable Drawer_bar__minus_01_dot_06_bar__minus_02_dot_95_bar__minus_01_dot_01)
        (receptacleType Drawer_bar__minus_02_dot_04_bar__minus_01_dot_93_bar__minus_01_dot_87 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_02_dot_04_bar__minus_01_dot_93_bar__minus_01_dot_87 loc_bar_9_bar__minus_9_bar_1_bar_0)
        (openable Drawer_bar__minus_02_dot_04_bar__minus_01_dot_93_bar__minus_01_dot_87)
        (receptacleType Fridge_bar__minus_01_dot_43_bar__plus_02_dot_75_bar__plus_00_dot_00 FridgeType)
        (receptacleAtLocation Fridge_bar__minus_01_dot_43_bar__plus_02_dot_75_bar__plus_00_dot_00 loc_bar__minus_6_bar_6_bar_1_bar__minus_30)
        (openable Fridge_bar__minus_01_dot_43_bar__plus_02_dot_75_bar__plus_00_dot_00)
        (receptacleType Microwave_bar__minus_01_dot_47_bar__plus_01_dot_61_bar__plus_01_dot_11 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_01_dot_47_bar__plus_01_dot_61_bar__plus_01_dot_11 loc_bar__minus_4_bar__minus_7_bar_1_bar_30)
        (openable Microwave_bar__minus_01_dot_47_bar__plus_01_dot_61_bar__plus_01_dot_11)
        (receptacleType Sink_bar__plus_01_dot_74_bar__plus_00_dot_20_bar__plus_00_dot_84_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_01_dot_74_bar__plus_00_dot_20_bar__plus_00_dot_84_bar_SinkBasin loc_bar_10_bar_2_bar_3_bar_15)
        (receptacleType StoveBurner_bar__minus_01_dot_75_bar__plus_01_dot_27_bar__plus_02_dot_25 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_01_dot_75_bar__plus_01_dot_27_bar__plus_02_dot_25 loc_bar_8_bar__minus_10_bar_0_bar_0)
        (receptacleType StoveBurner_bar__plus_01_dot_55_bar__plus_02_dot_02_bar__plus_02_dot_56 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_01_dot_55_bar__plus_02_dot_02_bar__plus_02_dot_56 loc_bar_11_bar__minus_7_bar_2_bar_45)
        (receptacleType GarbageCan_bar__plus_00_dot_76_bar__minus_01_dot_89_bar__plus_02_dot_96 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_00_dot_76_bar__minus_01_dot_89_bar__plus_02_dot_96 loc_bar_3_bar__minus_11_bar_2_bar_45)
        (receptacleType DiningTable_bar__minus_02_dot_48_bar__minus_02_dot_17_bar__minus_00_dot_85 DiningTableType)
        (receptacleAtLocation DiningTable_bar__minus_02_dot_48_bar__minus_02_dot_17_bar__minus_00_dot_85 loc_bar__minus_1_bar_4_bar_0_bar_30)
        (receptacleType CoffeeMachine_bar__plus_02_dot_60_bar__plus_02_dot_38_bar__minus_00_dot_18 CoffeeMachineType)
        (receptacleAtLocation CoffeeMachine_bar__plus_02_dot_60_bar__plus_02_dot_38_bar__minus_00_dot_18 loc_bar__minus_7_bar__minus_4_bar_2_bar_15)
        (objectType Pot_bar__minus_00_dot_73_bar__plus_01_dot_59_bar__plus_02_dot_44 PotType)
        (inReceptacle Pot_bar__minus_00_dot_73_bar__plus_01_dot_59_bar__plus_02_dot_44 CounterTop_bar__minus_02_dot_85_bar__plus_01_dot_61_bar__minus_00_dot_62)
        (objectAtLocation Pot_bar__minus_00_dot_73_bar__plus_01_dot_59_bar__plus_02_dot_44 loc_bar_2_bar__minus_11_bar_3_bar_0)
        (pickupable Pot_bar__minus_00_dot_73_bar__plus_01_dot_59_bar__plus_02_dot_44)
        (cleanable Pot_bar__minus_00_dot_73_bar__plus_01_dot_59_bar__plus_02_dot_44)
        (coolable Pot_bar__minus_00_dot_73_bar__plus_01_dot_59_bar__plus_02_dot_44)
        (isReceptacleObject Pot_bar__minus_00_dot_73_bar__plus_01_dot_59_bar__plus_02_dot_44)
        (objectType SoapBottle_bar__minus_00_dot_34_bar__minus_02_dot_45_bar__plus_01_dot_04 SoapBottleType)
        (inReceptacle SoapBottle_bar__minus_00_dot_34_bar__minus_02_dot_45_bar__plus_01_dot_04 CounterTop_bar__plus_01_dot_01_bar__plus_01_dot_92_bar__minus_00_dot_37)
        (objectAtLocation SoapBottle_bar__minus_00_dot_34_bar__minus_02_dot_45_bar__plus_01_dot_04 loc_bar_12_bar__minus_3_bar_0_bar_15)
        (pickupable SoapBottle_bar__minus_00_dot_34_bar__minus_02_dot_45_bar__plus_01_dot_04)
        (objectType Pan_bar__plus_00_dot_93_bar__plus_01_dot_72_bar__minus_00_dot_52 PanType)
        (inReceptacle Pan_bar__plus_00_dot_93_bar__plus_01_dot_72_bar__minus_00_dot_52 CounterTop_bar__minus_02_dot_85_bar__plus_01_dot_61_bar__minus_00_dot_62)
        (objectAtLocation Pan_bar__plus_00_dot_93_bar__plus_01_dot_72_bar__minus_00_dot_52 loc_bar_2_bar__minus_11_bar_3_bar_0)
        (pickupable Pan_bar__plus_00_dot_93_bar__plus_01_dot_72_bar__minus_00_dot_52)
        (cleanable Pan_bar__plus_00_dot_93_bar__plus_01_dot_72_bar__minus_00_dot_52)
        (coolable Pan_bar__plus_00_dot_93_bar__plus_01_dot_72_bar__minus_00_dot_52)
        (isReceptacleObject Pan_bar__plus_00_dot_93_bar__plus_01_dot_72_bar__minus_00_dot_52)
        (objectType Mug_bar__plus_00_dot_69_bar__plus_02_dot_45_bar__plus_01_dot_39 MugType)
        (inReceptacle Mug_bar__plus_00_dot_69_bar__plus_02_dot_45_bar__plus_01_dot_39 Fridge_bar__minus_01_dot_43_bar__plus_02_dot_75_bar__plus_00_dot_00)
        (objectAtLocation Mug_bar__plus_00_dot_69_bar__plus_02_dot_45_bar__plus_01_dot_39 loc_bar__minus_6_bar_6_bar_1_bar__minus_30)
        (pickupable Mug_bar__plus_00_dot_69_bar__plus_02_dot_45_bar__plus_01_dot_39)
        (cleanable Mug_bar__plus_00_dot_69_bar__plus_02_dot_45_bar__plus_01_dot_39)
        (heatable Mug_bar__plus_00_dot_69_bar__plus_02_dot_45_bar__plus_01_dot_39)
        (coolable Mug_bar__plus_00_dot_69_bar__plus_02_dot_45_bar__plus_01_dot_39)
        (isReceptacleObject Mug_bar__plus_00_dot_69_bar__plus_02_dot_45_bar__plus_01_dot_39)
        (objectType Potato_bar__minus_00_dot_27_bar__minus_01_dot_09_bar__plus_01_dot_80 PotatoType)
        (inReceptacle Potato_bar__minus_00_dot_27_bar__minus_01_dot_09_bar__plus_01_dot_80 Fridge_bar__minus_01_dot_43_bar__plus_02_dot_75_bar__plus_00_dot_00)
        (objectAtLocation Potato_bar__minus_00_dot_27_bar__minus_01_dot_09_bar__plus_01_dot_80 loc_bar__minus_6_bar_6_bar_1_bar__minus_30)
        (pickupable Potato_bar__minus_00_dot_27_bar__minus_01_dot_09_bar__plus_01_dot_80)
        (cleanable Potato_bar__minus_00_dot_27_bar__minus_01_dot_09_bar__plus_01_dot_80)
        (heatable Potato_bar__minus_00_dot_27_bar__minus_01_dot_09_bar__plus_01_dot_80)
        (coolable Potato_bar__minus_00_dot_27_bar__minus_01_dot_09_bar__plus_01_dot_80)
        (objectType Potato_bar__minus_01_dot_67_bar__minus_00_dot_12_bar__plus_01_dot_28 PotatoType)
        (inReceptacle Potato_bar__minus_01_dot_67_bar__minus_00_dot_12_bar__plus_01_dot_28 DiningTable_bar__minus_02_dot_48_bar__minus_02_dot_17_bar__minus_00_dot_85)
        (objectAtLocation Potato_bar__minus_01_dot_67_bar__minus_00_dot_12_bar__plus_01_dot_28 loc_bar__minus_1_bar_4_bar_0_bar_30)
        (pickupable Potato_bar__minus_01_dot_67_bar__minus_00_dot_12_bar__plus_01_dot_28)
        (cleanable Potato_bar__minus_01_dot_67_bar__minus_00_dot_12_bar__plus_01_dot_28)
        (heatable Potato_bar__minus_01_dot_67_bar__minus_00_dot_12_bar__plus_01_dot_28)
        (coolable Potato_bar__minus_01_dot_67_bar__minus_00_dot_12_bar__plus_01_dot_28)
        (objectType Bread_bar__minus_01_dot_37_bar__minus_01_dot_65_bar__plus_00_dot_99 BreadType)
        (inReceptacle Bread_bar__minus_01_dot_37_bar__minus_01_dot_65_bar__plus_00_dot_99 Fridge_bar__minus_01_dot_43_bar__plus_02_dot_75_bar__plus_00_dot_00)
        (objectAtLocation Bread_bar__minus_01_dot_37_bar__minus_01_dot_65_bar__plus_00_dot_99 loc_bar__minus_6_bar_6_bar_1_bar__minus_30)
        (pickupable Bread_bar__minus_01_dot_37_bar__minus_01_dot_65_bar__plus_00_dot_99)
        (heatable Bread_bar__minus_01_dot_37_bar__minus_01_dot_65_bar__plus_00_dot_99)
        (coolable Bread_bar__minus_01_dot_37_bar__minus_01_dot_65_bar__plus_00_dot_99)
        (objectType Bread_bar__minus_02_dot_25_bar__minus_00_dot_47_bar__plus_00_dot_03 BreadType)
        (inReceptacle Bread_bar__minus_02_dot_25_bar__minus_00_dot_47_bar__plus_00_dot_03 Fridge_bar__minus_01_dot_43_bar__plus_02_dot_75_bar__plus_00_dot_00)
        (objectAtLocation Bread_bar__minus_02_dot_25_bar__minus_00_dot_47_bar__plus_00_dot_03 loc_bar__minus_6_bar_6_bar_1_bar__minus_30)
        (pickupable Bread_bar__minus_02_dot_25_bar__minus_00_dot_47_bar__plus_00_dot_03)
        (heatable Bread_bar__minus_02_dot_25_bar__minus_00_dot_47_bar__plus_00_dot_03)
        (coolable Bread_bar__minus_02_dot_25_bar__minus_00_dot_47_bar__plus_00_dot_03)
        (objectType Lettuce_bar__plus_00_dot_30_bar__minus_02_dot_06_bar__plus_02_dot_49 LettuceType)
        (inReceptacle Lettuce_bar__plus_00_dot_30_bar__minus_02_dot_06_bar__plus_02_dot_49 DiningTable_bar__minus_02_dot_48_bar__minus_02_dot_17_bar__minus_00_dot_85)
        (objectAtLocation Lettuce_bar__plus_00_dot_30_bar__minus_02_dot_06_bar__plus_02_dot_49 loc_bar__minus_1_bar_4_bar_0_bar_30)
        (pickupable Lettuce_bar__plus_00_dot_30_bar__minus_02_dot_06_bar__plus_02_dot_49)
        (cleanable Lettuce_bar__plus_00_dot_30_bar__minus_02_dot_06_bar__plus_02_dot_49)
        (coolable Lettuce_bar__plus_00_dot_30_bar__minus_02_dot_06_bar__plus_02_dot_49)
        (objectType Kettle_bar__plus_00_dot_21_bar__minus_01_dot_60_bar__minus_02_dot_73 KettleType)
        (inReceptacle Kettle_bar__plus_00_dot_21_bar__minus_01_dot_60_bar__minus_02_dot_73 CounterTop_bar__minus_02_dot_85_bar__plus_01_dot_61_bar__minus_00_dot_62)
        (objectAtLocation Kettle_bar__plus_00_dot_21_bar__minus_01_dot_60_bar__minus_02_dot_73 loc_bar_2_bar__minus_11_bar_3_bar_0)
        (pickupable Kettle_bar__plus_00_dot_21_bar__minus_01_dot_60_bar__minus_02_dot_73)
        (cleanable Kettle_bar__plus_00_dot_21_bar__minus_01_dot_60_bar__minus_02_dot_73)
        (canContain CabinetType KettleType)
        (canContain CabinetType MugType)
        (canContain CabinetType PanType)
        (canContain CabinetType PotType)
        (canContain CabinetType SoapBottleType)
        (canContain CoffeeMachineType MugType)
        (canContain CounterTopType BreadType)
        (canContain CounterTopType KettleType)
        (canContain CounterTopType LettuceType)
        (canContain CounterTopType MugType)
        (canContain CounterTopType PanType)
        (canContain CounterTopType PotType)
        (canContain CounterTopType PotatoType)
        (canContain CounterTopType SoapBottleType)
        (canContain DiningTableType BreadType)
        (canContain DiningTableType KettleType)
        (canContain DiningTableType LettuceType)
        (canContain DiningTableType MugType)
        (canContain DiningTableType PanType)
        (canContain DiningTableType PotType)
        (canContain DiningTableType PotatoType)
        (canContain DiningTableType SoapBottleType)
        (canContain DrawerType SoapBottleType)
        (canContain FridgeType BreadType)
        (canContain FridgeType LettuceType)
        (canContain FridgeType MugType)
        (canContain FridgeType PanType)
        (canContain FridgeType PotType)
        (canContain FridgeType PotatoType)
        (canContain GarbageCanType BreadType)
        (canContain GarbageCanType LettuceType)
        (canContain GarbageCanType PotatoType)
        (canContain GarbageCanType SoapBottleType)
        (canContain MicrowaveType BreadType)
        (canContain MicrowaveType MugType)
        (canContain MicrowaveType PotatoType)
        (canContain SinkBasinType KettleType)
        (canContain SinkBasinType LettuceType)
        (canContain SinkBasinType MugType)
        (canContain SinkBasinType PanType)
        (canContain SinkBasinType PotType)
        (canContain SinkBasinType PotatoType)
        (canContain StoveBurnerType KettleType)
        (canContain StoveBurnerType PanType)
        (canContain StoveBurnerType PotType)
        )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (coolable ?o)
                            (objectType ?o PotType)
                            (receptacleType ?r CabinetType)
                            (isCool ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
