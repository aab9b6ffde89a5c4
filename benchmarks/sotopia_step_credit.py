"""Step credit in dialogue: how much of a Sotopia batch GiGPO, HGPO and G2PO reach per state.

    python benchmarks/sotopia_step_credit.py               # 10 steps of experiment=sotopia_online
    python benchmarks/sotopia_step_credit.py --steps 3 --out /tmp/credit

Trains ``experiment=sotopia_online`` (tiny policy, partner and judge, all offline) with GiGPO,
its default estimator. On every batch it trains on, HGPO (the authors' history 2) and G2PO
(their defaults) are also computed, for their diagnostics only, so the three read the same
batches. Per step the run logs (``OUT/run/metrics.jsonl``): ``train.singleton_fraction`` (the
share of step groups with one turn), and per method ``estimator.METHOD.step_nonzero_fraction``
(the share of rows whose step term is not exactly 0), HGPO's ``levelK_grouped_fraction`` and
G2PO's node, gain and won fractions. The table gives the mean and range over the steps.

The utterance reward comes from a reward model with an untrained score head on the tiny
policy (``creditkit-sotopia-rl`` trains a real one; the group structure does not depend on it).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path
from typing import Any

from torch import Tensor

from creditkit.batch import StepBatch
from creditkit.estimators import G2PO, HGPO
from creditkit.estimators.base import AdvantageEstimator


class Probe:
    """Trains with ``train``; also runs each of ``probes`` on the same batch, for their
    ``metrics()`` only. Its own ``metrics()`` are every part's, as ``NAME.METRIC``."""

    def __init__(self, train: AdvantageEstimator, name: str,
                 probes: dict[str, AdvantageEstimator]) -> None:
        self.parts = {name: train, **probes}
        self.train = train

    def __call__(self, steps: StepBatch) -> Tensor:
        for part in self.parts.values():
            if part is not self.train:
                part(steps)
        return self.train(steps)

    def metrics(self) -> dict[str, float]:
        return {f"{name}.{key}": value for name, part in self.parts.items()
                for key, value in getattr(part, "metrics", dict)().items()}


def tiny_reward_model(overrides: list[str], folder: Path) -> str:
    """The online config's tiny policy (built once), and a reward model on it with an
    untrained score head; returns the reward model's folder."""
    from hydra.utils import instantiate

    from creditkit.app.compose import compose
    from creditkit.models import prepare_policy
    from creditkit.train.reward_model import load_reward_model

    cfg = compose([*overrides, "env.reward_model=null"])
    policy = prepare_policy(instantiate(cfg.policy), instantiate(cfg.env), folder / "policy",
                            cfg.seed)
    reward_model = folder / "reward_model"
    if not (reward_model / "config.json").exists():
        model, tokenizer = load_reward_model(policy)
        model.save_pretrained(reward_model)
        tokenizer.save_pretrained(reward_model)
    return str(reward_model)


def train(overrides: list[str], folder: Path) -> list[dict[str, Any]]:
    """The online run with the probe; its metric records."""
    from hydra.utils import instantiate

    from creditkit.app.compose import build_trainer, compose
    from creditkit.train.metrics import read_metrics

    reward_model = tiny_reward_model(overrides, folder)
    cfg = compose([*overrides, f"env.reward_model={reward_model}",
                                f"policy.name_or_path={folder / 'policy'}", "policy.tiny=null",
                                f"output_dir={folder / 'run'}", "progress=false"])
    probe = Probe(instantiate(cfg.estimator, _convert_="object"), "gigpo",
                  {"hgpo": HGPO(), "g2po": G2PO()})
    trainer = build_trainer(cfg, estimator=probe)
    try:
        trainer.fit()
    finally:
        trainer.close()
    return read_metrics(folder / "run")


def summary(records: list[dict[str, Any]]) -> dict[str, list[float]]:
    """Per logged figure of interest, its values over the training steps."""
    logged = ("train.singleton_fraction", "train.step_groups", "train.turns", "train.length")
    keys = sorted({key for record in records for key in record
                   if key.startswith("estimator.") or key in logged})
    return {key: [r[key] for r in records if key in r] for key in keys}


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=10, help="training steps")
    parser.add_argument("--out", type=Path, default=Path("runs/sotopia_step_credit"))
    parser.add_argument("--overrides", nargs="*", default=[],
                        help="extra Hydra overrides of experiment=sotopia_online")
    args = parser.parse_args(argv)
    overrides = ["experiment=sotopia_online", f"trainer.steps={args.steps}",
                 f"trainer.save_every={args.steps}", *args.overrides]
    began = time.perf_counter()
    figures = summary(train(overrides, args.out))
    print(f"\n### experiment=sotopia_online, {args.steps} steps: per-step figures\n")
    print("| figure | mean | min | max |")
    print("|---|---:|---:|---:|")
    for key, values in figures.items():
        print(f"| {key} | {statistics.fmean(values):.3f} | {min(values):.3f} | "
              f"{max(values):.3f} |")
    wall_s = time.perf_counter() - began
    results = {"overrides": overrides, "figures": figures, "wall_s": wall_s}
    (args.out / "results.json").write_text(json.dumps(results, indent=1))
    print(f"\nresults: {args.out / 'results.json'}; {wall_s / 60:.1f} min")
    return results


if __name__ == "__main__":
    main()
