"""Weighted sums of estimators: ``A = sum_k w_k * A_k``."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import torch
from torch import Tensor

from creditkit.batch import StepBatch
from creditkit.estimators.base import AdvantageEstimator


@dataclass(frozen=True)
class WeightedSum:
    """Sum of several estimators' advantages with fixed weights.

    Example: GRPO's episode term plus half of a custom step term,
    ``WeightedSum(estimators=(GRPO(), MyStepTerm()), weights=(1.0, 0.5))``.

    Attributes:
        estimators: the estimators (any callables ``StepBatch -> float [B]``).
        weights: one finite weight per estimator.
    """

    estimators: Sequence[AdvantageEstimator]
    weights: Sequence[float]

    def __post_init__(self) -> None:
        object.__setattr__(self, "estimators", tuple(self.estimators))
        object.__setattr__(self, "weights", tuple(float(w) for w in self.weights))
        if not self.estimators:
            raise ValueError("estimators is empty; give at least one estimator")
        if len(self.weights) != len(self.estimators):
            raise ValueError(
                f"weights has {len(self.weights)} entries for {len(self.estimators)} "
                f"estimators; give one weight per estimator"
            )
        if not all(math.isfinite(w) for w in self.weights):
            raise ValueError(f"weights must be finite numbers, got {self.weights}")
        for index, estimator in enumerate(self.estimators):
            if not callable(estimator):
                raise ValueError(f"estimators[{index}] is not callable: {estimator!r}; in a Hydra "
                                 f"config, give each a _target_ and set _convert_: object")

    def __call__(self, steps: StepBatch) -> Tensor:
        """float [B]: the weighted sum of the estimators' advantages."""
        total = torch.zeros(steps.num_rows, dtype=torch.float64, device=steps.rewards.device)
        for weight, estimator in zip(self.weights, self.estimators):
            advantages = estimator(steps)
            if tuple(advantages.shape) != (steps.num_rows,):
                raise ValueError(
                    f"{type(estimator).__name__} returned shape {tuple(advantages.shape)}; "
                    f"an estimator must return one advantage per row, [{steps.num_rows}]"
                )
            total = total + weight * advantages.detach().to(total)
        return total.to(steps.rewards.dtype)
