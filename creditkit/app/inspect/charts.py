"""Small charts of the inspection page, drawn by matplotlib as SVG data URIs (self-contained:
each chart is an ``<img>`` whose source is the SVG itself, so no file or network is needed)."""

from __future__ import annotations

import base64
import io
from collections.abc import Mapping, Sequence
from typing import Any

CHARTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("success", ("train.success", "eval.success")),
    ("anchor states", ("train.singleton_fraction", "credit.anchor_match_rate")),
    ("no signal", ("credit.flat_group_fraction", "credit.zero_advantage_fraction")),
    ("step-group size", ("credit.step_group_size_mean", "credit.step_group_size_max")),
    ("|advantage| by turn", ("credit.advantage_abs_mean.first", "credit.advantage_abs_mean.middle",
                             "credit.advantage_abs_mean.last")),
    ("mean advantage by turn", ("credit.advantage_mean.first", "credit.advantage_mean.middle",
                                "credit.advantage_mean.last")),
    ("estimator terms", ("episode_abs_mean", "step_abs_mean")),
    ("valid actions", ("train.valid_rate",)),
)
"""(title, metric names) of each run chart; ``estimator terms`` takes every
``estimator.[PATH.]episode_abs_mean`` and ``...step_abs_mean``."""


def svg_uri(figure: Any) -> str:
    """A matplotlib figure as a ``data:image/svg+xml`` URI (text kept as text)."""
    import matplotlib.pyplot as plt

    buffer = io.StringIO()
    with plt.rc_context({"svg.fonttype": "none", "svg.hashsalt": "creditkit"}):
        figure.savefig(buffer, format="svg", bbox_inches="tight")
    plt.close(figure)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue().encode()).decode()


def _figure() -> tuple[Any, Any]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(3.6, 2.3))
    axis.grid(alpha=0.3)
    axis.tick_params(labelsize=7)
    return figure, axis


def chart_keys(title: str, names: Sequence[str], logged: set[str]) -> list[str]:
    """The logged metrics a chart draws (``estimator terms`` matches by suffix)."""
    if title == "estimator terms":
        return sorted(k for k in logged if k.startswith("estimator.")
                      and k.rsplit(".", 1)[-1] in names)
    return [name for name in names if name in logged]


def run_charts(records: Sequence[Mapping[str, float]], step: int) -> list[dict[str, str]]:
    """One chart per entry of :data:`CHARTS` whose metrics the run logged, each with a dashed
    line at ``step`` (the inspected one): ``[{"title", "uri", "metrics"}]``."""
    logged = {key for record in records for key in record if key != "step"}
    charts = []
    for title, names in CHARTS:
        keys = chart_keys(title, names, logged)
        if not keys:
            continue
        figure, axis = _figure()
        for key in keys:
            points = [(r["step"], r[key]) for r in records if key in r]
            axis.plot([p[0] for p in points], [p[1] for p in points], linewidth=1.2,
                      marker="o" if key.startswith("eval") else None, markersize=2,
                      label=key.removeprefix("credit.").removeprefix("train."))
        axis.axvline(step, color="#555555", linestyle="--", linewidth=0.8)
        axis.set_title(title, fontsize=9)
        axis.set_xlabel("training step", fontsize=7)
        axis.legend(fontsize=6)
        charts.append({"title": title, "uri": svg_uri(figure), "metrics": " ".join(keys)})
    return charts


def profile_chart(profiles: Mapping[str, tuple[Sequence[int], Sequence[float]]]) -> str:
    """Mean absolute advantage by turn index at the inspected step, one line per column."""
    figure, axis = _figure()
    for name, (indices, values) in profiles.items():
        axis.plot(indices, values, linewidth=1.2, marker="o", markersize=2, label=name)
    axis.set_title("|advantage| by turn index (this step)", fontsize=9)
    axis.set_xlabel("turn index", fontsize=7)
    axis.legend(fontsize=6)
    return svg_uri(figure)
