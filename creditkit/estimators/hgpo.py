"""HGPO: step advantages from a hierarchy of groups, the steps that share their last k states."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import NamedTuple

import torch
from torch import Tensor

from creditkit._checks import check_choice, check_gamma, check_nonnegative, check_tensor
from creditkit.batch import StepBatch
from creditkit.estimators.groups import (
    episode_view,
    nonzero_fraction,
    require_anchor_ids,
)
from creditkit.segments import (
    WORK_DTYPE,
    StdScale,
    dense_ids,
    discounted_scan,
    episode_bounds,
    normalize_in_segments,
    segment_count,
    segment_stats,
)


def _check_hyperparameters(gamma: float, history: int, scale: str, std_ddof: int,
                           length_alpha: float, eps: float) -> None:
    check_gamma(gamma)
    if isinstance(history, bool) or not isinstance(history, int) or history < 0:
        raise ValueError(f"history must be an int >= 0 (0: the current state only), got "
                         f"{history!r}")
    check_choice("scale", scale, ("std", "none"))
    if std_ddof not in (0, 1):
        raise ValueError(f"std_ddof must be 0 (population std, the authors' code) or 1 "
                         f"(sample std), got {std_ddof!r}")
    if not math.isfinite(length_alpha):
        raise ValueError(f"length_alpha must be a finite number, got {length_alpha!r}")
    check_nonnegative("eps", eps)


def _normalised(values: Tensor, ids: Tensor, scale: str, std_ddof: int, eps: float
                ) -> tuple[Tensor, Tensor]:
    """Centred (and scaled) values within segments; singleton or constant segments give 0.

    ``std_ddof=1`` is :func:`~creditkit.segments.normalize_in_segments`; ``std_ddof=0`` divides
    by the population std (HGPO's released code: ``torch.std(unbiased=False)``).

    Args:
        values: float [N] (working dtype); ids: int [N], the segment of each row.

    Returns:
        float [N] the normalised values and long [N] the size of each row's segment.
    """
    if scale == "none" or std_ddof == 1:
        mode = "none" if scale == "none" else "group"
        return normalize_in_segments(values, ids, mode, eps), segment_count(ids)
    stats = segment_stats(values, ids)
    count = stats.count.to(values.dtype)
    std = stats.std * ((count - 1) / count).sqrt()  # population std from the sample std
    safe = torch.where(stats.centered == 0, torch.ones_like(std), std + eps)
    return torch.where(stats.centered == 0, 0.0, stats.centered / safe), stats.count


def context_ids(group_ids: Tensor, anchor_ids: Tensor, position: Tensor, history: int
                ) -> list[tuple[Tensor, Tensor]]:
    """Per level k = 1 .. history+1: the rows that have k states so far, and the dense id of
    (episode group, their last k anchors).

    Args:
        group_ids, anchor_ids: int [B]; position: long [B], each row's 0-based step in its
            episode (rows of an episode contiguous, in time order).

    Returns:
        ``[(rows_k, ids_k)]``: long [N_k] row indices and long [N_k] context ids.
    """
    group_dense, _ = dense_ids(group_ids)
    anchor_dense, num_anchors = dense_ids(anchor_ids)
    ids, num = dense_ids(group_dense * num_anchors + anchor_dense)  # k = 1: (group, a_s)
    levels = [(torch.arange(ids.numel(), device=ids.device), ids)]
    full = ids  # the level's id for every row (rows without k states: unused)
    for k in range(2, history + 2):
        has = position >= k - 1
        rows = has.nonzero().squeeze(1)
        if rows.numel() == 0:
            break
        # (a_{s-k+1} .. a_s) = (the previous row's k-1 context, a_s): same episode, since s >= 1
        key = full[rows - 1] * num_anchors + anchor_dense[rows]
        ids_k, num = dense_ids(key)
        full = torch.zeros_like(full)
        full[rows] = ids_k
        levels.append((rows, ids_k))
    return levels


def hgpo_advantages(
    step_rewards: Tensor,
    episode_ids: Tensor,
    group_ids: Tensor,
    anchor_ids: Tensor,
    *,
    gamma: float = 0.95,
    history: int = 2,
    scale: StdScale = "std",
    std_ddof: int = 1,
    length_alpha: float = 1.0,
    base_group: bool = False,
    eps: float = 1e-6,
) -> Tensor:
    """Hierarchy-of-Groups advantages (HGPO, ICLR 2026; verl-agent ``recipe/hgpo``).

    .. math::
        A^{(k)}_t = \\frac{G_t - \\mathrm{mean}_{C_k(t)} G}{F_{C_k(t)}}, \\qquad
        A_t = \\frac{\\sum_{k \\in K_t} (k+1)^{\\alpha} A^{(k)}_t}
                   {\\sum_{k \\in K_t} (k+1)^{\\alpha} + \\epsilon}

    with :math:`G_t = \\sum_{j \\ge t} \\gamma^{j-t} r_j` (plus any return offsets), the
    cluster :math:`C_k(t)`: the rows of the episode group whose last k anchors (current one
    included) equal row t's, for k = 1 .. min(history + 1, t + 1); F = std + eps
    (``scale="std"``, ``std_ddof`` 0: population, 1: sample) or 1 (``"none"``); and
    :math:`K_t` the levels whose cluster has two or more rows and whose value is not exactly 0
    (no level: :math:`A_t = 0`). ``base_group=True`` adds level 0: the episode advantage
    (the group's episode scores over step rows, weight 1).

    Args:
        step_rewards: float [B], immediate reward of each step row.
        episode_ids: int [B], an episode's rows contiguous and in time order.
        group_ids: int [B], constant within an episode.
        anchor_ids: int [B].
        gamma: discount of the step returns, in [0, 1].
        history: past states a context may hold (levels 1 .. history+1).
        scale: ``"std"`` or ``"none"``.
        std_ddof: 1 (sample std, as GiGPO) or 0 (population std, the authors' code).
        length_alpha: alpha of the level weights (k+1)^alpha (0: levels weigh equally).
        base_group: add the episode advantage as level 0.
        eps: added to the std and to the weights' sum.

    Returns:
        float [B] in the dtype of ``step_rewards``, without grad.

    >>> # two episodes of one group that share their first state and then part ways
    >>> hgpo_advantages(torch.tensor([0.0, 1.0, 0.0, 0.0]), torch.tensor([0, 0, 1, 1]),
    ...                 torch.tensor([0, 0, 0, 0]), torch.tensor([0, 1, 0, 2]), gamma=0.5,
    ...                 scale="none", eps=0.0)
    tensor([ 0.2500,  0.0000, -0.2500,  0.0000])
    """
    return hgpo_parts(step_rewards, episode_ids, group_ids, anchor_ids, gamma=gamma,
                      history=history, scale=scale, std_ddof=std_ddof,
                      length_alpha=length_alpha, base_group=base_group, eps=eps).advantages


class HGPOParts(NamedTuple):
    """What :func:`hgpo_parts` computes.

    Attributes:
        advantages: float [B] in the dtype of the step rewards.
        step_weights: float [B] (working dtype), the sum of the weights of the row's levels
            k >= 1 that it kept (0: no step-level credit).
        grouped: per level k = 1 .. (at most) history+1, bool [N_k]: whether each row with k
            states is in a cluster of two or more rows.
    """

    advantages: Tensor
    step_weights: Tensor
    grouped: list[Tensor]


def hgpo_parts(step_rewards: Tensor, episode_ids: Tensor, group_ids: Tensor,
               anchor_ids: Tensor, *, gamma: float, history: int, scale: str, std_ddof: int,
               length_alpha: float, base_group: bool, eps: float,
               return_offsets: Tensor | None = None) -> HGPOParts:
    """:func:`hgpo_advantages` with its parts (for the estimator's diagnostics), plus
    ``return_offsets`` (float [B]): added to each row's own step return after discounting, and
    to its own episode score at level 0."""
    check_tensor("step_rewards", step_rewards, kind="float", finite=True)
    rows = step_rewards.shape[0]
    check_tensor("episode_ids", episode_ids, kind="int", length=rows)
    check_tensor("group_ids", group_ids, kind="int", length=rows)
    check_tensor("anchor_ids", anchor_ids, kind="int", length=rows)
    _check_hyperparameters(gamma, history, scale, std_ddof, length_alpha, eps)
    if rows == 0:
        return HGPOParts(step_rewards.detach().clone(), step_rewards.new_zeros(0), [])
    view = episode_view(step_rewards, episode_ids, group_ids)
    returns = discounted_scan(step_rewards.detach().to(WORK_DTYPE), view.last, gamma)
    offsets = (torch.zeros_like(returns) if return_offsets is None
               else return_offsets.detach().to(WORK_DTYPE))
    returns = returns + offsets
    index = torch.arange(rows, device=returns.device)
    first, _ = episode_bounds(episode_ids)
    weighted = torch.zeros_like(returns)
    weights = torch.zeros_like(returns)
    grouped = []
    for k, (members, ids) in enumerate(context_ids(group_ids, anchor_ids, index - first,
                                                   history), start=1):
        values, sizes = _normalised(returns[members], ids, scale, std_ddof, eps)
        grouped.append(sizes >= 2)
        kept = values != 0
        weight = float((k + 1) ** length_alpha)
        weighted.index_add_(0, members[kept], weight * values[kept])
        weights.index_add_(0, members[kept], torch.full_like(values[kept], weight))
    step_weights = weights.clone() if base_group else weights
    if base_group:
        scores = view.returns[view.row_episode] + offsets
        group_dense, _ = dense_ids(group_ids)
        values, counts = _normalised(scores, group_dense, scale, 1, eps)
        single = counts == 1
        values = torch.where(single, scores / (1.0 + eps if scale == "std" else 1.0), values)
        kept = values != 0
        weighted[kept] += values[kept]
        weights[kept] += 1.0
    advantages = torch.where(weights > 0, weighted / (weights + eps), 0.0)
    return HGPOParts(advantages.to(step_rewards.dtype), step_weights, grouped)


@dataclass
class HGPO:
    """HGPO on a :class:`StepBatch` (uses ``anchor_ids`` and any ``return_offsets``).

    Attributes:
        gamma: discount of the step returns (0.95).
        history: past states in the longest context (2: the authors' default).
        scale: ``"std"`` (the authors' ``mean_std_norm``) or ``"none"`` (``mean_norm``).
        std_ddof: 1 (sample std, as GiGPO here) or 0 (population std, the authors' code).
        length_alpha: alpha of the level weights (k+1)^alpha (1.0).
        base_group: add the episode advantage as level 0 (off in the authors' config).
        eps: added to the std and to the weights' sum.
        diagnostics: state, not an option: the last call's :meth:`metrics` (so the
            dataclass is not frozen; options are checked at construction).
    """

    gamma: float = 0.95
    history: int = 2
    scale: StdScale = "std"
    std_ddof: int = 1
    length_alpha: float = 1.0
    base_group: bool = False
    eps: float = 1e-6
    diagnostics: dict[str, float] = field(default_factory=dict, init=False, repr=False,
                                          compare=False)

    def __post_init__(self) -> None:
        _check_hyperparameters(self.gamma, self.history, self.scale, self.std_ddof,
                               self.length_alpha, self.eps)

    def __call__(self, steps: StepBatch) -> Tensor:
        """float [B]: the advantage of each step row."""
        anchor_ids = require_anchor_ids(steps, "HGPO")
        parts = hgpo_parts(steps.scalar_rewards(), steps.episode_ids, steps.group_ids,
                           anchor_ids, gamma=self.gamma, history=self.history,
                           scale=self.scale, std_ddof=self.std_ddof,
                           length_alpha=self.length_alpha, base_group=self.base_group,
                           eps=self.eps, return_offsets=steps.return_offsets())
        self.diagnostics = {"step_nonzero_fraction": nonzero_fraction(parts.step_weights),
                            **{f"level{k}_grouped_fraction": nonzero_fraction(grouped)
                               for k, grouped in enumerate(parts.grouped, start=1)}}
        return parts.advantages

    def metrics(self) -> dict[str, float]:
        """Diagnostics of the last call, logged as ``estimator.NAME``:
        ``step_nonzero_fraction``, the share of rows with a non-zero step-level credit (a level
        k >= 1 kept; 0 for a row whose every cluster is a singleton or constant), and
        ``levelK_grouped_fraction``, the share of the rows with K states whose level-K cluster
        has two or more rows (levels no row reached are left out)."""
        return dict(self.diagnostics)
