"""creditkit's authored ALFWorld suite: 60 fixed evaluation tasks shipped with the package
(10 per task type, over 8 rooms), and a procedural training split that never asks what an
evaluation task asks.

The fixed tasks are ``initial_state.pddl`` + ``traj_data.json`` folders under
``creditkit_envs/alfworld/tasks/``; they were written by ``python -m
creditkit_envs.alfworld.suite write-fixed`` and a test checks that command reproduces them.
Playable games are built from them into a cache (:func:`~creditkit_envs.alfworld.build.cache_root`).
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

from creditkit_envs.alfworld.authoring import AuthoredTask, _supports, generate_task, write_task
from creditkit_envs.alfworld.build import (
    TRAJ_FILE,
    build_game,
    build_tree,
    cache_root,
    write_atomic,
)
from creditkit_envs.alfworld.games import TASK_TYPES, kept_argv, load_game
from creditkit_envs.alfworld.rooms import ROOMS

FIXED_DIR = Path(__file__).resolve().parent / "tasks"
PER_TYPE = 10
TRAIN_SEED_STRIDE = 1_000_000


def fixed_tasks(per_type: int = PER_TYPE) -> list[AuthoredTask]:
    """The evaluation suite, deterministically: ``per_type`` tasks of each type with distinct
    signatures, rooms taken in turn among those that fit the type."""
    tasks = []
    for type_index, task_type in enumerate(TASK_TYPES):
        rooms = [room.name for room in ROOMS if _supports(room, task_type)]
        seen: set[tuple[str, ...]] = set()
        seed = 10_000 * (type_index + 1)
        while len(seen) < per_type:
            room = rooms[len(seen) % len(rooms)]
            task = generate_task(seed, task_type, room, exclude=seen, trial=f"e{seed}")
            seen.add(task.signature)
            tasks.append(task)
            seed += 1
    return tasks


def write_fixed(root: Path = FIXED_DIR, walkthroughs: bool = True) -> list[Path]:
    """(Re)write the fixed suite's task folders under ``root``; returns the trial folders.
    ``walkthroughs`` stores the planner's plan of each task in its ``traj_data.json``."""
    if root.exists():
        shutil.rmtree(root)
    trials = [write_task(task, root) for task in fixed_tasks()]
    if walkthroughs:
        for trial in trials:
            add_walkthrough(trial)
    return trials


def add_walkthrough(trial: Path) -> list[str]:
    """Run the planner on the trial's task and store its plan as ``"walkthrough"`` in
    ``traj_data.json``; returns the plan."""
    with tempfile.TemporaryDirectory() as scratch:
        engine = load_game(build_game(trial, Path(scratch)), with_plan=True)
        with kept_argv():
            state = engine.reset()
    plan = list(state["policy_commands"])
    traj = json.loads((trial / TRAJ_FILE).read_text())
    write_atomic(trial / TRAJ_FILE, json.dumps({**traj, "walkthrough": plan}, indent=1) + "\n")
    return plan


def fixed_signatures(root: Path = FIXED_DIR) -> set[tuple[str, ...]]:
    """The signatures (room, type, object, receptacle, lamp) of the task folders under root."""
    signatures: set[tuple[str, ...]] = set()
    for path in root.glob(f"*/*/{TRAJ_FILE}"):
        traj = json.loads(path.read_text())
        params = traj["pddl_params"]
        signatures.add((traj["scene"]["floor_plan"], traj["task_type"], params["object_target"],
                        params["parent_target"], params["toggle_target"]))
    return signatures


@lru_cache(maxsize=8)
def authored_games(split: str, train_tasks: int = 500, train_seed: int = 0) -> tuple[Path, ...]:
    """Playable games of the authored suite, built into the cache on first use.

    Args:
        split: ``"eval"`` (the 60 fixed tasks) or ``"train"`` (procedural tasks).
        train_tasks: how many procedural tasks the train split holds.
        train_seed: which procedural split (seeds ``train_seed * 10**6 + i``).
    """
    if split == "eval":
        if not any(FIXED_DIR.glob(f"*/*/{TRAJ_FILE}")):
            raise FileNotFoundError(f"the authored evaluation tasks are missing from "
                                    f"{FIXED_DIR}; reinstall creditkit")
        return tuple(build_tree(FIXED_DIR, cache_root() / "authored" / "eval"))
    if split != "train":
        raise ValueError(f"split must be 'eval' or 'train' for the authored suite, got {split!r}")
    if train_tasks < 1:
        raise ValueError(f"train_tasks must be >= 1, got {train_tasks}")
    exclude = fixed_signatures()
    source = cache_root() / "authored" / f"train-source-{train_seed}"
    trials = [write_task(generate_task(train_seed * TRAIN_SEED_STRIDE + i, exclude=exclude),
                         source) for i in range(train_tasks)]
    return tuple(build_tree(source, cache_root() / "authored" / f"train-{train_seed}", trials))


def main(argv: list[str] | None = None) -> None:
    """``python -m creditkit_envs.alfworld.suite write-fixed [--root DIR]``."""
    parser = argparse.ArgumentParser(description="creditkit's authored ALFWorld suite")
    parser.add_argument("command", choices=["write-fixed"])
    parser.add_argument("--root", type=Path, default=FIXED_DIR)
    args = parser.parse_args(argv)
    print(f"wrote {len(write_fixed(args.root))} tasks under {args.root}")


if __name__ == "__main__":
    main()
