"""Sotopia-RL's data steps, on plain records: play episodes with a text policy, have them
annotated, and turn the annotations into per-utterance labels (attribution, dataset min-max,
combined dimensions). :mod:`creditkit.app.sotopia.pipeline` runs them as stages, with the
reward model and utterance-level GRPO."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import torch

from creditkit_envs.sotopia.rl.attribution import DEFAULT_WEIGHTS

__all__ = ["annotate_episodes", "annotation_query", "collect_episodes", "label_episodes",
           "read_jsonl", "write_jsonl"]


def write_jsonl(path: Path, records: Iterable[Mapping[str, Any]]) -> None:
    """Write atomically (a crash never leaves half a stage output)."""
    staging = path.with_name(path.name + ".tmp")
    staging.write_text("".join(json.dumps(r) + "\n" for r in records))
    staging.replace(path)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


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
        annotated.append({**record, "ratings": ratings,
                          "query": getattr(annotator, "query", "ratings")})
    return annotated, counts


def annotation_query(method: str) -> str:
    """What the annotator must be asked for attribution ``method``: the key utterance for
    ``singular``, 0..3 ratings otherwise (``uniform`` reads neither)."""
    from creditkit_envs.sotopia.rl.attribution import KEY_UTTERANCE_METHODS

    return "key_utterance" if method in KEY_UTTERANCE_METHODS else "ratings"


def label_episodes(annotated: Sequence[Mapping[str, Any]], names: Sequence[str],
                   method: str = "direct", weights: Mapping[str, float] | None = None,
                   scale: float = 10.0) -> list[list[float]]:
    """One label per utterance of each episode (attribution, dataset min-max, combination).

    Only the weighted dimensions are combined. Every weighted dimension must have been
    annotated, with the query ``method`` needs (:func:`annotation_query`): a missing one is a
    ValueError naming it, never a silent zero (``uniform`` reads no annotations)."""
    from creditkit_envs.sotopia.rl.attribution import UtteranceLabeler

    weights = dict(weights or DEFAULT_WEIGHTS)
    used = [n for n in names if n in weights]
    unknown = sorted(set(weights) - set(names))
    if unknown:
        raise ValueError(f"labels.weights names {unknown}, not among the dimensions {list(names)}")
    labeler = UtteranceLabeler(used, method, weights, scale)  # type: ignore[arg-type]
    needed, episodes = annotation_query(method), []
    for index, record in enumerate(annotated):
        count = len(record["utterances"])
        if method == "uniform":
            critical = torch.zeros(count, len(used), dtype=torch.float64)
        else:
            ratings, query = record["ratings"], record.get("query", "ratings")
            if query != needed:
                raise ValueError(f"labels.method={method!r} needs {needed} annotations, but "
                                 f"episode {index} was annotated with {query}; annotate again "
                                 f"(a new output_dir, or delete annotations.jsonl)")
            missing = [n for n in used if n not in ratings]
            if missing:
                raise ValueError(f"labels.weights weights {missing}, but episode {index} has no "
                                 f"annotation for it (it has {sorted(ratings)}); add it to "
                                 f"annotation.dimensions or drop its weight")
            critical = torch.tensor([[ratings[n][t] for n in used] for t in range(count)],
                                    dtype=torch.float64).reshape(count, len(used))
        scores = torch.tensor([record["scores"][n] for n in used], dtype=torch.float64)
        episodes.append((critical, scores))
    return [labels.tolist() for labels in labeler.fit_transform(episodes)]
