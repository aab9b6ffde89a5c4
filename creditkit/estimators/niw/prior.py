"""The empirical-Bayes half of the NIG / NIW estimator: group statistics, their totals, the fit.

Everything here is pure tensor maths in float64 with a leading "pool" dimension K: one pool per
set of groups a prior is fitted on (the batch, one per episode group for GiGPO's hierarchy, or
one per group for leave-group-out). Totals are additive over groups, so pooling is an
``index_add_``, leave-group-out a subtraction and an EMA across steps a scaled sum; no Python
loop over groups. See ``docs/estimators/niw.md`` for the formulas.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

import torch
from torch import Tensor

ALPHA0_GRID: tuple[float, ...] = (1.5, 2.0, 3.0, 5.0, 10.0, 30.0, 100.0)
"""Candidate prior degrees of freedom alpha0 (nu0 = 2 alpha0 + D - 1), chosen by evidence."""

RELATIVE_FLOOR = 1e-6
"""delta: the floor of the whitened between-group variance and the covariance ridge, relative
to the within-group covariance so that the fit stays affine-equivariant."""


@dataclass(frozen=True)
class GroupMoments:
    """Sufficient statistics of G groups of D-dimensional scores (float64).

    Attributes:
        inverse: long [B], the dense group (0..G-1) of each row.
        counts: float [G], n_g.
        means: float [G, D], group means (exactly the value for a constant group).
        scatter: float [G, D, D], S_g = sum of outer products of deviations from the mean.
        centered: float [B, D], score minus group mean, exactly 0 where a group is constant
            in that dimension.
    """

    inverse: Tensor
    counts: Tensor
    means: Tensor
    scatter: Tensor
    centered: Tensor


def group_moments(scores: Tensor, inverse: Tensor, num_groups: int) -> GroupMoments:
    """Counts, means and scatter matrices of the groups, in one vectorised pass.

    Args:
        scores: float64 [B, D].
        inverse: long [B], dense group ids.
        num_groups: G.
    """
    dims = scores.shape[1]
    counts = torch.bincount(inverse, minlength=num_groups).to(scores.dtype)
    sums = scores.new_zeros(num_groups, dims).index_add_(0, inverse, scores)
    index = inverse[:, None].expand(-1, dims)
    low = scores.new_zeros(num_groups, dims).scatter_reduce_(0, index, scores, "amin",
                                                              include_self=False)
    high = scores.new_zeros(num_groups, dims).scatter_reduce_(0, index, scores, "amax",
                                                               include_self=False)
    constant = low == high
    means = torch.where(constant, low, sums / counts.clamp(min=1)[:, None])
    centered = torch.where(constant[inverse], 0.0, scores - means[inverse])
    outer = centered[:, :, None] * centered[:, None, :]
    scatter = scores.new_zeros(num_groups, dims, dims).index_add_(0, inverse, outer)
    return GroupMoments(inverse, counts, means, scatter, centered)


@dataclass(frozen=True)
class PriorTotals:
    """Additive totals over groups, from which a prior is fitted; leading dimension K pools.

    Means are taken about ``shift`` (float [D]) so that large offsets do not cancel
    catastrophically. Also the state of the EMA prior across training steps (K = 1).

    Attributes:
        count: float [K], number of groups G.
        sum_mean: float [K, D], sum of (group mean - shift).
        sum_mean_outer: float [K, D, D], sum of their outer products.
        sum_scatter: float [K, D, D], sum of S_g.
        sum_dof: float [K], sum of (n_g - 1).
        sum_inv_n: float [K], sum of 1 / n_g.
        shift: float [D].
    """

    count: Tensor
    sum_mean: Tensor
    sum_mean_outer: Tensor
    sum_scatter: Tensor
    sum_dof: Tensor
    sum_inv_n: Tensor
    shift: Tensor

    def _map(self, fn, other: PriorTotals | None = None) -> PriorTotals:  # type: ignore[no-untyped-def]
        values = {f.name: (fn(getattr(self, f.name), getattr(other, f.name)) if other is not None
                           else fn(getattr(self, f.name)))
                  for f in fields(self) if f.name != "shift"}
        return PriorTotals(**values, shift=self.shift)

    def __add__(self, other: PriorTotals) -> PriorTotals:
        return self._map(torch.add, other.recentred(self.shift))

    def __sub__(self, other: PriorTotals) -> PriorTotals:
        return self._map(torch.sub, other.recentred(self.shift))

    def scaled(self, factor: float) -> PriorTotals:
        """Every total times ``factor`` (the EMA discount)."""
        return self._map(lambda value: value * factor)

    def index(self, rows: Tensor) -> PriorTotals:
        """Pools ``rows`` (long [K']) of these totals."""
        return self._map(lambda value: value[rows])

    def recentred(self, shift: Tensor) -> PriorTotals:
        """The same totals with means taken about ``shift`` (float [D]) instead."""
        delta = (shift - self.shift).to(self.sum_mean)
        if not bool(delta.any()):
            return self
        count = self.count[:, None, None]
        cross = self.sum_mean[:, :, None] * delta[None, None, :]
        outer = (self.sum_mean_outer - cross - cross.transpose(1, 2)
                 + count * delta[:, None] * delta[None, :])
        return PriorTotals(self.count, self.sum_mean - self.count[:, None] * delta, outer,
                           self.sum_scatter, self.sum_dof, self.sum_inv_n, shift)

    def state(self) -> dict[str, Tensor]:
        """A plain dict of tensors (for checkpoints)."""
        return {f.name: getattr(self, f.name).detach().cpu() for f in fields(self)}


def group_totals(moments: GroupMoments, shift: Tensor) -> PriorTotals:
    """Each group's own contribution to the totals: K = G pools of one group each."""
    centred_means = moments.means - shift
    return PriorTotals(
        count=torch.ones_like(moments.counts),
        sum_mean=centred_means,
        sum_mean_outer=centred_means[:, :, None] * centred_means[:, None, :],
        sum_scatter=moments.scatter,
        sum_dof=moments.counts - 1,
        sum_inv_n=1 / moments.counts,
        shift=shift,
    )


def pool_totals(per_group: PriorTotals, pool_ids: Tensor, num_pools: int) -> PriorTotals:
    """Sum per-group totals into pools (``pool_ids``: long [G] in 0..num_pools-1)."""
    def pooled(value: Tensor) -> Tensor:
        out = value.new_zeros((num_pools, *value.shape[1:]))
        return out.index_add_(0, pool_ids, value)
    return per_group._map(pooled)


@dataclass(frozen=True)
class GroupPrior:
    """Each group's prior (float64): m0 [G, D], kappa0 [G], alpha0 [G], half_psi0 [G, D, D]
    (Psi0 / 2; its diagonal is each dimension's beta0), and shrink [G]: the factor on the
    mean's shrinkage B_g = kappa0 / (kappa0 + n_g) (1: the posterior's own; the James-Stein
    factor with ``james_stein="baseline"``)."""

    m0: Tensor
    kappa0: Tensor
    alpha0: Tensor
    half_psi0: Tensor
    shrink: Tensor


@dataclass(frozen=True)
class FittedPrior:
    """Moment estimates of the prior for K pools.

    Attributes:
        m0: float [K, D], prior mean (the mean of the group means).
        kappa0: float [K], prior pseudo-count (0 means no shrinkage).
        within: float [K, D, D], the pooled within-group covariance (Sigma_w), no ridge.
        shrink: float [K], the factor on B_g (see :class:`GroupPrior`).
    """

    m0: Tensor
    kappa0: Tensor
    within: Tensor
    shrink: Tensor


def fit_moments(totals: PriorTotals, james_stein: str) -> FittedPrior:
    """Method-of-moments prior: m0, kappa0 and Sigma_w from the totals of each pool.

    Sigma_w = sum S_g / sum (n_g - 1), or the between-group covariance when no group has two
    rows; kappa0 = D / tr(clip(Sigma_w^{-1/2} C_b Sigma_w^{-1/2} - mean(1/n) I, delta)), with
    the clipping done in whitened coordinates (affine equivariance; see :func:`_prior_count`);
    at D = 1 this is sigma_w^2 / max(C_b - sigma_w^2 mean(1/n), delta sigma_w^2). The
    James-Stein small-G factor c = max(0, (G-3)/(G-1)) (pools of three groups or fewer are not
    shrunk) multiplies the shrinkage B_g (``james_stein="baseline"``, docs/estimators/niw.md) or
    kappa0 (``"kappa0"``, which also narrows the posterior scale); ``"none"``: no factor.
    """
    groups = totals.count
    m0 = totals.sum_mean / groups.clamp(min=1)[:, None]
    between = (totals.sum_mean_outer - groups[:, None, None] * m0[:, :, None] * m0[:, None, :])
    between = between / (groups - 1).clamp(min=1)[:, None, None]
    # a between-group spread at rounding level of the raw second moment is zero (it arises
    # when a group's totals are subtracted for leave-group-out)
    raw = torch.diagonal(totals.sum_mean_outer, dim1=1, dim2=2).sum(-1)
    negligible = torch.diagonal(between, dim1=1, dim2=2).sum(-1) <= 1e-10 * raw / (
        groups - 1).clamp(min=1)
    between = torch.where(negligible[:, None, None], 0.0, between)
    has_dof = totals.sum_dof > 0.5
    within = torch.where(has_dof[:, None, None],
                         totals.sum_scatter / totals.sum_dof.clamp(min=1)[:, None, None], between)
    trace = torch.diagonal(within, dim1=1, dim2=2).sum(-1)
    usable = (groups >= 2) & (trace > 0)
    inv_n = totals.sum_inv_n / groups.clamp(min=1)
    kappa0 = _prior_count(within, between, inv_n, usable)
    factor = ((groups - 3) / (groups - 1).clamp(min=1)).clamp(min=0)
    shrink = torch.ones_like(kappa0)
    if james_stein == "kappa0":
        kappa0 = kappa0 * factor
    elif james_stein == "baseline":
        shrink = factor.to(kappa0.dtype)
    m0 = torch.where(groups[:, None] > 0, m0 + totals.shift, 0.0)  # no group: no prior mean
    return FittedPrior(m0, kappa0, within, shrink)


def with_ridge(within: Tensor) -> Tensor:
    """Sigma_w [..., D, D] made invertible for D > 1, where it is inverted or its
    log-determinant taken (never in the posterior, which stays exactly affine-equivariant).

    Collinear Likert dimensions make Sigma_w singular. Where its correlation matrix is
    numerically singular (smallest eigenvalue <= 1e-9), each dimension gets a ridge of 1e-6 of
    its own variance (rescaling a dimension rescales its ridge); a dimension without
    within-group variance always gets 1e-6 tr(Sigma_w)/D. Well-conditioned Sigma_w is kept.
    """
    dims = within.shape[-1]
    if dims == 1:
        return within
    variances = torch.diagonal(within, dim1=-2, dim2=-1)
    varying = variances > 0
    scale = torch.where(varying, variances.clamp(min=1e-300).rsqrt(), 0.0)
    correlation = scale[..., :, None] * within * scale[..., None, :]
    idle = ~(varying[..., :, None] & varying[..., None, :])
    eye = torch.eye(dims, dtype=within.dtype, device=within.device)
    correlation = torch.where(idle, eye, correlation)
    singular = torch.linalg.eigvalsh(correlation)[..., :1] <= 1e-9
    fallback = RELATIVE_FLOOR * variances.sum(-1, keepdim=True) / dims
    ridge = torch.where(varying, RELATIVE_FLOOR * variances * singular, fallback)
    return within + torch.diag_embed(ridge)


def _prior_count(within: Tensor, between: Tensor, inv_n: Tensor, usable: Tensor) -> Tensor:
    """kappa0 = D' / sum(clip(eig(Sigma_w^{-1/2} C_b Sigma_w^{-1/2}) - mean(1/n), delta)).

    A dimension with no spread at all (within or between groups) is left out of D' and of the
    sum; one whose groups differ but never vary within (noise-free means) gives kappa0 = 0.
    """
    variances = torch.diagonal(within, dim1=1, dim2=2)
    spreads = torch.diagonal(between, dim1=1, dim2=2)
    flat = variances <= 0
    if within.shape[1] == 1:
        values = spreads / torch.where(usable[:, None], variances, 1.0)
    else:
        values = _whitened_eigenvalues(with_ridge(within), between, usable)
    excess = (values - inv_n[:, None]).clamp(min=RELATIVE_FLOOR)
    idle = flat & (spreads <= 0)
    counted = (~idle).sum(-1)
    kappa0 = counted / (excess.sum(-1) - idle.sum(-1) * RELATIVE_FLOOR).clamp(min=1e-300)
    noise_free = (flat & (spreads > 0)).any(-1)
    return torch.where(usable & ~noise_free & (counted > 0), kappa0, 0.0)


def _whitened_eigenvalues(within: Tensor, between: Tensor, usable: Tensor) -> Tensor:
    """Eigenvalues of Sigma_w^{-1/2} C_b Sigma_w^{-1/2}, ascending: float [K, D] (0 where not
    usable). Sigma_w must be positive definite where usable."""
    eye = torch.eye(within.shape[1], dtype=within.dtype, device=within.device)
    safe = torch.where(usable[:, None, None], within, eye)
    lower = torch.linalg.cholesky(safe)
    half = torch.linalg.solve_triangular(lower, between, upper=False)
    whitened = torch.linalg.solve_triangular(lower, half.transpose(1, 2), upper=False)
    values = torch.linalg.eigvalsh((whitened + whitened.transpose(1, 2)) / 2)
    return torch.where(usable[:, None], values, 0.0)


def choose_alpha0(moments: GroupMoments, m0: Tensor, kappa0: Tensor, within: Tensor,
                  pool_ids: Tensor, num_pools: int) -> Tensor:
    """Type-II ML of alpha0 over :data:`ALPHA0_GRID`, per pool, with Psi0 = 2 (alpha0-1) Sigma_w.

    Args:
        moments: the groups' statistics.
        m0, kappa0, within: each group's prior (float [G, D], [G], [G, D, D]).
        pool_ids: long [G], the pool whose evidence each group adds to.
        num_pools: P.

    Returns:
        float [P], the alpha0 maximising the summed log evidence of each pool's groups (the
        argmax is scale-invariant, so equivariance is kept). Pools without any within-group
        spread get the grid's first value (their scale is 0 whatever alpha0 is).
    """
    grid = torch.tensor(ALPHA0_GRID, dtype=moments.means.dtype, device=moments.means.device)
    psi0 = 2 * (grid[:, None, None, None] - 1) * with_ridge(within)
    evidence = niw_log_evidence(moments, m0, kappa0, psi0, 2 * grid[:, None] + within.shape[1] - 1)
    usable = torch.diagonal(within, dim1=1, dim2=2).sum(-1) > 0
    evidence = torch.where(usable, evidence, 0.0)
    per_pool = evidence.new_zeros(len(ALPHA0_GRID), num_pools).index_add_(1, pool_ids, evidence)
    return grid[per_pool.argmax(0)]


def niw_log_evidence(moments: GroupMoments, m0: Tensor, kappa0: Tensor, psi0: Tensor,
                     nu0: Tensor) -> Tensor:
    """The log marginal likelihood of each group under a NIW prior, up to terms free of nu0.

    .. math:: \\log\\Gamma_D(\\nu_g/2) - \\log\\Gamma_D(\\nu_0/2) + \\tfrac{\\nu_0}{2}\\log|\\Psi_0|
              - \\tfrac{\\nu_g}{2}\\log|\\Psi_g|

    (the dropped terms, -n D/2 log pi + D/2 log(kappa0/kappa_g), do not depend on nu0 or Psi0's
    scale). Broadcasts over leading dimensions of ``psi0`` and ``nu0``.

    Args:
        moments: the groups' statistics (G groups).
        m0: float [G, D]; kappa0: float [G]; psi0: float [..., G, D, D]; nu0: float [..., G].

    Returns:
        float [..., G].
    """
    dims = m0.shape[1]
    counts = moments.counts
    offset = moments.means - m0
    weight = kappa0 * counts / (kappa0 + counts).clamp(min=1e-300)
    psi = psi0 + moments.scatter + weight[:, None, None] * offset[:, :, None] * offset[:, None, :]
    nu = nu0 + counts
    return (torch.mvlgamma(nu / 2, dims) - torch.mvlgamma(nu0 / 2, dims)
            + nu0 / 2 * _logdet(psi0) - nu / 2 * _logdet(psi))


def _logdet(matrices: Tensor) -> Tensor:
    """log det of symmetric positive-definite matrices [..., D, D] (log of the entry at D = 1)."""
    if matrices.shape[-1] == 1:
        return matrices[..., 0, 0].log()
    return torch.linalg.slogdet(matrices)[1]
