"""A small layered MDP with repeated states, where the true gradient is known
(docs/estimators/niw.md, the gradient-quality benchmark).

L layers of M states, K actions; action a in state s of layer l leads to state next[l, s, a] of
layer l + 1, so episodes of a group revisit the same (layer, state) anchors: GiGPO's step
groups, many of them tiny. The reward is paid at the last layer: a mean mu(s, a) ~ N(0, 1) plus
N(0, sigma^2) noise. A tabular softmax policy; Q and V by dynamic programming, the visit
probabilities d(l, s) forward, and the true gradient d(l, s) pi (Q - V) (undiscounted, so the
step returns use gamma = 1). An estimator's gradient is (1/E) sum over the batch's steps of
A_t (e_{a_t} - pi_{s_t}).

Used by ``benchmarks/gradient_quality.py``; no I/O here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import torch
from torch import Tensor

from creditkit import GRPO, NIW, RLOO, GiGPO, StepBatch, WeightedSum

StepEstimator = Callable[[StepBatch], Tensor]

ESTIMATORS: dict[str, StepEstimator] = {
    "GRPO": GRPO(),
    "GiGPO (std)": GiGPO(gamma=1.0),
    "GiGPO (no std)": GiGPO(gamma=1.0, scale="none"),
    "GiGPO + RLOO step": GiGPO(gamma=1.0, scale="none", step_estimator=RLOO()),
    "GiGPO + NIG step": GiGPO(gamma=1.0, step_estimator=NIW()),
    "GiGPO + NIG LOO step": GiGPO(gamma=1.0, step_estimator=NIW(variant="nig_loo")),
    "GiGPO (no std) + NIG step (none)": GiGPO(gamma=1.0, scale="none",
                                               step_estimator=NIW(scale="none")),
    "step only: GiGPO std": WeightedSum((GiGPO(gamma=1.0), GiGPO(gamma=1.0, step_weight=0.0)),
                                        (1.0, -1.0)),
    "step only: NIG": NIW(level="step", gamma=1.0),
    "step only: NIG (none)": NIW(level="step", gamma=1.0, scale="none"),
}


@dataclass(frozen=True)
class LayeredMDP:
    """Transitions next [L, M, K], final-layer mean rewards [M, K], the policy pi [L, M, K],
    Q [L, M, K], V [L, M], visit probabilities [L, M] and the true gradient [L, M, K]."""

    next_state: Tensor
    final_reward: Tensor
    pi: Tensor
    q: Tensor
    values: Tensor
    visits: Tensor
    gradient: Tensor


def make_mdp(layers: int, states: int, actions: int, generator: torch.Generator) -> LayeredMDP:
    """A random layered MDP and a random softmax policy; exact Q, V, d and gradient."""
    next_state = torch.randint(0, states, (layers, states, actions), generator=generator)
    final_reward = torch.randn(states, actions, generator=generator, dtype=torch.float64)
    logits = torch.randn(layers, states, actions, generator=generator, dtype=torch.float64)
    pi = torch.softmax(logits, -1)
    q = torch.zeros(layers, states, actions, dtype=torch.float64)
    values = torch.zeros(layers, states, dtype=torch.float64)
    for layer in reversed(range(layers)):
        q[layer] = final_reward if layer == layers - 1 else values[layer + 1][next_state[layer]]
        values[layer] = (pi[layer] * q[layer]).sum(-1)
    visits = torch.zeros(layers, states, dtype=torch.float64)
    visits[0, 0] = 1.0
    for layer in range(layers - 1):
        flow = visits[layer][:, None] * pi[layer]
        visits[layer + 1].index_add_(0, next_state[layer].flatten(), flow.flatten())
    gradient = visits[..., None] * pi * (q - values[..., None])
    return LayeredMDP(next_state, final_reward, pi, q, values, visits, gradient)


@dataclass(frozen=True)
class Episodes:
    """A batch: the StepBatch, and each row's layer, state and action (long [B])."""

    steps: StepBatch
    layers: Tensor
    states: Tensor
    actions: Tensor


def sample(mdp: LayeredMDP, groups: int, group_size: int, sigma: float,
           generator: torch.Generator) -> Episodes:
    """``groups`` x ``group_size`` episodes from state 0, rows episode-major."""
    layers, num_states, _ = mdp.pi.shape
    episodes = groups * group_size
    state = torch.zeros(episodes, dtype=torch.long)
    states, actions = [], []
    for layer in range(layers):
        action = torch.multinomial(mdp.pi[layer, state], 1, generator=generator).flatten()
        states.append(state)
        actions.append(action)
        state = mdp.next_state[layer, state, action]
    state_grid, action_grid = torch.stack(states, 1), torch.stack(actions, 1)
    rewards = torch.zeros(episodes, layers, dtype=torch.float64)
    noise = sigma * torch.randn(episodes, generator=generator, dtype=torch.float64)
    rewards[:, -1] = mdp.final_reward[state_grid[:, -1], action_grid[:, -1]] + noise
    layer_grid = torch.arange(layers).expand(episodes, layers)
    steps = StepBatch(
        rewards=rewards.reshape(-1, 1),
        episode_ids=torch.arange(episodes).repeat_interleave(layers),
        group_ids=torch.arange(groups).repeat_interleave(group_size * layers),
        anchor_ids=(layer_grid * num_states + state_grid).flatten())
    return Episodes(steps, layer_grid.flatten(), state_grid.flatten(), action_grid.flatten())


def estimated_gradient(mdp: LayeredMDP, batch: Episodes, advantages: Tensor) -> Tensor:
    """(1/E) sum_t A_t (e_{a_t} - pi_{s_t}) at each step's (layer, state): float [L, M, K]."""
    layers, states, actions = mdp.pi.shape
    episodes = int(batch.steps.episode_ids.max()) + 1
    cell = batch.layers * states + batch.states
    score = (torch.nn.functional.one_hot(batch.actions, actions).double()
             - mdp.pi.reshape(-1, actions)[cell])
    gradient = torch.zeros(layers * states, actions, dtype=torch.float64)
    gradient.index_add_(0, cell, advantages.double()[:, None] * score / episodes)
    return gradient.reshape(layers, states, actions)
