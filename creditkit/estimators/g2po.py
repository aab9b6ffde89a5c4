"""G2PO: step advantages from a graph of a group's anchor states and their values."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

import torch
from torch import Tensor

from creditkit._checks import check_choice, check_gamma, check_nonnegative, check_tensor
from creditkit.batch import StepBatch
from creditkit.estimators.groups import (
    episode_view,
    nonzero_fraction,
    require_anchor_ids,
    term_magnitudes,
)
from creditkit.segments import (
    WORK_DTYPE,
    StdScale,
    episode_bounds,
    normalize_in_segments,
    segment_count,
    segment_mean,
    step_group_ids,
)

EpisodeStat = Literal["trajectory", "step"]
_SCALE_TO_GROUP = {"std": "group", "none": "none"}


def _check_hyperparameters(gamma: float, step_weight: float, scale: str, invalid_penalty: float,
                           episode_stat: str, eps: float) -> None:
    check_gamma(gamma)
    for name, value in (("step_weight", step_weight), ("invalid_penalty", invalid_penalty)):
        if not math.isfinite(value):
            raise ValueError(f"{name} must be a finite number, got {value!r}")
    check_choice("scale", scale, tuple(_SCALE_TO_GROUP))
    check_choice("episode_stat", episode_stat, ("trajectory", "step"))
    check_nonnegative("eps", eps)


def g2po_advantages(
    step_rewards: Tensor,
    episode_ids: Tensor,
    group_ids: Tensor,
    anchor_ids: Tensor,
    valid: Tensor,
    *,
    gamma: float = 0.95,
    step_weight: float = 1.0,
    scale: StdScale = "none",
    invalid_penalty: float = 0.1,
    episode_stat: EpisodeStat = "trajectory",
    eps: float = 1e-6,
    dones: Tensor | None = None,
) -> Tensor:
    """Group-Graph advantages (G2PO, arXiv 2606.22995; code ``Nala-YN/G2PO``).

    .. math::
        V(n) = \\operatorname{mean}_{(\\tau, t) \\in n} \\gamma^{T_\\tau - t} R_\\tau, \\qquad
        A_t = A^E_\\tau + \\omega \\big( N_{n_t}[V(n'_t) - p \\cdot \\mathrm{invalid}_t]
              + N_g[V(n'_t) - V(n_t)] \\big)

    Nodes n are a group's rows with the same anchor; :math:`T_\\tau` is the episode's length,
    t the row's 0-based step; :math:`n'_t` is the node of the episode's next row, or, after the
    last row, WIN (value :math:`R_\\tau`) when the episode is won (its last row terminated with
    :math:`R_\\tau > 0`) and LOSS (value 0) otherwise. :math:`N_S[x]` centres x within the
    rows of S (``scale="std"``: and divides by the sample std + eps); a node of one row, or a
    constant set, gives 0. :math:`A^E` is the group-normalised episode return.

    Args:
        step_rewards: float [B], immediate reward of each step row (they enter only through
            the episode return :math:`R_\\tau = \\sum_t r_t`).
        episode_ids: int [B], an episode's rows contiguous and in time order.
        group_ids: int [B], constant within an episode.
        anchor_ids: int [B].
        valid: bool [B], the action was admissible (invalid rows pay ``invalid_penalty`` in the
            node term).
        gamma: discount of the state values (0.95, fixed in the authors' code).
        step_weight: omega, the weight of the step term.
        scale: ``"none"`` (the authors' default, ``mean_norm``) or ``"std"``.
        invalid_penalty: p.
        episode_stat: ``"trajectory"`` (one score per episode) or ``"step"`` (statistics over
            step rows, the authors' code: episodes weigh by length, and a one-row group's
            mean is 0).
        eps: added to the std.
        dones: bool [B] or None; None: every episode's last row terminated.

    Returns:
        float [B] in the dtype of ``step_rewards``, without grad.

    >>> # two episodes from state 0: one wins through state 1, one loses through state 2
    >>> g2po_advantages(torch.tensor([0.0, 1.0, 0.0, 0.0]), torch.tensor([0, 0, 1, 1]),
    ...                 torch.tensor([0, 0, 0, 0]), torch.tensor([0, 1, 0, 2]),
    ...                 torch.ones(4, dtype=torch.bool), gamma=0.5)
    tensor([ 0.9375,  0.8125, -1.0625, -0.6875])
    """
    return g2po_parts(step_rewards, episode_ids, group_ids, anchor_ids, valid, gamma=gamma,
                      step_weight=step_weight, scale=scale, invalid_penalty=invalid_penalty,
                      episode_stat=episode_stat, eps=eps, dones=dones).advantages


class G2POParts(NamedTuple):
    """What :func:`g2po_parts` computes.

    Attributes:
        advantages: float [B] in the dtype of the step rewards.
        node_term: float [B] (working dtype), the next state's value normalised among the
            steps taken from the same state (before ``step_weight``).
        gain_term: float [B], the value gain normalised over the episode group.
        won: bool [E], whether each episode's terminal edge leads to the value of a win.
    """

    advantages: Tensor
    node_term: Tensor
    gain_term: Tensor
    won: Tensor


def g2po_parts(step_rewards: Tensor, episode_ids: Tensor, group_ids: Tensor,
               anchor_ids: Tensor, valid: Tensor, *, gamma: float, step_weight: float,
               scale: str, invalid_penalty: float, episode_stat: str, eps: float,
               dones: Tensor | None, return_offsets: Tensor | None = None) -> G2POParts:
    """:func:`g2po_advantages` with its parts (for the estimator's diagnostics), plus
    ``return_offsets`` (float [B]) added to the episode returns (e.g. the ``invalid_penalty``
    shaper's)."""
    check_tensor("step_rewards", step_rewards, kind="float", finite=True)
    rows = step_rewards.shape[0]
    for name, ids in (("episode_ids", episode_ids), ("group_ids", group_ids),
                      ("anchor_ids", anchor_ids)):
        check_tensor(name, ids, kind="int", length=rows)
    check_tensor("valid", valid, kind="bool", length=rows)
    if dones is not None:
        check_tensor("dones", dones, kind="bool", length=rows)
    _check_hyperparameters(gamma, step_weight, scale, invalid_penalty, episode_stat, eps)
    if rows == 0:
        empty = step_rewards.new_zeros(0, dtype=WORK_DTYPE)
        return G2POParts(step_rewards.detach().clone(), empty, empty, empty.bool())
    group_scale = _SCALE_TO_GROUP[scale]
    view = episode_view(step_rewards, episode_ids, group_ids, return_offsets)
    returns = view.returns[view.row_episode]  # R_tau of each row
    _, last = episode_bounds(episode_ids)
    index = torch.arange(rows, device=returns.device)
    to_go = (last - index + 1).to(WORK_DTYPE)  # T - t: 1 on an episode's last row
    nodes = step_group_ids(group_ids, anchor_ids)
    value = segment_mean(returns * float(gamma) ** to_go, nodes)  # V(n_t)
    is_last = last == index
    terminated = is_last if dones is None else dones.to(torch.bool) & is_last
    ahead = torch.zeros_like(value)
    ahead[:-1] = value[1:]
    won = terminated & (returns > 0)
    next_value = torch.where(is_last, torch.where(won, returns, 0.0), ahead)  # V(n'_t)
    node_term = normalize_in_segments(next_value - invalid_penalty * (~valid).to(WORK_DTYPE),
                                      nodes, group_scale, eps)
    gain_term = normalize_in_segments(next_value - value, group_ids, group_scale, eps)
    if episode_stat == "trajectory":
        episode = normalize_in_segments(view.returns, view.group_ids, group_scale,
                                        eps)[view.row_episode]
    else:
        episode = normalize_in_segments(returns, group_ids, group_scale, eps)
        single = segment_count(group_ids) == 1  # a group of one row: mean 0 (their code)
        episode = torch.where(single, returns / (1.0 + eps if scale == "std" else 1.0),
                              episode)
    advantages = (episode + step_weight * (node_term + gain_term)).to(step_rewards.dtype)
    return G2POParts(advantages, node_term, gain_term, won[is_last])


@dataclass
class G2PO:
    """G2PO on a :class:`StepBatch` (uses ``anchor_ids``, ``valid``, ``dones`` and any
    ``return_offsets``).

    Attributes:
        gamma: discount of the state values (0.95).
        step_weight: omega, the weight of the step term (1.0).
        scale: ``"none"`` (the authors' default) or ``"std"``.
        invalid_penalty: paid by an invalid row in the node term (0.1).
        episode_stat: ``"trajectory"`` (one score per episode) or ``"step"`` (the authors').
        eps: added to the std.
        diagnostics: state, not an option: the last call's :meth:`metrics` (so the
            dataclass is not frozen; options are checked at construction).
    """

    gamma: float = 0.95
    step_weight: float = 1.0
    scale: StdScale = "none"
    invalid_penalty: float = 0.1
    episode_stat: EpisodeStat = "trajectory"
    eps: float = 1e-6
    diagnostics: dict[str, float] = field(default_factory=dict, init=False, repr=False,
                                          compare=False)

    def __post_init__(self) -> None:
        _check_hyperparameters(self.gamma, self.step_weight, self.scale, self.invalid_penalty,
                               self.episode_stat, self.eps)

    def __call__(self, steps: StepBatch) -> Tensor:
        """float [B]: the advantage of each step row."""
        anchor_ids = require_anchor_ids(steps, "G2PO")
        assert steps.valid is not None
        parts = g2po_parts(steps.scalar_rewards(), steps.episode_ids, steps.group_ids,
                           anchor_ids, steps.valid, gamma=self.gamma,
                           step_weight=self.step_weight, scale=self.scale,
                           invalid_penalty=self.invalid_penalty,
                           episode_stat=self.episode_stat, eps=self.eps, dones=steps.dones,
                           return_offsets=steps.return_offsets())
        self.diagnostics = {
            "node_nonzero_fraction": nonzero_fraction(parts.node_term),
            "gain_nonzero_fraction": nonzero_fraction(parts.gain_term),
            **term_magnitudes(parts.advantages,
                              self.step_weight * (parts.node_term + parts.gain_term)),
            "won_fraction": nonzero_fraction(parts.won)}
        return parts.advantages

    def metrics(self) -> dict[str, float]:
        """Diagnostics of the last call, logged as ``estimator.NAME``: the shares of rows with
        a non-zero node term (``node_nonzero_fraction``; 0 for a state visited once), gain term
        (``gain_nonzero_fraction``) and step term, their sum (``step_nonzero_fraction``), the
        mean absolute episode term and weighted step term (``episode_abs_mean``,
        ``step_abs_mean``), and the share of episodes counted as won (``won_fraction``: last
        row terminated with a positive return)."""
        return dict(self.diagnostics)
