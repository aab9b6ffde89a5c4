"""The README's CPU demo for several estimators and seeds: final success table and curves.

    python benchmarks/maze_demo.py                          # gigpo and grpo, seeds 0 1 2
    python benchmarks/maze_demo.py --estimators gigpo --seeds 0 --overrides trainer.steps=20
    OMP_NUM_THREADS=1 python benchmarks/maze_demo.py --estimators gigpo grpo gigpo_niw --jobs 9

Runs ``creditkit-train estimator=E seed=S output_dir=OUT/E-sS`` (one after the other, or
``--jobs`` at once on a machine with that many cores; a run already complete is reused, an
interrupted one resumes), then prints a markdown table of evaluation success (at the start, at
the end, the best) and writes ``OUT/curves.png`` with ``creditkit plot``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from creditkit.app.plot import plot_runs
from creditkit.train.metrics import read_metrics

BIN = Path(sys.executable).parent


def run(estimator: str, seed: int, folder: Path, overrides: list[str]) -> float:
    """Train one run (skipped when its final checkpoint exists); returns seconds taken."""
    began = time.perf_counter()
    subprocess.run([str(BIN / "creditkit-train"), f"estimator={estimator}", f"seed={seed}",
                    f"output_dir={folder}", "progress=false", *overrides],
                   check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - began


def summary(folder: Path) -> tuple[float, float, float]:
    """Evaluation success at the start, at the end, and the best of the run."""
    evals = [r["eval.success"] for r in read_metrics(folder) if "eval.success" in r]
    return evals[0], evals[-1], max(evals)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--estimators", nargs="+", default=["gigpo", "grpo"])
    parser.add_argument("--seeds", nargs="+", type=int, default=[0, 1, 2])
    parser.add_argument("--out", type=Path, default=Path("runs/maze_demo"))
    parser.add_argument("--overrides", nargs="*", default=[], help="extra Hydra overrides")
    parser.add_argument("--jobs", type=int, default=1, help="runs at once (one per core pair)")
    args = parser.parse_args()
    folders: dict[str, list[Path]] = {}
    for estimator in args.estimators:
        for seed in args.seeds:
            folders.setdefault(estimator, []).append(args.out / f"{estimator}-s{seed}")
    plan = [(estimator, seed, folder) for estimator, runs in folders.items()
            for seed, folder in zip(args.seeds, runs)]
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        timings = pool.map(lambda item: run(*item, args.overrides), plan)
        seconds = {folder: took for (_, _, folder), took in zip(plan, timings)}
    print("| estimator | seed | eval success at start | final | best | wall s |")
    print("|---|---|---:|---:|---:|---:|")
    for estimator, runs in folders.items():
        rows = [summary(folder) for folder in runs]
        for seed, folder, (start, final, best) in zip(args.seeds, runs, rows):
            print(f"| {estimator} | {seed} | {start:.2f} | {final:.2f} | {best:.2f} | "
                  f"{seconds[folder]:.0f} |")
        means = [statistics.fmean(column) for column in zip(*rows)]
        print(f"| {estimator} | mean | {means[0]:.2f} | {means[1]:.2f} | {means[2]:.2f} | |")
    every = [folder for runs in folders.values() for folder in runs]
    plot_runs(every, args.out / "curves.png", [f.name for f in every])
    (args.out / "summary.json").write_text(json.dumps(
        {f.name: dict(zip(("start", "final", "best"), summary(f))) for f in every}, indent=1))
    print(f"curves: {args.out / 'curves.png'}")


if __name__ == "__main__":
    main()
