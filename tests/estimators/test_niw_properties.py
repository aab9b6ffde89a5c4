"""Invariants 1-10 of docs/estimators/niw.md for the NIG / NIW baselines (11, the evidence, is a
one-off test in tests/estimators/test_niw.py)."""

from __future__ import annotations

import pytest
import torch
from hypothesis import assume, given
from hypothesis import strategies as st

from creditkit import Prior, grpo_advantages, niw_advantages, niw_posterior
from creditkit.estimators.niw import NIWOptions, niw_fit
from tests.strategies import Grouped, grouped_scores, labels

VARIANTS = ("nig", "nig_loo", "nig_center")
SCALES = ("posterior_var", "none")
batches = grouped_scores(max_groups=12, max_size=8)


def rows_of(group_ids: torch.Tensor) -> list[torch.Tensor]:
    return [torch.nonzero(group_ids == g).flatten() for g in torch.unique(group_ids)]


def close(actual: torch.Tensor, expected: torch.Tensor, tol: float = 1e-7) -> None:
    scale = max(1.0, float(expected.abs().max())) if expected.numel() else 1.0
    torch.testing.assert_close(actual, expected, rtol=tol, atol=tol * scale)


@st.composite
def vector_batches(draw: st.DrawFn, dims: int = 3) -> tuple[torch.Tensor, torch.Tensor]:
    """Groups of 1..6 rows of D-dimensional scores on a 1e-3 grid (correlated columns)."""
    sizes = draw(st.lists(st.integers(1, 6), min_size=4, max_size=12))
    rows = sum(sizes)
    values = draw(st.lists(st.integers(-5000, 5000), min_size=rows * dims, max_size=rows * dims))
    scores = torch.tensor(values, dtype=torch.float64).reshape(rows, dims) / 1000
    scores[:, 1] += 0.5 * scores[:, 0]
    ids = torch.tensor([g for g, size in enumerate(sizes) for _ in range(size)])
    return scores, ids


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("scale", SCALES)
@given(batch=batches, a=st.floats(1e-3, 1e3), c=st.floats(-1e3, 1e3), negate=st.booleans())
def test_affine_equivariance(
    variant: str, scale: str, batch: Grouped, a: float, c: float, negate: bool
) -> None:  # invariant 1
    sign = -1.0 if negate else 1.0
    base = niw_advantages(
        batch.scores, batch.group_ids, NIWOptions(variant=variant, scale=scale, eps=0.0)
    )
    moved = niw_advantages(
        sign * a * batch.scores + c,
        batch.group_ids,
        NIWOptions(variant=variant, scale=scale, eps=0.0),
    )
    expected = sign * base * (a if scale == "none" else 1.0)
    close(moved, expected, tol=1e-6)


@given(
    data=vector_batches(),
    diagonal=st.lists(st.floats(0.01, 100), min_size=3, max_size=3),
    shift=st.lists(st.floats(-100, 100), min_size=3, max_size=3),
)
def test_niw_affine_equivariance(
    data: tuple[torch.Tensor, torch.Tensor], diagonal: list[float], shift: list[float]
) -> None:  # invariant 1, NIW
    scores, ids = data
    # a mixing M is equivariant only where the pooled Sigma_w has full rank (elsewhere the
    # relative ridge decides kappa0); diagonal scaling is checked for every batch below
    within = sum(
        torch.cov(scores[ids == g].T, correction=0) * (ids == g).sum()
        for g in torch.unique(ids)
        if (ids == g).sum() > 1
    )
    full_rank = isinstance(within, torch.Tensor) and bool(
        torch.linalg.eigvalsh(within)[0] > 1e-3 * torch.linalg.eigvalsh(within)[-1]
    )
    scaled = scores * torch.tensor(diagonal, dtype=torch.float64) + torch.tensor(shift)
    close(
        niw_advantages(scaled, ids, NIWOptions(eps=0.0)),
        niw_advantages(scores, ids, NIWOptions(eps=0.0)),
        tol=1e-6,
    )
    assume(full_rank)
    generator = torch.Generator().manual_seed(len(scores))
    mixing = torch.randn(3, 3, generator=generator, dtype=torch.float64) + 3 * torch.eye(3)
    moved = scores @ mixing.T + torch.tensor(shift, dtype=torch.float64)
    baselines, covariances = niw_posterior(scores, ids)
    moved_baselines, moved_covariances = niw_posterior(moved, ids)
    close(
        moved_baselines, baselines @ mixing.T + torch.tensor(shift, dtype=torch.float64), tol=1e-6
    )
    finite = torch.isfinite(covariances).all(-1).all(-1)
    close(moved_covariances[finite], mixing @ covariances[finite] @ mixing.T, tol=1e-6)
    # the Mahalanobis form is invariant (where Sigma_g is well conditioned)
    eigenvalues = torch.linalg.eigvalsh(torch.where(finite[:, None, None], covariances, 0.0))
    finite &= eigenvalues[:, 0] > 1e-3 * eigenvalues[:, -1]

    def mahalanobis(values: torch.Tensor, b: torch.Tensor, cov: torch.Tensor) -> torch.Tensor:
        delta = (values - b)[finite]
        return (delta[:, None, :] @ torch.linalg.solve(cov[finite], delta[:, :, None])).flatten()

    close(
        mahalanobis(moved, moved_baselines, moved_covariances),
        mahalanobis(scores, baselines, covariances),
        tol=1e-5,
    )


@pytest.mark.parametrize("variant", VARIANTS)
@given(batch=batches, data=st.data())
def test_permutation_and_relabelling(
    variant: str, batch: Grouped, data: st.DataObject
) -> None:  # invariant 2
    base = niw_advantages(batch.scores, batch.group_ids, NIWOptions(variant=variant))
    order = torch.tensor(data.draw(st.permutations(range(len(batch.scores)))))
    shuffled = niw_advantages(
        batch.scores[order], batch.group_ids[order], NIWOptions(variant=variant)
    )
    close(shuffled, base[order], tol=1e-9)
    unique = torch.unique(batch.group_ids)
    names = torch.tensor(data.draw(labels(unique.numel())))
    relabelled = names[torch.searchsorted(unique, batch.group_ids)]
    close(niw_advantages(batch.scores, relabelled, NIWOptions(variant=variant)), base, tol=1e-9)


@given(batch=batches)
def test_convexity_and_sum_rule(batch: Grouped) -> None:  # invariants 3 and 4
    result = niw_fit(batch.scores, batch.group_ids, NIWOptions(scale="none"))
    baselines = batch.scores - result.advantages
    m0 = float(result.group_prior.m0[0, 0])
    kappa0 = float(result.group_prior.kappa0[0])
    shrink = float(result.group_prior.shrink[0])  # the James-Stein factor on B_g
    factors = []
    for rows in rows_of(batch.group_ids):
        n, mean = rows.numel(), float(batch.scores[rows].mean())
        b = float(baselines[rows[0]])
        assert min(mean, m0) - 1e-9 * (1 + abs(mean)) <= b <= max(mean, m0) + 1e-9 * (1 + abs(mean))
        gap = float((batch.scores[rows] - baselines[rows]).sum())
        expected = n * shrink * kappa0 * (mean - m0) / (kappa0 + n)
        assert abs(gap - expected) <= 1e-8 * max(1.0, abs(mean), abs(m0)) * n
        factors.append((n, shrink * kappa0 / (kappa0 + n)))
    for (n1, f1), (n2, f2) in zip(sorted(factors), sorted(factors)[1:]):
        assert f2 <= f1 + 1e-15 if n2 > n1 else abs(f2 - f1) < 1e-15


@given(batch=batches, kappa0=st.floats(0.01, 50), m0=st.floats(-100, 100))
def test_leave_one_out_identity(batch: Grouped, kappa0: float, m0: float) -> None:  # invariant 5
    prior = Prior(m0=m0, kappa0=kappa0, alpha0=2.0, beta0=1.0)
    in_sample = niw_advantages(batch.scores, batch.group_ids, NIWOptions(prior=prior, scale="none"))
    loo = niw_advantages(
        batch.scores, batch.group_ids, NIWOptions(prior=prior, scale="none", variant="nig_loo")
    )
    sizes = torch.stack([(batch.group_ids == g).sum() for g in batch.group_ids]).double()
    close(in_sample, (kappa0 + sizes - 1) / (kappa0 + sizes) * loo, tol=1e-9)


@given(batch=grouped_scores(max_groups=12, max_size=8), data=st.data())
def test_leave_group_out_prior_ignores_the_group(
    batch: Grouped, data: st.DataObject
) -> None:  # invariant 5
    before = niw_fit(batch.scores, batch.group_ids, NIWOptions(variant="nig_loo")).group_prior
    unique = torch.unique(batch.group_ids)
    target = data.draw(st.integers(0, unique.numel() - 1))
    noise = (
        torch.tensor(
            data.draw(
                st.lists(
                    st.integers(-1000, 1000), min_size=len(batch.scores), max_size=len(batch.scores)
                )
            )
        )
        / 100
    )
    changed = torch.where(batch.group_ids == unique[target], batch.scores + noise, batch.scores)
    after = niw_fit(changed, batch.group_ids, NIWOptions(variant="nig_loo")).group_prior
    # leave-group-out totals are the batch's minus the group's: when the changed group's
    # squares (~100) dwarf the others' (~1e-6), the subtraction keeps ~1e-8 of relative precision
    close(after.m0[target], before.m0[target], tol=1e-9)
    close(after.kappa0[target], before.kappa0[target], tol=1e-6)


@given(batch=batches)
def test_limits(batch: Grouped) -> None:  # invariant 6
    several = torch.stack([(batch.group_ids == g).sum() > 1 for g in batch.group_ids])
    flat = niw_advantages(
        batch.scores, batch.group_ids, NIWOptions(prior=Prior(0.0, 1e-12, 0.5, 1e-12), eps=0.0)
    )
    grpo = grpo_advantages(batch.scores, batch.group_ids, eps=0.0)
    close(flat[several], grpo[several], tol=1e-6)
    variance, m0 = 2.5, 0.7
    tight = niw_advantages(
        batch.scores,
        batch.group_ids,
        NIWOptions(prior=Prior(m0, 1e12, 1e12, (1e12 - 1) * variance), eps=0.0),
    )
    close(tight, (batch.scores - m0) / variance**0.5, tol=1e-6)


@given(data=vector_batches())
def test_dimension_consistency_and_projection(
    data: tuple[torch.Tensor, torch.Tensor],
) -> None:  # invariants 7 and 8
    scores, ids = data
    baselines, covariances = niw_posterior(scores, ids)
    variances = torch.diagonal(covariances, dim1=1, dim2=2)
    for j in range(3):
        one_hot = [1.0 * (k == j) for k in range(3)]
        decoupled = niw_advantages(scores, ids, NIWOptions(weights=one_hot, eps=0.0))
        expected = (scores[:, j] - baselines[:, j]) / variances[:, j].sqrt()
        close(decoupled, torch.where(scores[:, j] == baselines[:, j], 0.0, expected), tol=1e-7)
    weights = torch.tensor([0.5, -1.0, 2.0], dtype=torch.float64)
    projected = niw_advantages(
        scores, ids, NIWOptions(combine="scalarise", weights=weights.tolist(), eps=0.0)
    )
    spread = (weights @ covariances @ weights).sqrt()
    numerator = (scores - baselines) @ weights
    safe = torch.where(numerator == 0, 1.0, spread)
    close(projected, torch.where(numerator == 0, 0.0, numerator / safe), tol=1e-7)
    single = scores[:, :1]
    close(niw_advantages(single, ids), niw_advantages(single[:, 0], ids), tol=0.0)


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("singleton", ["bayes", "zero", "prior_only"])
@given(batch=batches, magnitude=st.sampled_from([1e-6, 1.0, 1e6]), constant=st.booleans())
def test_finite_everywhere(
    variant: str, singleton: str, batch: Grouped, magnitude: float, constant: bool
) -> None:  # invariant 9
    scores = batch.scores * magnitude
    if constant:
        scores = torch.full_like(scores, 3.0 * magnitude)
    for ids in (batch.group_ids, torch.zeros_like(batch.group_ids)):  # G as drawn, and G = 1
        for scale in SCALES:
            advantages = niw_advantages(
                scores, ids, NIWOptions(variant=variant, singleton=singleton, scale=scale)
            )
            assert bool(torch.isfinite(advantages).all())
    if constant:
        assert bool(
            (niw_advantages(scores, batch.group_ids, NIWOptions(variant=variant)) == 0).all()
        )


@given(batch=batches)
def test_within_group_order(batch: Grouped) -> None:  # invariant 10
    shared = niw_advantages(batch.scores, batch.group_ids)
    numerators = niw_advantages(
        batch.scores, batch.group_ids, NIWOptions(variant="nig_loo", scale="none")
    )
    for rows in rows_of(batch.group_ids):
        values = batch.scores[rows]
        assume(values.numel() > 1)
        order = torch.argsort(values)
        for advantages in (shared[rows], numerators[rows]):
            ranked = advantages[order]
            increasing = values[order][1:] > values[order][:-1]
            assert bool((ranked[1:][increasing] > ranked[:-1][increasing]).all())


@given(batch=batches)
def test_hygiene(batch: Grouped) -> None:
    scores = batch.scores.clone().requires_grad_(True)
    before = scores.detach().clone()
    advantages = niw_advantages(scores, batch.group_ids)
    assert not advantages.requires_grad and advantages.dtype == torch.float64
    assert torch.equal(scores.detach(), before)
    close(
        niw_advantages(batch.scores.float(), batch.group_ids).double(),
        advantages.detach(),
        tol=1e-3,
    )
