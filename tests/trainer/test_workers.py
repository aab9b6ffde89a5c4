"""Training with the envs in worker processes: a killed worker, or a step that lost every
episode, never ends the run."""

from __future__ import annotations

import functools
import json
import logging
from pathlib import Path

import pytest

from creditkit.models.settings import PolicyConfig, TinyModelConfig
from creditkit.rollout import WorkerPool
from creditkit.rollout.settings import RolloutConfig
from creditkit.train.metrics import ENV_FAILURES_FILE
from tests.rollout.faulty_env import FaultyMaze
from tests.trainer.test_options import small_trainer

POLICY = PolicyConfig(tiny=TinyModelConfig(format_warmup_steps=2, corpus_episodes=4,
                                           warmup_episodes=2))


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_a_run_in_which_a_worker_is_killed_completes_and_logs_it(tmp_path: Path) -> None:
    env = functools.partial(FaultyMaze, kill_once_file=str(tmp_path / "killed"))
    trainer = small_trainer(tmp_path / "run", POLICY, env=env, steps=3, rollout=RolloutConfig(
        groups_per_step=4, group_size=1, env_workers=2))
    assert isinstance(trainer.env_pool, WorkerPool)
    trainer.fit()
    trainer.close()
    metrics = lines(tmp_path / "run" / "metrics.jsonl")
    assert [m["step"] for m in metrics] == [1, 2, 3]  # every step ran
    # the first step's first env step killed a worker: its 2 episodes (of 4) lost
    assert metrics[0]["rollout.env_failures"] == 2 and metrics[0]["rollout.dropped_episodes"] == 2
    assert metrics[0]["train.turns"] == 2 * 4 and metrics[0]["loss.skipped"] == 0
    assert [m["rollout.dropped_episodes"] for m in metrics[1:]] == [0, 0]  # restarted
    assert metrics[1]["train.turns"] == 4 * 4  # 4-turn episodes (no exit in 4 moves)
    failures = lines(tmp_path / "run" / ENV_FAILURES_FILE)
    assert [(f["step"], f["kind"]) for f in failures] == [(1, "died"), (1, "died")]
    assert "killed by SIGKILL" in failures[0]["error"]


def test_a_step_that_lost_every_episode_is_skipped_with_a_warning(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    env = functools.partial(FaultyMaze, raise_in_workers=True)
    trainer = small_trainer(tmp_path, POLICY, env=env, rollout=RolloutConfig(
        groups_per_step=2, group_size=2, env_workers=1, env_timeout_s=60.0,
        partial_groups="keep"))
    with caplog.at_level(logging.WARNING, logger="creditkit.train.trainer"):
        metrics = trainer.fit()
    trainer.close()
    assert metrics["loss.skipped"] == 1.0 and metrics["rollout.dropped_episodes"] == 4
    assert "step 1 lost every episode: skipped" in caplog.text
    assert "step fails in a worker" in caplog.text  # the error, in the log
    assert len(lines(tmp_path / ENV_FAILURES_FILE)) == 4
