"""Sotopia-RL end to end: episodes -> attribution -> reward model -> utterance-level GRPO.

``creditkit-sotopia-rl`` (Hydra config ``sotopia_rl``) runs the stages in order into
``output_dir``; a stage whose output exists is skipped, so a crashed run resumes:

1. ``policy/``: the learner (``policy.name_or_path``, or a tiny policy built from the env).
2. ``episodes.jsonl``: ``episodes.count`` episodes of the policy in :class:`SotopiaEnv`, each
   with the learner's utterances, the prompts they answered and the judge's seven scores.
3. ``annotations.jsonl``: the annotator's 0..3 rating of every utterance on each dimension
   (unscored or unannotated episodes are counted and left out).
4. ``rm_train.jsonl`` / ``rm_eval.jsonl`` / ``states.jsonl``: labels from
   :class:`~creditkit.shapers.attribution.UtteranceLabeler` (dataset min-max, weighted
   dimensions x10), split by episode; the dialogue states for RL.
5. ``reward_model/``: ``creditkit-rm`` on the labels (report in ``reward_model.json``).
6. ``grpo/``: ``creditkit-train experiment=sotopia_rl_grpo`` on the states with the reward
   model (G candidates per state, one group per state).
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import torch

__all__ = ["annotate_episodes", "collect_episodes", "hf_actor", "label_episodes", "run"]


def write_jsonl(path: Path, records: Iterable[Mapping[str, Any]]) -> None:
    """Write atomically (a crash never leaves half a stage output)."""
    staging = path.with_name(path.name + ".tmp")
    staging.write_text("".join(json.dumps(r) + "\n" for r in records))
    staging.replace(path)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def hf_actor(model_dir: str, max_new_tokens: int = 32, temperature: float = 1.0,
             seed: int = 0) -> Callable[[str], str]:
    """A function prompt -> completion sampling a Hugging Face causal LM (chat-rendered); the
    n-th call samples with seed ``seed + n``."""
    from transformers import AutoModelForCausalLM

    from creditkit.judges.local import sample_text
    from creditkit.policy import chat_prompt_ids, load_tokenizer

    model = AutoModelForCausalLM.from_pretrained(model_dir).eval()
    tokenizer = load_tokenizer(model_dir)
    calls = [0]

    def act(prompt: str) -> str:
        calls[0] += 1
        return sample_text(model, tokenizer, chat_prompt_ids(tokenizer, prompt), max_new_tokens,
                           temperature, seed + calls[0])

    return act


def collect_episodes(env: Any, act: Callable[[str], str], seeds: Sequence[int]
                     ) -> list[dict[str, Any]]:
    """Play one episode per seed; returns ``env.episode_record()`` of each."""
    records = []
    for seed in seeds:
        observation = env.reset(seed=int(seed))
        while True:
            result = env.step(act(env.render_prompt(observation)))
            observation = result.observation
            if result.done:
                break
        records.append({"seed": int(seed), **env.episode_record()})
    return records


def annotate_episodes(records: Sequence[Mapping[str, Any]], annotator: Any
                      ) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Ratings for every scored episode with utterances; returns (annotated records, counts of
    ``annotated``, ``unscored`` and ``unannotated`` episodes)."""
    annotated, counts = [], {"annotated": 0, "unscored": 0, "unannotated": 0, "empty": 0}
    for record in records:
        if not record["scored"]:
            counts["unscored"] += 1
            continue
        if not record["utterances"]:
            counts["empty"] += 1
            continue
        ratings = annotator.annotate_episode(record)
        if ratings is None:
            counts["unannotated"] += 1
            continue
        counts["annotated"] += 1
        annotated.append({**record, "ratings": ratings})
    return annotated, counts


def label_episodes(annotated: Sequence[Mapping[str, Any]], names: Sequence[str],
                   method: str = "direct", weights: Mapping[str, float] | None = None,
                   scale: float = 10.0) -> list[list[float]]:
    """One label per utterance of each episode (attribution, dataset min-max, combination).

    Dimensions the annotator did not rate get no credit (zero ratings)."""
    from creditkit.shapers.attribution import DEFAULT_WEIGHTS, UtteranceLabeler

    labeler = UtteranceLabeler(list(names), method,  # type: ignore[arg-type]
                               dict(weights or DEFAULT_WEIGHTS), scale)
    episodes = []
    for record in annotated:
        count = len(record["utterances"])
        critical = torch.tensor([[record["ratings"].get(n, [0] * count)[t] for n in names]
                                 for t in range(count)], dtype=torch.float64)
        scores = torch.tensor([record["scores"][n] for n in names], dtype=torch.float64)
        episodes.append((critical, scores))
    return [labels.tolist() for labels in labeler.fit_transform(episodes)]


def run(cfg: Any) -> dict[str, Any]:
    """All stages of the pipeline (see the module docstring); returns the summary."""
    from hydra.utils import instantiate
    from omegaconf import OmegaConf

    from creditkit.judges.client import JudgeClient
    from creditkit.models import prepare_policy
    from creditkit.shapers.annotator import UtteranceAnnotator
    from creditkit_envs.sotopia.judge import DIMENSIONS
    from creditkit_envs.sotopia.models import register_models

    out = Path(cfg.output_dir)
    out.mkdir(parents=True, exist_ok=True)
    summary: dict[str, Any] = {"output_dir": str(out)}
    env_factory = instantiate(cfg.env)
    env = env_factory()
    policy_dir = prepare_policy(instantiate(cfg.policy), env_factory, out / "policy", cfg.seed)

    episodes_file = out / "episodes.jsonl"
    if not episodes_file.exists():
        act = hf_actor(policy_dir, cfg.episodes.max_new_tokens, cfg.episodes.temperature,
                       cfg.seed)
        seeds = random.Random(cfg.seed).sample(range(1 << 20), cfg.episodes.count)
        write_jsonl(episodes_file, collect_episodes(env, act, seeds))
    records = read_jsonl(episodes_file)
    summary["episodes"] = len(records)

    annotations_file = out / "annotations.jsonl"
    if not annotations_file.exists():
        register_models(OmegaConf.to_container(cfg.annotation.local_models))  # type: ignore
        client = JudgeClient(cfg.annotation.model, cache_dir=cfg.annotation.cache,
                             max_attempts=cfg.annotation.attempts,
                             max_tokens=cfg.annotation.max_tokens)
        annotator = UtteranceAnnotator(client, list(cfg.annotation.dimensions))
        annotated, counts = annotate_episodes(records, annotator)
        write_jsonl(out / "annotation_counts.jsonl", [counts])
        write_jsonl(annotations_file, annotated)
    annotated = read_jsonl(annotations_file)
    summary["annotation"] = read_jsonl(out / "annotation_counts.jsonl")[0]
    if len(annotated) < 2:
        raise RuntimeError(f"only {len(annotated)} annotated episodes in {annotations_file}: "
                           f"raise episodes.count (see annotation_counts.jsonl for why)")

    if not (out / "states.jsonl").exists():
        weights = {str(k): float(v) for k, v in cfg.labels.weights.items()}
        labels = label_episodes(annotated, list(DIMENSIONS), cfg.labels.method, weights,
                                cfg.labels.scale)
        held_out = max(1, round(cfg.labels.eval_fraction * len(annotated)))
        rows = [[{"prompt": u["prompt"], "utterance": u["action"], "label": label}
                 for u, label in zip(record["utterances"], episode_labels, strict=True)]
                for record, episode_labels in zip(annotated, labels, strict=True)]
        write_jsonl(out / "rm_train.jsonl", [r for rs in rows[held_out:] for r in rs])
        write_jsonl(out / "rm_eval.jsonl", [r for rs in rows[:held_out] for r in rs])
        states = {u["prompt"]: None for record in annotated for u in record["utterances"]}
        write_jsonl(out / "states.jsonl", [{"prompt": p} for p in states])
    summary["states"] = len(read_jsonl(out / "states.jsonl"))

    report_file = out / "reward_model.json"
    if not report_file.exists():
        from creditkit.reward_model_cli import main as train_reward_model

        rm = cfg.reward_model
        argv = ["--model", str(rm.base or policy_dir), "--train", str(out / "rm_train.jsonl"),
                "--eval", str(out / "rm_eval.jsonl"), "--out", str(out / "reward_model"),
                "--epochs", str(rm.epochs), "--lr", str(rm.lr),
                "--batch-size", str(rm.batch_size), "--seed", str(cfg.seed)]
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            train_reward_model(argv + (["--lora"] if rm.lora else []))
        report_file.write_text(printed.getvalue())
    summary["reward_model"] = json.loads(report_file.read_text())

    if cfg.grpo.steps > 0:
        command = [sys.executable, "-c", "from creditkit.cli import train; train()",
                   "experiment=sotopia_rl_grpo",
                   f"env.states={out / 'states.jsonl'}",
                   f"env.reward_model={out / 'reward_model'}",
                   f"policy.name_or_path={policy_dir}", f"trainer.steps={cfg.grpo.steps}",
                   f"output_dir={out / 'grpo'}", f"seed={cfg.seed}", "progress=false",
                   *cfg.grpo.overrides]
        completed = subprocess.run(command, capture_output=True, text=True, check=False)
        if completed.returncode:
            raise RuntimeError(f"the GRPO stage failed ({' '.join(command)}):\n"
                               f"{completed.stderr[-4000:]}")
        summary["grpo"] = json.loads(completed.stdout[completed.stdout.rindex('{\n "output_dir"'):])
    return summary
