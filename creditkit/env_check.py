"""The environment contract as a function: :func:`check_env` plays a new environment and
raises :class:`EnvContractError` naming the first rule it breaks.

The rules are what the rollout loop, the estimators and the worker processes rely on:

- the same seed gives the same episode (played twice with the same actions);
- every step returns exactly one reward per name in ``reward_names``;
- anchor keys are hashable (GiGPO groups turns by them);
- every episode ends (terminates or truncates) within ``max_steps`` steps;
- ``step`` after the end raises ``RuntimeError``;
- the prompt is a non-empty string;
- the factory pickles (the trainer sends it to env worker processes).

``tests/envs/test_contract.py`` runs it over every config in ``configs/env/``; a user's own
environment calls it from its own test (docs/howto/custom-env.md).
"""

from __future__ import annotations

import pickle
import random
from collections.abc import Callable, Iterable

from creditkit.env import Observation, TextEnv

__all__ = ["EnvContractError", "check_env", "play_randomly"]


class EnvContractError(AssertionError):
    """An environment breaks a rule of the contract (the message names the rule and the
    seed)."""


def play_randomly(env: TextEnv, seed: int, policy_seed: int, max_steps: int = 200,
                  fallback_action: str = "look") -> list[tuple]:
    """Play one episode with random admissible (or example) actions, checking each step.

    Args:
        env: the environment, reset here with ``seed``.
        seed: the episode's seed.
        policy_seed: seeds the random choice of actions.
        max_steps: the episode must end within this many steps.
        fallback_action: played when the env lists neither admissible nor example actions.

    Returns:
        The trace: the first observation and task, then one tuple per step (action, next
        observation text, rewards, terminated, truncated), for comparing two plays.

    Raises:
        EnvContractError: a step's rewards, an anchor key or the episode's end breaks the
            contract.
    """
    rng = random.Random(policy_seed)
    observation = env.reset(seed=seed)
    _check_anchor(env, observation, seed)
    trace: list[tuple] = [(observation.text, observation.task)]
    for _ in range(max_steps):
        actions = env.admissible_actions() or env.example_actions()
        action = rng.choice(actions) if actions else fallback_action
        result = env.step(action)
        if set(result.rewards) != set(env.reward_names):
            raise EnvContractError(
                f"seed {seed}: step returned rewards {sorted(result.rewards)}, but "
                f"reward_names is {env.reward_names}; return one float per name")
        _check_anchor(env, result.observation, seed)
        trace.append((action, result.observation.text, tuple(result.rewards.values()),
                      result.terminated, result.truncated))
        if result.done:
            return trace
    raise EnvContractError(
        f"seed {seed}: the episode did not end within {max_steps} steps; environments must "
        f"terminate or truncate (a step limit)")


def _check_anchor(env: TextEnv, observation: Observation, seed: int) -> None:
    key = env.anchor_key(observation)
    try:
        hash(key)
    except TypeError as error:
        raise EnvContractError(
            f"seed {seed}: anchor_key returned an unhashable {type(key).__name__}; return a "
            f"str, int or tuple") from error


def check_env(make_env: Callable[[], TextEnv], seeds: Iterable[int] = range(5),
              max_steps: int = 200) -> None:
    """Check that the environment ``make_env`` builds meets the contract.

    Args:
        make_env: the factory the trainer gets (a config's ``_partial_``, a class, a
            ``functools.partial``); called for a fresh instance per play.
        seeds: the episode seeds played (each twice, for determinism).
        max_steps: the longest an episode may last.

    Raises:
        EnvContractError: the first rule broken, with the seed.
    """
    seed_list = list(seeds)
    if not seed_list:
        raise ValueError("check_env: seeds is empty; pass at least one episode seed")
    try:
        pickle.dumps(make_env)
    except Exception as error:
        raise EnvContractError(
            f"make_env does not pickle ({error}); env worker processes receive it pickled: "
            f"use a class or functools.partial of a module-level class, not a lambda") from error
    for seed in seed_list:
        first = play_randomly(make_env(), seed, policy_seed=seed, max_steps=max_steps)
        second = play_randomly(make_env(), seed, policy_seed=seed, max_steps=max_steps)
        if first != second:
            step = next((i for i, (a, b) in enumerate(zip(first, second)) if a != b),
                        min(len(first), len(second)))
            raise EnvContractError(
                f"seed {seed}: two plays with the same actions differ at step {step} "
                f"({first[step:step + 1]} vs {second[step:step + 1]}); the same seed must give "
                f"the same episode (seed every random choice from reset's seed)")
    env = make_env()
    observation = env.reset(seed=seed_list[0])
    prompt = env.render_prompt(observation)
    if not isinstance(prompt, str) or not prompt:
        raise EnvContractError("render_prompt returned an empty or non-str prompt")
    if not isinstance(env.reward_names, tuple) or not env.reward_names:
        raise EnvContractError("reward_names must be a non-empty tuple of str")
    play_randomly(env, seed_list[0], policy_seed=0, max_steps=max_steps)
    try:
        env.step("look")
    except RuntimeError:
        pass
    else:
        raise EnvContractError("step after the episode ended must raise RuntimeError")
    finally:
        env.close()
