"""The KL penalty to a frozen reference policy (``trainer.kl_coef``): it changes training, it is
logged as ``loss.kl``, and its reference is the initial policy (a frozen copy, or with LoRA the
same model with its adapters disabled)."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest
import torch

from creditkit import Compose, StepBatch
from creditkit.models.settings import PolicyConfig, TinyModelConfig
from creditkit.rollout.settings import RolloutConfig
from creditkit.train.settings import TrainerConfig
from creditkit.train.trainer import Trainer
from creditkit_envs.maze import MazeEnv


def alternating(steps: StepBatch) -> torch.Tensor:
    """An estimator with a signal whatever the rewards: +1, -1, +1, ... per row."""
    return 1.0 - 2.0 * (torch.arange(steps.num_rows) % 2).float()


def kl_trainer(folder: Path, kl_coef: float, lora_rank: int = 0, steps: int = 3,
               updates_per_step: int = 1) -> Trainer:
    return Trainer(functools.partial(MazeEnv, max_steps=3), alternating, Compose(),
                   PolicyConfig(tiny=TinyModelConfig(format_warmup_steps=5, corpus_episodes=20),
                                lora_rank=lora_rank),
                   RolloutConfig(groups_per_step=2, group_size=4),
                   TrainerConfig(steps=steps, eval_every=0, save_every=0, lr=3e-2,
                                 kl_coef=kl_coef, updates_per_step=updates_per_step),
                   output_dir=folder, resume=False, show_progress=False)


def logged(folder: Path) -> list[dict[str, float]]:
    """metrics.jsonl without the wall-clock timings."""
    lines = [json.loads(line) for line in (folder / "metrics.jsonl").read_text().splitlines()]
    return [{k: v for k, v in line.items() if not k.startswith("time.")} for line in lines]


def test_kl_coef_changes_training_from_the_second_update_on(tmp_path: Path) -> None:
    runs = {}
    for name, coef in (("off_a", 0.0), ("off_b", 0.0), ("kl", 5.0)):
        kl_trainer(tmp_path / name, coef).fit()
        runs[name] = logged(tmp_path / name)
    assert runs["off_a"] == runs["off_b"]  # same seed and settings: identical
    assert all("loss.kl" not in step for step in runs["off_a"])  # no reference without KL
    off, kl = runs["off_a"], runs["kl"]
    # first update: the policy is its own reference, KL and its gradient are exactly 0
    assert kl[0]["loss.kl"] == 0.0
    assert {k: v for k, v in kl[0].items() if k != "loss.kl"} == off[0]
    # second update: the penalty pulls towards the reference, and the runs part
    assert kl[1]["loss.kl"] > 0 and kl[1]["loss.policy"] != off[1]["loss.policy"]
    assert kl[2] != {**off[2], "loss.kl": kl[2]["loss.kl"]}


def test_the_reference_is_frozen_and_scored_once_per_step(tmp_path: Path) -> None:
    trainer = kl_trainer(tmp_path, 1.0, steps=2, updates_per_step=3)
    assert trainer.reference is not None and not any(
        p.requires_grad for p in trainer.reference.parameters())
    initial = [p.detach().clone() for p in trainer.reference.parameters()]
    calls = []
    trainer.reference.register_forward_hook(lambda *_: calls.append(1))
    trainer.fit()
    assert len(calls) == 2  # one forward per step for the rollout, not one per update epoch
    assert all(torch.equal(a, b) for a, b in zip(initial, trainer.reference.parameters()))
    assert any(not torch.equal(a, b) for a, b in zip(initial, trainer.model.parameters()))


def test_lora_uses_the_model_with_adapters_disabled_as_reference(tmp_path: Path) -> None:
    trainer = kl_trainer(tmp_path, 5.0, lora_rank=4)
    assert trainer.reference is None  # no second copy of the weights
    trainer.fit()
    steps = logged(tmp_path)
    assert steps[0]["loss.kl"] == 0.0 and steps[1]["loss.kl"] > 0


def test_a_negative_kl_coef_is_refused() -> None:
    with pytest.raises(ValueError, match="trainer.kl_coef"):
        TrainerConfig(kl_coef=-0.1)
