"""Evaluation tables and reference policies (creditkit.train.evaluation)."""

from __future__ import annotations

import pytest

from creditkit.train.evaluation import (
    EpisodeOutcome,
    episode_metrics,
    play_reference,
    success_rates,
    success_table,
)
from creditkit_envs.maze import MazeEnv


def test_success_table_orders_columns_by_labels_and_marks_missing_cells() -> None:
    rows = {"expert": [EpisodeOutcome("b", True, 1.0, 3), EpisodeOutcome("a", True, 1.0, 2)],
            "random": [EpisodeOutcome("a", False, 0.0, 9), EpisodeOutcome("a", True, 1.0, 4)]}
    table = success_table(rows, {"b": "Bee", "a": "Ay"}).splitlines()
    assert table[0] == "| policy | Bee | Ay | All |"
    assert table[2] == "| expert | 100.0 | 100.0 | 100.0 |"
    assert table[3] == "| random | - | 50.0 | 50.0 |"
    assert success_rates(rows["random"]) == {"a": 0.5, "All": 0.5}


def test_env_scores_add_a_score_column_and_metric() -> None:
    rows = {"expert": [EpisodeOutcome("a", True, 10.0, 3, 1.0),
                       EpisodeOutcome("a", False, 5.0, 4, 0.5)],
            "other": [EpisodeOutcome("a", False, 0.0, 9)]}
    table = success_table(rows).splitlines()
    assert table[0] == "| policy | a | All | Score |"
    assert table[2] == "| expert | 50.0 | 50.0 | 75.0 |"
    assert table[3] == "| other | 0.0 | 0.0 | - |"
    assert episode_metrics(rows["expert"])["eval.score"] == 0.75
    assert "eval.score" not in episode_metrics(rows["other"])
    assert success_table({"x": rows["other"]}).splitlines()[0] == "| policy | a | All |"


def test_random_reference_plays_every_seed() -> None:
    outcomes = play_reference(lambda: MazeEnv(max_steps=6), "random", [0, 1, 2],
                              episodes_per_seed=2)
    assert len(outcomes) == 6 and all(1 <= o.length <= 6 for o in outcomes)
    assert all(o.category == "" for o in outcomes)
    again = play_reference(lambda: MazeEnv(max_steps=6), "random", [0, 1, 2], 2)
    assert again == outcomes  # seeded


def test_reference_errors_name_the_setting() -> None:
    with pytest.raises(ValueError, match="expert_action"):
        play_reference(MazeEnv, "expert", [0])
    with pytest.raises(ValueError, match="evaluation.references"):
        play_reference(MazeEnv, "oracle", [0])
