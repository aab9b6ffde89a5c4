"""GraphGPO: a state-transition graph per group; a step's value is the goal value discounted by
the distance from the state it led to to success."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

import torch
from torch import Tensor

from creditkit._checks import check_choice, check_gamma, check_nonnegative, check_tensor
from creditkit.batch import NEXT_ANCHOR_IDS_KEY, StepBatch
from creditkit.estimators.gigpo import _SCALE_TO_GROUP, EpisodeStat
from creditkit.estimators.groups import (
    episode_term,
    episode_view,
    nonzero_fraction,
    require_anchor_ids,
    term_magnitudes,
)
from creditkit.segments import (
    WORK_DTYPE,
    StdScale,
    dense_ids,
    normalize_in_segments,
    step_group_ids,
)

Distance = Literal["absolute", "progress"]


def _check_hyperparameters(gamma: float, goal_value: float, distance: str, step_weight: float,
                           episode_weight: float, scale: str, episode_stat: str,
                           invalid_penalty: float, eps: float) -> None:
    check_gamma(gamma)
    for name, value in (("goal_value", goal_value), ("step_weight", step_weight),
                        ("episode_weight", episode_weight)):
        if not math.isfinite(value):
            raise ValueError(f"{name} must be a finite number, got {value!r}")
    check_choice("distance", distance, ("absolute", "progress"))
    check_choice("scale", scale, tuple(_SCALE_TO_GROUP))
    check_choice("episode_stat", episode_stat, ("trajectory", "step"))
    check_nonnegative("invalid_penalty", invalid_penalty)
    check_nonnegative("eps", eps)


def goal_distances(sources: Tensor, targets: Tensor, goals: Tensor, node_graph: Tensor
                   ) -> tuple[Tensor, Tensor]:
    """Shortest distance (in edges) from every node to its graph's goal, unreachable nodes at
    the graph's largest finite distance + 1.

    A batched Bellman-Ford on unit weights: each pass relaxes ``d(u) <- min(d(u), d(v) + 1)``
    over every edge u -> v of every graph at once (``scatter_reduce``), until no distance
    changes; at most (longest shortest path + 1) passes, none per row or per graph.

    Args:
        sources, targets: long [E], the edges u -> v (node ids 0..N-1; duplicates allowed).
        goals: bool [N], True on each graph's goal node (a graph may have none).
        node_graph: long [N], the graph (dense, 0..G-1) of each node.

    Returns:
        ``(distance, reachable)``: long [N] and bool [N] (a path to the goal exists).

    >>> from creditkit.estimators.graphgpo import goal_distances
    >>> # graph 0: 0 -> 1 -> 2 (goal), 3 -> 3; graph 1: node 4 alone, no goal
    >>> goal_distances(torch.tensor([0, 1, 3]), torch.tensor([1, 2, 3]),
    ...                torch.tensor([False, False, True, False, False]),
    ...                torch.tensor([0, 0, 0, 0, 1]))
    (tensor([2, 1, 0, 3, 1]), tensor([ True,  True,  True, False, False]))
    """
    num_nodes = goals.shape[0]
    unreachable = num_nodes + 1  # longer than any path
    distance = torch.full((num_nodes,), unreachable, dtype=torch.long, device=sources.device)
    distance[goals] = 0
    while True:
        relaxed = distance.scatter_reduce(0, sources, distance[targets] + 1, reduce="amin",
                                          include_self=True)
        if torch.equal(relaxed, distance):
            break
        distance = relaxed
    reachable = distance < unreachable
    graphs = int(node_graph.max()) + 1 if num_nodes else 0
    farthest = torch.zeros(graphs, dtype=torch.long, device=distance.device).scatter_reduce(
        0, node_graph, torch.where(reachable, distance, 0), reduce="amax", include_self=True)
    return torch.where(reachable, distance, farthest[node_graph] + 1), reachable


def graphgpo_advantages(
    step_rewards: Tensor,
    episode_ids: Tensor,
    group_ids: Tensor,
    anchor_ids: Tensor,
    valid: Tensor | None = None,
    *,
    next_anchor_ids: Tensor | None = None,
    dones: Tensor | None = None,
    step_anchor_ids: Tensor | None = None,
    gamma: float = 0.1,
    goal_value: float = 10.0,
    distance: Distance = "absolute",
    step_weight: float = 1.0,
    episode_weight: float = 1.0,
    scale: StdScale = "std",
    episode_stat: EpisodeStat = "trajectory",
    invalid_penalty: float = 0.0,
    eps: float = 1e-6,
) -> Tensor:
    """Graph-based Group Policy Optimization (GraphGPO, ICML 2026; verl-agent
    ``recipe/GraphGPO``).

    Each group's rows are the edges ``a_t -> n_t`` (the state the row started from, the state
    its action led to) of one graph, whose single goal node is reached after the last row of
    every terminated episode with a positive return :math:`R_\\tau = \\sum_t r_t`. With
    :math:`d(n)` the fewest edges from n to the goal (unreachable: the group's largest finite
    distance + 1) and :math:`o_t = -p \\cdot [\\text{invalid}_t]` plus any return offset,

    .. math::
        v_t = V \\gamma^{d(n_t)} + o_t \\ (\\text{absolute}), \\quad
        v_t = V \\gamma^{d(n_t) - d(a_t) + 1} + o_t \\ (\\text{progress}),

    .. math::
        A_t = w_s \\frac{v_t - \\mathrm{mean}_{(g, a_t)} v}{F_{(g, a_t)}}
            + w_e \\frac{S - \\mathrm{mean}_g S}{F_g}

    with F = std + eps (``scale="std"``) or 1, and S the episode score :math:`R_\\tau` plus its
    offsets (``episode_stat="trajectory"``: one per episode; ``"step"``: each row's
    :math:`R_\\tau + o_t`, the released code). Step groups of one row give 0, as do constant
    groups. The environment's step rewards enter only through :math:`R_\\tau`.

    Args:
        step_rewards: float [B], the environment reward of each row.
        episode_ids: int [B], an episode's rows contiguous and in time order.
        group_ids: int [B], constant within an episode.
        anchor_ids: int [B], the graph node of the state each row started from.
        valid: bool [B] or None (all valid); an invalid row pays ``invalid_penalty``.
        next_anchor_ids: int [B] in the id space of ``anchor_ids``, the state each action led
            to (every row, including an episode's last); None: the next row's anchor, and after
            an episode's last row a node of its own.
        dones: bool [B] or None (every last row terminated).
        step_anchor_ids: int [B], the step groups when they differ from the graph's nodes
            (None: ``anchor_ids``).
        gamma: the discount per edge of distance, in [0, 1] (0.1 ALFWorld, 0.2 WebShop).
        goal_value: V, the value of reaching the goal (10, as released).
        distance: ``"absolute"`` (the released scripts) or ``"progress"`` (the paper's text).
        step_weight, episode_weight: w_s and w_e (w_e = 0: no episode term).
        scale: ``"std"`` (``mean_std_norm``) or ``"none"`` (``mean_norm``).
        episode_stat: ``"trajectory"`` or ``"step"``.
        invalid_penalty: p, subtracted from an invalid row's step value and score.
        eps: added to the std.

    Returns:
        float [B] in the dtype of ``step_rewards``, without grad.

    >>> # one group: episode 0 goes 0 -> 1 -> goal (wins), episode 1 goes 0 -> 2 and fails;
    >>> # d = 2, 1, 0 on 0, 1, goal and 3 (unreachable) on 2: v = 10 * 0.5^d = 5, 10, 1.25
    >>> graphgpo_advantages(torch.tensor([0.0, 1.0, 0.0]), torch.tensor([0, 0, 1]),
    ...                     torch.tensor([0, 0, 0]), torch.tensor([0, 1, 0]),
    ...                     next_anchor_ids=torch.tensor([1, 3, 2]), gamma=0.5,
    ...                     scale="none", episode_weight=0.0)
    tensor([ 1.8750,  0.0000, -1.8750])
    """
    return graphgpo_parts(step_rewards, episode_ids, group_ids, anchor_ids, valid,
                          next_anchor_ids=next_anchor_ids, dones=dones,
                          step_anchor_ids=step_anchor_ids, gamma=gamma, goal_value=goal_value,
                          distance=distance, step_weight=step_weight,
                          episode_weight=episode_weight, scale=scale, episode_stat=episode_stat,
                          invalid_penalty=invalid_penalty, eps=eps).advantages


class GraphGPOParts(NamedTuple):
    """What :func:`graphgpo_parts` computes.

    Attributes:
        advantages: float [B] in the dtype of the step rewards.
        step_term: float [B] (working dtype), the step term before ``step_weight``.
        values: float [B] (working dtype), each row's step value v_t (offsets included).
        reachable: bool [B], the row's next state reaches its group's goal.
        solved: bool [B], the row's group has a goal (one of its episodes won).
    """

    advantages: Tensor
    step_term: Tensor
    values: Tensor
    reachable: Tensor
    solved: Tensor


def _next_states(anchor_ids: Tensor, next_anchor_ids: Tensor | None, is_last: Tensor) -> Tensor:
    """long [B]: each row's next state; without ``next_anchor_ids``, the next row's anchor and
    after an episode's last row a node no anchor has."""
    if next_anchor_ids is not None:
        return next_anchor_ids.long()
    ahead = torch.zeros_like(anchor_ids, dtype=torch.long)
    ahead[:-1] = anchor_ids[1:]
    fresh = int(anchor_ids.max()) + 1 + torch.cumsum(is_last.long(), 0)
    return torch.where(is_last, fresh, ahead)


def graphgpo_parts(step_rewards: Tensor, episode_ids: Tensor, group_ids: Tensor,
                   anchor_ids: Tensor, valid: Tensor | None = None, *,
                   next_anchor_ids: Tensor | None = None, dones: Tensor | None = None,
                   step_anchor_ids: Tensor | None = None, gamma: float, goal_value: float,
                   distance: str, step_weight: float, episode_weight: float, scale: str,
                   episode_stat: str, invalid_penalty: float, eps: float,
                   return_offsets: Tensor | None = None) -> GraphGPOParts:
    """:func:`graphgpo_advantages` with its parts (for the estimator's diagnostics), plus
    ``return_offsets`` (float [B]) added to each row's step value and score, as
    ``invalid_penalty`` is (a shaper's penalty: do not also set ``invalid_penalty``)."""
    check_tensor("step_rewards", step_rewards, kind="float", finite=True)
    rows = step_rewards.shape[0]
    for name, ids in (("episode_ids", episode_ids), ("group_ids", group_ids),
                      ("anchor_ids", anchor_ids), ("next_anchor_ids", next_anchor_ids),
                      ("step_anchor_ids", step_anchor_ids)):
        if ids is not None:
            check_tensor(name, ids, kind="int", length=rows)
    for name, flags in (("valid", valid), ("dones", dones)):
        if flags is not None:
            check_tensor(name, flags, kind="bool", length=rows)
    _check_hyperparameters(gamma, goal_value, distance, step_weight, episode_weight, scale,
                           episode_stat, invalid_penalty, eps)
    if rows == 0:
        empty = step_rewards.new_zeros(0, dtype=WORK_DTYPE)
        return GraphGPOParts(step_rewards.detach().clone(), empty, empty, empty.bool(),
                             empty.bool())
    group_scale = _SCALE_TO_GROUP[scale]
    view = episode_view(step_rewards, episode_ids, group_ids)
    returns = view.returns[view.row_episode]  # R_tau of each row, before any offset
    index = torch.arange(rows, device=returns.device)
    is_last = view.last == index
    terminated = is_last if dones is None else dones.to(torch.bool) & is_last
    won = terminated & (returns > 0)
    offsets = torch.zeros_like(returns)
    if valid is not None and invalid_penalty:
        offsets = offsets - invalid_penalty * (~valid).to(WORK_DTYPE)
    if return_offsets is not None:
        offsets = offsets + return_offsets.detach().to(WORK_DTYPE)

    # the graphs: nodes (group, state) and one goal node per group, edges a_t -> n_t (goal
    # after a won episode's last row)
    group_dense, groups = dense_ids(group_ids)
    states = torch.cat([anchor_ids.long(), _next_states(anchor_ids, next_anchor_ids, is_last)])
    state_dense, num_states = dense_ids(states)
    goal_state = num_states  # one more state id: the goal
    state_dense[rows:] = torch.where(won, goal_state, state_dense[rows:])
    nodes, num_nodes = dense_ids(torch.cat([group_dense, group_dense]) * (num_states + 1)
                                 + state_dense)
    node_graph = torch.zeros(num_nodes, dtype=torch.long, device=nodes.device)
    node_graph[nodes] = torch.cat([group_dense, group_dense])
    goals = torch.zeros(num_nodes, dtype=torch.bool, device=nodes.device)
    goals[nodes[rows:][won]] = True
    dist, reachable = goal_distances(nodes[:rows], nodes[rows:], goals, node_graph)
    d_anchor, d_next = dist[nodes[:rows]].to(WORK_DTYPE), dist[nodes[rows:]].to(WORK_DTYPE)
    solved_graphs = torch.zeros(groups, dtype=torch.bool, device=won.device)
    solved_graphs[group_dense[won]] = True
    solved = solved_graphs[group_dense]
    exponent = d_next if distance == "absolute" else d_next - d_anchor + 1
    values = goal_value * torch.pow(torch.tensor(float(gamma), dtype=WORK_DTYPE), exponent)
    values = values + offsets
    step_groups = step_group_ids(group_ids,
                                 anchor_ids if step_anchor_ids is None else step_anchor_ids)
    step_term = normalize_in_segments(values, step_groups, group_scale, eps)
    advantages = step_weight * step_term
    if episode_weight != 0:
        advantages = advantages + episode_weight * episode_term(
            view, offsets, group_ids, episode_stat, group_scale, eps)
    return GraphGPOParts(advantages.to(step_rewards.dtype), step_term, values,
                         reachable[nodes[rows:]], solved)


@dataclass
class GraphGPO:
    """GraphGPO on a :class:`StepBatch` (uses ``anchor_ids``, ``info["next_anchor_ids"]``,
    ``valid``, ``dones`` and any ``return_offsets``).

    Attributes:
        gamma: the discount per edge of distance (0.1; 0.2 in the released WebShop scripts).
        goal_value: the value of reaching the goal (10).
        distance: ``"absolute"`` (the released scripts) or ``"progress"`` (the paper).
        step_weight, episode_weight: the weights of the two terms (1.0 each).
        scale: ``"std"`` (the released default) or ``"none"``.
        episode_stat: ``"trajectory"`` (one score per episode) or ``"step"`` (released).
        invalid_penalty: subtracted from an invalid row's step value and score (0.0: leave the
            penalty to a shaper; 0.1 reproduces the released trainer without one).
        eps: added to the std.
        diagnostics: state, not an option: the last call's :meth:`metrics`.
    """

    gamma: float = 0.1
    goal_value: float = 10.0
    distance: Distance = "absolute"
    step_weight: float = 1.0
    episode_weight: float = 1.0
    scale: StdScale = "std"
    episode_stat: EpisodeStat = "trajectory"
    invalid_penalty: float = 0.0
    eps: float = 1e-6
    diagnostics: dict[str, float] = field(default_factory=dict, init=False, repr=False,
                                          compare=False)

    def __post_init__(self) -> None:
        _check_hyperparameters(self.gamma, self.goal_value, self.distance, self.step_weight,
                               self.episode_weight, self.scale, self.episode_stat,
                               self.invalid_penalty, self.eps)

    def __call__(self, steps: StepBatch) -> Tensor:
        """float [B]: the advantage of each step row."""
        anchor_ids = require_anchor_ids(steps, "GraphGPO")
        next_ids = steps.info.get(NEXT_ANCHOR_IDS_KEY)
        if next_ids is None:
            raise ValueError(
                "GraphGPO needs StepBatch.info['next_anchor_ids'] (the state each action led "
                "to); the rollout fills it from the environment's anchor key, so build the "
                "batch with creditkit's rollout or pass it yourself")
        parts = graphgpo_parts(
            steps.scalar_rewards(), steps.episode_ids, steps.group_ids, anchor_ids,
            steps.valid, next_anchor_ids=next_ids, dones=steps.dones, gamma=self.gamma,
            goal_value=self.goal_value, distance=self.distance, step_weight=self.step_weight,
            episode_weight=self.episode_weight, scale=self.scale,
            episode_stat=self.episode_stat, invalid_penalty=self.invalid_penalty, eps=self.eps,
            return_offsets=steps.return_offsets())
        self.diagnostics = {
            **term_magnitudes(parts.advantages, self.step_weight * parts.step_term),
            "solved_group_rows_fraction": nonzero_fraction(parts.solved),
            "reachable_fraction": nonzero_fraction(parts.reachable)}
        return parts.advantages

    def metrics(self) -> dict[str, float]:
        """Diagnostics of the last call, logged as ``estimator.NAME``: the share of rows with a
        non-zero step term (``step_nonzero_fraction``), the mean absolute episode term and
        weighted step term (``episode_abs_mean``, ``step_abs_mean``), the share of rows whose
        group has a won episode (``solved_group_rows_fraction``) and whose next state reaches
        the goal (``reachable_fraction``)."""
        return dict(self.diagnostics)

