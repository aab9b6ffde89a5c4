"""ALFWorldEnv: household tasks from ALFWorld's game files, played on the real engine."""

from __future__ import annotations

import json
import re
from collections import OrderedDict
from collections.abc import Hashable, Sequence
from pathlib import Path
from typing import Any, ClassVar, Literal

from creditkit.env import Observation, StepResult, TextEnv, Turn
from creditkit_envs.alfworld import speedups
from creditkit_envs.alfworld.games import find_games, kept_argv, load_game
from creditkit_envs.alfworld.prompts import PROMPTS, gigpo_prompt, parse_tagged, tagged
from creditkit_envs.alfworld.rooms import ROOMS
from creditkit_envs.alfworld.suite import authored_games

BANNER = "-= Welcome to TextWorld, ALFRED! =-"
REWORDINGS = ((r"move (.+) to (.+)", "put {} in/on {}"),
              (r"put (.+?) (?:in/on|in|on|into) (.+)", "move {} to {}"))
TASK_PREFIX = "Your task is to: "


class ALFWorldEnv(TextEnv):
    """ALFWorld (Shridhar et al., ICLR 2021) through textworld's PDDL engine, in-process.

    ``reset(seed=s)`` plays game ``s % len(games)`` of the split (so a group of episodes with
    one seed shares the game), or the game whose task folder is named ``task``. Actions are
    ALFWorld's commands (``go to desk 1``, ``take bowl 1 from desk 1``, ...); one that is not
    admissible answers "Nothing happens." with reward 0 and ``info["valid"] = False``.
    Winning gives ``success_reward`` and ends the episode; ``max_steps`` truncates it.

    Anchor keys (GiGPO's step groups): ``anchor="text"`` (the observation text, the GiGPO
    paper's choice) or ``"facts"``: the exact PDDL state from the engine, so that "Nothing
    happens." in two different places is not one state.

    Args:
        data_dir: ``"authored"`` for creditkit's own suite (see
            :mod:`creditkit_envs.alfworld.suite`); or an ALFWorld data folder holding
            ``json_2.1.*/<split>/`` (``$ALFWORLD_DATA``), or a split folder; or a list of
            them, the first holding games is used.
        split: official data: ``"valid_seen"`` (the GiGPO paper's 140 evaluation games),
            ``"valid_unseen"``, ``"train"``; authored suite: ``"eval"`` (60 fixed tasks) or
            ``"train"`` (procedural tasks, disjoint from the evaluation ones).
        max_steps: turns before truncation (50 in the GiGPO paper).
        success_reward: reward on a win (10 in the GiGPO paper).
        anchor: ``"text"`` or ``"facts"``.
        task_types: keep only these of the six task types (None: all).
        train_tasks: size of the authored procedural train split.
        train_seed: which authored procedural train split.
        game_cache: loaded games kept per instance (loading one takes 0.3-3 s; each holds its
            own copy of the engine, a few MB).
        memoise_engine: memoise textworld's template parser and Fast Downward's translation (the
            same games, faster steps and resets; see :mod:`creditkit_envs.alfworld.speedups`).
            Process-wide once on.
        rooms: authored suite only: keep the tasks set in these rooms (names of
            :data:`~creditkit_envs.alfworld.rooms.ROOMS`, e.g. ``["bedroom2"]``; None: all).
        prompt: ``"compact"`` (tiny models: a bare command, invalid = not admissible) or
            ``"gigpo"`` (the GiGPO paper's prompt and ``<think>``/``<action>`` answers, invalid
            = not well formed); see :mod:`creditkit_envs.alfworld.prompts`.
    """

    reward_names = ("reward",)
    category_labels: ClassVar[dict[str, str]] = {"pick_and_place_simple": "Pick",
                       "look_at_obj_in_light": "Look",
                       "pick_clean_then_place_in_recep": "Clean",
                       "pick_heat_then_place_in_recep": "Heat",
                       "pick_cool_then_place_in_recep": "Cool",
                       "pick_two_obj_and_place": "Pick2"}

    def __init__(self, data_dir: str | Path | Sequence[str | Path], split: str = "valid_seen",
                 max_steps: int = 50,
                 success_reward: float = 10.0, anchor: Literal["text", "facts"] = "text",
                 task_types: Sequence[str] | None = None, train_tasks: int = 500,
                 train_seed: int = 0, game_cache: int = 8, memoise_engine: bool = True,
                 rooms: Sequence[str] | None = None,
                 prompt: Literal["compact", "gigpo"] = "compact") -> None:
        if prompt not in PROMPTS:
            raise ValueError(f"prompt must be one of {PROMPTS}, got {prompt!r}")
        self.prompt = prompt
        if max_steps < 1:
            raise ValueError(f"max_steps must be >= 1, got {max_steps}")
        if anchor not in ("text", "facts"):
            raise ValueError(f"anchor must be 'text' or 'facts', got {anchor!r}")
        if game_cache < 1:
            raise ValueError(f"game_cache must be >= 1, got {game_cache}")
        if memoise_engine:
            speedups.install()
        if data_dir == "authored":
            games = [g for g in authored_games(split, train_tasks, train_seed)
                     if (not task_types or task_type_of(g) in task_types)
                     and (not rooms or room_of(g) in rooms)]
            if not games:
                raise ValueError(f"task_types {task_types} and rooms {rooms} select no authored "
                                 f"task; rooms are {[room.name for room in ROOMS]}")
            self.games = games
        elif rooms:
            raise ValueError("rooms selects authored tasks only (data_dir: authored); the "
                             "official games are chosen with task_types")
        else:
            self.games = find_games(data_dir, split, True, task_types)
        self.max_steps, self.success_reward, self.anchor = max_steps, success_reward, anchor
        self.game_cache = game_cache
        self._engines: OrderedDict[Path, Any] = OrderedDict()
        self._game: Path | None = None
        self._engine: Any = None
        self._admissible: list[str] = []
        self._task = ""
        self._steps, self._done = 0, True
        self._actions: list[str] = []
        self._plan: list[str] | None = None

    def reset(self, *, seed: int, task: str | None = None) -> Observation:
        """Start the game chosen by ``seed`` (or named by its task folder ``task``)."""
        game = self._choose(seed, task)
        self._engine, self._game = self._loaded(game), game
        with kept_argv():
            state = self._engine.reset()
        self._actions, self._plan = [], None
        text = state["feedback"].replace(BANNER, "").strip()
        before, _, sentence = text.partition(TASK_PREFIX)
        self._task = sentence.strip().rstrip(".")
        self._steps, self._done = 0, False
        return self._observe(state, before.strip())

    def step(self, action: str) -> StepResult:
        """Apply one command."""
        if self._done:
            raise RuntimeError("the episode is over; call reset() before step()")
        action = self._admissible_form(action.strip())
        valid = action in self._admissible
        state, _, _ = self._engine.step(action)
        self._actions.append(action)
        self._steps += 1
        won = bool(state["won"])
        truncated = not won and self._steps >= self.max_steps
        self._done = won or truncated
        # gigpo: validity is the answer's form (parse_action), an inadmissible command is played
        info = ({"valid": True, "admissible": valid} if self.prompt == "gigpo"
                else {"valid": valid})
        return StepResult(self._observe(state, state["feedback"].strip()),
                          {"reward": self.success_reward if won else 0.0}, terminated=won,
                          truncated=truncated, info={**info, "success": won})

    def admissible_actions(self) -> list[str] | None:
        """ALFWorld's admissible commands in the current state."""
        return list(self._admissible)

    @property
    def num_tasks(self) -> int:
        """How many games the split holds (seeds ``0..num_tasks-1`` play each once)."""
        return len(self.games)

    def render_prompt(self, observation: Observation, history: Sequence[Turn] = ()) -> str:
        """The compact prompt, or with ``prompt="gigpo"`` the GiGPO paper's."""
        if self.prompt == "compact":
            return super().render_prompt(observation, history)
        return gigpo_prompt(self._task, self._steps, history, observation.text,
                            self._admissible)

    def parse_action(self, text: str) -> tuple[str, bool]:
        """The command in the game's own wording of placing (see :meth:`step`). Compact: the
        first line, lower-cased, valid when admissible; gigpo: the text inside ``<action>``
        tags, valid when the answer is well formed (:func:`~.prompts.parse_tagged`)."""
        if self.prompt == "gigpo":
            action, well_formed = parse_tagged(text)
            return self._admissible_form(action), well_formed
        action, _ = super().parse_action(text)
        action = self._admissible_form(action)
        return action, action in self._admissible

    def format_action(self, action: str) -> str:
        """The answer that plays ``action``: the command, or (gigpo) it in tags after a short
        thought."""
        return tagged(action) if self.prompt == "gigpo" else action

    def _admissible_form(self, action: str) -> str:
        """ALFWorld words placing two ways: ``move X to Y`` (alfworld 0.4.2's grammar, the
        authored games) and ``put X in/on Y`` (the older official game files). An action in
        the other wording becomes the admissible command it means."""
        if action in self._admissible:
            return action
        for pattern, form in REWORDINGS:
            match = re.fullmatch(pattern, action)
            if match and (candidate := form.format(*match.groups())) in self._admissible:
                return candidate
        return action

    def task_category(self) -> str:
        """The current game's task type (for per-type evaluation tables)."""
        return task_type_of(self._game) if self._game is not None else ""

    def expert_action(self) -> str:
        """The next command of a winning plan from the current state: the game's stored
        walkthrough while the episode follows it, else a fresh plan from the planner."""
        if self._done or self._game is None:
            raise RuntimeError("expert_action needs a running episode; call reset() first")
        done = len(self._actions)
        if self._plan is None:
            self._plan = walkthrough_of(self._game)
        if self._plan is None or self._plan[:done] != self._actions or len(self._plan) <= done:
            planner = load_game(self._game, with_plan=True)
            with kept_argv():
                state = planner.reset()
                for action in self._actions:
                    state, _, _ = planner.step(action)
            self._plan = self._actions + list(state["policy_commands"])
            if len(self._plan) <= done:
                raise RuntimeError(f"the planner found no plan from this state of {self._game}")
        return self._plan[done]

    def _loaded(self, game: Path) -> Any:
        """The engine of ``game``, loading it on a cache miss (least recently used evicted)."""
        if game in self._engines:
            self._engines.move_to_end(game)
        else:
            self._engines[game] = load_game(game)
            while len(self._engines) > self.game_cache:
                self._engines.popitem(last=False)
        return self._engines[game]

    def anchor_key(self, observation: Observation) -> Hashable:
        """The observation text, or the exact PDDL state (``anchor="facts"``)."""
        if self.anchor == "facts":
            return observation.info["facts"]
        return observation.text

    def _choose(self, seed: int, task: str | None) -> Path:
        if task is None:
            return self.games[seed % len(self.games)]
        names = {game: (game.parent.parent.name, f"{game.parent.parent.name}/{game.parent.name}")
                 for game in self.games}
        named = [game for game, aliases in names.items() if task in aliases]
        if not named:
            raise ValueError(f"task {task!r} is not a task folder of this split; "
                             f"e.g. {self.games[0].parent.parent.name!r}")
        return named[0]

    def _observe(self, state: Any, text: str) -> Observation:
        self._admissible = sorted(state["admissible_commands"])
        facts = tuple(sorted(str(fact) for fact in state["facts"]))
        return Observation(text=text, task=self._task, info={"facts": facts})


def task_type_of(game: Path) -> str:
    """The task type of a game, from its task folder name (``<task_type>-<Obj>-...``)."""
    return game.parent.parent.name.split("-")[0]


def room_of(game: Path) -> str:
    """The room of an authored game, from its task folder name (``...-<room>``)."""
    return game.parent.parent.name.rsplit("-", 1)[-1]


def walkthrough_of(game: Path) -> list[str] | None:
    """The walkthrough stored in a game file, if any."""
    plan = json.loads(game.read_text()).get("walkthrough")
    return list(plan) if plan else None
