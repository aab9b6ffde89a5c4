"""GraphGPO: hand-worked distances and values, both distance modes, the success rule, invalid
actions, the estimator on a StepBatch, bad input."""

from __future__ import annotations

import pytest
import torch

from creditkit import StepBatch
from creditkit.estimators import GraphGPO, graphgpo_advantages
from creditkit.estimators.graphgpo import goal_distances, graphgpo_parts

F64 = torch.float64
# One group of three episodes over states s0..s3 (ids 0-3) and s9 (id 9, reached once):
#   A: s0 -> s1 -> s2 -> goal (wins: reward 10 on its last turn)
#   B: s0 -> s3, then its last action leads to s1 (fails)
#   C: s0 -> s3, then its last action leads to s9 (fails)
# Distances to the goal: s2 1, s1 2, s0 3 (via s1), s3 3 (via B's last edge to s1); s9 has no
# path: the largest finite distance + 1 = 4.
REWARDS = [0.0, 0.0, 10.0, 0.0, 0.0, 0.0, 0.0]
EPISODES = [0, 0, 0, 1, 1, 2, 2]
ANCHORS = [0, 1, 2, 0, 3, 0, 3]
NEXT = [1, 2, 5, 3, 1, 3, 9]  # A's last next state (5) is replaced by the goal: it won


def run(**options: object) -> list[float]:
    return graphgpo_advantages(torch.tensor(REWARDS, dtype=F64), torch.tensor(EPISODES),
                               torch.zeros(7, dtype=torch.long), torch.tensor(ANCHORS),
                               next_anchor_ids=torch.tensor(NEXT),
                               **{"gamma": 0.5, **options}).tolist()  # type: ignore[arg-type]


def test_hand_worked_absolute_distances() -> None:
    # v = 10 * 0.5^d(next): A (2.5, 5, 10), B (1.25, 2.5), C (1.25, 0.625)
    # step groups (scale none): s0 {2.5, 1.25, 1.25} mean 5/3 -> (+5/6, -5/12, -5/12);
    # s1 and s2 are visited once -> 0; s3 {2.5, 0.625} mean 1.5625 -> (+0.9375, -0.9375)
    step = run(scale="none", episode_weight=0.0)
    assert step == pytest.approx([5 / 6, 0, 0, -5 / 12, 0.9375, -5 / 12, -0.9375])
    # episode term (one score per episode): returns (10, 0, 0), mean 10/3
    both = run(scale="none")
    episode = [20 / 3] * 3 + [-10 / 3] * 4
    assert both == pytest.approx([s + e for s, e in zip(step, episode, strict=True)])


def test_hand_worked_progress_distances() -> None:
    # v = 10 * 0.5^(d(next) - d(anchor) + 1): every step along a shortest path is worth 10;
    # B0: 3 - 3 + 1 = 1 -> 5; B1: 2 - 3 + 1 = 0 -> 10; C0 -> 5; C1: 4 - 3 + 1 = 2 -> 2.5
    # s0 {10, 5, 5} mean 20/3; s3 {10, 2.5} mean 6.25
    out = run(scale="none", episode_weight=0.0, distance="progress")
    assert out == pytest.approx([10 / 3, 0, 0, -5 / 3, 3.75, -5 / 3, -3.75])


def test_distances_and_what_reaches_the_goal() -> None:
    parts = graphgpo_parts(torch.tensor(REWARDS, dtype=F64), torch.tensor(EPISODES),
                           torch.zeros(7, dtype=torch.long), torch.tensor(ANCHORS),
                           next_anchor_ids=torch.tensor(NEXT), gamma=0.5, goal_value=10.0,
                           distance="absolute", step_weight=1.0, episode_weight=1.0,
                           scale="std", episode_stat="trajectory", invalid_penalty=0.0,
                           eps=1e-6)
    assert parts.values.tolist() == [2.5, 5.0, 10.0, 1.25, 2.5, 1.25, 0.625]
    assert parts.reachable.tolist() == [True] * 6 + [False]
    assert bool(parts.solved.all())
    # a batched search: two graphs at once, one without a goal (every node at 0 + 1)
    distance, reachable = goal_distances(
        torch.tensor([0, 1, 2, 4]), torch.tensor([1, 2, 3, 5]),
        torch.tensor([False, False, False, True, False, False]),
        torch.tensor([0, 0, 0, 0, 1, 1]))
    assert distance.tolist() == [3, 2, 1, 0, 1, 1]
    assert reachable.tolist() == [True, True, True, True, False, False]


def test_only_a_terminated_episode_with_a_positive_return_reaches_the_goal() -> None:
    # A truncated (not done): the group has no goal, every next state sits at d = 1, every
    # value is 10 * 0.5 and the step term is 0
    dones = torch.tensor([False] * 7)
    out = run(scale="none", episode_weight=0.0, dones=dones)
    assert out == [0.0] * 7
    # without next_anchor_ids a last turn leads to a state of its own: B's last edge no longer
    # reaches s1, so s3 is unreachable (d = 3 + 1) and B1, C1 tie
    default = graphgpo_advantages(torch.tensor(REWARDS, dtype=F64), torch.tensor(EPISODES),
                                  torch.zeros(7, dtype=torch.long), torch.tensor(ANCHORS),
                                  gamma=0.5, scale="none", episode_weight=0.0).tolist()
    assert default[4] == default[6] == 0.0
    assert default[0] == pytest.approx(2.5 - (2.5 + 0.625 + 0.625) / 3)


def test_an_invalid_action_pays_in_its_value_and_its_own_score() -> None:
    valid = torch.tensor([True, True, True, False, True, True, True])
    plain = run(scale="none", episode_stat="step")
    out = run(scale="none", episode_stat="step", invalid_penalty=0.1, valid=valid)
    # step term: B0's value 1.25 - 0.1 in s0 {2.5, 1.15, 1.25}; episode term per row: B0
    # scores 0 - 0.1 among the group's seven rows (mean 30/7 - 0.1/7)
    step_b0 = 1.15 - (2.5 + 1.15 + 1.25) / 3
    assert out[3] == pytest.approx(step_b0 + (-0.1 - (30 - 0.1) / 7))
    assert out[4] == pytest.approx(plain[4] + 0.1 / 7)  # B1: only the mean moved


def test_the_estimator_reads_the_batch() -> None:
    steps = StepBatch(rewards=torch.tensor(REWARDS, dtype=F64)[:, None],
                      episode_ids=torch.tensor(EPISODES),
                      group_ids=torch.zeros(7, dtype=torch.long),
                      anchor_ids=torch.tensor(ANCHORS),
                      info={"next_anchor_ids": torch.tensor(NEXT)})
    estimator = GraphGPO(gamma=0.5, scale="none")
    assert estimator(steps).tolist() == pytest.approx(run(scale="none"))
    metrics = estimator.metrics()
    assert metrics["reachable_fraction"] == pytest.approx(6 / 7)
    assert metrics["solved_group_rows_fraction"] == 1.0
    assert metrics["step_nonzero_fraction"] == pytest.approx(5 / 7)
    without = StepBatch(rewards=steps.rewards, episode_ids=steps.episode_ids,
                        group_ids=steps.group_ids, anchor_ids=steps.anchor_ids)
    with pytest.raises(ValueError, match="next_anchor_ids"):
        estimator(without)


@pytest.mark.parametrize(("options", "match"), [
    ({"distance": "relative"}, "distance"), ({"gamma": 1.5}, "gamma"),
    ({"scale": "group"}, "scale"), ({"invalid_penalty": -0.1}, "invalid_penalty"),
    ({"episode_stat": "turn"}, "episode_stat"), ({"goal_value": float("inf")}, "goal_value"),
])
def test_bad_options_are_refused_by_name(options: dict[str, object], match: str) -> None:
    with pytest.raises(ValueError, match=match):
        GraphGPO(**options)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=match):
        run(**options)


def test_next_anchor_ids_of_another_length_is_refused() -> None:
    with pytest.raises(ValueError, match="next_anchor_ids"):
        graphgpo_advantages(torch.tensor(REWARDS), torch.tensor(EPISODES),
                            torch.zeros(7, dtype=torch.long), torch.tensor(ANCHORS),
                            next_anchor_ids=torch.tensor([1, 2]))
