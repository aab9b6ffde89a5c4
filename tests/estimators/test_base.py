"""The estimator protocols (creditkit.estimators.base): which built-ins keep state, and the walk
that finds a composite estimator's stateful and reporting parts."""

from __future__ import annotations

import dataclasses

import pytest
import torch

from creditkit.batch import StepBatch
from creditkit.estimators import G2PO, GRPO, HGPO, NIW, RLOO, DrGRPO, GiGPO, WeightedSum
from creditkit.estimators.base import estimator_parts, estimator_state, is_reporting, is_stateful

BUILT_INS = [GRPO(), RLOO(), DrGRPO(), GiGPO(), HGPO(), G2PO(), NIW(),
             WeightedSum(estimators=(GRPO(),), weights=(1.0,))]


def _is_frozen(estimator: object) -> bool:
    return bool(type(estimator).__dataclass_params__.frozen)  # type: ignore[attr-defined]


@pytest.mark.parametrize("estimator", BUILT_INS, ids=lambda e: type(e).__name__)
def test_an_estimator_is_frozen_exactly_when_it_keeps_nothing_across_calls(estimator) -> None:
    keeps_state = is_stateful(estimator) or is_reporting(estimator)
    assert _is_frozen(estimator) is not keeps_state


def _batch() -> StepBatch:
    return StepBatch(rewards=torch.tensor([[1.0], [0.0], [1.0], [0.0]]),
                     episode_ids=torch.tensor([0, 0, 1, 1]), group_ids=torch.tensor([0, 0, 0, 0]),
                     anchor_ids=torch.tensor([0, 1, 0, 1]),
                     valid=torch.ones(4, dtype=torch.bool),
                     dones=torch.tensor([False, True, False, True]))


def test_a_call_replaces_the_last_diagnostics_and_equality_ignores_them() -> None:
    used, fresh = GiGPO(), GiGPO()
    used(_batch())
    assert used.metrics() and not fresh.metrics()
    assert used == fresh  # equality compares options only
    assert dataclasses.replace(used, gamma=0.5).metrics() == {}


def test_the_walk_finds_nested_state_and_the_ema_prior_round_trips() -> None:
    step = NIW(level="episode", prior_decay=0.5)
    composite = WeightedSum(estimators=(GiGPO(step_estimator=step), GRPO()), weights=(1.0, 1.0))
    assert set(estimator_parts(composite)) == {"estimators.0", "estimators.0.step_estimator"}
    assert estimator_state(composite) == {"estimators.0.step_estimator": {}}
    composite(_batch())
    saved = estimator_state(composite)["estimators.0.step_estimator"]
    assert saved and step.prior_totals is not None
    restored = NIW(level="episode", prior_decay=0.5)
    restored.load_state_dict(saved)
    assert restored.state_dict().keys() == saved.keys()
    for key, value in saved.items():
        assert torch.equal(restored.state_dict()[key], value)


def test_options_are_checked_at_construction_and_a_replace_checks_again() -> None:
    with pytest.raises(ValueError, match="prior_decay"):
        NIW(prior_decay=1.0)
    with pytest.raises(ValueError, match="variant"):
        dataclasses.replace(NIW(), variant="nope")
