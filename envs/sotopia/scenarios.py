"""Sotopia scenarios: an environment profile (scenario, two social goals, relationship) with the
two characters who play it, loaded from

* sotopia's profile release JSON (``{":sotopia.database.<module>.<Model>:<pk>": {...}}``, the
  format of ``sotopia_2023_profiles.json``), whose ``EnvAgentComboStorage`` records pair each
  scenario with its characters;
* sotopia's JSONL exports: a folder with ``environment_profiles.jsonl``,
  ``agent_profiles.jsonl`` and ``env_agent_combo_storages.jsonl`` (the files
  ``sotopia.database.serialization`` writes);
* ``"authored"``: creditkit's own small set shipped with the package (same JSON format).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["AUTHORED", "Scenario", "load_scenarios"]

AUTHORED = Path(__file__).with_name("scenarios.json")
_AGENT_FIELDS = ("first_name", "last_name", "age", "occupation", "gender", "gender_pronoun",
                 "public_info", "big_five", "moral_values", "schwartz_personal_values",
                 "personality_and_values", "decision_making_style", "secret", "mbti")
_RELATIONSHIPS = {"stranger": 0, "know_by_name": 1, "acquaintance": 2, "friend": 3,
                  "romantic_relationship": 4, "family_member": 5}


@dataclass(frozen=True)
class Scenario:
    """One playable combination.

    Attributes:
        combo_id: the id of the env-agent combination (stable order key).
        codename: the scenario's short name.
        environment: ``EnvironmentProfile`` fields (scenario, agent_goals, relationship, ...).
        agents: the two characters' ``AgentProfile`` fields, in seat order.
    """

    combo_id: str
    codename: str
    environment: dict[str, Any]
    agents: tuple[dict[str, Any], dict[str, Any]]


def load_scenarios(source: str | Path, codenames: list[str] | None = None,
                   limit: int | None = None) -> list[Scenario]:
    """The scenarios of ``source`` sorted by combination id, optionally only those whose
    codename is in ``codenames``, and at most ``limit`` of them.

    Raises:
        FileNotFoundError: ``source`` does not exist.
        ValueError: ``source`` has no playable combination (the message says what is missing).
    """
    path = AUTHORED if str(source) == "authored" else Path(source).expanduser()
    if not path.exists():
        raise FileNotFoundError(f"scenarios={str(source)!r}: no such file or folder; give "
                                f"'authored', a sotopia profile JSON, or a folder of JSONL "
                                f"exports")
    if path.is_dir():
        environments, agents, combos = _read_jsonl_exports(path)
    else:
        environments, agents, combos = _read_release_json(path)
    scenarios = []
    for combo_id, env_id, agent_ids in sorted(combos):
        if env_id not in environments or len(agent_ids) != 2 or not all(
                a in agents for a in agent_ids):
            continue
        environment = environments[env_id]
        if codenames is not None and environment.get("codename") not in codenames:
            continue
        scenarios.append(Scenario(combo_id, str(environment.get("codename", env_id)),
                                  environment, (agents[agent_ids[0]], agents[agent_ids[1]])))
    if not scenarios:
        raise ValueError(f"scenarios={str(source)!r}: no playable combination (an "
                         f"EnvAgentComboStorage whose environment and two agents are present"
                         + (f" with codename in {codenames}" if codenames else "") + ")")
    return scenarios[:limit] if limit is not None else scenarios


def _read_release_json(path: Path) -> tuple[dict, dict, list]:
    data = json.loads(path.read_text())
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected sotopia's profile JSON (an object keyed "
                         f"':sotopia.database.<module>.<Model>:<pk>')")
    environments, agents, combos = {}, {}, []
    for key, record in data.items():
        model = key.split(":")[1].rsplit(".", 1)[-1] if key.count(":") >= 2 else ""
        pk = str(record.get("pk", key.rsplit(":", 1)[-1]))
        if model == "EnvironmentProfile":
            environments[pk] = _environment(record)
        elif model == "AgentProfile":
            agents[pk] = _agent(record)
        elif model == "EnvAgentComboStorage":
            combos.append((pk, str(record["env_id"]), tuple(record["agent_ids"])))
    return environments, agents, combos


def _read_jsonl_exports(folder: Path) -> tuple[dict, dict, list]:
    names = ("environment_profiles.jsonl", "agent_profiles.jsonl",
             "env_agent_combo_storages.jsonl")
    missing = [n for n in names if not (folder / n).exists()]
    if missing:
        raise ValueError(f"{folder}: a folder of sotopia JSONL exports needs {missing}")
    records = [[json.loads(line) for line in (folder / n).read_text().splitlines()
                if line.strip()] for n in names]
    environments = {str(r["env_id"]): _environment(r) for r in records[0]}
    agents = {str(r["agent_id"]): _agent(r) for r in records[1]}
    combos = [(str(r["combo_id"]), str(r["env_id"]), tuple(r["agent_ids"])) for r in records[2]]
    return environments, agents, combos


def _environment(record: dict[str, Any]) -> dict[str, Any]:
    relationship = record.get("relationship", 0)
    if isinstance(relationship, str):
        relationship = _RELATIONSHIPS.get(relationship.lower(), int(relationship)
                                          if relationship.isdigit() else 0)
    return {"codename": str(record.get("codename", "")), "source": str(record.get("source", "")),
            "scenario": str(record["scenario"]), "agent_goals": list(record["agent_goals"]),
            "relationship": int(relationship)}


def _agent(record: dict[str, Any]) -> dict[str, Any]:
    agent = {name: record[name] for name in _AGENT_FIELDS if name in record}
    agent["age"] = int(agent.get("age", 0) or 0)
    return agent
