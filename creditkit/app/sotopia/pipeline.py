"""Sotopia-RL end to end: episodes -> attribution -> reward model -> utterance-level GRPO.

``creditkit-sotopia-rl`` (Hydra config ``sotopia_rl``) runs the stages in order into
``output_dir``; a stage whose output exists is skipped, so a crashed run resumes:

1. ``policy/``: the learner (``policy.name_or_path``, or a tiny policy built from the env).
2. ``episodes.jsonl``: ``episodes.count`` episodes of the policy in
   :class:`~creditkit_envs.sotopia.env.SotopiaEnv`, each
   with the learner's utterances, the prompts they answered and the judge's seven scores.
3. ``annotations.jsonl``: the annotator's 0..3 rating of every utterance on each dimension
   (unscored or unannotated episodes are counted and left out).
4. ``rm_train.jsonl`` / ``rm_eval.jsonl`` / ``states.jsonl``: labels from
   :class:`~creditkit_envs.sotopia.rl.attribution.UtteranceLabeler` (dataset min-max, weighted
   dimensions x10), split by episode; the dialogue states for RL.
5. ``reward_model/``: the reward model trained on the labels in-process
   (:func:`~creditkit.app.reward_model_cli.fit_reward_model`, what ``creditkit-rm`` runs; its
   report in ``reward_model.json``).
6. ``grpo/``: the trainer of ``experiment=sotopia_rl_grpo`` on the states with the reward
   model, in-process (G candidates per state, one group per state).

Each config section (``episodes``, ``annotation``, ``labels``, ``reward_model``, ``grpo``)
becomes a typed settings dataclass (:data:`SECTIONS`); an unknown key fails at the start. The
data steps (playing, annotating, labelling) are the env package's
(:mod:`creditkit_envs.sotopia.rl.episodes`); this module is the glue that runs them with the
policy, the reward model and the trainer.
"""

from __future__ import annotations

import dataclasses
import json
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from creditkit_envs.sotopia.rl.attribution import DEFAULT_WEIGHTS
from creditkit_envs.sotopia.rl.episodes import (
    annotate_episodes,
    annotation_query,
    collect_episodes,
    label_episodes,
    read_jsonl,
    write_jsonl,
)

__all__ = ["SECTIONS", "AnnotationSettings", "EpisodeSettings", "GRPOSettings", "LabelSettings",
           "RewardModelSettings", "check_label_settings", "hf_actor", "run", "section"]


def hf_actor(model_dir: str, max_new_tokens: int = 32, temperature: float = 1.0,
             seed: int = 0) -> Callable[[str], str]:
    """A function prompt -> completion sampling a Hugging Face causal LM (chat-rendered); the
    n-th call samples with seed ``seed + n``."""
    from transformers import AutoModelForCausalLM

    from creditkit.judges.local import sample_text
    from creditkit.models.policy import chat_prompt_ids, load_tokenizer

    model = AutoModelForCausalLM.from_pretrained(model_dir).eval()
    tokenizer = load_tokenizer(model_dir)
    calls = [0]

    def act(prompt: str) -> str:
        calls[0] += 1
        return sample_text(model, tokenizer, chat_prompt_ids(tokenizer, prompt), max_new_tokens,
                           temperature, seed + calls[0])

    return act


@dataclass(frozen=True)
class EpisodeSettings:
    """``episodes``: self-play episodes of the policy against the partner."""

    count: int = 16
    max_new_tokens: int = 32
    temperature: float = 1.0


@dataclass(frozen=True)
class AnnotationSettings:
    """``annotation``: the LLM annotator rating each utterance 0..3 per dimension."""

    model: str = "local/sotopia-annotator"
    api_base: str | None = None
    local_models: Mapping[str, str] = field(default_factory=dict)
    dimensions: Sequence[str] = ("goal", "relationship", "knowledge")
    attempts: int = 5
    max_tokens: int = 256
    cache: str | None = None


@dataclass(frozen=True)
class LabelSettings:
    """``labels``: attribution method, combined dimensions, held-out share."""

    method: str = "direct"
    weights: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    scale: float = 10.0
    eval_fraction: float = 0.2


@dataclass(frozen=True)
class RewardModelSettings:
    """``reward_model``: the score head trained on the labels (``base`` None: the policy)."""

    base: str | None = None
    epochs: int = 3
    lr: float = 1e-4
    batch_size: int = 16
    lora: bool = False
    max_length: int = 4096


@dataclass(frozen=True)
class GRPOSettings:
    """``grpo``: utterance-level GRPO steps (0: stop after the reward model) and further
    ``creditkit-train`` overrides."""

    steps: int = 20
    overrides: Sequence[str] = ()


SECTIONS: dict[str, type] = {"episodes": EpisodeSettings, "annotation": AnnotationSettings,
                             "labels": LabelSettings, "reward_model": RewardModelSettings,
                             "grpo": GRPOSettings}
"""The config sections of ``sotopia_rl.yaml`` and the settings each becomes (an unknown key
is a TypeError naming it, never ignored)."""


def section(cfg: Any, name: str) -> Any:
    """The typed settings of section ``name`` of the pipeline config."""
    from omegaconf import OmegaConf

    values = OmegaConf.to_container(cfg[name], resolve=True)
    try:
        return SECTIONS[name](**values)  # type: ignore[arg-type]
    except TypeError as error:
        keys = ", ".join(f.name for f in dataclasses.fields(SECTIONS[name]))
        raise TypeError(f"{name}: {error}; its keys are {keys}") from error


def check_label_settings(annotation: AnnotationSettings, labels: LabelSettings) -> None:
    """Refuse, before any episode is played, labels that the annotation cannot give: an unknown
    ``labels.method``, or a weighted dimension missing from ``annotation.dimensions``."""
    from creditkit_envs.sotopia.rl.attribution import METHODS

    if labels.method not in METHODS:
        raise ValueError(f"labels.method must be one of {METHODS}, got {labels.method!r}")
    missing = [n for n in labels.weights if n not in annotation.dimensions]
    if labels.method != "uniform" and missing:
        raise ValueError(f"labels.weights weights {missing}, which annotation.dimensions "
                         f"({list(annotation.dimensions)}) does not annotate; add them there "
                         f"or drop their weights")


def run(cfg: Any) -> dict[str, Any]:
    """All stages of the pipeline (see the module docstring); returns the summary."""

    from creditkit.app.compose import build
    from creditkit.models import prepare_policy

    episodes, annotation, labels, rm, grpo = (section(cfg, name) for name in SECTIONS)
    check_label_settings(annotation, labels)
    out = Path(cfg.output_dir)
    out.mkdir(parents=True, exist_ok=True)
    summary: dict[str, Any] = {"output_dir": str(out)}
    env_factory = build(cfg, "env")
    env = env_factory()
    policy_dir = prepare_policy(build(cfg, "policy"), env_factory, out / "policy", cfg.seed)

    episodes_file = out / "episodes.jsonl"
    if not episodes_file.exists():
        act = hf_actor(policy_dir, episodes.max_new_tokens, episodes.temperature, cfg.seed)
        seeds = random.Random(cfg.seed).sample(range(1 << 20), episodes.count)
        write_jsonl(episodes_file, collect_episodes(env, act, seeds))
    records = read_jsonl(episodes_file)
    summary["episodes"] = len(records)
    annotated, summary["annotation"] = _annotation_stage(out, records, annotation,
                                                         annotation_query(labels.method))
    summary["states"] = _label_stage(out, annotated, labels)
    summary["reward_model"] = _reward_model_stage(out, rm, policy_dir, cfg.seed)
    if grpo.steps > 0:
        summary["grpo"] = _grpo_stage(out, grpo, policy_dir, cfg.seed)
    return summary


def _annotation_stage(out: Path, records: list[dict[str, Any]], settings: AnnotationSettings,
                      query: str) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """``annotations.jsonl`` (and the counts of what was left out), made once, asking the
    annotator ``query`` (see :func:`annotation_query`)."""
    from creditkit.judges.client import JudgeClient
    from creditkit_envs.sotopia.models import register_models
    from creditkit_envs.sotopia.rl.annotator import UtteranceAnnotator

    annotations_file = out / "annotations.jsonl"
    if not annotations_file.exists():
        register_models(dict(settings.local_models))
        client = JudgeClient(settings.model, cache_dir=settings.cache, api_base=settings.api_base,
                             max_attempts=settings.attempts, max_tokens=settings.max_tokens)
        annotated, counts = annotate_episodes(records, UtteranceAnnotator(
            client, list(settings.dimensions), query))
        write_jsonl(out / "annotation_counts.jsonl", [counts])
        write_jsonl(annotations_file, annotated)
    annotated = read_jsonl(annotations_file)
    if len(annotated) < 2:
        raise RuntimeError(f"only {len(annotated)} annotated episodes in {annotations_file}: "
                           f"raise episodes.count (see annotation_counts.jsonl for why)")
    return annotated, read_jsonl(out / "annotation_counts.jsonl")[0]


def _label_stage(out: Path, annotated: list[dict[str, Any]], settings: LabelSettings) -> int:
    """``rm_train.jsonl``, ``rm_eval.jsonl`` and ``states.jsonl``, made once; returns the number
    of states."""
    from creditkit_envs.sotopia.dimensions import DIMENSIONS

    if not (out / "states.jsonl").exists():
        weights = {str(k): float(v) for k, v in settings.weights.items()}
        labels = label_episodes(annotated, list(DIMENSIONS), settings.method, weights,
                                settings.scale)
        held_out = max(1, round(settings.eval_fraction * len(annotated)))
        rows = [[{"prompt": u["prompt"], "utterance": u["action"], "label": label}
                 for u, label in zip(record["utterances"], episode_labels, strict=True)]
                for record, episode_labels in zip(annotated, labels, strict=True)]
        write_jsonl(out / "rm_train.jsonl", [r for rs in rows[held_out:] for r in rs])
        write_jsonl(out / "rm_eval.jsonl", [r for rs in rows[:held_out] for r in rs])
        states = {u["prompt"]: None for record in annotated for u in record["utterances"]}
        write_jsonl(out / "states.jsonl", [{"prompt": p} for p in states])
    return len(read_jsonl(out / "states.jsonl"))


def _reward_model_stage(out: Path, settings: RewardModelSettings, policy_dir: str, seed: int
                        ) -> dict[str, Any]:
    """``reward_model/`` and its report ``reward_model.json``, made once (in-process)."""
    from creditkit.app.reward_model_cli import fit_reward_model

    report_file = out / "reward_model.json"
    if not report_file.exists():
        report = fit_reward_model(str(settings.base or policy_dir), out / "rm_train.jsonl",
                                  out / "rm_eval.jsonl", out / "reward_model",
                                  epochs=settings.epochs, lr=settings.lr,
                                  batch_size=settings.batch_size, lora=settings.lora, seed=seed,
                                  max_length=settings.max_length)
        report_file.write_text(json.dumps(report, indent=1) + "\n")
    return dict(json.loads(report_file.read_text()))


def _grpo_stage(out: Path, settings: GRPOSettings, policy_dir: str, seed: int
                ) -> dict[str, Any]:
    """Utterance-level GRPO (``experiment=sotopia_rl_grpo``) in-process, resumable from its
    checkpoints; the trained policy is saved as a model folder in ``grpo/final``. Returns its
    last metrics."""
    from creditkit.app.compose import build_trainer, compose

    cfg = compose(["experiment=sotopia_rl_grpo",
                   f"env.states={out / 'states.jsonl'}",
                   f"env.reward_model={out / 'reward_model'}",
                   f"policy.name_or_path={policy_dir}", "policy.tiny=null",
                   f"trainer.steps={settings.steps}", f"output_dir={out / 'grpo'}",
                   f"seed={seed}", "progress=false", *settings.overrides])
    trainer = build_trainer(cfg)
    final = trainer.fit()
    if not final:  # resumed at the last step: nothing trained, read the logged metrics
        lines = (out / "grpo" / "metrics.jsonl").read_text().splitlines()
        final = {k: v for k, v in json.loads(lines[-1]).items() if k != "step"}
    policy = trainer.save_policy(out / "grpo" / "final")  # what creditkit-sotopia-eval loads
    trainer.close()
    return {"output_dir": str(out / "grpo"), "policy": str(policy), **final}
