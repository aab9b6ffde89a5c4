"""The lights environment's own tests: the shared contract, and what is particular to it."""

from __future__ import annotations

import functools

from lights import LightsEnv

from creditkit.env_check import check_env


def test_lights_meets_the_contract() -> None:
    check_env(functools.partial(LightsEnv, lamps=4), seeds=range(10))


def test_the_expert_switches_every_lamp_off() -> None:
    env = LightsEnv(lamps=5, max_steps=10)
    for seed in range(20):
        env.reset(seed=seed)
        result = None
        while (action := env.expert_action()) is not None:
            result = env.step(action)
        assert result is not None and result.rewards["reward"] == 1.0
