"""The median baseline's tests: hand-worked values and hypothesis properties."""

from __future__ import annotations

import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from median import MedianBaseline, median_advantages

from creditkit import StepBatch


def test_hand_worked_values() -> None:
    scores = torch.tensor([1.0, 0.0, 0.0, 10.0, 3.0])
    advantages = median_advantages(scores, torch.tensor([0, 0, 0, 0, 1]))
    # group 0's median is 0.5 (mean of the middle scores 0 and 1); group 1 is a singleton
    assert advantages.tolist() == [0.5, -0.5, -0.5, 9.5, 0.0]


def test_every_turn_gets_its_episodes_advantage() -> None:
    steps = StepBatch.from_episodes([[0.0, 1.0], [0.0, 0.0], [0.0]], group_ids=[4, 4, 4])
    assert MedianBaseline()(steps).tolist() == [1.0, 1.0, 0.0, 0.0, 0.0]


groups = st.lists(st.tuples(st.integers(0, 3), st.floats(-100, 100, width=32)),
                  min_size=1, max_size=20)


@settings(max_examples=200, deadline=None)
@given(groups, st.floats(-50, 50, width=32))
def test_shifting_a_group_changes_nothing(rows, shift) -> None:
    ids = torch.tensor([g for g, _ in rows])
    scores = torch.tensor([s for _, s in rows], dtype=torch.float64)
    shifted = median_advantages(scores + shift * (ids == 0), ids)
    torch.testing.assert_close(shifted, median_advantages(scores, ids), atol=1e-6, rtol=0)


@settings(max_examples=200, deadline=None)
@given(groups)
def test_negating_scores_negates_advantages(rows) -> None:
    ids = torch.tensor([g for g, _ in rows])
    scores = torch.tensor([s for _, s in rows], dtype=torch.float64)
    torch.testing.assert_close(median_advantages(-scores, ids), -median_advantages(scores, ids))


@settings(max_examples=200, deadline=None)
@given(groups)
def test_half_of_each_group_is_at_or_above_zero(rows) -> None:
    ids = torch.tensor([g for g, _ in rows])
    advantages = median_advantages(torch.tensor([s for _, s in rows], dtype=torch.float64), ids)
    for group in ids.unique():
        values = advantages[ids == group]
        assert 2 * int((values >= 0).sum()) >= values.numel()
        assert 2 * int((values <= 0).sum()) >= values.numel()
