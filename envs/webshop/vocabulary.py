"""The authored vocabulary of creditkit's WebShop catalogue: 25 product types in WebShop's five
categories (beauty, electronics, fashion, food, furniture), each with its search query, category
path, brands, title words, attributes (each with the bullet point that states it), option groups
and price range. :mod:`creditkit_envs.webshop.authoring` composes products and instructions from
it; nothing here is drawn from WebShop's scraped data.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProductType:
    """One kind of product.

    Attributes:
        category: WebShop's top category (``beauty``, ``electronics``, ...).
        query: the search query the type was "listed under" (WebShop's ``query`` field; equal
            queries make the type factor of the reward 1).
        path: the category path, levels joined by `` › `` (``product_category``).
        noun: what the title calls it (``running shoes``).
        brands: brand names the titles start with.
        styles: words a title puts before the noun.
        attributes: attribute -> the bullet point that states it.
        options: option group -> its values (a product offers a subset of each).
        price: the (low, high) price range in dollars.
        use: what the description says it is for.
    """

    category: str
    query: str
    path: str
    noun: str
    brands: tuple[str, ...]
    styles: tuple[str, ...]
    attributes: dict[str, str]
    options: dict[str, tuple[str, ...]]
    price: tuple[float, float]
    use: str


SIZES = ("x-small", "small", "medium", "large", "x-large", "xx-large")
SHOE_SIZES = ("6", "6.5", "7", "7.5", "8", "8.5", "9", "9.5", "10", "10.5", "11", "12")
CLOTHES_COLOURS = ("black", "white", "navy blue", "heather grey", "olive green", "burgundy",
                   "khaki", "light pink")
WOOD_COLOURS = ("walnut", "espresso", "natural oak", "white", "black", "grey")

TYPES: tuple[ProductType, ...] = (
    # ---------------------------------------------------------------- beauty
    ProductType(
        "beauty", "face moisturizer", "Beauty & Personal Care › Skin Care › Face › Moisturizers",
        "face moisturizer", ("Lumiere", "Dermacalm", "Verdant Skin", "Aurelle"),
        ("daily", "hydrating", "lightweight", "night", "gel", "rich"),
        {"fragrance free": "Fragrance free formula that suits sensitive skin.",
         "hyaluronic acid": "Made with hyaluronic acid to hold moisture in the skin.",
         "paraben free": "Paraben free and tested by dermatologists.",
         "cruelty free": "Cruelty free: never tested on animals.",
         "natural ingredients": "Made with natural ingredients such as aloe and shea.",
         "oily skin": "Oil free texture made for oily skin.",
         "dry skin": "Deeply nourishing for dry skin.",
         "spf 30": "Broad spectrum spf 30 sun protection."},
        {"size": ("1.7 fl oz", "2.5 fl oz", "3.4 fl oz", "pack of 2")}, (9.0, 48.0),
        "keeps the skin soft and hydrated all day"),
    ProductType(
        "beauty", "shampoo", "Beauty & Personal Care › Hair Care › Shampoo & Conditioner",
        "shampoo", ("Silkroot", "Hairloom", "Purevia", "Botanica Lab"),
        ("clarifying", "volumizing", "repairing", "moisturizing", "daily", "gentle"),
        {"sulfate free": "Sulfate free cleansers that are gentle on the scalp.",
         "color safe": "Color safe formula that protects dyed hair.",
         "argan oil": "Infused with argan oil for shine.",
         "dry hair": "Restores moisture to dry hair.",
         "curly hair": "Defines curls without frizz for curly hair.",
         "tea tree": "Tea tree extract soothes an itchy scalp.",
         "vegan": "Vegan formula with no animal ingredients.",
         "hair growth": "Biotin complex that supports hair growth."},
        {"size": ("8 fl oz", "12 fl oz", "16 fl oz", "32 fl oz"),
         "scent": ("coconut", "lavender", "mint", "unscented")}, (7.0, 32.0),
        "cleans the hair and leaves it soft"),
    ProductType(
        "beauty", "lipstick", "Beauty & Personal Care › Makeup › Lips › Lipstick", "lipstick",
        ("Velvette", "Rouge Atelier", "Kissme Co", "Lunaria"),
        ("matte", "satin", "creamy", "liquid", "sheer", "glossy"),
        {"long lasting": "Long lasting color that stays on for 12 hours.",
         "waterproof": "Waterproof and smudge proof.",
         "cruelty free": "Cruelty free: never tested on animals.",
         "vitamin e": "Enriched with vitamin e to keep lips soft.",
         "vegan": "Vegan formula with no animal ingredients.",
         "non drying": "Non drying wear that feels light."},
        {"color": ("red", "nude", "pink", "berry", "coral", "plum", "mauve")}, (6.0, 28.0),
        "gives the lips a rich color"),
    ProductType(
        "beauty", "electric toothbrush", "Beauty & Personal Care › Oral Care › Toothbrushes",
        "electric toothbrush", ("Brightsmile", "Oralux", "Dentaflow", "Sonique"),
        ("sonic", "rechargeable", "travel", "whitening", "slim", "pro"),
        {"rechargeable battery": "Rechargeable battery that lasts 30 days on one charge.",
         "travel case": "Comes with a travel case.",
         "sensitive teeth": "Gentle mode for sensitive teeth.",
         "timer": "Built in two minute timer.",
         "replacement heads": "Includes 4 replacement heads.",
         "waterproof": "Waterproof body, safe in the shower."},
        {"color": ("black", "white", "pink", "blue", "green")}, (19.0, 89.0),
        "cleans the teeth better than a manual brush"),
    ProductType(
        "beauty", "nail polish", "Beauty & Personal Care › Makeup › Nails › Nail Polish",
        "nail polish", ("Lacquerie", "Glossmith", "Polished Fox", "Nailora"),
        ("gel", "quick dry", "glitter", "classic", "chrome", "pastel"),
        {"long lasting": "Long lasting wear with no chips for 10 days.",
         "non toxic": "Non toxic formula free of harsh chemicals.",
         "quick drying": "Quick drying in 60 seconds.",
         "cruelty free": "Cruelty free: never tested on animals.",
         "high gloss": "High gloss shine without a top coat.",
         "easy to remove": "Easy to remove with any remover."},
        {"color": ("red", "pink", "nude", "black", "purple", "gold", "silver"),
         "size": ("0.5 fl oz", "set of 6", "set of 12")}, (5.0, 30.0),
        "gives the nails a salon finish at home"),
    # ---------------------------------------------------------------- electronics
    ProductType(
        "electronics", "wireless earbuds", "Electronics › Headphones › Earbud Headphones",
        "wireless earbuds", ("Soundcore", "Auralis", "Beatbox", "Tunewave"),
        ("bluetooth", "true wireless", "sport", "compact", "pro", "mini"),
        {"noise cancelling": "Active noise cancelling blocks out the world.",
         "long battery life": "Long battery life: 30 hours with the case.",
         "water resistant": "Water resistant to sweat and rain.",
         "charging case": "Compact charging case with usb c.",
         "built in microphone": "Built in microphone for clear calls.",
         "fast charging": "Fast charging: 10 minutes give 2 hours.",
         "touch control": "Touch control for music and calls.",
         "deep bass": "Deep bass from 10 mm drivers."},
        {"color": ("black", "white", "navy blue", "rose gold", "grey")}, (18.0, 129.0),
        "plays music and takes calls without wires"),
    ProductType(
        "electronics", "phone case", "Electronics › Cell Phones & Accessories › Cases",
        "phone case", ("Armorline", "Casewell", "Shieldy", "Gripster"),
        ("slim", "rugged", "clear", "leather", "silicone", "wallet"),
        {"shockproof": "Shockproof corners absorb drops.",
         "wireless charging compatible": "Wireless charging compatible: no need to remove it.",
         "card holder": "Card holder slot for two cards.",
         "screen protector": "Comes with a tempered glass screen protector.",
         "raised edges": "Raised edges protect the camera and screen.",
         "non slip": "Non slip grip texture."},
        {"color": ("black", "clear", "navy blue", "red", "pink", "green"),
         "model": ("iphone 14", "iphone 15", "iphone 15 pro", "galaxy s23", "galaxy s24",
                   "pixel 8")}, (7.0, 39.0),
        "protects the phone from drops and scratches"),
    ProductType(
        "electronics", "usb c charger", "Electronics › Accessories › Chargers & Adapters",
        "usb c charger", ("Voltix", "Anchorpower", "Chargeon", "Ampere Co"),
        ("fast", "compact", "dual port", "travel", "gan", "wall"),
        {"fast charging": "Fast charging up to 65 watts.",
         "foldable plug": "Foldable plug for travel.",
         "multiple ports": "Multiple ports charge a laptop and a phone at once.",
         "cable included": "A 6 ft usb c cable is included.",
         "overheat protection": "Overheat protection keeps devices safe.",
         "universal compatibility": "Universal compatibility with phones, tablets and laptops."},
        {"color": ("black", "white"), "wattage": ("20w", "30w", "45w", "65w", "100w")},
        (9.0, 59.0), "charges phones, tablets and laptops"),
    ProductType(
        "electronics", "bluetooth speaker", "Electronics › Portable Audio › Speakers",
        "bluetooth speaker", ("Boomcraft", "Soundcore", "Echowave", "Auralis"),
        ("portable", "outdoor", "mini", "party", "waterproof", "smart"),
        {"waterproof": "Waterproof to ipx7 for the pool and the beach.",
         "long battery life": "Long battery life: 24 hours of play.",
         "deep bass": "Deep bass from a dual driver.",
         "stereo pairing": "Stereo pairing with a second speaker.",
         "built in microphone": "Built in microphone for hands free calls.",
         "lightweight": "Lightweight and easy to carry."},
        {"color": ("black", "blue", "red", "grey", "teal")}, (22.0, 149.0),
        "fills a room with sound from a phone"),
    ProductType(
        "electronics", "hdmi cable", "Electronics › Accessories › Cables › HDMI Cables",
        "hdmi cable", ("Linkwire", "Cablex", "Signalpro", "Voltix"),
        ("high speed", "braided", "flat", "gold plated", "ultra", "premium"),
        {"4k": "Supports 4k video at 60 hz.",
         "high speed": "High speed 18 gbps bandwidth.",
         "braided cord": "Braided cord that does not tangle.",
         "gold plated connectors": "Gold plated connectors resist corrosion.",
         "ethernet": "Ethernet channel for connected devices."},
        {"size": ("3 ft", "6 ft", "10 ft", "15 ft", "25 ft"),
         "pack": ("1 pack", "2 pack", "3 pack")}, (6.0, 29.0),
        "connects a tv to a computer, console or streaming box"),
    # ---------------------------------------------------------------- fashion
    ProductType(
        "fashion", "men's running shoes",
        "Clothing, Shoes & Jewelry › Men › Shoes › Athletic › Running", "running shoes",
        ("Stride", "Pacer", "Trailmark", "Fleetfoot"),
        ("men's", "lightweight", "breathable", "trail", "road", "cushioned"),
        {"non slip": "Non slip outsole grips wet roads.",
         "rubber sole": "Durable rubber sole.",
         "breathable mesh": "Breathable mesh upper keeps feet cool.",
         "memory foam": "Memory foam insole for comfort.",
         "arch support": "Arch support for long runs.",
         "lightweight": "Lightweight build under 9 oz.",
         "wide fit": "Wide fit for room in the toe box.",
         "machine washable": "Machine washable upper."},
        {"size": SHOE_SIZES, "color": ("black", "white", "grey", "navy blue", "red")},
        (35.0, 139.0), "keeps the feet comfortable on every run"),
    ProductType(
        "fashion", "women's yoga pants", "Clothing, Shoes & Jewelry › Women › Clothing › Active",
        "yoga pants", ("Lotus Line", "Flexwear", "Zenfit", "Motiva"),
        ("women's", "high waist", "cropped", "flared", "seamless", "workout"),
        {"high waist": "High waist band that stays in place.",
         "tummy control": "Tummy control panel.",
         "moisture wicking": "Moisture wicking fabric stays dry.",
         "side pockets": "Side pockets fit a phone.",
         "four way stretch": "Four way stretch for every pose.",
         "squat proof": "Squat proof, opaque fabric.",
         "machine wash": "Machine wash cold."},
        {"size": SIZES, "color": CLOTHES_COLOURS}, (15.0, 59.0),
        "moves with the body in yoga, running and the gym"),
    ProductType(
        "fashion", "men's t-shirt", "Clothing, Shoes & Jewelry › Men › Clothing › Shirts",
        "t-shirt", ("Basicco", "Cottonfield", "Urban Thread", "Everyday Co"),
        ("men's", "crew neck", "v-neck", "classic", "slim fit", "graphic"),
        {"100% cotton": "Made of 100% cotton.",
         "short sleeve": "Short sleeve cut.",
         "slim fit": "Slim fit through the chest.",
         "machine wash": "Machine wash cold.",
         "tagless": "Tagless collar that does not itch.",
         "relaxed fit": "Relaxed fit for all day wear.",
         "long sleeve": "Long sleeve for cooler days."},
        {"size": SIZES, "color": CLOTHES_COLOURS}, (8.0, 35.0), "is soft enough to wear daily"),
    ProductType(
        "fashion", "winter jacket", "Clothing, Shoes & Jewelry › Women › Clothing › Coats",
        "winter jacket", ("Northpeak", "Frostline", "Alpina", "Snowden"),
        ("women's", "puffer", "hooded", "quilted", "down", "long"),
        {"water resistant": "Water resistant shell.",
         "detachable hood": "Detachable hood with faux fur trim.",
         "zipper pockets": "Zipper pockets keep things safe.",
         "fleece lined": "Fleece lined for warmth.",
         "packable": "Packable into its own pocket.",
         "windproof": "Windproof outer layer.",
         "machine wash": "Machine wash cold."},
        {"size": SIZES, "color": ("black", "navy blue", "olive green", "burgundy", "beige")},
        (45.0, 199.0), "keeps the cold out on winter days"),
    ProductType(
        "fashion", "leather wallet", "Clothing, Shoes & Jewelry › Men › Accessories › Wallets",
        "leather wallet", ("Hidecraft", "Pocketsmith", "Ledger & Co", "Saddleback"),
        ("men's", "slim", "bifold", "trifold", "minimalist", "classic"),
        {"rfid blocking": "Rfid blocking keeps cards safe.",
         "genuine leather": "Genuine leather that ages well.",
         "coin pocket": "Coin pocket with a snap.",
         "gift box": "Comes in a gift box.",
         "id window": "Id window for a driving licence.",
         "slim design": "Slim design for a front pocket."},
        {"color": ("black", "brown", "tan", "navy blue", "burgundy")}, (12.0, 69.0),
        "holds cards and cash in a slim shape"),
    # ---------------------------------------------------------------- food
    ProductType(
        "food", "green tea", "Grocery & Gourmet Food › Beverages › Tea › Green", "green tea",
        ("Teahaven", "Leafwise", "Jade Garden", "Kyoto Leaf"),
        ("organic", "jasmine", "matcha", "sencha", "loose leaf", "decaf"),
        {"usda organic": "Usda organic leaves.",
         "caffeine free": "Caffeine free blend.",
         "individually wrapped": "Individually wrapped bags keep it fresh.",
         "non gmo": "Non gmo and no additives.",
         "gluten free": "Gluten free.",
         "high in antioxidants": "High in antioxidants."},
        {"size": ("20 count", "40 count", "100 count", "pack of 6")}, (5.0, 29.0),
        "brews a calm, fresh cup"),
    ProductType(
        "food", "protein bar", "Grocery & Gourmet Food › Snack Foods › Bars › Protein",
        "protein bars", ("Fuelup", "Musclebite", "Trailmix Co", "Purely"),
        ("chocolate", "peanut butter", "low sugar", "keto", "crunchy", "chewy"),
        {"high protein": "High protein: 20 g per bar.",
         "gluten free": "Gluten free.",
         "low sugar": "Low sugar: 1 g per bar.",
         "keto friendly": "Keto friendly.",
         "plant based": "Plant based protein.",
         "non gmo": "Non gmo ingredients."},
        {"flavor": ("chocolate", "peanut butter", "cookie dough", "vanilla", "berry"),
         "size": ("12 count", "24 count", "pack of 4")}, (12.0, 45.0),
        "is a filling snack after a workout"),
    ProductType(
        "food", "coffee beans", "Grocery & Gourmet Food › Beverages › Coffee › Whole Bean",
        "whole bean coffee", ("Roastery", "Bean & Co", "Highland Brew", "Dark Horse"),
        ("dark roast", "medium roast", "light roast", "espresso", "single origin", "decaf"),
        {"usda organic": "Usda organic beans.",
         "fair trade": "Fair trade certified.",
         "arabica": "100% arabica beans.",
         "low acid": "Low acid for a smooth cup.",
         "freshly roasted": "Freshly roasted in small batches.",
         "resealable bag": "Resealable bag with a valve."},
        {"size": ("12 oz", "2 lb", "5 lb")}, (9.0, 59.0), "brews a rich cup of coffee"),
    ProductType(
        "food", "olive oil", "Grocery & Gourmet Food › Pantry › Oils › Olive", "olive oil",
        ("Olivara", "Mediterra", "Sunny Grove", "Casa Oliva"),
        ("extra virgin", "cold pressed", "italian", "greek", "spanish", "light"),
        {"cold pressed": "Cold pressed from the first harvest.",
         "usda organic": "Usda organic olives.",
         "non gmo": "Non gmo.",
         "glass bottle": "Dark glass bottle keeps it fresh.",
         "single origin": "Single origin from one estate."},
        {"size": ("16.9 fl oz", "25.3 fl oz", "1 liter", "3 liter")}, (8.0, 49.0),
        "dresses salads and cooks every meal"),
    ProductType(
        "food", "dark chocolate", "Grocery & Gourmet Food › Candy & Chocolate › Bars",
        "dark chocolate bars", ("Cacaoro", "Noir Bar", "Sweet Earth", "Belgian Bay"),
        ("70% cacao", "85% cacao", "sea salt", "almond", "mint", "orange"),
        {"fair trade": "Fair trade cacao.",
         "vegan": "Vegan: no milk.",
         "gluten free": "Gluten free.",
         "low sugar": "Low sugar recipe.",
         "usda organic": "Usda organic cacao.",
         "individually wrapped": "Individually wrapped bars."},
        {"size": ("pack of 3", "pack of 6", "pack of 12"),
         "flavor": ("sea salt", "almond", "mint", "orange", "plain")}, (6.0, 39.0),
        "is a rich treat after dinner"),
    # ---------------------------------------------------------------- furniture
    ProductType(
        "furniture", "office chair", "Home & Kitchen › Furniture › Home Office › Chairs",
        "office chair", ("Ergoseat", "Deskmate", "Posture Pro", "Sitwell"),
        ("ergonomic", "mesh", "executive", "swivel", "high back", "compact"),
        {"lumbar support": "Lumbar support for the lower back.",
         "adjustable height": "Adjustable height with a gas lift.",
         "padded armrests": "Padded armrests that flip up.",
         "breathable mesh": "Breathable mesh back.",
         "easy assembly": "Easy assembly in 15 minutes.",
         "rolling wheels": "Rolling wheels for hard floors."},
        {"color": ("black", "grey", "white", "blue")}, (59.0, 299.0),
        "supports long days at the desk"),
    ProductType(
        "furniture", "bookshelf", "Home & Kitchen › Furniture › Living Room › Bookcases",
        "bookshelf", ("Oakhaven", "Shelfcraft", "Loftline", "Woodnest"),
        ("5 tier", "3 tier", "ladder", "corner", "industrial", "tall"),
        {"easy assembly": "Easy assembly with every tool included.",
         "solid wood": "Solid wood frame.",
         "wall anchor": "Wall anchor kit for safety.",
         "adjustable shelves": "Adjustable shelves for tall books.",
         "metal frame": "Sturdy metal frame."},
        {"color": WOOD_COLOURS}, (39.0, 249.0), "holds books, plants and photos"),
    ProductType(
        "furniture", "coffee table", "Home & Kitchen › Furniture › Living Room › Tables",
        "coffee table", ("Oakhaven", "Livingly", "Nordhus", "Woodnest"),
        ("round", "lift top", "rustic", "modern", "glass", "nesting"),
        {"storage shelf": "Storage shelf under the top.",
         "easy assembly": "Easy assembly in 20 minutes.",
         "solid wood": "Solid wood top.",
         "tempered glass": "Tempered glass top.",
         "lift top": "Lift top that rises to eating height.",
         "metal frame": "Sturdy metal frame."},
        {"color": WOOD_COLOURS}, (49.0, 299.0), "is the centre of the living room"),
    ProductType(
        "furniture", "bed sheets", "Home & Kitchen › Bedding › Sheets & Pillowcases",
        "sheet set", ("Dreamweave", "Slumberly", "Linen House", "Cozynest"),
        ("4 piece", "deep pocket", "microfiber", "bamboo", "percale", "sateen"),
        {"deep pocket": "Deep pocket fits mattresses up to 16 inches.",
         "100% cotton": "Made of 100% cotton.",
         "machine wash": "Machine wash warm.",
         "wrinkle free": "Wrinkle free weave.",
         "breathable": "Breathable and cool at night.",
         "hypoallergenic": "Hypoallergenic fibres."},
        {"size": ("twin", "full", "queen", "king", "california king"),
         "color": ("white", "grey", "navy blue", "sage green", "beige", "light pink")},
        (19.0, 129.0), "makes the bed soft and cool"),
    ProductType(
        "furniture", "table lamp", "Home & Kitchen › Lighting › Lamps › Table Lamps",
        "table lamp", ("Lumina", "Glowhaus", "Brightnest", "Lampwright"),
        ("bedside", "modern", "ceramic", "touch", "industrial", "mini"),
        {"usb port": "Usb port charges a phone.",
         "dimmable": "Dimmable in three steps.",
         "bulb included": "Led bulb included.",
         "touch control": "Touch control on the base.",
         "fabric shade": "Linen fabric shade."},
        {"color": ("black", "white", "gold", "grey", "blue"),
         "pack": ("1 pack", "set of 2")}, (15.0, 89.0), "lights a bedside or a desk"),
)
