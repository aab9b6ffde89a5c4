"""ALFWorldEnv on the official evaluation games in ../shared/data/alfworld (real engine)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from creditkit_envs.alfworld import TASK_TYPES, ALFWorldEnv, find_games, load_game
from tests.data import shared_data

DATA = shared_data("alfworld", module=True)  # skips (or fails in CI) without ../shared
LOOK = "look_at_obj_in_light-Bowl-None-DeskLamp-301"  # a short game: 4 commands to win


@pytest.fixture(scope="module")
def env() -> ALFWorldEnv:
    return ALFWorldEnv(DATA, task_types=["look_at_obj_in_light"])


def test_finds_the_solvable_evaluation_games() -> None:
    games = find_games(DATA, "valid_seen")
    assert len(games) == 140  # ALFWorld's eval_in_distribution split, as the GiGPO paper
    assert all(json.loads(g.read_text())["solvable"] for g in games)
    assert len(find_games(DATA, "valid_seen", only_solvable=False)) == 187
    kinds = {g.parent.parent.name.split("-")[0] for g in games}
    assert kinds == set(TASK_TYPES)
    with pytest.raises(FileNotFoundError, match="ALFWORLD_DATA"):
        find_games(DATA / "missing", "valid_seen")
    with pytest.raises(ValueError, match="task_types"):
        find_games(DATA, "valid_seen", task_types=["cook_dinner"])


def test_reset_gives_the_task_and_the_room(env: ALFWorldEnv) -> None:
    observation = env.reset(seed=0, task=LOOK)
    assert observation.task == "examine the bowl with the desklamp"
    assert observation.text.startswith("You are in the middle of a room.")
    assert "Welcome" not in observation.text and "Your task" not in observation.text
    assert "go to desk 1" in (env.admissible_actions() or [])
    assert env.reset(seed=0, task=LOOK) == observation


def test_invalid_command_gives_nothing(env: ALFWorldEnv) -> None:
    env.reset(seed=0, task=LOOK)
    result = env.step("fly to the moon")
    assert result.observation.text == "Nothing happens."
    assert result.rewards == {"reward": 0.0} and not result.info["valid"] and not result.done
    assert env.step("go to desk 1").info["valid"]


def test_the_planners_plan_wins(env: ALFWorldEnv) -> None:
    game = next(g for g in env.games if g.parent.parent.name == LOOK)
    plan = load_game(game, with_plan=True).reset()["policy_commands"]
    env.reset(seed=0, task=LOOK)
    results = [env.step(command) for command in plan]
    assert all(r.info["valid"] for r in results)
    assert results[-1].terminated and results[-1].rewards == {"reward": 10.0}
    assert not any(r.done for r in results[:-1])
    with pytest.raises(RuntimeError, match="reset"):
        env.step("look")


def test_fact_anchors_tell_apart_what_text_anchors_merge() -> None:
    facts = ALFWorldEnv(DATA, task_types=["look_at_obj_in_light"], anchor="facts")
    facts.reset(seed=0, task=LOOK)
    first = facts.step("fly").observation
    facts.step("go to desk 1")
    second = facts.step("fly").observation
    assert first.text == second.text == "Nothing happens."
    assert facts.anchor_key(first) != facts.anchor_key(second)
    assert hash(facts.anchor_key(first)) is not None


def test_step_limit_truncates() -> None:
    short = ALFWorldEnv(DATA, task_types=["look_at_obj_in_light"], max_steps=2)
    short.reset(seed=0, task=LOOK)
    assert not short.step("look").done
    last = short.step("look")
    assert last.truncated and not last.terminated


def test_loading_errors_name_the_file(tmp_path: Path) -> None:
    unsolvable = next(g for g in find_games(DATA, "valid_seen", only_solvable=False)
                      if not json.loads(g.read_text())["solvable"])
    with pytest.raises(ValueError, match=str(unsolvable.parent.name)):
        load_game(unsolvable)
    with pytest.raises(FileNotFoundError, match="missing.tw-pddl"):
        load_game(tmp_path / "missing.tw-pddl")
    with pytest.raises(ValueError, match="task"):
        ALFWorldEnv(DATA).reset(seed=0, task="no-such-task")


def test_either_wording_of_placing_is_accepted() -> None:
    # the official files say "put X in/on Y"; alfworld 0.4.2 and the authored games say
    # "move X to Y": an action in the other wording maps to the game's own command
    official = ALFWorldEnv(DATA, task_types=["pick_and_place_simple"])
    official.reset(seed=0)
    for command in [a for a in official.admissible_actions() or [] if a.startswith("go to")]:
        official.step(command)
        take = [a for a in official.admissible_actions() or [] if a.startswith("take ")]
        if take:
            official.step(take[0])
            break
    put = next(a for a in official.admissible_actions() or [] if a.startswith("put "))
    thing, place = put[len("put "):].split(" in/on ")
    assert official.parse_action(f"move {thing} to {place}\n") == (put, True)
    result = official.step(f"move {thing} to {place}")
    assert result.info["valid"] and result.observation.text.startswith("You put")
    authored = ALFWorldEnv("authored", split="eval", task_types=["pick_and_place_simple"])
    authored.reset(seed=0)
    walkthrough = json.loads(authored.games[0].read_text())["walkthrough"]
    reworded = [c.replace("move ", "put ", 1).replace(" to ", " in/on ", 1)
                if c.startswith("move ") else c for c in walkthrough]
    assert reworded != walkthrough
    results = [authored.step(command) for command in reworded]
    assert all(r.info["valid"] for r in results) and results[-1].terminated
