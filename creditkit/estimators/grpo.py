"""GRPO: an episode's score minus its group's mean, over the group's std."""

from __future__ import annotations

from dataclasses import dataclass

from torch import Tensor

from creditkit._checks import check_choice, check_nonnegative
from creditkit.batch import StepBatch
from creditkit.estimators.groups import (
    check_scores_and_ids,
    episode_view_of,
    spread_episode_advantages,
)
from creditkit.segments import SCALES, WORK_DTYPE, Scale, normalize_in_segments


def grpo_advantages(
    scores: Tensor, group_ids: Tensor, *, scale: Scale = "group", eps: float = 1e-6
) -> Tensor:
    """Group-relative advantages (GRPO, DeepSeekMath, arXiv 2402.03300).

    .. math:: A_i = \\frac{s_i - \\mu_{g(i)}}{\\sigma_{g(i)} + \\varepsilon}

    ``scale="group"``: sigma is the group's sample std (n - 1); ``"batch"``: the sample std of
    all scores in the batch (group mean, batch std, as TRL's ``scale_rewards="batch"``);
    ``"none"``: no division (Dr. GRPO). Singleton and constant groups give exactly 0.

    Args:
        scores: float [B], one score per row (e.g. an episode's return).
        group_ids: int [B], rows with the same id are compared (any integer labels).
        scale: ``"group"``, ``"batch"`` or ``"none"``.
        eps: added to the std.

    Returns:
        float [B] in the dtype of ``scores``, without grad.

    >>> grpo_advantages(torch.tensor([1.0, 0.0, 0.0, 5.0]), torch.tensor([0, 0, 0, 9]))
    tensor([ 1.1547, -0.5773, -0.5773,  0.0000])
    """
    check_scores_and_ids(scores, group_ids)
    advantages = normalize_in_segments(scores.detach().to(WORK_DTYPE), group_ids, scale, eps)
    return advantages.to(scores.dtype)


@dataclass(frozen=True)
class GRPO:
    """GRPO on a :class:`StepBatch`: each episode's return, baselined within its group.

    Every step row of an episode gets its episode's advantage. Needs one reward dimension.

    Attributes:
        scale: ``"group"`` (default), ``"batch"`` or ``"none"``.
        eps: added to the std.
    """

    scale: Scale = "group"
    eps: float = 1e-6

    def __post_init__(self) -> None:
        check_choice("scale", self.scale, SCALES)
        check_nonnegative("eps", self.eps)

    def __call__(self, steps: StepBatch) -> Tensor:
        """float [B]: the advantage of each step row."""
        view = episode_view_of(steps)
        advantages = normalize_in_segments(view.returns, view.group_ids, self.scale, self.eps)
        return spread_episode_advantages(steps, view, advantages)

    def group_advantages(self, scores: Tensor, group_ids: Tensor,
                         prior_group_ids: Tensor | None = None) -> Tensor:
        """:func:`grpo_advantages` of scores (float [N]) in groups (int [N]); no hierarchy."""
        return grpo_advantages(scores, group_ids, scale=self.scale, eps=self.eps)
