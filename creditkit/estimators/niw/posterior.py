"""The posterior half of the NIG / NIW estimator: each row's advantage given its group's prior.

Per row and reward dimension, in float64: the in-sample posterior (the whole group) and the
leave-one-out posterior (the other rows of the group), the numerator r - b, and the scale.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
from torch import Tensor

from creditkit.estimators.niw.options import NIWOptions
from creditkit.estimators.niw.prior import GroupMoments, GroupPrior


@dataclass(frozen=True)
class _Posterior:
    """Per row and dimension: numerator r - b [B, D], kappa [B, 1], alpha [B, 1], beta [B, D]."""

    numerator: Tensor
    kappa: Tensor
    alpha: Tensor
    beta: Tensor


def row_advantages(work: Tensor, moments: GroupMoments, group_prior: GroupPrior,
                   options: NIWOptions) -> Tensor:
    """float [B, D]: each dimension's advantage."""
    variant, singleton, constant = options.variant, options.singleton, options.constant
    inverse = moments.inverse
    counts = moments.counts[inverse][:, None]
    kappa0 = group_prior.kappa0[inverse][:, None]
    shrink = group_prior.shrink[inverse][:, None]
    alpha0 = group_prior.alpha0[inverse][:, None]
    beta0 = torch.diagonal(group_prior.half_psi0, dim1=1, dim2=2)[inverse]
    scatter = torch.diagonal(moments.scatter, dim1=1, dim2=2)[inverse]
    offset = moments.means[inverse] - group_prior.m0[inverse]
    centered = moments.centered
    in_sample = _in_sample(centered, offset, scatter, counts, kappa0, alpha0, beta0, shrink)
    leave_one_out = _leave_one_out(centered, offset, scatter, counts, kappa0, alpha0, beta0,
                                   shrink)
    if variant == "nig":
        posterior = in_sample
    elif variant == "nig_loo":
        posterior = leave_one_out
    else:  # nig_center: in-sample numerator, scale of the leave-group-out prior alone
        posterior = _Posterior(in_sample.numerator, kappa0, alpha0, beta0)
    lone = counts == 1
    if singleton == "prior_only":
        posterior = _Posterior(*(torch.where(lone, loo, chosen) for loo, chosen in zip(
            _fields(leave_one_out), _fields(posterior))))
    numerator = posterior.numerator
    if singleton == "zero":
        numerator = torch.where(lone, 0.0, numerator)
    if constant == "zero":
        numerator = torch.where((counts > 1) & (scatter == 0), 0.0, numerator)
    if options.scale == "none":
        return numerator
    spread = (_posterior_scale(posterior) if options.family == "normal"
              else _bernoulli_std(work - numerator))
    safe = torch.where(numerator == 0, 1.0, spread + options.eps)
    return torch.where(numerator == 0, 0.0, numerator / safe)


def _fields(posterior: _Posterior) -> tuple[Tensor, Tensor, Tensor, Tensor]:
    return posterior.numerator, posterior.kappa, posterior.alpha, posterior.beta


def _in_sample(centered: Tensor, offset: Tensor, scatter: Tensor, counts: Tensor,
               kappa0: Tensor, alpha0: Tensor, beta0: Tensor, shrink: Tensor) -> _Posterior:
    """The posterior from the whole group: r - b_g = (r - rbar) + c B_g (rbar - m0), with
    B_g = kappa0 / kappa_g and c the ``shrink`` factor (1: the posterior mean m_g)."""
    kappa = kappa0 + counts
    numerator = centered + shrink * kappa0 / kappa * offset
    beta = beta0 + scatter / 2 + kappa0 * counts * offset**2 / (2 * kappa)
    return _Posterior(numerator, kappa, alpha0 + counts / 2, beta)


def _leave_one_out(centered: Tensor, offset: Tensor, scatter: Tensor, counts: Tensor,
                   kappa0: Tensor, alpha0: Tensor, beta0: Tensor, shrink: Tensor) -> _Posterior:
    """The posterior from the other n - 1 rows of the group (the prior alone for a singleton).

    With rbar_{-i} the other rows' mean: r_i - b_{-i} = (r_i - rbar_{-i}) + c kappa0
    (rbar_{-i} - m0) / (kappa0 + n - 1), i.e. (kappa0 (r_i - m0) + n (r_i - rbar)) /
    (kappa0 + n - 1) at c = 1; a singleton's is r_i - m0. The other rows' scatter is
    S - n (r_i - rbar)^2 / (n - 1).
    """
    others = counts - 1
    kappa = kappa0 + others
    informed = kappa > 0
    safe_kappa = torch.where(informed, kappa, 1.0)
    several = others > 0
    divisor = others.clamp(min=1)
    other_offset = offset - centered / divisor
    numerator = torch.where(several, counts / divisor * centered
                            + shrink * kappa0 / safe_kappa * other_offset, offset)
    numerator = torch.where(informed, numerator, 0.0)
    other_scatter = torch.where(several, (scatter - counts * centered**2 / divisor).clamp(min=0),
                                0.0)
    beta = beta0 + other_scatter / 2 + torch.where(
        informed, kappa0 * others * other_offset**2 / (2 * safe_kappa), 0.0)
    return _Posterior(numerator, kappa, alpha0 + others / 2, beta)


def _posterior_scale(posterior: _Posterior) -> Tensor:
    """float [B, D]: sqrt(E[sigma^2]) = sqrt(beta / (alpha - 1)) (inf where alpha <= 1)."""
    alpha, beta = posterior.alpha, posterior.beta
    return torch.where(alpha > 1, (beta / (alpha - 1).clamp(min=1e-300)).sqrt(),
                       torch.full_like(beta, math.inf))


def _bernoulli_std(baselines: Tensor) -> Tensor:
    """sqrt(b (1 - b)) for baselines b in [0, 1]: float [B, 1]."""
    clipped = baselines.clamp(0.0, 1.0)
    return (clipped * (1 - clipped)).sqrt()
