"""Everything runs on the device its inputs are on and agrees with the loop reference.

Parametrised over the devices this machine has: the CPU everywhere, CUDA where a GPU is present.
Every device is checked against ``tests/oracles.py`` (plain Python over lists), never against
another run of the same code, so the check means as much on a CPU-only machine as on a GPU one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

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
    WeightedSum,
    broadcast_to_tokens,
    discounted_returns,
    gigpo_advantages,
)
from tests import oracles

DEVICES = ["cpu"] + (["cuda"] if torch.cuda.is_available() else [])


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


Lists = tuple[list[float], list[int], list[int], list[int]]


def lists(steps: StepBatch) -> Lists:
    assert steps.anchor_ids is not None
    return (steps.rewards[:, 0].cpu().tolist(), steps.episode_ids.cpu().tolist(),
            steps.group_ids.cpu().tolist(), steps.anchor_ids.cpu().tolist())


def per_episode(score: Callable[[list[float], list[int]], list[float]]
                ) -> Callable[[Lists], list[float]]:
    """A reference over episode returns (one score per episode), copied to the rows."""
    def rows(data: Lists) -> list[float]:
        rewards, episodes, groups, _ = data
        order = list(dict.fromkeys(episodes))
        returns = {e: sum(r for r, x in zip(rewards, episodes, strict=True) if x == e)
                   for e in order}
        group = {e: g for e, g in zip(episodes, groups, strict=True)}
        advantages = dict(zip(order, score([returns[e] for e in order],
                                           [group[e] for e in order]), strict=True))
        return [advantages[e] for e in episodes]
    return rows


def gigpo(**options: object) -> Callable[[Lists], list[float]]:
    return lambda data: oracles.gigpo(*data, **options)  # type: ignore[arg-type]


CASES = [  # explicit ids: pytest-xdist workers must collect the same names
    pytest.param(GRPO(), per_episode(oracles.grpo), id="grpo"),
    pytest.param(GRPO(scale="batch"), per_episode(lambda s, i: oracles.grpo(s, i, "batch")),
                 id="grpo-batch"),
    pytest.param(RLOO(), per_episode(oracles.rloo), id="rloo"),
    pytest.param(DrGRPO(), per_episode(oracles.dr_grpo), id="dr-grpo"),
    pytest.param(GiGPO(), gigpo(), id="gigpo"),
    pytest.param(GiGPO(scale="none", episode_stat="step"), gigpo(scale="none",
                                                                 episode_stat="step"),
                 id="gigpo-none-step"),
    pytest.param(WeightedSum([GRPO(), GiGPO()], [1, 1]),
                 lambda data: [a + b for a, b in zip(per_episode(oracles.grpo)(data),
                                                     gigpo()(data), strict=True)],
                 id="weighted-sum"),
]


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize(("estimator", "expected"), CASES)
def test_estimators_stay_on_device_and_match_the_reference(
        device: str, estimator: Callable[[StepBatch], torch.Tensor],
        expected: Callable[[Lists], list[float]]) -> None:
    steps = batch(device)
    on_device = estimator(steps)
    assert on_device.device.type == device
    torch.testing.assert_close(on_device.cpu(), torch.tensor(expected(lists(steps)),
                                                             dtype=torch.float64),
                               rtol=1e-9, atol=1e-9)


@pytest.mark.parametrize("device", DEVICES)
def test_shapers_and_segments_on_device(device: str) -> None:
    steps = batch(device)
    rewards, episodes, groups, _ = lists(steps)
    invalid = [0.1 * float(not v) for v in steps.valid.cpu().tolist()]  # type: ignore[union-attr]
    shaped = Compose([InvalidActionPenalty(0.1), InvalidActionPenalty(0.1, when="after_discount"),
                      NormalizeDimensions()])(steps)
    assert shaped.rewards.device.type == device
    penalised = [r - p for r, p in zip(rewards, invalid, strict=True)]
    expected = oracles.grpo(penalised, groups)  # the z-score per group, singletons 0
    torch.testing.assert_close(shaped.rewards[:, 0].cpu(), torch.tensor(expected,
                                                                        dtype=torch.float64))
    offsets = shaped.return_offsets()
    assert offsets is not None and offsets.device.type == device
    assert offsets.cpu().tolist() == pytest.approx([-p for p in invalid])
    returns = discounted_returns(steps.rewards[:, 0], steps.episode_ids, 0.9)
    assert returns.device.type == device
    assert returns.cpu().tolist() == pytest.approx(
        oracles.discounted_returns(rewards, episodes, 0.9), abs=1e-12)
    token_rows = torch.tensor([[0, 0, 1, 1], [2, 2, 2, 0], [3, 1, 0, 0]], device=device)
    mask = torch.tensor([[True, True, True, False], [True, True, False, False],
                         [True, False, True, True]], device=device)
    tokens = broadcast_to_tokens(returns, token_rows, mask)
    assert tokens.device.type == device
    torch.testing.assert_close(tokens.cpu(), torch.tensor(oracles.broadcast_to_tokens(
        returns.cpu().tolist(), token_rows.cpu().tolist(), mask.cpu().tolist()),
        dtype=tokens.dtype))


@pytest.mark.parametrize("device", DEVICES)
def test_default_fields_follow_the_rewards_device(device: str) -> None:
    steps = dataclasses.replace(batch(device), valid=None, dones=None)
    assert steps.valid is not None and steps.dones is not None
    assert steps.valid.device.type == device and steps.dones.device.type == device
    assert bool(steps.valid.all())  # no flags given: every row valid
    out = gigpo_advantages(steps.rewards[:, 0].float(), steps.episode_ids, steps.group_ids,
                           steps.anchor_ids)
    assert out.device.type == device and out.dtype == torch.float32
    torch.testing.assert_close(out.cpu(), torch.tensor(gigpo()(lists(steps)),
                                                       dtype=torch.float32), rtol=1e-5,
                               atol=1e-5)
