"""Console scripts, and nothing else: ``creditkit-train``, ``creditkit-eval`` (Hydra, composed by
:mod:`creditkit.app.compose`) and ``creditkit`` (plot, inspect, export, serve)."""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

import hydra
from omegaconf import DictConfig, OmegaConf

from creditkit.app.compose import CONFIG_DIR, build, build_trainer, record_run, register


def train() -> None:
    """Train: ``creditkit-train [OVERRIDES]`` composes the training config with the command
    line's Hydra overrides and trains; metrics go to ``RUN_DIR/metrics.jsonl`` and
    TensorBoard."""
    register()
    _train()


def evaluate() -> None:
    """Evaluate: ``creditkit-eval [OVERRIDES]`` evaluates a run (see :func:`_evaluate`)."""
    register()
    _evaluate()


@hydra.main(config_path=CONFIG_DIR, config_name="train", version_base="1.3")
def _train(cfg: DictConfig) -> None:
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
def _evaluate(cfg: DictConfig) -> None:
    """Evaluate the newest checkpoint of ``output_dir`` (or the initial policy), and the
    reference policies of ``evaluation.references``: a success table per task category (the
    GiGPO paper's Table 1 layout), then the figures as JSON. With ``evaluation.policy=false``
    no policy is built or loaded: reference rows need none."""
    from creditkit.models.progress import phase
    from creditkit.train.evaluation import (
        episode_metrics,
        mean_score,
        play_reference,
        success_rates,
        success_table,
    )

    options = cfg.evaluation
    if not options.policy and not options.references:
        raise SystemExit("evaluation.policy is false and evaluation.references is empty: "
                         "nothing to evaluate (set evaluation.references=[expert,random] or "
                         "evaluation.policy=true)")
    env_factory = build(cfg, "env")
    eval_config = build(cfg, "trainer")
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


def main(argv: list[str] | None = None) -> None:
    """The ``creditkit`` utilities, one subcommand each:

    ``creditkit plot RUN_DIR... [--out FILE] [--metrics KEY...]``: curves of runs;
    ``creditkit inspect RUN_DIR [--step N] [--estimators NAME...]``: the HTML page of a saved
    rollout (see :mod:`creditkit.app.inspect.page`); ``creditkit serve --model NAME=PATH``: an
    OpenAI-compatible server of local models (token-id completions, runtime LoRA adapters,
    chat) for ``engine=server`` and for judges; ``creditkit export RUN_DIR [--out FOLDER]``:
    the run's newest checkpoint as a Hugging Face model folder."""
    from creditkit.app.serve.server import add_serve_arguments

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
        from creditkit.app.serve.server import serve

        serve(args)
        return
    if args.command == "export":
        from creditkit.app.export import export_policy

        print(export_policy(args.run, args.out))
        return
    if args.command == "inspect":
        from creditkit.app.inspect.page import write_page

        print(write_page(args.run, args.out, args.step, args.estimators, args.groups or None))
        return
    from creditkit.app.plot import plot_runs

    print(plot_runs(args.runs, args.out, args.labels, args.metrics))


if __name__ == "__main__":  # python -m creditkit.app.cli ... (the accelerate launch lines' -m form)
    train()
