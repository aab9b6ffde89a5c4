"""Segment reductions over integer id tensors, discounted returns and token broadcast.

A *segment* is the set of rows that share an id (a group, an episode, a step group). Ids are any
integers, not necessarily dense or sorted. Every function is vectorised torch
(``unique``/``index_add_``/``scatter_reduce``): no Python loop over rows or segments.

Statistics are computed in float64 and returned in the input's float dtype, so float32 and
float64 inputs agree. Per-row functions return, for each row, the statistic of its segment.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import torch
from torch import Tensor

from creditkit._checks import check_choice, check_gamma, check_nonnegative, check_tensor

WORK_DTYPE = torch.float64
Scale = Literal["group", "batch", "none"]
SCALES: tuple[str, ...] = ("group", "batch", "none")
StdScale = Literal["std", "none"]
"""The scale of the step-level estimators (GiGPO, HGPO, G2PO): divide by the group's std, or
not."""


def dense_ids(ids: Tensor) -> tuple[Tensor, int]:
    """Map arbitrary integer ids to dense ids ``0..S-1`` (in sorted order of the ids).

    Args:
        ids: int [B], any integer labels.

    Returns:
        ``(inverse, S)``: long [B] dense id of each row, and the number of segments S.

    >>> dense_ids(torch.tensor([7, -3, 7, 100]))
    (tensor([1, 0, 1, 2]), 3)
    """
    check_tensor("ids", ids, kind="int")
    unique, inverse = torch.unique(ids, return_inverse=True)
    return inverse, int(unique.numel())


def _segment_sum_dense(values: Tensor, inverse: Tensor, num_segments: int) -> Tensor:
    out = torch.zeros(num_segments, dtype=values.dtype, device=values.device)
    return out.index_add_(0, inverse, values)


def _segment_extreme(values: Tensor, inverse: Tensor, num_segments: int, reduce: str) -> Tensor:
    out = torch.zeros(num_segments, dtype=values.dtype, device=values.device)
    return out.scatter_reduce_(0, inverse, values, reduce=reduce, include_self=False)


@dataclass(frozen=True)
class SegmentStats:
    """Per-row statistics of each row's segment (all tensors [B]).

    Attributes:
        count: long [B], rows in the segment.
        mean: float [B], segment mean.
        std: float [B], sample std (n - 1); 0 for singleton and constant segments.
        centered: float [B], ``value - mean``, exactly 0 in constant and singleton segments.
    """

    count: Tensor
    mean: Tensor
    std: Tensor
    centered: Tensor


def segment_stats(values: Tensor, ids: Tensor) -> SegmentStats:
    """Count, mean, sample std and centred values of each row's segment, in one pass.

    Computed in float64 (two-pass: mean, then squared deviations). A segment whose values are
    all equal gets ``centered == 0`` and ``std == 0`` exactly, whatever the rounding of its mean.

    Args:
        values: float [B].
        ids: int [B], segment label of each row.

    Returns:
        :class:`SegmentStats` in float64 (``count`` long).

    >>> s = segment_stats(torch.tensor([1.0, 3.0, 5.0]), torch.tensor([4, 4, 9]))
    >>> s.mean.tolist(), s.std.tolist(), s.centered.tolist()  # doctest: +ELLIPSIS
    ([2.0, 2.0, 5.0], [1.41421356237309..., 1.41421356237309..., 0.0], [-1.0, 1.0, 0.0])
    """
    check_tensor("values", values, kind="float")
    check_tensor("ids", ids, kind="int", length=values.shape[0])
    inverse, num = dense_ids(ids)
    return _segment_stats_dense(values.to(WORK_DTYPE), inverse, num)


def _segment_stats_dense(values: Tensor, inverse: Tensor, num: int) -> SegmentStats:
    counts = torch.bincount(inverse, minlength=num)
    sums = _segment_sum_dense(values, inverse, num)
    means = sums / counts.clamp(min=1).to(values.dtype)
    constant = _segment_extreme(values, inverse, num, "amin") == _segment_extreme(
        values, inverse, num, "amax"
    )
    centered = torch.where(constant[inverse], torch.zeros_like(values), values - means[inverse])
    square_sums = _segment_sum_dense(centered * centered, inverse, num)
    variances = torch.where(
        counts > 1, square_sums / (counts - 1).clamp(min=1).to(values.dtype), 0.0
    )
    return SegmentStats(
        count=counts[inverse],
        mean=means[inverse],
        std=variances.sqrt()[inverse],
        centered=centered,
    )


def normalize_in_segments(values: Tensor, ids: Tensor, scale: str, eps: float) -> Tensor:
    """``(v - segment mean) / F`` with F = segment std + eps, batch std + eps, or 1.

    Computed in float64. Singleton and constant segments give exactly 0, whatever ``eps``
    (even 0), and the result has no grad.

    Args:
        values: float [B].
        ids: int [B], the segment (group) of each row.
        scale: ``"group"`` (segment sample std), ``"batch"`` (sample std of all values) or
            ``"none"`` (mean-only).
        eps: added to the std.

    Returns:
        float [B] in the dtype of ``values``.

    >>> normalize_in_segments(torch.tensor([1.0, 3.0, 7.0]), torch.tensor([0, 0, 1]), "none", 0.0)
    tensor([-1.,  1.,  0.])
    """
    check_tensor("values", values, kind="float")
    check_tensor("ids", ids, kind="int", length=values.shape[0])
    check_choice("scale", scale, SCALES)
    check_nonnegative("eps", eps)
    if values.numel() == 0:
        return values.detach().clone()
    work = values.detach().to(WORK_DTYPE)
    inverse, num = dense_ids(ids)
    stats = _segment_stats_dense(work, inverse, num)
    if scale == "none":
        return stats.centered.to(values.dtype)
    if scale == "group":
        std = stats.std
    else:
        std = work.std(unbiased=True) if work.numel() > 1 else work.new_zeros(())
    safe = torch.where(stats.centered == 0, torch.ones_like(stats.centered), std + eps)
    return torch.where(stats.centered == 0, 0.0, stats.centered / safe).to(values.dtype)


def segment_count(ids: Tensor) -> Tensor:
    """Number of rows in each row's segment: long [B].

    >>> segment_count(torch.tensor([5, 5, 2])).tolist()
    [2, 2, 1]
    """
    inverse, num = dense_ids(ids)
    return torch.bincount(inverse, minlength=num)[inverse]


def segment_sum(values: Tensor, ids: Tensor) -> Tensor:
    """Sum of each row's segment: float [B] in the input dtype (accumulated in float64).

    >>> segment_sum(torch.tensor([1.0, 2.0, 4.0]), torch.tensor([0, 1, 0])).tolist()
    [5.0, 2.0, 5.0]
    """
    check_tensor("values", values, kind="float")
    check_tensor("ids", ids, kind="int", length=values.shape[0])
    inverse, num = dense_ids(ids)
    sums = _segment_sum_dense(values.to(WORK_DTYPE), inverse, num)
    return sums[inverse].to(values.dtype)


def segment_mean(values: Tensor, ids: Tensor) -> Tensor:
    """Mean of each row's segment: float [B] in the input dtype."""
    return segment_stats(values, ids).mean.to(values.dtype)


def segment_std(values: Tensor, ids: Tensor) -> Tensor:
    """Sample std (n - 1) of each row's segment: float [B]; 0 for singletons."""
    return segment_stats(values, ids).std.to(values.dtype)


def episode_bounds(episode_ids: Tensor) -> tuple[Tensor, Tensor]:
    """Check that each episode's rows are contiguous and locate its first and last rows.

    Args:
        episode_ids: int [B]; an episode's rows must form one contiguous run.

    Returns:
        ``(first, last)``: long [B], for each row the index of its episode's first and last row.

    Raises:
        ValueError: if an episode id appears in two separate runs of rows.
    """
    check_tensor("episode_ids", episode_ids, kind="int")
    runs, run_lengths = torch.unique_consecutive(episode_ids, return_counts=True)
    if runs.numel() != torch.unique(episode_ids).numel():
        raise ValueError(
            "episode_ids: an episode's rows are not contiguous; sort rows by episode "
            "(keeping time order within each episode) before building the batch"
        )
    run_ends = torch.cumsum(run_lengths, 0)
    run_of_row = torch.repeat_interleave(
        torch.arange(runs.numel(), device=episode_ids.device), run_lengths
    )
    return (run_ends - run_lengths)[run_of_row], run_ends[run_of_row] - 1


def discounted_returns(rewards: Tensor, episode_ids: Tensor, gamma: float) -> Tensor:
    """Discounted return-to-go of every row within its episode.

    .. math:: R_t = \\sum_{k \\ge t} \\gamma^{k-t} r_k \\quad (k \\text{ in the same episode})

    A segmented doubling scan: ``ceil(log2(T_max))`` vectorised passes over the rows, each
    multiplying by a power of gamma <= 1 (stable for any episode length, unlike rescaling by
    ``gamma**-t``). Computed in float64.

    Args:
        rewards: float [B], immediate reward of each row; an episode's rows contiguous and in
            time order.
        episode_ids: int [B].
        gamma: discount in [0, 1]. 0 returns the rewards, 1 the reverse cumulative sums.

    Returns:
        float [B] in the dtype of ``rewards``.

    >>> discounted_returns(torch.tensor([0.0, 0.0, 1.0, 2.0]), torch.tensor([3, 3, 3, 8]), 0.5)
    tensor([0.2500, 0.5000, 1.0000, 2.0000])
    """
    check_tensor("rewards", rewards, kind="float", finite=True)
    check_tensor("episode_ids", episode_ids, kind="int", length=rewards.shape[0])
    check_gamma(gamma)
    if rewards.numel() == 0:
        return rewards.clone()
    _, last = episode_bounds(episode_ids)
    return discounted_scan(rewards.to(WORK_DTYPE), last, gamma).to(rewards.dtype)


def discounted_scan(rewards: Tensor, last: Tensor, gamma: float) -> Tensor:
    """The unchecked core of :func:`discounted_returns`.

    Args:
        rewards: float [B], already in the working dtype.
        last: long [B], index of each row's episode's last row (from :func:`episode_bounds`).
        gamma: discount in [0, 1].
    """
    if rewards.numel() == 0:
        return rewards.clone()
    rows_after = last - torch.arange(rewards.shape[0], device=rewards.device)
    returns = rewards
    shift, decay, longest = 1, float(gamma), int(rows_after.max())
    while shift <= longest:
        ahead = torch.zeros_like(returns)
        ahead[:-shift] = returns[shift:]
        returns = returns + decay * torch.where(rows_after >= shift, ahead, 0.0)
        shift, decay = 2 * shift, decay * decay
    return returns


def broadcast_to_tokens(step_values: Tensor, token_step_ids: Tensor, loss_mask: Tensor) -> Tensor:
    """Spread one value per step row to that row's tokens; masked tokens get 0.

    Args:
        step_values: float [B], e.g. advantages.
        token_step_ids: int [...], the step row of each token (any shape, e.g. [T] or [N, L]);
            ignored where ``loss_mask`` is False, so padding may hold any id (e.g. -1).
        loss_mask: bool [...], same shape as ``token_step_ids``.

    Returns:
        float [...] of the shape of ``token_step_ids``, in the dtype of ``step_values``.

    >>> broadcast_to_tokens(torch.tensor([0.5, -1.0]),
    ...                     torch.tensor([[0, 0, -1], [1, 1, 1]]),
    ...                     torch.tensor([[True, True, False], [False, True, True]]))
    tensor([[ 0.5000,  0.5000,  0.0000],
            [ 0.0000, -1.0000, -1.0000]])
    """
    check_tensor("step_values", step_values, kind="float")
    check_tensor("token_step_ids", token_step_ids, kind="int", ndim=None)
    check_tensor("loss_mask", loss_mask, kind="bool", ndim=None)
    if loss_mask.shape != token_step_ids.shape:
        raise ValueError(
            f"loss_mask has shape {tuple(loss_mask.shape)} but token_step_ids has "
            f"{tuple(token_step_ids.shape)}; they must match token for token"
        )
    used = token_step_ids[loss_mask]
    if used.numel() and (int(used.min()) < 0 or int(used.max()) >= step_values.shape[0]):
        raise ValueError(
            f"token_step_ids: unmasked tokens point at rows outside [0, {step_values.shape[0]}); "
            f"check that the tokens belong to this StepBatch"
        )
    safe_ids = torch.where(loss_mask, token_step_ids, torch.zeros_like(token_step_ids)).long()
    if step_values.shape[0] == 0:
        return torch.zeros(token_step_ids.shape, dtype=step_values.dtype,
                           device=step_values.device)
    return torch.where(loss_mask, step_values[safe_ids], torch.zeros((), dtype=step_values.dtype))


def step_group_ids(group_ids: Tensor, anchor_ids: Tensor) -> Tensor:
    """Dense ids of step groups: rows sharing both their group id and their anchor id.

    Args:
        group_ids: int [B].
        anchor_ids: int [B].

    Returns:
        long [B], equal exactly when both ids are equal.

    >>> step_group_ids(torch.tensor([0, 0, 1, 1]), torch.tensor([5, 5, 5, 6])).tolist()
    [0, 0, 1, 2]
    """
    group_dense, _ = dense_ids(group_ids)
    anchor_dense, num_anchors = dense_ids(anchor_ids)
    return dense_ids(group_dense * num_anchors + anchor_dense)[0]
