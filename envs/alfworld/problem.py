"""The PDDL problem (``initial_state.pddl``) of an :class:`AuthoredTask`, in ALFWorld's layout:
objects, initial facts over alfworld's ``alfred.pddl`` domain, and the goal from alfworld's goal
library (``alfworld/gen/goal_library.py``, whose ``#`` stands for ``-``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from creditkit_envs.alfworld.authoring import AuthoredTask


def problem_pddl(task: AuthoredTask) -> str:
    """The full ``(define (problem ...))`` text of ``task``."""
    from alfworld.gen.constants import VAL_ACTION_OBJECTS, VAL_RECEPTACLE_OBJECTS
    from alfworld.gen.goal_library import gdict

    from creditkit_envs.alfworld.authoring import MOVABLE, OPENABLE, _type_of

    location = dict(task.receptacles)
    objects = [oid for oid, _ in task.placements]
    otypes = sorted({_type_of(oid) for oid in objects})
    rtypes = sorted({_type_of(rid) for rid, _ in task.receptacles})
    facts = [f"(atLocation agent1 {task.agent_location})"]
    for rid, loc in task.receptacles:
        facts += [f"(receptacleType {rid} {_type_of(rid)}Type)",
                  f"(receptacleAtLocation {rid} {loc})"]
        if _type_of(rid) in OPENABLE:
            facts.append(f"(openable {rid})")
    properties = {"cleanable": "Cleanable", "heatable": "Heatable", "coolable": "Coolable"}
    for oid, rid in task.placements:
        otype = _type_of(oid)
        facts += [f"(objectType {oid} {otype}Type)", f"(inReceptacle {oid} {rid})",
                  f"(objectAtLocation {oid} {location[rid]})"]
        if otype in VAL_ACTION_OBJECTS["Toggleable"]:
            facts.append(f"(toggleable {oid})")
        else:
            facts.append(f"(pickupable {oid})")
        facts += [f"({name} {oid})" for name, group in properties.items()
                  if otype in VAL_ACTION_OBJECTS[group]]
        if otype in MOVABLE:
            facts.append(f"(isReceptacleObject {oid})")
    facts += [f"(canContain {r}Type {o}Type)" for r in rtypes for o in otypes
              if o in VAL_RECEPTACLE_OBJECTS.get(r, ())]
    goal = gdict[task.task_type]["pddl"].replace("#", "-").format(
        obj=task.object_target, recep=task.parent_target, toggle=task.toggle_target, mrecep="")
    declarations = (["agent1 - agent"] + [f"{o}Type - otype" for o in otypes]
                    + [f"{r}Type - rtype" for r in rtypes] + [f"{o} - object" for o in objects]
                    + [f"{r} - receptacle" for r, _ in task.receptacles]
                    + [f"{loc} - location" for loc in
                       [loc for _, loc in task.receptacles] + [task.agent_location]])
    indent = "\n        "
    return (f"(define (problem plan_trial_{task.trial})\n(:domain alfred)\n(:objects"
            f"{indent}{indent.join(declarations)}\n        )\n(:init"
            f"{indent}{indent.join(facts)}\n        )\n{goal.strip()}\n")
