"""Invariants of G2PO: the loop reference, row order and labels, the episode-only reduction."""

from __future__ import annotations

import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from creditkit.batch import StepBatch
from creditkit.estimators import GRPO, g2po_advantages
from creditkit.estimators.g2po import g2po_parts
from creditkit.segments import segment_count, step_group_ids
from tests import oracles
from tests.strategies import Episodes, episode_batches, shuffled_and_relabelled

SCALES = ["std", "none"]


def validity(batch: Episodes, data: st.DataObject) -> torch.Tensor:
    return torch.tensor(data.draw(st.lists(st.booleans(), min_size=len(batch.rewards),
                                           max_size=len(batch.rewards))), dtype=torch.bool)


def run(batch: Episodes, valid: torch.Tensor, rewards: torch.Tensor | None = None,
        **options: object) -> torch.Tensor:
    return g2po_advantages(batch.rewards if rewards is None else rewards, batch.episode_ids,
                           batch.group_ids, batch.anchor_ids, valid,
                           **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("stat", ["trajectory", "step"])
@given(batch=episode_batches(), gamma=st.sampled_from([0.5, 1.0]),
       weight=st.sampled_from([0.0, 0.5, 1.0]), penalty=st.sampled_from([0.0, 0.25]),
       data=st.data())
def test_matches_loop_reference(batch: Episodes, scale: str, stat: str, gamma: float,
                                weight: float, penalty: float, data: st.DataObject) -> None:
    # integral rewards and dyadic gammas: values, means and "constant" agree exactly both ways
    rewards, valid = batch.rewards.round(), validity(batch, data)
    expected = oracles.g2po(rewards.tolist(), batch.episode_ids.tolist(),
                              batch.group_ids.tolist(), batch.anchor_ids.tolist(),
                              valid.tolist(), gamma=gamma, step_weight=weight, scale=scale,
                              invalid_penalty=penalty, episode_stat=stat)
    actual = run(batch, valid, rewards, gamma=gamma, step_weight=weight, scale=scale,
                 invalid_penalty=penalty, episode_stat=stat)
    torch.testing.assert_close(actual, torch.tensor(expected, dtype=torch.float64), rtol=1e-9,
                               atol=1e-9)


@given(batch=episode_batches(), data=st.data())
def test_episode_order_and_labels_do_not_matter(batch: Episodes, data: st.DataObject) -> None:
    rewards, valid = batch.rewards.round(), validity(batch, data)
    expected = run(batch, valid, rewards, gamma=0.5, scale="std")
    moved, rows = shuffled_and_relabelled(batch, rewards, data)
    torch.testing.assert_close(run(moved, valid[rows], gamma=0.5, scale="std"), expected[rows])


@pytest.mark.parametrize("scale", SCALES)
@given(batch=episode_batches(), data=st.data())
def test_without_the_step_term_it_is_grpo(batch: Episodes, scale: str,
                                          data: st.DataObject) -> None:
    steps = StepBatch(rewards=batch.rewards[:, None], episode_ids=batch.episode_ids,
                      group_ids=batch.group_ids, anchor_ids=batch.anchor_ids)
    grpo = GRPO(scale="group" if scale == "std" else "none")(steps)
    torch.testing.assert_close(run(batch, validity(batch, data), step_weight=0.0, scale=scale),
                               grpo, rtol=1e-9, atol=1e-9)


@pytest.mark.parametrize("scale", SCALES)
@given(batch=episode_batches(), data=st.data())
def test_a_state_visited_once_gets_no_node_term(batch: Episodes, scale: str,
                                                data: st.DataObject) -> None:
    # the node term compares the steps taken from one state: alone, a step has no baseline
    parts = g2po_parts(batch.rewards, batch.episode_ids, batch.group_ids, batch.anchor_ids,
                       validity(batch, data), gamma=0.95, step_weight=1.0, scale=scale,
                       invalid_penalty=0.1, episode_stat="trajectory", eps=1e-6, dones=None)
    single = segment_count(step_group_ids(batch.group_ids, batch.anchor_ids)) == 1
    assert bool((parts.node_term[single] == 0).all())
    assert parts.won.numel() == int(batch.episode_ids.unique().numel())


@given(batch=episode_batches(), data=st.data())
def test_hygiene(batch: Episodes, data: st.DataObject) -> None:
    rewards = batch.rewards.float().requires_grad_()
    out = g2po_advantages(rewards, batch.episode_ids, batch.group_ids, batch.anchor_ids,
                          validity(batch, data), scale="std")
    assert out.dtype == torch.float32 and not out.requires_grad
    assert bool(torch.isfinite(out).all())
