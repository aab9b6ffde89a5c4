"""The WebShop catalogue: the shipped files, the seeded generator, WebShop's file formats."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from creditkit_envs.webshop import WebShopEnv, load_catalogue
from creditkit_envs.webshop.authoring import generate_catalogue, write_catalogue
from creditkit_envs.webshop.catalogue import SHIPPED_DIR, human_goals, parse_pricing


def test_the_shipped_files_are_the_generators_seed_zero(tmp_path: Path) -> None:
    written = write_catalogue(tmp_path, generate_catalogue(seed=0))
    shipped = sorted(p.name for p in SHIPPED_DIR.glob("*.json"))
    assert shipped == sorted(p.name for p in written.glob("*.json"))
    for name in shipped:
        assert (SHIPPED_DIR / name).read_bytes() == (written / name).read_bytes(), name


def test_the_shipped_catalogue_has_its_promised_size() -> None:
    catalogue = load_catalogue("authored")
    products, goals = catalogue.products, catalogue.goals
    assert len(products) >= 500 and len({p["category"] for p in products}) == 5
    assert len({p["query"] for p in products}) == 25
    assert all(p["options"] and len(p["Attributes"]) >= 3 and p["BulletPoints"]
               and p["Description"] for p in products)
    # WebShop's loader shows no rating and no review; env.reviews keeps the authored ones
    assert all(p["Rating"] == "N.A." and p["Reviews"] == [] for p in products)
    assert all(p["Reviews"] and p["Rating"] != "N.A."
               for p in load_catalogue("authored", reviews=True).products)
    assert len(goals) >= 300 and all(g["attributes"] and g["price_upper"] > 0 for g in goals)
    train, test = catalogue.split("train"), catalogue.split("test")
    assert len(test) == 100 and catalogue.split("eval") == []
    assert len(train) == len(goals) - 100
    assert not {g["instruction_text"] for g in train} & {g["instruction_text"] for g in test}
    # every goal's own product meets its options and budget
    by_asin = catalogue.by_asin
    for goal in goals:
        product = by_asin[goal["asin"]]
        offered = {v for values in product["options"].values() for v in values}
        assert set(goal["goal_options"]) <= offered
        assert catalogue.prices[goal["asin"]] <= goal["price_upper"]


def test_the_goal_order_is_webshops_shuffle() -> None:
    webshop, other = load_catalogue(), load_catalogue(shuffle_seed=0)
    assert [g["instruction_text"] for g in webshop.goals] != [
        g["instruction_text"] for g in other.goals]
    assert load_catalogue(shuffle_seed=233).goals == webshop.goals  # WebShop's seed
    env = WebShopEnv(shuffle_seed=0, split="test")
    assert env.goals == other.split("test")


def test_another_seed_gives_another_catalogue() -> None:
    one, other = generate_catalogue(60, 30, seed=1), generate_catalogue(60, 30, seed=2)
    assert one.products != other.products
    assert generate_catalogue(60, 30, seed=1) == one
    with pytest.raises(ValueError, match="num_instructions"):
        generate_catalogue(10, 11)


def official_folder(folder: Path, extra_products_file: bool = False) -> Path:
    """A small folder in WebShop's official formats, with the cases its loader handles."""
    def raw(asin: str, name: str, pricing: str | None, options: dict | None) -> dict:
        return {"asin": asin, "name": name, "query": " Desk Lamps ", "category": "furniture",
                "product_category": "Home › Lighting › Lamps", "full_description": "A lamp.",
                "small_description": "Bright light." if pricing else "", "pricing": pricing,
                "customization_options": options, "images": ["x.jpg"]}
    products = [
        raw("B000000001", "Brass Desk Lamp", "$10.50 - $19.99",
            {"Color": [{"value": "Black/Gold ", "image": None}, {"value": "White"}],
             "Size": None}),
        raw("nan", "broken record", "$1.00", None),
        raw("B000000001", "a repeat of the first asin", "$1.00", None),
        raw("B000000002", "Plain Lamp", None, None),
        raw("B000000003", "Lamp Shade", "$5.00", None),
    ]
    (folder / "items_shuffle_1000.json").write_text(json.dumps(products))
    if extra_products_file:
        (folder / "items_shuffle.json").write_text(json.dumps(products))
    (folder / "items_ins_v2_1000.json").write_text(json.dumps(
        {"B000000001": {"attributes": ["usb port", "dimmable"],
                        "instruction": "i need a dimmable desk lamp",
                        "instruction_attributes": ["dimmable"]},
         "B000000003": {"attributes": []}}))
    (folder / "items_human_ins.json").write_text(json.dumps({
        "B000000001": [{"instruction": "i want a dimmable desk lamp in black | gold.",
                        "instruction_attributes": ["dimmable"],
                        "instruction_options": ["black | gold"]},
                       {"instruction": "no attributes here", "instruction_attributes": [],
                        "instruction_options": []}],
        "B000000002": [{"instruction": "a plain lamp", "instruction_attributes": ["plain"],
                        "instruction_options": []}]}))
    return folder


def test_the_official_formats_load_as_webshop_processes_them(tmp_path: Path) -> None:
    catalogue = load_catalogue(official_folder(tmp_path), test_goals=1, eval_goals=0)
    first, plain, shade = catalogue.products
    assert [p["asin"] for p in catalogue.products] == ["B000000001", "B000000002",
                                                      "B000000003"]
    assert shade["Attributes"] == []  # an empty list is kept; DUMMY_ATTR only without entry
    assert first["Title"] == "Brass Desk Lamp" and first["query"] == "desk lamps"
    assert first["options"] == {"color": ["black | gold", "white"]}
    assert first["pricing"] == [10.5, 19.99] and first["Price"] == "$10.5 to $19.99"
    assert first["BulletPoints"] == ["Bright light."] and first["Rating"] == "N.A."
    assert plain["Attributes"] == ["DUMMY_ATTR"] and plain["Price"] == "$100.0"
    assert plain["BulletPoints"] == [""]  # an empty small_description is one empty point
    assert 10.5 <= catalogue.prices["B000000001"] <= 19.99
    assert catalogue.prices["B000000002"] == 100.0
    assert len(catalogue.goals) == 2  # the instruction without attributes is skipped
    texts = sorted(g["instruction_text"] for g in catalogue.goals)
    assert texts[0].startswith("a plain lamp, and price lower than ")
    assert texts[1].startswith("i want a dimmable desk lamp in black | gold, and price lower")
    # and the environment plays them: search, open, choose the option, buy
    env = WebShopEnv(data_dir=str(tmp_path), split="all", test_goals=1, eval_goals=0)
    env.reset(seed=[g["asin"] for g in env.goals].index("B000000001"))
    while not (result := env.step(env.expert_action())).done:
        pass
    assert result.info["success"] and result.info["score"] == 1.0


def test_loading_errors_name_the_setting(tmp_path: Path) -> None:
    official_folder(tmp_path, extra_products_file=True)
    with pytest.raises(ValueError, match="env.products_file"):
        load_catalogue(tmp_path)
    named = {"products_file": "items_shuffle.json"}
    assert len(load_catalogue(tmp_path, 1, 0, **named).goals) == 2
    # WebShop's split (500 test, 1000 eval) is the default for WebShop's files
    with pytest.raises(ValueError, match="test_goals=500 .* eval_goals=1000"):
        load_catalogue(tmp_path, **named)
    with pytest.raises(ValueError, match="env.test_goals"):
        load_catalogue(tmp_path, test_goals=1, eval_goals=1, **named)
    with pytest.raises(ValueError, match="goals must be one of"):
        load_catalogue(tmp_path, 1, 0, goals="both", **named)
    with pytest.raises(ValueError, match="num_products"):
        load_catalogue("authored", num_products=0)


def test_budgets_follow_webshops_grid() -> None:
    assert parse_pricing("$7.99") == ([7.99], "$7.99")
    product = {"asin": "A", "category": "c", "query": "q", "name": "n", "product_category": "p"}
    instruction = {"instruction": "buy it.", "instruction_attributes": ["x"],
                   "instruction_options": []}
    budgets = {human_goals([product], {"A": [instruction]}, {"A": 23.0},
                           random.Random(seed))[0]["price_upper"] for seed in range(40)}
    assert budgets == {40.0, 50.0, 60.0}  # the larger of two of 30, 40, 50, 60
    rich = human_goals([product], {"A": [instruction]}, {"A": 985.0}, random.Random(0))[0]
    assert rich["price_upper"] == 1_000_000 and rich["instruction_text"] == "buy it"


def test_the_env_reads_the_named_files(tmp_path: Path) -> None:
    official_folder(tmp_path, extra_products_file=True)
    with pytest.raises(ValueError, match="env.products_file"):
        WebShopEnv(data_dir=str(tmp_path), test_goals=1, eval_goals=0)
    env = WebShopEnv(data_dir=str(tmp_path), test_goals=1, eval_goals=0,
                     products_file="items_shuffle.json",
                     attributes_file="items_ins_v2_1000.json")
    assert len(env.products) == 3 and env.num_tasks == 1


def test_synthetic_goals_combine_every_option(tmp_path: Path) -> None:
    official_folder(tmp_path)
    catalogue = load_catalogue(tmp_path, 1, 0, goals="synthetic", price_seed=3)
    # only B000000001 has a synthetic instruction; its one option group has two values
    assert sorted(g["instruction_text"].split(", and price")[0] for g in catalogue.goals) == [
        "i need a dimmable desk lamp with color: black | gold",
        "i need a dimmable desk lamp with color: white"]
    assert {tuple(g["goal_options"].items()) for g in catalogue.goals} == {
        (("color", "black | gold"),), (("color", "white"),)}
    assert len({g["price_upper"] for g in catalogue.goals}) == 1  # one budget per product
    env = WebShopEnv(data_dir=str(tmp_path), split="all", test_goals=1, eval_goals=0,
                     goals="synthetic")
    for seed in range(2):
        env.reset(seed=seed)
        while not (result := env.step(env.expert_action())).done:
            pass
        assert result.info["success"], env.goals[seed]["instruction_text"]


def test_the_shipped_records_are_readable_by_webshops_loader() -> None:
    raw = json.loads((SHIPPED_DIR / "items_shuffle_authored.json").read_text())
    assert all(isinstance(record["images"][0], str) for record in raw)  # its images[0]
    annotated = json.loads((SHIPPED_DIR / "items_ins_v2_authored.json").read_text())
    assert all(entry["instruction"] and entry["instruction_attributes"]
               for entry in annotated.values())
    assert len(load_catalogue("authored", goals="synthetic").goals) > 1000
