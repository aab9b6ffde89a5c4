"""Reward shapers: hand-worked values, composition, immutability, bad input."""

from __future__ import annotations

import dataclasses

import pytest
import torch

from creditkit import (
    RETURN_OFFSETS_KEY,
    Compose,
    GiGPO,
    InvalidActionPenalty,
    NormalizeDimensions,
    StepBatch,
    TerminalToSteps,
    WeightedRewardSum,
)

F64 = torch.float64


def sparse() -> StepBatch:
    # episode 0: 3 steps, terminal reward 6 (and 1 on the first step); episode 1: 1 step, 2
    return StepBatch.from_episodes([[1.0, 0.0, 6.0], [2.0]], group_ids=[0, 0], dtype=F64)


def column(steps: StepBatch) -> list[float]:
    return steps.rewards[:, 0].tolist()


def test_terminal_to_steps_modes() -> None:
    steps = sparse()
    assert column(TerminalToSteps("last")(steps)) == [1.0, 0.0, 6.0, 2.0]
    assert column(TerminalToSteps("uniform")(steps)) == [3.0, 2.0, 2.0, 2.0]  # 6/3 each, +1
    assert column(TerminalToSteps("broadcast")(steps)) == [7.0, 6.0, 6.0, 2.0]
    assert column(steps) == [1.0, 0.0, 6.0, 2.0]  # input unchanged


def test_terminal_to_steps_selected_dims_only() -> None:
    steps = StepBatch(rewards=torch.tensor([[0.0, 0.0], [4.0, 2.0]], dtype=F64),
                      episode_ids=torch.tensor([0, 0]), group_ids=torch.tensor([0, 0]),
                      reward_names=("goal", "cost"))
    out = TerminalToSteps("broadcast", dims=["goal"])(steps)
    assert out.rewards.tolist() == [[4.0, 0.0], [4.0, 2.0]]


def test_invalid_action_penalty_before_discount() -> None:
    steps = dataclasses.replace(sparse(), valid=torch.tensor([True, False, False, True]))
    assert column(InvalidActionPenalty(0.5)(steps)) == [1.0, -0.5, 5.5, 2.0]


def test_invalid_action_penalty_after_discount_goes_to_offsets() -> None:
    steps = dataclasses.replace(sparse(), valid=torch.tensor([True, False, True, True]))
    shaped = InvalidActionPenalty(0.5, when="after_discount")(steps)
    assert column(shaped) == column(steps)
    assert shaped.info[RETURN_OFFSETS_KEY].tolist() == [0.0, -0.5, 0.0, 0.0]
    twice = InvalidActionPenalty(0.5, when="after_discount")(shaped)
    assert twice.info[RETURN_OFFSETS_KEY].tolist() == [0.0, -1.0, 0.0, 0.0]


def test_after_discount_differs_from_before_discount_in_gigpo() -> None:
    # before: the penalty on step 1 is discounted into step 0's return; after: it is not
    steps = StepBatch(rewards=torch.tensor([[0.0], [0.0], [0.0], [0.0]], dtype=F64),
                      episode_ids=torch.tensor([0, 0, 1, 1]), group_ids=torch.zeros(4).long(),
                      anchor_ids=torch.tensor([1, 2, 1, 3]),
                      valid=torch.tensor([True, False, True, True]))
    estimator = GiGPO(gamma=0.5, scale="none")
    before = estimator(InvalidActionPenalty(1.0)(steps))
    after = estimator(InvalidActionPenalty(1.0, when="after_discount")(steps))
    # episode returns -1 vs 0 in both: A_E = -0.5, 0.5. Step group anchor 1 = rows 0 and 2:
    # before: returns (0 + 0.5 * -1, 0) -> -0.25, +0.25; after: (0, 0) -> 0, 0
    assert before.tolist() == [-0.75, -0.5, 0.75, 0.5]
    assert after.tolist() == [-0.5, -0.5, 0.5, 0.5]


def test_penalty_needs_dim_with_several_dimensions() -> None:
    steps = StepBatch(rewards=torch.zeros(1, 2), episode_ids=torch.tensor([0]),
                      group_ids=torch.tensor([0]), reward_names=("a", "b"),
                      valid=torch.tensor([False]))
    with pytest.raises(ValueError, match="dim is required"):
        InvalidActionPenalty(1.0)(steps)
    assert InvalidActionPenalty(1.0, dim="b")(steps).rewards.tolist() == [[0.0, -1.0]]


def test_normalize_dimensions_per_group() -> None:
    # group 0 rows: goal 0, 10 -> mean 5, std sqrt(50) -> -+ 5/sqrt(50); cost constant -> 0
    # group 1 is a singleton -> 0
    steps = StepBatch(rewards=torch.tensor([[0.0, 3.0], [10.0, 3.0], [7.0, 1.0]], dtype=F64),
                      episode_ids=torch.tensor([0, 1, 2]), group_ids=torch.tensor([0, 0, 1]),
                      reward_names=("goal", "cost"))
    out = NormalizeDimensions(eps=0.0)(steps).rewards
    expected = 5 / 50**0.5
    assert out.flatten().tolist() == pytest.approx([-expected, 0.0, expected, 0.0, 0.0, 0.0])
    batch = NormalizeDimensions(over="batch", dims=["cost"], eps=0.0)(steps).rewards
    assert batch[:, 0].tolist() == [0.0, 10.0, 7.0]  # goal untouched
    assert float(batch[:, 1].mean()) == pytest.approx(0.0)


def test_weighted_reward_sum() -> None:
    steps = StepBatch(rewards=torch.tensor([[6.0, 3.0, 9.0]], dtype=F64),
                      episode_ids=torch.tensor([0]), group_ids=torch.tensor([0]),
                      reward_names=("goal", "relationship", "knowledge"))
    out = WeightedRewardSum({"goal": 1 / 3, "relationship": 1 / 3, "knowledge": 1 / 3},
                            name="label", scale=10.0)(steps)
    assert out.reward_names == ("label",) and out.rewards.tolist() == [[pytest.approx(60.0)]]


def test_compose_applies_in_order() -> None:
    steps = dataclasses.replace(sparse(), valid=torch.tensor([True, True, False, True]))
    first = Compose([TerminalToSteps("uniform"), InvalidActionPenalty(1.0)])(steps)
    second = Compose([InvalidActionPenalty(1.0), TerminalToSteps("uniform")])(steps)
    assert column(first) == [3.0, 2.0, 1.0, 2.0]
    assert column(second) == pytest.approx([1 + 5 / 3, 5 / 3, 5 / 3, 2.0])
    assert Compose()(steps) is steps


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: TerminalToSteps("spread"), "mode"),
        (lambda: InvalidActionPenalty(-0.1), "penalty"),
        (lambda: InvalidActionPenalty(0.1, when="later"), "when"),
        (lambda: NormalizeDimensions(over="episode"), "over"),
        (lambda: WeightedRewardSum({}), "weights"),
        (lambda: WeightedRewardSum({"a": float("nan")}), "finite"),
        (lambda: Compose([1]), "shapers"),
    ],
)
def test_bad_configuration(build, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        build()


def test_unknown_dimension_names() -> None:
    with pytest.raises(ValueError, match="weights names"):
        WeightedRewardSum({"goal": 1.0})(sparse())
    with pytest.raises(ValueError, match="dims names"):
        TerminalToSteps(dims=["goal"])(sparse())


def test_compose_refuses_a_shaper_that_returns_something_else() -> None:
    with pytest.raises(ValueError, match="must return a StepBatch"):
        Compose([lambda steps: steps.rewards])(sparse())
