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


def hgpo(
    rewards: list[float],
    episode_ids: list[int],
    group_ids: list[int],
    anchor_ids: list[int],
    gamma: float = 0.95,
    history: int = 2,
    scale: str = "std",
    std_ddof: int = 1,
    length_alpha: float = 1.0,
    base_group: bool = False,
    eps: float = 1e-6,
) -> list[float]:
    """HGPO from the definitions, row by row: contexts as tuples of the last k anchors."""
    returns = discounted_returns(rewards, episode_ids, gamma)
    position, seen = [], []
    for row, episode in enumerate(episode_ids):
        position.append(position[-1] + 1 if row and episode_ids[row - 1] == episode else 0)
        seen.append((seen[-1] if position[-1] else ()) + (anchor_ids[row],))
    clusters: dict[tuple, list[int]] = defaultdict(list)
    for row in range(len(rewards)):
        for k in range(1, min(history + 1, position[row] + 1) + 1):
            clusters[(group_ids[row], k, seen[row][-k:])].append(row)

    def normalised(values: list[float], ddof: int) -> list[float]:
        mean = _mean(values)
        if scale == "none":
            return [v - mean for v in values]
        n = len(values)
        std = math.sqrt(sum((v - mean) ** 2 for v in values) / (n - ddof)) if n > ddof else 0.0
        return [0.0 if v == mean else (v - mean) / (std + eps) for v in values]

    items: list[list[tuple[float, float]]] = [[] for _ in rewards]
    for (_, k, _), members in clusters.items():
        if len(members) > 1:
            for row, value in zip(members, normalised([returns[r] for r in members], std_ddof)):
                items[row].append((float((k + 1) ** length_alpha), value))
    if base_group:
        totals: dict[int, float] = defaultdict(float)
        for reward, episode in zip(rewards, episode_ids):
            totals[episode] += reward
        for rows in _groups(group_ids).values():
            scores = [totals[episode_ids[r]] for r in rows]
            if len(rows) == 1:
                values = [scores[0] / (1.0 + eps if scale == "std" else 1.0)]
            else:
                values = normalised(scores, 1)
            for row, value in zip(rows, values):
                items[row].append((1.0, value))
    out = []
    for row_items in items:
        kept = [(w, v) for w, v in row_items if v != 0.0]
        total = sum(w for w, _ in kept)
        out.append(sum(w * v for w, v in kept) / (total + eps) if kept else 0.0)
    return out


def g2po(
    rewards: list[float],
    episode_ids: list[int],
    group_ids: list[int],
    anchor_ids: list[int],
    valid: list[bool],
    gamma: float = 0.95,
    step_weight: float = 1.0,
    scale: str = "none",
    invalid_penalty: float = 0.1,
    episode_stat: str = "trajectory",
    eps: float = 1e-6,
    dones: list[bool] | None = None,
) -> list[float]:
    """G2PO from the definitions: a dict graph of each group's states, row by row."""
    group_scale = "group" if scale == "std" else "none"
    rows = range(len(rewards))
    episode_rows: dict[int, list[int]] = defaultdict(list)
    for row in rows:
        episode_rows[episode_ids[row]].append(row)
    total = {e: math.fsum(rewards[r] for r in members) for e, members in episode_rows.items()}
    visits: dict[tuple[int, int], list[float]] = defaultdict(list)
    step_of: dict[int, tuple[int, int]] = {}  # row -> (its step t, its episode's length T)
    for members in episode_rows.values():
        for t, row in enumerate(members):
            step_of[row] = (t, len(members))
            visits[(group_ids[row], anchor_ids[row])].append(
                gamma ** (len(members) - t) * total[episode_ids[row]])
    value = {node: _mean(values) for node, values in visits.items()}
    next_value = []
    for row in rows:
        t, length = step_of[row]
        if t + 1 < length:
            following = episode_rows[episode_ids[row]][t + 1]
            next_value.append(value[(group_ids[following], anchor_ids[following])])
        else:
            terminated = True if dones is None else dones[row]
            won = terminated and total[episode_ids[row]] > 0
            next_value.append(total[episode_ids[row]] if won else 0.0)
    nodes = {key: i for i, key in enumerate(dict.fromkeys(zip(group_ids, anchor_ids)))}
    node_ids = [nodes[(g, a)] for g, a in zip(group_ids, anchor_ids)]
    node_term = _normalise([next_value[r] - invalid_penalty * (not valid[r]) for r in rows],
                           node_ids, group_scale, eps)
    gain_term = _normalise([next_value[r] - value[(group_ids[r], anchor_ids[r])] for r in rows],
                           group_ids, group_scale, eps)
    episode_term = _episode_term(total, [0.0] * len(rewards), episode_rows, episode_ids,
                                 group_ids, episode_stat, scale, eps)
    return [episode_term[r] + step_weight * (node_term[r] + gain_term[r]) for r in rows]


def _episode_term(total: dict[int, float], offset: list[float],
                  episode_rows: dict[int, list[int]], episode_ids: list[int],
                  group_ids: list[int], episode_stat: str, scale: str, eps: float
                  ) -> list[float]:
    """The episode term of the verl-agent family: one score per episode (its return plus its
    rows' offsets), or each row's return plus its own offset over the group's rows (a group of
    one row keeps its score, divided by 1 + eps under std)."""
    group_scale = "group" if scale == "std" else "none"
    rows = range(len(episode_ids))
    if episode_stat == "trajectory":
        episodes = list(episode_rows)
        per_episode = _normalise(
            [total[e] + math.fsum(offset[r] for r in episode_rows[e]) for e in episodes],
            [group_ids[episode_rows[e][0]] for e in episodes], group_scale, eps)
        lookup = dict(zip(episodes, per_episode))
        return [lookup[episode_ids[r]] for r in rows]
    scores = [total[episode_ids[r]] + offset[r] for r in rows]
    term = _normalise(scores, group_ids, group_scale, eps)
    for members in _groups(group_ids).values():
        if len(members) == 1:  # mean 0 (and std 1) for a group of one row
            term[members[0]] = scores[members[0]] / (1.0 + eps if scale == "std" else 1.0)
    return term


def graphgpo(
    rewards: list[float],
    episode_ids: list[int],
    group_ids: list[int],
    anchor_ids: list[int],
    next_anchor_ids: list[int],
    valid: list[bool],
    gamma: float = 0.1,
    goal_value: float = 10.0,
    distance: str = "absolute",
    step_weight: float = 1.0,
    episode_weight: float = 1.0,
    scale: str = "std",
    episode_stat: str = "trajectory",
    invalid_penalty: float = 0.0,
    eps: float = 1e-6,
    dones: list[bool] | None = None,
) -> list[float]:
    """GraphGPO from the definitions: a dict graph per group and a breadth-first search from
    the goal over the reversed edges."""
    group_scale = "group" if scale == "std" else "none"
    rows = range(len(rewards))
    episode_rows: dict[int, list[int]] = defaultdict(list)
    for row in rows:
        episode_rows[episode_ids[row]].append(row)
    total = {e: math.fsum(rewards[r] for r in members) for e, members in episode_rows.items()}
    goal = object()
    heads: dict[int, object] = {}  # row -> the node its edge leads to
    for members in episode_rows.values():
        for row in members:
            ended = row == members[-1] and (True if dones is None else dones[row])
            heads[row] = goal if ended and total[episode_ids[row]] > 0 else next_anchor_ids[row]
    dist: dict[tuple[int, object], int] = {}
    for group, members in _groups(group_ids).items():
        into: dict[object, list[object]] = defaultdict(list)  # reversed edges
        nodes = {goal}
        for row in members:
            into[heads[row]].append(anchor_ids[row])
            nodes |= {anchor_ids[row], heads[row]}
        found = {goal: 0}
        frontier = [goal]
        while frontier:
            following = []
            for node in frontier:
                for before in into[node]:
                    if before not in found:
                        found[before] = found[node] + 1
                        following.append(before)
            frontier = following
        farthest = max(found.values())
        for node in nodes:
            dist[(group, node)] = found.get(node, farthest + 1)
    offset = [-invalid_penalty * (not valid[r]) for r in rows]
    values = []
    for r in rows:
        d_next, d_here = dist[(group_ids[r], heads[r])], dist[(group_ids[r], anchor_ids[r])]
        power = d_next if distance == "absolute" else d_next - d_here + 1
        values.append(goal_value * gamma ** power + offset[r])
    nodes_of = {key: i for i, key in enumerate(dict.fromkeys(zip(group_ids, anchor_ids)))}
    step_term = _normalise(values, [nodes_of[(g, a)] for g, a in zip(group_ids, anchor_ids)],
                           group_scale, eps)
    episode_term = _episode_term(total, offset, episode_rows, episode_ids, group_ids,
                                 episode_stat, scale, eps)
    return [step_weight * step_term[r] + episode_weight * episode_term[r] for r in rows]


def empg(
    base: list[float],
    episode_ids: list[int],
    entropies: list[float],
    k: float = 1.0,
    k_future: float = 1.0,
    zeta: float = 0.05,
    entropy_eps: float = 1e-8,
    center: bool = True,
) -> list[float]:
    """EMPG's modulation from the project page's equations, row by row."""
    low, high = min(entropies), max(entropies)
    scaled = [(h - low) / (high - low + entropy_eps) for h in entropies]
    calm = [math.exp(-k * h) for h in scaled]
    mean_calm = _mean(calm)
    out = []
    for row, advantage in enumerate(base):
        value = calm[row] / (mean_calm + entropy_eps) * advantage
        following = row + 1
        if following < len(base) and episode_ids[following] == episode_ids[row]:
            value += zeta * math.exp(-k_future * scaled[following])
        out.append(value)
    if center:
        mean_out = _mean(out)
        out = [v - mean_out for v in out]
    return out


def istar(
    rewards: list[float],
    episode_ids: list[int],
    group_ids: list[int],
    implicit: list[float],
    valid: list[bool],
    baseline: str = "rloo",
    scale: str = "none",
    step_weight: float = 1.0,
    process_only: bool = False,
    stat_rows: str = "first_step",
    implicit_scale: str = "max_abs",
    invalid_penalty: float = 0.0,
    eps: float = 1e-6,
    implicit_eps: float = 1e-6,
) -> list[float]:
    """iStar from the definitions: each group's representative rows, row by row."""
    rows = range(len(rewards))
    total: dict[int, float] = defaultdict(float)
    for row in rows:
        total[episode_ids[row]] += rewards[row]
    largest = max(abs(x) for x in implicit)
    step_values = [x / (largest + implicit_eps) if implicit_scale == "max_abs" else x
                   for x in implicit]
    scores = [total[episode_ids[r]] - invalid_penalty * (not valid[r]) for r in rows]
    chosen = [stat_rows == "all_steps" or r == 0 or episode_ids[r] != episode_ids[r - 1]
              for r in rows]

    def baselined(values: list[float]) -> list[float]:
        out = []
        for r in rows:
            sample = [values[o] for o in rows if chosen[o] and group_ids[o] == group_ids[r]]
            n = len(sample)
            mean = sample[0] if len(set(sample)) == 1 else _mean(sample)  # ties: exact
            if n == 1:
                out.append(values[r] / (1.0 + eps) if baseline == "mean" and scale == "std"
                           else values[r])
            elif baseline == "rloo":
                out.append((values[r] - mean) * n / (n - 1))
            elif scale == "std" and _sample_std(sample) > 0:
                out.append((values[r] - mean) / (_sample_std(sample) + eps))
            else:
                out.append(values[r] - mean)
        return out

    step = baselined(step_values)
    if process_only:
        return step
    episode = baselined(scores)
    return [episode[r] + step_weight * step[r] for r in rows]


def istar_prm_loss(logratios: list[float], episode_ids: list[int], group_ids: list[int],
                   rewards: list[float], beta: float = 0.05, threshold: float = 0.0) -> float:
    """iStar's pairwise loss: mean over (won, lost) pairs of a group of -log sigmoid(Q_i - Q_j)."""
    per_episode: dict[int, list[float]] = defaultdict(list)
    total: dict[int, float] = defaultdict(float)
    group_of: dict[int, int] = {}
    for row, episode in enumerate(episode_ids):
        per_episode[episode].append(beta * logratios[row])
        total[episode] += rewards[row]
        group_of[episode] = group_ids[row]
    q = {e: _mean(values) for e, values in per_episode.items()}
    losses = [math.log1p(math.exp(-(q[i] - q[j])))
              for i in q for j in q
              if group_of[i] == group_of[j] and total[i] > threshold >= total[j]]
    return _mean(losses) if losses else 0.0


def broadcast_to_tokens(values: list[float], token_rows: list[list[int]],
                        mask: list[list[bool]]) -> list[list[float]]:
    """Each unmasked token gets its row's value, masked ones 0."""
    return [[values[r] if m else 0.0 for r, m in zip(rows, masks)]
            for rows, masks in zip(token_rows, mask)]


# ---- hierarchical-Bayes (NIG) baselines, scalar rewards (docs/estimators/niw.md) ----

NIG_ALPHA_GRID = (1.5, 2.0, 3.0, 5.0, 10.0, 30.0, 100.0)


def _nig_group_stats(scores: list[float], rows: list[int]) -> tuple[int, float, float]:
    values = [scores[r] for r in rows]
    mean = values[0] if len(set(values)) == 1 else _mean(values)
    return len(values), mean, math.fsum((v - mean) ** 2 for v in values)


def _nig_moments(stats: list[tuple[int, float, float]],
                 james_stein: str) -> tuple[float, float, float, float]:
    """(m0, kappa0, sigma_w^2, c) by the method of moments over the groups' (n, mean, S); c is
    the factor on the shrinkage B_g (the James-Stein factor when ``james_stein="baseline"``,
    docs/estimators/niw.md; ``"kappa0"`` folds it into kappa0 instead)."""
    count = len(stats)
    if count == 0:
        return 0.0, 0.0, 0.0, 1.0
    means = [mean for _, mean, _ in stats]
    m0 = _mean(means)
    dof = sum(n - 1 for n, _, _ in stats)
    between = math.fsum((m - m0) ** 2 for m in means) / (count - 1) if count > 1 else 0.0
    within = math.fsum(s for _, _, s in stats) / dof if dof > 0 else between
    factor = max(0.0, (count - 3) / (count - 1)) if count > 1 else 0.0
    shrink = factor if james_stein == "baseline" else 1.0
    if count < 2 or within <= 0:
        return m0, 0.0, within, shrink
    inv_n = _mean([1.0 / n for n, _, _ in stats])
    tau2 = max(1e-6 * within, between - within * inv_n)
    kappa0 = within / tau2
    if james_stein == "kappa0":
        kappa0 *= factor
    return m0, kappa0, within, shrink


def _nig_evidence_alpha_part(n: int, mean: float, scatter: float, m0: float, kappa0: float,
                             alpha0: float, beta0: float) -> float:
    """The terms of log p(r_g) that depend on (alpha0, beta0)."""
    alpha = alpha0 + n / 2
    beta = beta0 + scatter / 2 + kappa0 * n * (mean - m0) ** 2 / (2 * (kappa0 + n))
    return (math.lgamma(alpha) - math.lgamma(alpha0) + alpha0 * math.log(beta0)
            - alpha * math.log(beta))


def nig_log_evidence(n: int, mean: float, scatter: float, m0: float, kappa0: float,
                     alpha0: float, beta0: float) -> float:
    """log p(r_g) under NIG(m0, kappa0, alpha0, beta0), the spec's closed form."""
    return (_nig_evidence_alpha_part(n, mean, scatter, m0, kappa0, alpha0, beta0)
            + 0.5 * math.log(kappa0 / (kappa0 + n)) - n / 2 * math.log(2 * math.pi))


def _nig_alpha0(stats: list[tuple[int, float, float]], m0: float, kappa0: float,
                within: float) -> float:
    """The grid value of alpha0 with the largest evidence, beta0 = (alpha0 - 1) sigma_w^2."""
    if within <= 0:
        return NIG_ALPHA_GRID[0]
    totals = [math.fsum(_nig_evidence_alpha_part(n, mean, s, m0, kappa0, a, (a - 1) * within)
                        for n, mean, s in stats) for a in NIG_ALPHA_GRID]
    return NIG_ALPHA_GRID[totals.index(max(totals))]


def nig(scores: list[float], ids: list[int], *, variant: str = "nig",
        james_stein: str = "baseline", eps: float = 1e-6) -> list[float]:
    """NIG advantages with the empirical-Bayes prior and scale ``posterior_var``, row by row.

    ``variant="nig"``: in-sample baseline and scale, prior from all groups. ``"nig_loo"``:
    the baseline and scale from the other rows of the group, prior (m0, kappa0, sigma_w^2) from
    the other groups; alpha0 from the whole batch.
    """
    groups = _groups(ids)
    stats = {g: _nig_group_stats(scores, rows) for g, rows in groups.items()}
    m0, kappa0, within, shrink = _nig_moments(list(stats.values()), james_stein)
    alpha0 = _nig_alpha0(list(stats.values()), m0, kappa0, within)
    out = [0.0] * len(scores)
    for group, rows in groups.items():
        if variant == "nig":
            for r in rows:
                out[r] = _nig_row(scores[r], [scores[o] for o in rows], m0, kappa0, alpha0,
                                  (alpha0 - 1) * within, eps, shrink)
            continue
        others = [s for g, s in stats.items() if g != group]
        m0_g, kappa0_g, within_g, shrink_g = _nig_moments(others, james_stein)
        # others without spread (next to none: 1e-9 of the batch's, the estimator's documented
        # rule, since subtracting a group's totals leaves rounding residue): the batch's
        within_g = within_g if within_g > 1e-9 * within else within
        for r in rows:
            rest = [scores[o] for o in rows if o != r]
            out[r] = _nig_row(scores[r], rest, m0_g, kappa0_g, alpha0, (alpha0 - 1) * within_g,
                              eps, shrink_g)
    return out


def _nig_row(score: float, sample: list[float], m0: float, kappa0: float, alpha0: float,
             beta0: float, eps: float, shrink: float = 1.0) -> float:
    """(score - baseline) / sqrt(posterior E[sigma^2]), the posterior from ``sample``; the
    baseline is mean - shrink * kappa0 / kappa * (mean - m0) (the posterior mean at shrink 1),
    m0 for an empty sample."""
    n = len(sample)
    if kappa0 + n == 0:
        return 0.0
    # an all-equal sample's mean is its value exactly, as in the group statistics above
    mean = (sample[0] if len(set(sample)) == 1 else _mean(sample)) if n else 0.0
    scatter = math.fsum((v - mean) ** 2 for v in sample)
    kappa = kappa0 + n
    baseline = mean - shrink * kappa0 / kappa * (mean - m0) if n else m0
    alpha = alpha0 + n / 2
    beta = beta0 + scatter / 2 + kappa0 * n * (mean - m0) ** 2 / (2 * kappa)
    if alpha <= 1 or score == baseline:
        return 0.0
    return (score - baseline) / (math.sqrt(beta / (alpha - 1)) + eps)
