"""Every trainer and rollout setting changes what it says: micro-batching, update epochs,
weight decay, gradient clipping, greedy evaluation, anchor matching."""

from __future__ import annotations

import functools
from collections.abc import Hashable
from pathlib import Path

import pytest
import torch

from creditkit import Compose
from creditkit.env import Observation
from creditkit.models.settings import PolicyConfig, TinyModelConfig
from creditkit.rollout.settings import RolloutConfig
from creditkit.train.settings import TrainerConfig
from creditkit.train.trainer import Trainer
from creditkit_envs.maze import MazeEnv
from tests.trainer.test_options import small_trainer

POLICY = PolicyConfig(tiny=TinyModelConfig(format_warmup_steps=5))


def trainer(tmp_path: Path, env: object = None, rollout: RolloutConfig | None = None,
            **settings: object) -> Trainer:
    return small_trainer(tmp_path, POLICY, env=env, rollout=rollout, **settings)


def parameters(run: Trainer) -> list[torch.Tensor]:
    return [p.detach().clone() for p in run.model.parameters()]


def fit(run: Trainer) -> dict[str, float]:
    """Train with the sampler's random state fixed, so two runs roll out the same episodes."""
    torch.manual_seed(0)
    return run.fit()


def test_micro_batching_changes_neither_the_gradient_nor_the_logged_loss(tmp_path: Path) -> None:
    whole = trainer(tmp_path / "whole", micro_batch_size=256)
    split = trainer(tmp_path / "split", micro_batch_size=5)  # 24 rows: 5 micro-batches
    first, second = fit(whole), fit(split)
    assert second["loss.policy"] == pytest.approx(first["loss.policy"], rel=1e-5, abs=1e-7)
    assert second["loss.grad_norm"] == pytest.approx(first["loss.grad_norm"], rel=1e-4)
    assert second["loss.clip_fraction"] == pytest.approx(first["loss.clip_fraction"], abs=1e-6)


def test_updates_per_step_makes_more_optimizer_steps(tmp_path: Path) -> None:
    once, twice = trainer(tmp_path / "one"), trainer(tmp_path / "two", updates_per_step=2)
    start = parameters(once)
    assert all(torch.equal(a, b) for a, b in zip(start, parameters(twice), strict=True))
    fit(once)
    metrics = fit(twice)

    def distance(run: Trainer) -> float:
        return float(sum(((p - q) ** 2).sum() for p, q in zip(parameters(run), start,
                                                                strict=True)).sqrt())

    assert distance(twice) > 1.2 * distance(once)
    assert metrics["loss.approx_kl_old"] > 0  # the second pass sees a moved policy


def test_weight_decay_is_decoupled_and_applied(tmp_path: Path) -> None:
    plain, decayed = trainer(tmp_path / "plain"), trainer(tmp_path / "wd", weight_decay=0.5)
    start = parameters(plain)
    fit(plain)
    fit(decayed)
    # AdamW: theta <- theta (1 - lr wd) - lr u, with the same u on the same rollout
    for p0, p, q in zip(start, parameters(plain), parameters(decayed), strict=True):
        torch.testing.assert_close(q - p, -1e-2 * 0.5 * p0, rtol=0, atol=2e-6)


def test_max_grad_norm_clips_the_gradient_the_optimizer_sees(tmp_path: Path) -> None:
    run = trainer(tmp_path, max_grad_norm=1e-3)
    norms: list[float] = []
    step = run.optimizer.step

    def recording(*args: object, **kwargs: object) -> object:
        grads = [p.grad for p in run.model.parameters() if p.grad is not None]
        norms.append(float(torch.linalg.vector_norm(torch.stack(
            [torch.linalg.vector_norm(g) for g in grads]))))
        return step(*args, **kwargs)

    run.optimizer.step = recording  # type: ignore[method-assign]
    metrics = run.fit()
    assert metrics["loss.grad_norm"] > 1e-2  # the norm before clipping
    assert norms and norms[0] == pytest.approx(1e-3, rel=1e-3)


class RecordingMaze(MazeEnv):
    """The maze, recording every instance's actions (to compare the episodes of a seed)."""

    played: list[list[str]] = []

    def reset(self, *, seed: int, task: str | None = None) -> Observation:
        self.actions: list[str] = []
        RecordingMaze.played.append(self.actions)
        return super().reset(seed=seed, task=task)

    def step(self, action: str):  # type: ignore[no-untyped-def]
        self.actions.append(action)
        return super().step(action)


def test_greedy_evaluation_plays_every_episode_of_a_seed_alike(tmp_path: Path) -> None:
    def episodes(greedy: bool) -> set[tuple[str, ...]]:
        run = trainer(tmp_path / str(greedy), env=functools.partial(RecordingMaze, max_steps=6),
                      eval_greedy=greedy)
        RecordingMaze.played = []
        run.evaluate_outcomes([0], 6)
        return {tuple(actions) for actions in RecordingMaze.played}

    assert len(episodes(True)) == 1  # six identical episodes
    assert len(episodes(False)) > 1  # sampling tells them apart


class CasedMaze(MazeEnv):
    """The maze with anchor keys written in a different case by every other instance."""

    count = 0

    def __init__(self) -> None:
        super().__init__(max_steps=3)
        self.upper = CasedMaze.count % 2 == 1
        CasedMaze.count += 1

    def anchor_key(self, observation: Observation) -> Hashable:
        text = f"room {observation.info['room']} key {observation.info['has_key']}"
        return text.upper() if self.upper else text


def test_rollout_anchor_mode_decides_which_turns_share_a_step_group(tmp_path: Path) -> None:
    def anchors(mode: str) -> int:
        CasedMaze.count = 0
        run = trainer(tmp_path / mode, env=CasedMaze,
                      rollout=RolloutConfig(groups_per_step=1, group_size=4, anchor_mode=mode))
        return int(run.collect(0).steps.anchor_ids.unique().numel())  # type: ignore[union-attr]

    exact, normalized = anchors("exact"), anchors("normalized")
    assert normalized < exact  # case-folding merges the two spellings of each state


def test_resuming_with_a_changed_setting_applies_it_or_refuses_it(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture
                                                                   ) -> None:
    from creditkit import GRPO, NIW, GiGPO

    def run(estimator: object, **settings: object) -> Trainer:
        options = {"steps": 2, "eval_every": 0, "save_every": 1, "lr": 5e-4, **settings}
        return Trainer(functools.partial(MazeEnv, max_steps=3), estimator, Compose(), POLICY,
                       RolloutConfig(groups_per_step=2, group_size=4),
                       TrainerConfig(**options),  # type: ignore[arg-type]
                       output_dir=tmp_path, resume=True, show_progress=False)

    first = run(GiGPO(step_estimator=NIW()), steps=1)
    first.fit()
    assert first.optimizer.param_groups[0]["lr"] == 5e-4
    changed = run(GiGPO(step_estimator=NIW()), lr=0.01)
    assert changed.restore_latest() == 1
    assert changed.resume_changes == {"trainer.lr": (5e-4, 0.01), "trainer.steps": (1, 2)}
    assert all(group["lr"] == 0.01 for group in changed.optimizer.param_groups)  # not 5e-4
    assert "trainer.lr changed 0.0005 -> 0.01" in capsys.readouterr().err
    with pytest.raises(ValueError, match=r"estimator\._type: 'GiGPO' in the checkpoint, now "
                                         r"'GRPO'") as refused:
        run(GRPO()).restore_latest()  # before issue 14: KeyError: 'step_estimator'
    assert "new output_dir" in str(refused.value)
    with pytest.raises(ValueError, match=r"estimator\.step_estimator\.prior_decay: 0\.0 in the "
                                         r"checkpoint, now 0\.5"):
        run(GiGPO(step_estimator=NIW(prior_decay=0.5))).restore_latest()


def test_memory_settings_apply_on_resume_while_other_policy_changes_are_refused() -> None:
    from creditkit.train.resume import compare_settings

    saved = {"policy.lora_rank": 0, "trainer.lr": 1.0}  # a checkpoint from before issue 15
    current = {"policy.lora_rank": 0, "policy.gradient_checkpointing": True,
               "policy.attn_implementation": "sdpa", "trainer.lr": 1.0}
    applied, refused = compare_settings(saved, current)
    assert refused == {} and applied == {"policy.attn_implementation": (None, "sdpa"),
                                         "policy.gradient_checkpointing": (None, True)}
    _, refused = compare_settings(saved, {**current, "policy.lora_rank": 8})
    assert refused == {"policy.lora_rank": (0, 8)}


@pytest.mark.parametrize("named", [False, True])
def test_a_checkpoint_from_before_policy_tiny_resumes(named: bool) -> None:
    """Checkpoints written before issue 34 record the tiny model's settings as flat
    ``policy.<name>`` keys (a named model's too, though they built nothing)."""
    from creditkit import GRPO
    from creditkit.train.resume import TINY_FIELDS, compare_settings, run_settings, upgrade_settings

    policy = (PolicyConfig(name_or_path="org/model") if named else
              PolicyConfig(tiny=TinyModelConfig(hidden_size=32, format_warmup_steps=5)))
    current = run_settings(TrainerConfig(), RolloutConfig(), policy, GRPO(), Compose())
    tiny = policy.tiny or TinyModelConfig()
    old = {key: value for key, value in current.items() if not key.startswith("policy.tiny")}
    old.update({f"policy.{name}": getattr(tiny, name) for name in TINY_FIELDS})
    assert upgrade_settings(old) == current
    assert compare_settings(upgrade_settings(old), current) == ({}, {})
    assert upgrade_settings(current) == current  # today's layout passes unchanged
