"""iStar: hand-worked advantages over representative rows, the variants, the PRM loss, bad
input; hypothesis: the loop references, episode order and labels."""

from __future__ import annotations

import math

import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from creditkit.estimators import istar_advantages, istar_prm_loss
from tests import oracles
from tests.strategies import Episodes, episode_batches, shuffled_and_relabelled

F64 = torch.float64
# one group: A = rows 0, 1 (return 1), B = row 2 (return 0), C = rows 3, 4 (return 1)
REWARDS = torch.tensor([0.0, 1.0, 0.0, 1.0, 0.0], dtype=F64)
EPISODES = torch.tensor([0, 0, 1, 2, 2])
GROUPS = torch.zeros(5, dtype=torch.long)
IMPLICIT = torch.tensor([0.4, -0.2, 0.1, 0.0, 0.8], dtype=F64)


def run(**options: object) -> list[float]:
    return istar_advantages(REWARDS, EPISODES, GROUPS, IMPLICIT,
                            **options).tolist()  # type: ignore[arg-type]


def test_rloo_against_each_episodes_first_row() -> None:
    # representatives: rows 0, 2, 3. Scores 1, 1, 0, 1, 1: mean of (1, 0, 1) = 2/3, n = 3 ->
    # (x - 2/3) * 3/2. Implicit / 0.8: 0.5, -0.25, 0.125, 0, 1; mean of (0.5, 0.125, 0) =
    # 0.2083 -> (x - 0.2083) * 3/2; every row against the same representatives
    out = run(implicit_eps=0.0)
    episode = [(x - 2 / 3) * 1.5 for x in (1, 1, 0, 1, 1)]
    mean = (0.5 + 0.125 + 0.0) / 3
    step = [(x - mean) * 1.5 for x in (0.5, -0.25, 0.125, 0.0, 1.0)]
    assert out == pytest.approx([e + s for e, s in zip(episode, step, strict=True)])
    # process_only: the step term alone, step_weight not applied
    assert run(implicit_eps=0.0, process_only=True, step_weight=3.0) == pytest.approx(step)
    # all_steps: every row is a representative; implicit_scale none keeps the raw values
    raw = run(stat_rows="all_steps", implicit_scale="none", step_weight=0.0)
    assert raw == pytest.approx([(x - 0.8) * 5 / 4 for x in (1, 1, 0, 1, 1)])


def test_the_mean_baseline_and_its_std() -> None:
    plain = run(baseline="mean", implicit_eps=0.0, step_weight=0.0)
    assert plain == pytest.approx([x - 2 / 3 for x in (1, 1, 0, 1, 1)])
    std = math.sqrt(((1 / 3) ** 2 * 2 + (2 / 3) ** 2) / 2)
    scaled = run(baseline="mean", scale="std", implicit_eps=0.0, step_weight=0.0)
    assert scaled == pytest.approx([(x - 2 / 3) / (std + 1e-6) for x in (1, 1, 0, 1, 1)])


def test_an_invalid_row_pays_in_the_episode_term_only() -> None:
    valid = torch.tensor([True, False, True, True, True])
    base = run(step_weight=0.0)
    out = run(step_weight=0.0, valid=valid, invalid_penalty=0.1)
    # row 1 is not a representative: only its own score moves
    assert out == pytest.approx([base[0], base[1] - 0.15, *base[2:]])
    assert run(valid=valid, invalid_penalty=0.1, process_only=True) == run(process_only=True)


def test_a_group_with_one_episode_keeps_its_raw_values() -> None:
    out = istar_advantages(torch.tensor([0.0, 2.0], dtype=F64), torch.tensor([0, 0]),
                           torch.tensor([0, 0]), torch.tensor([0.5, -1.0], dtype=F64),
                           implicit_eps=0.0)
    assert out.tolist() == pytest.approx([2.0 + 0.5, 2.0 - 1.0])


def test_the_prm_loss_by_hand_and_its_gradient() -> None:
    # A and C won, B lost: pairs (A, B), (C, B). Q = mean over rows of beta * logratio
    logratios = torch.tensor([2.0, 4.0, -6.0, 0.0, 2.0], dtype=F64, requires_grad=True)
    loss = istar_prm_loss(logratios, EPISODES, GROUPS, REWARDS, beta=0.5)
    qa, qb, qc = 0.5 * 3.0, 0.5 * -6.0, 0.5 * 1.0
    expected = (math.log1p(math.exp(-(qa - qb))) + math.log1p(math.exp(-(qc - qb)))) / 2
    assert float(loss) == pytest.approx(expected)
    loss.backward()
    assert logratios.grad is not None and float(logratios.grad[2]) > 0  # push B's Q down
    assert float(logratios.grad[0]) < 0 and float(logratios.grad[0]) == float(logratios.grad[1])
    # no (won, lost) pair: 0, still differentiable
    none = istar_prm_loss(logratios, EPISODES, GROUPS, torch.zeros(5, dtype=F64))
    assert float(none) == 0.0 and none.requires_grad
    # far apart: finite where log(sigmoid(.)) underflows to -inf
    far = istar_prm_loss(torch.tensor([0.0, 0.0, 1e5, 0.0, 0.0]), EPISODES, GROUPS,
                         REWARDS.float(), beta=1.0)
    assert math.isfinite(float(far)) and float(far) > 1e4


@pytest.mark.parametrize(("options", "match"), [
    ({"baseline": "loo"}, "baseline"), ({"scale": "std"}, "scale"),
    ({"stat_rows": "last"}, "stat_rows"), ({"implicit_scale": "z"}, "implicit_scale"),
    ({"invalid_penalty": -1.0}, "invalid_penalty"), ({"step_weight": math.inf}, "step_weight"),
])
def test_bad_options_are_refused_by_name(options: dict[str, object], match: str) -> None:
    with pytest.raises(ValueError, match=match):
        run(**options)


def implicit_of(batch: Episodes, data: st.DataObject) -> torch.Tensor:
    return torch.tensor(data.draw(st.lists(st.sampled_from([-1.5, -0.25, 0.0, 0.5, 2.0]),
                                           min_size=len(batch.rewards),
                                           max_size=len(batch.rewards))), dtype=F64)


@pytest.mark.parametrize(("baseline", "scale"), [("rloo", "none"), ("mean", "none"),
                                                 ("mean", "std")])
@pytest.mark.parametrize("stat_rows", ["first_step", "all_steps"])
@given(batch=episode_batches(), data=st.data(), process_only=st.booleans(),
       penalty=st.sampled_from([0.0, 0.25]))
def test_matches_loop_reference(batch: Episodes, baseline: str, scale: str, stat_rows: str,
                                process_only: bool, penalty: float,
                                data: st.DataObject) -> None:
    implicit = implicit_of(batch, data)
    valid = torch.tensor(data.draw(st.lists(st.booleans(), min_size=len(batch.rewards),
                                            max_size=len(batch.rewards))))
    options = dict(baseline=baseline, scale=scale, stat_rows=stat_rows,
                   process_only=process_only, invalid_penalty=penalty)
    expected = oracles.istar(batch.rewards.tolist(), batch.episode_ids.tolist(),
                             batch.group_ids.tolist(), implicit.tolist(), valid.tolist(),
                             **options)  # type: ignore[arg-type]
    actual = istar_advantages(batch.rewards, batch.episode_ids, batch.group_ids, implicit,
                              valid, **options)  # type: ignore[arg-type]
    torch.testing.assert_close(actual, torch.tensor(expected, dtype=F64), rtol=1e-9, atol=1e-9)


@given(batch=episode_batches(), data=st.data())
def test_loss_matches_loop_reference_and_order_does_not_matter(batch: Episodes,
                                                               data: st.DataObject) -> None:
    logratios = implicit_of(batch, data) * 10
    rewards = batch.rewards.round()
    expected = oracles.istar_prm_loss(logratios.tolist(), batch.episode_ids.tolist(),
                                      batch.group_ids.tolist(), rewards.tolist())
    loss = istar_prm_loss(logratios, batch.episode_ids, batch.group_ids, rewards)
    assert float(loss) == pytest.approx(expected, rel=1e-9, abs=1e-12)
    moved, rows = shuffled_and_relabelled(batch, rewards, data)
    advantages = istar_advantages(rewards, batch.episode_ids, batch.group_ids, logratios)
    torch.testing.assert_close(
        istar_advantages(moved.rewards, moved.episode_ids, moved.group_ids, logratios[rows]),
        advantages[rows])
    assert float(istar_prm_loss(logratios[rows], moved.episode_ids, moved.group_ids,
                                moved.rewards)) == pytest.approx(float(loss))
