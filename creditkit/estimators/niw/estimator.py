"""NIW: hierarchical-Bayes shrinkage of group baselines on a :class:`StepBatch`.

Three uses: an episode-level estimator (``level="episode"``, like GRPO), a step-level one over
anchor-state or utterance groups (``level="step"``), and GiGPO's step or episode term
(``GiGPO(step_estimator=NIW())``, through :meth:`NIW.group_advantages`). The maths is in
:mod:`creditkit.estimators.niw.fit`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import torch
from torch import Tensor

from creditkit._checks import check_choice, check_gamma
from creditkit.batch import StepBatch
from creditkit.estimators.groups import episode_view
from creditkit.estimators.niw.fit import NIWResult, niw_fit
from creditkit.estimators.niw.options import NIWOptions
from creditkit.estimators.niw.prior import PriorTotals
from creditkit.segments import WORK_DTYPE, discounted_scan, episode_bounds, step_group_ids

Level = Literal["episode", "step"]


@dataclass
class NIW(NIWOptions):
    """Hierarchical-Bayes (NIG / NIW) group baselines on a batch; see :func:`niw_advantages`.

    The options of :class:`~creditkit.estimators.niw.options.NIWOptions` (inherited: variant,
    scale, singleton, prior, family, constant, combine, weights, min_prior_groups,
    james_stein, eps) plus how a batch becomes scores and whether the prior remembers. It
    holds state, so it is a plain (not frozen) dataclass: the EMA prior in ``prior_totals``,
    which goes through the :class:`~creditkit.estimators.base.Stateful` protocol
    (``state_dict``/``load_state_dict``) that the trainer saves in every checkpoint, and the
    last call's diagnostics. Options are checked at construction.

    Attributes:
        level: ``"episode"``: one score per episode (its return, per reward dimension),
            groups = ``group_ids``. ``"step"``: each row's discounted return-to-go, groups =
            (group id, anchor id) step groups nested in their episode groups (for utterance
            rewards use ``gamma=0``).
        gamma: discount of the step returns (``level="step"``).
        prior_decay: in [0, 1); > 0 adds the batch-level totals of earlier batches,
            multiplied by this discount per step, to each fit (the policy moves, so old groups
            fade). 0: each batch alone.
        prior_totals: state, not an option: the EMA prior's decayed batch totals (None before
            the first fit, or without ``prior_decay``).
        diagnostics: state, not an option: the last call's :meth:`metrics`.
    """

    level: Level = "episode"
    gamma: float = 0.95
    prior_decay: float = 0.0
    prior_totals: PriorTotals | None = field(default=None, init=False, repr=False, compare=False)
    diagnostics: dict[str, float] = field(default_factory=dict, init=False, repr=False,
                                          compare=False)

    def __post_init__(self) -> None:
        super().__post_init__()
        check_choice("level", self.level, ("episode", "step"))
        check_gamma(self.gamma)
        if not 0.0 <= self.prior_decay < 1.0:
            raise ValueError(f"prior_decay must lie in [0, 1), got {self.prior_decay!r}; "
                             f"0 fits each batch alone, 0.9 keeps a slow EMA")

    def __call__(self, steps: StepBatch) -> Tensor:
        """float [B]: the advantage of each step row."""
        if steps.num_rows == 0:
            return steps.rewards.new_zeros(0)
        if self.level == "episode":
            return self._episode_level(steps)
        if steps.anchor_ids is None:
            raise ValueError("NIW(level='step') groups rows by anchor state but the batch has "
                             "no anchor_ids; collect with anchors or use level='episode'")
        returns = _with_offsets(steps, _discounted(steps, self.gamma))
        step_groups = step_group_ids(steps.group_ids, steps.anchor_ids)
        advantages = self.group_advantages(returns, step_groups, steps.group_ids)
        return advantages.to(steps.rewards.dtype)

    def group_advantages(self, scores: Tensor, group_ids: Tensor,
                         prior_group_ids: Tensor | None = None) -> Tensor:
        """Advantages of scores (float [N] or [N, D]) in groups (int [N]): float [N].

        ``prior_group_ids`` (int [N] or None): groups nest in these, each with enough groups
        getting its own prior. Updates the EMA state and :meth:`metrics`.
        """
        history = None
        if self.prior_decay > 0 and self.prior_totals is not None:
            history = self.prior_totals.scaled(self.prior_decay)
        result = niw_fit(scores, group_ids, self, prior_group_ids=prior_group_ids,
                         history=history)
        if self.prior_decay > 0 and result.totals is not None:
            self.prior_totals = result.totals
        self.diagnostics = _diagnostics(result)
        return result.advantages

    def metrics(self) -> dict[str, float]:
        """Diagnostics of the last call: mean kappa0 and alpha0 over groups, mean shrinkage
        B_g = c kappa0 / (kappa0 + n) over groups (c: the James-Stein factor), and the
        fraction of singleton groups."""
        return dict(self.diagnostics)

    def state_dict(self) -> dict[str, Any]:
        """The EMA prior's totals (tensors on CPU), or ``{}`` when there are none."""
        return {} if self.prior_totals is None else self.prior_totals.state()

    def load_state_dict(self, state: Mapping[str, Any]) -> None:
        """Restore what :meth:`state_dict` returned."""
        self.prior_totals = (PriorTotals(**{k: v.to(WORK_DTYPE) for k, v in state.items()})
                              if state else None)

    def _episode_level(self, steps: StepBatch) -> Tensor:
        view = episode_view(steps.rewards[:, 0], steps.episode_ids, steps.group_ids)
        rewards = steps.rewards.detach().to(WORK_DTYPE)
        returns = rewards.new_zeros(view.returns.shape[0], rewards.shape[1])
        returns.index_add_(0, view.row_episode, _with_offsets(steps, rewards))
        advantages = self.group_advantages(returns, view.group_ids)
        return advantages[view.row_episode].to(steps.rewards.dtype)


def _discounted(steps: StepBatch, gamma: float) -> Tensor:
    """float64 [B, D]: each dimension's discounted return-to-go within the episode."""
    _, last = episode_bounds(steps.episode_ids)
    rewards = steps.rewards.detach().to(WORK_DTYPE)
    return torch.stack([discounted_scan(column, last, gamma) for column in rewards.T], 1)


def _with_offsets(steps: StepBatch, values: Tensor) -> Tensor:
    """``values`` (float64 [B, D]) plus the batch's return offsets, which need D = 1."""
    offsets = steps.return_offsets()
    if offsets is None:
        return values
    if values.shape[1] != 1:
        raise ValueError("return_offsets (an after-discount penalty) need one reward "
                         "dimension; apply InvalidActionPenalty before discounting instead")
    return values + offsets.detach().to(WORK_DTYPE)[:, None]


def _diagnostics(result: NIWResult) -> dict[str, float]:
    counts = result.counts
    if counts.numel() == 0:
        return {}
    kappa0 = result.group_prior.kappa0
    return {"kappa0": float(kappa0.mean()), "alpha0": float(result.group_prior.alpha0.mean()),
            "shrinkage": float((result.group_prior.shrink * kappa0
                                / (kappa0 + counts)).mean()),
            "singleton_fraction": float((counts == 1).double().mean())}
