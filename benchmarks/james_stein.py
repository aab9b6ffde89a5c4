"""Where NIG's James-Stein small-G factor c = max(0, (G-3)/(G-1)) should act (issue 14).

Three forms of the empirical-Bayes fit, on the gradient-quality testbeds
(``gradient_quality.py``: mean cosine to the true gradient, same batches for every form):

- ``baseline``: c multiplies the shrinkage B_g = kappa0 / (kappa0 + n_g) of the baseline
  (docs/estimators/niw.md);
- ``kappa0``: c multiplies the fitted kappa0 (so B_g = c kappa0 / (c kappa0 + n_g), and the
  posterior scale's prior count shrinks too);
- ``none``: no factor.

The bandit runs at G = 5, 8, 16 and 64 states (groups), where c = 0.5, 0.71, 0.87, 0.97; the
layered MDP runs GiGPO's step term with NIG, whose per-task priors pool 8 to ~20 step groups.

    python benchmarks/james_stein.py            # about 5 minutes on one CPU thread
    python benchmarks/james_stein.py --quick    # a smoke run
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gradient_quality as quality  # noqa: E402

from creditkit import NIW, GiGPO, NIWOptions, niw_advantages  # noqa: E402

FORMS = ("baseline", "kappa0", "none")
STATES = (5, 8, 16, 64)
SIZES = {"n~U{1,2}": [0.5, 0.5], "n~U{1..4}": [0.25] * 4}


def bandit_estimators() -> dict[str, quality.bandit.Estimator]:
    estimators: dict[str, quality.bandit.Estimator] = {}
    for form in FORMS:
        estimators[f"centred, {form}"] = lambda s, g, form=form: niw_advantages(
            s, g, NIWOptions(scale="none", james_stein=form)
        )
        estimators[f"scaled, {form}"] = lambda s, g, form=form: niw_advantages(
            s, g, NIWOptions(james_stein=form)
        )
    return estimators


def mdp_estimators() -> dict[str, quality.mdp.StepEstimator]:
    estimators: dict[str, quality.mdp.StepEstimator] = {}
    for form in FORMS:
        estimators[f"GiGPO + NIG step, {form}"] = GiGPO(
            gamma=1.0, step_estimator=NIW(james_stein=form)
        )
        estimators[f"GiGPO (no std) + NIG step (none), {form}"] = GiGPO(
            gamma=1.0, scale="none", step_estimator=NIW(scale="none", james_stein=form)
        )
    return estimators


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--environments", type=int, default=10)
    parser.add_argument("--batches", type=int, default=30)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--quick", action="store_true", help="2 environments x 5 batches")
    parser.add_argument("--out", type=Path, default=Path("runs/james_stein.json"))
    args = parser.parse_args()
    if args.quick:
        args.environments, args.batches = 2, 5
    base = dict(actions=4, tau_q=0.5, sigma=1.0, layers=5, groups=8, group_size=8)
    torch.set_num_threads(1)
    bandit: dict[str, dict] = {}
    for states in STATES:
        settings = argparse.Namespace(**vars(args), states=states, **base)
        for tau_v in (0.3, 1.0):
            for label, sizes in SIZES.items():
                bandit[f"G={states}, tau_V={tau_v}, {label}"] = quality.run_bandit(
                    tau_v, sizes, settings, bandit_estimators(), ()
                )
    settings = argparse.Namespace(**vars(args), states=64, **base)
    mdp = {f"M={m}": quality.run_mdp(m, settings, mdp_estimators()) for m in (2, 4, 8)}
    three = lambda value: f"{value:.3f}"  # noqa: E731
    print(f"{args.environments} environments x {args.batches} batches per setting")
    for kind in ("centred", "scaled"):
        names = [name for name in bandit_estimators() if name.startswith(kind)]
        print(
            quality.table(
                f"Bandit, {kind}: mean cosine to the true gradient", bandit, "cosine", names, three
            )
        )
    for kind in ("GiGPO + NIG", "GiGPO (no std)"):
        names = [name for name in mdp_estimators() if name.startswith(kind)]
        print(quality.table(f"Layered MDP, {kind}: mean cosine", mdp, "cosine", names, three))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"bandit": bandit, "mdp": mdp}, indent=1))


if __name__ == "__main__":
    main()
