"""Estimator invariants (docs/concepts.md) for GiGPO: 1 (per level), 4-9, 12 and 14."""

from __future__ import annotations

import pytest
import torch
from hypothesis import example, given
from hypothesis import strategies as st

from creditkit.estimators import gigpo_advantages, grpo_advantages
from creditkit.segments import discounted_returns, segment_sum, step_group_ids
from tests import oracles
from tests.strategies import Episodes, episode_batches, labels, sample_std

SCALES = ["std", "none"]
STATS = ["trajectory", "step"]


def run(batch: Episodes, **options: object) -> torch.Tensor:
    return gigpo_advantages(batch.rewards, batch.episode_ids, batch.group_ids, batch.anchor_ids,
                            **options)  # type: ignore[arg-type]


def close(actual: torch.Tensor, expected: torch.Tensor, tol: float = 1e-9) -> None:
    torch.testing.assert_close(actual, expected, rtol=tol, atol=tol)


def first_rows(episode_ids: torch.Tensor) -> torch.Tensor:
    is_first = torch.ones_like(episode_ids, dtype=torch.bool)
    is_first[1:] = episode_ids[1:] != episode_ids[:-1]
    return torch.nonzero(is_first).flatten()


@given(batch=episode_batches(), scale=st.sampled_from(SCALES))
def test_zero_sum_per_level(batch: Episodes, scale: str) -> None:  # invariant 1
    episode_level = run(batch, step_weight=0.0, scale=scale)
    step_level = run(batch, scale=scale) - episode_level
    firsts = first_rows(batch.episode_ids)
    for group in batch.group_ids.unique():
        members = firsts[batch.group_ids[firsts] == group]
        assert abs(float(episode_level[members].sum())) < 1e-8
    step_groups = step_group_ids(batch.group_ids, batch.anchor_ids)
    sums = segment_sum(step_level, step_groups)
    assert float(sums.abs().max()) < 1e-8


@given(batch=episode_batches(), factor=st.sampled_from([0.25, 2.0, 10.0]))
def test_scale(batch: Episodes, factor: float) -> None:  # invariant 4
    close(run(batch, scale="none", gamma=0.9) * factor,
          run(batch.__class__(batch.rewards * factor, batch.episode_ids, batch.group_ids,
                              batch.anchor_ids), scale="none", gamma=0.9))
    scaled = Episodes(batch.rewards * factor, batch.episode_ids, batch.group_ids, batch.anchor_ids)
    close(run(scaled, eps=0.0), run(batch, eps=0.0), tol=1e-6)


@pytest.mark.parametrize("stat", STATS)
@given(batch=episode_batches(), scale=st.sampled_from(SCALES))
def test_odd_symmetry(batch: Episodes, stat: str, scale: str) -> None:  # invariant 5
    negated = Episodes(-batch.rewards, batch.episode_ids, batch.group_ids, batch.anchor_ids)
    close(run(negated, scale=scale, episode_stat=stat), -run(batch, scale=scale, episode_stat=stat))


@given(batch=episode_batches(), data=st.data())
def test_episode_permutation_equivariance(batch: Episodes, data: st.DataObject) -> None:  # 6
    firsts = first_rows(batch.episode_ids).tolist() + [batch.rewards.numel()]
    spans = [torch.arange(a, b) for a, b in zip(firsts[:-1], firsts[1:])]
    order = data.draw(st.permutations(range(len(spans))))
    rows = torch.cat([spans[i] for i in order])
    permuted = Episodes(batch.rewards[rows], batch.episode_ids[rows], batch.group_ids[rows],
                        batch.anchor_ids[rows])
    close(run(permuted), run(batch)[rows])


@given(batch=episode_batches(), data=st.data())
def test_label_invariance(batch: Episodes, data: st.DataObject) -> None:  # invariant 7
    def relabel(ids: torch.Tensor) -> torch.Tensor:
        old = ids.unique().tolist()
        mapping = dict(zip(old, data.draw(labels(len(old)))))
        return torch.tensor([mapping[int(i)] for i in ids], dtype=torch.long)

    relabelled = Episodes(batch.rewards, relabel(batch.episode_ids), relabel(batch.group_ids),
                          relabel(batch.anchor_ids))
    close(run(relabelled), run(batch), tol=1e-12)


@given(batch=episode_batches())
def test_group_locality(batch: Episodes) -> None:  # invariant 8
    advantages = run(batch)
    for group in batch.group_ids.unique():
        rows = batch.group_ids == group
        alone = Episodes(batch.rewards[rows], batch.episode_ids[rows], batch.group_ids[rows],
                         batch.anchor_ids[rows])
        close(advantages[rows], run(alone))


@given(batch=episode_batches(), constant=st.sampled_from([0.0, 0.1, -3.0, 1e6]),
       dtype=st.sampled_from([torch.float32, torch.float64]))
def test_constant_rewards_give_zero(batch: Episodes, constant: float, dtype: torch.dtype) -> None:
    # invariant 9: equal-length episodes with equal rewards are a constant group at both levels
    rows = batch.rewards.numel()
    steps = Episodes(torch.full((rows,), constant, dtype=dtype), torch.arange(rows),
                     batch.group_ids, batch.anchor_ids)
    assert torch.equal(run(steps), torch.zeros(rows, dtype=dtype))


@given(batch=episode_batches())
def test_singleton_step_groups_have_no_step_term(batch: Episodes) -> None:  # invariant 9
    step_groups = step_group_ids(batch.group_ids, batch.anchor_ids)
    singleton = torch.bincount(step_groups)[step_groups] == 1
    step_level = run(batch) - run(batch, step_weight=0.0)
    assert bool((step_level[singleton] == 0).all())


@given(batch=episode_batches(), scale=st.sampled_from(SCALES))
def test_reduces_to_grpo_on_episode_returns(batch: Episodes, scale: str) -> None:  # invariant 12
    firsts = first_rows(batch.episode_ids)
    returns = segment_sum(batch.rewards, batch.episode_ids)
    grpo = grpo_advantages(returns[firsts], batch.group_ids[firsts],
                           scale="group" if scale == "std" else "none")
    expected = grpo[torch.cumsum(torch.isin(torch.arange(batch.rewards.numel()), firsts), 0) - 1]
    close(run(batch, step_weight=0.0, scale=scale), expected)
    distinct = Episodes(batch.rewards, batch.episode_ids, batch.group_ids,
                        torch.arange(batch.rewards.numel()))
    close(run(distinct, scale=scale), expected)


@pytest.mark.parametrize("stat", STATS)
@pytest.mark.parametrize("scale", SCALES)
@given(batch=episode_batches(), gamma=st.sampled_from([0.0, 0.5, 0.95, 1.0]),
       step_weight=st.sampled_from([0.0, 0.4, 1.0, 1.2]))
def test_matches_loop_reference(batch: Episodes, stat: str, scale: str, gamma: float,
                                step_weight: float) -> None:  # invariant 12
    expected = oracles.gigpo(batch.rewards.tolist(), batch.episode_ids.tolist(),
                               batch.group_ids.tolist(), batch.anchor_ids.tolist(), gamma=gamma,
                               step_weight=step_weight, scale=scale, episode_stat=stat)
    actual = run(batch, gamma=gamma, step_weight=step_weight, scale=scale, episode_stat=stat)
    close(actual, torch.tensor(expected, dtype=torch.float64), tol=1e-8)


@given(batch=episode_batches())
def test_hygiene(batch: Episodes) -> None:  # invariant 14
    rewards = batch.rewards.clone().requires_grad_(True)
    copies = [t.clone() for t in (batch.episode_ids, batch.group_ids, batch.anchor_ids)]
    first = gigpo_advantages(rewards, *copies)
    assert not first.requires_grad
    assert torch.equal(rewards.detach(), batch.rewards)
    assert all(torch.equal(a, b) for a, b in
               zip(copies, (batch.episode_ids, batch.group_ids, batch.anchor_ids)))
    assert torch.equal(first, gigpo_advantages(rewards, *copies))
    single = batch.rewards.float()
    low = gigpo_advantages(single, *copies)
    assert low.dtype == torch.float32
    close(low, gigpo_advantages(single.double(), *copies).float(), tol=1e-6)


def episode_returns_per_row(batch: Episodes) -> torch.Tensor:
    return segment_sum(batch.rewards, batch.episode_ids)


@given(batch=episode_batches())
@example(batch=Episodes(torch.full((3,), 999.999, dtype=torch.float64), torch.arange(3),
                        torch.zeros(3, dtype=torch.long), torch.zeros(3, dtype=torch.long)))
def test_episode_level_unit_spread_and_order(batch: Episodes) -> None:  # invariants 2 and 11
    # a constant group is detected by max == min (sample_std), never by std > 0: the std of
    # three equal returns of 999.999 rounds to ~1e-13 (issue 14)
    episode_level = run(batch, step_weight=0.0, eps=1e-6)
    returns = episode_returns_per_row(batch)
    firsts = first_rows(batch.episode_ids)
    for group in batch.group_ids.unique():
        members = firsts[batch.group_ids[firsts] == group]
        order = torch.argsort(returns[members])
        assert bool((episode_level[members][order].diff() >= -1e-12).all())
        sigma = sample_std(returns[members])
        if sigma > 0:
            spread = float(episode_level[members].std())
            assert abs(spread - sigma / (sigma + 1e-6)) <= 1e-9


@given(batch=episode_batches(), gamma=st.sampled_from([0.5, 0.95, 1.0]))
def test_step_level_unit_spread_and_order(batch: Episodes, gamma: float) -> None:  # 2 and 11
    step_level = run(batch, gamma=gamma) - run(batch, gamma=gamma, step_weight=0.0)
    step_returns = discounted_returns(batch.rewards, batch.episode_ids, gamma)
    step_groups = step_group_ids(batch.group_ids, batch.anchor_ids)
    for group in step_groups.unique():
        rows = step_groups == group
        order = torch.argsort(step_returns[rows])
        assert bool((step_level[rows][order].diff() >= -1e-9).all())
        sigma = sample_std(step_returns[rows])
        if sigma > 1e-6:  # the difference of two sums carries float64 rounding below that
            assert abs(float(step_level[rows].std()) - sigma / (sigma + 1e-6)) <= 1e-7
