"""Atomic, verified checkpoints: written to a temporary folder, renamed when complete.

A run killed while saving leaves only a ``*.tmp`` folder, which is ignored. Each checkpoint's
``manifest.json`` lists every file with its size and SHA-256, written last before the rename;
:func:`verify_checkpoint` checks them before a resume loads anything, so a damaged file (a bad
disk, a copy cut short, an edit) is named instead of being loaded (Accelerate skips an
unreadable RNG state file with an INFO log, which would make the resumed run silently
different). The trainer then falls back to the previous complete checkpoint.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import torch
from accelerate import Accelerator

from creditkit.estimators.base import estimator_state

STATE_FILE = "trainer_state.json"
RANK_STATE_FILE = "rank_state_{rank}.pt"
MANIFEST_FILE = "manifest.json"


class CorruptCheckpoint(ValueError):
    """A checkpoint whose files do not match its manifest or cannot be read."""


def checkpoint_dir(run_dir: Path, step: int) -> Path:
    """``RUN_DIR/checkpoints/step-000012``."""
    return run_dir / "checkpoints" / f"step-{step:06d}"


def complete_checkpoints(run_dir: Path) -> list[Path]:
    """A run's complete checkpoints (renamed from staging), oldest first."""
    folder = run_dir / "checkpoints"
    return sorted(p for p in folder.glob("step-*") if not p.name.endswith(".tmp")
                  and (p / STATE_FILE).exists()) if folder.exists() else []


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 22):
            digest.update(chunk)
    return digest.hexdigest()


def write_manifest(folder: Path) -> None:
    """``folder/manifest.json``: every file below ``folder`` with its size and SHA-256."""
    files = {str(p.relative_to(folder)): {"bytes": p.stat().st_size, "sha256": _digest(p)}
             for p in sorted(folder.rglob("*")) if p.is_file() and p.name != MANIFEST_FILE}
    (folder / MANIFEST_FILE).write_text(json.dumps({"files": files}, indent=1))


def verify_checkpoint(path: Path) -> bool:
    """Check every file of the checkpoint at ``path`` against its manifest; returns False for
    a checkpoint written before manifests existed (nothing to check against).

    Raises:
        CorruptCheckpoint: naming the first file that is missing, cut short or changed.
    """
    manifest = path / MANIFEST_FILE
    if not manifest.exists():
        return False
    try:
        files = json.loads(manifest.read_text())["files"]
    except (ValueError, KeyError, TypeError) as error:
        raise CorruptCheckpoint(f"{manifest}: unreadable ({error})") from None
    for name, expected in files.items():
        file = path / name
        if not file.is_file():
            raise CorruptCheckpoint(f"{file}: missing")
        size = file.stat().st_size
        if size != expected["bytes"]:
            raise CorruptCheckpoint(f"{file}: {size} bytes, {expected['bytes']} were written")
        if _digest(file) != expected["sha256"]:
            raise CorruptCheckpoint(f"{file}: its contents changed since it was written "
                                    f"(SHA-256 mismatch)")
    return True


def save_checkpoint(accelerator: Accelerator, run_dir: Path, step: int, state: dict[str, Any],
                    keep: int, rank_state: dict[str, Any] | None = None) -> Path:
    """Save model, optimizer and RNG states plus ``state``; keep the newest ``keep``.

    ``rank_state`` (tensors and plain values) is saved by every process in its own file, for
    state that differs between ranks (e.g. an estimator's EMA prior over its own batches).
    """
    final = checkpoint_dir(run_dir, step)
    staging = final.with_name(final.name + ".tmp")
    if accelerator.is_main_process and staging.exists():
        shutil.rmtree(staging)
    accelerator.wait_for_everyone()
    accelerator.save_state(str(staging))
    if rank_state:
        torch.save(rank_state, staging / RANK_STATE_FILE.format(rank=accelerator.process_index))
    accelerator.wait_for_everyone()
    if accelerator.is_main_process:
        (staging / STATE_FILE).write_text(json.dumps({"step": step, **state}))
        write_manifest(staging)
        if final.exists():
            shutil.rmtree(final)
        staging.rename(final)
        older = sorted(p for p in final.parent.glob("step-*") if not p.name.endswith(".tmp"))
        for stale in older[:-keep] if keep > 0 else []:
            shutil.rmtree(stale)
    accelerator.wait_for_everyone()
    return final


def read_checkpoint_state(path: Path) -> dict[str, Any]:
    """The trainer state saved with the checkpoint at ``path``, without loading any weights.

    Raises:
        CorruptCheckpoint: the state file is not JSON (the message names it)."""
    file = path / STATE_FILE
    try:
        return dict(json.loads(file.read_text()))
    except (ValueError, TypeError) as error:
        raise CorruptCheckpoint(f"{file}: not a trainer state ({error})") from None


def load_checkpoint(accelerator: Accelerator, path: Path) -> None:
    """Restore model, optimizer and RNG states (the trainer state: :func:`read_checkpoint_state`).

    Raises:
        CorruptCheckpoint: a file could not be loaded (the message names the checkpoint and
            the error; Accelerate's own message names the file in most cases).
    """
    try:
        accelerator.load_state(str(path))
    except Exception as error:  # noqa: BLE001 - any loader's failure means a bad checkpoint
        raise CorruptCheckpoint(f"{path}: loading failed: {type(error).__name__}: "
                                f"{str(error)[:500]}") from error


def load_rank_state(accelerator: Accelerator, path: Path) -> dict[str, Any]:
    """This process's ``rank_state`` saved with the checkpoint at ``path`` (``{}`` if none)."""
    file = path / RANK_STATE_FILE.format(rank=accelerator.process_index)
    if not file.exists():
        return {}
    try:
        return dict(torch.load(file, map_location="cpu", weights_only=True))
    except Exception as error:  # noqa: BLE001 - an unpickling failure of any kind
        raise CorruptCheckpoint(f"{file}: unreadable ({type(error).__name__}: "
                                f"{str(error)[:300]})") from error


def save_run(accelerator: Accelerator, model: torch.nn.Module, run_dir: Path, step: int,
             config: Any, settings: dict[str, Any], estimator: object) -> Path:
    """Checkpoint a run after step ``step``: check first that the processes' parameters agree,
    then save model, optimizer and RNG states, the trainer settings (``config``), the flat run
    ``settings`` and each process's estimator state; keep ``config.keep_checkpoints``."""
    check_ranks_in_sync(accelerator, model)
    return save_checkpoint(accelerator, run_dir, step,
                           {"trainer": dataclasses.asdict(config), "settings": settings},
                           config.keep_checkpoints,
                           rank_state={"estimator": estimator_state(estimator)})


def check_ranks_in_sync(accelerator: Accelerator, model: torch.nn.Module) -> None:
    """Raise if the processes' parameters differ (they must, after identical updates)."""
    if accelerator.num_processes == 1:
        return
    with torch.no_grad():
        total = torch.stack([p.detach().double().sum() for p in model.parameters()]).sum()
    fingerprints = accelerator.gather(torch.stack([total]).to(accelerator.device))
    if not bool((fingerprints == fingerprints[0]).all()):
        raise RuntimeError(f"processes are out of sync: parameter sums {fingerprints.tolist()}")
