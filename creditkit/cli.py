"""Console scripts: ``creditkit-train``, ``creditkit-eval`` (Hydra) and ``creditkit plot``."""

from __future__ import annotations

import argparse
import json
import logging
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

import hydra
from hydra.core.config_store import ConfigStore
from hydra.utils import instantiate
from omegaconf import MISSING, DictConfig, OmegaConf

CONFIG_DIR = str(files("creditkit.configs"))


@dataclass
class TrainSchema:
    """The top level of ``configs/train.yaml``: a key not listed here fails at compose time."""

    env: Any = MISSING
    estimator: Any = MISSING
    shaper: Any = MISSING
    policy: Any = MISSING
    rollout: Any = MISSING
    trainer: Any = MISSING
    seed: int = 0
    output_dir: str = MISSING
    resume: bool = True
    progress: bool = True


ConfigStore.instance().store(name="train_schema", node=TrainSchema)


def build_trainer(cfg: DictConfig) -> Any:
    """Instantiate every group of a composed config and the :class:`Trainer` over them."""
    from transformers.utils import logging as hf_logging

    from creditkit.trainer import Trainer

    hf_logging.disable_progress_bar()
    logging.getLogger("accelerate").setLevel(logging.WARNING)
    # tied input/output embeddings make every save log "Removed shared tensor"; it is benign
    logging.getLogger("accelerate.utils.other").setLevel(logging.ERROR)
    return Trainer(
        env=instantiate(cfg.env), estimator=instantiate(cfg.estimator, _convert_="object"),
        shaper=instantiate(cfg.shaper, _convert_="object"), policy=instantiate(cfg.policy),
        rollout=instantiate(cfg.rollout), trainer=instantiate(cfg.trainer),
        output_dir=cfg.output_dir, seed=cfg.seed, resume=cfg.resume, show_progress=cfg.progress,
    )


@hydra.main(config_path=CONFIG_DIR, config_name="train", version_base="1.3")
def train(cfg: DictConfig) -> None:
    """Train; metrics go to ``output_dir/metrics.jsonl`` and TensorBoard."""
    trainer = build_trainer(cfg)
    final = trainer.fit()
    if trainer.accelerator.is_main_process:
        print(json.dumps({"output_dir": cfg.output_dir, **final}, indent=1))


@hydra.main(config_path=CONFIG_DIR, config_name="train", version_base="1.3")
def evaluate(cfg: DictConfig) -> None:
    """Evaluate the newest checkpoint of ``output_dir`` (or the initial policy) and print it."""
    merged = OmegaConf.merge(cfg, {"resume": True})
    assert isinstance(merged, DictConfig)
    trainer = build_trainer(merged)
    step = trainer.restore_latest()
    print(json.dumps({"checkpoint_step": step, **trainer.evaluate()}, indent=1))


def main(argv: list[str] | None = None) -> None:
    """``creditkit plot RUN_DIR... [--out FILE]``: success and reward curves of runs."""
    parser = argparse.ArgumentParser(prog="creditkit", description="creditkit utilities")
    commands = parser.add_subparsers(dest="command", required=True)
    plot_parser = commands.add_parser("plot", help="plot success and reward curves of runs")
    plot_parser.add_argument("runs", nargs="+", type=Path, help="run folders (metrics.jsonl)")
    plot_parser.add_argument("--out", type=Path, default=Path("curves.png"))
    plot_parser.add_argument("--labels", nargs="*", help="one legend label per run")
    args = parser.parse_args(argv)
    from creditkit.plot import plot_runs

    print(plot_runs(args.runs, args.out, args.labels))
