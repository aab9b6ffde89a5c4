"""The synthetic contextual bandit where the true policy gradient is known (docs/estimators/niw.md,
the gradient-quality benchmark).

G states, K actions, Q(s, a) = V0(s) + delta(s, a) with V0 ~ N(0, tau_V^2) and
delta ~ N(0, tau_Q^2); a tabular softmax policy with random logits; rewards Q + N(0, sigma^2).
Each state is a group whose size is drawn from a distribution (tiny groups are GiGPO's and
Sotopia's case). Truth: V(s) = sum_a pi Q, and the gradient with respect to the logits is
(1/G) sum_s pi_s * (Q_s - V_s). An estimator's gradient is
(1/G) sum_s (1/n_s) sum_i A_i (e_{a_i} - pi_s).

Used by ``benchmarks/gradient_quality.py``; no I/O here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import torch
from torch import Tensor

from creditkit import (
    NIWOptions,
    dr_grpo_advantages,
    grpo_advantages,
    niw_advantages,
    rloo_advantages,
)

Estimator = Callable[[Tensor, Tensor], Tensor]


def batch_mean(scores: Tensor, group_ids: Tensor) -> Tensor:
    """r - mean of the whole batch (one shared baseline)."""
    return scores - scores.mean()


def james_stein(scores: Tensor, group_ids: Tensor) -> Tensor:
    """r - b_g with the positive-part James-Stein shrinkage of group means toward the grand
    mean: b_g = m + c (rbar_g - m), c = max(0, 1 - (G-3) sigma_w^2 mean(1/n) / sum (rbar - m)^2),
    sigma_w^2 pooled over groups of two or more (the batch variance if there are none)."""
    _, inverse = torch.unique(group_ids, return_inverse=True)
    count = int(inverse.max()) + 1
    sizes = torch.bincount(inverse, minlength=count).double()
    means = torch.zeros(count, dtype=scores.dtype).index_add_(0, inverse, scores) / sizes
    grand = means.mean()
    squares = torch.zeros(count, dtype=scores.dtype).index_add_(
        0, inverse, (scores - means[inverse]) ** 2
    )
    dof = float((sizes - 1).sum())
    within = float(squares.sum()) / dof if dof > 0 else float(scores.var())
    spread = float(((means - grand) ** 2).sum())
    factor = (
        max(0.0, 1 - (count - 3) * within * float((1 / sizes).mean()) / spread)
        if spread > 0
        else 0.0
    )
    return scores - (grand + factor * (means - grand))[inverse]


CENTRED: dict[str, Estimator] = {
    "GRPO mean": dr_grpo_advantages,
    "RLOO": rloo_advantages,
    "batch mean": batch_mean,
    "James-Stein": james_stein,
    "NIG": lambda s, g: niw_advantages(s, g, NIWOptions(scale="none")),
    "NIG, singletons 0": lambda s, g: niw_advantages(
        s, g, NIWOptions(scale="none", singleton="zero")
    ),
    "NIG LOO+LGO": lambda s, g: niw_advantages(s, g, NIWOptions(scale="none", variant="nig_loo")),
    "NIG center": lambda s, g: niw_advantages(s, g, NIWOptions(scale="none", variant="nig_center")),
}
SCALED: dict[str, Estimator] = {
    "GRPO (std)": grpo_advantages,
    "NIG (posterior_var)": niw_advantages,
    "NIG LOO (posterior_var)": lambda s, g: niw_advantages(s, g, NIWOptions(variant="nig_loo")),
}


@dataclass(frozen=True)
class Bandit:
    """One environment: Q [G, K], the policy pi [G, K], and its true gradient [G, K]."""

    q: Tensor
    pi: Tensor
    values: Tensor
    gradient: Tensor


def make_bandit(
    states: int, actions: int, tau_v: float, tau_q: float, generator: torch.Generator
) -> Bandit:
    """A random bandit and a random softmax policy (float64)."""
    base = tau_v * torch.randn(states, 1, generator=generator, dtype=torch.float64)
    q = base + tau_q * torch.randn(states, actions, generator=generator, dtype=torch.float64)
    pi = torch.softmax(torch.randn(states, actions, generator=generator, dtype=torch.float64), 1)
    values = (pi * q).sum(1)
    return Bandit(q, pi, values, pi * (q - values[:, None]) / states)


def sample(
    bandit: Bandit, size_probs: Tensor, sigma: float, generator: torch.Generator
) -> tuple[Tensor, Tensor, Tensor]:
    """One batch: (rewards float [B], state ids long [B], actions long [B]).

    ``size_probs[k]`` is the probability of a group of k + 1 rows."""
    states = bandit.q.shape[0]
    sizes = torch.multinomial(size_probs, states, replacement=True, generator=generator) + 1
    state_ids = torch.repeat_interleave(torch.arange(states), sizes)
    actions = torch.multinomial(bandit.pi[state_ids], 1, generator=generator).flatten()
    noise = sigma * torch.randn(state_ids.numel(), generator=generator, dtype=torch.float64)
    return bandit.q[state_ids, actions] + noise, state_ids, actions


def estimated_gradient(
    bandit: Bandit, advantages: Tensor, state_ids: Tensor, actions: Tensor
) -> Tensor:
    """(1/G) sum_s (1/n_s) sum_i A_i (e_{a_i} - pi_s): float [G, K]."""
    states, num_actions = bandit.pi.shape
    score = torch.nn.functional.one_hot(actions, num_actions).double() - bandit.pi[state_ids]
    sizes = torch.bincount(state_ids, minlength=states)[state_ids].double()
    weights = advantages.double() / sizes / states
    gradient = torch.zeros(states, num_actions, dtype=torch.float64)
    return gradient.index_add_(0, state_ids, weights[:, None] * score)


def baseline_error(bandit: Bandit, scores: Tensor, advantages: Tensor, state_ids: Tensor) -> float:
    """Mean over states of (b_s - V(s))^2, with b = r - A of a centring estimator."""
    baselines = scores - advantages
    first = torch.unique(state_ids, return_inverse=True)[1]
    per_state = (
        torch.zeros(bandit.q.shape[0], dtype=torch.float64).index_add_(0, first, baselines)
        / torch.bincount(first).double()
    )
    return float(((per_state - bandit.values) ** 2).mean())
