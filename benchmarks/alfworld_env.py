"""ALFWorld environment speed: load, reset and step latency, steps per second with N envs, and
the agent loop's throughput with the envs in this process against N worker processes.

    python benchmarks/alfworld_env.py                    # authored evaluation suite
    python benchmarks/alfworld_env.py --suite official   # ../shared/data/alfworld valid_seen
    python benchmarks/alfworld_env.py --quick            # a smoke run (CI)

Latency: medians over ``--games`` games (loading one, then resetting it) and over random
admissible steps, with textworld as it is and with creditkit's memoisation of its template
parser and of Fast Downward's translation (``creditkit_envs.alfworld.speedups``), in this one
process, so their ratios are fair.

Throughput: N env instances, each on its own game, stepped in lockstep with random admissible
actions (the games are loaded before the clock starts), in this process.

Agent loop: ``AgentLoop.collect`` as the trainer calls it, with the tiny policy (built and
format-warmed here, ~1 min) generating every turn, on the authored training split (the learning
benchmark's ALFWorld settings: bedroom2 Look + Pick tasks, 25 turns, 2 groups of 8 episodes,
16 new tokens a turn): env steps per second with the envs in this process
(``rollout.env_workers=0``), in ``--workers`` processes, and in them with ``rollout.waves=2``.
Each repeat plays new seeds (so resets load games, as in training), the same ones in every
mode; the modes take turns within a repeat; medians over ``--repeats``, and the ratio to
in-process. ``generate`` is the share of the collect spent in the policy's generation.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from pathlib import Path

from creditkit.train.evaluation import random_admissible
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


def agent_loop_rates(workers: int, repeats: int, quick: bool) -> dict[str, tuple[float, float]]:
    """Median env steps/s and generation share of ``AgentLoop.collect`` by mode."""
    import functools
    import tempfile

    import torch

    from creditkit.models import prepare_policy
    from creditkit.models.policy import load_policy, load_tokenizer
    from creditkit.models.settings import PolicyConfig, TinyModelConfig
    from creditkit.rollout import (
        AgentLoop,
        HFEngine,
        LocalPool,
        RolloutConfig,
        Sampling,
        WorkerPool,
    )

    turns, groups, group_size = (4, 1, 4) if quick else (25, 2, 8)
    factory = functools.partial(
        ALFWorldEnv, "authored", split="train", max_steps=turns, rooms=["bedroom2"],
        task_types=["look_at_obj_in_light", "pick_and_place_simple"], train_tasks=200)
    policy = PolicyConfig(tiny=TinyModelConfig(
        corpus_episodes=4 if quick else 16, warmup_episodes=4 if quick else 32,
        format_warmup_steps=2 if quick else 150, warmup_expert_fraction=0.8))
    folder = Path(tempfile.mkdtemp()) / "policy"
    path = prepare_policy(policy, factory, folder, seed=0, show_progress=False)
    tokenizer = load_tokenizer(path)
    engine = HFEngine(load_policy(path, policy), tokenizer)
    generating = [0.0]
    plain_generate = engine.generate

    def timed_generate(prompts, sampling):  # noqa: ANN001, ANN202
        start = time.perf_counter()
        try:
            return plain_generate(prompts, sampling)
        finally:
            generating[0] += time.perf_counter() - start

    engine.generate = timed_generate  # type: ignore[method-assign]
    modes = {"in-process": (LocalPool(factory), 1), f"{workers} workers": (
        WorkerPool(factory, workers), 1), f"{workers} workers, waves=2": (
        WorkerPool(factory, workers), 2)}
    loops = {name: AgentLoop(pool, engine, tokenizer,
                             RolloutConfig(group_size=group_size, waves=waves))
             for name, (pool, waves) in modes.items()}
    sampling = Sampling(max_new_tokens=16)
    rates: dict[str, list[tuple[float, float]]] = {name: [] for name in loops}
    for repeat in range(-1, repeats):  # repeat -1: start the workers, load the code (untimed)
        seeds = [1000 * (repeat + 1) + g for g in range(groups)]
        for name, loop in loops.items():
            torch.manual_seed(repeat)
            generating[0], start = 0.0, time.perf_counter()
            rollout = loop.collect(seeds, sampling)
            seconds = time.perf_counter() - start
            assert not rollout.env_failures, rollout.env_failures
            if repeat >= 0:
                rates[name].append((rollout.steps.num_rows / seconds, generating[0] / seconds))
    for pool, _ in modes.values():
        pool.close()
    return {name: (statistics.median(r for r, _ in runs), statistics.median(g for _, g in runs))
            for name, runs in rates.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", choices=["authored", "official"], default="authored")
    parser.add_argument("--games", type=int, default=12)
    parser.add_argument("--steps", type=int, default=240, help="timed steps for latency")
    parser.add_argument("--envs", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--rounds", type=int, default=20, help="lockstep rounds per count")
    parser.add_argument("--workers", type=int, default=2, help="env worker processes")
    parser.add_argument("--repeats", type=int, default=3, help="agent-loop repeats (median)")
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
    rates = agent_loop_rates(args.workers, args.repeats, args.quick)
    reference = rates["in-process"][0]
    print(f"\nagent loop, tiny policy, authored training split: median of {args.repeats} "
          f"collects\n")
    print("| envs | env steps/s | ratio to in-process | generate |\n|---|---|---|---|")
    for name, (rate, share) in rates.items():
        print(f"| {name} | {rate:.1f} | {rate / reference:.2f}x | {100 * share:.0f}% |")


if __name__ == "__main__":
    main()
