"""Invariants of GraphGPO: the loop reference, row order and labels, the reductions to GRPO and
to GiGPO-style step groups of constant values, what the graph reaches."""

from __future__ import annotations

import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from creditkit.batch import StepBatch
from creditkit.estimators import GRPO, graphgpo_advantages
from creditkit.estimators.graphgpo import graphgpo_parts
from creditkit.segments import segment_count, step_group_ids
from tests import oracles
from tests.strategies import Episodes, episode_batches, shuffled_and_relabelled

FRESH = 2**50  # next-state labels no anchor has (anchors are drawn within +-2**40)


def next_states(batch: Episodes, data: st.DataObject) -> torch.Tensor:
    """The next row's anchor within an episode; after the last row an anchor of the batch or a
    state seen nowhere else."""
    following = torch.cat([batch.anchor_ids[1:], batch.anchor_ids[:1]])
    last = torch.cat([batch.episode_ids[1:] != batch.episode_ids[:-1], torch.tensor([True])])
    choices = batch.anchor_ids.unique().tolist() + [FRESH, FRESH + 1]
    ends = data.draw(st.lists(st.sampled_from(choices), min_size=int(last.sum()),
                              max_size=int(last.sum())))
    following[last] = torch.tensor(ends, dtype=torch.long)
    return following


def validity(batch: Episodes, data: st.DataObject) -> torch.Tensor:
    return torch.tensor(data.draw(st.lists(st.booleans(), min_size=len(batch.rewards),
                                           max_size=len(batch.rewards))), dtype=torch.bool)


def run(batch: Episodes, valid: torch.Tensor, following: torch.Tensor,
        rewards: torch.Tensor | None = None, **options: object) -> torch.Tensor:
    return graphgpo_advantages(batch.rewards if rewards is None else rewards,
                               batch.episode_ids, batch.group_ids, batch.anchor_ids, valid,
                               next_anchor_ids=following, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("scale", ["std", "none"])
@pytest.mark.parametrize("stat", ["trajectory", "step"])
@pytest.mark.parametrize("distance", ["absolute", "progress"])
@given(batch=episode_batches(), gamma=st.sampled_from([0.0, 0.5, 1.0]),
       weights=st.sampled_from([(1.0, 1.0), (0.5, 0.0), (0.0, 1.0)]),
       penalty=st.sampled_from([0.0, 0.25]), data=st.data())
def test_matches_loop_reference(batch: Episodes, scale: str, stat: str, distance: str,
                                gamma: float, weights: tuple[float, float], penalty: float,
                                data: st.DataObject) -> None:
    # integral rewards and dyadic gammas: values, means and "constant" agree exactly both ways
    rewards, valid, following = batch.rewards.round(), validity(batch, data), next_states(
        batch, data)
    dones = torch.tensor(data.draw(st.lists(st.booleans(), min_size=len(rewards),
                                            max_size=len(rewards))))
    dones &= torch.cat([batch.episode_ids[1:] != batch.episode_ids[:-1], torch.tensor([True])])
    for ended in (None, dones):
        expected = oracles.graphgpo(
            rewards.tolist(), batch.episode_ids.tolist(), batch.group_ids.tolist(),
            batch.anchor_ids.tolist(), following.tolist(), valid.tolist(), gamma=gamma,
            distance=distance, step_weight=weights[0], episode_weight=weights[1], scale=scale,
            episode_stat=stat, invalid_penalty=penalty,
            dones=None if ended is None else ended.tolist())
        actual = run(batch, valid, following, rewards, gamma=gamma, distance=distance,
                     step_weight=weights[0], episode_weight=weights[1], scale=scale,
                     episode_stat=stat, invalid_penalty=penalty, dones=ended)
        torch.testing.assert_close(actual, torch.tensor(expected, dtype=torch.float64),
                                   rtol=1e-9, atol=1e-9)


@given(batch=episode_batches(), data=st.data())
def test_episode_order_and_labels_do_not_matter(batch: Episodes, data: st.DataObject) -> None:
    rewards, valid, following = batch.rewards.round(), validity(batch, data), next_states(
        batch, data)
    expected = run(batch, valid, following, rewards, gamma=0.5)
    moved, rows = shuffled_and_relabelled(batch, rewards, data)
    label = dict(zip(batch.anchor_ids[rows].tolist(), moved.anchor_ids.tolist(), strict=True))
    moved_next = torch.tensor([label.get(s, s) for s in following[rows].tolist()])
    torch.testing.assert_close(run(moved, valid[rows], moved_next, gamma=0.5), expected[rows])


@pytest.mark.parametrize("scale", ["std", "none"])
@given(batch=episode_batches(), data=st.data())
def test_without_the_step_term_it_is_grpo(batch: Episodes, scale: str,
                                          data: st.DataObject) -> None:
    steps = StepBatch(rewards=batch.rewards[:, None], episode_ids=batch.episode_ids,
                      group_ids=batch.group_ids, anchor_ids=batch.anchor_ids)
    grpo = GRPO(scale="group" if scale == "std" else "none")(steps)
    out = run(batch, validity(batch, data), next_states(batch, data), step_weight=0.0,
              scale=scale)
    torch.testing.assert_close(out, grpo, rtol=1e-9, atol=1e-9)


@given(batch=episode_batches(), data=st.data())
def test_what_the_graph_reaches(batch: Episodes, data: st.DataObject) -> None:
    # a state visited once gets no step term; a group without a win has no reachable state
    # and every value there is V * gamma (d = 1); a won episode's last row is worth V
    valid = torch.ones(len(batch.rewards), dtype=torch.bool)
    rewards = batch.rewards.round()
    parts = graphgpo_parts(rewards, batch.episode_ids, batch.group_ids, batch.anchor_ids,
                           valid, next_anchor_ids=next_states(batch, data), gamma=0.5,
                           goal_value=10.0, distance="absolute", step_weight=1.0,
                           episode_weight=1.0, scale="std", episode_stat="trajectory",
                           invalid_penalty=0.0, eps=1e-6)
    single = segment_count(step_group_ids(batch.group_ids, batch.anchor_ids)) == 1
    assert bool((parts.step_term[single] == 0).all())
    assert bool((parts.values[~parts.solved] == 5.0).all())
    assert not bool(parts.reachable[~parts.solved].any())
    last = torch.cat([batch.episode_ids[1:] != batch.episode_ids[:-1], torch.tensor([True])])
    totals = torch.zeros(len(rewards), dtype=torch.float64).index_add_(
        0, torch.unique_consecutive(batch.episode_ids, return_inverse=True)[1], rewards)
    won = last & (totals[torch.unique_consecutive(batch.episode_ids,
                                                  return_inverse=True)[1]] > 0)
    assert bool((parts.values[won] == 10.0).all()) and bool(parts.reachable[won].all())
    assert bool(((parts.values > 0) & (parts.values <= 10.0)).all())


@given(batch=episode_batches(), data=st.data())
def test_hygiene(batch: Episodes, data: st.DataObject) -> None:
    rewards = batch.rewards.float().requires_grad_()
    out = graphgpo_advantages(rewards, batch.episode_ids, batch.group_ids, batch.anchor_ids,
                              validity(batch, data), next_anchor_ids=next_states(batch, data))
    assert out.dtype == torch.float32 and not out.requires_grad
    assert bool(torch.isfinite(out).all())
