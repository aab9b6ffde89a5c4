"""Trainer options that change how the model is updated: LoRA adapters, bf16 autocast."""

from __future__ import annotations

import functools
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


def small_trainer(tmp_path: Path, policy: PolicyConfig, env: object = None,
                  estimator: object = alternating, rollout: RolloutConfig | None = None,
                  engine: object = None, **trainer: object) -> Trainer:
    """One step of the 3-turn maze (2 groups of 4) with ``trainer`` settings over small
    defaults (and a rollout ``engine`` factory: None for HF)."""
    settings = {"steps": 1, "eval_every": 0, "save_every": 0, "lr": 1e-2, **trainer}
    return Trainer(env or functools.partial(MazeEnv, max_steps=3), estimator,  # type: ignore
                   Compose(), policy, rollout or RolloutConfig(groups_per_step=2, group_size=4),
                   TrainerConfig(**settings),  # type: ignore[arg-type]
                   output_dir=tmp_path, resume=False, show_progress=False,
                   engine=engine)  # type: ignore[arg-type]


def test_lora_trains_only_the_adapters(tmp_path: Path) -> None:
    trainer = small_trainer(tmp_path, PolicyConfig(tiny=TinyModelConfig(format_warmup_steps=5),
                                                   lora_rank=4))
    named = dict(trainer.accelerator.unwrap_model(trainer.model).named_parameters())
    trainable = {name for name, p in named.items() if p.requires_grad}
    assert trainable and all("lora_" in name for name in trainable)
    before = {name: p.detach().clone() for name, p in named.items()}
    trainer.fit()
    changed = {name for name, p in named.items() if not torch.equal(p, before[name])}
    assert changed and changed <= trainable


def test_bf16_autocast_runs_and_updates(tmp_path: Path) -> None:
    trainer = small_trainer(tmp_path, PolicyConfig(tiny=TinyModelConfig(format_warmup_steps=5)),
                            mixed_precision="bf16")
    before = [p.detach().clone() for p in trainer.model.parameters()]
    dtypes: list[torch.dtype] = []
    linear = next(m for m in trainer.model.modules() if isinstance(m, torch.nn.Linear))
    hook = linear.register_forward_hook(lambda module, args, out: dtypes.append(out.dtype))
    metrics = trainer.fit()
    hook.remove()
    # the update's forward passes ran under bf16 autocast (in fp32 this list would hold only
    # float32), while the weights themselves stay fp32
    assert torch.bfloat16 in dtypes
    assert all(p.dtype == torch.float32 for p in trainer.model.parameters())
    assert all(torch.isfinite(torch.tensor(v)) for v in metrics.values())
    assert any(not torch.equal(a, b) for a, b in zip(before, trainer.model.parameters()))


def test_no_signal_means_no_update(tmp_path: Path) -> None:
    trainer = small_trainer(tmp_path, PolicyConfig(tiny=TinyModelConfig(format_warmup_steps=5)),
                            estimator=lambda steps: torch.zeros(steps.num_rows),
                            rollout=RolloutConfig(groups_per_step=2, group_size=2), steps=2)
    before = [p.detach().clone() for p in trainer.model.parameters()]
    metrics = trainer.fit()
    assert metrics["loss.skipped"] == 1.0
    assert all(torch.equal(a, b) for a, b in zip(before, trainer.model.parameters()))


class UnscoredMaze(MazeEnv):
    """Every episode ends unscored (as when the judge never answers validly)."""

    def step(self, action: str):  # type: ignore[no-untyped-def]
        result = super().step(action)
        if result.done:
            result.info["scored"] = False
        return result


def test_unscored_episodes_never_train(tmp_path: Path) -> None:
    seen: list[int] = []

    def recording(steps: StepBatch) -> torch.Tensor:
        seen.append(steps.num_rows)
        return alternating(steps)

    trainer = small_trainer(tmp_path, PolicyConfig(tiny=TinyModelConfig(format_warmup_steps=5)),
                            env=functools.partial(UnscoredMaze, max_steps=3),
                            estimator=recording)
    before = [p.detach().clone() for p in trainer.model.parameters()]
    metrics = trainer.fit()
    assert seen == []  # the estimator never saw a row of an unscored episode
    assert metrics["rollout.unscored_episodes"] == 8.0 and metrics["loss.skipped"] == 1.0
    assert metrics["train.turns"] == 0.0
    assert all(torch.equal(a, b) for a, b in zip(before, trainer.model.parameters()))


@pytest.mark.parametrize("lora_rank", [0, 4], ids=["full", "lora"])
def test_the_saved_policy_loads_as_the_trained_model(tmp_path: Path, lora_rank: int) -> None:
    """Trainer.save_policy: a model folder from_pretrained loads, computing what the trained
    model computes (LoRA adapters merged into the saved weights)."""
    from transformers import AutoModelForCausalLM

    trainer = small_trainer(tmp_path, PolicyConfig(tiny=TinyModelConfig(format_warmup_steps=5),
                                                   lora_rank=lora_rank))
    trainer.fit()
    folder = trainer.save_policy(tmp_path / "final")
    loaded = AutoModelForCausalLM.from_pretrained(folder)
    assert not hasattr(loaded, "peft_config")
    ids = torch.tensor([trainer.tokenizer("Now: a room").input_ids])
    trained = trainer.accelerator.unwrap_model(trainer.model)
    with torch.no_grad():
        torch.testing.assert_close(loaded(ids).logits, trained(ids).logits, atol=1e-5, rtol=0)
    assert (folder / "tokenizer.json").exists()
    assert any("lora_" in n for n, _ in trained.named_parameters()) == (lora_rank > 0)


def test_loss_policy_is_the_full_batch_loss_under_several_processes() -> None:
    # two processes with the same 4 tokens: each normalises by its share of the global count
    # (8 / 2 = 4), so each process's loss is the full batch's; the logged sum over processes
    # must be divided by their number (it was logged 2x too large)
    from types import SimpleNamespace

    from creditkit.loss import policy_loss
    from creditkit.train.update import PolicyUpdate

    generator = torch.Generator().manual_seed(0)
    logprobs, old = torch.randn(2, 2, generator=generator), torch.randn(2, 2, generator=generator)
    advantages, mask = torch.randn(2, 2, generator=generator), torch.ones(2, 2, dtype=torch.bool)
    each = policy_loss(logprobs, old, advantages, mask, num_tokens=4.0)
    full = policy_loss(torch.cat([logprobs] * 2), torch.cat([old] * 2),
                       torch.cat([advantages] * 2), torch.cat([mask] * 2))
    processes = SimpleNamespace(num_processes=2, device="cpu",
                                reduce=lambda tensor, reduction: tensor * 2)
    update = SimpleNamespace(accelerator=processes, config=TrainerConfig())
    summary = PolicyUpdate._loss_summary(update, [  # type: ignore[arg-type]
        {"policy": float(each.loss), "tokens": 4.0, **each.metrics}])
    assert summary["loss.policy"] == pytest.approx(float(full.loss))
    assert summary["loss.clip_fraction"] == pytest.approx(full.metrics["clip_fraction"])
