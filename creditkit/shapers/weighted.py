"""Combine several reward dimensions into one by a weighted sum."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import torch

from creditkit.batch import StepBatch
from creditkit.shapers.base import dimension_indices


@dataclass(frozen=True)
class WeightedRewardSum:
    """``r = scale * sum_d w_d r_d``: D named dimensions in, one dimension ``name`` out.

    Attributes:
        weights: weight per reward dimension name; dimensions not named are dropped.
        name: the name of the combined dimension.
        scale: overall factor (e.g. Sotopia-RL averages three dimensions and multiplies by 10:
            weights 1/3 each, scale 10).

    >>> steps = StepBatch(rewards=torch.tensor([[1.0, 4.0]]), episode_ids=torch.tensor([0]),
    ...                   group_ids=torch.tensor([0]), reward_names=("goal", "relationship"))
    >>> WeightedRewardSum({"goal": 1.0, "relationship": 0.5})(steps).rewards.tolist()
    [[3.0]]
    """

    weights: Mapping[str, float]
    name: str = "reward"
    scale: float = 1.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "weights", {str(k): float(v) for k, v in self.weights.items()})
        if not self.weights:
            raise ValueError("weights is empty; name at least one reward dimension")
        if not all(math.isfinite(w) for w in self.weights.values()) or not math.isfinite(
            self.scale
        ):
            raise ValueError(f"weights and scale must be finite, got {self.weights}, {self.scale}")

    def __call__(self, steps: StepBatch) -> StepBatch:
        """A copy of ``steps`` with one combined reward dimension."""
        columns = dimension_indices(steps, list(self.weights), "weights")
        weights = torch.tensor(list(self.weights.values()), dtype=torch.float64)
        combined = steps.rewards[:, columns].to(torch.float64) @ weights.to(steps.rewards.device)
        rewards = (self.scale * combined).to(steps.rewards.dtype)[:, None]
        return steps.with_rewards(rewards, (self.name,))
