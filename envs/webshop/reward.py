"""WebShop's purchase reward, over dicts with WebShop's own field names.

The reward of buying ``product`` at ``price`` with ``options`` for ``goal`` (WebShop's
``web_agent_site/engine/goal.py``, written here independently):

    total = r_type * (attribute matches + option matches + price ok)
                   / (goal attributes + goal options + 1)

and the episode is a success when ``total == 1``. Fuzzy matches use thefuzz's
``token_set_ratio`` (as WebShop does) above 85. The type factor needs the nouns of the two
product names; WebShop tags them with spaCy's ``en_core_web_sm``, which cannot be downloaded
here: :func:`title_nouns` is a documented stand-in (see its docstring for where it differs).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from thefuzz import fuzz

FUZZY_THRESHOLD = 85  # a fuzzy match needs token_set_ratio > 85 (thefuzz rounds to an int)
CATEGORY_SEPARATOR = "›"
NO_NOUN_TITLE_SCORE = 0.2  # WebShop's title score when the goal's name has no noun

# WebShop's option normaliser maps an option to the first of these colour words (in this,
# alphabetical, order) that it contains, case-sensitively: "navy blue" -> "blue".
COLOURS = (
    "alabaster apricot aqua ash asphalt azure banana beige black blue blush bordeaux bronze "
    "brown burgundy camel camo caramel champagne charcoal cheetah chestnut chocolate christmas "
    "coffee cognac copper coral cranberry cream crystal dark denim eggplant elephant espresso "
    "fuchsia gold granite grape graphite grass gray green grey heather indigo ivory ivy khaki "
    "lavender lemon leopard light lilac lime magenta maroon mauve merlot midnight mint mocha "
    "multicolor mushroom mustard natural navy nude olive orange peach pewter pink plum purple "
    "rainbow red rose royal rust sand sapphire seashell silver skull slate steel stone "
    "stonewash sunflower tan taupe teal tiger turquoise violet walnut wheat white wine yellow"
).split()

# words of a product name that are never nouns: the stand-in for spaCy's part-of-speech filter
FUNCTION_WORDS = frozenset(
    "a an the and or nor but for of in on at to by with without from into onto over under "
    "up down out off as per via than then so if is are was were be been being am do does did "
    "has have had it its this that these those my your our their his her he she they we you i "
    "me us them not no all any each every some both either neither more most less least very "
    "too also just only own same such can could will would shall should may might must "
    "about above across after against along among around before behind below beneath beside "
    "between beyond during except inside near outside since through throughout toward towards "
    "until upon within".split()
)
_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")


@dataclass(frozen=True)
class PurchaseReward:
    """A purchase's reward and its parts (WebShop's ``verbose`` info).

    Attributes:
        total: the reward in [0, 1].
        r_type: the type factor, 1.0, 0.5, 0.1 or 0.0.
        r_att: the share of goal attributes matched.
        r_option: the share of goal options matched; None when the goal has none.
        r_price: whether the price is within budget; None without a budget (``price_upper``
            missing or <= 0), when the price slot counts as met.
        query_match, category_match, title_score: what the type factor was decided on.
    """

    total: float
    r_type: float
    r_att: float
    r_option: float | None
    r_price: bool | None
    query_match: bool
    category_match: bool
    title_score: float

    @property
    def success(self) -> bool:
        """WebShop's success: a reward of exactly 1."""
        return self.total == 1.0


def normalise_colour(option: Any) -> Any:
    """The first of :data:`COLOURS` that ``option`` contains (case-sensitive; for a
    ``(group, value)`` pair, that equals one of them), else ``option``."""
    return next((colour for colour in COLOURS if colour in option), option)


def fuzzy_match(a: Any, b: Any) -> bool:
    """WebShop's fuzzy equality: thefuzz's ``token_set_ratio`` (on ``str`` of each side,
    characters 128-255 dropped, lower-cased, other non-alphanumerics as spaces, rounded to an
    int) above 85."""
    return fuzz.token_set_ratio(a, b) > FUZZY_THRESHOLD


def title_nouns(name: str) -> list[str]:
    """The lower-cased nouns of a product name, in order and with repeats: the stand-in for
    WebShop's spaCy tagging.

    WebShop keeps the tokens ``en_core_web_sm`` tags NOUN or PROPN. Here every word of letters
    and digits (inner ``'`` and ``-`` kept) that is not in :data:`FUNCTION_WORDS` counts.
    Where the two can differ:

    - adjectives, verbs and adverbs count here ("wireless", "long", "running"); spaCy drops
      them, so our noun sets are larger and a title score can be lower or higher;
    - numbers count here ("16", "3-pack"); spaCy tags most as NUM;
    - spaCy splits some words we keep whole ("men's" is "men" + "'s"; "3-pack" is three
      tokens), and tags some function-like words as nouns ("top", "set").
    """
    return [word for word in _WORD.findall(name.lower()) if word not in FUNCTION_WORDS]


def category_levels(category: str) -> set[str]:
    """The levels of a ``›``-separated category path, stripped."""
    return {level.strip() for level in category.split(CATEGORY_SEPARATOR)}


def type_reward(product: Mapping[str, Any], goal: Mapping[str, Any]
                ) -> tuple[float, bool, bool, float]:
    """``(r_type, query_match, category_match, title_score)`` of buying ``product`` for
    ``goal``: 1.0 when the query, two category levels or more than 0.2 of the goal name's
    nouns match, else 0.5; 0.1 below a title score of 0.1; 0.0 at a title score of 0. The
    title score is WebShop's: the distinct nouns the names share over the goal's noun count
    with repeats ("alpha beta alpha" has three)."""
    query_match = product["query"] == goal["query"]
    category_match = len(category_levels(product["product_category"])
                         & category_levels(goal["product_category"])) >= 2
    desired = title_nouns(goal["name"])
    shared = set(title_nouns(product["name"])) & set(desired)
    title_score = len(shared) / len(desired) if desired else NO_NOUN_TITLE_SCORE
    r_type = 1.0 if (query_match or category_match or title_score > 0.2) else 0.5
    if title_score < 0.1:
        r_type = 0.1
    if title_score == 0.0:
        r_type = 0.0
    return r_type, query_match, category_match, title_score


def attribute_matches(product: Mapping[str, Any], attributes: Sequence[str]) -> int:
    """How many goal ``attributes`` the product has: a fuzzy match with one of its
    ``Attributes``, or else the attribute as it is written (not lower-cased) inside its
    lower-cased ``Title``, ``BulletPoints`` or ``Description``."""
    text = (product["Title"].lower(), " ".join(product["BulletPoints"]).lower(),
            product["Description"].lower())
    return sum(
        any(fuzzy_match(own, wanted) for own in product["Attributes"])
        or any(wanted in part for part in text)
        for wanted in attributes)


def option_matches(chosen: Sequence[str], wanted: Sequence[str | tuple[str, str]]) -> int:
    """How many ``wanted`` options fuzzily match one of the ``chosen`` ones, both
    colour-normalised (:func:`normalise_colour`). A wanted ``(group, value)`` pair (a
    synthetic goal's) is compared as WebShop compares it: colour-normalised only when a colour
    word is the group or the value exactly, and fuzzily as the text ``"('group', 'value')"``,
    whose tokens are the group's and the value's."""
    chosen = [normalise_colour(option) for option in chosen]
    return sum(any(fuzzy_match(own, normalise_colour(option)) for own in chosen)
               for option in wanted)


def goal_option_values(goal: Mapping[str, Any]) -> list[Any]:
    """The goal's options as WebShop's reward reads them: a list (human instructions), or a
    dict's ``(group, value)`` pairs (synthetic goals)."""
    options = goal["goal_options"]
    return list(options.items()) if isinstance(options, Mapping) else list(options)


def purchase_reward(product: Mapping[str, Any], goal: Mapping[str, Any], price: float,
                    options: Mapping[str, str]) -> PurchaseReward:
    """WebShop's reward for buying ``product`` at ``price`` with the chosen ``options``.

    Args:
        product: WebShop fields ``Title``, ``BulletPoints`` (list), ``Description``,
            ``Attributes`` (list), ``query``, ``product_category``, ``name``.
        goal: ``attributes`` (list), ``goal_options`` (list, or dict of option name to value),
            ``price_upper``, ``query``, ``product_category``, ``name``.
        price: the price paid.
        options: option group -> the value chosen (e.g. ``{"size": "large"}``).
    """
    missing = [f"product[{key!r}]" for key in ("Title", "BulletPoints", "Description",
                                               "Attributes", "query", "product_category",
                                               "name") if key not in product]
    missing += [f"goal[{key!r}]" for key in ("attributes", "goal_options", "query",
                                            "product_category", "name") if key not in goal]
    if missing:
        raise ValueError(f"purchase_reward needs WebShop's fields; missing: {', '.join(missing)}")
    if not goal["attributes"]:
        raise ValueError("goal['attributes'] is empty: a WebShop goal needs at least one "
                         "attribute (WebShop skips instructions without any)")
    r_type, query_match, category_match, title_score = type_reward(product, goal)
    attributes, wanted = list(goal["attributes"]), goal_option_values(goal)
    found_attributes = attribute_matches(product, attributes)
    found_options = option_matches(list(options.values()), wanted)
    budget = float(goal.get("price_upper") or 0.0)
    r_price = bool(price <= budget) if budget > 0 else None
    slots = len(attributes) + len(wanted) + 1
    # divided, then scaled by the type factor, in WebShop's order (the same float to the bit)
    total = (found_attributes + found_options + (1 if r_price is None else r_price)) / slots
    total *= r_type
    return PurchaseReward(
        total=total, r_type=r_type,
        r_att=found_attributes / len(attributes),
        r_option=found_options / len(wanted) if wanted else None, r_price=r_price,
        query_match=query_match, category_match=category_match, title_score=title_score)
