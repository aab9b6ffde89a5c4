"""Learning curves: GRPO, GiGPO, HGPO and G2PO (and, on request, more) on the maze and ALFWorld.

    python benchmarks/learning.py           # both suites, 4 methods x 3 seeds (~1 h, 2 cores)
    python benchmarks/learning.py --methods GRPO "GiGPO w/o std" "GiGPO + NIW"
    python benchmarks/learning.py --quick            # smoke run: 1 seed, 2 steps, tiny settings
    python benchmarks/learning.py --suites maze --seeds 0 1 2 3 4 --jobs 4

For each suite and seed the tiny policy is built and format-warmed up once, and every method
starts from that same policy (a paired comparison). Every run plays the same number of training
steps of the same groups (so the same number of episodes); curves are evaluation success against
the environment steps (turns) consumed so far, and the table reads each run at the largest
number of environment steps every run of the suite reached (linear interpolation between its
evaluations), beside its value at the last step. Runs go to ``OUT/SUITE/METHOD-sSEED`` through
``creditkit-train`` (``--jobs`` at once, ``--threads`` torch threads each); a finished run is
reused and an interrupted one resumes. Writes ``OUT/learning.png`` and ``OUT/results.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

BIN = Path(sys.executable).parent

# "GiGPO + NIW" is the std-scaled form the documented curves were measured with (it was
# estimator=gigpo_niw before issue 14)
METHODS = {"GRPO": "grpo", "GiGPO": "gigpo", "HGPO": "hgpo", "G2PO": "g2po",
           "GiGPO w/o std": "gigpo_no_std", "GiGPO + NIW": "gigpo_std_niw"}
# the default comparison: GRPO, GiGPO and the two step-level methods published after it
DEFAULT_METHODS = ["GRPO", "GiGPO", "HGPO", "G2PO"]


@dataclass(frozen=True)
class Suite:
    """One environment's settings: Hydra overrides for the full run and for ``--quick``."""

    title: str
    overrides: tuple[str, ...]
    quick: tuple[str, ...]


SUITES = {
    "maze": Suite(
        "maze (4 x 4, shortest route 10 moves, 32 turns)",
        ("env=maze", "shaper=none", "rollout.groups_per_step=8", "rollout.group_size=8",
         "trainer.steps=40", "trainer.eval_every=5", "trainer.eval_group_size=8",
         "trainer.save_every=5"),
        ("policy.tiny.format_warmup_steps=20", "policy.tiny.corpus_episodes=10",
         "rollout.groups_per_step=1", "rollout.group_size=4", "trainer.steps=2",
         "trainer.eval_every=1", "trainer.eval_seeds=[0]", "trainer.eval_group_size=2")),
    "alfworld": Suite(
        "ALFWorld authored, bedroom2 Look + Pick tasks, 25 turns",
        ("env=alfworld_authored", "env.max_steps=25", "env.rooms=[bedroom2]",
         "env.task_types=[look_at_obj_in_light,pick_and_place_simple]", "env.train_tasks=200",
         "shaper=none", "rollout.groups_per_step=2", "rollout.group_size=8",
         "rollout.history=0", "rollout.max_new_tokens=16", "policy.tiny.corpus_episodes=16",
         "policy.tiny.warmup_episodes=32", "policy.tiny.format_warmup_steps=300",
         "policy.tiny.warmup_expert_fraction=0.8", "trainer.steps=12", "trainer.eval_every=4",
         "trainer.eval_seeds=[0,1,2,3,4,5,6,7]", "trainer.eval_group_size=2",
         "trainer.save_every=4"),
        ("env.max_steps=4", "policy.tiny.corpus_episodes=2", "policy.tiny.warmup_episodes=2",
         "policy.tiny.format_warmup_steps=2", "rollout.groups_per_step=1", "rollout.group_size=2",
         "trainer.steps=2", "trainer.eval_every=1", "trainer.eval_seeds=[0]",
         "trainer.eval_group_size=1")),
}


def overrides_of(suite: Suite, quick: bool) -> list[str]:
    """The suite's Hydra overrides (the quick ones last, so they win)."""
    return [*suite.overrides, *(suite.quick if quick else ())]


def build_policy(overrides: list[str], seed: int, folder: Path, threads: int) -> str:
    """Build and warm up the suite's tiny policy for ``seed`` once (kept in ``folder``)."""
    import torch
    from transformers.utils import logging as hf_logging

    from creditkit.app.compose import build, compose
    from creditkit.models import prepare_policy

    torch.set_num_threads(threads)
    hf_logging.disable_progress_bar()
    cfg = compose([*overrides, f"seed={seed}", f"output_dir={folder}"])
    return prepare_policy(build(cfg, "policy"), build(cfg, "env"), folder, seed)


def train(overrides: list[str], method: str, seed: int, policy: str, folder: Path,
          threads: int) -> float:
    """One ``creditkit-train`` run (resumed or reused if its folder has checkpoints); seconds."""
    began = time.perf_counter()
    environment = {**os.environ, "OMP_NUM_THREADS": str(threads)}
    result = subprocess.run(
        [str(BIN / "creditkit-train"), *overrides, f"estimator={method}", f"seed={seed}",
         f"policy.name_or_path={policy}", "policy.tiny=null", f"output_dir={folder}",
         "progress=false"],
        env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        check=False)
    if result.returncode:
        raise RuntimeError(f"creditkit-train failed for {folder}:\n{result.stderr[-3000:]}")
    return time.perf_counter() - began


def run_curve(folder: Path) -> dict[str, Any]:
    """A run's evaluations against cumulative environment steps, and its phase times."""
    from creditkit.train.metrics import read_metrics

    records = read_metrics(folder)
    total, points = 0.0, []
    for record in records:
        total += record.get("train.turns", 0.0)
        if "eval.success" in record:
            points.append((total if record["step"] else 0.0, record["eval.success"]))
    timed = [r for r in records if "time.step_s" in r]
    return {"env_steps": [x for x, _ in points], "success": [y for _, y in points],
            "total_env_steps": total,
            "seconds": {part: sum(r.get(f"time.{part}_s", 0.0) for r in timed)
                        for part in ("rollout", "estimate", "update", "step")}}


def common_budget(curves: dict[str, list[dict[str, Any]]]) -> float:
    """The most environment steps every run of a suite reached."""
    return min(c["total_env_steps"] for runs in curves.values() for c in runs)


def summarise(curves: dict[str, list[dict[str, Any]]]) -> tuple[float, dict[str, dict[str, Any]]]:
    """The common environment-step budget of a suite and, per method, its summary figures."""
    budget = common_budget(curves)
    table = {}
    for method, runs in curves.items():
        at_budget = [float(np.interp(budget, c["env_steps"], c["success"])) for c in runs]
        table[method] = {
            "start": [c["success"][0] for c in runs], "final": [c["success"][-1] for c in runs],
            "at_budget": at_budget, "best": [max(c["success"]) for c in runs],
            "last3": [statistics.fmean(c["success"][-3:]) for c in runs],
            "env_steps": [c["total_env_steps"] for c in runs],
            "estimate_share": statistics.fmean(
                c["seconds"]["estimate"] / max(c["seconds"]["step"], 1e-12) for c in runs),
        }
    return budget, table


def mean_sd(values: list[float]) -> str:
    """``mean ± sd`` (sd over seeds; just the mean for one seed)."""
    if len(values) == 1:
        return f"{values[0]:.2f}"
    return f"{statistics.fmean(values):.2f} ± {statistics.stdev(values):.2f}"


def print_table(title: str, budget: float, table: dict[str, dict[str, Any]], seeds: int) -> None:
    print(f"\n### {title}: evaluation success, mean ± sd over {seeds} seed(s)\n")
    print(f"| method | start | at {budget:,.0f} env steps | final | mean of last 3 | best | "
          f"env steps | estimator share of step |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for method, row in table.items():
        print(f"| {method} | {mean_sd(row['start'])} | {mean_sd(row['at_budget'])} | "
              f"{mean_sd(row['final'])} | {mean_sd(row['last3'])} | {mean_sd(row['best'])} | "
              f"{statistics.fmean(row['env_steps']):,.0f} | {row['estimate_share']:.2%} |")


def plot(curves: dict[str, dict[str, list[dict[str, Any]]]], titles: dict[str, str],
         out: Path) -> Path:
    """One panel per suite: mean evaluation success over seeds against environment steps, with
    a band from the seeds' minimum to their maximum (each run interpolated onto one grid)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(1, len(curves), figsize=(5.5 * len(curves), 3.8), squeeze=False)
    for axis, (suite, methods) in zip(axes[0], curves.items()):
        grid = np.linspace(0.0, common_budget(methods), 25)
        for method, runs in methods.items():
            values = np.array([np.interp(grid, c["env_steps"], c["success"]) for c in runs])
            line = axis.plot(grid, values.mean(0), label=f"{method} ({len(runs)} seeds)")
            if len(runs) > 1:
                axis.fill_between(grid, values.min(0), values.max(0), alpha=0.15,
                                  color=line[0].get_color())
        axis.set_title(titles[suite], fontsize=10)
        axis.set_xlabel("environment steps")
        axis.set_ylabel("evaluation success")
        axis.grid(alpha=0.3)
        axis.legend(fontsize=8)
    figure.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(out, dpi=120)
    plt.close(figure)
    return out


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suites", nargs="+", choices=sorted(SUITES), default=["maze",
                                                                              "alfworld"])
    parser.add_argument("--methods", nargs="+", choices=list(METHODS), default=DEFAULT_METHODS)
    parser.add_argument("--seeds", nargs="+", type=int, default=[0, 1, 2])
    parser.add_argument("--quick", action="store_true", help="CI smoke settings, seed 0 only")
    parser.add_argument("--out", type=Path, default=Path("runs/learning"))
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="runs at once")
    parser.add_argument("--threads", type=int, default=1, help="torch threads per run")
    parser.add_argument("--overrides", nargs="*", default=[],
                        help="extra Hydra overrides for every run")
    parser.add_argument("--report", action="store_true",
                        help="only read the finished runs in OUT and print the tables and plot")
    args = parser.parse_args(argv)
    seeds = args.seeds[:1] if args.quick else args.seeds
    overrides = {suite: [*overrides_of(SUITES[suite], args.quick), *args.overrides]
                 for suite in args.suites}
    began = time.perf_counter()
    plan = [(suite, method, seed) for suite in args.suites for method in args.methods
            for seed in seeds]
    folders = {item: args.out / item[0] / f"{METHODS[item[1]]}-s{item[2]}" for item in plan}
    walls: dict[tuple[str, str, int], float] = {}
    if not args.report:
        with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            policies = {(suite, seed): pool.submit(
                build_policy, overrides[suite], seed, args.out / suite / f"policy-s{seed}",
                args.threads) for suite in args.suites for seed in seeds}
            paths = {key: future.result() for key, future in policies.items()}
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as threads:
            walls = dict(zip(plan, threads.map(
                lambda item: train(overrides[item[0]], METHODS[item[1]], item[2],
                                   paths[(item[0], item[2])], folders[item], args.threads),
                plan)))
    curves = {suite: {method: [run_curve(folders[(suite, method, seed)]) for seed in seeds]
                      for method in args.methods} for suite in args.suites}
    results: dict[str, Any] = {"seeds": seeds, "quick": args.quick, "suites": {}}
    for suite in args.suites:
        budget, table = summarise(curves[suite])
        print_table(SUITES[suite].title, budget, table, len(seeds))
        results["suites"][suite] = {"budget_env_steps": budget, "table": table,
                                    "curves": curves[suite]}
    results["wall_s"] = {f"{s}/{METHODS[m]}-s{seed}": w for (s, m, seed), w in walls.items()}
    results["total_wall_s"] = time.perf_counter() - began
    figure = plot(curves, {suite: SUITES[suite].title for suite in args.suites},
                  args.out / "learning.png")
    (args.out / "results.json").write_text(json.dumps(results, indent=1))
    print(f"\ncurves: {figure}\nresults: {args.out / 'results.json'}")
    if not args.report:
        print(f"whole run: {results['total_wall_s'] / 60:.1f} min with {args.jobs} jobs x "
              f"{args.threads} thread(s)")
    return results


if __name__ == "__main__":
    main()
