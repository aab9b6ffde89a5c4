"""Slow, obviously-correct loop references, written independently of creditkit's vectorised code.

Plain Python floats, lists and dicts; no torch arithmetic. Tests compare the library against
these on random batches. The GiGPO reference follows the paper's definitions row by row
(and is deliberately quadratic in the step-return computation, like the authors' code).
"""

from __future__ import annotations

import math
from collections import defaultdict


def _groups(ids: list[int]) -> dict[int, list[int]]:
    members: dict[int, list[int]] = defaultdict(list)
    for row, group in enumerate(ids):
        members[group].append(row)
    return members


def _mean(values: list[float]) -> float:
    return math.fsum(values) / len(values)


def _sample_std(values: list[float]) -> float:
    if len(values) < 2:
        return 0.0
    mean = _mean(values)
    return math.sqrt(math.fsum((v - mean) ** 2 for v in values) / (len(values) - 1))


def _normalise(scores: list[float], ids: list[int], scale: str, eps: float) -> list[float]:
    out = [0.0] * len(scores)
    batch_std = _sample_std(scores)
    for rows in _groups(ids).values():
        values = [scores[r] for r in rows]
        if len(set(values)) == 1:  # singleton or constant group: exactly zero
            continue
        mean = _mean(values)
        divisor = {"group": _sample_std(values) + eps, "batch": batch_std + eps, "none": 1.0}
        for r in rows:
            out[r] = (scores[r] - mean) / divisor[scale]
    return out


def grpo(scores: list[float], ids: list[int], scale: str = "group",
         eps: float = 1e-6) -> list[float]:
    """GRPO, one row at a time."""
    return _normalise(scores, ids, scale, eps)


def dr_grpo(scores: list[float], ids: list[int]) -> list[float]:
    """Dr. GRPO: score minus group mean."""
    return _normalise(scores, ids, "none", 0.0)


def rloo(scores: list[float], ids: list[int]) -> list[float]:
    """RLOO by its definition: minus the mean of the *other* members."""
    out = [0.0] * len(scores)
    for rows in _groups(ids).values():
        if len(rows) < 2 or len({scores[r] for r in rows}) == 1:
            continue
        for r in rows:
            others = [scores[o] for o in rows if o != r]
            out[r] = scores[r] - _mean(others)
    return out


def discounted_returns(rewards: list[float], episode_ids: list[int], gamma: float) -> list[float]:
    """R_t = sum_{k >= t} gamma^(k - t) r_k over the same episode, by the definition."""
    out = []
    for t, episode in enumerate(episode_ids):
        total, power = 0.0, 1.0
        k = t
        while k < len(rewards) and episode_ids[k] == episode:
            total += power * rewards[k]
            power *= gamma
            k += 1
        out.append(total)
    return out


def gigpo(
    rewards: list[float],
    episode_ids: list[int],
    group_ids: list[int],
    anchor_ids: list[int],
    gamma: float = 0.95,
    step_weight: float = 1.0,
    scale: str = "std",
    eps: float = 1e-6,
    episode_stat: str = "trajectory",
) -> list[float]:
    """GiGPO from the paper's definitions: A_E + step_weight * A_S."""
    group_scale = "group" if scale == "std" else "none"
    episode_return: dict[int, float] = defaultdict(float)
    episode_group: dict[int, int] = {}
    for reward, episode, group in zip(rewards, episode_ids, group_ids):
        episode_return[episode] += reward
        episode_group[episode] = group
    if episode_stat == "trajectory":
        episodes = list(episode_return)
        per_episode = _normalise([episode_return[e] for e in episodes],
                                 [episode_group[e] for e in episodes], group_scale, eps)
        lookup = dict(zip(episodes, per_episode))
        episode_adv = [lookup[e] for e in episode_ids]
    else:
        episode_adv = _normalise([episode_return[e] for e in episode_ids], group_ids,
                                 group_scale, eps)
    step_returns = discounted_returns(rewards, episode_ids, gamma)
    pairs = {key: index for index, key in enumerate(dict.fromkeys(zip(group_ids, anchor_ids)))}
    step_ids = [pairs[(g, a)] for g, a in zip(group_ids, anchor_ids)]
    step_adv = _normalise(step_returns, step_ids, group_scale, eps)
    return [e + step_weight * s for e, s in zip(episode_adv, step_adv)]


def broadcast_to_tokens(values: list[float], token_rows: list[list[int]],
                        mask: list[list[bool]]) -> list[list[float]]:
    """Each unmasked token gets its row's value, masked ones 0."""
    return [[values[r] if m else 0.0 for r, m in zip(rows, masks)]
            for rows, masks in zip(token_rows, mask)]
