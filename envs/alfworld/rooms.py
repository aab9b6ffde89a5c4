"""Room templates of creditkit's authored ALFWorld tasks: furniture and the objects that may
appear, per room. Which object fits which receptacle comes from alfworld's own table
(``alfworld.gen.constants.VAL_RECEPTACLE_OBJECTS``), so authored games obey the same rules as
the official ones.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RoomTemplate:
    """One room: its receptacles and the object types that may be placed in it.

    Attributes:
        name: unique name (it appears in task folder names), e.g. ``"kitchen1"``.
        kind: ``Kitchen``, ``Bedroom``, ``Bathroom`` or ``LivingRoom``.
        receptacles: (receptacle type, count) pairs; e.g. ``("Drawer", 3)``.
        objects: object types that may appear (targets and distractors).
        lamp: (lamp type, receptacle type it stands on), or None when the room has no lamp.
    """

    name: str
    kind: str
    receptacles: tuple[tuple[str, int], ...]
    objects: tuple[str, ...]
    lamp: tuple[str, str] | None = None

    def has(self, receptacle_type: str) -> bool:
        """Whether the room holds at least one receptacle of this type."""
        return any(kind == receptacle_type for kind, _ in self.receptacles)


KITCHEN_OBJECTS = ("Apple", "Tomato", "Potato", "Egg", "Lettuce", "Bread", "Mug", "Cup", "Bowl",
                   "Plate", "Pan", "Pot", "Kettle", "Knife", "ButterKnife", "Fork", "Spoon",
                   "Spatula", "Ladle", "SaltShaker", "PepperShaker", "DishSponge", "SoapBottle",
                   "WineBottle", "PaperTowel")
BEDROOM_OBJECTS = ("AlarmClock", "Book", "CD", "CellPhone", "CreditCard", "KeyChain", "Laptop",
                   "Pen", "Pencil", "Pillow", "Mug", "Bowl", "BaseballBat", "TennisRacket",
                   "BasketBall", "Statue", "Watch", "Cloth")
BATHROOM_OBJECTS = ("SoapBar", "SoapBottle", "Cloth", "SprayBottle", "Candle", "ToiletPaper",
                    "Towel", "HandTowel", "DishSponge", "Plunger", "TissueBox", "PaperTowel")
LIVING_OBJECTS = ("Box", "CreditCard", "KeyChain", "Laptop", "Newspaper", "Pillow",
                  "RemoteControl", "Statue", "Vase", "WateringCan", "Watch", "Book", "Plate",
                  "Bowl", "Candle", "CellPhone", "TissueBox")

ROOMS: tuple[RoomTemplate, ...] = (
    RoomTemplate("kitchen1", "Kitchen", (
        ("Cabinet", 4), ("CounterTop", 2), ("Drawer", 3), ("Fridge", 1), ("Microwave", 1),
        ("SinkBasin", 1), ("StoveBurner", 2), ("GarbageCan", 1), ("DiningTable", 1),
        ("CoffeeMachine", 1)), KITCHEN_OBJECTS),
    RoomTemplate("kitchen2", "Kitchen", (
        ("Cabinet", 6), ("CounterTop", 1), ("Drawer", 2), ("Fridge", 1), ("Microwave", 1),
        ("SinkBasin", 1), ("StoveBurner", 4), ("GarbageCan", 1), ("Shelf", 2),
        ("Toaster", 1)), KITCHEN_OBJECTS),
    RoomTemplate("bedroom1", "Bedroom", (
        ("Bed", 1), ("Desk", 1), ("Drawer", 4), ("Dresser", 1), ("Shelf", 3), ("GarbageCan", 1),
        ("SideTable", 1), ("LaundryHamper", 1)), BEDROOM_OBJECTS, ("DeskLamp", "Desk")),
    RoomTemplate("bedroom2", "Bedroom", (
        ("Bed", 1), ("Drawer", 2), ("Dresser", 1), ("SideTable", 2), ("Shelf", 1),
        ("GarbageCan", 1), ("Safe", 1), ("ArmChair", 1)), BEDROOM_OBJECTS,
        ("DeskLamp", "SideTable")),
    RoomTemplate("bathroom1", "Bathroom", (
        ("Toilet", 1), ("SinkBasin", 2), ("Cabinet", 4), ("CounterTop", 1),
        ("BathtubBasin", 1), ("GarbageCan", 1), ("HandTowelHolder", 1), ("TowelHolder", 1),
        ("ToiletPaperHanger", 1)), BATHROOM_OBJECTS),
    RoomTemplate("bathroom2", "Bathroom", (
        ("Toilet", 1), ("SinkBasin", 1), ("Cabinet", 2), ("CounterTop", 1), ("Drawer", 2),
        ("Shelf", 2), ("GarbageCan", 1), ("TowelHolder", 1), ("ToiletPaperHanger", 1),
        ("Cart", 1)), BATHROOM_OBJECTS),
    RoomTemplate("livingroom1", "LivingRoom", (
        ("Sofa", 1), ("ArmChair", 1), ("CoffeeTable", 1), ("SideTable", 2), ("TVStand", 1),
        ("Drawer", 2), ("Cabinet", 1), ("Shelf", 2), ("GarbageCan", 1)), LIVING_OBJECTS,
        ("DeskLamp", "SideTable")),
    RoomTemplate("livingroom2", "LivingRoom", (
        ("Sofa", 2), ("CoffeeTable", 1), ("DiningTable", 1), ("Ottoman", 1), ("Dresser", 1),
        ("Drawer", 3), ("Shelf", 3), ("GarbageCan", 1)), LIVING_OBJECTS,
        ("DeskLamp", "Dresser")),
)
