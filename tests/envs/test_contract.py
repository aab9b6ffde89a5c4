"""The contract every environment config must meet (parametrised over configs/env/*.yaml)."""

from __future__ import annotations

import random
from collections.abc import Callable, Hashable
from pathlib import Path

import pytest
from hydra.utils import instantiate
from omegaconf import OmegaConf

import creditkit.cli  # noqa: F401 - registers the ${checkout:...} resolver of the env configs
from creditkit.env import TextEnv
from creditkit.policy import load_tokenizer
from creditkit.rollout import AgentLoop, Generation, LocalPool, Sampling, WorkerPool
from tests.data import require_config_data
from tests.rollout.test_workers import same_rollouts

ENV_CONFIGS = sorted((Path(__file__).resolve().parents[2] / "configs" / "env").glob("*.yaml"))


def factory(path: Path) -> Callable[[], TextEnv]:
    """The env config's ``_partial_``, as the trainer gets it."""
    config = OmegaConf.load(path)
    if "defaults" in config:  # a config that extends another in its group
        base = OmegaConf.load(path.parent / f"{config.defaults[0]}.yaml")
        config = OmegaConf.merge(base, {k: v for k, v in config.items() if k != "defaults"})
    require_config_data(OmegaConf.to_container(config, resolve=True))
    return instantiate(config)  # type: ignore[no-any-return]


def build(path: Path) -> TextEnv:
    return factory(path)()


class RandomTokens:
    """An engine answering random token ids (the same ones for the same calls, in order)."""

    def __init__(self, vocab_size: int) -> None:
        self.rng, self.vocab_size = random.Random(0), vocab_size

    def generate(self, prompts: list[list[int]], sampling: Sampling) -> Generation:
        ids = [[self.rng.randrange(3, self.vocab_size) for _ in range(4)] for _ in prompts]
        return Generation(ids, [[-1.0] * 4 for _ in prompts])


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


@pytest.mark.parametrize("path", ENV_CONFIGS, ids=lambda p: p.stem)
def test_the_env_plays_the_same_in_worker_processes(path: Path, tiny_model_dir: Path) -> None:
    """The config's factory pickles into spawned workers, which play what this process plays."""
    tokenizer = load_tokenizer(tiny_model_dir)
    rollouts = []
    for pool in (LocalPool(factory(path)), WorkerPool(factory(path), workers=2)):
        loop = AgentLoop(pool, RandomTokens(len(tokenizer)), tokenizer, group_size=2, history=1)
        rollouts.append(loop.collect([0, 3], Sampling()))
        pool.close()
    assert not rollouts[1].env_failures
    same_rollouts(*rollouts)
