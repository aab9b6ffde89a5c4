"""Penalise turns whose action did not parse or was not admissible."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from creditkit._checks import check_choice
from creditkit.batch import RETURN_OFFSETS_KEY, StepBatch
from creditkit.shapers.base import dimension_indices

PenaltyTiming = Literal["before_discount", "after_discount"]


@dataclass(frozen=True)
class InvalidActionPenalty:
    """Subtract ``penalty`` on every row whose ``valid`` flag is False.

    ``when="before_discount"`` (default) subtracts it from the immediate reward, so it is
    discounted into the returns of earlier steps like any reward. ``"after_discount"`` adds
    it to ``info["return_offsets"]``: GiGPO adds a row's offset to its own discounted return
    (not propagated to earlier steps) and, with ``episode_stat="step"``, to its own
    episode-term score, which is the GiGPO authors' released code; estimators with one score
    per episode add an episode's offsets to its return.

    Attributes:
        penalty: amount subtracted per invalid turn (0.1 in the GiGPO paper); >= 0.
        when: ``"before_discount"`` or ``"after_discount"``.
        dim: the reward dimension to penalise (needed when the batch has several).

    >>> steps = StepBatch.from_episodes([[0.0, 1.0]], group_ids=[0])
    >>> steps = dataclasses.replace(steps, valid=torch.tensor([False, True]))
    >>> InvalidActionPenalty(0.1)(steps).rewards[:, 0]
    tensor([-0.1000,  1.0000])
    """

    penalty: float = 0.1
    when: PenaltyTiming = "before_discount"
    dim: str | None = None

    def __post_init__(self) -> None:
        if not self.penalty >= 0:
            raise ValueError(f"penalty must be >= 0 (it is subtracted), got {self.penalty!r}")
        check_choice("when", self.when, ("before_discount", "after_discount"))

    def __call__(self, steps: StepBatch) -> StepBatch:
        """A copy of ``steps`` with the penalty applied."""
        assert steps.valid is not None
        amounts = self.penalty * (~steps.valid).to(steps.rewards.dtype)
        if self.when == "after_discount":
            offsets = steps.return_offsets()
            total = amounts.neg() if offsets is None else offsets - amounts
            return replace(steps, info={**steps.info, RETURN_OFFSETS_KEY: total})
        column = self._column(steps)
        rewards = steps.rewards.clone()
        rewards[:, column] -= amounts
        return steps.with_rewards(rewards)

    def _column(self, steps: StepBatch) -> int:
        if self.dim is None:
            if len(steps.reward_names) != 1:
                raise ValueError(
                    f"dim is required: the batch has reward dimensions {steps.reward_names}"
                )
            return 0
        return dimension_indices(steps, [self.dim], "dim")[0]



