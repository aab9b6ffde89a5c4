"""Atomic checkpoints: written to a temporary folder, renamed when complete.

A run killed while saving leaves only a ``*.tmp`` folder, which is ignored; the last complete
checkpoint is always the one resumed from.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import torch
from accelerate import Accelerator

STATE_FILE = "trainer_state.json"
RANK_STATE_FILE = "rank_state_{rank}.pt"


def checkpoint_dir(run_dir: Path, step: int) -> Path:
    """``RUN_DIR/checkpoints/step-000012``."""
    return run_dir / "checkpoints" / f"step-{step:06d}"


def latest_checkpoint(run_dir: Path) -> Path | None:
    """The newest complete checkpoint of a run, or None."""
    folder = run_dir / "checkpoints"
    complete = sorted(p for p in folder.glob("step-*") if not p.name.endswith(".tmp")
                      and (p / STATE_FILE).exists()) if folder.exists() else []
    return complete[-1] if complete else None


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
        if final.exists():
            shutil.rmtree(final)
        staging.rename(final)
        older = sorted(p for p in final.parent.glob("step-*") if not p.name.endswith(".tmp"))
        for stale in older[:-keep] if keep > 0 else []:
            shutil.rmtree(stale)
    accelerator.wait_for_everyone()
    return final


def read_checkpoint_state(path: Path) -> dict[str, Any]:
    """The trainer state saved with the checkpoint at ``path``, without loading any weights."""
    return dict(json.loads((path / STATE_FILE).read_text()))


def load_checkpoint(accelerator: Accelerator, path: Path) -> dict[str, Any]:
    """Restore model, optimizer and RNG states; return the saved trainer state."""
    accelerator.load_state(str(path))
    return json.loads((path / STATE_FILE).read_text())


def load_rank_state(accelerator: Accelerator, path: Path) -> dict[str, Any]:
    """This process's ``rank_state`` saved with the checkpoint at ``path`` (``{}`` if none)."""
    file = path / RANK_STATE_FILE.format(rank=accelerator.process_index)
    return torch.load(file, map_location="cpu", weights_only=True) if file.exists() else {}
