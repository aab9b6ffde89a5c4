"""HGPO: hand-worked values, the level weights, the base group, bad input."""

from __future__ import annotations

import math

import pytest
import torch

from creditkit import StepBatch
from creditkit.estimators import HGPO, gigpo_advantages, hgpo_advantages

F64 = torch.float64


def run(rewards: list[float], episodes: list[int], anchors: list[int], **options: object
        ) -> list[float]:
    return hgpo_advantages(torch.tensor(rewards, dtype=F64), torch.tensor(episodes),
                           torch.zeros(len(rewards), dtype=torch.long), torch.tensor(anchors),
                           **options).tolist()  # type: ignore[arg-type]


def test_hand_worked_two_levels() -> None:
    # One group, three episodes of two steps, gamma 1, scale none, alpha 1, eps 0.
    # A: anchors (s, t), rewards (0, 1) -> G = (1, 1)
    # B: anchors (s, t), rewards (0, 0) -> G = (0, 0)
    # C: anchors (u, t), rewards (0, 2) -> G = (2, 2)
    # k = 1: {A0, B0} in s: mean 0.5 -> (+0.5, -0.5); {A1, B1, C1} in t: mean 1 -> (0, -1, +1)
    #        C0 alone in u -> no item.
    # k = 2 (step 1 only): (s, t) = {A1, B1}: mean 0.5 -> (+0.5, -0.5); (u, t) = {C1} alone.
    # weights (k+1)^1: k=1 -> 2, k=2 -> 3. A1's k=1 item is exactly 0: dropped.
    # A0 = 0.5; A1 = 3*0.5/3 = 0.5; B0 = -0.5; B1 = (2*-1 + 3*-0.5)/5 = -0.7; C0 = 0; C1 = 1.
    out = run([0, 1, 0, 0, 0, 2], [0, 0, 1, 1, 2, 2], [1, 2, 1, 2, 3, 2], gamma=1.0,
              scale="none", eps=0.0)
    assert out == pytest.approx([0.5, 0.5, -0.5, -0.7, 0.0, 1.0])
    # length_alpha 0: both levels weigh 1 -> B1 = (-1 - 0.5)/2 = -0.75
    equal = run([0, 1, 0, 0, 0, 2], [0, 0, 1, 1, 2, 2], [1, 2, 1, 2, 3, 2], gamma=1.0,
                scale="none", eps=0.0, length_alpha=0.0)
    assert equal[3] == pytest.approx(-0.75)
    # history 0: level 1 only -> B1 = -1, A1 = 0 (its only item was 0)
    flat = run([0, 1, 0, 0, 0, 2], [0, 0, 1, 1, 2, 2], [1, 2, 1, 2, 3, 2], gamma=1.0,
               scale="none", eps=0.0, history=0)
    assert flat == pytest.approx([0.5, 0.0, -0.5, -1.0, 0.0, 1.0])


def test_population_and_sample_std() -> None:
    # {A0, B0} with G = (1, 0): population std 0.5 -> +-1; sample std sqrt(0.5) -> +-0.7071
    rewards, episodes, anchors = [1, 0], [0, 1], [5, 5]
    assert run(rewards, episodes, anchors, std_ddof=0, eps=0.0) == pytest.approx([1.0, -1.0])
    half = 0.5 / math.sqrt(0.5)
    assert run(rewards, episodes, anchors, eps=0.0) == pytest.approx([half, -half])


def test_a_context_recurring_within_one_episode_is_one_cluster() -> None:
    # one episode visits s twice: rewards (0, 0, 3), gamma 1 -> G = (3, 3, 3): constant -> 0;
    # gamma 0.5 -> G = (0.75, 1.5, 3); s = {row0, row2}: mean 1.875 -> (-1.125, +1.125)
    assert run([0, 0, 3], [0, 0, 0], [1, 2, 1], gamma=1.0) == [0.0, 0.0, 0.0]
    out = run([0, 0, 3], [0, 0, 0], [1, 2, 1], gamma=0.5, scale="none", eps=0.0)
    assert out == pytest.approx([-1.125, 0.0, 1.125])


def test_base_group_adds_the_episode_advantage_as_level_zero() -> None:
    # Episodes A (s, t) rewards (0, 1) and B (s, u) rewards (0, 0), gamma 1, scale none, eps 0.
    # Level 0 over step rows: scores (1, 1, 0, 0), mean 0.5 -> +-0.5 (weight 1).
    # Level 1: s = {A0: 1, B0: 0} -> +-0.5 (weight 2); t, u alone. Level 2: all alone.
    # A0 = (1*0.5 + 2*0.5)/3 = 0.5; A1 = 0.5 (level 0 only); B likewise negative.
    out = run([0, 1, 0, 0], [0, 0, 1, 1], [1, 2, 1, 3], gamma=1.0, scale="none", eps=0.0,
              base_group=True)
    assert out == pytest.approx([0.5, 0.5, -0.5, -0.5])
    # a one-row group: mean 0 and std 1 -> its score itself (the authors' code)
    single = hgpo_advantages(torch.tensor([2.0], dtype=F64), torch.tensor([0]),
                             torch.tensor([0]), torch.tensor([0]), base_group=True, eps=0.0)
    assert single.tolist() == [2.0]


def test_history_zero_is_gigpo_step_term_times_the_weight_factor() -> None:
    rewards = torch.tensor([0.0, 1.0, 0.0, 0.0, 2.0, 0.0], dtype=F64)
    episodes, groups = torch.tensor([0, 0, 1, 1, 2, 2]), torch.zeros(6, dtype=torch.long)
    anchors = torch.tensor([1, 2, 1, 3, 1, 2])
    step = gigpo_advantages(rewards, episodes, groups, anchors) - gigpo_advantages(
        rewards, episodes, groups, anchors, step_weight=0.0)
    eps = 1e-6
    out = hgpo_advantages(rewards, episodes, groups, anchors, history=0, eps=eps)
    torch.testing.assert_close(out, step * 2.0 / (2.0 + eps))


def test_the_dataclass_reads_a_step_batch_with_offsets() -> None:
    steps = StepBatch.from_episodes([[0, 1], [0, 0]], group_ids=[0, 0], anchor_ids=[[1, 2],
                                                                                   [1, 3]],
                                    dtype=F64)
    out = HGPO(gamma=1.0, scale="none", eps=0.0)(steps)
    assert out.tolist() == pytest.approx([0.5, 0.0, -0.5, 0.0])


def test_the_diagnostics_count_rows_with_step_credit_and_grouped_rows_per_level() -> None:
    # The hand-worked batch above, as a StepBatch: A (s, t), B (s, t), C (u, t).
    # k = 1: clusters {A0, B0}, {A1, B1, C1}, {C0} -> 5 of 6 rows grouped;
    # k = 2 (rows with 2 states: A1, B1, C1): {A1, B1}, {C1} -> 2 of 3 grouped.
    # Advantages (0.5, 0.5, -0.5, -0.7, 0, 1): C0 alone has no level -> 5 of 6 with credit.
    steps = StepBatch.from_episodes([[0, 1], [0, 0], [0, 2]], group_ids=[0, 0, 0],
                                    anchor_ids=[[1, 2], [1, 2], [3, 2]], dtype=F64)
    estimator = HGPO(gamma=1.0, scale="none", eps=0.0)
    assert estimator.metrics() == {}  # before any call
    estimator(steps)
    assert estimator.metrics() == pytest.approx({"step_nonzero_fraction": 5 / 6,
                                                 "level1_grouped_fraction": 5 / 6,
                                                 "level2_grouped_fraction": 2 / 3})
    # all singletons (three episodes in different states): no step credit, even with the base
    # group, whose episode advantage is not counted as step credit
    apart = StepBatch.from_episodes([[1], [0], [3]], group_ids=[0, 0, 0],
                                    anchor_ids=[[1], [2], [3]], dtype=F64)
    based = HGPO(base_group=True)
    assert bool((based(apart) != 0).all())
    assert based.metrics() == {"step_nonzero_fraction": 0.0, "level1_grouped_fraction": 0.0}


def test_bad_input_names_the_argument() -> None:
    with pytest.raises(ValueError, match="history must be an int >= 0"):
        HGPO(history=-1)
    with pytest.raises(ValueError, match="std_ddof must be 0"):
        HGPO(std_ddof=2)
    with pytest.raises(ValueError, match="length_alpha must be a finite number"):
        HGPO(length_alpha=math.inf)
    with pytest.raises(ValueError, match="HGPO needs anchor_ids"):
        HGPO()(StepBatch.from_episodes([[1.0]], group_ids=[0]))
