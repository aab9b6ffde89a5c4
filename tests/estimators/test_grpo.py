"""GRPO: hand-worked values, the StepBatch dataclass, bad input."""

from __future__ import annotations

import math

import pytest
import torch

from creditkit import GRPO, StepBatch, grpo_advantages

NAN, INF = float("nan"), float("inf")


def test_hand_worked_group_scale() -> None:
    # group 3: scores 1, 2, 6 -> mean 3, deviations -2, -1, 3, sample var (4+1+9)/2 = 7
    # group -8: scores 4, 4 -> constant -> 0; group 100: singleton -> 0
    scores = torch.tensor([1.0, 4.0, 2.0, 5.0, 6.0, 4.0], dtype=torch.float64)
    ids = torch.tensor([3, -8, 3, 100, 3, -8])
    sigma = math.sqrt(7.0)
    expected = [-2 / (sigma + 1e-6), 0.0, -1 / (sigma + 1e-6), 0.0, 3 / (sigma + 1e-6), 0.0]
    assert grpo_advantages(scores, ids).tolist() == pytest.approx(expected, abs=1e-12)


def test_hand_worked_batch_and_none_scale() -> None:
    # scores 0, 2 | 10: group means 1, 1 | 10; batch sample std of (0, 2, 10) = sqrt(28) (mean 4)
    scores = torch.tensor([0.0, 2.0, 10.0], dtype=torch.float64)
    ids = torch.tensor([0, 0, 1])
    batch = grpo_advantages(scores, ids, scale="batch", eps=0.0)
    assert batch.tolist() == pytest.approx([-1 / math.sqrt(28), 1 / math.sqrt(28), 0.0])
    assert grpo_advantages(scores, ids, scale="none").tolist() == [-1.0, 1.0, 0.0]


def test_zero_eps_constant_group_is_zero_not_nan() -> None:
    advantages = grpo_advantages(torch.tensor([0.3, 0.3, 0.3]), torch.tensor([1, 1, 1]), eps=0.0)
    assert advantages.tolist() == [0.0, 0.0, 0.0]


def test_dataclass_baselines_whole_episodes() -> None:
    # episodes (returns): A = 0+0+1 = 1, B = 0 = 0, C = 1+1 = 2 in group 0; D = 5 alone in group 1
    # group 0: mean 1, deviations 0, -1, 1, sample std 1
    steps = StepBatch.from_episodes([[0, 0, 1], [0], [1, 1], [5]], group_ids=[0, 0, 0, 1],
                                    dtype=torch.float64)
    advantages = GRPO(eps=0.0)(steps)
    assert advantages.tolist() == [0.0, 0.0, 0.0, -1.0, 1.0, 1.0, 0.0]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: grpo_advantages(torch.tensor([1.0, NAN]), torch.tensor([0, 0])), "scores"),
        (lambda: grpo_advantages(torch.tensor([1.0, INF]), torch.tensor([0, 0])), "scores"),
        (lambda: grpo_advantages(torch.tensor([1.0, 2.0]), torch.tensor([0, 0, 1])), "group_ids"),
        (lambda: grpo_advantages(torch.tensor([1.0]), torch.tensor([0]), scale="rank"), "scale"),
        (lambda: grpo_advantages(torch.tensor([1.0]), torch.tensor([0]), eps=-1.0), "eps"),
        (lambda: grpo_advantages(torch.tensor([1, 2]), torch.tensor([0, 0])), "scores"),
        (lambda: grpo_advantages(torch.tensor([1.0]), torch.tensor([0.0])), "group_ids"),
        (lambda: grpo_advantages(torch.ones(2, 2), torch.tensor([0, 0])), "scores"),
        (lambda: GRPO(scale="groups"), "scale"),
    ],
)
def test_bad_input_names_the_argument(call, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        call()


def test_non_tensor_input_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="scores must be a torch.Tensor"):
        grpo_advantages([1.0, 2.0], torch.tensor([0, 0]))  # type: ignore[arg-type]


def test_empty_batch() -> None:
    out = grpo_advantages(torch.zeros(0), torch.zeros(0, dtype=torch.long))
    assert out.shape == (0,) and out.dtype == torch.float32
