"""check_env catches each rule an environment can break, naming it."""

from __future__ import annotations

import functools
import random

import pytest

from creditkit.env import Observation, StepResult, TextEnv
from creditkit.env_check import EnvContractError, check_env


class Counter(TextEnv):
    """Count up to ``target`` with ``up``/``down``; a correct environment to break."""

    def __init__(self, target: int = 3, max_steps: int = 10) -> None:
        self.target, self.max_steps = target, max_steps
        self.value, self.turns, self.over = 0, 0, True

    def reset(self, *, seed: int, task: str | None = None) -> Observation:
        self.value, self.turns, self.over = random.Random(seed).randrange(2), 0, False
        return Observation(f"value {self.value}", task=f"reach {self.target}")

    def step(self, action: str) -> StepResult:
        if self.over:
            raise RuntimeError("episode over")
        self.value += 1 if action == "up" else -1
        self.turns += 1
        won = self.value == self.target
        self.over = won or self.turns >= self.max_steps
        return StepResult(Observation(f"value {self.value}"), self.rewards(won), terminated=won,
                          truncated=self.over and not won, info={"valid": True})

    def rewards(self, won: bool) -> dict[str, float]:
        return {"reward": float(won)}

    def admissible_actions(self) -> list[str]:
        return ["up", "down"]


class Unseeded(Counter):
    def reset(self, *, seed: int, task: str | None = None) -> Observation:
        super().reset(seed=seed)
        self.value = random.randrange(1000)  # ignores the seed
        return Observation(f"value {self.value}")


class WrongRewards(Counter):
    def rewards(self, won: bool) -> dict[str, float]:
        return {"success": float(won)}


class ListAnchors(Counter):
    def anchor_key(self, observation: Observation) -> list[str]:  # type: ignore[override]
        return [observation.text]


class Endless(Counter):
    def step(self, action: str) -> StepResult:
        result = super().step(action)
        self.over = False
        return StepResult(result.observation, result.rewards, terminated=False)


class SteppableAfterTheEnd(Counter):
    def step(self, action: str) -> StepResult:
        self.over = False
        return super().step(action)


class EmptyPrompt(Counter):
    def render_prompt(self, observation, history=()) -> str:  # type: ignore[no-untyped-def]
        return ""


def test_a_correct_environment_passes() -> None:
    check_env(Counter)
    check_env(functools.partial(Counter, target=2, max_steps=4), seeds=[7, 8])


@pytest.mark.parametrize(("make_env", "message"), [
    (Unseeded, "same seed must give the same episode"),
    (WrongRewards, "reward_names"),
    (ListAnchors, "unhashable list"),
    (Endless, "did not end within 200 steps"),
    (SteppableAfterTheEnd, "must raise RuntimeError"),
    (EmptyPrompt, "empty or non-str prompt"),
    (lambda: Counter(), "does not pickle"),
], ids=["unseeded", "rewards", "anchors", "endless", "after-the-end", "prompt", "lambda"])
def test_each_broken_rule_is_named(make_env, message: str) -> None:
    with pytest.raises(EnvContractError, match=message):
        check_env(make_env)


def test_no_seeds_is_refused() -> None:
    with pytest.raises(ValueError, match="seeds is empty"):
        check_env(Counter, seeds=[])
