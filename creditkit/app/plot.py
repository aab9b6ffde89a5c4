"""Learning curves of one or several runs, from their ``metrics.jsonl`` files."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from creditkit.train.metrics import read_metrics

if TYPE_CHECKING:
    from matplotlib.figure import Figure

PANELS = (("eval.success", "evaluation success"), ("train.success", "training success"),
          ("train.return", "training return"))


def plot_runs(runs: Sequence[Path], out: Path, labels: Sequence[str] | None = None,
              metrics: Sequence[str] | None = None) -> Path:
    """Write a PNG with one panel per metric and one line per label; returns ``out``.

    Args:
        runs: run folders (each with a ``metrics.jsonl``).
        out: the PNG to write.
        labels: one legend label per run (None: the folder names). Runs that share a label
            (e.g. three seeds of one estimator) are drawn as their mean over the steps all of
            them logged, with a band from their minimum to their maximum.
        metrics: the ``metrics.jsonl`` keys to draw, one panel each (e.g.
            ``train.singleton_fraction``, ``credit.anchor_match_rate``); None: evaluation
            success, training success and training return.
    """
    import matplotlib.pyplot as plt

    figure = curves_figure(runs, labels, metrics)
    out.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(out, dpi=120)
    plt.close(figure)
    return out


def curves_figure(runs: Sequence[Path], labels: Sequence[str] | None = None,
                  metrics: Sequence[str] | None = None) -> Figure:
    """The figure :func:`plot_runs` saves (panels titled by metric, left to right and in
    rows of three)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    if labels and len(labels) != len(runs):
        raise ValueError(f"labels has {len(labels)} entries for {len(runs)} runs")
    grouped: dict[str, list[list[dict]]] = {}
    for index, run in enumerate(runs):
        records = read_metrics(run)
        if not records:
            raise ValueError(f"{Path(run) / 'metrics.jsonl'} holds no records yet (the run logs "
                             f"one per step): nothing to plot")
        grouped.setdefault(labels[index] if labels else Path(run).name, []).append(records)
    panels = PANELS if not metrics else tuple((name, name) for name in metrics)
    _check_metrics([name for name, _ in panels] if metrics else [], grouped)
    if not metrics and not any(key in record for key, _ in panels for members in
                               grouped.values() for records in members for record in records):
        raise ValueError(f"no run logged {', '.join(key for key, _ in PANELS)}: name what to "
                         f"draw with --metrics")
    columns = min(len(panels), 3)
    rows = -(-len(panels) // columns)
    figure, grid = plt.subplots(rows, columns, figsize=(5 * columns, 3.6 * rows), squeeze=False)
    axes = list(grid.flat)
    for axis in axes[len(panels):]:
        axis.set_visible(False)
    for label, members in grouped.items():
        for axis, (key, title) in zip(axes, panels):
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
    return figure


def _check_metrics(names: Sequence[str], grouped: dict[str, list[list[dict]]]) -> None:
    """Refuse a metric that no run logged, listing the ones they did."""
    logged = {key for members in grouped.values() for records in members for record in records
              for key in record if key != "step"}
    unknown = [name for name in names if name not in logged]
    if unknown:
        raise ValueError(f"--metrics {' '.join(unknown)}: not in any run's metrics.jsonl; "
                         f"logged: {', '.join(sorted(logged))}")


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
