"""The contract every environment config must meet (parametrised over configs/env/*.yaml);
the rules themselves are :func:`creditkit.env_check.check_env` (tests/test_env_check.py shows
it catching each broken rule)."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest
from omegaconf import OmegaConf

from creditkit.app.compose import build, compose
from creditkit.env import TextEnv
from creditkit.env_check import check_env
from creditkit.models.policy import load_tokenizer
from creditkit.rollout import AgentLoop, Generation, LocalPool, RolloutConfig, Sampling, WorkerPool
from tests.data import require_config_data
from tests.rollout.test_workers import same_rollouts

ENV_CONFIGS = sorted((Path(__file__).resolve().parents[2] / "configs" / "env").glob("*.yaml"))


def factory(path: Path) -> Callable[[], TextEnv]:
    """The env config's ``_partial_``, as the trainer gets it."""
    cfg = compose([f"env={path.stem}", "output_dir=unused"])
    require_config_data(OmegaConf.to_container(cfg.env, resolve=True))
    return build(cfg, "env")  # type: ignore[no-any-return]


class RandomTokens:
    """An engine answering random token ids (the same ones for the same calls, in order)."""

    def __init__(self, vocab_size: int) -> None:
        self.rng, self.vocab_size = random.Random(0), vocab_size

    def generate(self, prompts: list[list[int]], sampling: Sampling) -> Generation:
        ids = [[self.rng.randrange(3, self.vocab_size) for _ in range(4)] for _ in prompts]
        return Generation(ids, [[-1.0] * 4 for _ in prompts])


@pytest.mark.parametrize("path", ENV_CONFIGS, ids=lambda p: p.stem)
def test_the_env_meets_the_contract(path: Path) -> None:
    """creditkit.env_check.check_env: seeded determinism, rewards named by reward_names,
    hashable anchors, episodes that end, step after the end raising, a prompt, a picklable
    factory."""
    check_env(factory(path), seeds=range(5))


def test_every_env_config_is_covered() -> None:
    assert {p.stem for p in ENV_CONFIGS} >= {"maze", "maze_door"}


@pytest.mark.parametrize("path", ENV_CONFIGS, ids=lambda p: p.stem)
def test_the_env_plays_the_same_in_worker_processes(path: Path, tiny_model_dir: Path) -> None:
    """The config's factory pickles into spawned workers, which play what this process plays."""
    tokenizer = load_tokenizer(tiny_model_dir)
    rollouts = []
    for pool in (LocalPool(factory(path)), WorkerPool(factory(path), workers=2)):
        loop = AgentLoop(pool, RandomTokens(len(tokenizer)), tokenizer,
                         RolloutConfig(group_size=2, history=1))
        rollouts.append(loop.collect([0, 3], Sampling()))
        pool.close()
    assert not rollouts[1].env_failures
    same_rollouts(*rollouts)
