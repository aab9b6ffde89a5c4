"""Sotopia evaluation: every policy plays the same episodes against the same partner; the table
gives the mean of each SOTOPIA-EVAL dimension and of their mean ("overall", the plain mean of
the seven), with the number of scored and unscored episodes (unscored ones are left out of the
means, never counted as zeros)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from creditkit_envs.sotopia.dimensions import DIMENSIONS, SHORT_NAMES

__all__ = ["SHORT_NAMES", "dimension_means", "seven_dimension_table"]


def dimension_means(records: Sequence[Mapping[str, Any]]) -> dict[str, float | int]:
    """Means over the scored episode records (``SotopiaEnv.episode_record()``), plus
    ``overall``, ``scored`` and ``unscored``."""
    scored = [r["scores"] for r in records if r["scored"]]
    means: dict[str, float | int] = {}
    for name in DIMENSIONS:
        means[name] = sum(s[name] for s in scored) / len(scored) if scored else float("nan")
    means["overall"] = sum(float(means[n]) for n in DIMENSIONS) / len(DIMENSIONS)
    means["scored"], means["unscored"] = len(scored), len(records) - len(scored)
    return means


def seven_dimension_table(rows: Mapping[str, Mapping[str, float | int]]) -> str:
    """A fixed-width table: one row per policy, BEL REL KNO SEC SOC FIN GOAL Overall.

    >>> from creditkit_envs.sotopia.evaluation import DIMENSIONS, seven_dimension_table
    >>> print(seven_dimension_table({"p": {**{n: 1.0 for n in DIMENSIONS}, "overall": 1.0,
    ...                                    "scored": 2, "unscored": 0}}))
    policy BEL   REL   KNO   SEC   SOC   FIN   GOAL  Overall  scored  unscored
    p      1.00  1.00  1.00  1.00  1.00  1.00  1.00  1.00     2       0
    """
    width = max([6, *(len(name) for name in rows)])
    header = ["policy".ljust(width)] + [SHORT_NAMES[n].ljust(5) for n in DIMENSIONS] + [
        "Overall ", "scored ", "unscored"]
    lines = [" ".join(header)]
    for name, means in rows.items():
        cells = [name.ljust(width)] + [f"{float(means[n]):.2f}".ljust(5) for n in DIMENSIONS]
        cells += [f"{float(means['overall']):.2f}".ljust(8), str(means["scored"]).ljust(7),
                  str(means["unscored"])]
        lines.append(" ".join(cells).rstrip())
    return "\n".join(lines)
