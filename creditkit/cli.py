"""Console scripts: ``creditkit-train``, ``creditkit-eval`` (Hydra) and ``creditkit`` (plot,
inspect, serve)."""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

import hydra
from hydra.core.config_store import ConfigStore
from hydra.utils import instantiate
from omegaconf import MISSING, DictConfig, OmegaConf

from creditkit.run_folder import default_run_name
from creditkit.settings_check import checked_factory

CONFIG_DIR = str(files("creditkit.configs"))
CHECKOUT = Path(__file__).resolve().parents[1]
"""The folder holding the ``creditkit`` package: the repository root of a source checkout."""


def checkout_path(relative: str) -> str:
    """``${checkout:PATH}`` in configs: PATH relative to :data:`CHECKOUT`, not to the working
    folder (so ``../shared/data/...`` is found wherever a command runs)."""
    return str((CHECKOUT / relative).resolve())


OmegaConf.register_new_resolver("checkout", checkout_path, replace=True)
OmegaConf.register_new_resolver("run_name", default_run_name, replace=True, use_cache=True)


@dataclass
class TrainSchema:
    """The top level of ``configs/train.yaml``: a key not listed here fails at compose time."""

    env: Any = MISSING
    estimator: Any = MISSING
    shaper: Any = MISSING
    policy: Any = MISSING
    rollout: Any = MISSING
    trainer: Any = MISSING
    engine: Any = MISSING
    seed: int = 0
    output_dir: str = MISSING
    resume: bool = True
    replace: bool = False
    progress: bool = True
    evaluation: Any = MISSING


ConfigStore.instance().store(name="train_schema", node=TrainSchema)


def settings_schema(settings: type) -> type:
    """A structured config node of a settings dataclass: its ``_target_`` and every field with
    its default, so that a group YAML restates no default (each lives in the dataclass) and an
    override typo fails at compose time. Values are validated by the dataclass itself."""
    fields: list[tuple[str, Any, Any]] = [("_target_", str, dataclasses.field(
        default=f"{settings.__module__}.{settings.__qualname__}"))]
    for field in dataclasses.fields(settings):
        default = (dataclasses.field(default=field.default)
                   if field.default is not dataclasses.MISSING
                   else dataclasses.field(default_factory=field.default_factory))
        fields.append((field.name, Any, default))
    return dataclasses.make_dataclass(f"{settings.__name__}Schema", fields)


def _store_settings_schemas() -> None:
    """``policy/schema``, ``rollout/schema`` and ``trainer/schema``: the bases of those groups'
    YAML files (``defaults: [schema, _self_]``)."""
    from creditkit.config import PolicyConfig, RolloutConfig, TrainerConfig

    for group, settings in (("policy", PolicyConfig), ("rollout", RolloutConfig),
                            ("trainer", TrainerConfig)):
        ConfigStore.instance().store(group=group, name="schema", node=settings_schema(settings))


_store_settings_schemas()


def build_trainer(cfg: DictConfig, estimator: Any = None) -> Any:
    """Instantiate every group of a composed config and the :class:`Trainer` over them;
    ``estimator``, when given, is an estimator object to use instead of ``cfg.estimator``'s
    (e.g. one built in Python)."""
    from transformers.utils import logging as hf_logging

    from creditkit.trainer import Trainer

    hf_logging.disable_progress_bar()
    logging.getLogger("accelerate").setLevel(logging.WARNING)
    # tied input/output embeddings make every save log "Removed shared tensor"; it is benign
    logging.getLogger("accelerate.utils.other").setLevel(logging.ERROR)
    return Trainer(
        env=checked_factory(instantiate(cfg.env), "env"),
        estimator=(instantiate(cfg.estimator, _convert_="object") if estimator is None
                   else estimator),
        shaper=instantiate(cfg.shaper, _convert_="object"), policy=instantiate(cfg.policy),
        rollout=instantiate(cfg.rollout), trainer=instantiate(cfg.trainer),
        output_dir=cfg.output_dir, seed=cfg.seed, resume=cfg.resume, replace=cfg.replace,
        show_progress=cfg.progress, engine=instantiate(cfg.engine),
    )


def record_run(cfg: DictConfig, run_dir: Path) -> logging.Handler:
    """Write ``RUN_DIR/hydra/config.yaml`` (the composed config, ``output_dir`` resolved) and
    ``overrides.yaml`` (the command line's overrides) and log to ``RUN_DIR/train.log``: done by
    ``creditkit-train`` once its trainer holds the run folder, never by a refused second run."""
    from hydra.core.hydra_config import HydraConfig

    folder = run_dir / "hydra"
    folder.mkdir(parents=True, exist_ok=True)
    saved = OmegaConf.merge(cfg, {"output_dir": str(cfg.output_dir)})
    staged = folder / "config.yaml.tmp"
    OmegaConf.save(saved, staged)
    staged.replace(folder / "config.yaml")
    overrides = list(HydraConfig.get().overrides.task) if HydraConfig.initialized() else []
    (folder / "overrides.yaml").write_text(OmegaConf.to_yaml(overrides))
    handler = logging.FileHandler(run_dir / "train.log")
    handler.setFormatter(logging.Formatter("[%(asctime)s][%(name)s][%(levelname)s] - %(message)s"))
    logging.getLogger().addHandler(handler)
    return handler


def compose_train_config(overrides: Sequence[str]) -> DictConfig:
    """``train.yaml`` composed with ``overrides``, as ``creditkit-train`` would see it, from
    inside a running Hydra app (e.g. ``creditkit-sotopia-rl``, whose own search path is left as
    it was) or outside any."""
    from hydra import compose, initialize_config_dir
    from hydra.core.global_hydra import GlobalHydra
    from hydra.initialize import get_gh_backup, restore_gh_from_backup

    running = GlobalHydra.instance().is_initialized()
    backup = get_gh_backup() if running else None
    if running:
        GlobalHydra.instance().clear()
    try:
        with initialize_config_dir(CONFIG_DIR, version_base="1.3"):
            return compose("train", overrides=list(overrides))
    finally:
        if running:
            restore_gh_from_backup(backup)


@hydra.main(config_path=CONFIG_DIR, config_name="train", version_base="1.3")
def train(cfg: DictConfig) -> None:
    """Train; metrics go to ``output_dir/metrics.jsonl`` and TensorBoard."""
    trainer = build_trainer(cfg)
    log_file = record_run(cfg, trainer.run_dir) if trainer.accelerator.is_main_process else None
    try:
        final = trainer.fit()
    finally:
        trainer.close()
        if log_file is not None:
            logging.getLogger().removeHandler(log_file)
            log_file.close()
    if trainer.accelerator.is_main_process:
        print(json.dumps({"output_dir": cfg.output_dir, **final}, indent=1))


RUN_MARKS = ("checkpoints", "policy", "hydra")
"""What a folder written by ``creditkit-train`` holds (any one of them)."""


@hydra.main(config_path=CONFIG_DIR, config_name="train", version_base="1.3")
def evaluate(cfg: DictConfig) -> None:
    """Evaluate the newest checkpoint of ``output_dir`` (or the initial policy), and the
    reference policies of ``evaluation.references``: a success table per task category (the
    GiGPO paper's Table 1 layout), then the figures as JSON. With ``evaluation.policy=false``
    no policy is built or loaded: reference rows need none."""
    from creditkit.evaluation import (
        episode_metrics,
        mean_score,
        play_reference,
        success_rates,
        success_table,
    )
    from creditkit.progress import phase

    options = cfg.evaluation
    if not options.policy and not options.references:
        raise SystemExit("evaluation.policy is false and evaluation.references is empty: "
                         "nothing to evaluate (set evaluation.references=[expert,random] or "
                         "evaluation.policy=true)")
    env_factory = checked_factory(instantiate(cfg.env), "env")
    eval_config = instantiate(cfg.trainer)
    probe = env_factory()
    if options.seeds is not None:
        seeds = [int(s) for s in options.seeds]
    elif probe.num_tasks is not None:
        seeds = list(range(probe.num_tasks))
    else:
        seeds = list(eval_config.eval_seeds)
    per_seed = int(options.episodes_per_seed or eval_config.eval_group_size)
    rows, step = {}, None
    run_dir = Path(cfg.output_dir)
    fresh = not any((run_dir / name).exists() for name in RUN_MARKS)
    if options.policy and fresh and not options.initial_policy:
        if run_dir.is_dir() and not any(run_dir.iterdir()):
            run_dir.rmdir()  # made by Hydra for this command: leave no trace
        raise SystemExit(f"output_dir {run_dir} holds no run (no {', '.join(RUN_MARKS)}): "
                         f"creditkit-eval evaluates a creditkit-train run folder; check the "
                         f"name (the untrained policy: evaluation.initial_policy=true; "
                         f"reference rows only: evaluation.policy=false)")
    if options.initial_policy and not options.policy:
        raise SystemExit("evaluation.initial_policy=true needs evaluation.policy=true (it says "
                         "which policy the policy row plays)")
    if options.initial_policy and not fresh:
        raise SystemExit(f"evaluation.initial_policy=true builds the initial policy in a new "
                         f"output_dir, but {run_dir} holds a run: name a new folder")
    if options.policy:
        merged = OmegaConf.merge(cfg, {"resume": True})
        assert isinstance(merged, DictConfig)
        trainer = build_trainer(merged)
        step = trainer.restore_latest()
        trainer.sync_engine()
        batch = int(options.seeds_per_batch or max(len(seeds), 1))  # null: all at once
        with phase(f"policy (step {step}): batches of {batch} seeds x {per_seed} episodes",
                   -(-len(seeds) // batch), cfg.progress) as advance:
            rows[f"policy (step {step})"] = trainer.evaluate_outcomes(seeds, per_seed, batch,
                                                                      on_batch=advance)
        trainer.close()
    for name in options.references:
        with phase(f"reference {name!r}: episodes", len(seeds) * per_seed,
                   cfg.progress) as advance:
            rows[name] = play_reference(env_factory, name, seeds, per_seed, seed=cfg.seed,
                                        on_episode=advance)
    print(success_table(rows, probe.category_labels))
    summary = {"checkpoint_step": step, "seeds": len(seeds), "episodes_per_seed": per_seed,
               "success": {name: success_rates(outcomes) for name, outcomes in rows.items()}}
    scores = {name: mean_score(outcomes) for name, outcomes in rows.items()}
    if any(score is not None for score in scores.values()):
        summary["score"] = scores
    if options.policy:
        summary.update(episode_metrics(next(iter(rows.values()))))
    print(json.dumps(summary, indent=1))


def export_policy(run_dir: Path, out: Path | None = None) -> Path:
    """Write the newest checkpoint of ``run_dir`` as a model folder (``out``, default
    ``RUN_DIR/final``), rebuilding the run from the config it saved (``RUN_DIR/hydra``)."""
    saved = run_dir / "hydra" / "config.yaml"
    if not saved.exists():
        raise SystemExit(f"{saved} not found: is {run_dir} a creditkit-train run folder?")
    cfg = OmegaConf.load(saved)
    assert isinstance(cfg, DictConfig)
    cfg.output_dir, cfg.resume, cfg.progress = str(run_dir), True, False
    trainer = build_trainer(cfg)
    try:
        if trainer.restore_latest() == 0:
            raise SystemExit(f"{run_dir} has no checkpoint to export (trainer.save_every "
                             f"writes them; the run may have stopped before the first)")
        return trainer.save_policy(out or run_dir / "final")  # type: ignore[no-any-return]
    finally:
        trainer.close()


def main(argv: list[str] | None = None) -> None:
    """``creditkit plot RUN_DIR... [--out FILE] [--metrics KEY...]``: curves of runs;
    ``creditkit inspect RUN_DIR [--step N] [--estimators NAME...]``: the HTML page of a saved
    rollout (see :mod:`creditkit.inspect.page`); ``creditkit serve --model NAME=PATH``: an
    OpenAI-compatible server of local models (token-id completions, runtime LoRA adapters,
    chat) for ``engine=server`` and for judges; ``creditkit export RUN_DIR [--out FOLDER]``:
    the run's newest checkpoint as a Hugging Face model folder."""
    from creditkit.judges.server import add_serve_arguments

    parser = argparse.ArgumentParser(prog="creditkit", description="creditkit utilities")
    commands = parser.add_subparsers(dest="command", required=True)
    plot_parser = commands.add_parser("plot", help="plot success and reward curves of runs")
    plot_parser.add_argument("runs", nargs="+", type=Path, help="run folders (metrics.jsonl)")
    plot_parser.add_argument("--out", type=Path, default=Path("curves.png"),
                             help="the image written; its suffix picks the format "
                                  "(default: %(default)s)")
    plot_parser.add_argument("--labels", nargs="*", help="one legend label per run")
    plot_parser.add_argument(
        "--metrics", nargs="+", metavar="KEY",
        help="metrics.jsonl keys to draw, one panel each (e.g. train.singleton_fraction "
             "credit.anchor_match_rate); default: eval.success train.success train.return")
    inspect_parser = commands.add_parser(
        "inspect", help="write an HTML page of a run's saved rollout: turns coloured by "
                        "advantage, anchor states outlined, estimators side by side")
    inspect_parser.add_argument("run", type=Path, help="run folder (rollouts/, metrics.jsonl)")
    inspect_parser.add_argument("--step", type=int, help="a saved step (default: the last)")
    inspect_parser.add_argument(
        "--estimators", nargs="+", default=[], metavar="NAME",
        help="estimator config options to re-run on the saved batch (e.g. grpo gigpo hgpo)")
    inspect_parser.add_argument("--groups", type=int, default=16,
                                help="groups drawn (default 16; 0: all)")
    inspect_parser.add_argument("--out", type=Path,
                                help="the HTML file (default RUN/inspect_step_N.html)")
    export_parser = commands.add_parser(
        "export", help="write a run's newest checkpoint as a Hugging Face model folder "
                       "(LoRA adapters merged), for from_pretrained, vllm serve or creditkit serve")
    export_parser.add_argument("run", type=Path, help="run folder (checkpoints/, hydra/)")
    export_parser.add_argument("--out", type=Path,
                               help="the model folder written (default RUN/final)")
    serve_parser = commands.add_parser(
        "serve", help="serve local models: /v1/completions with token ids and log-probs, LoRA "
                      "adapters loaded at runtime, /v1/chat/completions")
    add_serve_arguments(serve_parser)
    args = parser.parse_args(argv)
    try:
        _run_command(args)
    except (ValueError, FileNotFoundError) as error:  # bad input: the message, not a traceback
        raise SystemExit(f"creditkit {args.command}: {error}") from None


def _run_command(args: argparse.Namespace) -> None:
    if args.command == "serve":
        from creditkit.judges.server import serve

        serve(args)
        return
    if args.command == "export":
        print(export_policy(args.run, args.out))
        return
    if args.command == "inspect":
        from creditkit.inspect.page import write_page

        print(write_page(args.run, args.out, args.step, args.estimators, args.groups or None))
        return
    from creditkit.plot import plot_runs

    print(plot_runs(args.runs, args.out, args.labels, args.metrics))


if __name__ == "__main__":  # python -m creditkit.cli ... (the accelerate launch lines' -m form)
    train()
