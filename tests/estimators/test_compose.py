"""WeightedSum of estimators."""

from __future__ import annotations

import pytest
import torch

from creditkit import GRPO, GiGPO, StepBatch, WeightedSum


def steps() -> StepBatch:
    return StepBatch.from_episodes([[0, 1], [0, 0], [1]], group_ids=[0, 0, 0],
                                   anchor_ids=[[1, 2], [1, 3], [1]], dtype=torch.float64)


def test_weighted_sum_is_linear() -> None:
    batch = steps()
    combined = WeightedSum(estimators=[GRPO(), GiGPO()], weights=[0.5, 2.0])(batch)
    torch.testing.assert_close(combined, 0.5 * GRPO()(batch) + 2.0 * GiGPO()(batch))


def test_custom_callable_estimator() -> None:
    batch = steps()
    def ones(s: StepBatch) -> torch.Tensor:
        return torch.ones(s.num_rows, dtype=torch.float64)
    assert WeightedSum([ones], [3.0])(batch).tolist() == [3.0] * batch.num_rows


@pytest.mark.parametrize(
    ("estimators", "weights", "message"),
    [([], [], "estimators"), ([GRPO()], [1.0, 2.0], "weights"),
     ([GRPO()], [float("inf")], "weights"), (["grpo"], [1.0], "estimators")],
)
def test_bad_configuration(estimators, weights, message) -> None:
    with pytest.raises(ValueError, match=message):
        WeightedSum(estimators, weights)


def test_wrong_shape_from_an_estimator() -> None:
    with pytest.raises(ValueError, match="one advantage per row"):
        WeightedSum([lambda s: torch.zeros(1)], [1.0])(steps())
