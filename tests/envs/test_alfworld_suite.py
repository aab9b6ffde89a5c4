"""creditkit's authored ALFWorld suite: fixed evaluation tasks, procedural train split, builder."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from creditkit_envs.alfworld import TASK_TYPES, ALFWorldEnv
from creditkit_envs.alfworld.authoring import generate_task, write_task
from creditkit_envs.alfworld.build import build_game
from creditkit_envs.alfworld.rooms import ROOMS
from creditkit_envs.alfworld.suite import FIXED_DIR, authored_games, fixed_signatures, write_fixed


@pytest.fixture(scope="module")
def eval_env() -> ALFWorldEnv:
    return ALFWorldEnv("authored", split="eval", game_cache=2)


def test_the_fixed_suite_has_ten_tasks_of_each_type_in_every_kind_of_room() -> None:
    trials = sorted(FIXED_DIR.glob("*/*/traj_data.json"))
    assert len(trials) == 60 and len(fixed_signatures()) == 60
    assert Counter(t.parent.parent.name.split("-")[0] for t in trials) == {
        kind: 10 for kind in TASK_TYPES}
    rooms = {json.loads(t.read_text())["scene"]["floor_plan"] for t in trials}
    kinds = {room.kind for room in ROOMS if room.name in rooms}
    assert kinds == {"Kitchen", "Bedroom", "Bathroom", "LivingRoom"}
    assert all((t.parent / "initial_state.pddl").is_file() for t in trials)


def test_the_generator_reproduces_the_shipped_tasks(tmp_path: Path) -> None:
    write_fixed(tmp_path, walkthroughs=False)
    shipped = sorted(p.relative_to(FIXED_DIR) for p in FIXED_DIR.glob("*/*/*"))
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.glob("*/*/*")) == shipped
    for path in shipped:
        if path.suffix == ".pddl":
            assert (tmp_path / path).read_text() == (FIXED_DIR / path).read_text()
        else:
            stored = json.loads((FIXED_DIR / path).read_text())
            assert stored.pop("walkthrough")  # the planner's plan, stored by write-fixed
            assert json.loads((tmp_path / path).read_text()) == stored


def test_every_shipped_task_wins_by_its_walkthrough_and_ignores_invalid_commands(
        eval_env: ALFWorldEnv) -> None:
    assert len(eval_env.games) == 60
    for game in eval_env.games:
        task = game.parent.parent.name
        observation = eval_env.reset(seed=0, task=task)
        assert observation.task and "Nothing" not in observation.text
        invalid = eval_env.step("fly to the moon")
        assert invalid.observation.text == "Nothing happens."
        assert invalid.rewards == {"reward": 0.0} and not invalid.info["valid"]
        walkthrough = json.loads(game.read_text())["walkthrough"]
        results = [eval_env.step(command) for command in walkthrough]
        assert all(r.info["valid"] for r in results), task
        assert results[-1].terminated and results[-1].rewards == {"reward": 10.0}, task
        assert not any(r.done for r in results[:-1]), task
    assert len(eval_env._engines) <= 2  # the per-instance game cache stays at its size


def test_the_expert_replans_after_a_detour(eval_env: ALFWorldEnv) -> None:
    for task_type in TASK_TYPES:
        game = next(g for g in eval_env.games if g.parent.parent.name.startswith(task_type))
        eval_env.reset(seed=0, task=game.parent.parent.name)
        assert eval_env.task_category() == task_type
        detour = next(a for a in eval_env.admissible_actions() or [] if a.startswith("go to")
                      and a != eval_env.expert_action())
        eval_env.step(detour)
        for _ in range(30):
            result = eval_env.step(eval_env.expert_action())
            if result.done:
                break
        assert result.terminated and result.info["success"], task_type


def test_the_train_split_never_asks_what_an_evaluation_task_asks() -> None:
    evaluation = fixed_signatures()
    tasks = [generate_task(i, exclude=evaluation) for i in range(400)]
    assert not {t.signature for t in tasks} & evaluation
    assert {t.task_type for t in tasks} == set(TASK_TYPES)
    assert len({t.signature for t in tasks}) > 150  # many distinct tasks, not a few repeated
    assert generate_task(7, exclude=evaluation) == tasks[7]  # same seed, same task
    games = authored_games("train", 40)
    assert len(games) == 40 and len(set(games)) == 40


def test_procedural_tasks_are_solvable(tmp_path: Path) -> None:
    env = ALFWorldEnv("authored", split="train", train_tasks=12, game_cache=1)
    for seed in range(0, 12, 2):
        env.reset(seed=seed)
        for _ in range(30):
            result = env.step(env.expert_action())
            if result.done:
                break
        assert result.terminated, env.games[seed]


def test_bad_task_files_get_errors_naming_the_file(tmp_path: Path) -> None:
    trial = write_task(generate_task(0), tmp_path)
    assert build_game(trial).name == "game.tw-pddl"
    (trial / "traj_data.json").write_text("{}")
    with pytest.raises(ValueError, match="traj_data.json"):
        build_game(trial)
    (trial / "initial_state.pddl").write_text("(define (problem p))")
    (trial / "traj_data.json").unlink()
    with pytest.raises(FileNotFoundError, match="traj_data.json"):
        build_game(trial)
    write_task(generate_task(0), tmp_path)
    (trial / "initial_state.pddl").write_text("(define (problem p))")
    with pytest.raises(ValueError, match="initial_state.pddl"):
        build_game(trial)


def test_bad_arguments_are_named() -> None:
    with pytest.raises(ValueError, match="task_type"):
        generate_task(0, task_type="cook_dinner")
    with pytest.raises(ValueError, match="room"):
        generate_task(0, task_type="pick_heat_then_place_in_recep", room="bedroom1")
    with pytest.raises(ValueError, match="split"):
        authored_games("valid_seen")
    with pytest.raises(ValueError, match="game_cache"):
        ALFWorldEnv("authored", split="eval", game_cache=0)


def test_rooms_select_the_authored_tasks_set_in_them() -> None:
    env = ALFWorldEnv("authored", split="train", train_tasks=40, rooms=["bedroom2", "kitchen1"],
                      game_cache=1)
    every = authored_games("train", 40)
    rooms = Counter(game.parent.parent.name.rsplit("-", 1)[-1] for game in every)
    assert len(env.games) == rooms["bedroom2"] + rooms["kitchen1"] > 0
    assert {game.parent.parent.name.rsplit("-", 1)[-1] for game in env.games} == {
        "bedroom2", "kitchen1"}
    with pytest.raises(ValueError, match="rooms are .*bedroom2"):
        ALFWorldEnv("authored", split="train", train_tasks=40, rooms=["attic"])
    with pytest.raises(ValueError, match="rooms selects authored tasks only"):
        ALFWorldEnv(Path("../shared/data/alfworld"), rooms=["bedroom2"])


def test_an_expert_share_of_the_warmup_plays_the_expert() -> None:
    from creditkit.models.warmup import random_play

    env = ALFWorldEnv("authored", split="train", train_tasks=12, game_cache=1)
    expert_turns = list(random_play(env, episodes=2, seed=0, expert_fraction=1.0))
    assert env._done and len(expert_turns) < 30  # the expert wins, well before the step limit
    random_turns = list(random_play(env, episodes=2, seed=0))
    assert [a for _, _, a in random_turns] != [a for _, _, a in expert_turns]


def test_building_games_says_what_it_does_and_a_warm_cache_is_silent(
        tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    from creditkit_envs.alfworld.build import build_tree
    from creditkit_envs.alfworld.suite import FIXED_DIR

    trials = sorted(FIXED_DIR.glob("*/*/initial_state.pddl"))[:2]
    games = build_tree(FIXED_DIR, tmp_path, trials)
    assert len(games) == 2 and all(game.is_file() for game in games)
    printed = capfd.readouterr().err
    assert f"creditkit: ALFWorld: building games into {tmp_path} (2)..." in printed
    assert build_tree(FIXED_DIR, tmp_path, trials) == games
    assert capfd.readouterr().err == ""
