"""Format warm-up: teach a freshly built tiny model to answer with an admissible action.

A real instruct model already answers in the requested format; a tiny model built from a config
does not, and RL from pure noise would spend its budget learning the format. This behaviour-
clones a *uniformly random* admissible policy for a few steps: it teaches which strings are
actions, not which action is good (its success rate is the random-policy baseline), so the
credit-assignment problem is left intact for RL. Real models use ``format_warmup_steps: 0``.

Where random play almost never wins (ALFWorld: about 1% of random episodes in 30 turns), RL has
no signal to start from. ``expert_fraction`` > 0 then plays the environment's scripted expert
(its ``expert_action()``) on that share of turns and random admissible actions on the rest, and
the model imitates the mixture: a weak but not hopeless starting policy, as a supervised
fine-tuning stage would give a real model.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

import torch
from transformers import PreTrainedModel, PreTrainedTokenizerBase

from creditkit.env import Observation, TextEnv, Turn
from creditkit.policy import chat_prompt_ids


def random_play(env: TextEnv, episodes: int, seed: int, expert_fraction: float = 0.0
                ) -> Iterator[tuple[Observation, list[Turn], str]]:
    """Each turn of a uniformly random admissible policy: (observation, past turns, action).

    Free-text environments are played with their :meth:`~creditkit.env.TextEnv.example_actions`.
    With ``expert_fraction`` > 0, that share of turns (drawn at random) plays the environment's
    ``expert_action()`` instead.
    """
    if not 0.0 <= expert_fraction <= 1.0:
        raise ValueError(f"expert_fraction must be in [0, 1], got {expert_fraction}")
    expert = getattr(env, "expert_action", None)
    if expert_fraction and expert is None:
        raise ValueError(f"policy.warmup_expert_fraction > 0 needs an environment with "
                         f"expert_action(); {type(env).__name__} has none (set it to 0)")
    rng = random.Random(seed)
    for _ in range(episodes):
        observation = env.reset(seed=rng.randrange(1 << 30))
        turns: list[Turn] = []
        for _ in range(1000):
            actions = env.admissible_actions() or env.example_actions()
            if not actions:
                raise ValueError("random play needs an environment with admissible_actions() "
                                 "or example_actions()")
            action = rng.choice(actions)
            if expert_fraction and rng.random() < expert_fraction:
                action = str(expert())  # type: ignore[misc]
            yield observation, list(turns), action
            turns.append(Turn(observation.text, action))
            result = env.step(action)
            observation = result.observation
            if result.done:
                break


def random_policy_examples(env: TextEnv, tokenizer: PreTrainedTokenizerBase, episodes: int,
                           seed: int, history: int = 0, expert_fraction: float = 0.0
                           ) -> list[tuple[list[int], list[int]]]:
    """(prompt ids, action ids + EOS) pairs from a uniformly random admissible policy's play
    (``expert_fraction`` of its turns played by the env's expert; see :func:`random_play`)."""
    examples = []
    for observation, turns, action in random_play(env, episodes, seed, expert_fraction):
        shown = turns[-history:] if history else []
        prompt = chat_prompt_ids(tokenizer, env.render_prompt(observation, shown))
        target = tokenizer(action, add_special_tokens=False)["input_ids"]
        examples.append((prompt, target + [tokenizer.eos_token_id]))
    return examples


def format_warmup(model: PreTrainedModel, tokenizer: PreTrainedTokenizerBase,
                  env_factory: Callable[[], TextEnv], *, steps: int = 150, batch_size: int = 64,
                  lr: float = 3e-3, seed: int = 0, history: int = 0,
                  episodes: int | None = None, expert_fraction: float = 0.0) -> list[float]:
    """Cross-entropy on random admissible actions for ``steps`` updates; returns the losses.

    The examples come from ``episodes`` random episodes (default ``max(64, steps)``), with
    ``expert_fraction`` of their turns played by the env's expert (see :func:`random_play`).
    """
    if steps <= 0:
        return []
    count = max(64, steps) if episodes is None else episodes
    examples = random_policy_examples(env_factory(), tokenizer, episodes=count, seed=seed,
                                      history=history, expert_fraction=expert_fraction)
    generator = torch.Generator().manual_seed(seed)
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr)
    device = next(model.parameters()).device
    losses = []
    model.train()
    for _ in range(steps):
        picks = torch.randint(0, len(examples), (batch_size,), generator=generator).tolist()
        batch = [examples[i] for i in picks]
        width = max(len(p) + len(t) for p, t in batch)
        ids = torch.full((batch_size, width), tokenizer.pad_token_id, dtype=torch.long)
        labels = torch.full((batch_size, width), -100, dtype=torch.long)
        attention = torch.zeros((batch_size, width), dtype=torch.long)
        for row, (prompt, target) in enumerate(batch):
            sequence = prompt + target
            ids[row, :len(sequence)] = torch.tensor(sequence)
            labels[row, len(prompt):len(sequence)] = torch.tensor(target)
            attention[row, :len(sequence)] = 1
        loss = model(input_ids=ids.to(device), attention_mask=attention.to(device),
                     labels=labels.to(device)).loss
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return losses


def environment_corpus(env: TextEnv, episodes: int = 200, seed: int = 0) -> list[str]:
    """Prompts and actions of random admissible play: a corpus to train a tokenizer on."""
    texts: list[str] = []
    for observation, _, action in random_play(env, episodes, seed):
        texts += [env.render_prompt(observation), action]
    return texts
