"""ALFWorld evaluation (creditkit-eval tables with expert and random rows) and the speed-ups."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from creditkit_envs.alfworld import ALFWorldEnv, speedups

BIN = Path(sys.executable).parent


def random_trace(seed: int) -> list[tuple]:
    env, rng = ALFWorldEnv("authored", split="eval", memoise_engine=False), random.Random(seed)
    argv = list(sys.argv)
    observation = env.reset(seed=seed)
    assert sys.argv == argv  # Fast Downward's translator overwrites it on every reset
    trace: list[tuple] = [(observation.text, observation.task, tuple(env.admissible_actions()
                                                                     or []))]
    for _ in range(12):
        if len(trace) % 5 == 0:
            observation = env.reset(seed=seed)  # resets of a loaded game: the memoised translation
            trace.append((observation.text,))
        result = env.step(rng.choice(env.admissible_actions() or ["look"]))
        trace.append((result.observation.text, result.observation.info["facts"],
                      tuple(env.admissible_actions() or []), result.done))
        if result.done:
            break
    return trace


def test_the_memoisation_changes_nothing_in_the_games() -> None:
    was_on = speedups.installed()
    try:
        speedups.uninstall()
        plain = [random_trace(seed) for seed in (3, 27, 51)]
        speedups.install()
        assert speedups.installed()
        assert [random_trace(seed) for seed in (3, 27, 51)] == plain
    finally:
        (speedups.install if was_on else speedups.uninstall)()


@pytest.mark.slow
def test_creditkit_eval_prints_the_table_with_expert_and_random_rows(tmp_path: Path) -> None:
    command = [str(BIN / "creditkit-eval"), "env=alfworld_authored", "env.split=eval",
               "env.max_steps=12", "evaluation.seeds=[0,10,20,30,40,50]",
               "evaluation.episodes_per_seed=1", "evaluation.references=[expert,random]",
               "policy.tiny.corpus_episodes=2", "policy.tiny.warmup_episodes=2",
               "policy.tiny.format_warmup_steps=5", "rollout.max_new_tokens=12", "progress=false",
               "evaluation.initial_policy=true", f"output_dir={tmp_path / 'run'}"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=900, check=True)
    lines = result.stdout.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("| policy |"))
    assert lines[header] == "| policy | Pick | Look | Clean | Heat | Cool | Pick2 | All |"
    rows = {line.split("|")[1].strip(): line for line in lines[header + 2:header + 5]}
    assert set(rows) == {"policy (step 0)", "expert", "random"}
    assert rows["expert"].endswith("| 100.0 | 100.0 | 100.0 | 100.0 | 100.0 | 100.0 | 100.0 |")
    summary = json.loads(result.stdout[result.stdout.index("{"):])
    assert summary["seeds"] == 6 and summary["success"]["expert"]["All"] == 1.0
    assert 0.0 <= summary["success"]["random"]["All"] <= 1.0
    assert 0.0 <= summary["eval.success"] <= 1.0
