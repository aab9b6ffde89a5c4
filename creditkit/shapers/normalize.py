"""Normalise each reward dimension separately, within groups or over the batch."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import torch

from creditkit._checks import check_choice, check_nonnegative
from creditkit.batch import StepBatch
from creditkit.segments import normalize_in_segments
from creditkit.shapers.base import dimension_indices


@dataclass(frozen=True)
class NormalizeDimensions:
    """z-score every reward dimension on its own: ``(r_d - mean_d) / (std_d + eps)``.

    Dimensions on different scales (a 0..10 goal score beside a -5..5 relationship score)
    then weigh alike in a :class:`WeightedRewardSum` (GDPO-style decoupled normalisation).
    Statistics are over the rows of each group (``over="group"``) or of the whole batch
    (``over="batch"``); singleton and constant groups become exactly 0. It normalises rows:
    use it on per-turn rewards, or after ``TerminalToSteps("broadcast")`` for outcome rewards.

    Attributes:
        over: ``"group"`` or ``"batch"``.
        dims: dimensions to normalise (default: all).
        eps: added to the std.
    """

    over: Literal["group", "batch"] = "group"
    dims: Sequence[str] | None = None
    eps: float = 1e-6

    def __post_init__(self) -> None:
        check_choice("over", self.over, ("group", "batch"))
        check_nonnegative("eps", self.eps)
        if self.dims is not None:
            object.__setattr__(self, "dims", tuple(self.dims))

    def __call__(self, steps: StepBatch) -> StepBatch:
        """A copy of ``steps`` with the chosen dimensions normalised."""
        ids = steps.group_ids if self.over == "group" else torch.zeros_like(steps.group_ids)
        rewards = steps.rewards.clone()
        for column in dimension_indices(steps, self.dims, "dims"):
            rewards[:, column] = normalize_in_segments(rewards[:, column], ids, "group", self.eps)
        return steps.with_rewards(rewards)
