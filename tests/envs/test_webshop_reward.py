"""WebShop's purchase reward: hand-worked totals, the type factor, the matching quirks kept."""

from __future__ import annotations

from typing import Any

import pytest

from creditkit_envs.webshop.reward import purchase_reward, title_nouns

CATEGORY = "Clothing, Shoes & Jewelry › Men › Shoes › Outdoor"


def boots(**changes: Any) -> dict[str, Any]:
    product = {
        "Title": "Trail Runner Waterproof Hiking Boots",
        "BulletPoints": ["Rubber sole", "Lace-up closure"],
        "Description": "A light boot for muddy trails.",
        "Attributes": ["waterproof", "rubber sole"],
        "query": "hiking boots", "product_category": CATEGORY, "name": "hiking boots",
    }
    return {**product, **changes}


def wanted(**changes: Any) -> dict[str, Any]:
    goal = {"attributes": ["waterproof", "rubber sole", "lace up closure"],
            "goal_options": ["brown", "size 10"], "price_upper": 60.0,
            "query": "hiking boots", "product_category": CATEGORY, "name": "hiking boots"}
    return {**goal, **changes}


CHOSEN = {"color": "Dark Brown", "size": "10"}


def test_hand_worked_partial_purchase() -> None:
    # attributes: "waterproof" and "rubber sole" match Attributes (token_set_ratio 100);
    #   "lace up closure" matches neither, and is not a substring of the title, the bullet
    #   points ("lace-up closure": a hyphen) or the description -> 2 of 3.
    # options: "Dark Brown" vs "brown": token sets {dark, brown} and {brown} -> 100;
    #   "10" vs "size 10" -> 100 -> 2 of 2. price 45 <= 60 -> 1. query equal -> r_type 1.
    # total = (2 + 2 + 1) / (3 + 2 + 1) = 5/6
    reward = purchase_reward(boots(), wanted(), 45.0, CHOSEN)
    assert reward.total == pytest.approx(5 / 6)
    assert (reward.r_type, reward.r_att, reward.r_option, reward.r_price) == \
        (1.0, pytest.approx(2 / 3), 1.0, True)
    assert reward.query_match and reward.category_match and not reward.success
    # over budget: (2 + 2 + 0) / 6
    assert purchase_reward(boots(), wanted(), 70.0, CHOSEN).total == pytest.approx(4 / 6)
    # the closure written as the goal writes it: 3 of 3 -> (3 + 2 + 1) / 6 = 1, a success
    exact = boots(BulletPoints=["Rubber sole", "Lace up closure"])
    assert purchase_reward(exact, wanted(), 45.0, CHOSEN).success


def test_the_type_factor() -> None:
    other = {"query": "socks", "product_category": "Sports › Socks"}  # 0 shared levels
    # goal nouns {hiking, boots}; "running socks" shares none: title score 0 -> r_type 0
    none = purchase_reward(boots(name="running socks", **other), wanted(), 45.0, CHOSEN)
    assert (none.title_score, none.r_type, none.total) == (0.0, 0.0, 0.0)
    # "hiking socks" shares 1 of 2 (0.5 > 0.2): r_type 1 without query or category match
    half = purchase_reward(boots(name="hiking socks", **other), wanted(), 45.0, CHOSEN)
    assert (half.title_score, half.r_type) == (0.5, 1.0)
    # 6 goal nouns (waterproof leather hiking boots men laces), 1 shared: 1/6 <= 0.2 -> 0.5
    long_name = wanted(name="waterproof leather hiking boots for men with laces")
    sixth = purchase_reward(boots(name="winter boots", **other), long_name, 45.0, CHOSEN)
    assert (sixth.title_score, sixth.r_type) == (pytest.approx(1 / 6), 0.5)
    assert sixth.total == pytest.approx(0.5 * 5 / 6)
    # 1 of 11 shared: below 0.1 -> 0.1, whatever the query says
    eleven = wanted(name="trail hiking boots leather laces sole insole ankle support grip tread")
    tenth = purchase_reward(boots(name="boots"), eleven, 45.0, CHOSEN)
    assert (tenth.title_score, tenth.r_type) == (pytest.approx(1 / 11), 0.1)
    # a goal name without nouns scores 0.2: not above 0.2, so it is the query that decides
    empty = purchase_reward(boots(name="socks", **other), wanted(name="for the"), 45.0, CHOSEN)
    assert (empty.title_score, empty.r_type) == (0.2, 0.5)


def test_the_matching_quirks_are_webshops() -> None:
    # colour normalisation: "navy blue" becomes "blue" (the first colour word, alphabetically);
    # "Royal Blue" has a capital, so it stays as it is, and {royal, blue} contains {blue}
    navy = wanted(goal_options=["navy blue"])
    assert purchase_reward(boots(), navy, 45.0, {"color": "Royal Blue"}).r_option == 1.0
    # token sets: "x-large" is {x, large}, which contains "large"
    large = wanted(goal_options=["large"])
    assert purchase_reward(boots(), large, 45.0, {"size": "x-large"}).r_option == 1.0
    assert purchase_reward(boots(), large, 45.0, {"size": "small"}).r_option == 0.0
    # the text fallback looks for the attribute as written in the lower-cased text
    plain = boots(Attributes=[], Title="Hiking Boots, Machine Washable")
    lower = purchase_reward(plain, wanted(attributes=["machine washable"]), 45.0, CHOSEN)
    upper = purchase_reward(plain, wanted(attributes=["Machine Washable"]), 45.0, CHOSEN)
    assert (lower.r_att, upper.r_att) == (1.0, 0.0)


def test_dict_options_no_options_and_no_budget() -> None:
    as_dict = wanted(goal_options={"color": "brown", "size": "size 10"})
    assert purchase_reward(boots(), as_dict, 45.0, CHOSEN).total == pytest.approx(5 / 6)
    # WebShop compares a synthetic goal's (group, value) pair as the text "('size', 'large')":
    # tokens {size, large} against {x, large} score 83, not above 85, where the bare value
    # "large" would match
    pair = wanted(goal_options={"size": "large"})
    assert purchase_reward(boots(), pair, 45.0, {"size": "x-large"}).r_option == 0.0
    assert purchase_reward(boots(), pair, 45.0, {"size": "large"}).r_option == 1.0
    # no goal options: r_option None, (2 + 0 + 1) / (3 + 0 + 1)
    bare = purchase_reward(boots(), wanted(goal_options=[]), 45.0, {})
    assert (bare.r_option, bare.total) == (None, pytest.approx(3 / 4))
    # no budget: the price slot counts as met (WebShop's own code raises a TypeError there)
    free = purchase_reward(boots(), wanted(price_upper=0), 1e9, CHOSEN)
    assert (free.r_price, free.total) == (None, pytest.approx(5 / 6))


def test_title_nouns_stand_in() -> None:
    assert title_nouns("Men's Waterproof Hiking Boots, 3-Pack for the Trail") == [
        "men's", "waterproof", "hiking", "boots", "3-pack", "trail"]


def test_the_title_score_divides_by_the_goals_nouns_with_repeats() -> None:
    # WebShop: shared distinct nouns over the goal's noun list as tagged, repeats kept:
    # {alpha} of [alpha, beta, gamma, delta, alpha] is 1/5 (1/4 over the distinct nouns)
    other = {"query": "socks", "product_category": "Sports › Socks"}
    goal = wanted(name="alpha beta gamma delta alpha")
    reward = purchase_reward(boots(name="alpha", **other), goal, 45.0, CHOSEN)
    assert reward.title_score == pytest.approx(0.2) and reward.r_type == 0.5


def test_bad_input_names_the_field() -> None:
    product = boots()
    del product["Title"]
    with pytest.raises(ValueError, match=r"missing: product\['Title'\]"):
        purchase_reward(product, wanted(), 45.0, CHOSEN)
    with pytest.raises(ValueError, match=r"goal\['attributes'\] is empty"):
        purchase_reward(boots(), wanted(attributes=[]), 45.0, CHOSEN)
