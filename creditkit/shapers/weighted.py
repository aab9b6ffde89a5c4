"""Combine several reward dimensions into one by a weighted sum."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import torch
from torch import Tensor

from creditkit.batch import StepBatch


def weighted_dimensions(rewards: Tensor, names: Sequence[str], weights: Mapping[str, float],
                        scale: float = 1.0) -> Tensor:
    """``scale * sum_d w_d r_d`` over the dimensions named in ``weights``.

    Args:
        rewards: float [N, D].
        names: the D dimension names, in column order.
        weights: dimension name -> weight; dimensions not named are dropped.
        scale: overall factor.

    Returns:
        float64 [N].

    >>> weighted_dimensions(torch.tensor([[1.0, 4.0]]), ["goal", "relationship"],
    ...                     {"relationship": 0.5}, scale=2.0)
    tensor([4.], dtype=torch.float64)
    """
    unknown = [name for name in weights if name not in names]
    if unknown:
        raise ValueError(f"weights names {unknown}, not among the reward dimensions "
                         f"{list(names)}")
    if rewards.dim() != 2 or rewards.shape[1] != len(names):
        raise ValueError(f"rewards must be [N, {len(names)}], got {tuple(rewards.shape)}")
    vector = torch.zeros(len(names), dtype=torch.float64, device=rewards.device)
    for name, weight in weights.items():
        vector[list(names).index(name)] = float(weight)
    return scale * (rewards.to(torch.float64) @ vector)


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
        combined = weighted_dimensions(steps.rewards, steps.reward_names, self.weights, self.scale)
        rewards = combined.to(steps.rewards.dtype)[:, None]
        return steps.with_rewards(rewards, (self.name,))
