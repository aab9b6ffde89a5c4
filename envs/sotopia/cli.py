"""Console scripts: ``creditkit-sotopia-rl`` (the pipeline) and ``creditkit-sotopia-eval``."""

from __future__ import annotations

import json
from pathlib import Path

import hydra
from hydra.utils import instantiate
from omegaconf import DictConfig

from creditkit.cli import CONFIG_DIR

__all__ = ["evaluate", "pipeline"]


@hydra.main(config_path=CONFIG_DIR, config_name="sotopia_rl", version_base="1.3")
def pipeline(cfg: DictConfig) -> None:
    """Run (or resume) every stage; print the summary as JSON."""
    from creditkit_envs.sotopia.pipeline import run

    print(json.dumps(run(cfg), indent=1))


@hydra.main(config_path=CONFIG_DIR, config_name="sotopia_eval", version_base="1.3")
def evaluate(cfg: DictConfig) -> None:
    """Play ``episodes`` seeds with every policy; print the seven-dimension table and JSON."""
    from creditkit_envs.sotopia.evaluation import dimension_means, seven_dimension_table
    from creditkit_envs.sotopia.pipeline import collect_episodes, hf_actor

    if not cfg.policies:
        raise SystemExit("policies is empty: give policies=[folder,...] (model folders or hub "
                         "ids playing the learner seat)")
    env = instantiate(cfg.env)()
    rows = {}
    for policy in cfg.policies:
        act = hf_actor(str(policy), cfg.max_new_tokens, cfg.temperature, cfg.seed)
        rows[str(policy)] = dimension_means(collect_episodes(env, act, range(cfg.episodes)))
    print(seven_dimension_table(rows))
    print(json.dumps(rows, indent=1))
    if cfg.output:
        Path(cfg.output).write_text(json.dumps(rows, indent=1) + "\n")
