"""WebShop environment speed: catalogue load, reset, step and search latency (medians).

    python benchmarks/webshop_env.py           # the shipped catalogue and a generated 10x one
    python benchmarks/webshop_env.py --quick   # a smoke run (CI)

Load: reading the files and building the BM25 index (``WebShopEnv``'s first construction in a
process; later ones share it). Reset and step: a random admissible policy with four suggested
searches on the search page, on the evaluation goals; a step is split into searches (a BM25
query and the results page) and clicks. Search: ``ProductSearch.search`` alone on every
goal's instruction words. The same measurements on a catalogue the seeded generator writes
at ``--scale`` times the shipped size give the ratios, in this one process. Then WebShop's
rule baseline (search the instruction, buy the first result) on the shipped test goals, to
calibrate how hard the catalogue is. Last, how the two anchors group the same episodes:
groups of 8 episodes on experiment=webshop_gigpo's training goals (synthetic), each turn the
scripted shopper's with probability 0.5 and a random admissible action otherwise; the share
of step groups with one step (GiGPO's singletons) and of steps whose anchor recurs.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Hashable
from pathlib import Path

from creditkit.env import Observation
from creditkit.train.evaluation import random_admissible
from creditkit_envs.webshop import WebShopEnv
from creditkit_envs.webshop.authoring import generate_catalogue, write_catalogue
from creditkit_envs.webshop.env import goal_query, shared_catalogue, split_action


def measure(data_dir: str, test_goals: int, steps: int, seed: int) -> dict[str, float]:
    """Median seconds of load, reset, search step, click step and bare search."""
    shared_catalogue.cache_clear()
    start = time.perf_counter()
    env = WebShopEnv(data_dir, split="test", test_goals=test_goals, eval_goals=0,
                     search_suggestions=4)
    load = time.perf_counter() - start
    rng = random.Random(seed)
    resets, searches, clicks = [], [], []
    episode = 0
    start = time.perf_counter()
    env.reset(seed=episode)
    resets.append(time.perf_counter() - start)
    for _ in range(steps):
        action = random_admissible(env, None, rng)
        start = time.perf_counter()
        result = env.step(action)
        (searches if split_action(action)[0] == "search" else clicks).append(
            time.perf_counter() - start)
        if result.done:
            episode += 1
            start = time.perf_counter()
            env.reset(seed=episode)
            resets.append(time.perf_counter() - start)
    queries = [goal_query(goal) for goal in env.goals]
    bare = []
    for query in queries:
        start = time.perf_counter()
        env.search.search(query)
        bare.append(time.perf_counter() - start)
    return {"products": float(len(env.products)), "load": load,
            "reset": statistics.median(resets), "search step": statistics.median(searches),
            "click step": statistics.median(clicks), "search": statistics.median(bare)}


def anchor_sharing(goals: int, group_size: int, seed: int) -> dict[str, tuple[float, float]]:
    """Per anchor: (share of step groups of one step, share of steps whose anchor recurs in
    their group), on the same episodes."""
    env = WebShopEnv(split="train", goals="synthetic", test_goals=500, eval_goals=0,
                     search_suggestions=4)
    rng = random.Random(seed)
    anchors: dict[str, Callable[[Observation], Hashable]] = {
        "state": lambda o: o.info["state"], "text (WebShop's page)": lambda o: o.info[
            "webshop_text"], "observation text": lambda o: o.text}
    counts: dict[str, list[Counter[Hashable]]] = {name: [] for name in anchors}
    for goal in range(goals):
        seen: dict[str, Counter[Hashable]] = {name: Counter() for name in anchors}
        for _ in range(group_size):
            observation, done = env.reset(seed=goal), False
            while not done:
                for name, key in anchors.items():
                    seen[name][key(observation)] += 1
                action = (env.expert_action() if rng.random() < 0.5
                          else random_admissible(env, None, rng))
                result = env.step(action)
                observation, done = result.observation, result.done
        for name in anchors:
            counts[name].append(seen[name])
    shares = {}
    for name, groups in counts.items():
        sizes = [size for group in groups for size in group.values()]
        shares[name] = (sum(size == 1 for size in sizes) / len(sizes),
                        sum(size for size in sizes if size > 1) / sum(sizes))
    return shares


def first_result_shopper(env: WebShopEnv) -> tuple[float, float]:
    """Success and mean score of WebShop's rule baseline on the test goals: search the
    instruction's words, open the first result, buy (no options chosen)."""
    outcomes = []
    for seed in range(env.num_tasks):
        env.reset(seed=seed)
        env.step(f"search[{goal_query(env._goal)}]")
        shown = [a for a in env.admissible_actions() if a[len("click["):-1].upper()
                 in env.by_asin]
        if shown:
            env.step(shown[0])
            result = env.step("click[buy now]")
            outcomes.append((bool(result.info["success"]), float(result.info["score"])))
        else:
            outcomes.append((False, 0.0))
    return (statistics.fmean(o[0] for o in outcomes), statistics.fmean(o[1] for o in outcomes))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--steps", type=int, default=3000)
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--quick", action="store_true", help="a smoke run: 200 steps, 2x")
    args = parser.parse_args()
    steps, scale = (200, 2) if args.quick else (args.steps, args.scale)
    folder = Path(tempfile.mkdtemp()) / "catalogue"
    write_catalogue(folder, generate_catalogue(525 * scale, 400 * scale, seed=1))
    rows = {"shipped": measure("authored", 100, steps, args.seed),
            f"generated x{scale}": measure(str(folder), 100, steps, args.seed)}
    names = ["load", "reset", "search step", "click step", "search"]
    print(f"WebShop env latency (medians; {steps} random admissible steps, load in s, the rest "
          f"in ms)")
    print("| catalogue | products | " + " | ".join(names) + " |")
    print("|---|---|" + "---|" * len(names))
    for label, row in rows.items():
        cells = [f"{row['load']:.2f}"] + [f"{1000 * row[n]:.3f}" for n in names[1:]]
        print(f"| {label} | {int(row['products'])} | " + " | ".join(cells) + " |")
    base, big = rows["shipped"], rows[f"generated x{scale}"]
    print(f"ratio x{scale} / shipped: " + ", ".join(f"{n} {big[n] / base[n]:.2f}x"
                                                   for n in names))
    success, score = first_result_shopper(WebShopEnv("authored", split="test"))
    print(f"first-result shopper on the shipped test goals: success {100 * success:.1f}%, "
          f"score {100 * score:.1f}")
    goals = 10 if args.quick else 100
    print(f"anchors on the same episodes ({goals} goals x 8, half the turns the scripted "
          f"shopper's)")
    print("| anchor | singleton step groups | steps whose anchor recurs |")
    print("|---|---|---|")
    for name, (singletons, recurring) in anchor_sharing(goals, 8, args.seed).items():
        print(f"| {name} | {singletons:.3f} | {recurring:.3f} |")


if __name__ == "__main__":
    main()
