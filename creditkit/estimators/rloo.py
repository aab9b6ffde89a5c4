"""RLOO: each score minus the mean of the *other* scores of its group."""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import Tensor

from creditkit.batch import StepBatch
from creditkit.estimators.groups import (
    check_scores_and_ids,
    episode_view_of,
    spread_episode_advantages,
)
from creditkit.segments import WORK_DTYPE, normalize_in_segments, segment_count


def _leave_one_out(values: Tensor, group_ids: Tensor) -> Tensor:
    sizes = segment_count(group_ids).to(values.dtype)
    centered = normalize_in_segments(values, group_ids, "none", 0.0)
    return torch.where(sizes > 1, centered * sizes / (sizes - 1).clamp(min=1), 0.0)


def rloo_advantages(scores: Tensor, group_ids: Tensor) -> Tensor:
    """REINFORCE leave-one-out advantages (Kool et al. 2019; Ahmadian et al., arXiv 2402.14740).

    .. math:: A_i = s_i - \\frac{1}{n_g - 1}\\sum_{j \\in G_g, j \\ne i} s_j
              = \\frac{n_g}{n_g - 1}(s_i - \\mu_g)

    Singleton groups (no other member to baseline with) give 0.

    Args:
        scores: float [B].
        group_ids: int [B].

    Returns:
        float [B] in the dtype of ``scores``, without grad.

    >>> rloo_advantages(torch.tensor([1.0, 0.0, 0.0, 5.0]), torch.tensor([0, 0, 0, 9]))
    tensor([ 1.0000, -0.5000, -0.5000,  0.0000])
    """
    check_scores_and_ids(scores, group_ids)
    return _leave_one_out(scores.detach().to(WORK_DTYPE), group_ids).to(scores.dtype)


@dataclass(frozen=True)
class RLOO:
    """RLOO on a :class:`StepBatch`: episode returns, leave-one-out baseline within the group."""

    def __call__(self, steps: StepBatch) -> Tensor:
        """float [B]: the advantage of each step row."""
        view = episode_view_of(steps)
        advantages = _leave_one_out(view.returns, view.group_ids)
        return spread_episode_advantages(steps, view, advantages)

    def group_advantages(self, scores: Tensor, group_ids: Tensor,
                         prior_group_ids: Tensor | None = None) -> Tensor:
        """:func:`rloo_advantages` of scores (float [N]) in groups (int [N]); no hierarchy."""
        return rloo_advantages(scores, group_ids)
