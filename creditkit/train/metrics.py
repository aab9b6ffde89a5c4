"""Run observability: metrics to JSONL and TensorBoard, and a live rich progress bar."""

from __future__ import annotations

import json
import logging
import math
from collections import Counter
from pathlib import Path
from types import TracebackType
from typing import Any

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from creditkit.estimators.base import estimator_parts, is_reporting
from creditkit.rollout import Rollout
from creditkit.train.evaluation import mean_or_nan

METRICS_FILE = "metrics.jsonl"
ENV_FAILURES_FILE = "env_failures.jsonl"
"""One JSON line per episode lost to its env: step, process, seed, kind, error."""
LOGGER = logging.getLogger("creditkit.train.metrics")


class MetricsLogger:
    """Appends one JSON line per step to ``RUN_DIR/metrics.jsonl`` and mirrors the numbers to
    TensorBoard (``RUN_DIR/tensorboard``). Only the main process should log (``enabled``).

    On resume, lines of steps after ``resume_step`` (written after the last checkpoint by the
    crashed run) are dropped, so the file holds each step once; from step 0 (no checkpoint
    yet) every line is dropped, the start's evaluation included, which is logged again. A
    torn last line (a crash or a full disk while appending) is dropped with it.
    """

    def __init__(self, run_dir: Path, total_steps: int, resume_step: int = 0,
                 enabled: bool = True, show_progress: bool = True) -> None:
        self.path, self.enabled = run_dir / METRICS_FILE, enabled
        self._writer = None
        self._progress: Progress | None = None
        if not enabled:
            return
        run_dir.mkdir(parents=True, exist_ok=True)
        self._truncate_after(resume_step)
        from torch.utils.tensorboard import SummaryWriter

        self._writer = SummaryWriter(str(run_dir / "tensorboard"), purge_step=resume_step + 1)
        if show_progress:
            self._progress = Progress(TextColumn("[bold]train"), BarColumn(), MofNCompleteColumn(),
                                      TimeElapsedColumn(), TextColumn("{task.description}"))
            self._task = self._progress.add_task("", total=total_steps, completed=resume_step)

    def __enter__(self) -> MetricsLogger:
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._progress is not None:
            self._progress.stop()
        if self._writer is not None:
            self._writer.close()

    def log(self, step: int, metrics: dict[str, float]) -> None:
        """Record the metrics of ``step`` (1-based: the number of completed steps)."""
        if not self.enabled:
            return
        with self.path.open("a") as handle:
            handle.write(json.dumps({"step": step, **metrics}) + "\n")
        assert self._writer is not None
        for name, value in metrics.items():
            self._writer.add_scalar(name.replace(".", "/"), value, step)
        self._writer.flush()
        if self._progress is not None:
            shown = {k: metrics[k] for k in ("train.success", "train.return", "eval.success")
                     if k in metrics}
            text = "  ".join(f"{k} {v:.3f}" for k, v in shown.items())
            self._progress.update(self._task, completed=step, description=text)

    def _truncate_after(self, step: int) -> None:
        if not self.path.exists():
            return
        kept = [record for record in read_jsonl(self.path)
                if step > 0 and record.get("step", step + 1) <= step]
        staged = self.path.with_name(self.path.name + ".tmp")
        staged.write_text("".join(json.dumps(record) + "\n" for record in kept))
        staged.replace(self.path)  # atomic: a crash here leaves the old file whole


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The JSON records of a file written one line at a time, in order; blank lines skipped.

    A last line that is cut short (no newline, not JSON: a crash or a full disk while
    appending) is dropped with a warning; any other line that is not a JSON object raises a
    ValueError naming the file and the line number."""
    text = path.read_text(encoding="utf-8", errors="replace")
    lines = text.split("\n")
    records = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as error:
            if number == len(lines):  # the last line, with no newline after it: torn
                LOGGER.warning("%s: line %d is cut short (a write was interrupted): ignored",
                               path, number)
                continue
            raise ValueError(f"{path}:{number}: not a JSON record ({error}); the file is "
                             f"damaged: fix or delete that line") from None
        if not isinstance(record, dict):
            raise ValueError(f"{path}:{number}: not a JSON object: {line[:80]!r}")
        records.append(record)
    return records


def read_metrics(run_dir: str | Path) -> list[dict[str, float]]:
    """The records of ``RUN_DIR/metrics.jsonl``, in order (see :func:`read_jsonl`)."""
    path = Path(run_dir) / METRICS_FILE
    if not path.exists():
        raise FileNotFoundError(f"{path} not found: is {run_dir} a creditkit run folder?")
    records = read_jsonl(path)
    for number, record in enumerate(records, start=1):
        if not isinstance(record.get("step"), int):
            raise ValueError(f"{path}: record {number} has no integer 'step': {record}")
    return records


def rollout_metrics(rollout: Rollout) -> dict[str, float]:
    """``train.*`` (success, return, length, valid rate, turns) and ``rollout.*`` (unscored,
    dropped and lost episodes) of one step's rollout."""
    valid = rollout.steps.valid
    assert valid is not None
    episodes = rollout.episodes
    return {"train.success": mean_or_nan([episode.success for episode in episodes]),
            "train.return": mean_or_nan([episode.episode_return for episode in episodes]),
            "train.length": mean_or_nan([episode.length for episode in episodes]),
            "train.valid_rate": float(valid.float().mean()) if len(valid) else math.nan,
            "train.turns": float(rollout.steps.num_rows),
            "rollout.unscored_episodes": float(rollout.unscored_episodes),
            "rollout.dropped_episodes": float(rollout.dropped_episodes),
            "rollout.env_failures": float(len(rollout.env_failures))}


def estimator_metrics(estimator: object) -> dict[str, float]:
    """``estimator.[PATH.]NAME`` for each part of ``estimator`` that reports metrics."""
    metrics: dict[str, float] = {}
    for path, part in estimator_parts(estimator).items():
        if is_reporting(part):
            prefix = f"estimator.{path}." if path else "estimator."
            metrics.update({prefix + name: value for name, value in part.metrics().items()})
    return metrics


def record_env_failures(run_dir: Path, step: int, process: int, rollout: Rollout) -> None:
    """Append each episode of ``rollout`` lost to its env to ``RUN_DIR/env_failures.jsonl``
    (step, process, seed, kind, error) and warn; a step that lost every episode makes no
    update."""
    if not rollout.env_failures:
        return
    run_dir.mkdir(parents=True, exist_ok=True)
    with (run_dir / ENV_FAILURES_FILE).open("a") as handle:
        for seed, failure in rollout.env_failures:
            handle.write(json.dumps({"step": step, "process": process, "seed": seed,
                                     "kind": failure.kind, "error": failure.error}) + "\n")
    kinds = Counter(failure.kind for _, failure in rollout.env_failures)
    LOGGER.warning("step %d: %d episode(s) lost to env failures (%s), %d left out in all "
                   "(rollout.partial_groups); last error: %s", step, len(rollout.env_failures),
                   ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())),
                   rollout.dropped_episodes, rollout.env_failures[-1][1].error.strip())
    if not rollout.steps.num_rows:
        LOGGER.warning("step %d lost every episode: skipped (no update)", step)
