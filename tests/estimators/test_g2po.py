"""G2PO: hand-worked values, the invalid penalty, the terminal edges, bad input."""

from __future__ import annotations

import pytest
import torch

from creditkit import StepBatch
from creditkit.estimators import G2PO, g2po_advantages

F64 = torch.float64


def run(rewards: list[float], episodes: list[int], anchors: list[int],
        valid: list[bool] | None = None, **options: object) -> list[float]:
    valid_rows = torch.ones(len(rewards), dtype=torch.bool) if valid is None else \
        torch.tensor(valid)
    return g2po_advantages(torch.tensor(rewards, dtype=F64), torch.tensor(episodes),
                           torch.zeros(len(rewards), dtype=torch.long), torch.tensor(anchors),
                           valid_rows, **options).tolist()  # type: ignore[arg-type]


def test_hand_worked_win_and_loss() -> None:
    # Episodes A: states (s, t), rewards (0, 1) -> R = 1, won; B: states (s, u), (0, 0) -> R = 0.
    # gamma 0.5, T = 2: visit values A0 = 0.5^2 * 1 = 0.25, A1 = 0.5^1 * 1 = 0.5, B: 0.
    # V(s) = (0.25 + 0) / 2 = 0.125, V(t) = 0.5, V(u) = 0.
    # next: A0 -> V(t) = 0.5; A1 -> WIN = R = 1; B0 -> V(u) = 0; B1 -> LOSS = 0.
    # node term: s = {A0: 0.5, B0: 0} -> +-0.25; t, u alone -> 0.
    # gain: (0.5 - 0.125, 1 - 0.5, 0 - 0.125, 0 - 0) = (0.375, 0.5, -0.125, 0), mean 0.1875
    #       -> (0.1875, 0.3125, -0.3125, -0.1875).
    # episode term: R = (1, 0) -> +-0.5.
    out = run([0, 1, 0, 0], [0, 0, 1, 1], [1, 2, 1, 3], gamma=0.5)
    assert out == pytest.approx([0.9375, 0.8125, -1.0625, -0.6875])
    # step weight 0: the episode term alone
    assert run([0, 1, 0, 0], [0, 0, 1, 1], [1, 2, 1, 3], gamma=0.5, step_weight=0.0) == \
        pytest.approx([0.5, 0.5, -0.5, -0.5])


def test_the_invalid_penalty_enters_the_node_term_only() -> None:
    # Same batch with B0 invalid: node s: (0.5, 0 - 0.1) -> mean 0.2 -> (+0.3, -0.3), i.e. each
    # side moves by 0.05; the gain and episode terms do not change.
    out = run([0, 1, 0, 0], [0, 0, 1, 1], [1, 2, 1, 3], [True, True, False, True], gamma=0.5)
    assert out == pytest.approx([0.9875, 0.8125, -1.1125, -0.6875])


def test_an_episode_cut_by_the_step_limit_leads_to_loss() -> None:
    # A's last row is not terminated (truncated, though its return is positive): next = 0.
    # gain: (0.375, 0 - 0.5, -0.125, 0), mean -0.0625 -> (0.4375, -0.4375, -0.0625, 0.0625)
    out = run([0, 1, 0, 0], [0, 0, 1, 1], [1, 2, 1, 3], gamma=0.5,
              dones=torch.tensor([False, False, False, True]))
    assert out == pytest.approx([0.5 + 0.25 + 0.4375, 0.5 - 0.4375, -0.5 - 0.25 - 0.0625,
                                 -0.5 + 0.0625])


def test_episode_stat_step_weighs_by_length_and_passes_a_lone_row_through() -> None:
    # scores over rows: A (1, 1, 1), B (0): mean 0.75 -> (0.25, 0.25, 0.25, -0.75)
    out = run([0, 0, 1, 0], [0, 0, 0, 1], [1, 2, 3, 1], gamma=0.5, step_weight=0.0,
              episode_stat="step")
    assert out == pytest.approx([0.25, 0.25, 0.25, -0.75])
    lone = g2po_advantages(torch.tensor([2.0], dtype=F64), torch.tensor([0]), torch.tensor([0]),
                           torch.tensor([0]), torch.tensor([True]), episode_stat="step")
    assert lone.tolist() == [2.0]  # mean 0 for a group of one row (the authors' code)
    single = g2po_advantages(torch.tensor([2.0], dtype=F64), torch.tensor([0]),
                             torch.tensor([0]), torch.tensor([0]), torch.tensor([True]))
    assert single.tolist() == [0.0]  # trajectory: a lone episode has no baseline


def test_the_dataclass_reads_validity_dones_and_offsets() -> None:
    steps = StepBatch.from_episodes([[0, 1], [0, 0]], group_ids=[0, 0],
                                    anchor_ids=[[1, 2], [1, 3]], dtype=F64)
    assert G2PO(gamma=0.5)(steps).tolist() == pytest.approx([0.9375, 0.8125, -1.0625, -0.6875])


def test_the_diagnostics_count_the_terms_and_the_wins() -> None:
    # The hand-worked batch: node term (+0.25, 0, -0.25, 0) -> 2 of 4 rows; gain term
    # (0.1875, 0.3125, -0.3125, -0.1875) -> 4 of 4; A won, B did not -> 1 of 2 episodes.
    steps = StepBatch.from_episodes([[0, 1], [0, 0]], group_ids=[0, 0],
                                    anchor_ids=[[1, 2], [1, 3]], dtype=F64)
    estimator = G2PO(gamma=0.5)
    estimator(steps)
    # step term = node + gain = (0.4375, 0.3125, -0.5625, -0.1875): mean |.| 1.5 / 4; the
    # episode term is the rest of (0.9375, 0.8125, -1.0625, -0.6875): +-0.5 on every row
    assert estimator.metrics() == pytest.approx({
        "node_nonzero_fraction": 0.5, "gain_nonzero_fraction": 1.0,
        "step_nonzero_fraction": 1.0, "episode_abs_mean": 0.5, "step_abs_mean": 0.375,
        "won_fraction": 0.5}, abs=1e-12)
    # every state visited once (singleton nodes): the node term vanishes, the gain does not
    apart = StepBatch.from_episodes([[0, 1], [0, 0]], group_ids=[0, 0],
                                    anchor_ids=[[1, 2], [3, 4]], dtype=F64)
    estimator(apart)
    assert estimator.metrics()["node_nonzero_fraction"] == 0.0
    assert estimator.metrics()["gain_nonzero_fraction"] == 1.0


def test_bad_input_names_the_argument() -> None:
    with pytest.raises(ValueError, match="invalid_penalty must be a finite number"):
        G2PO(invalid_penalty=float("nan"))
    with pytest.raises(ValueError, match="scale"):
        G2PO(scale="batch")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="G2PO needs anchor_ids"):
        G2PO()(StepBatch.from_episodes([[1.0]], group_ids=[0]))
    with pytest.raises(TypeError, match="valid"):
        g2po_advantages(torch.zeros(2), torch.zeros(2, dtype=torch.long),
                        torch.zeros(2, dtype=torch.long), torch.zeros(2, dtype=torch.long),
                        [True, True])  # type: ignore[arg-type]
