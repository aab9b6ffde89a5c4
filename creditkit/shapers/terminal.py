"""Move an episode's terminal reward (on its last row) onto its steps."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import torch

from creditkit._checks import check_choice
from creditkit.batch import StepBatch
from creditkit.segments import episode_bounds
from creditkit.shapers.base import dimension_indices

TerminalMode = Literal["last", "uniform", "broadcast"]


@dataclass(frozen=True)
class TerminalToSteps:
    """Spread the reward on each episode's last row over the episode's n rows.

    With T the last row's reward: ``"last"`` leaves it there (identity); ``"uniform"`` gives
    every row T / n (the episode's total is unchanged); ``"broadcast"`` gives every row T (each
    turn is credited with the outcome, as single-turn GRPO does). Rewards already on earlier
    rows are kept and the share is added to them.

    Attributes:
        mode: ``"last"``, ``"uniform"`` or ``"broadcast"``.
        dims: reward dimensions to move (default: all).

    >>> steps = StepBatch.from_episodes([[0.0, 0.0, 3.0], [1.0]], group_ids=[0, 0])
    >>> TerminalToSteps("uniform")(steps).rewards[:, 0].tolist()
    [1.0, 1.0, 1.0, 1.0]
    """

    mode: TerminalMode = "broadcast"
    dims: Sequence[str] | None = None

    def __post_init__(self) -> None:
        check_choice("mode", self.mode, ("last", "uniform", "broadcast"))
        if self.dims is not None:
            object.__setattr__(self, "dims", tuple(self.dims))

    def __call__(self, steps: StepBatch) -> StepBatch:
        """A copy of ``steps`` with the terminal rewards spread."""
        columns = dimension_indices(steps, self.dims, "dims")
        if self.mode == "last" or steps.num_rows == 0:
            return steps.with_rewards(steps.rewards.clone())
        first, last = episode_bounds(steps.episode_ids)
        rows = torch.arange(steps.num_rows, device=last.device)
        terminal = steps.rewards[last][:, columns]
        earlier = torch.where((rows == last)[:, None], 0.0, steps.rewards[:, columns])
        share = terminal / (last - first + 1)[:, None] if self.mode == "uniform" else terminal
        rewards = steps.rewards.clone()
        rewards[:, columns] = earlier + share.to(rewards.dtype)
        return steps.with_rewards(rewards)
