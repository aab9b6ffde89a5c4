"""Per-step credit statistics: where an estimator's advantages went in one training batch.

:func:`credit_diagnostics` summarises a (shaped) :class:`~creditkit.batch.StepBatch` and the
advantages the estimator gave it; the trainer logs the result every step (``metrics.jsonl`` and
TensorBoard), ``creditkit plot --metrics`` draws it, ``creditkit inspect`` shows it over the run.

Definitions (B rows, a *step group* is the rows sharing group id and anchor id):

- ``train.step_groups``: the number of step groups; ``train.singleton_fraction``: the share of
  step groups with one row; ``credit.step_group_size_mean`` (rows per step group) and
  ``credit.step_group_size_max``.
- ``credit.anchor_match_rate``: the share of rows whose anchor recurs in their group (their
  step group has two or more rows), the rows a step-level term can compare.
- ``credit.flat_group_fraction``: the share of episode groups of two or more episodes whose
  episodes have equal returns in every reward dimension (rewards plus any return offsets):
  groups that give an episode-level baseline no signal.
- ``credit.zero_advantage_fraction``: the share of rows whose advantage is exactly 0.
- ``credit.advantage_mean.POSITION`` and ``credit.advantage_abs_mean.POSITION`` for POSITION
  ``first`` (an episode's first turn), ``middle`` and ``last`` (an episode's last turn when it
  has two or more): whether credit drifts with the turn index. A position no row holds is left
  out.
"""

from __future__ import annotations

import torch
from torch import Tensor

from creditkit._checks import check_tensor
from creditkit.batch import StepBatch
from creditkit.estimators.groups import episode_view
from creditkit.segments import WORK_DTYPE, dense_ids, episode_bounds, step_group_ids

TURN_POSITIONS = ("first", "middle", "last")


def credit_diagnostics(steps: StepBatch, advantages: Tensor) -> dict[str, float]:
    """The credit statistics of one batch (see the module docstring for each name).

    Args:
        steps: the batch the estimator saw (after shaping), B rows.
        advantages: float [B], the estimator's output.

    Returns:
        ``{metric name: value}``; empty for an empty batch.

    >>> steps = StepBatch.from_episodes([[0.0, 1.0], [0.0, 0.0]], group_ids=[0, 0],
    ...                                 anchor_ids=[[0, 1], [0, 2]])
    >>> d = credit_diagnostics(steps, torch.tensor([1.0, 0.5, -1.0, -0.5]))
    >>> d["train.step_groups"], d["credit.anchor_match_rate"], d["credit.advantage_mean.last"]
    (3.0, 0.5, 0.0)
    """
    check_tensor("advantages", advantages, kind="float", length=steps.num_rows)
    if not steps.num_rows:
        return {}
    metrics = {**step_group_statistics(steps), **turn_position_statistics(steps, advantages)}
    metrics["credit.flat_group_fraction"] = flat_group_fraction(steps)
    metrics["credit.zero_advantage_fraction"] = float((advantages == 0).double().mean())
    return metrics


def step_group_statistics(steps: StepBatch) -> dict[str, float]:
    """Step-group sizes and the anchor match rate; ``{}`` without anchor ids."""
    if steps.anchor_ids is None:
        return {}
    inverse = step_group_ids(steps.group_ids, steps.anchor_ids)
    sizes = torch.bincount(inverse)
    return {"train.step_groups": float(sizes.numel()),
            "train.singleton_fraction": float((sizes == 1).double().mean()),
            "credit.step_group_size_mean": float(sizes.double().mean()),
            "credit.step_group_size_max": float(sizes.max()),
            "credit.anchor_match_rate": float((sizes[inverse] > 1).double().mean())}


def flat_group_fraction(steps: StepBatch) -> float:
    """The share of episode groups (of >= 2 episodes) whose episode returns are all equal in
    every reward dimension; 0.0 when no group has two episodes."""
    view = episode_view(steps.rewards[:, 0], steps.episode_ids, steps.group_ids)
    rewards = steps.rewards.detach().to(WORK_DTYPE)
    offsets = steps.return_offsets()
    if offsets is not None:
        rewards = rewards + offsets.detach().to(WORK_DTYPE)[:, None]
    returns = rewards.new_zeros(view.returns.shape[0], rewards.shape[1])
    returns.index_add_(0, view.row_episode, rewards)  # every dimension, not only the first
    groups, num_groups = dense_ids(view.group_ids)
    index = groups[:, None].expand_as(returns)
    high = returns.new_full((num_groups, returns.shape[1]), -torch.inf).scatter_reduce(
        0, index, returns, "amax")
    low = returns.new_full((num_groups, returns.shape[1]), torch.inf).scatter_reduce(
        0, index, returns, "amin")
    sized = torch.bincount(groups, minlength=num_groups) > 1
    if not bool(sized.any()):
        return 0.0
    flat = (high == low).all(dim=1)
    return float(flat[sized].double().mean())


def turn_positions(episode_ids: Tensor) -> Tensor:
    """long [B]: 0 for an episode's first row, 2 for the last row of an episode of two or more
    rows, 1 for the rows between (indices into :data:`TURN_POSITIONS`).

    >>> turn_positions(torch.tensor([0, 0, 0, 1, 2, 2])).tolist()
    [0, 1, 2, 0, 0, 2]
    """
    first, last = episode_bounds(episode_ids)
    rows = torch.arange(episode_ids.shape[0])
    positions = torch.ones_like(rows)
    positions[rows == last] = 2
    positions[rows == first] = 0
    return positions


def turn_position_statistics(steps: StepBatch, advantages: Tensor) -> dict[str, float]:
    """Advantage mean and mean absolute value at each turn position present in the batch."""
    positions = turn_positions(steps.episode_ids)
    values = advantages.detach().to(WORK_DTYPE)
    metrics: dict[str, float] = {}
    for index, name in enumerate(TURN_POSITIONS):
        chosen = values[positions == index]
        if chosen.numel():
            metrics[f"credit.advantage_mean.{name}"] = float(chosen.mean())
            metrics[f"credit.advantage_abs_mean.{name}"] = float(chosen.abs().mean())
    return metrics
