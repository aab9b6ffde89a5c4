"""Segment maths: hand-worked values and bad input."""

from __future__ import annotations

import pytest
import torch

from creditkit import (
    broadcast_to_tokens,
    dense_ids,
    discounted_returns,
    episode_bounds,
    segment_count,
    segment_mean,
    segment_stats,
    segment_std,
    segment_sum,
)


def test_hand_worked_statistics() -> None:
    # segment 10: 1, 3 -> mean 2, sample std sqrt(2); segment -1: 4, 4, 4 -> constant
    values = torch.tensor([1.0, 4.0, 3.0, 4.0, 4.0], dtype=torch.float64)
    ids = torch.tensor([10, -1, 10, -1, -1])
    assert segment_count(ids).tolist() == [2, 3, 2, 3, 3]
    assert segment_sum(values, ids).tolist() == [4.0, 12.0, 4.0, 12.0, 12.0]
    assert segment_mean(values, ids).tolist() == [2.0, 4.0, 2.0, 4.0, 4.0]
    assert segment_std(values, ids).tolist() == pytest.approx([2**0.5, 0, 2**0.5, 0, 0])
    inverse, count = dense_ids(ids)
    assert inverse.tolist() == [1, 0, 1, 0, 0] and count == 2


def test_constant_segment_centres_to_exact_zero() -> None:
    # 0.1 * 3 / 3 != 0.1 in floating point; the constant check makes the deviation exactly 0
    stats = segment_stats(torch.tensor([0.1, 0.1, 0.1], dtype=torch.float64), torch.zeros(3).long())
    assert stats.centered.tolist() == [0.0, 0.0, 0.0] and stats.std.tolist() == [0.0] * 3


def test_discounted_returns_hand_worked() -> None:
    # episode 7: rewards 1, 0, 2, gamma 0.5 -> R2 = 2, R1 = 0 + 0.5*2 = 1, R0 = 1 + 0.5*1 = 1.5
    # episode 3: single reward 4 -> 4
    out = discounted_returns(torch.tensor([1.0, 0.0, 2.0, 4.0]), torch.tensor([7, 7, 7, 3]), 0.5)
    assert out.tolist() == [1.5, 1.0, 2.0, 4.0]


def test_discounted_returns_long_episode_is_stable() -> None:
    # 5,000 steps with gamma 0.9: rescaling by gamma**-t would overflow; the scan does not
    rewards = torch.zeros(5000, dtype=torch.float64)
    rewards[-1] = 1.0
    out = discounted_returns(rewards, torch.zeros(5000).long(), 0.9)
    assert bool(torch.isfinite(out).all())
    assert float(out[-11]) == pytest.approx(0.9**10)


def test_episode_bounds() -> None:
    first, last = episode_bounds(torch.tensor([3, 3, 1, 5, 5, 5]))
    assert first.tolist() == [0, 0, 2, 3, 3, 3] and last.tolist() == [1, 1, 2, 5, 5, 5]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: discounted_returns(torch.zeros(2), torch.tensor([0, 0]), -0.5), "gamma"),
        (lambda: discounted_returns(torch.zeros(2), torch.tensor([0, 0]), 1.01), "gamma"),
        (lambda: discounted_returns(torch.tensor([0.0, float("nan")]), torch.tensor([0, 0]), 0.9),
         "rewards"),
        (lambda: discounted_returns(torch.zeros(3), torch.tensor([0, 1, 0]), 0.9), "contiguous"),
        (lambda: discounted_returns(torch.zeros(3), torch.tensor([0, 1]), 0.9), "episode_ids"),
        (lambda: segment_sum(torch.zeros(3), torch.tensor([0, 1])), "ids"),
        (lambda: broadcast_to_tokens(torch.zeros(2), torch.tensor([0, 2]),
                                     torch.tensor([True, True])), "token_step_ids"),
        (lambda: broadcast_to_tokens(torch.zeros(2), torch.tensor([0, 1]), torch.tensor([True])),
         "loss_mask"),
    ],
)
def test_bad_input(call, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        call()


def test_broadcast_ignores_ids_of_masked_tokens() -> None:
    out = broadcast_to_tokens(torch.tensor([2.0]), torch.tensor([0, -5, 99]),
                              torch.tensor([True, False, False]))
    assert out.tolist() == [2.0, 0.0, 0.0]
