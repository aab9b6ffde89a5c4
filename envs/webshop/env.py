"""WebShopEnv: WebShop's shopping protocol on a catalogue, with BM25 search and its reward."""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Hashable, Sequence
from typing import Any, Literal

from creditkit.env import Observation, StepResult, TextEnv, Turn
from creditkit_envs.webshop.catalogue import Catalogue, load_catalogue
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
)
from creditkit_envs.webshop.reward import purchase_reward
from creditkit_envs.webshop.search import DEFAULT_FIELDS, SEARCH_RETURN_N, ProductSearch

ACTION = re.compile(r"(.+)\[(.+)\]")  # WebShop's action form: name[argument]
QUERY_PLACEHOLDER = "search[<query>]"
PRICE_CLAUSE = ", and price lower than"
EXPERT_RESULT_PAGES = 3  # the scripted policy looks this many results pages deep


@functools.lru_cache(maxsize=4)
def shared_catalogue(data_dir: str, eval_goals: int, num_products: int | None,
                     price_seed: int, fields: tuple[str, ...], products_file: str | None = None,
                     attributes_file: str | None = None) -> tuple[Catalogue, ProductSearch]:
    """The catalogue and its search index, built once per process for the same settings
    (the parallel env instances of a process share them)."""
    catalogue = load_catalogue(data_dir, eval_goals, num_products, price_seed, products_file,
                               attributes_file)
    return catalogue, ProductSearch(catalogue.products, fields)


def split_action(action: str) -> tuple[str, str | None]:
    """``"click[Buy Now]"`` -> ``("click", "buy now")`` (WebShop lower-cases the argument);
    text without brackets -> ``(text, None)``."""
    match = ACTION.fullmatch(action.strip())
    if match is None:
        return action.strip(), None
    return match.group(1).strip(), match.group(2).strip().lower()


def goal_query(goal: dict[str, Any]) -> str:
    """What the scripted policy searches: the instruction without its price clause."""
    return str(goal["instruction_text"]).split(PRICE_CLAUSE)[0].lower().strip()


class WebShopEnv(TextEnv):
    """WebShop (Yao et al., NeurIPS 2022): find and buy what an instruction asks for.

    ``reset(seed=s)`` plays goal ``s % len(goals)`` of the split (a group of episodes with one
    seed shares the goal). Actions are WebShop's: ``search[query]`` on the search page and
    ``click[text]`` for a clickable (a button, a product's asin, an option value). Anything
    else is invalid: the page stays, ``info["valid"]`` is False. Buying ends the episode with
    reward ``reward_scale * score``, the score being WebShop's purchase reward in [0, 1]
    (:func:`~creditkit_envs.webshop.reward.purchase_reward`), and success when it is 1;
    ``max_steps`` truncates (score 0). ``info["score"]`` holds the score at the end.

    Args:
        data_dir: ``"authored"`` (the shipped catalogue) or a folder of WebShop's files.
        split: ``"train"``, ``"eval"`` (the first ``eval_goals`` goals) or ``"all"``.
        eval_goals: the size of the evaluation split (WebShop's benchmark: 500).
        max_steps: turns before truncation (15 in the GiGPO paper).
        reward_scale: the reward of a purchase is this times its score (GiGPO: 10).
        anchor: ``"state"`` (page kind, query, page number, item, chosen options) or
            ``"text"`` (the page text).
        search_fields: the product fields the search indexes
            (:data:`~creditkit_envs.webshop.search.FIELDS`).
        search_suggestions: 0: the search page lists ``search[<query>]`` and any query is
            allowed (WebShop); n > 0: it lists n concrete searches, the scripted policy's
            query for this goal among the queries of other goals (a small action set for
            tiny policies; any query is still allowed).
        num_products: keep the first ``num_products`` products (None: all).
        price_seed: seeds the prices and budgets.
        products_file, attributes_file: which ``items_shuffle*.json`` and
            ``items_ins_v2*.json`` to read when ``data_dir`` holds several (None: the only one).
        list_actions: the prompt lists the admissible actions on every page (True) or only on
            the search page (False: the other pages' text shows every clickable already, and
            the prompt is shorter, for tiny policies on CPU).
    """

    reward_names = ("reward",)

    def __init__(self, data_dir: str = "authored",
                 split: Literal["train", "eval", "all"] = "train", eval_goals: int = 100,
                 max_steps: int = 15, reward_scale: float = 1.0,
                 anchor: Literal["state", "text"] = "state",
                 search_fields: Sequence[str] = DEFAULT_FIELDS, search_suggestions: int = 0,
                 num_products: int | None = None, price_seed: int = 0,
                 products_file: str | None = None, attributes_file: str | None = None,
                 list_actions: bool = True) -> None:
        if max_steps < 1:
            raise ValueError(f"max_steps must be >= 1, got {max_steps}")
        if anchor not in ("state", "text"):
            raise ValueError(f"anchor must be 'state' or 'text', got {anchor!r}")
        if search_suggestions < 0:
            raise ValueError(f"search_suggestions must be >= 0, got {search_suggestions}")
        if reward_scale <= 0:
            raise ValueError(f"reward_scale must be > 0, got {reward_scale}")
        self.catalogue, self.search = shared_catalogue(str(data_dir), eval_goals, num_products,
                                                       price_seed, tuple(search_fields),
                                                       products_file, attributes_file)
        self.goals = self.catalogue.split(split)
        if not self.goals:
            raise ValueError(f"split {split!r} has no goal (eval_goals={eval_goals})")
        self.products = self.catalogue.products
        self.by_asin = self.catalogue.by_asin
        self.max_steps, self.reward_scale, self.anchor = max_steps, reward_scale, anchor
        self.search_suggestions, self.list_actions = search_suggestions, list_actions
        self._goal: dict[str, Any] = {}
        self._state = PageState()
        self._results: list[int] = []
        self._suggested: list[str] = []
        self._visited: list[str] = []
        self._steps, self._over = 0, True

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
        self._steps, self._over = 0, False
        self._suggested = self._suggestions(seed) if self.search_suggestions else []
        return self._observe()

    def step(self, action: str) -> StepResult:
        """Play ``search[query]`` or ``click[text]``; anything else changes nothing."""
        if self._over:
            raise RuntimeError("the episode is over; call reset() before step()")
        self._steps += 1
        name, argument = split_action(action)
        valid, score = self._apply(name, argument)
        bought = self._state.kind == "done"
        truncated = not bought and self._steps >= self.max_steps
        self._over = bought or truncated
        if self._over and score is None:
            score = 0.0
        info: dict[str, Any] = {"valid": valid, "success": bought and score == 1.0}
        if score is not None:
            info["score"] = score
        reward = self.reward_scale * score if bought and score is not None else 0.0
        return StepResult(self._observe(score), {"reward": reward}, bought, truncated, info)

    def _apply(self, name: str, argument: str | None) -> tuple[bool, float | None]:
        """Change the page for one action: (valid, the score when it was a purchase)."""
        state = self._state
        if name == "search" and argument and state.kind == "search":
            self._results = self.search.search(argument, SEARCH_RETURN_N)
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

    def _clickables(self) -> dict[str, tuple[str, str]]:
        product = self.by_asin[self._state.asin] if self._state.asin else None
        return clickables(self._state, self._results, self.products, product)

    def admissible_actions(self) -> list[str]:
        """``click[...]`` of every clickable; on the search page ``search[<query>]`` (or the
        suggested searches)."""
        if self._state.kind == "search":
            return list(self._suggested) or [QUERY_PLACEHOLDER]
        return [f"click[{text}]" for text in self._clickables()]

    def parse_action(self, text: str) -> tuple[str, bool]:
        """The first line of the answer; valid when it is a search on the search page (any
        query) or a click on a clickable."""
        action = text.strip().split("\n", 1)[0].strip() if text.strip() else ""
        name, argument = split_action(action)
        if name == "search":
            return action, bool(argument) and self._state.kind == "search"
        return action, name == "click" and argument in self._clickables()

    def render_prompt(self, observation: Observation, history: Sequence[Turn] = ()) -> str:
        """The task, a short history, the page and (see ``list_actions``) the actions."""
        prompt = super().render_prompt(observation, history)
        if self.list_actions or self._state.kind == "search":
            return prompt
        listed = "Actions: " + ", ".join(self.admissible_actions())
        return prompt.replace(listed, "Actions: click[...] on a button, product or option of "
                              "the page.")

    def anchor_key(self, observation: Observation) -> Hashable:
        """The page state (``anchor="state"``) or the page text."""
        return observation.info["state"] if self.anchor == "state" else observation.text

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
        wanted = [str(option).lower() for option in goal["goal_options"]]
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
        text = render(state, self._results, product, self.products, score)
        return Observation(text=text, task=str(self._goal.get("instruction_text", "")),
                           info={"state": state})
