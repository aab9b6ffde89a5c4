"""The plug-in point for reward shapers, and helpers shared by the built-in ones."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from creditkit.batch import StepBatch


@runtime_checkable
class RewardShaper(Protocol):
    """Anything that maps a :class:`~creditkit.batch.StepBatch` to a new one.

    Shapers never modify their input: they return a copy with new rewards (or info).
    """

    def __call__(self, steps: StepBatch) -> StepBatch:  # pragma: no cover - protocol
        ...


def dimension_indices(steps: StepBatch, dims: Sequence[str] | None, argument: str) -> list[int]:
    """Column indices of the named reward dimensions (all of them when ``dims`` is None)."""
    if dims is None:
        return list(range(len(steps.reward_names)))
    unknown = [name for name in dims if name not in steps.reward_names]
    if unknown:
        raise ValueError(
            f"{argument} names {unknown} but the batch's reward dimensions are "
            f"{steps.reward_names}"
        )
    return [steps.reward_names.index(name) for name in dims]
