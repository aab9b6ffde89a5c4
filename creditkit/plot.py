"""Learning curves of one or several runs, from their ``metrics.jsonl`` files."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from creditkit.metrics import read_metrics

PANELS = (("eval.success", "evaluation success"), ("train.success", "training success"),
          ("train.return", "training return"))


def plot_runs(runs: Sequence[Path], out: Path, labels: Sequence[str] | None = None) -> Path:
    """Write a PNG with one panel per metric and one line per label; returns ``out``.

    Runs that share a label (e.g. three seeds of one estimator) are drawn as their mean over
    the steps all of them logged, with a band from their minimum to their maximum.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    if labels and len(labels) != len(runs):
        raise ValueError(f"labels has {len(labels)} entries for {len(runs)} runs")
    grouped: dict[str, list[list[dict]]] = {}
    for index, run in enumerate(runs):
        grouped.setdefault(labels[index] if labels else Path(run).name, []).append(
            read_metrics(run))
    figure, axes = plt.subplots(1, len(PANELS), figsize=(5 * len(PANELS), 3.6))
    for label, members in grouped.items():
        for axis, (key, title) in zip(axes, PANELS):
            series = [{r["step"]: r[key] for r in records if key in r} for records in members]
            steps, mean, low, high = mean_band(series)
            if steps:
                line = axis.plot(steps, mean, marker="o" if key.startswith("eval") else None,
                                 markersize=3, label=label if len(series) == 1 else
                                 f"{label} (mean of {len(series)})")
                if len(series) > 1:
                    axis.fill_between(steps, low, high, alpha=0.2, color=line[0].get_color())
            axis.set_title(title)
            axis.set_xlabel("training step")
            axis.grid(alpha=0.3)
    axes[0].legend(fontsize=8)
    figure.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(out, dpi=120)
    plt.close(figure)
    return out


def mean_band(series: Sequence[dict[int, float]]) -> tuple[list[int], list[float], list[float],
                                                           list[float]]:
    """Steps logged by every run, and the runs' mean, minimum and maximum at each.

    >>> mean_band([{0: 0.0, 10: 0.5}, {0: 0.2, 10: 0.9, 20: 1.0}])
    ([0, 10], [0.1, 0.7], [0.0, 0.5], [0.2, 0.9])
    """
    steps = sorted(set.intersection(*(set(points) for points in series))) if series else []
    values = [[points[step] for points in series] for step in steps]
    return (steps, [sum(v) / len(v) for v in values], [min(v) for v in values],
            [max(v) for v in values])
