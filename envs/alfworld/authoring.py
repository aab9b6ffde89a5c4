"""Procedural ALFWorld tasks: room template x objects x task type, from a seed.

A task is written the way ALFWorld writes its own: a folder
``<task_type>-<Object>-None-<Receptacle or Lamp>-<room>/trial_<id>/`` holding
``initial_state.pddl`` (the PDDL problem: objects, initial facts, goal) and
``traj_data.json`` (task type and ``pddl_params``). :mod:`creditkit_envs.alfworld.build`
turns such a folder into a playable ``game.tw-pddl``.

Every generated task is solvable by construction: the target objects start outside the goal
receptacle, the room holds the appliance the task type needs (sink basin, microwave, fridge or
a lamp), and every object sits in a receptacle that can hold it.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path

from creditkit_envs.alfworld.games import TASK_TYPES
from creditkit_envs.alfworld.rooms import ROOMS, RoomTemplate

APPLIANCE = {"pick_clean_then_place_in_recep": "SinkBasin",
             "pick_heat_then_place_in_recep": "Microwave",
             "pick_cool_then_place_in_recep": "Fridge"}
PROPERTY = {"pick_clean_then_place_in_recep": "Cleanable",
            "pick_heat_then_place_in_recep": "Heatable",
            "pick_cool_then_place_in_recep": "Coolable"}
OPENABLE = {"Fridge", "Cabinet", "Microwave", "Drawer", "Safe", "Box"}
MOVABLE = {"Bowl", "Box", "Cup", "Mug", "Plate", "Pan", "Pot"}


@dataclass(frozen=True)
class AuthoredTask:
    """One task instance: what is where, and what to achieve.

    Attributes:
        trial: the trial id (folder ``trial_<trial>``).
        room: the room template's name.
        task_type: one of the six ALFWorld task types.
        object_target, parent_target, toggle_target: ALFWorld's ``pddl_params`` (types).
        receptacles: (receptacle id, location id) per receptacle.
        placements: (object id, receptacle id) per object, the lamp included.
        agent_location: where the agent starts (no receptacle there).
    """

    trial: str
    room: str
    task_type: str
    object_target: str
    parent_target: str
    toggle_target: str
    receptacles: tuple[tuple[str, str], ...]
    placements: tuple[tuple[str, str], ...]
    agent_location: str

    @property
    def signature(self) -> tuple[str, str, str, str, str]:
        """What the task asks, in which room: equal signatures are the same task."""
        return (self.room, self.task_type, self.object_target, self.parent_target,
                self.toggle_target)

    @property
    def folder(self) -> str:
        """ALFWorld's task folder name, e.g. ``pick_and_place_simple-Mug-None-Desk-bedroom1``."""
        goal = self.parent_target or self.toggle_target
        return f"{self.task_type}-{self.object_target}-None-{goal}-{self.room}"

    def sentence(self) -> str:
        """The task sentence, from alfworld's goal templates (one chosen by the trial id)."""
        from alfworld.gen.goal_library import gdict

        templates = gdict[self.task_type]["templates"]
        template = templates[sum(map(ord, self.trial)) % len(templates)]
        return template.format(obj=self.object_target.lower(), recep=self.parent_target.lower(),
                               toggle=self.toggle_target.lower(), mrecep="")


def generate_task(seed: int, task_type: str | None = None, room: str | None = None,
                  exclude: Collection[tuple[str, ...]] = (), trial: str | None = None
                  ) -> AuthoredTask:
    """A random solvable task from ``seed`` (same seed, same task).

    Args:
        seed: seeds everything random: room, targets, distractors, placements, ids.
        task_type: fix the task type (default: drawn).
        room: fix the room template by name (default: drawn among those that fit).
        exclude: signatures (:attr:`AuthoredTask.signature`) not to produce, e.g. the
            evaluation suite's, so that training tasks never ask what an evaluation task asks.
        trial: the trial id (default ``s<seed>``).
    """
    rng = random.Random(seed)
    kind = task_type or rng.choice(TASK_TYPES)
    if kind not in TASK_TYPES:
        raise ValueError(f"task_type must be one of {TASK_TYPES}, got {kind!r}")
    rooms = [r for r in ROOMS if _supports(r, kind) and (room is None or r.name == room)]
    if not rooms:
        raise ValueError(f"no room template fits task_type {kind!r} and room {room!r}; rooms: "
                         f"{[r.name for r in ROOMS]}")
    excluded = set(map(tuple, exclude))
    for _ in range(200):
        template = rng.choice(rooms)
        goals = _goal_choices(template, kind)
        target, parent = rng.choice(goals)
        toggle = template.lamp[0] if kind == "look_at_obj_in_light" and template.lamp else ""
        if (template.name, kind, target, parent, toggle) not in excluded:
            return _place(rng, template, kind, target, parent, toggle, trial or f"s{seed}")
    raise ValueError(f"every {kind} task in rooms {[r.name for r in rooms]} is excluded")


def _supports(room: RoomTemplate, task_type: str) -> bool:
    if task_type == "look_at_obj_in_light":
        return room.lamp is not None
    return task_type not in APPLIANCE or room.has(APPLIANCE[task_type])


def _goal_choices(room: RoomTemplate, task_type: str) -> list[tuple[str, str]]:
    """(object type, goal receptacle type) pairs the task type allows in the room."""
    from alfworld.gen.constants import VAL_ACTION_OBJECTS, VAL_RECEPTACLE_OBJECTS

    objects = [o for o in room.objects
               if task_type not in PROPERTY or o in VAL_ACTION_OBJECTS[PROPERTY[task_type]]]
    if task_type == "look_at_obj_in_light":
        return [(o, "") for o in objects]
    skip = {APPLIANCE.get(task_type, ""), "GarbageCan"}
    pairs = [(o, r) for o in objects for r, _ in room.receptacles
             if r not in skip and o in VAL_RECEPTACLE_OBJECTS[r]
             and len(_holders(room, o, exclude=r)) > 0]
    return sorted(pairs)


def _holders(room: RoomTemplate, obj: str, exclude: str = "") -> list[str]:
    from alfworld.gen.constants import VAL_RECEPTACLE_OBJECTS

    return [r for r, _ in room.receptacles if r != exclude and obj in VAL_RECEPTACLE_OBJECTS[r]]


def _place(rng: random.Random, room: RoomTemplate, kind: str, target: str, parent: str,
           toggle: str, trial: str) -> AuthoredTask:
    ids = _IdMaker(rng)
    receptacles = [(ids.receptacle(rtype), ids.location()) for rtype, count in room.receptacles
                   for _ in range(count)]
    by_type: dict[str, list[str]] = {}
    for rid, _ in receptacles:
        by_type.setdefault(_type_of(rid), []).append(rid)
    placements: list[tuple[str, str]] = []
    copies = rng.randint(2, 3) if kind == "pick_two_obj_and_place" else rng.randint(1, 2)
    for _ in range(copies):  # targets start anywhere but in a goal receptacle
        placements.append((ids.object(target),
                           rng.choice(by_type[rng.choice(_holders(room, target, parent))])))
    others = [o for o in room.objects if o != target and _holders(room, o)]
    for obj in rng.sample(others, min(len(others), rng.randint(4, 8))):
        for _ in range(rng.choice((1, 1, 2))):
            placements.append((ids.object(obj), rng.choice(by_type[rng.choice(
                _holders(room, obj))])))
    if room.lamp:
        placements.append((ids.object(room.lamp[0]), rng.choice(by_type[room.lamp[1]])))
    return AuthoredTask(trial, room.name, kind, target, parent, toggle, tuple(receptacles),
                        tuple(placements), ids.location())


def _type_of(entity_id: str) -> str:
    """``Sink_bar_..._bar_SinkBasin`` -> ``SinkBasin``; ``Mug_bar_...`` -> ``Mug``."""
    if entity_id.endswith("Basin"):
        return entity_id.rsplit("_bar_", 1)[1]
    return entity_id.split("_bar_", 1)[0]


class _IdMaker:
    """ALFWorld-style unique ids:
    ``Mug_bar__plus_01_dot_25_bar__plus_00_dot_90_bar__minus_00_dot_50``
    for things, ``loc_bar_3_bar__minus_2_bar_1_bar_45`` for locations."""

    def __init__(self, rng: random.Random) -> None:
        self.rng, self.used = rng, set[str]()

    def _unique(self, make: Callable[[], str]) -> str:
        while (made := make()) in self.used:
            pass
        self.used.add(made)
        return made

    def _coords(self) -> str:
        return "_bar_".join(_number(self.rng.randint(-300, 300) / 100) for _ in range(3))

    def object(self, otype: str) -> str:
        return self._unique(lambda: f"{otype}_bar_{self._coords()}")

    def receptacle(self, rtype: str) -> str:
        if rtype.endswith("Basin"):  # ALFWorld names basins after their sink or bathtub
            return self._unique(lambda: f"{rtype[:-5]}_bar_{self._coords()}_bar_{rtype}")
        return self.object(rtype)

    def location(self) -> str:
        def make() -> str:
            parts = (self.rng.randint(-12, 12), self.rng.randint(-12, 12),
                     self.rng.randint(0, 3), self.rng.choice((-30, 0, 15, 30, 45, 60)))
            return "loc_bar_" + "_bar_".join(f"_minus_{-p}" if p < 0 else str(p) for p in parts)
        return self._unique(make)


def _number(value: float) -> str:
    sign = "_minus_" if value < 0 else "_plus_"
    whole, fraction = f"{abs(value):05.2f}".split(".")
    return f"{sign}{whole}_dot_{fraction}"


def write_task(task: AuthoredTask, root: Path) -> Path:
    """Write ``root/<folder>/trial_<trial>/{initial_state.pddl, traj_data.json}``; returns
    the trial folder."""
    from creditkit_envs.alfworld.build import write_atomic
    from creditkit_envs.alfworld.problem import problem_pddl

    folder = root / task.folder / f"trial_{task.trial}"
    folder.mkdir(parents=True, exist_ok=True)
    write_atomic(folder / "initial_state.pddl", problem_pddl(task))
    traj = {"task_id": f"trial_{task.trial}", "task_type": task.task_type,
            "scene": {"floor_plan": task.room},
            "pddl_params": {"object_target": task.object_target,
                            "parent_target": task.parent_target,
                            "toggle_target": task.toggle_target, "mrecep_target": "",
                            "object_sliced": False},
            "turk_annotations": {"anns": [{"task_desc": task.sentence()}]}}
    write_atomic(folder / "traj_data.json", json.dumps(traj, indent=1) + "\n")
    return folder
