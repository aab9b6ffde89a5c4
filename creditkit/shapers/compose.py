"""Apply several shapers in order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from creditkit.batch import StepBatch
from creditkit.shapers.base import RewardShaper


@dataclass(frozen=True)
class Compose:
    """``Compose([a, b])(steps) == b(a(steps))``; ``Compose([])`` is the identity.

    Attributes:
        shapers: applied first to last.
    """

    shapers: Sequence[RewardShaper] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "shapers", tuple(self.shapers))
        for index, shaper in enumerate(self.shapers):
            if not callable(shaper):
                raise ValueError(f"shapers[{index}] is not callable: {shaper!r}; in a Hydra "
                                 f"config, give each a _target_ and set _convert_: object")

    def __call__(self, steps: StepBatch) -> StepBatch:
        """``steps`` passed through every shaper in order."""
        for shaper in self.shapers:
            steps = shaper(steps)
            if not isinstance(steps, StepBatch):
                raise ValueError(
                    f"{type(shaper).__name__} returned {type(steps).__name__}; "
                    f"a shaper must return a StepBatch"
                )
        return steps
