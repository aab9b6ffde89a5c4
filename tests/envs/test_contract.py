"""The contract every environment config must meet (parametrised over configs/env/*.yaml)."""

from __future__ import annotations

import random
from collections.abc import Hashable
from pathlib import Path

import pytest
from hydra.utils import instantiate
from omegaconf import OmegaConf

from creditkit.env import TextEnv
from tests.data import require_config_data

ENV_CONFIGS = sorted((Path(__file__).resolve().parents[2] / "configs" / "env").glob("*.yaml"))


def build(path: Path) -> TextEnv:
    config = OmegaConf.load(path)
    if "defaults" in config:  # a config that extends another in its group
        base = OmegaConf.load(path.parent / f"{config.defaults[0]}.yaml")
        config = OmegaConf.merge(base, {k: v for k, v in config.items() if k != "defaults"})
    require_config_data(OmegaConf.to_container(config, resolve=True))
    return instantiate(config)()


def play(env: TextEnv, seed: int, policy_seed: int) -> list[tuple]:
    rng = random.Random(policy_seed)
    observation = env.reset(seed=seed)
    trace = [(observation.text, observation.task)]
    for _ in range(200):
        actions = env.admissible_actions()
        action = rng.choice(actions) if actions else "look"
        result = env.step(action)
        assert set(result.rewards) == set(env.reward_names)
        assert isinstance(env.anchor_key(result.observation), Hashable)
        hash(env.anchor_key(result.observation))
        trace.append((action, result.observation.text, tuple(result.rewards.values()),
                      result.terminated, result.truncated))
        if result.done:
            return trace
    raise AssertionError("the episode never ended: environments must terminate or truncate")


@pytest.mark.parametrize("path", ENV_CONFIGS, ids=lambda p: p.stem)
def test_seeded_determinism(path: Path) -> None:
    for seed in range(5):
        assert play(build(path), seed, policy_seed=seed) == play(build(path), seed, seed)


@pytest.mark.parametrize("path", ENV_CONFIGS, ids=lambda p: p.stem)
def test_step_after_the_end_raises(path: Path) -> None:
    env = build(path)
    play(env, seed=0, policy_seed=0)
    with pytest.raises(RuntimeError):
        env.step("north")


@pytest.mark.parametrize("path", ENV_CONFIGS, ids=lambda p: p.stem)
def test_prompt_and_anchor_are_separate(path: Path) -> None:
    env = build(path)
    observation = env.reset(seed=3)
    assert isinstance(env.render_prompt(observation), str) and env.render_prompt(observation)
    hash(env.anchor_key(observation))
    assert isinstance(env.reward_names, tuple) and env.reward_names


def test_every_env_config_is_covered() -> None:
    assert {p.stem for p in ENV_CONFIGS} >= {"maze", "maze_door"}
