"""Learning curves of one or several runs, from their ``metrics.jsonl`` files."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from creditkit.metrics import read_metrics

PANELS = (("eval.success", "evaluation success"), ("train.success", "training success"),
          ("train.return", "training return"))


def plot_runs(runs: Sequence[Path], out: Path, labels: Sequence[str] | None = None) -> Path:
    """Write a PNG with one panel per metric and one line per run; returns ``out``."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    if labels and len(labels) != len(runs):
        raise ValueError(f"labels has {len(labels)} entries for {len(runs)} runs")
    figure, axes = plt.subplots(1, len(PANELS), figsize=(5 * len(PANELS), 3.6))
    for index, run in enumerate(runs):
        records = read_metrics(run)
        label = labels[index] if labels else Path(run).name
        for axis, (key, title) in zip(axes, PANELS):
            points = [(r["step"], r[key]) for r in records if key in r]
            if points:
                axis.plot(*zip(*points), marker="o" if key.startswith("eval") else None,
                          markersize=3, label=label)
            axis.set_title(title)
            axis.set_xlabel("training step")
            axis.grid(alpha=0.3)
    axes[0].legend(fontsize=8)
    figure.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(out, dpi=120)
    plt.close(figure)
    return out
