"""Properties of the segment maths: discounted returns (12) and token broadcast (13)."""

from __future__ import annotations

import torch
from hypothesis import given
from hypothesis import strategies as st

from creditkit.segments import broadcast_to_tokens, discounted_returns, segment_stats
from tests import oracles
from tests.strategies import (
    Episodes,
    Grouped,
    episode_batches,
    grouped_scores,
    sample_std,
)


@given(batch=episode_batches())
def test_gamma_zero_is_the_rewards(batch: Episodes) -> None:
    assert torch.equal(discounted_returns(batch.rewards, batch.episode_ids, 0.0), batch.rewards)


@given(batch=episode_batches())
def test_gamma_one_is_reverse_cumulative_sum(batch: Episodes) -> None:
    expected = []
    for episode in dict.fromkeys(batch.episode_ids.tolist()):
        values = batch.rewards[batch.episode_ids == episode]
        expected.append(values.flip(0).cumsum(0).flip(0))
    torch.testing.assert_close(discounted_returns(batch.rewards, batch.episode_ids, 1.0),
                               torch.cat(expected), rtol=1e-9, atol=1e-9)


@given(batch=episode_batches(max_length=40), gamma=st.floats(0.0, 1.0))
def test_discounted_returns_match_reference(batch: Episodes, gamma: float) -> None:
    expected = oracles.discounted_returns(batch.rewards.tolist(), batch.episode_ids.tolist(),
                                            gamma)
    torch.testing.assert_close(discounted_returns(batch.rewards, batch.episode_ids, gamma),
                               torch.tensor(expected, dtype=torch.float64), rtol=1e-9, atol=1e-9)


@given(batch=grouped_scores())
def test_segment_stats_match_definitions(batch: Grouped) -> None:
    stats = segment_stats(batch.scores, batch.group_ids)
    for row, group in enumerate(batch.group_ids):
        members = batch.scores[batch.group_ids == group]
        assert int(stats.count[row]) == members.numel()
        torch.testing.assert_close(stats.mean[row], members.mean(), rtol=1e-12, atol=1e-9)
        expected_std = torch.tensor(sample_std(members), dtype=torch.float64)
        torch.testing.assert_close(stats.std[row], expected_std, rtol=1e-9, atol=1e-9)


@st.composite
def token_layouts(draw: st.DrawFn) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    rows = draw(st.integers(1, 12))
    values = torch.tensor(draw(st.lists(st.floats(-1e3, 1e3), min_size=rows, max_size=rows)),
                          dtype=torch.float64)
    sequences = draw(st.integers(1, 6))
    length = draw(st.integers(1, 10))
    ids = torch.tensor(draw(st.lists(st.lists(st.integers(0, rows - 1), min_size=length,
                                              max_size=length), min_size=sequences,
                                     max_size=sequences)))
    mask = torch.tensor(draw(st.lists(st.lists(st.booleans(), min_size=length, max_size=length),
                                      min_size=sequences, max_size=sequences)))
    return values, ids, mask


@given(layout=token_layouts(), pad=st.integers(0, 5), pad_id=st.sampled_from([-1, 0, 10**6]))
def test_token_broadcast(layout: tuple[torch.Tensor, torch.Tensor, torch.Tensor], pad: int,
                         pad_id: int) -> None:  # invariant 13
    values, ids, mask = layout
    tokens = broadcast_to_tokens(values, ids, mask)
    expected = oracles.broadcast_to_tokens(values.tolist(), ids.tolist(), mask.tolist())
    assert tokens.tolist() == expected
    assert bool((tokens[~mask] == 0).all())
    padded_ids = torch.cat([ids, torch.full((ids.shape[0], pad), pad_id)], dim=1)
    padded_mask = torch.cat([mask, torch.zeros(ids.shape[0], pad, dtype=torch.bool)], dim=1)
    padded = broadcast_to_tokens(values, padded_ids, padded_mask)
    assert torch.equal(padded[:, : ids.shape[1]], tokens)
    assert bool((padded[:, ids.shape[1]:] == 0).all())
