"""Maze layouts from a seed: a perfect maze (one path between any two rooms), optionally a
locked door on the start-to-exit path with its key placed before the door."""

from __future__ import annotations

import random
from dataclasses import dataclass

DIRECTIONS = {"north": (-1, 0), "south": (1, 0), "west": (0, -1), "east": (0, 1)}
Cell = tuple[int, int]


@dataclass(frozen=True)
class Layout:
    """One maze.

    Attributes:
        size: the maze is ``size x size`` rooms, rows and columns numbered from 0.
        passages: frozenset of unordered room pairs joined by an opening.
        start: the start room; exit: the goal room.
        door: the room pair closed by a locked door, or None.
        key: the room holding the key, or None.
    """

    size: int
    passages: frozenset[frozenset[Cell]]
    start: Cell
    exit: Cell
    door: frozenset[Cell] | None = None
    key: Cell | None = None

    def exits(self, room: Cell) -> list[str]:
        """Directions with an opening (locked or not), in a fixed order."""
        return [name for name, (dr, dc) in DIRECTIONS.items()
                if frozenset({room, (room[0] + dr, room[1] + dc)}) in self.passages]

    def shortest_path(self, source: Cell, target: Cell) -> list[Cell]:
        """Rooms from source to target (ignoring the door), by breadth-first search."""
        previous: dict[Cell, Cell | None] = {source: None}
        frontier = [source]
        while frontier:
            room = frontier.pop(0)
            for name in self.exits(room):
                dr, dc = DIRECTIONS[name]
                step = (room[0] + dr, room[1] + dc)
                if step not in previous:
                    previous[step] = room
                    frontier.append(step)
        path: list[Cell] = []
        room_or_none: Cell | None = target
        while room_or_none is not None:
            path.append(room_or_none)
            room_or_none = previous[room_or_none]
        return path[::-1]


def generate_layout(size: int, seed: int, with_door: bool = False) -> Layout:
    """A ``size x size`` perfect maze from ``seed`` (randomised depth-first search).

    Start at the top-left room, exit at the bottom-right. With ``with_door``, the passage
    halfway along the start-to-exit path is locked and the key lies in a room reachable from
    the start without crossing it.
    """
    if size < 2:
        raise ValueError(f"size must be >= 2, got {size}")
    rng = random.Random(seed)
    start, goal = (0, 0), (size - 1, size - 1)
    passages: set[frozenset[Cell]] = set()
    visited, stack = {start}, [start]
    while stack:
        room = stack[-1]
        options = [(room[0] + dr, room[1] + dc) for dr, dc in DIRECTIONS.values()]
        options = [r for r in options if 0 <= r[0] < size and 0 <= r[1] < size and r not in visited]
        if not options:
            stack.pop()
            continue
        step = rng.choice(options)
        passages.add(frozenset({room, step}))
        visited.add(step)
        stack.append(step)
    layout = Layout(size, frozenset(passages), start, goal)
    if not with_door:
        return layout
    path = layout.shortest_path(start, goal)
    cut = len(path) // 2
    door = frozenset({path[cut - 1], path[cut]})
    before = _reachable(layout, start, door)
    key = rng.choice(sorted(before - {start})) if len(before) > 1 else start
    return Layout(size, layout.passages, start, goal, door, key)


def _reachable(layout: Layout, source: Cell, blocked: frozenset[Cell]) -> set[Cell]:
    seen, frontier = {source}, [source]
    while frontier:
        room = frontier.pop()
        for name in layout.exits(room):
            dr, dc = DIRECTIONS[name]
            step = (room[0] + dr, room[1] + dc)
            if frozenset({room, step}) != blocked and step not in seen:
                seen.add(step)
                frontier.append(step)
    return seen
