"""EMPG: hand-worked modulation, the GRPO base and a composed one, bad input."""

from __future__ import annotations

import math

import pytest
import torch

from creditkit import StepBatch
from creditkit.estimators import EMPG, GiGPO, empg_advantages, empg_modulate

F64 = torch.float64


def test_hand_worked_modulation_and_centering() -> None:
    # entropies 0, 2, 1: scaled 0, 1, 0.5; e^-scaled = 1, e^-1, e^-0.5 with mean m
    calm = [1.0, math.exp(-1.0), math.exp(-0.5)]
    mean = sum(calm) / 3
    gain = [c / (mean + 1e-8) for c in calm]
    # episode 0 = rows 0, 1 (row 0 gets the bonus of row 1); episode 1 = row 2
    expected = [gain[0] * 1.0 + 0.1 * calm[1], gain[1] * 1.0, gain[2] * -1.0]
    out = empg_modulate(torch.tensor([1.0, 1.0, -1.0], dtype=F64), torch.tensor([0, 0, 1]),
                        torch.tensor([0.0, 2.0, 1.0], dtype=F64), zeta=0.1, center=False)
    assert out.tolist() == pytest.approx(expected)
    centred = empg_modulate(torch.tensor([1.0, 1.0, -1.0], dtype=F64), torch.tensor([0, 0, 1]),
                            torch.tensor([0.0, 2.0, 1.0], dtype=F64), zeta=0.1)
    assert centred.tolist() == pytest.approx([v - sum(expected) / 3 for v in expected])
    # a confident turn keeps more of its advantage than an uncertain one
    assert gain[0] > gain[2] > gain[1]


def test_equal_entropies_leave_the_advantages_and_add_the_bonus() -> None:
    # H~ = 0 everywhere: g = 1 / (1 + 1e-8), f = 1; every turn with a next one gets zeta
    base = torch.tensor([2.0, -1.0, 0.5, 0.0], dtype=F64)
    out = empg_modulate(base, torch.tensor([0, 0, 0, 1]), torch.full((4,), 0.7, dtype=F64),
                        zeta=0.05, center=False)
    expected = (base / (1 + 1e-8) + torch.tensor([0.05, 0.05, 0.0, 0.0], dtype=F64)).tolist()
    assert out.tolist() == pytest.approx(expected, abs=1e-12)


def test_the_grpo_base_with_rows_as_samples_and_penalties() -> None:
    # one group: episode A (0, 10), B (0); row 2 invalid, p 0.1; rows as samples:
    # scores 10, 10, -0.1 (mean 6.633, sample std 5.831); equal entropies, zeta 0, no centering
    out = empg_advantages(torch.tensor([0.0, 10.0, 0.0], dtype=F64), torch.tensor([0, 0, 1]),
                          torch.zeros(3, dtype=torch.long), torch.ones(3, dtype=F64),
                          torch.tensor([True, True, False]), zeta=0.0, center=False,
                          episode_stat="step", invalid_penalty=0.1)
    scores = torch.tensor([10.0, 10.0, -0.1], dtype=F64)
    expected = (scores - scores.mean()) / (scores.std() + 1e-6) / (1 + 1e-8)
    torch.testing.assert_close(out, expected)


def test_the_estimator_composes_with_any_base() -> None:
    steps = StepBatch(rewards=torch.tensor([[0.0], [1.0], [0.0], [0.0]], dtype=F64),
                      episode_ids=torch.tensor([0, 0, 1, 1]),
                      group_ids=torch.zeros(4, dtype=torch.long),
                      anchor_ids=torch.tensor([0, 1, 0, 2]),
                      info={"step_entropies": torch.tensor([0.2, 1.5, 0.9, 0.4], dtype=F64)})
    estimator = EMPG(base=GiGPO(gamma=0.5))
    expected = empg_modulate(GiGPO(gamma=0.5)(steps), steps.episode_ids,
                             steps.info["step_entropies"])
    torch.testing.assert_close(estimator(steps), expected)
    assert estimator.metrics() == pytest.approx({"entropy_mean": 0.75, "entropy_spread": 1.3})
    assert EMPG.uses_step_entropies
    plain = StepBatch(rewards=steps.rewards, episode_ids=steps.episode_ids,
                      group_ids=steps.group_ids)
    with pytest.raises(ValueError, match="step_entropies"):
        EMPG()(plain)


@pytest.mark.parametrize(("options", "match"), [
    ({"k": float("nan")}, "k"), ({"zeta": float("inf")}, "zeta"),
    ({"entropy_eps": -1.0}, "entropy_eps"), ({"scale": "group"}, "scale"),
    ({"episode_stat": "turn"}, "episode_stat"), ({"base": 3}, "base"),
    ({"base": GiGPO(), "invalid_penalty": 0.1}, "invalid_penalty"),
])
def test_bad_options_are_refused_by_name(options: dict[str, object], match: str) -> None:
    with pytest.raises(ValueError, match=match):
        EMPG(**options)  # type: ignore[arg-type]


def test_entropies_of_another_length_are_refused() -> None:
    with pytest.raises(ValueError, match="step_entropies"):
        empg_modulate(torch.zeros(3), torch.tensor([0, 0, 1]), torch.zeros(2))
    with pytest.raises(ValueError, match="step_entropies"):
        StepBatch(rewards=torch.zeros(2, 1), episode_ids=torch.tensor([0, 1]),
                  group_ids=torch.tensor([0, 0]), info={"step_entropies": torch.zeros(3)})
