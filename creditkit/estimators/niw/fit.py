"""Hierarchical-Bayes group baselines: the NIG / NIW posterior per group, as pure tensor maths.

:func:`niw_advantages` is the public function; :class:`~creditkit.estimators.niw.NIW` wraps it
for :class:`~creditkit.batch.StepBatch` batches and for GiGPO's step term. The prior is either
fitted by empirical Bayes (:mod:`creditkit.estimators.niw.prior`) or given as a
:class:`~creditkit.estimators.niw.options.Prior`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import torch
from torch import Tensor

from creditkit._checks import check_tensor
from creditkit.estimators.niw.options import JamesStein, NIWOptions, Prior
from creditkit.estimators.niw.posterior import row_advantages
from creditkit.estimators.niw.prior import (
    FittedPrior,
    GroupMoments,
    GroupPrior,
    PriorTotals,
    choose_alpha0,
    fit_moments,
    group_moments,
    group_totals,
    pool_totals,
)
from creditkit.segments import WORK_DTYPE, dense_ids


@dataclass(frozen=True)
class NIWResult:
    """What :func:`niw_fit` computes.

    Attributes:
        advantages: float [B] in the scores' dtype.
        group_prior: the prior each group was shrunk toward.
        counts: float [G], group sizes.
        totals: the batch-level totals the empirical prior was fitted on, history included
            (the next step's EMA state), or None for a fixed prior.
    """

    advantages: Tensor
    group_prior: GroupPrior
    counts: Tensor
    totals: PriorTotals | None


def niw_advantages(scores: Tensor, group_ids: Tensor, options: NIWOptions | None = None, *,
                   prior_group_ids: Tensor | None = None, history: PriorTotals | None = None
                   ) -> Tensor:
    """Advantages against hierarchical-Bayes group baselines (NIG, or NIW for D dimensions).

    Each group's rewards are N(mu_g, sigma_g^2) with a conjugate prior
    mu_g | sigma_g^2 ~ N(m0, sigma_g^2/kappa0), sigma_g^2 ~ IG(alpha0, beta0) fitted over the
    batch by empirical Bayes. The baseline is the posterior mean, shrunk toward m0:

    .. math::
        b_g = \\bar r_g - \\frac{\\kappa_0}{\\kappa_0 + n_g}(\\bar r_g - m_0), \\qquad
        A_{gi} = \\frac{r_{gi} - b_g}{s_g + \\varepsilon}, \\qquad
        s_g^2 = \\frac{\\beta_g}{\\alpha_g - 1}

    with :math:`\\alpha_g = \\alpha_0 + n_g/2` and :math:`\\beta_g = \\beta_0 + S_g/2 +
    \\kappa_0 n_g (\\bar r_g - m_0)^2 / (2\\kappa_g)`. Tiny groups borrow strength from the
    batch; singletons get a signal instead of GiGPO's 0 when groups are alike (large fitted
    kappa0) and about 0 when they are not. Ours; the empirical-Bayes idea follows NIW
    meta-learning (arXiv 2306.09702). See ``docs/estimators/niw.md``.

    Args:
        scores: float [B] or [B, D] (D reward dimensions: the NIW version).
        group_ids: int [B], rows with the same id share a baseline.
        prior_group_ids: int [B] or None. Groups are nested in these (e.g. GiGPO's step groups in
            episode groups); a prior group with at least ``min_prior_groups`` groups gets its
            own prior, the others share the batch's.
        history: decayed totals of earlier batches added before the fit (the EMA prior).
        options: the options (:class:`~creditkit.estimators.niw.options.NIWOptions`: variant,
            scale, singleton, prior, family, constant, combine, weights, min_prior_groups,
            james_stein, eps); None: every option at its default.

    Returns:
        float [B] in the dtype of ``scores``, without grad.

    >>> # two groups of two and one singleton; a fixed prior shrinks each mean toward 0
    >>> fixed = NIWOptions(prior=Prior(m0=0.0, kappa0=1.0, alpha0=2.0, beta0=1.0), scale="none")
    >>> niw_advantages(torch.tensor([1.0, 3.0, 2.0, 4.0, 9.0]), torch.tensor([0, 0, 1, 1, 2]),
    ...                fixed)
    tensor([-0.3333,  1.6667,  0.0000,  2.0000,  4.5000])
    """
    if options is not None and not isinstance(options, NIWOptions):
        raise TypeError(f"options must be a NIWOptions (e.g. NIWOptions(variant='nig_loo')), "
                        f"got {type(options).__name__}")
    return niw_fit(scores, group_ids, options, prior_group_ids=prior_group_ids,
                   history=history).advantages


def niw_fit(scores: Tensor, group_ids: Tensor, options: NIWOptions | None = None, *,
            prior_group_ids: Tensor | None = None, history: PriorTotals | None = None
            ) -> NIWResult:
    """:func:`niw_advantages` with the fitted prior and totals (for diagnostics and the EMA)."""
    options = NIWOptions() if options is None else options
    work, weight = _check_inputs(scores, group_ids, prior_group_ids, options.weights,
                                 options.family)
    if work.shape[0] == 0:
        empty = work.new_zeros(0)
        return NIWResult(scores.new_zeros(0), GroupPrior(work, empty, empty, work[:, :, None],
                                                         empty), empty, history)
    inverse, num_groups = dense_ids(group_ids)
    moments = group_moments(work, inverse, num_groups)
    pools = _group_pools(prior_group_ids, inverse, num_groups)
    group_prior, totals = _group_prior(moments, options, pools, history)
    if options.combine == "scalarise" and work.shape[1] > 1:
        work, group_prior = _project(work, group_prior, weight)
        moments = group_moments(work, inverse, num_groups)
        weight = weight.new_ones(1)
    per_dimension = row_advantages(work, moments, group_prior, options)
    advantages = (per_dimension * weight).sum(-1)
    return NIWResult(advantages.to(scores.dtype), group_prior, moments.counts, totals)


def niw_posterior(scores: Tensor, group_ids: Tensor, *,
                  prior: Literal["empirical"] | Prior = "empirical",
                  prior_group_ids: Tensor | None = None, min_prior_groups: int = 8,
                  james_stein: JamesStein | bool = True) -> tuple[Tensor, Tensor]:
    """Each row's group posterior in full matrix form (the in-sample NIW posterior).

    For diagnostics and whitened per-dimension objectives, Sigma_g^{-1/2} (r - b_g):

    .. math:: b_g = m_g, \\qquad \\hat\\Sigma_g = \\frac{\\Psi_g}{\\nu_g - D - 1}, \\qquad
              \\Psi_g = \\Psi_0 + S_g + \\frac{\\kappa_0 n_g}{\\kappa_g}
              (\\bar r_g - m_0)(\\bar r_g - m_0)^\\top

    with nu0 = 2 alpha0 + D - 1 and the prior of :func:`niw_advantages`.

    Args:
        scores: float [B] or [B, D].
        group_ids: int [B].
        prior, prior_group_ids, min_prior_groups, james_stein: as in :func:`niw_advantages`.

    Returns:
        ``(baselines, covariances)``: float64 [B, D] and [B, D, D] (inf where nu_g <= D + 1).
    """
    options = NIWOptions(prior=prior, min_prior_groups=min_prior_groups,
                         james_stein=james_stein)
    work, _ = _check_inputs(scores, group_ids, prior_group_ids, None, "normal")
    inverse, num_groups = dense_ids(group_ids)
    moments = group_moments(work, inverse, num_groups)
    pools = _group_pools(prior_group_ids, inverse, num_groups)
    group_prior, _ = _group_prior(moments, options, pools, None)
    kappa0, counts = group_prior.kappa0, moments.counts
    offset = moments.means - group_prior.m0
    baselines = moments.means - (group_prior.shrink * kappa0 / (kappa0 + counts))[:, None] * offset
    weight = (kappa0 * counts / (kappa0 + counts))[:, None, None]
    psi = (2 * group_prior.half_psi0 + moments.scatter
           + weight * offset[:, :, None] * offset[:, None, :])
    dof = (2 * (group_prior.alpha0 - 1) + counts)[:, None, None]
    covariances = torch.where(dof > 0, psi / dof.clamp(min=1e-300), math.inf)
    return baselines[inverse], covariances[inverse]


def _check_inputs(scores: Tensor, group_ids: Tensor, prior_group_ids: Tensor | None,
                  weights: Sequence[float] | None, family: str) -> tuple[Tensor, Tensor]:
    check_tensor("scores", scores, kind="float", ndim=None, finite=True)
    if scores.ndim not in (1, 2):
        raise ValueError(f"scores must be float [B] or [B, D], got shape {tuple(scores.shape)}")
    check_tensor("group_ids", group_ids, kind="int", length=scores.shape[0])
    work = scores.detach().to(WORK_DTYPE)
    work = work[:, None] if work.ndim == 1 else work
    dims = work.shape[1]
    if prior_group_ids is not None:
        check_tensor("prior_group_ids", prior_group_ids, kind="int", length=scores.shape[0])
    if family == "beta" and (dims != 1 or bool(((work < 0) | (work > 1)).any())):
        raise ValueError("family='beta' needs one reward dimension with scores in [0, 1]; "
                         "use family='normal' for other rewards")
    if weights is None:
        return work, work.new_full((dims,), 1.0 / dims)
    weight = torch.as_tensor([float(w) for w in weights], dtype=WORK_DTYPE, device=work.device)
    if weight.shape != (dims,) or not bool(torch.isfinite(weight).all()):
        raise ValueError(f"weights must be {dims} finite numbers, one per reward dimension; "
                         f"got {list(weights)}")
    return work, weight


def _group_pools(prior_group_ids: Tensor | None, inverse: Tensor,
                 num_groups: int) -> tuple[Tensor, int] | None:
    """The prior group (dense, long [G]) of each group, checking that groups nest in them."""
    if prior_group_ids is None:
        return None
    pool_of_row, num_pools = dense_ids(prior_group_ids)
    pool = torch.zeros(num_groups, dtype=torch.long, device=inverse.device)
    pool[inverse] = pool_of_row
    if bool((pool[inverse] != pool_of_row).any()):
        raise ValueError("prior_group_ids must be constant within each group: every group "
                         "(e.g. a step group) lies inside one prior group (e.g. its episode "
                         "group)")
    return pool, num_pools


def _group_prior(moments: GroupMoments, options: NIWOptions,
                 pools: tuple[Tensor, int] | None, history: PriorTotals | None
                 ) -> tuple[GroupPrior, PriorTotals | None]:
    """Each group's prior: fixed, or fitted (per pool or batch; leave-group-out for the
    variants other than ``nig``)."""
    num_groups, dims = moments.means.shape
    prior, james_stein = options.prior, str(options.james_stein)
    if isinstance(prior, Prior):
        eye = torch.eye(dims, dtype=WORK_DTYPE, device=moments.means.device)
        full = moments.counts.new_ones(num_groups)
        return GroupPrior(moments.means.new_full((num_groups, dims), prior.m0),
                          full * prior.kappa0, full * prior.alpha0,
                          (prior.beta0 * eye).expand(num_groups, dims, dims), full), None
    per_group = group_totals(moments, moments.means.mean(0))
    source = torch.zeros(num_groups, dtype=torch.long, device=moments.means.device)
    batch = pool_totals(per_group, source, 1)
    if history is not None:
        batch = batch + history
    candidates = batch
    if pools is not None:
        pool_of_group, num_pools = pools
        own = pool_totals(per_group, pool_of_group, num_pools)
        candidates = _concat(own, batch)
        large = own.count[pool_of_group] >= options.min_prior_groups
        source = torch.where(large, pool_of_group, num_pools)
    fitted = fit_moments(candidates, james_stein)
    alpha0 = choose_alpha0(moments, fitted.m0[source], fitted.kappa0[source],
                           fitted.within[source], source, candidates.count.shape[0])[source]
    chosen = FittedPrior(fitted.m0[source], fitted.kappa0[source], fitted.within[source],
                         fitted.shrink[source])
    if options.variant != "nig":
        chosen = _leave_group_out(candidates.index(source) - per_group, chosen, james_stein)
    half_psi0 = (alpha0 - 1)[:, None, None] * chosen.within
    return GroupPrior(chosen.m0, chosen.kappa0, alpha0, half_psi0, chosen.shrink), batch


def _leave_group_out(others: PriorTotals, full: FittedPrior, james_stein: str) -> FittedPrior:
    """The prior fitted without each group (``others``: K = G pools of the other groups).

    Where the other groups have (next to) no within-group spread, e.g. they are singletons,
    the full pool's Sigma_w is kept, so that a leave-one-out scale cannot collapse to 0; "next
    to" is relative (1e-9 of the full trace), since subtracting a group's totals leaves
    rounding residue.
    """
    fitted = fit_moments(others, james_stein)
    trace = torch.diagonal(fitted.within, dim1=1, dim2=2).sum(-1)
    empty = trace <= 1e-9 * torch.diagonal(full.within, dim1=1, dim2=2).sum(-1)
    return FittedPrior(fitted.m0, fitted.kappa0,
                       torch.where(empty[:, None, None], full.within, fitted.within),
                       fitted.shrink)


def _concat(first: PriorTotals, second: PriorTotals) -> PriorTotals:
    second = second.recentred(first.shift)
    names = ("count", "sum_mean", "sum_mean_outer", "sum_scatter", "sum_dof", "sum_inv_n")
    return PriorTotals(**{name: torch.cat([getattr(first, name), getattr(second, name)])
                          for name in names}, shift=first.shift)


def _project(work: Tensor, group_prior: GroupPrior, weight: Tensor) -> tuple[Tensor, GroupPrior]:
    """Scores and prior projected on w: NIW is closed under projection, so w^T r is NIG with
    (w^T m0, kappa0, alpha0 = (nu0 - D + 1)/2, beta0 = w^T Psi0 w / 2)."""
    half_psi0 = torch.einsum("i,gij,j->g", weight, group_prior.half_psi0, weight)
    projected = GroupPrior((group_prior.m0 @ weight)[:, None], group_prior.kappa0,
                           group_prior.alpha0, half_psi0[:, None, None], group_prior.shrink)
    return (work @ weight)[:, None], projected
