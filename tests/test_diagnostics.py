"""Credit diagnostics on hand-made batches: known step-group histogram, match rate, flat
groups, advantage by turn position."""

from __future__ import annotations

import pytest
import torch

from creditkit import StepBatch
from creditkit.batch import RETURN_OFFSETS_KEY
from creditkit.diagnostics import credit_diagnostics, flat_group_fraction, turn_positions

F64 = torch.float64


def hand_batch() -> tuple[StepBatch, torch.Tensor]:
    """Three groups, five episodes, eight rows.

    group 0: E0 anchors (1, 2, 1) rewards (0, 0, 1); E1 anchors (1, 3) rewards (0, 1)
    group 1: E2 anchor (1) reward (0); E3 anchor (4) reward (1)
    group 2: E4 anchor (5) reward (0)   (a lone episode: no baseline)
    """
    steps = StepBatch.from_episodes([[0, 0, 1], [0, 1], [0], [1], [0]],
                                    group_ids=[0, 0, 1, 1, 2],
                                    anchor_ids=[[1, 2, 1], [1, 3], [1], [4], [5]], dtype=F64)
    advantages = torch.tensor([1.0, 2.0, 3.0, -1.0, 0.0, 0.5, -0.5, 0.0], dtype=F64)
    return steps, advantages


def test_step_group_histogram_and_match_rate() -> None:
    metrics = credit_diagnostics(*hand_batch())
    # step groups (group, anchor): (0,1) holds E0t0, E0t2, E1t0 -> size 3; (0,2), (0,3),
    # (1,1), (1,4), (2,5) one row each -> sizes [3, 1, 1, 1, 1, 1]
    assert metrics["train.step_groups"] == 6.0
    assert metrics["train.singleton_fraction"] == pytest.approx(5 / 6)
    assert metrics["credit.step_group_size_mean"] == pytest.approx(8 / 6)
    assert metrics["credit.step_group_size_max"] == 3.0
    # 3 of the 8 rows sit in a step group of two or more (anchor 1 across episodes of group
    # 0; anchor 1 in group 1 does not match group 0's: anchors never match across groups)
    assert metrics["credit.anchor_match_rate"] == pytest.approx(3 / 8)


def test_flat_groups_and_zero_advantages() -> None:
    metrics = credit_diagnostics(*hand_batch())
    # group 0: returns 1 and 1 (flat); group 1: 0 and 1; group 2 has one episode (left out)
    assert metrics["credit.flat_group_fraction"] == 0.5
    assert metrics["credit.zero_advantage_fraction"] == 2 / 8  # E1t1 and E4t0


def test_advantage_by_turn_position() -> None:
    metrics = credit_diagnostics(*hand_batch())
    # first turns: 1, -1, 0.5, -0.5, 0; middle: E0t1 = 2; last (episodes of >= 2 turns): 3, 0
    assert metrics["credit.advantage_mean.first"] == 0.0
    assert metrics["credit.advantage_abs_mean.first"] == pytest.approx(3 / 5)
    assert metrics["credit.advantage_mean.middle"] == 2.0
    assert metrics["credit.advantage_abs_mean.middle"] == 2.0
    assert metrics["credit.advantage_mean.last"] == 1.5
    assert metrics["credit.advantage_abs_mean.last"] == 1.5


def test_positions_no_row_holds_are_left_out() -> None:
    steps = StepBatch.from_episodes([[1.0], [0.0]], group_ids=[0, 0])  # one-turn episodes
    metrics = credit_diagnostics(steps, torch.tensor([0.5, -0.5]))
    assert "credit.advantage_mean.first" in metrics
    assert not any(".middle" in name or ".last" in name for name in metrics)
    assert not any(name.startswith("train.") for name in metrics)  # no anchors: no step groups
    assert turn_positions(torch.tensor([3, 3, 8, 8, 8])).tolist() == [0, 2, 0, 1, 2]


def test_flatness_counts_offsets_and_every_dimension() -> None:
    steps = StepBatch.from_episodes([[1.0], [1.0]], group_ids=[0, 0])
    assert flat_group_fraction(steps) == 1.0
    offsets = StepBatch(rewards=steps.rewards, episode_ids=steps.episode_ids,
                        group_ids=steps.group_ids,
                        info={RETURN_OFFSETS_KEY: torch.tensor([0.0, -0.1])})
    assert flat_group_fraction(offsets) == 0.0
    two = StepBatch(rewards=torch.tensor([[1.0, 0.0], [1.0, 2.0]]),
                    episode_ids=torch.tensor([0, 1]), group_ids=torch.tensor([0, 0]),
                    reward_names=("goal", "style"))
    assert flat_group_fraction(two) == 0.0  # equal on "goal", not on "style"
    assert flat_group_fraction(StepBatch.from_episodes([[1.0]], group_ids=[0])) == 0.0


def test_bad_advantages_are_named_and_an_empty_batch_gives_nothing() -> None:
    steps, _ = hand_batch()
    with pytest.raises(ValueError, match="advantages"):
        credit_diagnostics(steps, torch.zeros(3))
    empty = StepBatch(rewards=torch.zeros(0, 1), episode_ids=torch.zeros(0, dtype=torch.long),
                      group_ids=torch.zeros(0, dtype=torch.long))
    assert credit_diagnostics(empty, torch.zeros(0)) == {}
