"""The options of the hierarchical-Bayes baselines: :class:`NIWOptions` (every option,
checked by name) and a fixed :class:`Prior`."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, get_args

from creditkit._checks import check_choice, check_nonnegative

Variant = Literal["nig", "nig_loo", "nig_center"]
NIWScale = Literal["posterior_var", "none"]
Singleton = Literal["bayes", "zero", "prior_only"]
Family = Literal["normal", "beta"]
ConstantGroups = Literal["bayes", "zero"]
Combine = Literal["decoupled", "scalarise"]
JamesStein = Literal["baseline", "kappa0", "none"]
JAMES_STEIN_DEFAULT: JamesStein = "baseline"
"""What ``james_stein=True`` means (see :class:`NIWOptions`)."""
@dataclass(frozen=True)
class Prior:
    """A fixed Normal-Inverse-Gamma prior (instead of the empirical-Bayes fit).

    mu | sigma^2 ~ N(m0, sigma^2 / kappa0), sigma^2 ~ IG(alpha0, beta0). With D reward
    dimensions every dimension gets (m0, beta0), i.e. NIW with Psi0 = 2 beta0 I and
    nu0 = 2 alpha0 + D - 1.

    Attributes:
        m0: prior mean.
        kappa0: prior pseudo-count, >= 0 (0: no shrinkage of the mean).
        alpha0: shape, >= 0.5 (0.5 with kappa0, beta0 -> 0 is exactly GRPO).
        beta0: scale, >= 0.
    """

    m0: float = 0.0
    kappa0: float = 1.0
    alpha0: float = 2.0
    beta0: float = 1.0

    def __post_init__(self) -> None:
        if not math.isfinite(self.m0):
            raise ValueError(f"Prior.m0 must be finite, got {self.m0!r}")
        check_nonnegative("Prior.kappa0", self.kappa0)
        check_nonnegative("Prior.beta0", self.beta0)
        if not (self.alpha0 >= 0.5 and math.isfinite(self.alpha0)):
            raise ValueError(f"Prior.alpha0 must be a finite number >= 0.5, got {self.alpha0!r}")


@dataclass
class NIWOptions:
    """The options of the hierarchical-Bayes baselines: the one place they are spelled out.

    :func:`niw_advantages` takes one of these; :class:`~creditkit.estimators.NIW` is this
    dataclass plus its batch-level fields and its state. Every option is checked here, by
    name, at construction (to change one, build a new one: ``dataclasses.replace``). Not
    frozen, because the stateful ``NIW`` extends it and a dataclass cannot be partly frozen.

    Attributes:
        variant: ``"nig"`` (in-sample baseline and scale), ``"nig_loo"`` (leave-one-out
            baseline and scale, leave-group-out prior: unbiased up to positive group weights),
            ``"nig_center"`` (in-sample baseline, leave-group-out prior, the prior's scale).
        scale: ``"posterior_var"``: sqrt(E[sigma^2]) = sqrt(beta_g / (alpha_g - 1)), or
            ``"none"`` (no division).
        singleton: groups of one row: ``"bayes"`` (the formula), ``"zero"`` (GiGPO's 0) or
            ``"prior_only"`` (baseline m0, the prior's scale).
        prior: ``"empirical"`` (fitted on the batch) or a fixed :class:`Prior` (a mapping of
            its fields, from a config file, is converted).
        family: ``"normal"``, or ``"beta"`` for rewards in [0, 1] (D = 1): the same shrunk
            mean, scaled by the Bernoulli std sqrt(b (1 - b)).
        constant: groups whose rewards are all equal: ``"bayes"`` (shrunk toward m0, so an
            all-fail group among winners gets a negative advantage) or ``"zero"`` (as GRPO).
        combine: with D > 1, ``"decoupled"`` sums each dimension's advantage times its weight;
            ``"scalarise"`` normalises w^T (r - b) by sqrt(w^T Sigma_g w).
        weights: D finite weights (default 1/D each).
        min_prior_groups: a prior group (``prior_group_ids``) with at least this many groups
            gets its own prior; the others share the batch's.
        james_stein: the small-G factor c = max(0, (G-3)/(G-1)) of a fitted prior:
            ``"baseline"`` multiplies the shrinkage B_g = kappa0/(kappa0 + n_g) by c
            (docs/estimators/niw.md), ``"kappa0"`` multiplies kappa0 by c (the scale's prior count
            too), ``"none"`` applies none; True means :data:`JAMES_STEIN_DEFAULT`, False
            ``"none"``.
        eps: added to the scale.
    """

    variant: Variant = "nig"
    scale: NIWScale = "posterior_var"
    singleton: Singleton = "bayes"
    prior: Literal["empirical"] | Prior = "empirical"
    family: Family = "normal"
    constant: ConstantGroups = "bayes"
    combine: Combine = "decoupled"
    weights: Sequence[float] | None = None
    min_prior_groups: int = 8
    james_stein: JamesStein | bool = True
    eps: float = 1e-6

    def __post_init__(self) -> None:
        if isinstance(self.prior, Mapping):
            self.prior = Prior(**self.prior)
        if self.weights is not None:
            self.weights = tuple(float(w) for w in self.weights)
        if isinstance(self.james_stein, bool):
            self.james_stein = JAMES_STEIN_DEFAULT if self.james_stein else "none"
        check_choice("james_stein", self.james_stein, get_args(JamesStein))
        for name, kind in (("variant", Variant), ("scale", NIWScale), ("singleton", Singleton),
                           ("family", Family), ("constant", ConstantGroups),
                           ("combine", Combine)):
            check_choice(name, getattr(self, name), get_args(kind))
        check_nonnegative("eps", self.eps)
        if self.prior != "empirical" and not isinstance(self.prior, Prior):
            raise ValueError(f"prior must be 'empirical' or a creditkit.estimators.Prior, got "
                             f"{self.prior!r}")
        if not (isinstance(self.min_prior_groups, int) and self.min_prior_groups >= 1):
            raise ValueError(f"min_prior_groups must be an integer >= 1, got "
                             f"{self.min_prior_groups!r}")
