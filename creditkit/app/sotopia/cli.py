"""Console scripts: ``creditkit-sotopia-rl`` (the pipeline) and ``creditkit-sotopia-eval``."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import hydra
from omegaconf import DictConfig

from creditkit.app.compose import build, register

SOTOPIA_CONFIG_DIR = str(files("creditkit.app.sotopia") / "configs")

__all__ = ["evaluate", "pipeline"]


def pipeline() -> None:
    """The Sotopia-RL pipeline: ``creditkit-sotopia-rl [OVERRIDES]`` (see :func:`_pipeline`)."""
    register()  # the settings schemas and resolvers the config groups use
    _pipeline()


def evaluate() -> None:
    """The evaluation table: ``creditkit-sotopia-eval [OVERRIDES]`` (see :func:`_evaluate`)."""
    register()
    _evaluate()


@hydra.main(config_path=SOTOPIA_CONFIG_DIR, config_name="sotopia_rl", version_base="1.3")
def _pipeline(cfg: DictConfig) -> None:
    """Run (or resume) every stage; print the summary as JSON."""
    from creditkit.app.sotopia.pipeline import run

    print(json.dumps(run(cfg), indent=1))


@hydra.main(config_path=SOTOPIA_CONFIG_DIR, config_name="sotopia_eval", version_base="1.3")
def _evaluate(cfg: DictConfig) -> None:
    """Play ``episodes`` seeds with every policy; print the seven-dimension table and JSON (also
    written to ``output_dir/results.json``, beside the job's log)."""
    from creditkit.app.sotopia.pipeline import hf_actor
    from creditkit_envs.sotopia.evaluation import dimension_means, seven_dimension_table
    from creditkit_envs.sotopia.rl.episodes import collect_episodes

    if not cfg.policies:
        raise SystemExit("policies is empty: give policies=[folder,...] (model folders or hub "
                         "ids playing the learner seat)")
    env = build(cfg, "env")()
    rows = {}
    for policy in cfg.policies:
        act = hf_actor(str(policy), cfg.max_new_tokens, cfg.temperature, cfg.seed)
        rows[str(policy)] = dimension_means(collect_episodes(env, act, range(cfg.episodes)))
    print(seven_dimension_table(rows))
    print(json.dumps(rows, indent=1))
    folder = Path(cfg.output_dir)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "results.json").write_text(json.dumps(rows, indent=1) + "\n")
