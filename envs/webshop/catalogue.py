"""Loading a WebShop catalogue: the shipped one or the official files, through one code path.

:func:`load_catalogue` reads a folder holding WebShop's three files (``items_shuffle*.json``,
``items_ins_v2*.json``, ``items_human_ins.json``) and turns them into what the environment
plays, the way WebShop's ``load_products``, ``get_human_goals`` and ``get_synthetic_goals`` do
(read for the facts, written here independently):

- a product gets ``Title`` (its ``name``), ``Description``, ``BulletPoints`` (a list, or the
  one string in a list), ``Attributes`` (from ``items_ins_v2``; ``["DUMMY_ATTR"]`` only when
  the product has no entry there), ``options`` (group -> values, lower-cased, ``/`` written
  ``" | "``), ``pricing`` and a ``Price`` tag; products with a bad or repeated asin are
  skipped; ``Rating`` is ``"N.A."`` and ``Reviews`` empty, as WebShop's loader leaves them
  (``reviews=True`` keeps a catalogue's own);
- its price is drawn uniformly within its pricing range (WebShop draws it unseeded; here from
  ``price_seed``); no pricing is $100;
- ``goals="human"``: one goal per human instruction with attributes; ``"synthetic"``: per
  product with an ``items_ins_v2`` instruction, one goal per combination of its option values
  (``goal_options`` a dict, ``" with size: m, and color: red"`` appended). A goal's budget
  ``price_upper`` is the larger of two distinct draws among the first four multiples of $10
  above the price (1,000,000 when fewer than two exist), and ``, and price lower than X
  dollars`` is added to its text;
- the goals are shuffled with ``shuffle_seed`` (WebShop's: 233) and split as WebShop's
  baselines split them: the first ``test_goals`` are ``test``, the next ``eval_goals``
  ``eval``, the rest ``train``.
"""

from __future__ import annotations

import itertools
import json
import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

SHIPPED_DIR = Path(__file__).resolve().parent / "data"
PRICE_STEPS = [10.0 * i for i in range(1, 100)]  # WebShop's budget grid
NO_BUDGET = 1_000_000.0
GOAL_SHUFFLE_SEED = 233  # WebShop shuffles its goals with this seed
WEBSHOP_SPLIT = (500, 1000)  # WebShop's baselines: goals 0-499 test, 500-1499 eval, rest train
SHIPPED_SPLIT = (100, 0)  # the shipped catalogue: 100 test goals, the rest train
GOAL_KINDS = ("human", "synthetic")
SPLITS = ("train", "eval", "test", "all")
PATTERNS = {"products": "items_shuffle*.json", "attributes": "items_ins_v2*.json",
            "instructions": "items_human_ins*.json"}


@dataclass(frozen=True)
class Catalogue:
    """Products and goals, ready to play.

    Attributes:
        products: processed products (WebShop's field names), in file order.
        prices: asin -> the price a purchase pays.
        goals: every goal, in shuffled order.
        test_goals, eval_goals: the sizes of the ``test`` split (the first goals) and the
            ``eval`` split (the next ones); the rest are ``train``.
    """

    products: list[dict[str, Any]]
    prices: dict[str, float]
    goals: list[dict[str, Any]]
    test_goals: int
    eval_goals: int

    @property
    def by_asin(self) -> dict[str, dict[str, Any]]:
        """asin -> product."""
        return {product["asin"]: product for product in self.products}

    def split(self, name: str) -> list[dict[str, Any]]:
        """The goals of ``"test"``, ``"eval"``, ``"train"`` or ``"all"``."""
        held_out = self.test_goals + self.eval_goals
        bounds = {"test": (0, self.test_goals), "eval": (self.test_goals, held_out),
                  "train": (held_out, len(self.goals)), "all": (0, len(self.goals))}
        if name not in bounds:
            raise ValueError(f"split must be one of {list(SPLITS)}, got {name!r}")
        first, last = bounds[name]
        return self.goals[first:last]


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


def load_catalogue(data_dir: str | Path = "authored", test_goals: int | None = None,
                   eval_goals: int | None = None, num_products: int | None = None,
                   price_seed: int = 0, products_file: str | None = None,
                   attributes_file: str | None = None,
                   goals: Literal["human", "synthetic"] = "human",
                   shuffle_seed: int = GOAL_SHUFFLE_SEED, reviews: bool = False) -> Catalogue:
    """Read a catalogue folder (see the module docstring).

    Args:
        data_dir: ``"authored"`` or a folder with WebShop's files.
        test_goals, eval_goals: the sizes of the ``test`` and ``eval`` splits (None: 500 and
            1000 for WebShop's files, as its baselines split them; 100 and 0 for the shipped
            catalogue).
        num_products: keep the first ``num_products`` products (WebShop's option; None: all).
        price_seed: seeds the prices and budgets.
        products_file, attributes_file: the file names, when the folder holds several
            (e.g. ``items_shuffle_1000.json`` beside ``items_shuffle.json``).
        goals: ``"human"`` (WebShop's benchmark) or ``"synthetic"`` (GiGPO's training goals).
        shuffle_seed: seeds the goals' order (WebShop: 233).
        reviews: keep the catalogue's own ``average_rating`` and ``Reviews`` (WebShop's loader
            shows "N.A." and no review).
    """
    if goals not in GOAL_KINDS:
        raise ValueError(f"goals must be one of {list(GOAL_KINDS)}, got {goals!r}")
    if num_products is not None and num_products < 1:
        raise ValueError(f"num_products must be >= 1 or null, got {num_products}")
    default = SHIPPED_SPLIT if str(data_dir) == "authored" else WEBSHOP_SPLIT
    test_goals = default[0] if test_goals is None else test_goals
    eval_goals = default[1] if eval_goals is None else eval_goals
    if test_goals < 0 or eval_goals < 0:
        raise ValueError(f"test_goals and eval_goals must be >= 0, got {test_goals} and "
                         f"{eval_goals}")
    folder = data_folder(data_dir)
    raw = _read(find_file(folder, "products", products_file))
    attributes = _read(find_file(folder, "attributes", attributes_file))
    products = process_products(raw[:num_products] if num_products else raw, attributes,
                                reviews)
    if not products:
        raise ValueError(f"{folder} holds no product with a valid asin")
    rng = random.Random(price_seed)
    prices = {p["asin"]: product_price(p["pricing"], rng) for p in products}
    if goals == "human":
        played = human_goals(products, _read(find_file(folder, "instructions")), prices, rng)
    else:
        played = synthetic_goals(products, attributes, prices, rng)
    if not played:
        raise ValueError(f"{folder}: no {goals} instruction with attributes matches a loaded "
                         f"product")
    random.Random(shuffle_seed).shuffle(played)
    if test_goals + eval_goals >= len(played):
        raise ValueError(f"test_goals={test_goals} + eval_goals={eval_goals} leave no training "
                         f"goal: the catalogue has {len(played)} {goals} goals; set "
                         f"env.test_goals and env.eval_goals")
    return Catalogue(products, prices, played, test_goals, eval_goals)


def _read(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def process_products(raw: Sequence[Mapping[str, Any]],
                     attributes: Mapping[str, Mapping[str, Any]],
                     reviews: bool = False) -> list[dict[str, Any]]:
    """WebShop's processed products from raw records (skipping bad and repeated asins)."""
    seen: set[str] = set()
    products = []
    for record in raw:
        asin = str(record["asin"])
        if asin == "nan" or len(asin) > 10 or asin in seen:
            continue
        seen.add(asin)
        bullets = record.get("small_description", "")
        pricing, tag = parse_pricing(record.get("pricing"))
        annotated = attributes.get(asin, {})
        products.append({
            "asin": asin, "name": record["name"], "Title": record["name"],
            "query": str(record["query"]).lower().strip(), "category": record["category"],
            "product_category": record["product_category"],
            "Description": record.get("full_description") or "",
            "BulletPoints": bullets if isinstance(bullets, list) else [bullets or ""],
            "Attributes": (list(annotated["attributes"]) if "attributes" in annotated
                           else ["DUMMY_ATTR"]),
            "options": parse_options(record.get("customization_options")),
            "pricing": pricing, "Price": tag,
            "Reviews": list(record.get("Reviews") or []) if reviews else [],
            "Rating": record.get("average_rating", "N.A.") if reviews else "N.A.",
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


def budget(price: float, rng: random.Random) -> tuple[float, str]:
    """A goal's budget above ``price`` and the clause its instruction gets (WebShop's rule)."""
    above = [step for step in PRICE_STEPS if step > price][:4]
    if len(above) < 2:
        return NO_BUDGET, ""
    upper = sorted(rng.sample(above, 2))[1]
    return upper, f", and price lower than {upper:.2f} dollars"


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
            upper, price_text = budget(prices[asin], rng)
            goals.append({
                "asin": asin, "category": product["category"], "query": product["query"],
                "name": product["name"], "product_category": product["product_category"],
                "instruction_text": str(instruction["instruction"]).strip(".") + price_text,
                "attributes": list(instruction["instruction_attributes"]),
                "price_upper": upper,
                "goal_options": list(instruction.get("instruction_options") or []),
            })
    return goals


def synthetic_goals(products: Sequence[Mapping[str, Any]],
                    attributes: Mapping[str, Mapping[str, Any]],
                    prices: Mapping[str, float], rng: random.Random) -> list[dict[str, Any]]:
    """WebShop's synthetic goals: for each product whose ``items_ins_v2`` entry has an
    ``instruction``, one goal per combination of its option values (groups in name order)."""
    goals = []
    for product in products:
        asin = product["asin"]
        annotated = attributes.get(asin, {})
        if annotated.get("instruction") is None:
            continue
        wanted = list(annotated.get("instruction_attributes") or [])
        if not wanted:
            raise ValueError(f"items_ins_v2 entry {asin} has an instruction but no "
                             f"instruction_attributes (WebShop's loader asserts them)")
        upper, price_text = budget(prices[asin], rng)
        names = sorted(product["options"])
        for combination in itertools.product(*(product["options"][n] for n in names)):
            chosen = dict(zip(names, combination, strict=True))
            option_text = ", and ".join(f"{name}: {value}" for name, value in chosen.items())
            option_text = f" with {option_text}" if option_text else ""
            goals.append({
                "asin": asin, "category": product["category"], "query": product["query"],
                "name": product["Title"], "product_category": product["product_category"],
                "instruction_text": f"{annotated['instruction']}{option_text}{price_text}",
                "attributes": wanted, "price_upper": upper, "goal_options": chosen,
            })
    return goals
