"""iStar: implicit step rewards from a process reward model, baselined with the episode score
against a group's representative turns."""

from __future__ import annotations

import math
from typing import Literal

import torch
from torch import Tensor

from creditkit._checks import check_choice, check_nonnegative, check_tensor
from creditkit.estimators.groups import episode_view
from creditkit.segments import WORK_DTYPE, dense_ids

Baseline = Literal["rloo", "mean"]
StatRows = Literal["first_step", "all_steps"]
ImplicitScale = Literal["max_abs", "none"]


def _check_hyperparameters(baseline: str, scale: str, step_weight: float, stat_rows: str,
                           implicit_scale: str, invalid_penalty: float, eps: float,
                           implicit_eps: float) -> None:
    check_choice("baseline", baseline, ("rloo", "mean"))
    check_choice("scale", scale, ("none", "std"))
    if baseline == "rloo" and scale != "none":
        raise ValueError("scale applies to baseline='mean' only (iStar's RLOO has no std); "
                         "leave scale='none' with baseline='rloo'")
    if not math.isfinite(step_weight):
        raise ValueError(f"step_weight must be a finite number, got {step_weight!r}")
    check_choice("stat_rows", stat_rows, ("first_step", "all_steps"))
    check_choice("implicit_scale", implicit_scale, ("max_abs", "none"))
    check_nonnegative("invalid_penalty", invalid_penalty)
    check_nonnegative("eps", eps)
    check_nonnegative("implicit_eps", implicit_eps)


def representative_baseline(values: Tensor, group_ids: Tensor, representative: Tensor, *,
                            baseline: str, scale: str, eps: float) -> Tensor:
    """Each row's values baselined against its group's representative rows (float [B, K],
    working dtype; K columns baselined at once, e.g. the scores and the implicit rewards).

    With n representatives of mean m and sample std s: RLOO gives ``(x - m) n / (n - 1)``,
    ``mean`` gives ``x - m`` or, with ``scale="std"``, ``(x - m) / (s + eps)`` (``x - m`` when
    the representatives tie: s = 0). A group with one representative keeps ``x`` (divided by
    1 + eps under ``std``), as released.

    Args:
        values: float [B, K] (working dtype); group_ids: int [B].
        representative: bool [B], the rows whose values make the statistics.
    """
    groups, count = dense_ids(group_ids)
    chosen = representative.to(WORK_DTYPE)[:, None]
    sums = torch.zeros(count, values.shape[1] + 1, dtype=WORK_DTYPE, device=values.device)
    sums.index_add_(0, groups, torch.cat([chosen, values * chosen], dim=1))
    n = sums[:, :1]
    # representatives that tie have their value as the exact mean (a float sum may not)
    index = groups[:, None].expand_as(values)
    low = torch.full_like(sums[:, 1:], math.inf).scatter_reduce(
        0, index, torch.where(chosen > 0, values, math.inf), reduce="amin")
    high = torch.full_like(sums[:, 1:], -math.inf).scatter_reduce(
        0, index, torch.where(chosen > 0, values, -math.inf), reduce="amax")
    mean = torch.where(low == high, low, sums[:, 1:] / n.clamp(min=1))[groups]
    centred = values - mean
    size = n[groups]
    if baseline == "rloo":
        grouped = centred * size / (size - 1).clamp(min=1)
        single = values
    elif scale == "std":
        squares = torch.zeros_like(sums[:, 1:]).index_add_(0, groups, centred ** 2 * chosen)
        std = (squares / (n - 1).clamp(min=1)).sqrt()[groups]
        tied = (low == high)[groups]
        grouped = torch.where(tied, centred, centred / (std + eps))
        single = values / (1.0 + eps)
    else:
        grouped, single = centred, values
    return torch.where(size > 1, grouped, single)


def istar_advantages(step_rewards: Tensor, episode_ids: Tensor, group_ids: Tensor,
                     implicit_rewards: Tensor, valid: Tensor | None = None, *,
                     baseline: Baseline = "rloo", scale: str = "none",
                     step_weight: float = 1.0, process_only: bool = False,
                     stat_rows: StatRows = "first_step", implicit_scale: ImplicitScale = "max_abs",
                     invalid_penalty: float = 0.0, eps: float = 1e-6,
                     implicit_eps: float = 1e-6, return_offsets: Tensor | None = None) -> Tensor:
    """iStar's advantages (ICLR 2026, arXiv 2509.19199; Tongyi-ConvAI ``CharacterRL-iStar``).

    .. math::
        A_t = B_g[s_t] + w\\, B_g[\\tilde r_t], \\qquad
        \\tilde r_t = \\frac{\\hat r_t}{\\max_u |\\hat r_u| + \\epsilon'}

    with :math:`s_t = R_\\tau + o_t` the row's score (the episode return, its own offset: any
    return offset and :math:`-p` when invalid), :math:`\\hat r_t` its implicit step reward
    (:math:`\\beta \\sum_k \\log \\pi_\\phi / \\pi_{old}` over its tokens, from the process
    reward model) and :math:`B_g` the baseline of :func:`representative_baseline` over the
    group's representative rows: each episode's first row (``stat_rows="first_step"``, the
    released code with rows in time order) or every row (``"all_steps"``). iStar compares
    every turn with the group's representatives, whatever its state.

    Args:
        step_rewards: float [B]; episode_ids, group_ids: int [B].
        implicit_rewards: float [B], :math:`\\hat r_t`.
        valid: bool [B] or None (all valid); an invalid row pays ``invalid_penalty`` in its
            score (the episode term only, as released).
        baseline: ``"rloo"`` (``istar_rloo``, every released script) or ``"mean"``
            (``istar_grpo``).
        scale: ``"none"`` or ``"std"`` (``baseline="mean"`` only).
        step_weight: w (1.0).
        process_only: the step term alone, without ``step_weight`` (released).
        stat_rows: ``"first_step"`` or ``"all_steps"``.
        implicit_scale: ``"max_abs"`` (divide by the batch's max :math:`|\\hat r|` +
            ``implicit_eps``, the released ``batch_norm``) or ``"none"``.
        invalid_penalty: p; eps: added to the std; implicit_eps: :math:`\\epsilon'`.
        return_offsets: float [B] or None, added to each row's score.

    Returns:
        float [B] in the dtype of ``step_rewards``, without grad.

    >>> # one group, episodes A (2 turns, return 1) and B (1 turn, 0); RLOO over first rows
    >>> # (rows 0 and 2, n = 2): implicit / 0.4 = 0.5, 1, -1 -> (x + 0.25) * 2; scores 1, 1, 0
    >>> # -> (x - 0.5) * 2
    >>> istar_advantages(torch.tensor([0.0, 1.0, 0.0]), torch.tensor([0, 0, 1]),
    ...                  torch.tensor([0, 0, 0]), torch.tensor([0.2, 0.4, -0.4]))
    tensor([ 2.5000,  3.5000, -2.5000])
    """
    check_tensor("step_rewards", step_rewards, kind="float", finite=True)
    rows = step_rewards.shape[0]
    check_tensor("group_ids", group_ids, kind="int", length=rows)
    check_tensor("implicit_rewards", implicit_rewards, kind="float", length=rows, finite=True)
    if valid is not None:
        check_tensor("valid", valid, kind="bool", length=rows)
    _check_hyperparameters(baseline, scale, step_weight, stat_rows, implicit_scale,
                           invalid_penalty, eps, implicit_eps)
    if rows == 0:
        return step_rewards.detach().clone()
    view = episode_view(step_rewards, episode_ids, group_ids)
    if stat_rows == "first_step":
        representative = torch.ones(rows, dtype=torch.bool, device=view.row_episode.device)
        representative[1:] = view.row_episode[1:] != view.row_episode[:-1]
    else:
        representative = torch.ones(rows, dtype=torch.bool, device=view.row_episode.device)
    implicit = implicit_rewards.detach().to(WORK_DTYPE)
    if implicit_scale == "max_abs":
        implicit = implicit / (implicit.abs().max() + implicit_eps)
    scores = view.returns[view.row_episode]
    if valid is not None and invalid_penalty:
        scores = scores - invalid_penalty * (~valid).to(WORK_DTYPE)
    if return_offsets is not None:
        scores = scores + return_offsets.detach().to(WORK_DTYPE)
    both = representative_baseline(torch.stack([scores, implicit], dim=1), group_ids,
                                   representative, baseline=baseline, scale=scale, eps=eps)
    episode, step = both[:, 0], both[:, 1]
    if process_only:
        return step.to(step_rewards.dtype)
    return (episode + step_weight * step).to(step_rewards.dtype)


def istar_prm_loss(step_logratios: Tensor, episode_ids: Tensor, group_ids: Tensor,
                   step_rewards: Tensor, *, beta: float = 0.05,
                   success_threshold: float = 0.0) -> Tensor:
    """iStar's trajectory-level DPO loss of the implicit process reward model.

    .. math::
        Q_\\tau = \\operatorname{mean}_{t \\in \\tau} \\beta \\sum_k \\log
            \\frac{\\pi_\\phi}{\\pi_{old}}, \\qquad
        L = \\frac{1}{|P|} \\sum_{(i, j) \\in P} -\\log \\sigma(Q_i - Q_j)

    over P, every (successful, unsuccessful) pair of episodes within a group (success: return
    > ``success_threshold``); 0 (with the graph kept) when there is no pair. Written with
    ``logsigmoid``, so it stays finite where the released ``log(sigmoid(.))`` overflows.

    Args:
        step_logratios: float [B] with grad, each row's summed token log-ratio.
        episode_ids, group_ids: int [B]; step_rewards: float [B], the environment's.
        beta: β (0.05); success_threshold: 0.0.

    Returns:
        float scalar, differentiable in ``step_logratios``.
    """
    check_tensor("step_logratios", step_logratios, kind="float")
    rows = step_logratios.shape[0]
    check_tensor("step_rewards", step_rewards, kind="float", length=rows, finite=True)
    check_tensor("group_ids", group_ids, kind="int", length=rows)
    if not math.isfinite(beta) or not math.isfinite(success_threshold):
        raise ValueError(f"beta and success_threshold must be finite, got {beta!r}, "
                         f"{success_threshold!r}")
    if rows == 0:
        return step_logratios.sum() * 0.0
    view = episode_view(step_rewards, episode_ids, group_ids)
    episodes = view.returns.shape[0]
    lengths = torch.zeros(episodes, dtype=step_logratios.dtype,
                          device=step_logratios.device).index_add_(
        0, view.row_episode, torch.ones_like(step_logratios))
    q = torch.zeros_like(lengths).index_add_(0, view.row_episode,
                                             beta * step_logratios) / lengths
    won = view.returns > success_threshold
    same = view.group_ids[:, None] == view.group_ids[None, :]
    pairs = same & won[:, None] & ~won[None, :]
    if not bool(pairs.any()):
        return step_logratios.sum() * 0.0
    gaps = (q[:, None] - q[None, :])[pairs]
    return -torch.nn.functional.logsigmoid(gaps).mean()
