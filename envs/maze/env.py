"""MazeEnv: walk a text maze to its exit; a locked door needs the key, picked up on entry."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from creditkit.env import Observation, StepResult, TextEnv, Turn
from creditkit_envs.maze.layout import DIRECTIONS, Cell, Layout, generate_layout


class MazeEnv(TextEnv):
    """A ``size x size`` maze; actions are the words north, south, east and west.

    ``reset(seed=s)`` plays layout ``s % num_layouts`` (so the same seed is the same maze and a
    group of episodes shares it). The reward is 1.0 on reaching the exit and 0 otherwise; a
    move into a wall, or any other text, is invalid: nothing happens and ``info["valid"]`` is
    False (penalise it with the InvalidActionPenalty shaper). Rooms repeat across the
    episodes of a group, so anchor states (the observation text: room and key) repeat too.

    Args:
        size: rooms per side (>= 2).
        num_layouts: distinct mazes; seeds are taken modulo this.
        with_door: lock one passage on the path to the exit and hide its key before it.
        max_steps: turns before the episode is truncated.
        layout_seed: offset of the layouts' random seeds.
        history: past turns shown in the prompt.
    """

    reward_names = ("reward",)

    def __init__(self, size: int = 4, num_layouts: int = 1, with_door: bool = False,
                 max_steps: int = 32, layout_seed: int = 0, history: int = 0) -> None:
        for name, value, low in (("size", size, 2), ("num_layouts", num_layouts, 1),
                                 ("max_steps", max_steps, 1), ("history", history, 0)):
            if value < low:
                raise ValueError(f"{name} must be >= {low}, got {value}")
        self.layouts = [generate_layout(size, layout_seed + i, with_door)
                        for i in range(num_layouts)]
        self.max_steps, self.history = max_steps, history
        self._layout: Layout | None = None
        self._index, self._room, self._has_key, self._steps, self._over = 0, (0, 0), False, 0, True

    def reset(self, *, seed: int, task: str | None = None) -> Observation:
        """Start layout ``seed % num_layouts`` (``task`` is ignored: the seed picks the maze)."""
        self._index = seed % len(self.layouts)
        self._layout = self.layouts[self._index]
        self._room, self._steps, self._over = self._layout.start, 0, False
        self._has_key = self._layout.key == self._room
        return self._observe()

    def step(self, action: str) -> StepResult:
        """Move through an open (or unlocked) passage; anything else is an invalid action."""
        if self._over or self._layout is None:
            raise RuntimeError("step() after the episode ended; call reset() first")
        self._steps += 1
        valid = action in self._open_directions()
        if valid:
            dr, dc = DIRECTIONS[action]
            self._room = (self._room[0] + dr, self._room[1] + dc)
            self._has_key = self._has_key or self._room == self._layout.key
        success = self._room == self._layout.exit
        truncated = not success and self._steps >= self.max_steps
        self._over = success or truncated
        return StepResult(self._observe(), {"reward": 1.0 if success else 0.0}, success,
                          truncated, {"valid": valid, "success": success})

    def admissible_actions(self) -> list[str]:
        """The directions that lead somewhere from this room now."""
        return self._open_directions()

    def parse_action(self, text: str) -> tuple[str, bool]:
        """The first word of the answer, lower-cased and stripped of punctuation.

        Only the first word counts, so an answer that runs on past the action ("east east",
        a missing end-of-turn token) still takes it; valid when it is an open direction.
        """
        words = text.split()
        action = words[0].strip(".,;:!?\"'").lower() if words else ""
        return action, action in self.admissible_actions()

    def anchor_key(self, observation: Observation) -> Hashable:
        """The exact state: layout, room and whether the key is held."""
        return (self._index, observation.info["room"], observation.info["has_key"])

    def render_prompt(self, observation: Observation, history: Sequence[Turn] = ()) -> str:
        """A compact prompt: task, the last ``history`` turns, the room, the open directions."""
        lines = [observation.task]
        lines += [f"{turn.observation} -> {turn.action}" for turn in history[-self.history:]
                  ] if self.history else []
        lines.append(observation.text)
        return "\n".join(lines)

    def _open_directions(self) -> list[str]:
        assert self._layout is not None
        exits = self._layout.exits(self._room)
        return [d for d in exits if self._has_key or not self._through_door(d)]

    def _through_door(self, direction: str) -> bool:
        assert self._layout is not None
        dr, dc = DIRECTIONS[direction]
        target = (self._room[0] + dr, self._room[1] + dc)
        return frozenset({self._room, target}) == self._layout.door

    def _observe(self) -> Observation:
        assert self._layout is not None
        room: Cell = self._room
        text = (f"Maze {self._index}, room {room[0]}{room[1]}. "
                f"Exits: {' '.join(self._open_directions())}.")
        if self._layout.door is not None:
            text += " Key: yes." if self._has_key else " Key: no."
        return Observation(text=text, task=f"Maze {self._index}: reach room "
                           f"{self._layout.exit[0]}{self._layout.exit[1]}.",
                           info={"room": room, "has_key": self._has_key})
