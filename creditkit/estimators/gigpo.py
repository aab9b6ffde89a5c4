"""GiGPO: episode-level group advantages plus step-level advantages within anchor-state groups."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from torch import Tensor

from creditkit._checks import check_choice, check_gamma, check_nonnegative, check_tensor
from creditkit.batch import StepBatch
from creditkit.estimators.base import GroupEstimator
from creditkit.estimators.groups import episode_view, term_magnitudes
from creditkit.segments import (
    WORK_DTYPE,
    StdScale,
    discounted_scan,
    normalize_in_segments,
    step_group_ids,
)

EpisodeStat = Literal["trajectory", "step"]
_SCALE_TO_GROUP = {"std": "group", "none": "none"}


def _check_hyperparameters(gamma: float, step_weight: float, scale: str, eps: float,
                           episode_stat: str) -> None:
    check_gamma(gamma)
    if not math.isfinite(step_weight):
        raise ValueError(f"step_weight must be a finite number, got {step_weight!r}")
    check_choice("scale", scale, tuple(_SCALE_TO_GROUP))
    check_nonnegative("eps", eps)
    check_choice("episode_stat", episode_stat, ("trajectory", "step"))


def gigpo_advantages(
    step_rewards: Tensor,
    episode_ids: Tensor,
    group_ids: Tensor,
    anchor_ids: Tensor | None,
    *,
    gamma: float = 0.95,
    step_weight: float = 1.0,
    scale: StdScale = "std",
    eps: float = 1e-6,
    episode_stat: EpisodeStat = "trajectory",
) -> Tensor:
    """Group-in-Group advantages (GiGPO, Feng et al., arXiv 2505.10978).

    .. math::
        A^E_i = \\frac{R(\\tau_i) - \\mathrm{mean}_g R}{F_g}, \\quad
        A^S_t = \\frac{R_t - \\mathrm{mean}_{(g,a)} R}{F_{(g,a)}}, \\quad
        A = A^E + \\omega A^S

    with the undiscounted episode return :math:`R(\\tau) = \\sum_t r_t`, the discounted
    return-to-go :math:`R_t = \\sum_{k \\ge t} \\gamma^{k-t} r_k`, and F = std + eps
    (``scale="std"``) or 1 (``scale="none"``). Step groups are the rows with the same
    (group id, anchor id): anchors match across episodes and time steps of a group, never
    across groups. Singleton step groups give A^S = 0.

    Differences from the authors' released code: statistics use the true groups (no padding by
    duplicated rows); ``episode_stat="trajectory"`` (default, the paper) takes one score per
    episode, ``"step"`` weighs each episode by its length as the released code does.

    Args:
        step_rewards: float [B], immediate reward of each step row.
        episode_ids: int [B], an episode's rows contiguous and in time order.
        group_ids: int [B], constant within an episode.
        anchor_ids: int [B], or None for no step groups (then A = A^E).
        gamma: discount of the step returns, in [0, 1].
        step_weight: omega, the weight of the step-level term.
        scale: ``"std"`` or ``"none"``.
        eps: added to the std.
        episode_stat: ``"trajectory"`` or ``"step"``.

    Returns:
        float [B] in the dtype of ``step_rewards``, without grad.

    >>> # two episodes of one group; both start in anchor 0, the winner then moves to anchor 1
    >>> gigpo_advantages(torch.tensor([0.0, 1.0, 0.0, 0.0]), torch.tensor([0, 0, 1, 1]),
    ...                  torch.tensor([0, 0, 0, 0]), torch.tensor([0, 1, 0, 2]), gamma=0.5)
    tensor([ 1.4142,  0.7071, -1.4142, -0.7071])
    """
    return gigpo_parts(step_rewards, episode_ids, group_ids, anchor_ids, gamma=gamma,
                       step_weight=step_weight, scale=scale, eps=eps,
                       episode_stat=episode_stat).advantages


class GiGPOParts(NamedTuple):
    """What :func:`gigpo_parts` computes.

    Attributes:
        advantages: float [B] in the dtype of the step rewards.
        step_term: float [B] (working dtype), the step-level advantage before ``step_weight``,
            or None when there is none (no ``anchor_ids``, or ``step_weight`` 0).
    """

    advantages: Tensor
    step_term: Tensor | None


def gigpo_parts(
    step_rewards: Tensor,
    episode_ids: Tensor,
    group_ids: Tensor,
    anchor_ids: Tensor | None,
    *,
    gamma: float,
    step_weight: float,
    scale: str,
    eps: float,
    episode_stat: str,
    return_offsets: Tensor | None = None,
    episode_estimator: GroupEstimator | None = None,
    step_estimator: GroupEstimator | None = None,
) -> GiGPOParts:
    """:func:`gigpo_advantages` with its step term (for the estimator's diagnostics), plus
    ``return_offsets`` (float [B]) and pluggable group estimators for either term (None:
    normalisation with ``scale``).

    A row's offset is added after discounting to its own step return, and to its own score in
    the episode term: with ``episode_stat="step"`` each row scores its episode's return plus
    its own offset (the authors' released code, where an invalid row's score is the episode
    reward minus 0.1); with ``"trajectory"`` (one score per episode) the episode scores its
    return plus all its rows' offsets."""
    check_tensor("step_rewards", step_rewards, kind="float", finite=True)
    rows = step_rewards.shape[0]
    check_tensor("episode_ids", episode_ids, kind="int", length=rows)
    check_tensor("group_ids", group_ids, kind="int", length=rows)
    if anchor_ids is not None:
        check_tensor("anchor_ids", anchor_ids, kind="int", length=rows)
    _check_hyperparameters(gamma, step_weight, scale, eps, episode_stat)
    group_scale = _SCALE_TO_GROUP[scale]
    if rows == 0:
        return GiGPOParts(step_rewards.detach().clone(), None)
    trajectory = episode_stat == "trajectory"
    view = episode_view(step_rewards, episode_ids, group_ids,
                        return_offsets if trajectory else None)

    def baseline(values: Tensor, ids: Tensor, estimator: GroupEstimator | None,
                 prior_ids: Tensor | None = None) -> Tensor:
        if estimator is None:
            return normalize_in_segments(values, ids, group_scale, eps)
        return estimator.group_advantages(values, ids, prior_ids).to(WORK_DTYPE)

    if trajectory:
        advantages = baseline(view.returns, view.group_ids, episode_estimator)[view.row_episode]
    else:
        row_scores = view.returns[view.row_episode]
        if return_offsets is not None:
            row_scores = row_scores + return_offsets.detach().to(WORK_DTYPE)
        advantages = baseline(row_scores, group_ids, episode_estimator)
    if anchor_ids is None or step_weight == 0:
        return GiGPOParts(advantages.to(step_rewards.dtype), None)
    step_returns = discounted_scan(step_rewards.detach().to(WORK_DTYPE), view.last, gamma)
    if return_offsets is not None:
        step_returns = step_returns + return_offsets.detach().to(WORK_DTYPE)
    step_groups = step_group_ids(group_ids, anchor_ids)
    step_advantages = baseline(step_returns, step_groups, step_estimator, group_ids)
    return GiGPOParts((advantages + step_weight * step_advantages).to(step_rewards.dtype),
                      step_advantages)


@dataclass
class GiGPO:
    """GiGPO on a :class:`StepBatch` (uses ``anchor_ids`` and any ``return_offsets``).

    Attributes:
        gamma: discount of the step returns (0.95 in the paper).
        step_weight: omega, weight of the step-level term (1.0 in the paper).
        scale: ``"std"`` (the paper's main variant) or ``"none"``.
        eps: added to the std.
        episode_stat: ``"trajectory"`` (the paper) or ``"step"`` (the released code).
        episode_estimator: None (group normalisation with ``scale``) or any
            :class:`~creditkit.estimators.base.GroupEstimator` for the episode term.
        step_estimator: likewise for the step term; it gets the step groups and, as
            ``prior_group_ids``, their episode groups (e.g. ``NIW()``, ``RLOO()``).
        diagnostics: state, not an option: the last call's :meth:`metrics` (so the
            dataclass is not frozen; options are checked at construction).
    """

    gamma: float = 0.95
    step_weight: float = 1.0
    scale: StdScale = "std"
    eps: float = 1e-6
    episode_stat: EpisodeStat = "trajectory"
    episode_estimator: GroupEstimator | None = None
    step_estimator: GroupEstimator | None = None
    diagnostics: dict[str, float] = field(default_factory=dict, init=False, repr=False,
                                          compare=False)

    def __post_init__(self) -> None:
        _check_hyperparameters(self.gamma, self.step_weight, self.scale, self.eps,
                               self.episode_stat)
        for name in ("episode_estimator", "step_estimator"):
            value = getattr(self, name)
            if value is not None and not callable(getattr(value, "group_advantages", None)):
                raise ValueError(f"{name} must have a group_advantages(scores, group_ids, "
                                 f"prior_group_ids) method (GRPO, RLOO, DrGRPO, NIW), got "
                                 f"{value!r}")

    def __call__(self, steps: StepBatch) -> Tensor:
        """float [B]: the advantage of each step row."""
        parts = gigpo_parts(
            steps.scalar_rewards(), steps.episode_ids, steps.group_ids, steps.anchor_ids,
            gamma=self.gamma, step_weight=self.step_weight, scale=self.scale, eps=self.eps,
            episode_stat=self.episode_stat, return_offsets=steps.return_offsets(),
            episode_estimator=self.episode_estimator, step_estimator=self.step_estimator,
        )
        self.diagnostics = ({} if parts.step_term is None else term_magnitudes(
            parts.advantages, self.step_weight * parts.step_term))
        return parts.advantages

    def metrics(self) -> dict[str, float]:
        """Diagnostics of the last call, logged as ``estimator.NAME``:
        ``step_nonzero_fraction``, the share of rows whose step term is not exactly 0 (0 for a
        singleton or constant step group under group normalisation), and the mean absolute
        episode term and weighted step term (``episode_abs_mean``, ``step_abs_mean``: which
        level the credit comes from); nothing without a step term."""
        return dict(self.diagnostics)
