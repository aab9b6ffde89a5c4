"""Everything runs on the device its inputs are on and agrees with the CPU result.

Parametrised over the devices this machine has: the CPU everywhere, CUDA where a GPU is present.
"""

from __future__ import annotations

import dataclasses

import pytest
import torch

from creditkit import (
    GRPO,
    RLOO,
    Compose,
    DrGRPO,
    GiGPO,
    InvalidActionPenalty,
    NormalizeDimensions,
    StepBatch,
    TerminalToSteps,
    WeightedSum,
    broadcast_to_tokens,
    discounted_returns,
    gigpo_advantages,
)

DEVICES = ["cpu"] + (["cuda"] if torch.cuda.is_available() else [])
ESTIMATORS = [GRPO(), GRPO(scale="batch"), RLOO(), DrGRPO(), GiGPO(),
              GiGPO(scale="none", episode_stat="step"), WeightedSum([GRPO(), GiGPO()], [1, 1])]


def batch(device: str) -> StepBatch:
    generator = torch.Generator().manual_seed(0)
    lengths = torch.randint(1, 12, (24,), generator=generator)
    rows = int(lengths.sum())
    episode_ids = torch.repeat_interleave(torch.arange(24), lengths)
    return StepBatch(
        rewards=torch.randn(rows, 1, generator=generator, dtype=torch.float64).to(device),
        episode_ids=episode_ids.to(device),
        group_ids=(episode_ids // 6).to(device),
        anchor_ids=torch.randint(0, 5, (rows,), generator=generator).to(device),
        valid=(torch.rand(rows, generator=generator) > 0.2).to(device),
    )


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("estimator", ESTIMATORS, ids=lambda e: repr(e)[:40])
def test_estimators_stay_on_device_and_agree(device: str, estimator) -> None:
    on_device = estimator(batch(device))
    assert on_device.device.type == device
    torch.testing.assert_close(on_device.cpu(), estimator(batch("cpu")), rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("device", DEVICES)
def test_shapers_and_segments_on_device(device: str) -> None:
    steps = batch(device)
    shaped = Compose([InvalidActionPenalty(0.1), TerminalToSteps("uniform"),
                      InvalidActionPenalty(0.1, when="after_discount"),
                      NormalizeDimensions()])(steps)
    assert shaped.rewards.device.type == device
    reference = Compose([InvalidActionPenalty(0.1), TerminalToSteps("uniform"),
                         InvalidActionPenalty(0.1, when="after_discount"),
                         NormalizeDimensions()])(batch("cpu"))
    torch.testing.assert_close(shaped.rewards.cpu(), reference.rewards)
    returns = discounted_returns(steps.rewards[:, 0], steps.episode_ids, 0.9)
    assert returns.device.type == device
    tokens = broadcast_to_tokens(returns, torch.zeros(3, 4, dtype=torch.long, device=device),
                                 torch.ones(3, 4, dtype=torch.bool, device=device))
    assert tokens.device.type == device


@pytest.mark.parametrize("device", DEVICES)
def test_default_fields_follow_the_rewards_device(device: str) -> None:
    steps = dataclasses.replace(batch(device), valid=None, dones=None)
    assert steps.valid.device.type == device and steps.dones.device.type == device
    out = gigpo_advantages(steps.rewards[:, 0].float(), steps.episode_ids, steps.group_ids,
                           steps.anchor_ids)
    assert out.device.type == device and out.dtype == torch.float32
