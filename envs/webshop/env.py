"""WebShopEnv: WebShop's shopping protocol on a catalogue, with BM25 search and its reward."""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Hashable, Sequence
from typing import Any, Literal

from creditkit.env import Observation, StepResult, TextEnv, Turn
from creditkit_envs.tagged import parse_tagged, tagged
from creditkit_envs.webshop.catalogue import GOAL_SHUFFLE_SEED, SPLITS, Catalogue, load_catalogue
from creditkit_envs.webshop.pages import (
    BACK,
    BUY,
    NEXT,
    PREV,
    SUB_PAGES,
    PageState,
    clickables,
    page_products,
    render,
    with_clicked,
)
from creditkit_envs.webshop.prompts import gigpo_prompt
from creditkit_envs.webshop.reward import purchase_reward
from creditkit_envs.webshop.search import DEFAULT_FIELDS, SEARCH_RETURN_N, ProductSearch

ACTION = re.compile(r"(.+)\[(.+)\]")  # WebShop's action form: name[argument]
QUERY_PLACEHOLDER = "search[<query>]"
GIGPO_QUERY_PLACEHOLDER = "search[<your query>]"  # what GiGPO's prompt lists
PRICE_CLAUSE = ", and price lower than"
EXPERT_RESULT_PAGES = 3  # the scripted policy looks this many results pages deep
GIGPO_TAIL = 20  # GiGPO's WebShop code plays an untagged answer as its last 20 characters
REWARDS = ("score", "success")
INVALID = ("inadmissible", "malformed")
PROMPTS = ("compact", "gigpo")
ANCHORS = ("state", "text")
# WebShop's search prefixes that bypass the index: the field every product shown must match
SPECIAL_SEARCHES = {"<a>": "Attributes", "<c>": "category", "<q>": "query"}


@functools.lru_cache(maxsize=4)
def shared_catalogue(data_dir: str, fields: tuple[str, ...], **settings: Any
                     ) -> tuple[Catalogue, ProductSearch]:
    """The catalogue and its search index, built once per process for the same settings
    (the parallel env instances of a process share them); ``settings`` go to
    :func:`~creditkit_envs.webshop.catalogue.load_catalogue`."""
    catalogue = load_catalogue(data_dir, **settings)
    return catalogue, ProductSearch(catalogue.products, fields)


def split_action(action: str) -> tuple[str, str | None]:
    """WebShop's ``parse_action``: ``"click[Buy Now]"`` -> ``("click", "buy now")``. The
    pattern ``name[argument]`` is matched from the start of the text, greedily, and may be
    followed by anything (``click[back to search] please``); neither part is stripped; the
    argument is lower-cased. Text without the pattern -> ``(text, None)``."""
    match = ACTION.match(action)
    if match is None:
        return action, None
    return match.group(1), match.group(2).lower()


def goal_query(goal: dict[str, Any]) -> str:
    """What the scripted policy searches: the instruction without its price clause."""
    return str(goal["instruction_text"]).split(PRICE_CLAUSE)[0].lower().strip()


def wanted_options(goal: dict[str, Any]) -> list[str]:
    """The option values a goal asks for, lower-cased (a synthetic goal's dict: its values)."""
    options = goal["goal_options"]
    values = options.values() if isinstance(options, dict) else options
    return [str(value).lower() for value in values]


class WebShopEnv(TextEnv):
    """WebShop (Yao et al., NeurIPS 2022): find and buy what an instruction asks for.

    ``reset(seed=s)`` plays goal ``s % len(goals)`` of the split (a group of episodes with one
    seed shares the goal). Actions are WebShop's: ``search[query]`` (from any page) and
    ``click[text]`` for a clickable (a button, a product's asin, an option value); anything else
    changes nothing. Buying ends the episode; ``max_steps`` truncates (score 0).
    ``info["score"]`` holds WebShop's purchase score in [0, 1]
    (:func:`~creditkit_envs.webshop.reward.purchase_reward`) at the end, and success is a score
    of exactly 1.

    Args:
        data_dir: ``"authored"`` (the shipped catalogue) or a folder of WebShop's files.
        split: ``"test"`` (the first ``test_goals`` goals), ``"eval"`` (the next
            ``eval_goals``), ``"train"`` (the rest) or ``"all"``.
        test_goals, eval_goals: the split sizes (None: WebShop's 500 and 1000 for WebShop's
            files; 100 and 0 for the shipped catalogue).
        goals: ``"human"`` (WebShop's benchmark instructions) or ``"synthetic"`` (the
            attribute templates times every option combination: GiGPO's training goals).
        shuffle_seed: seeds the goals' order (WebShop's: 233).
        max_steps: turns before truncation (15 in the GiGPO paper).
        reward: ``"score"``: a purchase pays ``reward_scale x score`` (WebShop's); ``"success"``:
            ``reward_scale`` when the score is exactly 1, else 0 (GiGPO's code: 10).
        reward_scale: see ``reward``.
        anchor: ``"state"`` (page kind, query, page number, item, chosen options) or
            ``"text"`` (the page as WebShop's text mode shows it, without the ``You have
            clicked`` lines: GiGPO's anchor).
        search_fields: the product fields the search indexes
            (:data:`~creditkit_envs.webshop.search.FIELDS`; default WebShop's own).
        search_suggestions: 0: the search page lists ``search[<query>]`` (WebShop); n > 0: it
            lists n concrete searches, the scripted policy's query for this goal among the
            queries of other goals (a small action set for tiny policies). Any query is
            allowed either way.
        num_products: keep the first ``num_products`` products (None: all).
        price_seed: seeds the prices and budgets.
        products_file, attributes_file: which ``items_shuffle*.json`` and
            ``items_ins_v2*.json`` to read when ``data_dir`` holds several (None: the only one).
        list_actions: the prompt lists the admissible actions on every page (True) or only on
            the search page (False: shorter prompts for tiny policies on CPU).
        reviews: show a catalogue's own ratings and reviews (WebShop shows "N.A." and none).
        invalid: what ``info["valid"] = False`` (the invalid-action penalty) means:
            ``"inadmissible"``, an answer WebShop does nothing with; ``"malformed"``, an answer
            that is not an action at all (GiGPO's meaning: its code penalises only answers
            without the ``<action>`` tags, and plays the rest).
        prompt: ``"compact"`` (the first line of the answer is the action) or ``"gigpo"``
            (the GiGPO paper's WebShop prompt; answers in ``<think>``/``<action>`` tags).
    """

    reward_names = ("reward",)

    def __init__(self, data_dir: str = "authored",
                 split: Literal["train", "eval", "test", "all"] = "train",
                 test_goals: int | None = None, eval_goals: int | None = None,
                 goals: Literal["human", "synthetic"] = "human",
                 shuffle_seed: int = GOAL_SHUFFLE_SEED, max_steps: int = 15,
                 reward: Literal["score", "success"] = "score", reward_scale: float = 1.0,
                 anchor: Literal["state", "text"] = "state",
                 search_fields: Sequence[str] = DEFAULT_FIELDS, search_suggestions: int = 0,
                 num_products: int | None = None, price_seed: int = 0,
                 products_file: str | None = None, attributes_file: str | None = None,
                 list_actions: bool = True, reviews: bool = False,
                 invalid: Literal["inadmissible", "malformed"] = "inadmissible",
                 prompt: Literal["compact", "gigpo"] = "compact") -> None:
        for name, value, allowed in (("reward", reward, REWARDS), ("anchor", anchor, ANCHORS),
                                     ("invalid", invalid, INVALID),
                                     ("prompt", prompt, PROMPTS), ("split", split, SPLITS)):
            if value not in allowed:
                raise ValueError(f"{name} must be one of {list(allowed)}, got {value!r}")
        if max_steps < 1:
            raise ValueError(f"max_steps must be >= 1, got {max_steps}")
        if search_suggestions < 0:
            raise ValueError(f"search_suggestions must be >= 0, got {search_suggestions}")
        if reward_scale <= 0:
            raise ValueError(f"reward_scale must be > 0, got {reward_scale}")
        self.catalogue, self.search = shared_catalogue(
            str(data_dir), tuple(search_fields), test_goals=test_goals, eval_goals=eval_goals,
            num_products=num_products, price_seed=price_seed, products_file=products_file,
            attributes_file=attributes_file, goals=goals, shuffle_seed=shuffle_seed,
            reviews=reviews)
        self.goals = self.catalogue.split(split)
        if not self.goals:
            raise ValueError(f"split {split!r} has no goal (test_goals="
                             f"{self.catalogue.test_goals}, eval_goals="
                             f"{self.catalogue.eval_goals})")
        self.products = self.catalogue.products
        self.by_asin = self.catalogue.by_asin
        self.max_steps, self.reward, self.reward_scale = max_steps, reward, reward_scale
        self.anchor, self.invalid, self.prompt = anchor, invalid, prompt
        self.search_suggestions, self.list_actions = search_suggestions, list_actions
        self._goal: dict[str, Any] = {}
        self._state = PageState()
        self._results: list[int] = []
        self._suggested: list[str] = []
        self._visited: list[str] = []
        self._steps, self._over, self._rng = 0, True, random.Random(0)

    @property
    def num_tasks(self) -> int:
        """How many goals the split holds (seeds ``0..num_tasks-1`` play each once)."""
        return len(self.goals)

    def reset(self, *, seed: int, task: str | None = None) -> Observation:
        """Start goal ``seed % num_tasks`` (or the goal whose instruction is ``task``)."""
        index = seed % len(self.goals)
        if task is not None:
            named = [i for i, goal in enumerate(self.goals) if goal["instruction_text"] == task]
            if not named:
                raise ValueError(f"task {task!r} is no instruction of this split")
            index = named[0]
        self._goal = self.goals[index]
        self._state, self._results, self._visited = PageState(), [], []
        self._steps, self._over, self._rng = 0, False, random.Random(seed)
        self._suggested = self._suggestions(seed) if self.search_suggestions else []
        return self._observe()

    def step(self, action: str) -> StepResult:
        """Play ``action`` as WebShop's text env does: ``search[query]`` from any page,
        ``click[text]`` of a clickable; anything else changes nothing (``info["admissible"]``
        False; ``info["valid"]`` too unless ``invalid="malformed"``)."""
        if self._over:
            raise RuntimeError("the episode is over; call reset() before step()")
        self._steps += 1
        name, argument = split_action(action)
        acted, score = self._apply(name, argument)
        bought = self._state.kind == "done"
        truncated = not bought and self._steps >= self.max_steps
        self._over = bought or truncated
        if self._over and score is None:
            score = 0.0
        info: dict[str, Any] = {"valid": acted or self.invalid == "malformed",
                                "admissible": acted, "success": bought and score == 1.0}
        if score is not None:
            info["score"] = score
        return StepResult(self._observe(score), {"reward": self._reward(bought, score)},
                          bought, truncated, info)

    def _reward(self, bought: bool, score: float | None) -> float:
        if not bought or score is None:
            return 0.0
        if self.reward == "success":
            return self.reward_scale if score == 1.0 else 0.0
        return self.reward_scale * score

    def _apply(self, name: str, argument: str | None) -> tuple[bool, float | None]:
        """Change the page for one action: (whether WebShop acts on it, the score of a
        purchase)."""
        state = self._state
        if name == "search" and argument:
            self._results = self._search(argument)
            self._state = PageState("results", argument, 1)
            return True, None
        targets = self._clickables()
        if name != "click" or argument is None or argument not in targets:
            return False, None
        what, value = targets[argument]
        if what == "product":
            self._state = PageState("item", state.keywords, state.page, value)
            self._visited.append(value)
        elif what == "option":
            self._state = state.with_option(value, argument)
        elif argument == BACK:
            self._state, self._results = PageState(), []
        elif argument == NEXT:
            self._state = PageState("results", state.keywords, state.page + 1)
        elif argument == PREV and state.kind == "results":
            self._state = PageState("results", state.keywords, state.page - 1)
        elif argument == PREV and state.kind == "item":
            self._state = PageState("results", state.keywords, state.page)
        elif argument == PREV:  # a sub-page: back to its item, options kept
            self._state = PageState("item", state.keywords, state.page, state.asin,
                                    state.options)
        elif argument in SUB_PAGES:
            self._state = PageState(argument, state.keywords, state.page, state.asin,
                                    state.options)
        elif argument == BUY:
            product = self.by_asin[state.asin]
            self._state = PageState("done", state.keywords, state.page, state.asin,
                                    state.options)
            reward = purchase_reward(product, self._goal, self.catalogue.prices[state.asin],
                                     dict(state.options))
            return True, reward.total
        return True, None

    def _search(self, keywords: str) -> list[int]:
        """WebShop's ``get_top_n_product_from_keywords``: BM25's top 50, or, when the first
        word is one of its special prefixes, ``<r>`` 50 random products (from the episode's
        seed; WebShop's are unseeded), ``<a> attribute``, ``<c> category`` or ``<q> query``
        every product with it, in catalogue order."""
        words = keywords.split(" ")
        rest = " ".join(words[1:]).strip()
        if words[0] == "<r>":
            return self._rng.sample(range(len(self.products)),
                                    min(SEARCH_RETURN_N, len(self.products)))
        if words[0] in SPECIAL_SEARCHES:
            field = SPECIAL_SEARCHES[words[0]]
            wanted = words[1].strip() if field == "category" and len(words) > 1 else rest
            return [i for i, product in enumerate(self.products)
                    if (wanted in product[field] if field == "Attributes"
                        else product[field] == wanted)]
        return self.search.search(keywords, SEARCH_RETURN_N)

    def _clickables(self) -> dict[str, tuple[str, str]]:
        product = self.by_asin[self._state.asin] if self._state.asin else None
        return clickables(self._state, self._results, self.products, product)

    def admissible_actions(self) -> list[str]:
        """``click[...]`` of every clickable; on the search page ``search[<query>]`` (or the
        suggested searches). A search is played from any page, as WebShop does, but only the
        search page has the search bar that lists it."""
        if self._state.kind == "search":
            if self._suggested:
                return list(self._suggested)
            return [GIGPO_QUERY_PLACEHOLDER if self.prompt == "gigpo" else QUERY_PLACEHOLDER]
        return [f"click[{text}]" for text in self._clickables()]

    def parse_action(self, text: str) -> tuple[str, bool]:
        """The action of an answer and whether it counts as valid (see ``invalid``).

        ``compact``: the answer's first line, stripped; ``gigpo``: the text inside
        ``<action>`` tags (:func:`creditkit_envs.tagged.parse_tagged`). Malformed means: no
        ``name[argument]`` form (compact) or not well formed (gigpo)."""
        if self.prompt == "gigpo":
            action, well_formed = parse_tagged(text, tail=GIGPO_TAIL)
        else:
            action = text.strip().split("\n", 1)[0].strip() if text.strip() else ""
            well_formed = ACTION.match(action) is not None
        if self.invalid == "malformed":
            return action, well_formed
        return action, well_formed and self._acts_on(action)

    def _acts_on(self, action: str) -> bool:
        """Whether WebShop's text env would act on ``action`` here."""
        name, argument = split_action(action)
        if name == "search":
            return bool(argument)
        return name == "click" and argument in self._clickables()

    def format_action(self, action: str) -> str:
        """The answer that plays ``action``: the action, or (gigpo) it in tags."""
        return tagged(action) if self.prompt == "gigpo" else action

    def render_prompt(self, observation: Observation, history: Sequence[Turn] = ()) -> str:
        """The compact prompt (task, a short history, the page and, see ``list_actions``, the
        actions) or, with ``prompt="gigpo"``, the GiGPO paper's."""
        if self.prompt == "gigpo":
            return gigpo_prompt(observation.task, self._steps, history, observation.text,
                                self.admissible_actions())
        prompt = super().render_prompt(observation, history)
        if self.list_actions or self._state.kind == "search":
            return prompt
        listed = "Actions: " + ", ".join(self.admissible_actions())
        return prompt.replace(listed, "Actions: click[...] on a button, product or option of "
                              "the page.")

    def anchor_key(self, observation: Observation) -> Hashable:
        """The page state (``anchor="state"``) or WebShop's text of the page (``"text"``)."""
        return observation.info["state"] if self.anchor == "state" else \
            observation.info["webshop_text"]

    def task_category(self) -> str:
        """The goal product's category (beauty, electronics, fashion, food, furniture)."""
        return str(self._goal.get("category", ""))

    def expert_action(self) -> str:
        """A scripted shopper: search the instruction's words; open the first result within
        budget that offers every wanted option and was not opened yet (``next >`` for up to
        three pages); choose the wanted options; buy."""
        if self._over:
            raise RuntimeError("expert_action needs a running episode; call reset() first")
        state, goal = self._state, self._goal
        wanted = wanted_options(goal)
        if state.kind == "search":
            return f"search[{goal_query(goal)}]"
        if state.kind in SUB_PAGES:
            return f"click[{PREV}]"
        if state.kind == "item":
            offered = self._clickables()
            for value in wanted:
                if value in offered and offered[value][0] == "option" \
                        and (offered[value][1], value) not in state.options:
                    return f"click[{value}]"
            return f"click[{BUY}]"
        for index in page_products(self._results, state.page):
            product = self.products[index]
            values = {v for group in product["options"].values() for v in group}
            if (product["asin"] not in self._visited and all(v in values for v in wanted)
                    and self.catalogue.prices[product["asin"]] <= goal["price_upper"]):
                return f"click[{product['asin'].lower()}]"
        more = state.page * 10 < len(self._results)
        if more and state.page < EXPERT_RESULT_PAGES:
            return f"click[{NEXT}]"
        shown = page_products(self._results, state.page)
        if shown:
            return f"click[{self.products[shown[0]]['asin'].lower()}]"
        return f"click[{BACK}]"

    def _suggestions(self, seed: int) -> list[str]:
        """This goal's query and ``search_suggestions - 1`` other goals', in a seeded order."""
        rng = random.Random(seed)
        own = goal_query(self._goal)
        others = sorted({goal_query(goal) for goal in self.goals} - {own})
        queries = [own, *rng.sample(others, min(self.search_suggestions - 1, len(others)))]
        rng.shuffle(queries)
        return [f"search[{query}]" for query in queries]

    def _observe(self, score: float | None = None) -> Observation:
        state = self._state
        product = self.by_asin[state.asin] if state.asin else None
        page = render(state, self._results, product, self.products, score)
        return Observation(text=with_clicked(state, page),
                           task=str(self._goal.get("instruction_text", "")),
                           info={"state": state, "webshop_text": page})
