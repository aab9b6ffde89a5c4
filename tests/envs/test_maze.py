"""The built-in maze: layouts, moves, keys and doors, rewards."""

from __future__ import annotations

import itertools

import pytest

from creditkit_envs.maze import MazeEnv, generate_layout
from creditkit_envs.maze.layout import DIRECTIONS


@pytest.mark.parametrize("size", [2, 3, 5])
@pytest.mark.parametrize("seed", range(6))
def test_layouts_are_perfect_mazes(size: int, seed: int) -> None:
    layout = generate_layout(size, seed)
    assert len(layout.passages) == size * size - 1  # a spanning tree of the rooms
    rooms = {(r, c) for r in range(size) for c in range(size)}
    assert set(layout.shortest_path(layout.start, (0, 0))) == {(0, 0)}
    for room in rooms:  # connected: every room reaches the exit
        assert layout.shortest_path(room, layout.exit)[-1] == layout.exit


@pytest.mark.parametrize("seed", range(10))
def test_door_is_on_the_path_and_key_before_it(seed: int) -> None:
    layout = generate_layout(4, seed, with_door=True)
    path = layout.shortest_path(layout.start, layout.exit)
    assert any(frozenset(pair) == layout.door for pair in itertools.pairwise(path))
    assert layout.key is not None


def walk(env: MazeEnv, moves: list[str]) -> list:
    return [env.step(move) for move in moves]


def test_moves_rewards_and_invalid_actions() -> None:
    env = MazeEnv(size=3, num_layouts=1, max_steps=50)
    env.reset(seed=0)
    layout = env.layouts[0]
    path = layout.shortest_path(layout.start, layout.exit)
    moves = [next(name for name, (dr, dc) in DIRECTIONS.items()
                  if (a[0] + dr, a[1] + dc) == b) for a, b in itertools.pairwise(path)]
    blocked = next(d for d in DIRECTIONS if d not in env.admissible_actions())
    invalid = env.step(blocked)
    assert not invalid.info["valid"] and invalid.rewards == {"reward": 0.0}
    garbage = env.step("fly away")
    assert not garbage.info["valid"]
    results = walk(env, moves)
    assert all(r.info["valid"] for r in results)
    assert [r.rewards["reward"] for r in results] == [0.0] * (len(moves) - 1) + [1.0]
    assert results[-1].terminated and results[-1].info["success"]


def test_truncation() -> None:
    env = MazeEnv(size=3, num_layouts=1, max_steps=2)
    env.reset(seed=0)
    results = walk(env, ["fly", "fly"])
    assert results[-1].truncated and not results[-1].terminated


def test_locked_door_needs_the_key() -> None:
    env = MazeEnv(size=4, num_layouts=1, with_door=True, max_steps=200)
    observation = env.reset(seed=0)
    layout = env.layouts[0]
    assert "Key: no." in observation.text or layout.key == layout.start
    door_rooms = sorted(layout.door)
    env._room, env._has_key = door_rooms[0], False  # stand beside the door without the key
    direction = next(d for d, (dr, dc) in DIRECTIONS.items()
                     if (door_rooms[0][0] + dr, door_rooms[0][1] + dc) == door_rooms[1])
    assert direction not in env.admissible_actions()
    env._has_key = True
    assert direction in env.admissible_actions()


def test_seed_picks_the_layout_and_anchor_is_exact_state() -> None:
    env = MazeEnv(num_layouts=3)
    first = env.reset(seed=4)
    assert first.task.startswith("Maze 1:")
    assert env.anchor_key(first) == (1, (0, 0), False)


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="num_layouts"):
        MazeEnv(num_layouts=0)
    with pytest.raises(ValueError, match="size"):
        generate_layout(1, 0)


def test_parse_action_takes_the_first_word() -> None:
    env = MazeEnv(size=3, num_layouts=1)
    env.reset(seed=0)
    open_direction = env.admissible_actions()[0]
    assert env.parse_action(f"{open_direction.upper()}. then more") == (open_direction, True)
    assert env.parse_action("fly") == ("fly", False)
    assert env.parse_action("   ") == ("", False)
