"""What the inspection page shows, computed from a run's saved rollouts (no HTML here).

A *column* is one estimator's advantages on the saved batch: the trained estimator's (as the
trainer used them) and any others re-run offline (:func:`estimator_column`). Rows of every
process's file are numbered in one sequence; groups keep their process (``p0 g3``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import torch
from torch import Tensor

from creditkit.rollout.saved import SavedRollout, replay_advantages
from creditkit.segments import step_group_ids

POSITIVE, NEGATIVE, ZERO = (26, 152, 80), (215, 48, 39), (255, 255, 255)
"""Colours of the largest positive advantage, the largest negative one, and 0."""

OUTLINES = ("#1f77b4", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22",
            "#7f7f7f", "#000000", "#2ca02c")
"""Outline colours of a group's recurring anchor states, in order of first appearance."""


@dataclass(frozen=True)
class Column:
    """One estimator's advantages on the saved rollout.

    Attributes:
        name: short label (the estimator option, or ``trained``).
        title: the estimator's ``repr``.
        advantages: float [B] over every process's rows in order.
    """

    name: str
    title: str
    advantages: Tensor

    @property
    def scale(self) -> float:
        """The largest absolute advantage (1.0 when all are 0): the colour scale."""
        largest = float(self.advantages.abs().max()) if self.advantages.numel() else 0.0
        return largest or 1.0


def estimator_names() -> list[str]:
    """The options of the ``estimator`` config group (each one :func:`build_estimator` builds)."""
    from creditkit.app.compose import estimator_options

    return estimator_options()


def build_estimator(name: str) -> Any:
    """A new estimator from the ``estimator`` config group's option ``name``, composed as a
    training run composes it (its ``defaults:`` list applied)."""
    from creditkit.app.compose import build_estimator as build

    try:
        return build(name)
    except ValueError as error:
        raise ValueError(f"--estimators {name}: {error}") from None


def trained_column(shards: Sequence[SavedRollout]) -> Column:
    """The advantages the trainer used, as saved."""
    return Column("trained", shards[0].header["estimator"],
                  torch.cat([shard.advantages.double() for shard in shards]))


def estimator_column(name: str, shards: Sequence[SavedRollout]) -> Column:
    """Estimator option ``name`` re-run on every process's saved batch (a new estimator per
    process; its saved state is restored only when its settings are the trained one's)."""
    parts, title = [], ""
    for shard in shards:
        estimator = build_estimator(name)
        title = repr(estimator)
        try:
            parts.append(replay_advantages(shard, estimator,
                                           restore_state=title == shard.header["estimator"]))
        except ValueError as error:
            raise ValueError(f"--estimators {name} cannot run on this rollout: {error}") from error
    return Column(name, title, torch.cat([part.double() for part in parts]))


def advantage_colour(value: float, scale: float) -> str:
    """CSS colour of an advantage: white at 0, towards green (positive) or red (negative) in
    proportion to ``|value| / scale``.

    >>> advantage_colour(0.0, 1.0), advantage_colour(1.0, 1.0), advantage_colour(-0.5, 1.0)
    ('#ffffff', '#1a9850', '#eb9893')
    """
    weight = min(abs(value) / scale, 1.0) if scale > 0 else 0.0
    end = POSITIVE if value > 0 else NEGATIVE
    mixed = (round(z + (e - z) * weight) for z, e in zip(ZERO, end, strict=True))
    return "#" + "".join(f"{channel:02x}" for channel in mixed)


def step_group_keys(shard: SavedRollout) -> tuple[list[str], list[int]]:
    """Per row: the key of its step group (``"p{process}-{dense id}"``; rows of one state in
    one group share it) and the step group's size (1 without anchors)."""
    steps = shard.steps
    if steps.anchor_ids is None:
        return [f"p{shard.process}-r{row}" for row in range(steps.num_rows)], [1] * steps.num_rows
    dense = step_group_ids(steps.group_ids, steps.anchor_ids)
    sizes = torch.bincount(dense)[dense]
    return [f"p{shard.process}-{int(i)}" for i in dense], sizes.tolist()


def turn_index_profile(shards: Sequence[SavedRollout], column: Column
                       ) -> tuple[list[int], list[float]]:
    """Turn indices 0..T-1 and the mean absolute advantage of the rows at each."""
    indices: list[int] = []
    for shard in shards:
        for episode in shard.episodes:
            indices += range(len(episode["turns"]))
    index = torch.tensor(indices, dtype=torch.long)
    if not index.numel():
        return [], []
    count = torch.bincount(index).double()
    total = torch.zeros(count.numel(), dtype=torch.float64).index_add_(
        0, index, column.advantages.abs())
    return list(range(count.numel())), (total / count.clamp(min=1)).tolist()


def page_groups(shards: Sequence[SavedRollout], columns: Sequence[Column]
                ) -> list[dict[str, Any]]:
    """Every group of the saved step, in order: each with its episodes, each episode with its
    turns, each turn with its row number, step-group key, outline colour, one cell per column
    and its ``detail`` for the hover panel (prompt, action, raw and shaped rewards, validity,
    anchor, step-group size, each column's advantage)."""
    scales = [column.scale for column in columns]
    groups: list[dict[str, Any]] = []
    row = 0
    for shard in shards:
        keys, sizes = step_group_keys(shard)
        names = shard.header["raw_reward_names"]
        first = row  # the page-wide number of this process's first row
        by_group: dict[int, dict[str, Any]] = {}
        for episode in shard.episodes:
            group = by_group.setdefault(episode["group"], {
                "name": f"p{shard.process} g{episode['group']}", "seed": episode["seed"],
                "category": episode["category"], "episodes": [], "outlines": {}})
            turns = []
            for turn in episode["turns"]:
                key, size = keys[row - first], sizes[row - first]
                outline = None
                if size > 1:
                    outline = group["outlines"].setdefault(
                        key, OUTLINES[len(group["outlines"]) % len(OUTLINES)])
                values = [float(column.advantages[row]) for column in columns]
                turns.append({
                    "row": row, "key": key, "outline": outline,
                    "label": turn["action"].strip()[:2] or "·",
                    "cells": [{"colour": advantage_colour(value, scale), "value": value}
                              for value, scale in zip(values, scales, strict=True)],
                    "detail": {
                        "prompt": turn["prompt"], "action": turn["action"],
                        "rewards": dict(zip(names, turn["raw_rewards"], strict=True)),
                        "shaped": turn["rewards"], "valid": turn["valid"],
                        "anchor": turn["anchor_id"], "same_state": size,
                        "advantages": {column.name: round(value, 4)
                                       for column, value in zip(columns, values, strict=True)}}})
                row += 1
            group["episodes"].append({"success": episode["success"],
                                      "return": episode["return"], "turns": turns})
        groups += by_group.values()
    return groups
