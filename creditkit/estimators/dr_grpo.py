"""Dr. GRPO: GRPO without the std division (and, in the loss, without length normalisation)."""

from __future__ import annotations

from dataclasses import dataclass

from torch import Tensor

from creditkit.batch import StepBatch
from creditkit.estimators.groups import (
    check_scores_and_ids,
    episode_view_of,
    spread_episode_advantages,
)
from creditkit.segments import WORK_DTYPE, normalize_in_segments


def dr_grpo_advantages(scores: Tensor, group_ids: Tensor) -> Tensor:
    """Mean-only group advantages (Dr. GRPO, Liu et al., arXiv 2503.20783).

    .. math:: A_i = s_i - \\mu_{g(i)}

    The paper's second change, dropping the per-sequence length normalisation, belongs to the
    loss (aggregation ``seq-mean-of-token-sum-norm``), not to the advantage.

    Args:
        scores: float [B].
        group_ids: int [B].

    Returns:
        float [B] in the dtype of ``scores``, without grad.

    >>> dr_grpo_advantages(torch.tensor([1.0, 0.0, 0.0, 5.0]), torch.tensor([0, 0, 0, 9]))
    tensor([ 0.6667, -0.3333, -0.3333,  0.0000])
    """
    check_scores_and_ids(scores, group_ids)
    advantages = normalize_in_segments(scores.detach().to(WORK_DTYPE), group_ids, "none", 0.0)
    return advantages.to(scores.dtype)


@dataclass(frozen=True)
class DrGRPO:
    """Dr. GRPO on a :class:`StepBatch`: episode return minus the group's mean return."""

    def __call__(self, steps: StepBatch) -> Tensor:
        """float [B]: the advantage of each step row."""
        view = episode_view_of(steps)
        advantages = normalize_in_segments(view.returns, view.group_ids, "none", 0.0)
        return spread_episode_advantages(steps, view, advantages)

    def group_advantages(self, scores: Tensor, group_ids: Tensor,
                         prior_group_ids: Tensor | None = None) -> Tensor:
        """:func:`dr_grpo_advantages` of scores (float [N]) in groups (int [N])."""
        return dr_grpo_advantages(scores, group_ids)
