"""Every estimator and shaper config composes, instantiates and runs on a batch."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from hydra import compose, initialize_config_dir
from hydra.utils import instantiate

from creditkit import StepBatch

CONFIGS = Path(__file__).resolve().parents[1] / "configs"


def options(group: str) -> list[str]:
    return sorted(path.stem for path in (CONFIGS / group).glob("*.yaml"))


def batch() -> StepBatch:
    steps = StepBatch.from_episodes([[0, 1], [0, 0, 0], [1]], group_ids=[0, 0, 0],
                                    anchor_ids=[[1, 2], [1, 3, 2], [1]])
    return StepBatch(rewards=steps.rewards, episode_ids=steps.episode_ids,
                     group_ids=steps.group_ids, anchor_ids=steps.anchor_ids,
                     valid=torch.tensor([True, False, True, True, True, True]))


def load(group: str, option: str):
    with initialize_config_dir(config_dir=str(CONFIGS / group), version_base="1.3"):
        return instantiate(compose(config_name=option))


@pytest.mark.parametrize("option", options("estimator"))
def test_estimator_configs(option: str) -> None:
    advantages = load("estimator", option)(batch())
    assert advantages.shape == (6,) and bool(torch.isfinite(advantages).all())
    assert float(advantages.abs().sum()) > 0


@pytest.mark.parametrize("option", options("shaper"))
def test_shaper_configs(option: str) -> None:
    shaped = load("shaper", option)(batch())
    assert isinstance(shaped, StepBatch) and shaped.num_rows == 6


def test_grpo_plus_step_composes_the_step_term() -> None:
    from creditkit import GRPO, GiGPO

    steps = batch()
    expected = GRPO()(steps) + GiGPO(step_weight=0.5)(steps) - GiGPO(step_weight=0.0)(steps)
    torch.testing.assert_close(load("estimator", "grpo_plus_step")(steps), expected)


def test_every_group_has_options() -> None:
    assert options("estimator") and options("shaper")
