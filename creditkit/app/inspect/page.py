"""``creditkit inspect RUN_DIR``: one self-contained HTML page of a run's saved rollout.

Each group's episodes are rows of turns, each turn coloured by its advantage (green positive,
red negative, white 0, scaled per column by its largest absolute advantage); the recurring
anchor states of a group are outlined in one colour each, and hovering a turn shows its prompt,
action, rewards and every column's advantage, and lights up every turn of the same state. The
columns are the trained estimator's advantages and those of other estimators re-run on the
same saved batch, side by side. Above them, the run's credit diagnostics (``metrics.jsonl``)
over the steps and the mean absolute advantage by turn index at this step. The page needs no
network and no other file.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from creditkit.app.inspect.charts import profile_chart, run_charts
from creditkit.app.inspect.model import (
    estimator_column,
    page_groups,
    trained_column,
    turn_index_profile,
)
from creditkit.rollout.saved import load_step, saved_steps
from creditkit.train.metrics import read_metrics

DEFAULT_GROUPS = 16
"""Groups drawn by default (``--groups``); the charts and profile use every group."""


def build_page(run_dir: str | Path, step: int | None = None, estimators: Sequence[str] = (),
               max_groups: int | None = DEFAULT_GROUPS) -> str:
    """The HTML page of ``run_dir``'s saved rollout at ``step`` (None: the last saved).

    Args:
        run_dir: a run folder with ``rollouts/`` (``trainer.save_rollouts_every``) and
            ``metrics.jsonl``.
        step: a saved step (see :func:`~creditkit.rollout.saved.saved_steps`).
        estimators: options of the ``estimator`` config group (e.g. ``grpo``, ``gigpo``) to
            re-run on the saved batch, each shown beside the trained estimator's column.
        max_groups: groups drawn (None: all).
    """
    import jinja2

    run_dir = Path(run_dir)
    steps = saved_steps(run_dir)
    if not steps:
        raise FileNotFoundError(f"{run_dir} has no saved rollouts ({run_dir}/rollouts/ is "
                                f"missing or empty): train with trainer.save_rollouts_every=N")
    if step is None:
        step = steps[-1]
    if step not in steps:
        raise ValueError(f"--step {step}: no rollout saved at that step; saved steps: "
                         f"{', '.join(map(str, steps))}")
    if max_groups is not None and max_groups < 1:
        raise ValueError(f"--groups must be >= 1, got {max_groups}")
    shards = load_step(run_dir, step)
    columns = [trained_column(shards), *(estimator_column(name, shards) for name in estimators)]
    groups = page_groups(shards, columns)
    shown = groups[:max_groups] if max_groups else groups
    profile = profile_chart({column.name: turn_index_profile(shards, column)
                             for column in columns})
    metrics_file = run_dir / "metrics.jsonl"
    records = read_metrics(run_dir) if metrics_file.exists() else []
    details = json.dumps({turn["row"]: turn["detail"] for group in shown
                          for episode in group["episodes"] for turn in episode["turns"]}
                         ).replace("</", "<\\/")
    environment = jinja2.Environment(loader=jinja2.PackageLoader("creditkit.app.inspect"),
                                     autoescape=jinja2.select_autoescape(["html", "j2"]),
                                     undefined=jinja2.StrictUndefined)
    return environment.get_template("page.html.j2").render(
        run=str(run_dir), step=step, saved_steps=steps, columns=columns,
        groups=shown, total_groups=len(groups), shown_groups=len(shown),
        rows=sum(shard.steps.num_rows for shard in shards),
        charts=run_charts(records, step), profile=profile, turn_data=details)


def write_page(run_dir: str | Path, out: str | Path | None = None, step: int | None = None,
               estimators: Sequence[str] = (), max_groups: int | None = DEFAULT_GROUPS
               ) -> Path:
    """Write :func:`build_page` to ``out`` (None: ``RUN_DIR/inspect_step_N.html``)."""
    html = build_page(run_dir, step, estimators, max_groups)
    if out is None:
        chosen = step if step is not None else saved_steps(run_dir)[-1]
        out = Path(run_dir) / f"inspect_step_{chosen}.html"
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    return out
