"""What a checkpoint was trained with, and what resuming with different settings does.

Every checkpoint stores the run's settings (:func:`run_settings`: the trainer, rollout and
policy settings and a description of the estimator and shaper). On resume they are compared key
by key with the current ones (:func:`compare_settings`):

- ``policy.*`` and ``estimator.*`` cannot change under a checkpoint (the weights, the adapters
  and the estimator's saved state belong to them), nor can ``env.*`` and ``seed`` (they would
  make the resumed run a different run): a difference is refused with a message that names
  the key, the saved value and the new one;
- everything else applies from the resumed step on and is reported as changed (``trainer.lr``
  is written into the restored optimizer, whose saved state would otherwise keep the old one).

>>> from creditkit.train.resume import compare_settings
>>> compare_settings({"trainer.lr": 5e-4, "policy.lora_rank": 0},
...                  {"trainer.lr": 0.01, "policy.lora_rank": 0})
({'trainer.lr': (0.0005, 0.01)}, {})
"""

from __future__ import annotations

import dataclasses
import functools
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import torch
from accelerate import Accelerator

from creditkit.estimators.base import estimator_parts
from creditkit.models.settings import TinyModelConfig
from creditkit.train.checkpoint import (
    CorruptCheckpoint,
    complete_checkpoints,
    load_checkpoint,
    load_rank_state,
    read_checkpoint_state,
    verify_checkpoint,
)

__all__ = ["FIXED_GROUPS", "MEMORY_SETTINGS", "TINY_FIELDS", "compare_settings", "describe",
           "flatten", "refusal_message", "restore_run", "run_settings", "upgrade_settings"]

FIXED_GROUPS = ("policy", "estimator", "env", "seed")
"""Setting groups a checkpoint is bound to: changing them on resume is refused (another
environment or seed would make the resumed run a different run)."""

MEMORY_SETTINGS = ("policy.gradient_checkpointing", "policy.attn_implementation")
"""Policy settings that change memory and speed, not the model: changes apply on resume."""

TINY_FIELDS = tuple(field.name for field in dataclasses.fields(TinyModelConfig))
"""The tiny model's settings: flat ``policy.<name>`` keys before they moved under
``policy.tiny`` (issue 34)."""


def upgrade_settings(recorded: Mapping[str, Any]) -> dict[str, Any]:
    """Flat settings recorded before the tiny model's moved under ``policy.tiny``, in today's
    layout: a tiny run's ``policy.<name>`` become ``policy.tiny.<name>``; a named model's,
    which built nothing, go (its ``policy.tiny`` is None). Newer settings pass unchanged.

    >>> from creditkit.train.resume import upgrade_settings
    >>> old = {"policy.name_or_path": None, "policy.hidden_size": 128}
    >>> upgrade_settings(old)["policy.tiny.hidden_size"]
    128
    """
    if not any(f"policy.{name}" in recorded for name in TINY_FIELDS):
        return dict(recorded)
    old = {f"policy.{name}" for name in TINY_FIELDS}
    upgraded = {key: value for key, value in recorded.items() if key not in old}
    if recorded.get("policy.name_or_path") is None:
        defaults = TinyModelConfig()
        upgraded["policy.tiny._type"] = TinyModelConfig.__qualname__
        upgraded.update({f"policy.tiny.{name}": recorded.get(f"policy.{name}",
                                                             getattr(defaults, name))
                         for name in TINY_FIELDS})
    else:
        upgraded["policy.tiny"] = None
    return upgraded


def describe(value: Any) -> Any:
    """A JSON-friendly description of a setting: dataclasses by type and init fields
    (recursively; state kept in non-init fields, e.g. NIW's memory, is left out), sequences and
    mappings element-wise, callables and other objects by qualified name."""
    if isinstance(value, functools.partial):  # an env factory: its target and settings
        return {"_target_": describe(value.func), **{
            str(k): describe(v) for k, v in value.keywords.items()}}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {"_type": type(value).__qualname__, **{
            f.name: describe(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}}
    if isinstance(value, Mapping):
        return {str(k): describe(v) for k, v in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, (str, bytes)):
        return [describe(v) for v in value]
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    kind = value if callable(value) and hasattr(value, "__qualname__") else type(value)
    return f"{getattr(kind, '__module__', '')}.{getattr(kind, '__qualname__', repr(kind))}"


def flatten(tree: Any, prefix: str = "") -> dict[str, Any]:
    """``{"a": {"b": 1}}`` -> ``{"a.b": 1}``; lists stay values."""
    if not isinstance(tree, Mapping):
        return {prefix: tree}
    flat: dict[str, Any] = {}
    for key, value in tree.items():
        flat.update(flatten(value, f"{prefix}.{key}" if prefix else str(key)))
    return flat


def run_settings(trainer: Any, rollout: Any, policy: Any, estimator: Any, shaper: Any,
                 env: Any = None, seed: int | None = None) -> dict[str, Any]:
    """The flat settings a checkpoint records (see the module docstring); ``env`` is the
    environment factory (a ``functools.partial``: its target and keywords are recorded)."""
    return flatten({"trainer": describe(trainer), "rollout": describe(rollout),
                    "policy": describe(policy), "estimator": describe(estimator),
                    "shaper": describe(shaper), "env": describe(env), "seed": seed})


def compare_settings(saved: Mapping[str, Any], current: Mapping[str, Any]
                     ) -> tuple[dict[str, tuple[Any, Any]], dict[str, tuple[Any, Any]]]:
    """(changes that apply, changes that are refused), each ``{key: (saved, current)}``.

    Keys only one side has count as changed (a missing value reads None); keys of groups the
    saved settings do not record at all (a checkpoint from before issue 14 recorded only
    ``trainer``) are not compared."""
    recorded = {key.split(".", 1)[0] for key in saved}
    applied: dict[str, tuple[Any, Any]] = {}
    refused: dict[str, tuple[Any, Any]] = {}
    for key in sorted(set(saved) | set(current)):
        if key.split(".", 1)[0] not in recorded:
            continue
        old, new = saved.get(key), current.get(key)
        if _same(old, new):
            continue
        fixed = key.split(".", 1)[0] in FIXED_GROUPS and key not in MEMORY_SETTINGS
        target = refused if fixed else applied
        target[key] = (old, new)
    return applied, refused


def _same(old: Any, new: Any) -> bool:
    if isinstance(old, (list, tuple)) and isinstance(new, (list, tuple)):
        return len(old) == len(new) and all(_same(a, b) for a, b in zip(old, new, strict=True))
    return bool(old == new)


def refusal_message(checkpoint: Any, refused: Mapping[str, tuple[Any, Any]]) -> str:
    """The error for settings a checkpoint cannot resume with, naming each key."""
    lines = [f"  {key}: {old!r} in the checkpoint, now {new!r}"
             for key, (old, new) in refused.items()]
    return (f"cannot resume from {checkpoint}: the policy, estimator and env settings and the "
            f"seed must stay as they were trained with, and these changed:\n" + "\n".join(lines) +
            "\nresume with the saved values, or train into a new output_dir (or resume=false "
            "replace=true)")


def restore_run(accelerator: Accelerator, run_dir: Path, settings: Mapping[str, Any],
                estimator: object, optimizer: torch.optim.Optimizer, config: Any
                ) -> tuple[int, dict[str, tuple[Any, Any]]]:
    """Load the newest intact checkpoint of ``run_dir``; returns (its step, the settings that
    changed and apply), or (0, {}) when there is none.

    Each checkpoint is verified against its manifest before anything is loaded; a damaged one
    is named and the previous complete checkpoint is tried (printed). When every checkpoint is
    damaged the run stops: it never resumes silently different. A refused settings change
    (:func:`compare_settings`) raises ``ValueError``.

    Args:
        accelerator: the run's Accelerator (loads model, optimizer and RNG states).
        run_dir: the run folder.
        settings: the current run's flat settings (:func:`run_settings`).
        estimator: the run's estimator; its stateful parts get their saved state back.
        optimizer: the prepared optimizer; it gets ``config.lr`` and ``config.weight_decay``.
        config: the trainer settings (``lr``, ``weight_decay``, ``steps``).
    """
    candidates = complete_checkpoints(run_dir)[::-1]
    for index, checkpoint in enumerate(candidates):
        try:
            verified = verify_checkpoint(checkpoint)
            saved = read_checkpoint_state(checkpoint)
            recorded = upgrade_settings(saved.get("settings")
                                        or flatten({"trainer": saved.get("trainer", {})}))
            applied, refused = compare_settings(recorded, settings)
            if refused:
                raise ValueError(refusal_message(checkpoint, refused))
            load_checkpoint(accelerator, checkpoint)
            step = int(saved["step"])
            rank_state = load_rank_state(accelerator, checkpoint)
        except CorruptCheckpoint as error:
            if accelerator.is_main_process:
                older = candidates[index + 1:]
                then = (f"falling back to the previous complete checkpoint {older[0]}" if older
                        else "no earlier checkpoint is left")
                print(f"creditkit: damaged checkpoint: {error}; {then}", file=sys.stderr,
                      flush=True)
            continue
        for group in optimizer.param_groups:  # the restored optimizer keeps its old ones
            group["lr"], group["weight_decay"] = config.lr, config.weight_decay
        parts = estimator_parts(estimator)
        for path, state in rank_state.get("estimator", {}).items():
            parts[path].load_state_dict(state)
        if accelerator.is_main_process:
            _report_restored(checkpoint, step, config.steps, applied, verified)
        return step, applied
    if candidates:
        raise RuntimeError(
            f"every checkpoint in {run_dir / 'checkpoints'} is damaged (each named above): "
            f"nothing to resume from; move them away and start over with resume=false "
            f"replace=true, or restore them from a copy")
    return 0, {}


def _report_restored(checkpoint: Path, step: int, steps: int,
                     applied: Mapping[str, tuple[Any, Any]], verified: bool) -> None:
    checked = "" if verified else " (written without a manifest: not verified)"
    print(f"creditkit: loaded the checkpoint {checkpoint} ({step} of {steps} steps done)"
          f"{checked}", file=sys.stderr, flush=True)
    for key, (old, new) in applied.items():
        print(f"resume from {checkpoint.name}: {key} changed {old!r} -> {new!r} "
              f"(applies from step {step} on)", file=sys.stderr)
