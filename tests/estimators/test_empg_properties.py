"""Invariants of EMPG: the loop reference, row order and labels, centering, the k = 0 limit."""

from __future__ import annotations

import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from creditkit.batch import StepBatch
from creditkit.estimators import GRPO, empg_advantages, empg_modulate
from tests import oracles
from tests.strategies import Episodes, episode_batches, shuffled_and_relabelled


def entropies(batch: Episodes, data: st.DataObject) -> torch.Tensor:
    values = data.draw(st.lists(st.sampled_from([0.0, 0.25, 0.5, 1.0, 2.0, 3.5]),
                                min_size=len(batch.rewards), max_size=len(batch.rewards)))
    return torch.tensor(values, dtype=torch.float64)


@pytest.mark.parametrize("center", [True, False])
@given(batch=episode_batches(), k=st.sampled_from([0.0, 1.0, 2.5]),
       k_future=st.sampled_from([0.0, 1.0]), zeta=st.sampled_from([0.0, 0.05, 0.1]),
       data=st.data())
def test_matches_loop_reference(batch: Episodes, center: bool, k: float, k_future: float,
                                zeta: float, data: st.DataObject) -> None:
    h = entropies(batch, data)
    expected = oracles.empg(batch.rewards.tolist(), batch.episode_ids.tolist(), h.tolist(),
                            k=k, k_future=k_future, zeta=zeta, center=center)
    actual = empg_modulate(batch.rewards, batch.episode_ids, h, k=k, k_future=k_future,
                           zeta=zeta, center=center)
    torch.testing.assert_close(actual, torch.tensor(expected, dtype=torch.float64), rtol=1e-9,
                               atol=1e-9)


@given(batch=episode_batches(), data=st.data())
def test_episode_order_and_labels_do_not_matter(batch: Episodes, data: st.DataObject) -> None:
    h = entropies(batch, data)
    expected = empg_advantages(batch.rewards, batch.episode_ids, batch.group_ids, h)
    moved, rows = shuffled_and_relabelled(batch, batch.rewards, data)
    actual = empg_advantages(moved.rewards, moved.episode_ids, moved.group_ids, h[rows])
    torch.testing.assert_close(actual, expected[rows])


@given(batch=episode_batches(), data=st.data())
def test_centred_sums_to_zero_and_flat_entropy_gives_grpo(batch: Episodes,
                                                           data: st.DataObject) -> None:
    out = empg_advantages(batch.rewards, batch.episode_ids, batch.group_ids,
                          entropies(batch, data))
    assert abs(float(out.sum())) <= 1e-9 * max(1.0, float(out.abs().sum()))
    # k = 0, no bonus, no centering: GRPO divided by 1 + 1e-8
    steps = StepBatch(rewards=batch.rewards[:, None], episode_ids=batch.episode_ids,
                      group_ids=batch.group_ids)
    plain = empg_advantages(batch.rewards, batch.episode_ids, batch.group_ids,
                            entropies(batch, data), k=0.0, zeta=0.0, center=False)
    torch.testing.assert_close(plain, GRPO()(steps) / (1 + 1e-8), rtol=1e-9, atol=1e-9)


@given(batch=episode_batches(), data=st.data())
def test_hygiene(batch: Episodes, data: st.DataObject) -> None:
    rewards = batch.rewards.float().requires_grad_()
    out = empg_advantages(rewards, batch.episode_ids, batch.group_ids,
                          entropies(batch, data).float())
    assert out.dtype == torch.float32 and not out.requires_grad
    assert bool(torch.isfinite(out).all())
