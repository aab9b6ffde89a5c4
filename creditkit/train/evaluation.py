"""Evaluation tables: success per task category and overall, for a policy and reference rows.

The layout is the GiGPO paper's Table 1 (ALFWorld): one row per policy, one column per task
type, then ``All``. Reference rows come from policies that need no model: ``random`` (a
uniformly random admissible action) and ``expert`` (the environment's scripted expert, an
``expert_action()`` method, e.g. ALFWorld's planner).

>>> rows = {"random": [EpisodeOutcome("pick", False, 0.0, 3), EpisodeOutcome("look", True, 1.0, 2)]}
>>> print(success_table(rows))
| policy | look | pick | All |
|---|---|---|---|
| random | 100.0 | 0.0 | 50.0 |
"""

from __future__ import annotations

import random
import statistics
from collections.abc import Callable, Mapping, Sequence

from creditkit.env import Observation, TextEnv
from creditkit.models.progress import Advance
from creditkit.rollout.agent_loop import EpisodeOutcome

ReferencePolicy = Callable[[TextEnv, Observation, random.Random], str]

__all__ = ["REFERENCE_POLICIES", "EpisodeOutcome", "ReferencePolicy", "episode_metrics",
           "mean_or_nan",
           "play_reference",
           "mean_score", "random_admissible", "scripted_expert", "success_rates",
           "success_table"]


def random_admissible(env: TextEnv, observation: Observation | None,
                      rng: random.Random) -> str:
    """A uniformly random admissible action (``"look"`` for free-text environments)."""
    actions = env.admissible_actions()
    return rng.choice(actions) if actions else "look"


def scripted_expert(env: TextEnv, observation: Observation, rng: random.Random) -> str:
    """The environment's own expert (its ``expert_action()`` method)."""
    action = env.expert_action()
    if action is None:
        raise ValueError(f"evaluation.references has 'expert' but {type(env).__name__} has no "
                         f"expert_action(); use references: [random]")
    return action


REFERENCE_POLICIES: dict[str, ReferencePolicy] = {"random": random_admissible,
                                                  "expert": scripted_expert}


def play_reference(env_factory: Callable[[], TextEnv], name: str, seeds: Sequence[int],
                   episodes_per_seed: int = 1, seed: int = 0, max_turns: int = 10_000,
                   on_episode: Advance | None = None) -> list[EpisodeOutcome]:
    """Play ``episodes_per_seed`` episodes of every seed with the reference policy ``name``.

    Args:
        env_factory: builds the environment (one instance is reused).
        name: a key of :data:`REFERENCE_POLICIES`.
        seeds: the environment seeds (for task-list environments, the task indices).
        episodes_per_seed: episodes per seed.
        seed: seeds the random policy.
        max_turns: a safety cap; environments truncate long before it.
        on_episode: called after each episode (progress).
    """
    if name not in REFERENCE_POLICIES:
        raise ValueError(f"evaluation.references has unknown policy {name!r}; use "
                         f"{sorted(REFERENCE_POLICIES)}")
    policy, rng, env = REFERENCE_POLICIES[name], random.Random(seed), env_factory()
    outcomes = []
    for env_seed in seeds:
        for _ in range(episodes_per_seed):
            observation = env.reset(seed=int(env_seed))
            category, total, turns = env.task_category(), 0.0, 0
            while turns < max_turns:
                result = env.step(policy(env, observation, rng))
                total += float(result.rewards[env.reward_names[0]])
                turns += 1
                observation = result.observation
                if result.done:
                    break
            success = bool(result.info.get("success", result.terminated and total > 0))
            score = result.info.get("score")
            outcomes.append(EpisodeOutcome(category, success, total, turns,
                                           None if score is None else float(score)))
            if on_episode is not None:
                on_episode()
    return outcomes


def success_rates(outcomes: Sequence[EpisodeOutcome]) -> dict[str, float]:
    """Success rate per category (sorted) and ``"All"`` over every episode."""
    categories = sorted({o.category for o in outcomes})
    rates = {c: statistics.fmean(o.success for o in outcomes if o.category == c)
             for c in categories}
    rates["All"] = statistics.fmean(o.success for o in outcomes) if outcomes else float("nan")
    return rates


def mean_or_nan(values: Sequence[float]) -> float:
    """The mean, or nan for no values (e.g. every episode of a step was unscored)."""
    return statistics.fmean(values) if values else float("nan")


def mean_score(outcomes: Sequence[EpisodeOutcome]) -> float | None:
    """The mean of the episodes' env scores, or None when no episode has one."""
    scores = [o.score for o in outcomes if o.score is not None]
    return statistics.fmean(scores) if scores else None


def episode_metrics(outcomes: Sequence[EpisodeOutcome]) -> dict[str, float]:
    """``eval.success``, ``eval.return`` and ``eval.length``: means over the episodes (nan
    when there are none, e.g. every episode was unscored); ``eval.score`` too when the env
    reports scores (WebShop)."""
    mean = mean_or_nan
    metrics = {"eval.success": mean([o.success for o in outcomes]),
               "eval.return": mean([o.episode_return for o in outcomes]),
               "eval.length": mean([o.length for o in outcomes])}
    score = mean_score(outcomes)
    if score is not None:
        metrics["eval.score"] = score
    return metrics


def success_table(rows: Mapping[str, Sequence[EpisodeOutcome]],
                  labels: Mapping[str, str] | None = None) -> str:
    """A Markdown table of success rates in percent: one row per policy, one column per
    category (renamed by ``labels``, e.g. ALFWorld's long task types to Pick, Look, ...), then
    ``All``; and a ``Score`` column (the mean env score x 100, WebShop's score) when episodes
    report scores."""
    labels = labels or {}
    categories = sorted({o.category for outcomes in rows.values() for o in outcomes},
                        key=lambda c: (list(labels).index(c) if c in labels else len(labels), c))
    columns = [*categories, "All"]
    scored = any(o.score is not None for outcomes in rows.values() for o in outcomes)
    headers = [labels.get(c, c or "all tasks") for c in columns] + (["Score"] if scored else [])
    lines = ["| policy | " + " | ".join(headers) + " |", "|" + "---|" * (len(headers) + 1)]
    for name, outcomes in rows.items():
        rates = success_rates(outcomes)
        cells = [f"{100 * rates[c]:.1f}" if c in rates else "-" for c in columns]
        if scored:
            score = mean_score(outcomes)
            cells.append("-" if score is None else f"{100 * score:.1f}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
