"""A median baseline: each episode's return minus its group's median return, for the how-to
docs/howto/custom-estimator.md. Written with creditkit's public helpers only."""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import Tensor

from creditkit import StepBatch, dense_ids, episode_view_of, spread_episode_advantages


def median_advantages(scores: Tensor, group_ids: Tensor, *, scale: bool = False,
                      eps: float = 1e-6) -> Tensor:
    """A_i = (s_i - median of group g(i)) [/ (MAD of the group + eps)].

    The median (the mean of the two middle scores in an even group) is a baseline that one
    outlier episode cannot drag; MAD is the median absolute deviation from it.

    Args:
        scores: float [N], one score per episode.
        group_ids: int [N], episodes with the same id are compared.
        scale: divide by the group's MAD + ``eps``.
        eps: added to the MAD.

    Returns:
        float [N] in the dtype of ``scores``; singleton groups get exactly 0.
    """
    if scores.ndim != 1 or group_ids.shape != scores.shape:
        raise ValueError(f"scores and group_ids must both be [N], got {tuple(scores.shape)} "
                         f"and {tuple(group_ids.shape)}")
    inverse, num_groups = dense_ids(group_ids)
    values = scores.detach().to(torch.float64)
    advantages = torch.zeros_like(values)
    for group in range(num_groups):
        rows = inverse == group
        centred = values[rows] - torch.quantile(values[rows], 0.5)
        if scale:
            centred = centred / (torch.quantile(centred.abs(), 0.5) + eps)
        advantages[rows] = centred
    return advantages.to(scores.dtype)


@dataclass(frozen=True)
class MedianBaseline:
    """:func:`median_advantages` of each episode's return, copied to its turns.

    Attributes:
        scale: divide by the group's median absolute deviation.
        eps: added to the MAD.
    """

    scale: bool = False
    eps: float = 1e-6

    def __post_init__(self) -> None:
        if self.eps < 0:
            raise ValueError(f"eps must be >= 0, got {self.eps}")

    def __call__(self, steps: StepBatch) -> Tensor:
        """float [B]: the advantage of each turn (row) of the batch."""
        view = episode_view_of(steps)  # one return per episode (a shaper's offsets included)
        per_episode = median_advantages(view.returns, view.group_ids,
                                        scale=self.scale, eps=self.eps)   # [E]
        return spread_episode_advantages(steps, view, per_episode)        # [B], per turn
