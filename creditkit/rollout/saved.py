"""A training step's rollout on disk (``trainer.save_rollouts_every``), to re-run estimators on.

One gzip-compressed JSON Lines file per step and process,
``RUN_DIR/rollouts/step_{STEP:06d}-p{PROCESS}.jsonl.gz``: a header line, then one line per
episode with its turns. Each turn holds the prompt text, the action, the environment's rewards
(``raw_rewards``), the shaped rewards the estimator saw (``rewards``), its anchor id (and the
next state's, ``next_anchor_id``, and the turn's mean token entropy, ``step_entropy``, when the
batch had them), validity, done flag, the
advantage the trainer used, and the return offset when a shaper set one. The header holds the
reward names, the estimator's ``repr``, and the state of every stateful estimator part *before*
the step (e.g. NIW's EMA prior), so that :func:`replay_advantages` reproduces the trainer's
advantages exactly: floats are written with ``repr`` precision (a float32 survives the round
trip) and the tensors are rebuilt in the saved dtype.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from torch import Tensor

from creditkit.batch import (
    NEXT_ANCHOR_IDS_KEY,
    RETURN_OFFSETS_KEY,
    STEP_ENTROPIES_KEY,
    StepBatch,
)
from creditkit.estimators.base import AdvantageEstimator, estimator_parts
from creditkit.rollout.agent_loop import Rollout

ROLLOUTS_DIR = "rollouts"
FORMAT = "creditkit-rollout/1"
_NAME = re.compile(r"step_(\d+)-p(\d+)\.jsonl\.gz")

EXTRA_COLUMNS = {"next_anchor_id": NEXT_ANCHOR_IDS_KEY, "step_entropy": STEP_ENTROPIES_KEY}
"""A turn's optional columns and the ``StepBatch.info`` keys they hold."""


@dataclass(frozen=True)
class SavedRollout:
    """One saved file, read back.

    Attributes:
        step: the training step (1-based: completed steps after it).
        process: the Accelerate process that collected it.
        steps: the batch the estimator saw (shaped rewards, ids, anchors, validity, dones).
        advantages: float [B], what the trainer used.
        episodes: one dict per episode (``group``, ``seed``, ``category``, ``success``,
            ``return``, ``score``, ``turns``: one dict per turn), in row order.
        header: the header line (``estimator``, ``estimator_state``, reward names, ...).
    """

    step: int
    process: int
    steps: StepBatch
    advantages: Tensor
    episodes: list[dict[str, Any]]
    header: dict[str, Any]


def rollout_path(run_dir: str | Path, step: int, process: int = 0) -> Path:
    """Where the rollout of ``step`` collected by ``process`` is saved."""
    return Path(run_dir) / ROLLOUTS_DIR / f"step_{step:06d}-p{process}.jsonl.gz"


def saved_steps(run_dir: str | Path) -> list[int]:
    """The steps of ``run_dir`` with a saved rollout, ascending."""
    folder = Path(run_dir) / ROLLOUTS_DIR
    found = {int(match[1]) for path in folder.glob("*.jsonl.gz")
             if (match := _NAME.fullmatch(path.name))} if folder.is_dir() else set()
    return sorted(found)


def save_rollout(path: Path, step: int, process: int, rollout: Rollout, shaped: StepBatch,
                 advantages: Tensor, estimator: object, state: Mapping[str, Any]) -> Path:
    """Write one step's rollout (see the module docstring); returns ``path``.

    Args:
        rollout: what the agent loop collected (texts, raw rewards, episode outcomes).
        shaped: the batch the estimator was called on (same rows as ``rollout.steps``).
        advantages: float [B], the estimator's output.
        estimator: the estimator (its ``repr`` is recorded).
        state: :func:`estimator_state` taken before the estimator was called.
    """
    raw, offsets = rollout.steps, shaped.return_offsets()
    if shaped.num_rows != raw.num_rows:
        raise ValueError(f"the shaped batch has {shaped.num_rows} rows for the rollout's "
                         f"{raw.num_rows}: a shaper must keep every row")
    header = {"format": FORMAT, "step": step, "process": process,
              "raw_reward_names": list(raw.reward_names),
              "reward_names": list(shaped.reward_names),
              "reward_dtype": str(shaped.rewards.dtype).removeprefix("torch."),
              "advantage_dtype": str(advantages.dtype).removeprefix("torch."),
              "estimator": repr(estimator), "estimator_state": _to_json(dict(state))}
    anchors = shaped.anchor_ids.tolist() if shaped.anchor_ids is not None else None
    extra = {column: shaped.info[key].tolist() for column, key in EXTRA_COLUMNS.items()
             if shaped.info.get(key) is not None}
    columns = {"raw_rewards": raw.rewards.tolist(), "rewards": shaped.rewards.tolist(),
               "valid": _flags(shaped.valid), "done": _flags(shaped.dones),
               "advantage": advantages.tolist(), **extra}
    rows_of: dict[int, list[int]] = {}
    for row, episode in enumerate(shaped.episode_ids.tolist()):
        rows_of.setdefault(episode, []).append(row)
    path.parent.mkdir(parents=True, exist_ok=True)
    staged = path.with_name(path.name + ".tmp")  # renamed when whole: a crash leaves no half
    with gzip.open(staged, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps(header) + "\n")
        for episode in range(len(rollout.episodes)):
            handle.write(json.dumps(_episode_record(rollout, episode, rows_of.get(episode, []),
                                                    columns, anchors, offsets)) + "\n")
    staged.replace(path)
    return path


def _episode_record(rollout: Rollout, episode: int, rows: list[int],
                    columns: dict[str, list[Any]], anchors: list[int] | None,
                    offsets: Tensor | None) -> dict[str, Any]:
    group = int(rollout.steps.group_ids[rows[0]]) if rows else -1
    outcome = rollout.episodes[episode]
    turns = []
    for row in rows:
        turn = {"prompt": rollout.step_prompts[row], "action": rollout.step_actions[row],
                **{name: values[row] for name, values in columns.items()},
                "anchor_id": None if anchors is None else anchors[row]}
        if offsets is not None:
            turn["return_offset"] = float(offsets[row])
        turns.append(turn)
    return {"episode": episode, "group": group,
            "seed": rollout.group_seeds[group] if 0 <= group < len(rollout.group_seeds) else None,
            "category": outcome.category, "success": outcome.success,
            "return": outcome.episode_return, "score": outcome.score, "turns": turns}


def load_rollout(path: str | Path) -> SavedRollout:
    """Read a file written by :func:`save_rollout`."""
    path = Path(path)
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        lines = [json.loads(line) for line in handle if line.strip()]
    if not lines or lines[0].get("format") != FORMAT:
        raise ValueError(f"{path} is not a saved creditkit rollout (no {FORMAT!r} header)")
    header, episodes = lines[0], lines[1:]
    turns = [turn for episode in episodes for turn in episode["turns"]]
    reward_dtype = getattr(torch, header["reward_dtype"])
    has_anchors = bool(turns) and turns[0]["anchor_id"] is not None
    info = ({RETURN_OFFSETS_KEY: torch.tensor([t["return_offset"] for t in turns],
                                              dtype=reward_dtype)}
            if turns and "return_offset" in turns[0] else {})
    for column, key in EXTRA_COLUMNS.items():
        if turns and column in turns[0]:
            info[key] = torch.tensor([t[column] for t in turns], dtype=(
                torch.long if key == NEXT_ANCHOR_IDS_KEY else torch.float32))
    names = tuple(header["reward_names"])
    steps = StepBatch(
        rewards=torch.tensor([t["rewards"] for t in turns],
                             dtype=reward_dtype).reshape(len(turns), len(names)),
        episode_ids=torch.tensor([e["episode"] for e in episodes for _ in e["turns"]],
                                 dtype=torch.long),
        group_ids=torch.tensor([e["group"] for e in episodes for _ in e["turns"]],
                               dtype=torch.long),
        reward_names=names,
        anchor_ids=(torch.tensor([t["anchor_id"] for t in turns], dtype=torch.long)
                    if has_anchors else None),
        valid=torch.tensor([t["valid"] for t in turns], dtype=torch.bool),
        dones=torch.tensor([t["done"] for t in turns], dtype=torch.bool), info=info)
    advantages = torch.tensor([t["advantage"] for t in turns],
                              dtype=getattr(torch, header["advantage_dtype"]))
    return SavedRollout(int(header["step"]), int(header["process"]), steps, advantages,
                        episodes, header)


def load_step(run_dir: str | Path, step: int) -> list[SavedRollout]:
    """Every process's saved rollout of ``step``, by process."""
    paths = sorted((Path(run_dir) / ROLLOUTS_DIR).glob(f"step_{step:06d}-p*.jsonl.gz"))
    if not paths:
        raise FileNotFoundError(f"no saved rollout of step {step} in {run_dir}/{ROLLOUTS_DIR} "
                                f"(saved steps: {saved_steps(run_dir) or 'none'}; set "
                                f"trainer.save_rollouts_every)")
    return sorted((load_rollout(path) for path in paths), key=lambda saved: saved.process)


def replay_advantages(saved: SavedRollout, estimator: AdvantageEstimator,
                      restore_state: bool = True) -> Tensor:
    """``estimator`` on the saved batch: float [B].

    With ``restore_state`` (and the trainer's own estimator settings), the saved state of each
    stateful part is loaded first, so the result equals ``saved.advantages`` exactly; an
    estimator with other parts starts from its own state.
    """
    if restore_state:
        parts = estimator_parts(estimator)
        for part_path, state in _from_json(saved.header["estimator_state"]).items():
            if part_path in parts:
                parts[part_path].load_state_dict(state)
    return estimator(saved.steps)


def _flags(values: Tensor | None) -> list[bool]:
    assert values is not None  # StepBatch fills valid and dones
    return [bool(v) for v in values.tolist()]


def _to_json(value: Any) -> Any:
    """Tensors become ``{"tensor": nested list, "dtype": name}``; dicts and lists recurse."""
    if isinstance(value, Tensor):
        return {"tensor": value.tolist(), "dtype": str(value.dtype).removeprefix("torch.")}
    if isinstance(value, Mapping):
        return {str(k): _to_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_to_json(v) for v in value]
    return value


def _from_json(value: Any) -> Any:
    if isinstance(value, Mapping):
        if set(value) == {"tensor", "dtype"}:
            return torch.tensor(value["tensor"], dtype=getattr(torch, value["dtype"]))
        return {k: _from_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_from_json(v) for v in value]
    return value
