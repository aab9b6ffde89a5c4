"""RLOO and Dr. GRPO: hand-worked values and the StepBatch dataclasses."""

from __future__ import annotations

import pytest
import torch

from creditkit import RLOO, DrGRPO, StepBatch, dr_grpo_advantages, rloo_advantages


def test_rloo_hand_worked() -> None:
    # group 1: 1, 2, 6 -> leave-one-out means (2+6)/2 = 4, (1+6)/2 = 3.5, (1+2)/2 = 1.5
    # so A = 1-4 = -3, 2-3.5 = -1.5, 6-1.5 = 4.5; group 2: singleton -> 0
    scores = torch.tensor([1.0, 2.0, 9.0, 6.0], dtype=torch.float64)
    ids = torch.tensor([1, 1, 2, 1])
    assert rloo_advantages(scores, ids).tolist() == pytest.approx([-3.0, -1.5, 0.0, 4.5])


def test_dr_grpo_hand_worked() -> None:
    # group 1: mean 3 -> -2, -1, 3; group 2: singleton -> 0
    scores = torch.tensor([1.0, 2.0, 9.0, 6.0], dtype=torch.float64)
    ids = torch.tensor([1, 1, 2, 1])
    assert dr_grpo_advantages(scores, ids).tolist() == pytest.approx([-2.0, -1.0, 0.0, 3.0])


def test_dataclasses_spread_episode_advantages() -> None:
    # returns: 1, 0, 2 in one group -> Dr. GRPO 0, -1, 1; RLOO 3/2 * that = 0, -1.5, 1.5
    steps = StepBatch.from_episodes([[0, 1], [0], [2]], group_ids=[4, 4, 4], dtype=torch.float64)
    assert DrGRPO()(steps).tolist() == [0.0, 0.0, -1.0, 1.0]
    assert RLOO()(steps).tolist() == [0.0, 0.0, -1.5, 1.5]


def test_multi_dimensional_rewards_are_refused() -> None:
    steps = StepBatch(rewards=torch.zeros(2, 2), episode_ids=torch.tensor([0, 1]),
                      group_ids=torch.tensor([0, 0]), reward_names=("a", "b"))
    with pytest.raises(ValueError, match="WeightedRewardSum"):
        RLOO()(steps)
