"""What the estimators share: the per-episode view of a batch (:class:`EpisodeView`,
:func:`episode_view_of`) and the copy of per-episode advantages back to the turns
(:func:`spread_episode_advantages`), public for estimators written outside creditkit
(docs/howto/custom-estimator.md), plus input checks and reporting helpers."""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import Tensor

from creditkit._checks import check_tensor
from creditkit.batch import StepBatch
from creditkit.segments import WORK_DTYPE, episode_bounds, normalize_in_segments, segment_count


def check_scores_and_ids(scores: Tensor, group_ids: Tensor) -> None:
    """Validate the (scores, group_ids) pair every group estimator takes."""
    check_tensor("scores", scores, kind="float", finite=True)
    check_tensor("group_ids", group_ids, kind="int", length=scores.shape[0])


@dataclass(frozen=True)
class EpisodeView:
    """One score per episode, for estimators that baseline whole episodes.

    Attributes:
        returns: float [E] (working dtype), undiscounted sum of the episode's rewards plus any
            return offsets.
        group_ids: long [E], the group of each episode.
        row_episode: long [B], the episode index (0..E-1, in row order) of each row.
        last: long [B], index of each row's episode's last row.
    """

    returns: Tensor
    group_ids: Tensor
    row_episode: Tensor
    last: Tensor


def episode_view(
    step_rewards: Tensor, episode_ids: Tensor, group_ids: Tensor, offsets: Tensor | None = None
) -> EpisodeView:
    """Collapse step rows to episodes (validating contiguity and one group per episode).

    Args:
        step_rewards: float [B].
        episode_ids: int [B], episode rows contiguous.
        group_ids: int [B], constant within an episode.
        offsets: float [B] or None, added to the episode sum (see ``RETURN_OFFSETS_KEY``).
    """
    first, last = episode_bounds(episode_ids)
    if bool((group_ids != group_ids[first]).any()):
        raise ValueError("group_ids must be constant within an episode")
    is_first = first == torch.arange(first.numel(), device=first.device)
    row_episode = torch.cumsum(is_first.long(), 0) - 1
    rewards = step_rewards.detach().to(WORK_DTYPE)
    if offsets is not None:
        rewards = rewards + offsets.detach().to(WORK_DTYPE)
    num = int(is_first.sum())
    returns = torch.zeros(num, dtype=WORK_DTYPE, device=rewards.device)
    returns.index_add_(0, row_episode, rewards)
    return EpisodeView(returns, group_ids[is_first].long(), row_episode, last)


def episode_view_of(steps: StepBatch) -> EpisodeView:
    """:func:`episode_view` of a scalar-reward :class:`StepBatch`."""
    return episode_view(
        steps.scalar_rewards(), steps.episode_ids, steps.group_ids, steps.return_offsets()
    )


def spread_episode_advantages(steps: StepBatch, view: EpisodeView, advantages: Tensor) -> Tensor:
    """Copy per-episode advantages (float [E]) to every row: float [B] in the rewards' dtype."""
    return advantages[view.row_episode].to(steps.rewards.dtype)


def episode_term(view: EpisodeView, offsets: Tensor, group_ids: Tensor, episode_stat: str,
                 group_scale: str, eps: float) -> Tensor:
    """GRPO's episode term of every row (float [B], working dtype): the episode scores (return
    plus offsets) normalised within their groups.

    Args:
        view: the batch's :func:`episode_view`, built without offsets.
        offsets: float [B] (working dtype), each row's offset (e.g. an invalid-action penalty).
        group_ids: int [B].
        episode_stat: ``"trajectory"``: one score per episode, the return plus all its rows'
            offsets; ``"step"``: each row scores its episode's return plus its own offset and
            the group's rows are the samples (the verl-agent family's released code; a group of
            one row keeps its score, divided by 1 + eps under ``"group"``, as released).
        group_scale: ``"group"`` (std) or ``"none"``; eps: added to the std.
    """
    if episode_stat == "trajectory":
        totals = view.returns.clone().index_add_(0, view.row_episode, offsets)
        return normalize_in_segments(totals, view.group_ids, group_scale,
                                     eps)[view.row_episode]
    scores = view.returns[view.row_episode] + offsets
    single = segment_count(group_ids) == 1
    return torch.where(single, scores / (1.0 + eps if group_scale == "group" else 1.0),
                       normalize_in_segments(scores, group_ids, group_scale, eps))


def require_anchor_ids(steps: StepBatch, method: str) -> Tensor:
    """``steps.anchor_ids``, or a ValueError naming ``method`` when the batch has none."""
    if steps.anchor_ids is None:
        raise ValueError(f"{method} needs anchor_ids: the environment's anchor keys (StepBatch "
                         f"anchor_ids); use GRPO for episode-level credit only")
    return steps.anchor_ids


def term_magnitudes(advantages: Tensor, step_term: Tensor) -> dict[str, float]:
    """Diagnostics of a two-level estimator whose ``advantages`` (float [B]) are an episode
    term plus ``step_term`` (float [B], after its weight): ``step_nonzero_fraction`` and the
    mean absolute value of each term (``episode_abs_mean``, ``step_abs_mean``)."""
    step = step_term.detach().to(WORK_DTYPE)
    episode = advantages.detach().to(WORK_DTYPE) - step
    return {"step_nonzero_fraction": nonzero_fraction(step_term),
            "episode_abs_mean": float(episode.abs().mean()) if episode.numel() else 0.0,
            "step_abs_mean": float(step.abs().mean()) if step.numel() else 0.0}


def nonzero_fraction(values: Tensor) -> float:
    """The share of the entries of ``values`` (float or bool [N]) that are not exactly 0 (or
    False); 0.0 when ``values`` is empty."""
    return float((values != 0).double().mean()) if values.numel() else 0.0
