"""A seeded generator of WebShop catalogues, written in WebShop's own file formats.

:func:`generate_catalogue` composes products and human-style instructions from the authored
vocabulary (:mod:`creditkit_envs.webshop.vocabulary`); :func:`write_catalogue` writes them as
the three files WebShop's release has, so the shipped catalogue (``data/``, seed 0) and a
user's official download load through the same code (:mod:`creditkit_envs.webshop.catalogue`):

- ``items_shuffle_authored.json``: a list of raw products (``asin``, ``name``, ``query``,
  ``category``, ``product_category``, ``full_description``, ``small_description``,
  ``pricing`` as ``"$12.99"`` or ``"$10.99 - $15.99"``, ``customization_options``, ``images``
  (one empty URL: WebShop's loader reads the first)), plus ``Reviews`` and ``average_rating``
  (the official file has none; shown only with ``env.reviews=true``);
- ``items_ins_v2_authored.json``: asin -> ``{"attributes": [...], "instruction": ...,
  "instruction_attributes": [...]}``, the last two the synthetic instruction WebShop's
  ``get_synthetic_goals`` combines with every option choice (GiGPO's training goals);
- ``items_human_ins.json``: asin -> a list of ``{"instruction", "instruction_attributes",
  "instruction_options"}``.

``python -m creditkit_envs.webshop.authoring FOLDER [--seed S] [--products N]
[--instructions M]`` writes a catalogue.
"""

from __future__ import annotations

import argparse
import json
import random
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from creditkit_envs.webshop.vocabulary import TYPES, ProductType

PRODUCTS_FILE = "items_shuffle_authored.json"
ATTRIBUTES_FILE = "items_ins_v2_authored.json"
INSTRUCTIONS_FILE = "items_human_ins.json"

OPENINGS = ("i am looking for {what}", "i need {what}", "find me {what}",
            "i want to buy {what}", "looking for {what}", "i would like {what}")
SHAPES = ("{noun} that is {attributes}", "{attributes} {noun}", "{noun} with {attributes}")
OPTION_PHRASES = {"size": "in size {}", "color": "in {} color", "flavor": "in {} flavor",
                  "scent": "with a {} scent", "model": "for the {}", "wattage": "rated {}",
                  "pack": "in a {}"}
REVIEWS = ((5, "Love it", "Exactly what I wanted: {attribute}, as described."),
           (5, "Great value", "Works great and the price was fair."),
           (4, "Pretty good", "Good {noun}, though it took a while to arrive."),
           (3, "It is fine", "Does the job; I expected it to feel nicer."),
           (2, "Not for me", "It is {attribute}, but it did not suit me."))


@dataclass(frozen=True)
class AuthoredCatalogue:
    """A generated catalogue, in WebShop's raw formats (see the module docstring)."""

    products: list[dict[str, Any]]
    attributes: dict[str, dict[str, Any]]
    instructions: dict[str, list[dict[str, Any]]]


def generate_catalogue(num_products: int = 525, num_instructions: int = 400,
                       seed: int = 0) -> AuthoredCatalogue:
    """Compose ``num_products`` products (the product types in turn) and instructions for
    ``num_instructions`` of them (one each), reproducibly from ``seed``."""
    if num_products < 1:
        raise ValueError(f"num_products must be >= 1, got {num_products}")
    if not 0 <= num_instructions <= num_products:
        raise ValueError(f"num_instructions must be in [0, num_products={num_products}], got "
                         f"{num_instructions}")
    rng = random.Random(seed)
    asins: set[str] = set()
    products, attributes = [], {}
    for index in range(num_products):
        kind = TYPES[index % len(TYPES)]
        asin = _new_asin(rng, asins)
        product, chosen = _product(rng, kind, asin)
        products.append(product)
        attributes[asin] = {"attributes": chosen}
    synthetic = random.Random(f"synthetic-{seed}")  # its own stream: the rest stays as it was
    for index, product in enumerate(products):
        kind = TYPES[index % len(TYPES)]
        entry = attributes[product["asin"]]
        entry.update(_synthetic_instruction(synthetic, kind, entry["attributes"]))
    instructions = {}
    for index in sorted(rng.sample(range(num_products), num_instructions)):
        product = products[index]
        kind = TYPES[index % len(TYPES)]
        instructions[product["asin"]] = [_instruction(rng, kind, product,
                                                      attributes[product["asin"]]["attributes"])]
    return AuthoredCatalogue(products, attributes, instructions)


def write_catalogue(folder: str | Path, catalogue: AuthoredCatalogue) -> Path:
    """Write the three files into ``folder`` (created); returns the folder."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in ((PRODUCTS_FILE, catalogue.products),
                          (ATTRIBUTES_FILE, catalogue.attributes),
                          (INSTRUCTIONS_FILE, catalogue.instructions)):
        (folder / name).write_text(json.dumps(content, indent=0, ensure_ascii=False) + "\n")
    return folder


def _new_asin(rng: random.Random, taken: set[str]) -> str:
    while True:
        asin = "B0" + "".join(rng.choices(string.ascii_uppercase + string.digits, k=8))
        if asin not in taken:
            taken.add(asin)
            return asin


def _product(rng: random.Random, kind: ProductType, asin: str) -> tuple[dict[str, Any],
                                                                        list[str]]:
    """One raw product of ``kind`` and its attributes."""
    brand, style = rng.choice(kind.brands), rng.choice(kind.styles)
    names = list(kind.attributes)
    chosen = rng.sample(names, rng.randint(3, min(5, len(names))))
    title = (f"{brand} {style.title()} {kind.noun.title()} - "
             + ", ".join(a.title() for a in chosen[:3]))
    options: dict[str, list[dict[str, Any]]] = {}
    for group, values in kind.options.items():
        if options and rng.random() < 0.2:
            continue  # some products do not offer their type's second option group
        offered = sorted(rng.sample(range(len(values)), rng.randint(2, len(values))))
        options[group.title()] = [{"value": values[i], "image": None} for i in offered]
    low, high = kind.price
    price = max(round(rng.uniform(low, high)) - 0.01, 0.99)
    pricing = (f"${price:.2f}" if rng.random() < 0.7
               else f"${price:.2f} - ${round(price * rng.uniform(1.1, 1.5), 2):.2f}")
    bullets = [kind.attributes[a] for a in chosen]
    bullets.append(f"{brand} backs every {kind.noun} with a one year warranty.")
    description = (f"The {brand} {style} {kind.noun} {kind.use}. It is "
                   + ", ".join(chosen[:-1]) + f" and {chosen[-1]}. "
                   + " ".join(rng.sample(bullets[:-1], len(bullets) - 1)))
    reviews: list[dict[str, Any]] = []
    for score, heading, body in rng.sample(REVIEWS, rng.randint(1, 3)):
        reviews.append({"title": heading, "score": score,
                        "body": body.format(attribute=rng.choice(chosen), noun=kind.noun)})
    rating = round(sum(int(r["score"]) for r in reviews) / len(reviews), 1)
    return {"asin": asin, "name": title, "query": kind.query, "category": kind.category,
            "product_category": kind.path, "full_description": description,
            "small_description": bullets, "pricing": pricing,
            "customization_options": options, "images": [""],
            "Reviews": reviews, "average_rating": rating}, chosen


def _synthetic_instruction(rng: random.Random, kind: ProductType,
                           attributes: list[str]) -> dict[str, Any]:
    """A synthetic instruction naming 1-3 of a product's attributes and no option (WebShop's
    ``items_ins_v2`` ``instruction`` and ``instruction_attributes``)."""
    wanted = rng.sample(attributes, rng.choice((1, 2, 2, 3)))
    joined = wanted[0] if len(wanted) == 1 else ", ".join(wanted[:-1]) + f" and {wanted[-1]}"
    what = rng.choice(SHAPES).format(noun=kind.noun, attributes=joined)
    return {"instruction": rng.choice(OPENINGS).format(what=what),
            "instruction_attributes": wanted}


def _instruction(rng: random.Random, kind: ProductType, product: dict[str, Any],
                 attributes: list[str]) -> dict[str, Any]:
    """A human-style instruction for ``product``: some of its attributes and options."""
    wanted = rng.sample(attributes, rng.choice((1, 2, 2, 3)))
    options = []
    for group, values in product["customization_options"].items():
        if rng.random() < 0.75:
            options.append((group.lower(), rng.choice(values)["value"]))
    noun = kind.query if rng.random() < 0.5 else kind.noun
    joined = wanted[0] if len(wanted) == 1 else ", ".join(wanted[:-1]) + f" and {wanted[-1]}"
    what = rng.choice(SHAPES).format(noun=noun, attributes=joined)
    phrases = [OPTION_PHRASES.get(group, "with {} " + group).format(value)
               for group, value in options]
    text = rng.choice(OPENINGS).format(what=what)
    if phrases:
        text += ", " + " and ".join(phrases)
    return {"asin": product["asin"], "instruction": text, "instruction_attributes": wanted,
            "instruction_options": [value for _, value in options]}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="write a generated WebShop catalogue")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--products", type=int, default=525)
    parser.add_argument("--instructions", type=int, default=400)
    args = parser.parse_args(argv)
    catalogue = generate_catalogue(args.products, args.instructions, args.seed)
    print(write_catalogue(args.folder, catalogue))


if __name__ == "__main__":
    main()
