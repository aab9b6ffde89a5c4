"""Run observability: metrics to JSONL and TensorBoard, and a live rich progress bar."""

from __future__ import annotations

import json
from pathlib import Path
from types import TracebackType

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

METRICS_FILE = "metrics.jsonl"


class MetricsLogger:
    """Appends one JSON line per step to ``RUN_DIR/metrics.jsonl`` and mirrors the numbers to
    TensorBoard (``RUN_DIR/tensorboard``). Only the main process should log (``enabled``).

    On resume, lines of steps after ``resume_step`` (written after the last checkpoint by the
    crashed run) are dropped, so the file holds each step once.
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
        kept = [line for line in self.path.read_text().splitlines()
                if line.strip() and json.loads(line)["step"] <= step]
        self.path.write_text("".join(line + "\n" for line in kept))


def read_metrics(run_dir: str | Path) -> list[dict[str, float]]:
    """The records of ``RUN_DIR/metrics.jsonl``, in order."""
    path = Path(run_dir) / METRICS_FILE
    if not path.exists():
        raise FileNotFoundError(f"{path} not found: is {run_dir} a creditkit run folder?")
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
