"""Time vectorised GiGPO against the loop reference on realistic multi-turn batches.

Batches: groups of 8 episodes of 50 steps (B = 6,400 / 64,000 / 640,000 rows). Within a group,
every episode is a random walk (stay or move N/E/S/W) on the same 12 x 12 grid of rooms from the
same start, so anchor states repeat across episodes and time: about 22% of step groups are
singletons and the mean size is about 4 (the GiGPO paper reports under 35% singletons on
ALFWorld, sizes concentrating at 6-8). Sparse success reward 10 at the end (half the
episodes) and -0.1 on 10% of steps (invalid actions). One CPU thread, medians of repeats.

    python benchmarks/estimators.py                 # the table
    python benchmarks/estimators.py --device cuda   # vectorised timings on a GPU as well

The ``+NIW step`` column times GiGPO with the hierarchical-Bayes step term
(``GiGPO(step_estimator=NIW())``, per-episode-group priors fitted on every batch); ``HGPO`` times
``hgpo_advantages`` with the authors' settings (history 2: three levels), and its ratio to
vectorised GiGPO; ``G2PO`` likewise (the authors' settings, all actions valid); ``GraphGPO``
likewise (the released settings: gamma 0.1, rows as samples, penalty 0.1; the next state of a
turn is the next turn's, and a new state after the last).
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from creditkit import (  # noqa: E402
    NIW,
    g2po_advantages,
    gigpo_advantages,
    graphgpo_advantages,
    hgpo_advantages,
    step_group_ids,
)
from creditkit.estimators.gigpo import gigpo_parts  # noqa: E402
from tests.oracles import gigpo as reference_gigpo  # noqa: E402

SIZES = (6_400, 64_000, 640_000)
TARGET_MS = {6_400: 5.0, 640_000: 1000.0}
GROUP_SIZE, STEPS, SIDE = 8, 50, 12
MOVES = torch.tensor([[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1]])


def make_batch(rows: int, seed: int = 0) -> dict[str, torch.Tensor]:
    """A batch of ``rows`` step rows (rows / 50 episodes in groups of 8)."""
    generator = torch.Generator().manual_seed(seed)
    episodes = rows // STEPS
    moves = MOVES[torch.randint(0, len(MOVES), (episodes, STEPS), generator=generator)]
    cells = torch.cumsum(moves, dim=1) % SIDE  # random walk from cell (0, 0) on a torus
    positions = cells[..., 0] * SIDE + cells[..., 1]
    rewards = torch.where(torch.rand(episodes, STEPS, generator=generator) < 0.1, -0.1, 0.0)
    success = torch.rand(episodes, generator=generator) < 0.5
    rewards[:, -1] += 10.0 * success
    return {
        "step_rewards": rewards.flatten(),
        "episode_ids": torch.arange(episodes).repeat_interleave(STEPS),
        "group_ids": (torch.arange(episodes) // GROUP_SIZE).repeat_interleave(STEPS),
        "anchor_ids": positions.flatten(),
    }


def median_ms(function: Callable[[], object], repeats: int, device: str = "cpu") -> float:
    function()  # warm-up
    timings = []
    for _ in range(repeats):
        if device == "cuda":
            torch.cuda.synchronize()
        start = time.perf_counter()
        function()
        if device == "cuda":
            torch.cuda.synchronize()
        timings.append(1000 * (time.perf_counter() - start))
    return statistics.median(timings)


def scaling_exponent(sizes: list[int], times: list[float]) -> float:
    """Least-squares slope of log(time) against log(rows)."""
    xs, ys = [math.log(s) for s in sizes], [math.log(t) for t in times]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / sum(
        (x - mean_x) ** 2 for x in xs)


def step_group_summary(batch: dict[str, torch.Tensor]) -> tuple[float, float]:
    """Share of step groups that are singletons, and the mean step-group size."""
    sizes = torch.bincount(step_group_ids(batch["group_ids"], batch["anchor_ids"]))
    return float((sizes == 1).float().mean()), float(sizes.float().mean())


def check_agreement(batch: dict[str, torch.Tensor]) -> float:
    """Max |vectorised - reference| on one batch (float64)."""
    double = {**batch, "step_rewards": batch["step_rewards"].double()}
    fast = gigpo_advantages(**double)
    slow = reference_gigpo(*(double[k].tolist() for k in
                             ("step_rewards", "episode_ids", "group_ids", "anchor_ids")))
    return float((fast - torch.tensor(slow, dtype=torch.float64)).abs().max())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="timed runs per size (median)")
    parser.add_argument("--reference-repeats", type=int, default=3,
                        help="timed runs of the slow loop reference per size")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--device", choices=["cpu", "cuda"], default="cpu")
    args = parser.parse_args()
    torch.set_num_threads(1)
    print(f"torch {torch.__version__}, 1 CPU thread, groups of {GROUP_SIZE} x {STEPS}-step "
          f"episodes on a {SIDE}x{SIDE} grid; medians of {args.repeats} (reference: "
          f"{args.reference_repeats})")
    print(f"agreement with the loop reference at B=6,400: max |diff| = "
          f"{check_agreement(make_batch(6_400)):.2e}")
    header = f"{'rows B':>9} {'singletons':>10} {'mean size':>9} {'vectorised ms':>13} " \
             f"{'reference ms':>12} {'speed-up':>8} {'target':>10} {'+NIW step ms':>12} " \
             f"{'HGPO ms':>8} {'x GiGPO':>7} {'G2PO ms':>8} {'x GiGPO':>7} " \
             f"{'GraphGPO ms':>11} {'x GiGPO':>7}"
    if args.device == "cuda":
        header += f" {'cuda ms':>8}"
    print(header)
    fast_times = []
    for rows in args.sizes:
        batch = make_batch(rows)
        singletons, mean_size = step_group_summary(batch)
        fast = median_ms(lambda batch=batch: gigpo_advantages(**batch), args.repeats)
        lists = [batch[k].tolist() for k in ("step_rewards", "episode_ids", "group_ids",
                                             "anchor_ids")]
        slow = median_ms(lambda lists=lists: reference_gigpo(*lists),
                         args.reference_repeats)
        fast_times.append(fast)
        target = TARGET_MS.get(rows)
        verdict = "-" if target is None else f"<{target:g} {'ok' if fast < target else 'MISS'}"
        with_niw = median_ms(lambda batch=batch: gigpo_parts(
            **batch, gamma=0.95, step_weight=1.0, scale="std", eps=1e-6,
            episode_stat="trajectory", step_estimator=NIW()), args.repeats)
        hgpo = median_ms(lambda batch=batch: hgpo_advantages(**batch, std_ddof=0), args.repeats)
        valid = torch.ones_like(batch["episode_ids"], dtype=torch.bool)
        g2po = median_ms(lambda batch=batch, valid=valid: g2po_advantages(**batch, valid=valid),
                         args.repeats)
        graphgpo = median_ms(lambda batch=batch, valid=valid: graphgpo_advantages(
            **batch, valid=valid, episode_stat="step", invalid_penalty=0.1), args.repeats)
        line = f"{rows:>9,} {singletons:>10.1%} {mean_size:>9.2f} {fast:>13.2f} {slow:>12.1f} " \
               f"{slow / fast:>7.0f}x {verdict:>10} {with_niw:>12.2f} {hgpo:>8.2f} " \
               f"{hgpo / fast:>6.2f}x {g2po:>8.2f} {g2po / fast:>6.2f}x {graphgpo:>11.2f} " \
               f"{graphgpo / fast:>6.2f}x"
        if args.device == "cuda":
            on_gpu = {k: v.cuda() for k, v in batch.items()}
            cuda_ms = median_ms(lambda on_gpu=on_gpu: gigpo_advantages(**on_gpu), args.repeats,
                                'cuda')
            line += f" {cuda_ms:>8.2f}"
        print(line)
    if len(args.sizes) > 1:
        print(f"scaling exponent (time ~ B^k): k = {scaling_exponent(args.sizes, fast_times):.2f}")


if __name__ == "__main__":
    main()
