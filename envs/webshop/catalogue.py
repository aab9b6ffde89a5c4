"""Loading a WebShop catalogue: the shipped one or the official files, through one code path.

:func:`load_catalogue` reads a folder holding WebShop's three files (``items_shuffle*.json``,
``items_ins_v2*.json``, ``items_human_ins.json``) and turns them into what the environment
plays, the way WebShop's ``load_products`` and ``get_human_goals`` do (read for the facts,
written here independently):

- a product gets ``Title`` (its ``name``), ``Description``, ``BulletPoints``, ``Attributes``
  (from ``items_ins_v2``; ``["DUMMY_ATTR"]`` when it has none), ``options`` (group -> values,
  lower-cased, ``/`` written ``" | "``), ``pricing`` and a ``Price`` tag; products with a bad or
  repeated asin are skipped;
- its price is drawn uniformly within its pricing range (WebShop draws it unseeded; here from
  ``price_seed``); no pricing is $100;
- a goal is one human instruction with at least one attribute; its budget ``price_upper`` is
  the larger of two distinct draws among the first four multiples of $10 above the price
  (1,000,000 when fewer than two exist), and ``, and price lower than X dollars`` is added to
  its text;
- the goals are shuffled with seed 233, as WebShop does; the first ``eval_goals`` are the
  evaluation split (WebShop's benchmark: the first 500), the rest train.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

SHIPPED_DIR = Path(__file__).resolve().parent / "data"
PRICE_STEPS = [10.0 * i for i in range(1, 100)]  # WebShop's budget grid
NO_BUDGET = 1_000_000.0
GOAL_SHUFFLE_SEED = 233  # WebShop shuffles its goals with this seed
PATTERNS = {"products": "items_shuffle*.json", "attributes": "items_ins_v2*.json",
            "instructions": "items_human_ins*.json"}


@dataclass(frozen=True)
class Catalogue:
    """Products and goals, ready to play.

    Attributes:
        products: processed products (WebShop's field names), in file order.
        prices: asin -> the price a purchase pays.
        goals: every goal, in WebShop's shuffled order.
        eval_goals: how many of the first goals form the evaluation split.
    """

    products: list[dict[str, Any]]
    prices: dict[str, float]
    goals: list[dict[str, Any]]
    eval_goals: int

    @property
    def by_asin(self) -> dict[str, dict[str, Any]]:
        """asin -> product."""
        return {product["asin"]: product for product in self.products}

    def split(self, name: str) -> list[dict[str, Any]]:
        """The goals of ``"eval"`` (the first ``eval_goals``), ``"train"`` (the rest) or
        ``"all"``."""
        if name == "eval":
            return self.goals[:self.eval_goals]
        if name == "train":
            return self.goals[self.eval_goals:]
        if name == "all":
            return list(self.goals)
        raise ValueError(f"split must be 'train', 'eval' or 'all', got {name!r}")


def data_folder(data_dir: str | Path) -> Path:
    """``"authored"``: the shipped catalogue; else the folder itself (which must exist)."""
    folder = SHIPPED_DIR if str(data_dir) == "authored" else Path(data_dir).expanduser()
    if not folder.is_dir():
        raise ValueError(f"env.data_dir {str(data_dir)!r} is not a folder; use 'authored' (the "
                         f"shipped catalogue) or a folder with WebShop's items_shuffle*.json, "
                         f"items_ins_v2*.json and items_human_ins.json")
    return folder


def find_file(folder: Path, kind: str, name: str | None = None) -> Path:
    """The one file of ``kind`` (a key of :data:`PATTERNS`) in ``folder``, or ``name``."""
    if name is not None:
        path = folder / name
        if not path.is_file():
            raise ValueError(f"{path} does not exist (env.{kind}_file)")
        return path
    found = sorted(folder.glob(PATTERNS[kind]))
    if len(found) != 1:
        what = "none" if not found else ", ".join(p.name for p in found)
        raise ValueError(f"{folder} must hold exactly one {PATTERNS[kind]} (found: {what}); "
                         f"name the one to use with env.{kind}_file")
    return found[0]


def load_catalogue(data_dir: str | Path = "authored", eval_goals: int = 100,
                   num_products: int | None = None, price_seed: int = 0,
                   products_file: str | None = None,
                   attributes_file: str | None = None) -> Catalogue:
    """Read a catalogue folder (see the module docstring).

    Args:
        data_dir: ``"authored"`` or a folder with WebShop's files.
        eval_goals: the size of the evaluation split (WebShop's benchmark: 500).
        num_products: keep the first ``num_products`` products (WebShop's option; None: all).
        price_seed: seeds the prices and budgets.
        products_file, attributes_file: the file names, when the folder holds several
            (e.g. ``items_shuffle_1000.json`` beside ``items_shuffle.json``).
    """
    if eval_goals < 0:
        raise ValueError(f"eval_goals must be >= 0, got {eval_goals}")
    if num_products is not None and num_products < 1:
        raise ValueError(f"num_products must be >= 1 or null, got {num_products}")
    folder = data_folder(data_dir)
    raw = _read(find_file(folder, "products", products_file))
    attributes = _read(find_file(folder, "attributes", attributes_file))
    instructions = _read(find_file(folder, "instructions"))
    products = process_products(raw[:num_products] if num_products else raw, attributes)
    if not products:
        raise ValueError(f"{folder} holds no product with a valid asin")
    rng = random.Random(price_seed)
    prices = {p["asin"]: product_price(p["pricing"], rng) for p in products}
    goals = human_goals(products, instructions, prices, rng)
    if not goals:
        raise ValueError(f"{folder}: no instruction with attributes matches a loaded product")
    random.Random(GOAL_SHUFFLE_SEED).shuffle(goals)
    if eval_goals >= len(goals):
        raise ValueError(f"eval_goals={eval_goals} leaves no training goal: the catalogue has "
                         f"{len(goals)} goals")
    return Catalogue(products, prices, goals, eval_goals)


def _read(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def process_products(raw: Sequence[Mapping[str, Any]],
                     attributes: Mapping[str, Mapping[str, Any]]) -> list[dict[str, Any]]:
    """WebShop's processed products from raw records (skipping bad and repeated asins)."""
    seen: set[str] = set()
    products = []
    for record in raw:
        asin = str(record["asin"])
        if asin == "nan" or len(asin) > 10 or asin in seen:
            continue
        seen.add(asin)
        bullets = record.get("small_description") or []
        pricing, tag = parse_pricing(record.get("pricing"))
        products.append({
            "asin": asin, "name": record["name"], "Title": record["name"],
            "query": str(record["query"]).lower().strip(), "category": record["category"],
            "product_category": record["product_category"],
            "Description": record.get("full_description") or "",
            "BulletPoints": bullets if isinstance(bullets, list) else [bullets],
            "Attributes": list(attributes.get(asin, {}).get("attributes") or ["DUMMY_ATTR"]),
            "options": parse_options(record.get("customization_options")),
            "pricing": pricing, "Price": tag,
            "Reviews": list(record.get("Reviews") or []),
            "Rating": record.get("average_rating", "N.A."),
        })
    return products


def parse_pricing(pricing: str | None) -> tuple[list[float], str]:
    """``"$10.99 - $15.99"`` -> ``([10.99, 15.99], "$10.99 to $15.99")``; none -> $100."""
    if not pricing:
        return [100.0], "$100.0"
    values = [float(Decimal(re.sub(r"[^\d.]", "", part))) for part in pricing.split("$")[1:]]
    if len(values) == 1:
        return values, f"${values[0]}"
    return values[:2], f"${values[0]} to ${values[1]}"


def parse_options(options: Mapping[str, Any] | None) -> dict[str, list[str]]:
    """Option group (lower-cased) -> its values (stripped, lower-cased, ``/`` -> ``" | "``)."""
    parsed = {}
    for group, contents in (options or {}).items():
        if contents is None:
            continue
        parsed[group.lower()] = [str(c["value"]).strip().replace("/", " | ").lower()
                                 for c in contents]
    return parsed


def product_price(pricing: Sequence[float], rng: random.Random) -> float:
    """The price paid: the one price, or a uniform draw within the range."""
    return float(pricing[0]) if len(pricing) == 1 else rng.uniform(*pricing[:2])


def human_goals(products: Sequence[Mapping[str, Any]],
                instructions: Mapping[str, Sequence[Mapping[str, Any]]],
                prices: Mapping[str, float], rng: random.Random) -> list[dict[str, Any]]:
    """One goal per human instruction with attributes, with a budget drawn above the price."""
    goals = []
    for product in products:
        asin = product["asin"]
        for instruction in instructions.get(asin, []):
            if not instruction["instruction_attributes"]:
                continue
            above = [step for step in PRICE_STEPS if step > prices[asin]][:4]
            if len(above) >= 2:
                budget = sorted(rng.sample(above, 2))[1]
                price_text = f", and price lower than {budget:.2f} dollars"
            else:
                budget, price_text = NO_BUDGET, ""
            goals.append({
                "asin": asin, "category": product["category"], "query": product["query"],
                "name": product["name"], "product_category": product["product_category"],
                "instruction_text": str(instruction["instruction"]).strip(".") + price_text,
                "attributes": list(instruction["instruction_attributes"]),
                "price_upper": budget,
                "goal_options": list(instruction.get("instruction_options") or []),
            })
    return goals
