"""Lights out on a row of lamps: a complete small environment for the how-to
docs/howto/custom-env.md.

Each lamp is on or off; ``toggle i`` flips lamp ``i`` and its neighbours. The episode is won
when every lamp is off (reward 1) and cut after ``max_steps`` turns. The same lamp pattern
recurs across a group's episodes, so GiGPO finds step groups (the anchor key is the pattern).
"""

from __future__ import annotations

import random
from collections import deque

from creditkit.env import Observation, StepResult, TextEnv


def toggled(state: tuple[bool, ...], lamp: int) -> tuple[bool, ...]:
    """``state`` with lamp ``lamp`` (0-based) and its neighbours flipped."""
    return tuple(on != (abs(i - lamp) <= 1) for i, on in enumerate(state))


class LightsEnv(TextEnv):
    """A row of ``lamps`` lamps; switch them all off within ``max_steps`` toggles.

    Args:
        lamps: how many lamps (2 to 10).
        max_steps: the turn limit of an episode (>= 1).
    """

    reward_names = ("reward",)

    def __init__(self, lamps: int = 6, max_steps: int = 8) -> None:
        if not 2 <= lamps <= 10:
            raise ValueError(f"lamps must be between 2 and 10, got {lamps}")
        if max_steps < 1:
            raise ValueError(f"max_steps must be >= 1, got {max_steps}")
        self.lamps, self.max_steps = lamps, max_steps
        self.state: tuple[bool, ...] = ()
        self.turns, self.done = 0, True

    def reset(self, *, seed: int, task: str | None = None) -> Observation:
        rng = random.Random(seed)  # every random choice comes from the seed: same seed, same start
        self.state = (False,) * self.lamps
        while not any(self.state):  # random toggles from all-off: always solvable
            for _ in range(rng.randint(1, self.lamps)):
                self.state = toggled(self.state, rng.randrange(self.lamps))
        self.turns, self.done = 0, False
        return self.observation()

    def step(self, action: str) -> StepResult:
        if self.done:
            raise RuntimeError("the episode is over: call reset")
        valid = action in self.admissible_actions()
        if valid:
            self.state = toggled(self.state, int(action.split()[1]) - 1)
        self.turns += 1
        won = not any(self.state)
        truncated = not won and self.turns >= self.max_steps
        self.done = won or truncated
        return StepResult(self.observation(), {"reward": float(won)}, terminated=won,
                          truncated=truncated, info={"valid": valid, "success": won})

    def observation(self) -> Observation:
        lamps = " ".join("on" if on else "off" for on in self.state)
        return Observation(f"Lamps: {lamps}", task="Switch every lamp off.")

    def anchor_key(self, observation: Observation) -> str:
        return observation.text  # the lamp pattern identifies the state

    def admissible_actions(self) -> list[str]:
        return [f"toggle {i + 1}" for i in range(self.lamps)]

    def expert_action(self) -> str | None:
        """The first toggle of a shortest solution (breadth-first over lamp patterns)."""
        if self.done:
            return None
        first: dict[tuple[bool, ...], str | None] = {self.state: None}
        queue = deque([self.state])
        while queue:
            state = queue.popleft()
            if not any(state):
                return first[state]
            for lamp in range(self.lamps):
                following = toggled(state, lamp)
                if following not in first:
                    first[following] = first[state] or f"toggle {lamp + 1}"
                    queue.append(following)
        return None
