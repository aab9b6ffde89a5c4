"""Seconds per training step of the tiny policy on the maze, broken down by phase.

    python benchmarks/trainer_step.py                       # 64x2 model, 8 groups x 8 episodes
    python benchmarks/trainer_step.py --hidden-size 128 --num-layers 4

Phases: rollout (generation + environment steps + packing), shape, estimate, update (forward,
backward, optimizer step). Medians over ``--steps`` timed steps after ``--warmup`` untimed ones,
in one process, on the CPU threads torch is given (``--threads``).
"""

from __future__ import annotations

import argparse
import functools
import statistics
import tempfile
import time

import torch
from transformers.utils import logging as hf_logging

from creditkit import Compose, GiGPO, InvalidActionPenalty
from creditkit.models.settings import PolicyConfig, TinyModelConfig
from creditkit.rollout.settings import RolloutConfig
from creditkit.train.settings import TrainerConfig
from creditkit.train.trainer import Trainer
from creditkit_envs.maze import MazeEnv


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--hidden-size", type=int, default=64)
    parser.add_argument("--num-layers", type=int, default=2)
    parser.add_argument("--groups", type=int, default=8)
    parser.add_argument("--group-size", type=int, default=8)
    parser.add_argument("--threads", type=int, default=torch.get_num_threads())
    args = parser.parse_args()
    hf_logging.disable_progress_bar()
    torch.set_num_threads(args.threads)
    trainer = Trainer(
        env=functools.partial(MazeEnv, size=3, num_layouts=4, max_steps=10),
        estimator=GiGPO(), shaper=Compose([InvalidActionPenalty(0.1)]),
        policy=PolicyConfig(tiny=TinyModelConfig(hidden_size=args.hidden_size,
                                                 num_layers=args.num_layers,
                                                 format_warmup_steps=100)),
        rollout=RolloutConfig(groups_per_step=args.groups, group_size=args.group_size),
        trainer=TrainerConfig(steps=args.steps + args.warmup, eval_every=0, save_every=0),
        output_dir=tempfile.mkdtemp(prefix="creditkit-bench-"), resume=False,
        show_progress=False)
    phases: dict[str, list[float]] = {"rollout": [], "shape": [], "estimate": [], "update": []}
    turns = []
    for step in range(args.warmup + args.steps):
        marks = [time.perf_counter()]
        rollout = trainer.collect(step + 1)  # steps are 1-based
        marks.append(time.perf_counter())
        steps = trainer.shaper(rollout.steps)
        marks.append(time.perf_counter())
        advantages = trainer.estimator(steps)
        marks.append(time.perf_counter())
        trainer.update(rollout.tokens, advantages)
        trainer.sync_engine()
        marks.append(time.perf_counter())
        if step >= args.warmup:
            for name, begin, end in zip(phases, marks, marks[1:]):
                phases[name].append(end - begin)
            turns.append(rollout.steps.num_rows)
    totals = [sum(values) for values in zip(*phases.values())]
    total = statistics.median(totals)
    print(f"model {args.hidden_size}x{args.num_layers}, {args.groups} groups x "
          f"{args.group_size} episodes, median {statistics.median(turns):.0f} turns per step, "
          f"{args.threads} threads, medians of {args.steps} steps")
    print(f"{'phase':<10} {'seconds':>9} {'share':>7}")
    for name, values in phases.items():
        median = statistics.median(values)
        print(f"{name:<10} {median:>9.4f} {median / total:>7.1%}")
    print(f"{'step':<10} {total:>9.4f}")


if __name__ == "__main__":
    main()
