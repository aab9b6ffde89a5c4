"""Invariants of HGPO: the loop reference, row order and labels, zeros, the reductions."""

from __future__ import annotations

import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from creditkit.estimators import gigpo_advantages, hgpo_advantages
from creditkit.estimators.gigpo import gigpo_parts
from creditkit.estimators.hgpo import hgpo_parts
from creditkit.segments import segment_count, step_group_ids
from tests import oracles
from tests.strategies import Episodes, episode_batches, shuffled_and_relabelled

SCALES = ["std", "none"]


def run(batch: Episodes, rewards: torch.Tensor | None = None, **options: object
        ) -> torch.Tensor:
    return hgpo_advantages(batch.rewards if rewards is None else rewards, batch.episode_ids,
                           batch.group_ids, batch.anchor_ids, **options)  # type: ignore[arg-type]


def integral(batch: Episodes) -> torch.Tensor:
    """The batch's rewards rounded to integers: with gamma in {0, 0.5, 1}, returns and means
    are then computed exactly alike by the loop and the vectorised code, so the rule "an item
    exactly 0 is dropped" cannot flip on a rounding difference."""
    return batch.rewards.round()


@pytest.mark.parametrize("scale", SCALES)
@given(batch=episode_batches(), gamma=st.sampled_from([0.0, 0.5, 1.0]),
       history=st.integers(0, 3), ddof=st.sampled_from([0, 1]),
       alpha=st.sampled_from([0.0, 1.0, 2.0]), base=st.booleans())
def test_matches_loop_reference(batch: Episodes, scale: str, gamma: float, history: int,
                                ddof: int, alpha: float, base: bool) -> None:
    rewards = integral(batch)
    expected = oracles.hgpo(rewards.tolist(), batch.episode_ids.tolist(),
                              batch.group_ids.tolist(), batch.anchor_ids.tolist(), gamma=gamma,
                              history=history, scale=scale, std_ddof=ddof, length_alpha=alpha,
                              base_group=base)
    actual = run(batch, rewards, gamma=gamma, history=history, scale=scale, std_ddof=ddof,
                 length_alpha=alpha, base_group=base)
    torch.testing.assert_close(actual, torch.tensor(expected, dtype=torch.float64), rtol=1e-9,
                               atol=1e-9)


@given(batch=episode_batches(), data=st.data())
def test_episode_order_and_labels_do_not_matter(batch: Episodes, data: st.DataObject) -> None:
    rewards = integral(batch)
    expected = run(batch, rewards, gamma=0.5, base_group=True)
    moved, rows = shuffled_and_relabelled(batch, rewards, data)
    torch.testing.assert_close(run(moved, gamma=0.5, base_group=True), expected[rows])


@given(batch=episode_batches(), constant=st.sampled_from([0.0, 1.0, -2.5]))
def test_constant_step_returns_give_exact_zeros(batch: Episodes, constant: float) -> None:
    # gamma 0 makes every step return the reward itself: all equal -> no cluster has spread
    out = run(batch, torch.full_like(batch.rewards, constant), gamma=0.0)
    assert bool((out == 0).all())


@given(batch=episode_batches(), gamma=st.sampled_from([0.5, 0.95]))
def test_history_zero_is_the_gigpo_step_term(batch: Episodes, gamma: float) -> None:
    args = (batch.rewards, batch.episode_ids, batch.group_ids, batch.anchor_ids)
    step = gigpo_advantages(*args, gamma=gamma) - gigpo_advantages(*args, gamma=gamma,
                                                                   step_weight=0.0)
    torch.testing.assert_close(run(batch, gamma=gamma, history=0),
                               step * 2.0 / (2.0 + 1e-6), rtol=1e-9, atol=1e-9)


@pytest.mark.parametrize("scale", SCALES)
@given(batch=episode_batches(), gamma=st.sampled_from([0.0, 0.5, 1.0]),
       history=st.integers(0, 3))
def test_step_credit_lies_between_gigpos_step_term_and_the_grouped_rows(
        batch: Episodes, scale: str, gamma: float, history: int) -> None:
    # Every HGPO cluster lies inside one GiGPO step group (the same last state), so a row in a
    # singleton step group gets no step credit at any level; and level 1 is GiGPO's step
    # term, so every row that term reaches gets HGPO credit (deeper levels may add rows).
    rewards = integral(batch)
    args = (rewards, batch.episode_ids, batch.group_ids, batch.anchor_ids)
    parts = hgpo_parts(*args, gamma=gamma, history=history, scale=scale, std_ddof=1,
                       length_alpha=1.0, base_group=False, eps=1e-6)
    gigpo = gigpo_parts(*args, gamma=gamma, step_weight=1.0, scale=scale, eps=1e-6,
                        episode_stat="trajectory")
    assert gigpo.step_term is not None
    credited = parts.step_weights > 0
    grouped = segment_count(step_group_ids(batch.group_ids, batch.anchor_ids)) >= 2
    assert bool(credited[gigpo.step_term != 0].all())
    assert not bool(credited[~grouped].any())
    assert bool((parts.grouped[0] == grouped).all())


@given(batch=episode_batches())
def test_hygiene(batch: Episodes) -> None:
    rewards = batch.rewards.float().requires_grad_()
    out = hgpo_advantages(rewards, batch.episode_ids, batch.group_ids, batch.anchor_ids)
    assert out.dtype == torch.float32 and not out.requires_grad
    assert bool(torch.isfinite(out).all())
