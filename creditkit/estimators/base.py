"""The plug-in point for advantage estimators."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from torch import Tensor

from creditkit.batch import StepBatch


@runtime_checkable
class AdvantageEstimator(Protocol):
    """Anything that maps a :class:`~creditkit.batch.StepBatch` to one advantage per row.

    ``__call__(steps) -> float [B]``. The built-in estimators are frozen dataclasses whose
    fields are their hyperparameters; a user's own estimator can be any such callable.
    """

    def __call__(self, steps: StepBatch) -> Tensor:  # pragma: no cover - protocol
        ...
