"""Estimator invariants 1-12 and 14 (docs/concepts.md states the conventions they check) for
GRPO (three scales), Dr. GRPO and RLOO."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest
import torch
from hypothesis import example, given
from hypothesis import strategies as st

from creditkit.estimators import dr_grpo_advantages, grpo_advantages, rloo_advantages
from tests import oracles
from tests.strategies import Grouped, grouped_scores, labels, sample_std

EPS = 1e-6
Estimator = Callable[[torch.Tensor, torch.Tensor], torch.Tensor]
ESTIMATORS: dict[str, Estimator] = {
    "grpo": lambda s, g: grpo_advantages(s, g),
    "grpo_batch": lambda s, g: grpo_advantages(s, g, scale="batch"),
    "grpo_none": lambda s, g: grpo_advantages(s, g, scale="none"),
    "dr_grpo": dr_grpo_advantages,
    "rloo": rloo_advantages,
}
REFERENCES = {
    "grpo": lambda s, g: oracles.grpo(s, g),
    "grpo_batch": lambda s, g: oracles.grpo(s, g, scale="batch"),
    "grpo_none": lambda s, g: oracles.grpo(s, g, scale="none"),
    "dr_grpo": oracles.dr_grpo,
    "rloo": oracles.rloo,
}
STD_SCALED = {"grpo", "grpo_batch"}
LOCAL = [name for name in ESTIMATORS if name != "grpo_batch"]  # group-local estimators
ALL = list(ESTIMATORS)


def rows_of(group_ids: torch.Tensor) -> list[torch.Tensor]:
    return [torch.nonzero(group_ids == g).flatten() for g in torch.unique(group_ids)]


def close(actual: torch.Tensor, expected: torch.Tensor, tol: float = 1e-9) -> None:
    torch.testing.assert_close(actual, expected, rtol=tol, atol=tol)


@pytest.mark.parametrize("name", ALL)
@given(batch=grouped_scores())
def test_zero_group_sum(name: str, batch: Grouped) -> None:  # invariant 1
    advantages = ESTIMATORS[name](batch.scores, batch.group_ids)
    for rows in rows_of(batch.group_ids):
        assert abs(float(advantages[rows].sum())) <= 1e-9 * max(1.0, float(advantages.abs().max()))


def test_the_oracle_sees_a_constant_group_as_constant() -> None:
    # the float64 std of five equal 0.427 is 6.2e-17, not 0: an oracle using it expected a
    # spread of 6e-11 where GRPO rightly returns exact zeros (a flaky test_unit_spread)
    scores = torch.full((5,), 0.4270, dtype=torch.float64)
    assert float(scores.std()) > 0 and sample_std(scores) == 0.0
    assert sample_std(torch.tensor([0.4270, 0.4271], dtype=torch.float64)) > 0
    assert bool((grpo_advantages(scores, torch.zeros(5, dtype=torch.long)) == 0).all())


@given(batch=grouped_scores())
@example(batch=Grouped(torch.full((5,), 0.4270, dtype=torch.float64),
                       torch.zeros(5, dtype=torch.long)))
def test_unit_spread(batch: Grouped) -> None:  # invariant 2
    advantages = grpo_advantages(batch.scores, batch.group_ids)
    for rows in rows_of(batch.group_ids):
        sigma = sample_std(batch.scores[rows])
        if rows.numel() >= 2 and sigma > 0:
            assert math.isclose(float(advantages[rows].std()), sigma / (sigma + EPS),
                                rel_tol=1e-9, abs_tol=1e-12)


@pytest.mark.parametrize("name", LOCAL)
@given(batch=grouped_scores(), data=st.data())
def test_shift_invariance(name: str, batch: Grouped, data: st.DataObject) -> None:  # invariant 3
    shifts = {int(g): data.draw(st.integers(-(10**6), 10**6)) / 1000
              for g in batch.group_ids.unique()}
    shifted = batch.scores + torch.tensor([shifts[int(g)] for g in batch.group_ids],
                                          dtype=torch.float64)
    expected = ESTIMATORS[name](batch.scores, batch.group_ids)
    close(ESTIMATORS[name](shifted, batch.group_ids), expected, tol=1e-6)


@pytest.mark.parametrize("name", ALL)
@given(batch=grouped_scores(), factor=st.sampled_from([0.125, 0.5, 2.0, 3.0, 10.0, 1000.0]))
def test_scale(name: str, batch: Grouped, factor: float) -> None:  # invariant 4
    before = ESTIMATORS[name](batch.scores, batch.group_ids)
    after = ESTIMATORS[name](factor * batch.scores, batch.group_ids)
    if name not in STD_SCALED:
        close(after, factor * before, tol=1e-9)
        return
    # exactly: A(a s) - A(s) = c eps (a - 1) / ((a sigma + eps)(sigma + eps)), c = s - group mean
    batch_sigma = sample_std(batch.scores)
    for rows in rows_of(batch.group_ids):
        sigma = batch_sigma if name == "grpo_batch" else sample_std(batch.scores[rows])
        centered = batch.scores[rows] - batch.scores[rows].mean()
        bound = centered.abs() * EPS * abs(factor - 1) / ((factor * sigma + EPS) * (sigma + EPS))
        assert bool(((after[rows] - before[rows]).abs() <= bound * (1 + 1e-6) + 1e-9).all())


@pytest.mark.parametrize("name", ALL)
@given(batch=grouped_scores())
def test_odd_symmetry(name: str, batch: Grouped) -> None:  # invariant 5
    close(ESTIMATORS[name](-batch.scores, batch.group_ids),
          -ESTIMATORS[name](batch.scores, batch.group_ids))


@pytest.mark.parametrize("name", ALL)
@given(batch=grouped_scores(), data=st.data())
def test_permutation_equivariance(name: str, batch: Grouped, data: st.DataObject) -> None:  # 6
    order = torch.tensor(data.draw(st.permutations(range(batch.scores.numel()))), dtype=torch.long)
    permuted = ESTIMATORS[name](batch.scores[order], batch.group_ids[order])
    close(permuted, ESTIMATORS[name](batch.scores, batch.group_ids)[order])


@pytest.mark.parametrize("name", ALL)
@given(batch=grouped_scores(), data=st.data())
def test_label_invariance(name: str, batch: Grouped, data: st.DataObject) -> None:  # invariant 7
    old = batch.group_ids.unique().tolist()
    mapping = dict(zip(old, data.draw(labels(len(old)))))
    relabelled = torch.tensor([mapping[int(g)] for g in batch.group_ids], dtype=torch.long)
    assert torch.equal(ESTIMATORS[name](batch.scores, relabelled),
                       ESTIMATORS[name](batch.scores, batch.group_ids))


@pytest.mark.parametrize("name", LOCAL)
@given(batch=grouped_scores())
def test_group_locality(name: str, batch: Grouped) -> None:  # invariant 8
    advantages = ESTIMATORS[name](batch.scores, batch.group_ids)
    for rows in rows_of(batch.group_ids):
        alone = ESTIMATORS[name](batch.scores[rows], batch.group_ids[rows])
        close(advantages[rows], alone)


@pytest.mark.parametrize("name", ALL)
@given(batch=grouped_scores(), constant=st.sampled_from([0.0, 0.1, -7.3, 1e6, -1e6, 123456.789]),
       dtype=st.sampled_from([torch.float32, torch.float64]))
def test_constant_and_singleton_groups_are_zero(name: str, batch: Grouped, constant: float,
                                                dtype: torch.dtype) -> None:  # invariant 9
    scores = torch.full_like(batch.scores, constant, dtype=dtype)
    assert torch.equal(ESTIMATORS[name](scores, batch.group_ids), torch.zeros_like(scores))
    singletons = torch.arange(batch.scores.numel())
    advantages = ESTIMATORS[name](batch.scores.to(dtype), singletons)
    assert torch.equal(advantages, torch.zeros_like(advantages))


@given(pair=st.lists(st.integers(-10**6, 10**6).map(lambda k: k / 1000), min_size=2, max_size=2,
                     unique=True))
def test_closed_form_pair(pair: list[float]) -> None:  # invariant 10, n = 2
    scores = torch.tensor(pair, dtype=torch.float64)
    sigma = float(scores.std())
    expected = torch.sign(scores - scores.mean()) * (1 / math.sqrt(2)) * sigma / (sigma + EPS)
    close(grpo_advantages(scores, torch.zeros(2, dtype=torch.long)), expected)


@given(size=st.integers(2, 16), data=st.data())
def test_closed_form_binary(size: int, data: st.DataObject) -> None:  # invariant 10, binary
    successes = data.draw(st.integers(1, size - 1))
    scores = torch.tensor([1.0] * successes + [0.0] * (size - successes), dtype=torch.float64)
    ids = torch.zeros(size, dtype=torch.long)
    p, sigma = successes / size, float(scores.std())
    grpo = grpo_advantages(scores, ids)
    close(grpo[0], torch.tensor((1 - p) / (sigma + EPS), dtype=torch.float64))
    close(grpo[-1], torch.tensor(-p / (sigma + EPS), dtype=torch.float64))
    rloo = rloo_advantages(scores, ids)
    close(rloo[0], torch.tensor((size - successes) / (size - 1), dtype=torch.float64))
    close(rloo[-1], torch.tensor(-successes / (size - 1), dtype=torch.float64))


@pytest.mark.parametrize("name", ALL)
@given(batch=grouped_scores())
def test_order_preservation(name: str, batch: Grouped) -> None:  # invariant 11
    advantages = ESTIMATORS[name](batch.scores, batch.group_ids)
    for rows in rows_of(batch.group_ids):
        order = torch.argsort(batch.scores[rows])
        assert bool((advantages[rows][order].diff() >= -1e-12).all())


@given(batch=grouped_scores())
def test_identities(batch: Grouped) -> None:  # invariant 12
    scores, ids = batch.scores, batch.group_ids
    dr = dr_grpo_advantages(scores, ids)
    sizes = torch.tensor([int((ids == g).sum()) for g in ids], dtype=torch.float64)
    rloo_expected = torch.where(sizes > 1, sizes / (sizes - 1).clamp(min=1) * dr, 0.0)
    close(rloo_advantages(scores, ids), rloo_expected)
    sigmas = torch.tensor([sample_std(scores[ids == g]) for g in ids], dtype=torch.float64)
    close(grpo_advantages(scores, ids), dr / (sigmas + EPS))
    close(grpo_advantages(scores, ids, scale="none"), dr)


@pytest.mark.parametrize("name", ALL)
@given(batch=grouped_scores())
def test_matches_loop_reference(name: str, batch: Grouped) -> None:  # invariant 12
    expected = REFERENCES[name](batch.scores.tolist(), batch.group_ids.tolist())
    close(ESTIMATORS[name](batch.scores, batch.group_ids),
          torch.tensor(expected, dtype=torch.float64), tol=1e-9)


@pytest.mark.parametrize("name", ALL)
@given(batch=grouped_scores())
def test_hygiene(name: str, batch: Grouped) -> None:  # invariant 14
    scores = batch.scores.clone().requires_grad_(True)
    ids = batch.group_ids.clone()
    first = ESTIMATORS[name](scores, ids)
    assert torch.equal(scores.detach(), batch.scores) and torch.equal(ids, batch.group_ids)
    assert not first.requires_grad and first.dtype == torch.float64
    assert torch.equal(first, ESTIMATORS[name](scores, ids))  # deterministic
    single = batch.scores.float()
    low = ESTIMATORS[name](single, ids)
    assert low.dtype == torch.float32
    close(low.double(), ESTIMATORS[name](single.double(), ids).float().double(), tol=1e-6)
