"""A maze that fails on purpose, importable by spawned worker processes (module level)."""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import time
from pathlib import Path

from creditkit.env import Observation, StepResult
from creditkit_envs.maze import MazeEnv


class FaultyMaze(MazeEnv):
    """:class:`MazeEnv` (3x3, 4 turns) with failures keyed by seed.

    Args:
        raise_on_seed: ``reset`` and ``step`` raise for this seed.
        hang_on_seed: ``step`` sleeps forever for this seed.
        crash_on_seed: ``step`` segfaults for this seed.
        mark_on_seed: ``step`` writes this process's id to ``mark_file`` and sleeps 3 s for
            this seed (a test kills the process then).
        kill_once_file: the first ``step`` of ``kill_on_seed`` (or any seed, when None) in any
            process creates this file and SIGKILLs its own process; later steps play normally.
        raise_first_reset: the first env instance of a process to reset with this seed raises
            (one episode of its group is lost, in-process).
        raise_in_workers: ``step`` raises in a worker process (a trainer's own random play, for
            the tiny policy's corpus, still works).
        exit_on_build: the constructor ends its process (a worker that can never build).
        step_delay_s: every step sleeps this long (a slow engine).
        build_delay_s: the constructor sleeps this long in a worker process (a slow build).
    """

    _first_resets: set[int] = set()

    def __init__(self, raise_on_seed: int | None = None, hang_on_seed: int | None = None,
                 crash_on_seed: int | None = None, mark_on_seed: int | None = None,
                 mark_file: str | None = None, kill_once_file: str | None = None,
                 kill_on_seed: int | None = None, raise_first_reset: int | None = None,
                 raise_in_workers: bool = False, exit_on_build: bool = False,
                 step_delay_s: float = 0.0, build_delay_s: float = 0.0,
                 max_steps: int = 4) -> None:
        if exit_on_build:
            os._exit(3)
        if build_delay_s and multiprocessing.parent_process() is not None:
            time.sleep(build_delay_s)
        super().__init__(size=3, max_steps=max_steps)
        self.raise_on_seed, self.hang_on_seed = raise_on_seed, hang_on_seed
        self.crash_on_seed, self.mark_on_seed, self.mark_file = crash_on_seed, mark_on_seed, \
            mark_file
        self.kill_once_file, self.kill_on_seed = kill_once_file, kill_on_seed
        self.raise_first_reset, self.step_delay_s = raise_first_reset, step_delay_s
        self.raise_in_workers = raise_in_workers
        self.seed = -1

    def reset(self, *, seed: int, task: str | None = None) -> Observation:
        self.seed = seed
        if seed == self.raise_on_seed:
            raise ValueError(f"reset fails for seed {seed}")
        if seed == self.raise_first_reset and seed not in FaultyMaze._first_resets:
            FaultyMaze._first_resets.add(seed)
            raise ValueError(f"the first reset of seed {seed} fails")
        return super().reset(seed=seed, task=task)

    def step(self, action: str) -> StepResult:
        if self.step_delay_s:
            time.sleep(self.step_delay_s)
        if self.seed == self.raise_on_seed:
            raise ValueError(f"step fails for seed {self.seed}")
        if self.seed == self.hang_on_seed:
            while True:
                time.sleep(60)
        if self.seed == self.crash_on_seed:
            ctypes.string_at(0)  # a segfault, as in a C extension
        if self.seed == self.mark_on_seed and self.mark_file:
            Path(self.mark_file).write_text(str(os.getpid()))
            time.sleep(3)
        in_worker = multiprocessing.parent_process() is not None
        if self.raise_in_workers and in_worker:
            raise ValueError("step fails in a worker")
        if self.kill_once_file and self.kill_on_seed in (None, self.seed) and in_worker:
            try:
                Path(self.kill_once_file).touch(exist_ok=False)
            except FileExistsError:
                pass
            else:
                os.kill(os.getpid(), signal.SIGKILL)
        return super().step(action)
