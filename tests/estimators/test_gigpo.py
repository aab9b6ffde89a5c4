"""GiGPO: hand-worked values, options, return offsets, bad input."""

from __future__ import annotations

import math

import pytest
import torch

from creditkit import RETURN_OFFSETS_KEY, GiGPO, StepBatch, gigpo_advantages

F64 = torch.float64


def test_hand_worked_two_episodes_shared_anchor() -> None:
    # Group 0: episode A = rewards (0, 1) in anchors (s, t); episode B = (0, 0) in anchors (s, u).
    # Episode level: returns 1 and 0, mean 0.5, sample std sqrt(0.5) -> A_E = +-0.5/sqrt(0.5).
    # Step returns, gamma 0.5: A: (0 + 0.5*1, 1) = (0.5, 1); B: (0, 0).
    # Step group (0, s) = {A_0: 0.5, B_0: 0}: mean 0.25, std sqrt(0.125) -> +-0.25/sqrt(0.125).
    # (0, t) and (0, u) are singletons -> 0.
    rewards = torch.tensor([0.0, 1.0, 0.0, 0.0], dtype=F64)
    out = gigpo_advantages(rewards, torch.tensor([0, 0, 1, 1]), torch.tensor([0, 0, 0, 0]),
                           torch.tensor([10, 11, 10, 12]), gamma=0.5, eps=0.0)
    a_e, a_s = 0.5 / math.sqrt(0.5), 0.25 / math.sqrt(0.125)
    assert out.tolist() == pytest.approx([a_e + a_s, a_e, -a_e - a_s, -a_e])


def test_step_weight_and_no_std() -> None:
    # Same batch, scale "none": A_E = +-0.5, A_S on (0, s) = +-0.25; step_weight 0.4 -> 0.1
    rewards = torch.tensor([0.0, 1.0, 0.0, 0.0], dtype=F64)
    out = gigpo_advantages(rewards, torch.tensor([0, 0, 1, 1]), torch.tensor([0, 0, 0, 0]),
                           torch.tensor([10, 11, 10, 12]), gamma=0.5, scale="none",
                           step_weight=0.4)
    assert out.tolist() == pytest.approx([0.6, 0.5, -0.6, -0.5])


def test_anchor_repeated_within_an_episode_and_across_groups() -> None:
    # Group 0, one episode visits anchor 7 twice: rewards (0, 0, 1), gamma 1 -> returns (1, 1, 1)
    # -> the step group {row0, row1} is constant -> 0. Group 1 reuses anchor 7 but must not join.
    # Episode level: group 0 has one episode (singleton) -> 0; group 1: returns 2 vs 0.
    rewards = torch.tensor([0.0, 0.0, 1.0, 2.0, 0.0], dtype=F64)
    out = gigpo_advantages(rewards, torch.tensor([5, 5, 5, 6, 9]), torch.tensor([0, 0, 0, 1, 1]),
                           torch.tensor([7, 7, 8, 7, 7]), gamma=1.0, scale="none")
    # group 1: A_E = +-1; its step group (1, 7) = {2, 0}: A_S = +-1 -> totals +-2
    assert out.tolist() == [0.0, 0.0, 0.0, 2.0, -2.0]


def test_episode_stat_step_weighs_long_episodes() -> None:
    # returns: A = 1 over 3 rows, B = 0 over 1 row; "step" stats over rows: (1, 1, 1, 0),
    # mean 0.75 -> A_E = 0.25 for A's rows and -0.75 for B (mean-only scale)
    steps = StepBatch.from_episodes([[0, 0, 1], [0]], group_ids=[0, 0], dtype=F64)
    out = GiGPO(scale="none", episode_stat="step", step_weight=0.0)(steps)
    assert out.tolist() == [0.25, 0.25, 0.25, -0.75]
    trajectory = GiGPO(scale="none", step_weight=0.0)(steps)
    assert trajectory.tolist() == [0.5, 0.5, 0.5, -0.5]


def test_return_offsets_enter_both_levels_without_discounting() -> None:
    # Episode A: rewards (0, 1) with an offset -0.1 on row 0; B: (0, 0). gamma 0.5, scale none.
    # Returns: A = 0.9, B = 0 -> A_E = +-0.45. Step returns: A = (0.5 - 0.1, 1) = (0.4, 1).
    # Step group on anchor 10: {0.4, 0} -> +-0.2.
    steps = StepBatch(rewards=torch.tensor([[0.0], [1.0], [0.0], [0.0]], dtype=F64),
                      episode_ids=torch.tensor([0, 0, 1, 1]), group_ids=torch.zeros(4).long(),
                      anchor_ids=torch.tensor([10, 11, 10, 12]),
                      info={RETURN_OFFSETS_KEY: torch.tensor([-0.1, 0.0, 0.0, 0.0], dtype=F64)})
    out = GiGPO(gamma=0.5, scale="none")(steps)
    assert out.tolist() == pytest.approx([0.65, 0.45, -0.65, -0.45])


def test_the_released_penalty_reproduces_the_released_episode_term() -> None:
    # verl-agent: every step row scores its episode's reward; apply_invalid_action_penalty
    # subtracts 0.1 from an invalid row's own score; episode_norm_reward (statistics across
    # steps) normalises those row scores over the group's rows with the sample std.
    # Episode A: rewards (0, 10), row 0 invalid; B: (0, 0), row 1 invalid. Row scores:
    # A0 = 10 - 0.1 = 9.9, A1 = 10, B0 = 0, B1 = -0.1; mean 4.95; sample std
    # sqrt((4.95^2 + 5.05^2 + 4.95^2 + 5.05^2) / 3) = sqrt(100.01 / 3).
    from creditkit.shapers import InvalidActionPenalty

    steps = StepBatch(rewards=torch.tensor([[0.0], [10.0], [0.0], [0.0]], dtype=F64),
                      episode_ids=torch.tensor([0, 0, 1, 1]), group_ids=torch.zeros(4).long(),
                      anchor_ids=torch.tensor([10, 11, 10, 12]),
                      valid=torch.tensor([False, True, True, False]))
    shaped = InvalidActionPenalty(0.1, when="after_discount")(steps)
    eps, std = 1e-6, math.sqrt(100.01 / 3)
    released = [(s - 4.95) / (std + eps) for s in (9.9, 10.0, 0.0, -0.1)]
    episode_term = GiGPO(episode_stat="step", step_weight=0.0, eps=eps)(shaped)
    assert episode_term.tolist() == pytest.approx(released, abs=1e-12)
    # the step term: offsets after discounting, gamma 0.95: A0 = 9.5 - 0.1 = 9.4 vs B0 = 0 on
    # anchor 10 -> +-1/sqrt(2) (the other step groups are singletons: 0 here; the released
    # code returns their raw return, see docs/estimators/gigpo.md)
    full = GiGPO(episode_stat="step", eps=eps)(shaped) - episode_term
    a_s = 4.7 / (math.sqrt(2 * 4.7 ** 2) + eps)
    assert full.tolist() == pytest.approx([a_s, 0.0, -a_s, 0.0], abs=1e-12)


def test_no_anchors_means_episode_level_only() -> None:
    steps = StepBatch.from_episodes([[1.0], [0.0]], group_ids=[0, 0], dtype=F64)
    assert GiGPO(scale="none")(steps).tolist() == [0.5, -0.5]


def test_the_diagnostics_count_rows_with_a_step_term() -> None:
    # The hand-worked batch: step groups {A0, B0}, {A1}, {B1} -> 2 of 4 rows get a step term.
    steps = StepBatch.from_episodes([[0.0, 1.0], [0.0, 0.0]], group_ids=[0, 0],
                                    anchor_ids=[[10, 11], [10, 12]], dtype=F64)
    estimator = GiGPO(gamma=0.5)
    estimator(steps)
    # episode term +-0.5 / (std 0.5**0.5 + eps) on every row; step term +-0.25 / (std
    # 0.125**0.5 + eps) on the two rows of {A0, B0} (returns-to-go 0.5 and 0), 0 elsewhere
    assert estimator.metrics() == pytest.approx({
        "step_nonzero_fraction": 0.5, "episode_abs_mean": 0.5 / (0.5 ** 0.5 + 1e-6),
        "step_abs_mean": 0.5 * 0.25 / (0.125 ** 0.5 + 1e-6)}, abs=1e-12)
    estimator(StepBatch.from_episodes([[1.0], [0.0]], group_ids=[0, 0], dtype=F64))
    assert estimator.metrics() == {}  # no anchors: no step term to report


@pytest.mark.parametrize(
    ("options", "message"),
    [({"gamma": -0.1}, "gamma"), ({"gamma": 1.5}, "gamma"), ({"scale": "group"}, "scale"),
     ({"episode_stat": "episode"}, "episode_stat"), ({"step_weight": float("nan")}, "step_weight"),
     ({"eps": -1e-3}, "eps")],
)
def test_bad_options(options: dict, message: str) -> None:
    rows = torch.tensor([0, 0])
    with pytest.raises(ValueError, match=message):
        gigpo_advantages(torch.zeros(2), rows, rows, rows, **options)
    with pytest.raises(ValueError, match=message):
        GiGPO(**options)


def test_non_contiguous_episode_rows_are_refused() -> None:
    with pytest.raises(ValueError, match="episode_ids.*contiguous"):
        gigpo_advantages(torch.zeros(3), torch.tensor([0, 1, 0]), torch.zeros(3).long(),
                         torch.zeros(3).long())


def test_episode_spanning_two_groups_is_refused() -> None:
    with pytest.raises(ValueError, match="group_ids"):
        gigpo_advantages(torch.zeros(2), torch.tensor([0, 0]), torch.tensor([0, 1]),
                         torch.zeros(2).long())


def test_length_mismatch_names_the_argument() -> None:
    with pytest.raises(ValueError, match="anchor_ids"):
        gigpo_advantages(torch.zeros(2), torch.tensor([0, 0]), torch.tensor([0, 0]),
                         torch.tensor([0]))
