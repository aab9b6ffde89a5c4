"""Gradient quality of baselines where the true policy gradient is known
(docs/estimators/niw.md, the gradient-quality benchmark).

Two testbeds: the contextual bandit (``gradient_bandit.py``; one group per state, sizes drawn
from a distribution) and a layered MDP with repeated states (``gradient_mdp.py``; GiGPO's
anchor-state step groups). For every estimator: the mean cosine between its gradient and the
true one, the signal-to-noise ratio ||E g||^2 / E||g - E g||^2 (per environment, then
averaged), and for centring bandit estimators the baseline error E (b_s - V(s))^2. Each setting
runs E environments x N batches (default 10 x 30 = 300 batches).

    python benchmarks/gradient_quality.py                    # tables + gradient_quality.png
    python benchmarks/gradient_quality.py --quick            # a fast smoke run
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

import torch
from torch import Tensor

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gradient_bandit as bandit  # noqa: E402
import gradient_mdp as mdp  # noqa: E402

SIZE_DISTRIBUTIONS = {  # probability of a group of 1, 2, ... rows
    "n~U{1,2}": [0.5, 0.5],
    "n~U{1..4}": [0.25, 0.25, 0.25, 0.25],
    "n~P(.4,.3,.2,.1)": [0.4, 0.3, 0.2, 0.1],  # GiGPO-like
    "n=8": [0.0] * 7 + [1.0],
}


def cosine(estimate: Tensor, truth: Tensor) -> float:
    denominator = float(estimate.norm() * truth.norm())
    return float((estimate.flatten() @ truth.flatten()) / denominator) if denominator else 0.0


def summarise(gradients: list[list[Tensor]], truths: list[Tensor]) -> dict[str, float]:
    """Mean cosine over all batches and mean SNR over environments."""
    cosines = [cosine(g, truth) for runs, truth in zip(gradients, truths) for g in runs]
    ratios = []
    for runs in gradients:
        stacked = torch.stack(runs)
        mean = stacked.mean(0)
        noise = float(((stacked - mean) ** 2).sum(dim=tuple(range(1, stacked.ndim))).mean())
        ratios.append(float((mean**2).sum()) / noise if noise > 0 else float("inf"))
    return {"cosine": statistics.fmean(cosines), "snr": statistics.fmean(ratios)}


def run_bandit(tau_v: float, sizes: list[float], args: argparse.Namespace,
               estimators: dict[str, bandit.Estimator] | None = None,
               centred: tuple[str, ...] | None = None) -> dict[str, dict]:
    """Every estimator (default: the bandit's CENTRED and SCALED) on the same batches; the
    baseline error for the ``centred`` ones."""
    generator = torch.Generator().manual_seed(args.seed)
    if estimators is None:
        estimators, centred = {**bandit.CENTRED, **bandit.SCALED}, tuple(bandit.CENTRED)
    gradients: dict[str, list[list[Tensor]]] = {name: [] for name in estimators}
    errors: dict[str, list[float]] = {name: [] for name in centred or ()}
    truths = []
    for _ in range(args.environments):
        env = bandit.make_bandit(args.states, args.actions, tau_v, args.tau_q, generator)
        truths.append(env.gradient)
        for name in estimators:
            gradients[name].append([])
        for _ in range(args.batches):
            scores, state_ids, actions = bandit.sample(env, torch.tensor(sizes), args.sigma,
                                                       generator)
            for name, estimator in estimators.items():
                advantages = estimator(scores, state_ids)
                gradients[name][-1].append(
                    bandit.estimated_gradient(env, advantages, state_ids, actions))
                if name in errors:
                    errors[name].append(bandit.baseline_error(env, scores, advantages,
                                                              state_ids))
    results = {name: summarise(runs, truths) for name, runs in gradients.items()}
    for name, values in errors.items():
        results[name]["baseline_error"] = statistics.fmean(values)
    return results


def run_mdp(states: int, args: argparse.Namespace,
            estimators: dict[str, mdp.StepEstimator] | None = None) -> dict[str, dict]:
    """Every estimator (default: the MDP's ESTIMATORS) on the same batches."""
    generator = torch.Generator().manual_seed(args.seed)
    estimators = mdp.ESTIMATORS if estimators is None else estimators
    gradients: dict[str, list[list[Tensor]]] = {name: [] for name in estimators}
    truths, singletons = [], []
    for _ in range(args.environments):
        env = mdp.make_mdp(args.layers, states, args.actions, generator)
        truths.append(env.gradient)
        for name in estimators:
            gradients[name].append([])
        for _ in range(args.batches):
            batch = mdp.sample(env, args.groups, args.group_size, args.sigma, generator)
            singletons.append(_singleton_fraction(batch))
            for name, estimator in estimators.items():
                gradients[name][-1].append(mdp.estimated_gradient(env, batch, estimator(
                    batch.steps)))
    results = {name: summarise(runs, truths) for name, runs in gradients.items()}
    results["_singleton_fraction"] = {"mean": statistics.fmean(singletons)}
    return results


def _singleton_fraction(batch: mdp.Episodes) -> float:
    from creditkit import step_group_ids

    ids = step_group_ids(batch.steps.group_ids, batch.steps.anchor_ids)  # type: ignore[arg-type]
    counts = torch.bincount(ids)
    return float((counts == 1).double().mean())


def table(title: str, results: dict[str, dict[str, dict]], metric: str,
          names: list[str], fmt: Callable[[float], str]) -> str:
    settings = list(results)
    lines = [f"\n{title}\n", "| estimator | " + " | ".join(settings) + " |",
             "|---|" + "---:|" * len(settings)]
    for name in names:
        cells = []
        for setting in settings:
            column = {n: r[metric] for n, r in results[setting].items()
                      if n in names and metric in r}
            value = results[setting][name].get(metric)
            best = max(column.values()) if metric != "baseline_error" else min(column.values())
            text = fmt(value) if value is not None else "-"
            cells.append(f"**{text}**" if value is not None and fmt(best) == text else text)
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def plot(bandit_results: dict, mdp_results: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(1, 2, figsize=(15, 6.5))
    for axis, results, title in ((axes[0], bandit_results, "bandit (centred estimators)"),
                                 (axes[1], mdp_results, "layered MDP")):
        settings = list(results)
        names = [n for n in results[settings[0]] if not n.startswith("_")
                 and (results is not bandit_results or n in bandit.CENTRED)]
        width = 0.8 / len(names)
        for index, name in enumerate(names):
            values = [results[s][name]["cosine"] for s in settings]
            axis.bar([i + index * width for i in range(len(settings))], values, width,
                     label=name)
        axis.set_xticks([i + 0.4 - width / 2 for i in range(len(settings))],
                        [setting.replace(", ", "\n") for setting in settings], fontsize=8)
        axis.set_ylabel("mean cosine to the true gradient")
        axis.set_title(title)
        axis.legend(fontsize=7, ncol=3, loc="upper center", bbox_to_anchor=(0.5, -0.14))
    figure.tight_layout()
    figure.savefig(path, dpi=110)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--environments", type=int, default=10)
    parser.add_argument("--batches", type=int, default=30, help="batches per environment")
    parser.add_argument("--states", type=int, default=64, help="bandit states (groups) G")
    parser.add_argument("--actions", type=int, default=4)
    parser.add_argument("--tau-q", type=float, default=0.5)
    parser.add_argument("--sigma", type=float, default=1.0)
    parser.add_argument("--layers", type=int, default=5)
    parser.add_argument("--groups", type=int, default=8, help="MDP episode groups per batch")
    parser.add_argument("--group-size", type=int, default=8)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--quick", action="store_true", help="2 environments x 5 batches")
    parser.add_argument("--out", type=Path, default=Path("runs/gradient_quality"))
    args = parser.parse_args()
    if args.quick:
        args.environments, args.batches = 2, 5
    torch.set_num_threads(1)
    bandit_results = {f"tau_V={tau_v}, {label}": run_bandit(tau_v, sizes, args)
                      for tau_v in (0.3, 1.0) for label, sizes in SIZE_DISTRIBUTIONS.items()}
    mdp_results = {f"M={states} states/layer": run_mdp(states, args) for states in (2, 4, 8)}
    print(f"{args.environments} environments x {args.batches} batches per setting; bandit "
          f"G={args.states}, K={args.actions}, tau_Q={args.tau_q}, sigma={args.sigma}")
    three = lambda value: f"{value:.3f}"  # noqa: E731
    print(table("Bandit, centring estimators: mean cosine to the true gradient", bandit_results,
                "cosine", list(bandit.CENTRED), three))
    print(table("Bandit, scaled estimators: mean cosine", bandit_results, "cosine",
                list(bandit.SCALED), three))
    print(table("Bandit: SNR ||E g||^2 / E||g - E g||^2", bandit_results, "snr",
                list(bandit.CENTRED) + list(bandit.SCALED), three))
    print(table("Bandit: baseline error E(b - V)^2", bandit_results, "baseline_error",
                list(bandit.CENTRED), three))
    print(table(f"Layered MDP ({args.layers} layers, {args.groups} groups x {args.group_size} "
                f"episodes): mean cosine", mdp_results, "cosine", list(mdp.ESTIMATORS), three))
    print(table("Layered MDP: SNR", mdp_results, "snr", list(mdp.ESTIMATORS), three))
    fractions = {s: r["_singleton_fraction"]["mean"] for s, r in mdp_results.items()}
    print("\nMDP singleton step groups: " + ", ".join(f"{s}: {v:.0%}"
                                                      for s, v in fractions.items()))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(
        {"bandit": bandit_results, "mdp": mdp_results}, indent=1))
    plot(bandit_results, mdp_results, args.out / "gradient_quality.png")
    print(f"\nplot: {args.out / 'gradient_quality.png'}")


if __name__ == "__main__":
    main()
