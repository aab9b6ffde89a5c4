"""Serving the partner, judge and annotator offline: ``local/<name>`` models registered from a
folder, a hub id, or ``"tiny"`` (an untrained tiny model built once from the authored
scenarios' text, cached under ``$CREDITKIT_CACHE/sotopia``; with schema-guided generation even
it answers valid, in-range JSON, which is what offline tests need)."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from creditkit_envs.cache import cache_dir
from creditkit_envs.sotopia.scenarios import Scenario, load_scenarios

__all__ = ["register_models", "scenario_corpus", "tiny_model_dir"]


def scenario_corpus(scenarios: Sequence[Scenario]) -> list[str]:
    """Texts to train a tiny model's tokenizer on: scenarios, goals, characters, and the JSON
    shapes agents and judges answer in."""
    texts = ['{"action_type": "speak", "argument": "Hello, how are you?"}',
             '{"action_type": "leave", "argument": ""}',
             '{"evaluations": {"agent_1": {"goal": ["reasoning", 7]}}}']
    for scenario in scenarios:
        texts += [scenario.environment["scenario"], *scenario.environment["agent_goals"]]
        for agent in scenario.agents:
            texts += [f"{agent.get('first_name', '')} {agent.get('last_name', '')}",
                      str(agent.get("public_info", "")),
                      str(agent.get("personality_and_values", "")), str(agent.get("secret", ""))]
    return texts


def tiny_model_dir(name: str, corpus: Sequence[str]) -> Path:
    """Build (once) and return a tiny model for ``local/<name>``."""
    from creditkit.models.tiny import build_tiny_model

    digest = hashlib.sha256(json.dumps([name, *corpus]).encode()).hexdigest()[:16]
    folder = cache_dir("sotopia") / f"tiny-{name}-{digest}"
    if not (folder / "config.json").exists():
        staging = folder.with_name(f"{folder.name}.tmp{os.getpid()}")
        build_tiny_model(staging, corpus, max_positions=8192)
        try:
            staging.rename(folder)
        except OSError:  # another process built it first
            import shutil

            shutil.rmtree(staging, ignore_errors=True)
    return folder


def register_models(local_models: Mapping[str, str] | None) -> None:
    """Register every ``name: spec`` of ``local_models`` as ``local/<name>`` (once per
    process). ``spec``: ``"tiny"`` (built from the authored scenarios' text, so a name always
    means the same model whatever scenarios a run plays), a local folder or a hub id."""
    if not local_models:
        return
    from creditkit.judges.local import local_provider

    provider = local_provider()
    for name, spec in local_models.items():
        if name in provider.models:
            continue
        source: str | Path = spec
        if spec == "tiny":
            source = tiny_model_dir(name, scenario_corpus(load_scenarios("authored")))
        provider.register(name, source)
