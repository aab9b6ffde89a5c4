"""ALFWorld environment speed: load, reset and step latency, and steps per second with N envs.

    python benchmarks/alfworld_env.py                    # authored evaluation suite
    python benchmarks/alfworld_env.py --suite official   # ../shared/data/alfworld valid_seen
    python benchmarks/alfworld_env.py --quick            # a smoke run (CI)

Latency: medians over ``--games`` games (loading one, then resetting it) and over random
admissible steps, with textworld as it is and with creditkit's memoisation of its template
parser and of Fast Downward's translation (``creditkit_envs.alfworld.speedups``), in this one
process, so their ratios are fair.

Throughput: N env instances, each on its own game, stepped in lockstep with random admissible
actions as the trainer's agent loop steps them: in one process, and spread over ``--processes``
worker processes (the games are loaded before the clock starts).
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import time
from pathlib import Path

from creditkit.evaluation import random_admissible
from creditkit_envs.alfworld import ALFWorldEnv, load_game, speedups

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "alfworld"


def make_env(suite: str) -> ALFWorldEnv:
    if suite == "official":
        return ALFWorldEnv(SHARED, split="valid_seen", memoise_engine=False)
    return ALFWorldEnv("authored", split="eval", memoise_engine=False)


def latencies(suite: str, games: int, steps: int, seed: int) -> dict[str, float]:
    """Median load, reset and step seconds over ``games`` games (steps spread over them)."""
    env, rng = make_env(suite), random.Random(seed)
    chosen = rng.sample(range(env.num_tasks), min(games, env.num_tasks))
    load, reset, step = [], [], []
    for index in chosen:
        start = time.perf_counter()
        load_game(env.games[index])
        load.append(time.perf_counter() - start)
        env.reset(seed=index)  # loads into the env's cache (untimed)
        start = time.perf_counter()
        env.reset(seed=index)
        reset.append(time.perf_counter() - start)
        for _ in range(max(1, steps // len(chosen))):
            action = random_admissible(env, None, rng)
            start = time.perf_counter()
            result = env.step(action)
            step.append(time.perf_counter() - start)
            if result.done:
                env.reset(seed=index)
    return {"load": statistics.median(load), "reset": statistics.median(reset),
            "step": statistics.median(step)}


def lockstep(suite: str, count: int, steps: int, seed: int, cache: bool) -> tuple[int, float]:
    """Steps taken and seconds by ``count`` envs stepped in lockstep for ``steps`` rounds."""
    if cache:
        speedups.install()
    envs = [make_env(suite) for _ in range(count)]
    rng = random.Random(seed)
    for slot, env in enumerate(envs):
        env.reset(seed=seed + slot)
    start, taken = time.perf_counter(), 0
    for _ in range(steps):
        for slot, env in enumerate(envs):
            result = env.step(random_admissible(env, None, rng))
            taken += 1
            if result.done:
                env.reset(seed=seed + slot)
    return taken, time.perf_counter() - start


def _worker(job: tuple[str, int, int, int]) -> tuple[int, float]:
    suite, count, steps, seed = job
    return lockstep(suite, count, steps, seed, cache=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", choices=["authored", "official"], default="authored")
    parser.add_argument("--games", type=int, default=12)
    parser.add_argument("--steps", type=int, default=240, help="timed steps for latency")
    parser.add_argument("--envs", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--rounds", type=int, default=20, help="lockstep rounds per count")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--quick", action="store_true", help="tiny settings for a smoke run")
    args = parser.parse_args()
    if args.quick:
        args.games, args.steps, args.envs, args.rounds = 2, 10, [1, 2], 3
    speedups.uninstall()
    plain = latencies(args.suite, args.games, args.steps, args.seed)
    speedups.install()
    cached = latencies(args.suite, args.games, args.steps, args.seed)
    print(f"ALFWorld {args.suite} games: median latency over {args.games} games, "
          f"{args.steps} random admissible steps\n")
    print("| | load (s) | reset (ms) | step (ms) |\n|---|---|---|---|")
    for name, row in (("textworld as is", plain), ("memoised", cached)):
        print(f"| {name} | {row['load']:.2f} | {1e3 * row['reset']:.0f} | "
              f"{1e3 * row['step']:.1f} |")
    print(f"\nspeed-up of the memoisation: step {plain['step'] / cached['step']:.2f}x, "
          f"reset {plain['reset'] / cached['reset']:.2f}x\n")
    print("| envs | processes | env steps/s |\n|---|---|---|")
    for count in args.envs:
        taken, seconds = lockstep(args.suite, count, args.rounds, args.seed, cache=True)
        print(f"| {count} | 1 | {taken / seconds:.1f} |")
        if args.processes > 1 and count >= args.processes:
            jobs = [(args.suite, count // args.processes, args.rounds, args.seed + 1000 * p)
                    for p in range(args.processes)]
            with multiprocessing.get_context("spawn").Pool(args.processes) as pool:
                start = time.perf_counter()
                results = pool.map(_worker, jobs)
                wall = time.perf_counter() - start
            inner = max(seconds for _, seconds in results)  # excludes the workers' loading
            print(f"| {count} | {args.processes} | {sum(t for t, _ in results) / inner:.1f} "
                  f"({sum(t for t, _ in results) / wall:.1f} counting start-up) |")


if __name__ == "__main__":
    main()
