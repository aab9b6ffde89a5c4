"""Hypothesis strategies: ragged groups, ties, binary rewards, arbitrary labels, shuffled rows.

Real-valued rewards are drawn on a 1e-3 grid in [-1e3, 1e3] so that two distinct values differ
by far more than float64 rounding (a group whose spread is 1e-13 has no meaningful advantage
sign); magnitudes up to 1e6 and exact ties are covered by dedicated tests.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from hypothesis import strategies as st

REWARD_KINDS = ("grid", "binary", "ties")


def reward_values(kind: str) -> st.SearchStrategy[float]:
    """One reward of the given kind."""
    if kind == "binary":
        return st.sampled_from([0.0, 1.0])
    if kind == "ties":
        return st.sampled_from([-2.5, 0.0, 1.0, 3.75])
    return st.integers(-1_000_000, 1_000_000).map(lambda k: k / 1000.0)


def labels(count: int) -> st.SearchStrategy[list[int]]:
    """``count`` distinct arbitrary integer labels (negative, huge, unsorted)."""
    return st.lists(st.integers(-(2**40), 2**40), min_size=count, max_size=count, unique=True)


@dataclass
class Grouped:
    """A flat batch of scores with group labels (rows shuffled)."""

    scores: torch.Tensor  # float64 [B]
    group_ids: torch.Tensor  # long [B]


@st.composite
def grouped_scores(draw: st.DrawFn, max_groups: int = 6, max_size: int = 16) -> Grouped:
    """Ragged groups of 1..16 rows with arbitrary labels, rows in shuffled order."""
    sizes = draw(st.lists(st.integers(1, max_size), min_size=1, max_size=max_groups))
    kind = draw(st.sampled_from(REWARD_KINDS))
    rows = sum(sizes)
    values = draw(st.lists(reward_values(kind), min_size=rows, max_size=rows))
    names = draw(labels(len(sizes)))
    ids = [name for name, size in zip(names, sizes) for _ in range(size)]
    order = draw(st.permutations(range(rows)))
    return Grouped(
        scores=torch.tensor([values[i] for i in order], dtype=torch.float64),
        group_ids=torch.tensor([ids[i] for i in order], dtype=torch.long),
    )


@dataclass
class Episodes:
    """A flat multi-turn batch: contiguous episodes, groups, anchors (as lists and tensors)."""

    rewards: torch.Tensor  # float64 [B]
    episode_ids: torch.Tensor  # long [B]
    group_ids: torch.Tensor  # long [B]
    anchor_ids: torch.Tensor  # long [B]


@st.composite
def episode_batches(draw: st.DrawFn, max_groups: int = 4, max_episodes: int = 8,
                    max_length: int = 10) -> Episodes:
    """Groups of 1..8 episodes of 1..10 steps; anchors from a small per-group state space so
    step groups repeat across episodes and time; episodes in shuffled order."""
    kind = draw(st.sampled_from(REWARD_KINDS))
    group_count = draw(st.integers(1, max_groups))
    group_names = draw(labels(group_count))
    anchor_names = draw(labels(6))
    episodes: list[tuple[int, list[float], list[int]]] = []
    for group in group_names:
        states = draw(st.integers(1, 6))
        for _ in range(draw(st.integers(1, max_episodes))):
            length = draw(st.integers(1, max_length))
            rewards = draw(st.lists(reward_values(kind), min_size=length, max_size=length))
            anchors = draw(st.lists(st.sampled_from(anchor_names[:states]), min_size=length,
                                    max_size=length))
            episodes.append((group, rewards, anchors))
    order = draw(st.permutations(range(len(episodes))))
    episode_names = draw(labels(len(episodes)))
    rewards, episode_ids, group_ids, anchor_ids = [], [], [], []
    for position in order:
        group, episode_rewards, anchors = episodes[position]
        rewards += episode_rewards
        episode_ids += [episode_names[position]] * len(episode_rewards)
        group_ids += [group] * len(episode_rewards)
        anchor_ids += anchors
    return Episodes(
        rewards=torch.tensor(rewards, dtype=torch.float64),
        episode_ids=torch.tensor(episode_ids, dtype=torch.long),
        group_ids=torch.tensor(group_ids, dtype=torch.long),
        anchor_ids=torch.tensor(anchor_ids, dtype=torch.long),
    )


def sample_std(values: torch.Tensor) -> float:
    """The oracle's sample std (n - 1): exactly 0 for a singleton or a constant group (all values
    equal), as the estimators define it; ``Tensor.std`` of equal float values can round to
    ~1e-17 instead, which made an oracle expect a spread where there is none."""
    if values.numel() < 2 or not bool((values != values[0]).any()):
        return 0.0
    return float(values.std())


def shuffled_and_relabelled(batch: Episodes, rewards: torch.Tensor, data: st.DataObject
                            ) -> tuple[Episodes, torch.Tensor]:
    """``batch`` (with ``rewards``) with its whole episodes in a drawn order (each one's rows
    still in time order) and every id relabelled; and the rows it took, long [B]."""
    starts = torch.cat([torch.tensor([True]), batch.episode_ids[1:] != batch.episode_ids[:-1]])
    runs = torch.cumsum(starts.long(), 0) - 1
    order = data.draw(st.permutations(range(int(runs.max()) + 1)))
    rows = torch.cat([torch.nonzero(runs == e).flatten() for e in order])

    def relabel(ids: torch.Tensor) -> torch.Tensor:
        names = ids.unique()
        return torch.tensor(data.draw(labels(names.numel())))[torch.searchsorted(names, ids)]

    return Episodes(rewards[rows], relabel(batch.episode_ids)[rows],
                    relabel(batch.group_ids)[rows], relabel(batch.anchor_ids)[rows]), rows
