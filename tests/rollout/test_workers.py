"""Environments in worker processes: the same rollouts as in-process, and failures that lose
only their episodes (an env that raises, a worker killed mid-step or segfaulting, an env that
hangs past the timeout)."""

from __future__ import annotations

import functools
import os
import signal
import threading
import time
from pathlib import Path

import pytest
import torch

from creditkit.models.policy import load_policy, load_tokenizer
from creditkit.models.settings import PolicyConfig
from creditkit.rollout import (
    AgentLoop,
    HFEngine,
    LocalPool,
    Rollout,
    RolloutConfig,
    Sampling,
    WorkerPool,
)
from creditkit.rollout import env_pool as make_pool
from creditkit_envs.maze import MazeEnv
from tests.rollout.faulty_env import FaultyMaze
from tests.rollout.test_agent_loop import ScriptedEngine


def same_rollouts(a: Rollout, b: Rollout) -> None:
    for name in ("rewards", "episode_ids", "group_ids", "anchor_ids", "valid", "dones"):
        assert torch.equal(getattr(a.steps, name), getattr(b.steps, name)), name
    for name in ("token_ids", "loss_mask", "token_step_ids", "old_logprobs"):
        assert torch.equal(getattr(a.tokens, name), getattr(b.tokens, name)), name
    assert a.episodes == b.episodes


@pytest.fixture(scope="module")
def tokenizer(tiny_model_dir: Path):  # noqa: ANN201
    return load_tokenizer(tiny_model_dir)


def north(tokenizer) -> ScriptedEngine:  # noqa: ANN001
    return ScriptedEngine(tokenizer("north", add_special_tokens=False)["input_ids"])


@pytest.mark.parametrize("waves", [1, 2])
def test_two_workers_play_exactly_as_in_process(tiny_model_dir: Path, tokenizer,  # noqa: ANN001
                                                waves: int) -> None:
    engine = HFEngine(load_policy(str(tiny_model_dir), PolicyConfig()), tokenizer)
    factory = functools.partial(MazeEnv, size=3, num_layouts=3, max_steps=6)
    results = []
    for pool in (LocalPool(factory), WorkerPool(factory, workers=2)):
        loop = AgentLoop(pool, engine, tokenizer,
                         RolloutConfig(group_size=3, history=1, waves=waves))
        torch.manual_seed(0)
        rollouts = [loop.collect([0, 1, 2], Sampling(max_new_tokens=3)) for _ in range(2)]
        pool.close()
        results.append(rollouts)
    for local, workers in zip(*results, strict=True):
        same_rollouts(local, workers)
    assert results[0][0].steps.num_rows > 9  # episodes were played, not lost


def test_waves_alternate_generation_batches(tokenizer) -> None:  # noqa: ANN001
    engine = north(tokenizer)
    loop = AgentLoop(functools.partial(MazeEnv, size=3, max_steps=3), engine, tokenizer,
                     RolloutConfig(group_size=4, waves=2, history=2))
    rollout = loop.collect([0, 1], Sampling())
    assert engine.calls == [4, 4] * 3  # two waves of 4 episodes, three turns each
    assert rollout.steps.num_rows == 8 * 3


def test_an_env_that_raises_on_one_seed_loses_that_group(tokenizer) -> None:  # noqa: ANN001
    pool = WorkerPool(functools.partial(FaultyMaze, raise_on_seed=1), workers=2)
    loop = AgentLoop(pool, north(tokenizer), tokenizer, RolloutConfig(group_size=2, history=2))
    rollout = loop.collect([0, 1, 2], Sampling())
    assert rollout.dropped_episodes == 2 and len(rollout.episodes) == 4
    assert rollout.steps.group_ids.unique().tolist() == [0, 1]  # seeds 0 and 2, renumbered
    assert [seed for seed, _ in rollout.env_failures] == [1, 1]
    assert {f.kind for _, f in rollout.env_failures} == {"raised"}
    assert "reset fails for seed 1" in rollout.env_failures[0][1].error
    # the worker survived, and the slot's next episode gets a fresh env
    pids = pool.process_ids()
    again = loop.collect([0, 2], Sampling())
    assert again.dropped_episodes == 0 and pool.process_ids() == pids
    pool.close()


def test_a_worker_killed_mid_step_loses_its_episodes_and_restarts(tokenizer,  # noqa: ANN001
                                                                   tmp_path: Path) -> None:
    mark = tmp_path / "pid"
    pool = WorkerPool(functools.partial(FaultyMaze, mark_on_seed=5, mark_file=str(mark)),
                      workers=2)
    loop = AgentLoop(pool, north(tokenizer), tokenizer, RolloutConfig(group_size=1, history=2))

    def kill_when_marked() -> None:
        while not mark.exists() or not mark.read_text():
            time.sleep(0.02)
        os.kill(int(mark.read_text()), signal.SIGKILL)

    killer = threading.Thread(target=kill_when_marked)
    killer.start()
    # 4 episodes: slots 0, 2 in worker 0 and 1, 3 in worker 1; seed 5 plays in slot 1
    rollout = loop.collect([0, 5, 2, 3], Sampling())
    killer.join()
    assert [(seed, f.kind) for seed, f in rollout.env_failures] == [(5, "died"), (3, "died")]
    assert "killed by SIGKILL" in rollout.env_failures[0][1].error
    assert rollout.dropped_episodes == 2 and len(rollout.episodes) == 2
    assert pool.restarts == 1 and pool.process_ids()[1] is None
    mark.unlink()
    again = loop.collect([0, 1, 2, 3], Sampling())  # worker 1 started again
    assert again.dropped_episodes == 0 and pool.process_ids()[1] is not None
    pool.close()


def test_a_segfault_is_a_worker_that_died(tokenizer) -> None:  # noqa: ANN001
    pool = WorkerPool(functools.partial(FaultyMaze, crash_on_seed=7), workers=2)
    loop = AgentLoop(pool, north(tokenizer), tokenizer, RolloutConfig(group_size=1, history=2))
    rollout = loop.collect([7, 8, 9], Sampling())
    assert [(seed, f.kind) for seed, f in rollout.env_failures] == [(7, "died"), (9, "died")]
    assert "SIGSEGV" in rollout.env_failures[0][1].error
    assert len(rollout.episodes) == 1  # seed 8, in the other worker
    pool.close()


def test_an_env_that_hangs_is_killed_after_the_timeout(tokenizer) -> None:  # noqa: ANN001
    pool = WorkerPool(functools.partial(FaultyMaze, hang_on_seed=3), workers=2, timeout_s=3.0)
    loop = AgentLoop(pool, north(tokenizer), tokenizer, RolloutConfig(group_size=1, history=2))
    start = time.monotonic()
    # seed 3 plays in slot 0 (worker 0), with seed 5 (slot 2): worker 0 hangs and is killed
    rollout = loop.collect([3, 4, 5, 6], Sampling())
    assert time.monotonic() - start < 30
    assert [(seed, f.kind) for seed, f in rollout.env_failures] == [(3, "timeout"),
                                                                     (5, "timeout")]
    assert "rollout.env_timeout_s" in rollout.env_failures[0][1].error
    assert rollout.dropped_episodes == 2 and len(rollout.episodes) == 2
    assert pool.restarts == 1
    again = loop.collect([4, 5], Sampling())
    assert again.dropped_episodes == 0 and len(again.episodes) == 2
    pool.close()


@pytest.mark.parametrize(("rule", "kept"), [("drop", 3), ("keep", 5)])
def test_a_group_that_lost_an_episode(tokenizer, rule: str, kept: int) -> None:  # noqa: ANN001
    FaultyMaze._first_resets.clear()
    loop = AgentLoop(functools.partial(FaultyMaze, raise_first_reset=1), north(tokenizer),
                     tokenizer, RolloutConfig(group_size=3, partial_groups=rule,  # type: ignore[arg-type]
                                                history=2))
    rollout = loop.collect([0, 1], Sampling())
    assert len(rollout.env_failures) == 1  # in-process: the first instance to reset seed 1
    assert len(rollout.episodes) == kept and rollout.dropped_episodes == 6 - kept
    assert rollout.steps.group_ids.bincount().tolist() == ([12] if rule == "drop" else [12, 8])


def test_a_worker_that_can_never_build_its_envs_raises(tokenizer) -> None:  # noqa: ANN001
    pool = WorkerPool(functools.partial(FaultyMaze, exit_on_build=True), workers=1)
    loop = AgentLoop(pool, north(tokenizer), tokenizer, RolloutConfig(group_size=1, history=2))
    assert loop.collect([0], Sampling()).env_failures[0][1].kind == "died"
    with pytest.raises(RuntimeError, match="died twice before answering anything"):
        loop.collect([0], Sampling())


def test_a_fresh_worker_killed_twice_loses_episodes_not_the_run(tokenizer) -> None:  # noqa: ANN001
    # killed from outside (SIGKILL) while it builds its env, before answering anything, twice
    # in a row: that says nothing about the env factory, so no "cannot run in a worker"
    pool = WorkerPool(functools.partial(FaultyMaze, build_delay_s=2.0), workers=1)
    loop = AgentLoop(pool, north(tokenizer), tokenizer, RolloutConfig(group_size=1, history=2))

    def kill_the_fresh_worker() -> None:
        while (pid := pool.process_ids()[0]) is None:
            time.sleep(0.02)
        time.sleep(0.5)  # started, building its env
        os.kill(pid, signal.SIGKILL)

    for _ in range(2):
        killer = threading.Thread(target=kill_the_fresh_worker)
        killer.start()
        rollout = loop.collect([0], Sampling())
        killer.join()
        assert [failure.kind for _, failure in rollout.env_failures] == ["died"]
        assert "killed by SIGKILL" in rollout.env_failures[0][1].error
    assert loop.collect([0], Sampling()).env_failures == []  # the third start works
    pool.close()


def test_bad_settings_name_the_key() -> None:
    with pytest.raises(TypeError, match="rollout.env_workers > 0 needs a picklable env"):
        make_pool(lambda: MazeEnv(), RolloutConfig(env_workers=2))
    with pytest.raises(ValueError, match="rollout.env_timeout_s .*needs rollout.env_workers"):
        RolloutConfig(env_workers=0, env_timeout_s=5.0)
    with pytest.raises(ValueError, match="rollout.env_workers=-1: must be >= 0"):
        RolloutConfig(env_workers=-1)
    with pytest.raises(ValueError, match="rollout.waves=0: must be >= 1"):
        RolloutConfig(waves=0)
    with pytest.raises(TypeError, match="settings must be a RolloutConfig"):
        AgentLoop(MazeEnv, None, None, 2)  # type: ignore[arg-type]
    assert isinstance(make_pool(MazeEnv, RolloutConfig()), LocalPool)
