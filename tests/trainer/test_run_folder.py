"""The run folder's rules: one writer, clean restarts, resumes that survive torn and damaged
files, and a resume that refuses another environment or seed."""

from __future__ import annotations

import functools
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import torch

from creditkit import Compose
from creditkit.models.settings import PolicyConfig
from creditkit.rollout.settings import RolloutConfig
from creditkit.train.run_folder import (
    RunFolderInUse,
    default_run_name,
    lock_run_folder,
    release_run_folder,
)
from creditkit.train.settings import TrainerConfig
from creditkit.train.trainer import Trainer
from creditkit_envs.maze import MazeEnv
from tests.trainer.test_options import alternating

BIN = Path(sys.executable).parent
SMALL = ["trainer.steps=3", "trainer.save_every=1", "trainer.eval_every=0",
         "rollout.groups_per_step=2", "rollout.group_size=2", "env.max_steps=3",
         "policy.tiny.format_warmup_steps=5", "policy.tiny.corpus_episodes=20", "progress=false"]


def trainer_at(folder: Path, model: Path, steps: int, resume: bool = True,
               replace: bool = False, seed: int = 0, max_steps: int = 3,
               **settings: object) -> Trainer:
    """A small maze trainer on ``folder`` that checkpoints every step (``settings``: more
    trainer settings)."""
    return Trainer(functools.partial(MazeEnv, max_steps=max_steps), alternating, Compose(),
                   PolicyConfig(name_or_path=str(model)),
                   RolloutConfig(groups_per_step=2, group_size=2),
                   TrainerConfig(**{"steps": steps, "eval_every": 0, "save_every": 1,
                                    "keep_checkpoints": 3, "lr": 1e-2,
                                    **settings}),  # type: ignore[arg-type]
                   output_dir=folder, seed=seed, resume=resume, replace=replace,
                   show_progress=False)


def fitted(folder: Path, model: Path, steps: int, **options: object) -> Trainer:
    trainer = trainer_at(folder, model, steps, **options)  # type: ignore[arg-type]
    trainer.fit()
    trainer.close()
    return trainer


def parameters(trainer: Trainer) -> list[torch.Tensor]:
    return [p.detach().clone() for p in trainer.model.parameters()]


def steps_logged(folder: Path) -> list[int]:
    return [json.loads(line)["step"] for line in (folder / "metrics.jsonl").read_text()
            .splitlines()]


def test_a_second_trainer_on_a_live_run_folder_is_refused(tmp_path: Path) -> None:
    run = tmp_path / "run"
    first = subprocess.Popen([str(BIN / "creditkit-train"), *SMALL, "trainer.steps=100000",
                              f"output_dir={run}"], stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        while not (run / "metrics.jsonl").exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        second = subprocess.run([str(BIN / "creditkit-train"), *SMALL, "seed=1",
                                 f"output_dir={run}"], capture_output=True, text=True,
                                timeout=300)
        assert first.poll() is None  # the first run is still training
    finally:
        first.kill()
        first.wait()
    assert second.returncode != 0
    assert f"output_dir {run} is in use by another creditkit run (pid {first.pid}" in \
        second.stderr
    logged = steps_logged(run)  # each step once: the second run wrote nothing
    assert logged == list(range(1, len(logged) + 1))
    saved = (run / "hydra" / "config.yaml").read_text()
    assert "seed: 0" in saved  # the first run's record, not overwritten


def test_a_killed_holder_leaves_no_stale_lock(tmp_path: Path) -> None:
    code = ("import sys, time; from creditkit.train.run_folder import lock_run_folder; "
            "lock_run_folder(sys.argv[1]); print('held', flush=True); time.sleep(600)")
    holder = subprocess.Popen([sys.executable, "-c", code, str(tmp_path)],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    with pytest.raises(RunFolderInUse, match=rf"{tmp_path} is in use .*pid {holder.pid} on "):
        lock_run_folder(tmp_path)
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert lock_run_folder(tmp_path) == tmp_path  # the OS dropped the dead process's lock
    assert lock_run_folder(tmp_path) == tmp_path  # a second trainer of this process shares it
    assert json.loads((tmp_path / ".creditkit.holder.json").read_text())["pid"] == os.getpid()
    release_run_folder(tmp_path)


def _names(environment: dict[str, str], count: int) -> list[str]:
    code = "from creditkit.train.run_folder import default_run_name; print(default_run_name())"
    children = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                                 text=True, env={**os.environ, **environment})
                for _ in range(count)]
    return [child.communicate(timeout=120)[0].strip() for child in children]


def test_default_run_folders_never_collide_and_ranks_of_one_launch_agree() -> None:
    alone = _names({}, 2)  # two runs launched in the same second
    assert alone[0] != alone[1]
    ranks = _names({"LOCAL_RANK": "0", "WORLD_SIZE": "2", "LOCAL_WORLD_SIZE": "2"}, 2)
    assert ranks[0] == ranks[1] == default_run_name()  # their launcher: this process
    assert ranks[0].endswith(f"_{os.getpid()}")
    from creditkit.app.compose import compose

    assert compose([]).output_dir == f"runs/{default_run_name()}"
    with pytest.raises(subprocess.CalledProcessError):
        subprocess.run([sys.executable, "-c", "from creditkit.train.run_folder import "
                        "default_run_name; default_run_name()"], check=True,
                       capture_output=True, env={**os.environ, "LOCAL_RANK": "0",
                                                 "WORLD_SIZE": "4", "LOCAL_WORLD_SIZE": "2"})


def test_resume_false_refuses_an_old_run_and_replace_starts_clean(
        tiny_model_dir: Path, tmp_path: Path) -> None:
    fitted(tmp_path, tiny_model_dir, steps=3)  # checkpoints 1, 2, 3
    with pytest.raises(FileExistsError, match=rf"output_dir {tmp_path} already holds a run "
                                              r"\(checkpoints/.*replace=true"):
        trainer_at(tmp_path, tiny_model_dir, steps=1, resume=False)
    fitted(tmp_path, tiny_model_dir, steps=2, resume=False, replace=True, seed=5)
    # the old run's step-3 checkpoint would have outranked the new run's (and pruning by name
    # would have deleted the new ones): only the new run's files are left
    assert sorted(p.name for p in (tmp_path / "checkpoints").iterdir()) == [
        "step-000001", "step-000002"]
    assert steps_logged(tmp_path) == [1, 2]
    state = json.loads((tmp_path / "checkpoints" / "step-000002" / "trainer_state.json")
                       .read_text())
    assert state["settings"]["seed"] == 5
    with pytest.raises(ValueError, match="replace=true .* needs resume=false"):
        trainer_at(tmp_path, tiny_model_dir, steps=2, resume=True, replace=True)


def test_resume_refuses_another_seed_or_environment(tiny_model_dir: Path,
                                                    tmp_path: Path) -> None:
    fitted(tmp_path, tiny_model_dir, steps=1)
    with pytest.raises(ValueError, match=r"(?s)seed: 0 in the checkpoint, now 3"):
        trainer_at(tmp_path, tiny_model_dir, steps=2, seed=3).restore_latest()
    with pytest.raises(ValueError, match=r"(?s)env.max_steps: 3 in the checkpoint, now 5"):
        trainer_at(tmp_path, tiny_model_dir, steps=2, max_steps=5).restore_latest()
    assert trainer_at(tmp_path, tiny_model_dir, steps=2).restore_latest() == 1


def test_a_torn_metrics_line_and_a_kill_before_the_first_checkpoint_resume(
        tiny_model_dir: Path, tmp_path: Path) -> None:
    fitted(tmp_path, tiny_model_dir, steps=2)
    with (tmp_path / "metrics.jsonl").open("a") as handle:
        handle.write('{"step": 3, "train.succ')  # the disk filled up mid-line
    fitted(tmp_path, tiny_model_dir, steps=3)
    assert steps_logged(tmp_path) == [1, 2, 3]
    fresh = tmp_path / "fresh"  # killed after the step-0 evaluation, before any checkpoint
    fresh.mkdir()
    (fresh / "metrics.jsonl").write_text('{"step": 0, "eval.success": 0.5}\n')
    fitted(fresh, tiny_model_dir, steps=1, eval_every=1, eval_seeds=(0,), eval_group_size=1)
    assert steps_logged(fresh) == [0, 1]  # step 0 once


def test_a_damaged_checkpoint_falls_back_to_the_previous_one(tiny_model_dir: Path,
                                                             tmp_path: Path,
                                                             capsys: pytest.CaptureFixture
                                                             ) -> None:
    reference = parameters(fitted(tmp_path / "whole", tiny_model_dir, steps=3))
    run = tmp_path / "damaged"
    fitted(run, tiny_model_dir, steps=2)
    rng = run / "checkpoints" / "step-000002" / "random_states_0.pkl"
    rng.write_bytes(b"not a pickle")  # Accelerate would skip it with an INFO log
    capsys.readouterr()
    resumed = fitted(run, tiny_model_dir, steps=3)
    printed = capsys.readouterr().err
    assert f"damaged checkpoint: {rng}" in printed
    assert "falling back to the previous complete checkpoint" in printed
    assert "step-000001 (1 of 3 steps done)" in printed
    # resumed from step 1, it ends exactly where the uninterrupted run did
    assert all(torch.equal(a, b) for a, b in zip(parameters(resumed), reference, strict=True))


@pytest.mark.parametrize("manifest", [True, False])
@pytest.mark.parametrize(("name", "damage"), [
    ("trainer_state.json", b"{not json"), ("model.safetensors", b"\x00" * 64),
    ("optimizer.bin", b"garbage"), ("rank_state_0.pt", b"garbage")])
def test_every_damaged_file_is_named_and_no_checkpoint_left_stops(
        tiny_model_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture, name: str,
        damage: bytes, manifest: bool) -> None:
    fitted(tmp_path, tiny_model_dir, steps=1)
    checkpoint = tmp_path / "checkpoints" / "step-000001"
    (checkpoint / name).write_bytes(damage)
    if not manifest:  # a checkpoint from before manifests: the loaders' errors
        (checkpoint / "manifest.json").unlink()
    capsys.readouterr()
    with pytest.raises(RuntimeError, match="every checkpoint in .* is damaged"):
        trainer_at(tmp_path, tiny_model_dir, steps=2).restore_latest()
    printed = capsys.readouterr().err
    named = checkpoint / name if manifest or name.endswith((".json", ".pt")) else checkpoint
    assert f"damaged checkpoint: {named}" in printed and "no earlier checkpoint" in printed


def test_creditkit_eval_refuses_a_run_folder_that_does_not_exist(tmp_path: Path) -> None:
    result = subprocess.run([str(BIN / "creditkit-eval"), *SMALL,
                             f"output_dir={tmp_path / 'typo'}"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode != 0
    assert f"output_dir {tmp_path / 'typo'} holds no run" in result.stderr
    assert not (tmp_path / "typo").exists()  # no tiny policy built and evaluated
    initial = subprocess.run([str(BIN / "creditkit-eval"), *SMALL, "trainer.eval_seeds=[0]",
                              "evaluation.episodes_per_seed=1", "evaluation.initial_policy=true",
                              f"output_dir={tmp_path / 'initial'}"],
                             capture_output=True, text=True, timeout=300)
    assert initial.returncode == 0, initial.stderr[-2000:]
    assert json.loads(initial.stdout[initial.stdout.index("{"):])["checkpoint_step"] == 0
