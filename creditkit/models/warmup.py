"""Format warm-up: teach a freshly built tiny model to answer with an admissible action.

A real instruct model already answers in the requested format; a tiny model built from a config
does not, and RL from pure noise would spend its budget learning the format. This behaviour-
clones a *uniformly random* admissible policy for a few steps: it teaches which strings are
actions, not which action is good (its success rate is the random-policy baseline), so the
credit-assignment problem is left intact for RL. A named model (``policy.name_or_path``) gets none.

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
from creditkit.models.policy import chat_prompt_ids
from creditkit.models.progress import Advance, phase


def random_play(env: TextEnv, episodes: int, seed: int, expert_fraction: float = 0.0,
                on_episode: Advance | None = None
                ) -> Iterator[tuple[Observation, list[Turn], str]]:
    """Each turn of a uniformly random admissible policy: (observation, past turns, action).

    Free-text environments are played with their :meth:`~creditkit.env.TextEnv.example_actions`.
    With ``expert_fraction`` > 0, that share of turns (drawn at random) plays the environment's
    ``expert_action()`` instead. ``on_episode`` is called after each episode (progress).
    """
    if not 0.0 <= expert_fraction <= 1.0:
        raise ValueError(f"expert_fraction must be in [0, 1], got {expert_fraction}")
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
                expert = env.expert_action()
                if expert is None:
                    raise ValueError(f"policy.tiny.warmup_expert_fraction > 0 needs an environment "
                                     f"with an expert_action(); {type(env).__name__} has none "
                                     f"(set it to 0)")
                action = expert
            yield observation, list(turns), action
            turns.append(Turn(observation.text, action))
            result = env.step(action)
            observation = result.observation
            if result.done:
                break
        if on_episode is not None:
            on_episode()


def random_policy_examples(env: TextEnv, tokenizer: PreTrainedTokenizerBase, episodes: int,
                           seed: int, history: int = 0, expert_fraction: float = 0.0,
                           on_episode: Advance | None = None
                           ) -> list[tuple[list[int], list[int]]]:
    """(prompt ids, action ids + EOS) pairs from a uniformly random admissible policy's play
    (``expert_fraction`` of its turns played by the env's expert; see :func:`random_play`)."""
    examples = []
    for observation, turns, action in random_play(env, episodes, seed, expert_fraction,
                                                  on_episode):
        shown = turns[-history:] if history else []
        prompt = chat_prompt_ids(tokenizer, env.render_prompt(observation, shown))
        target = tokenizer(env.format_action(action), add_special_tokens=False)["input_ids"]
        examples.append((prompt, target + [tokenizer.eos_token_id]))
    return examples


def format_warmup(model: PreTrainedModel, tokenizer: PreTrainedTokenizerBase,
                  env_factory: Callable[[], TextEnv], *, steps: int = 150, batch_size: int = 64,
                  lr: float = 3e-3, seed: int = 0, history: int = 0,
                  episodes: int | None = None, expert_fraction: float = 0.0,
                  show_progress: bool = False) -> list[float]:
    """Cross-entropy on random admissible actions for ``steps`` updates; returns the losses.

    The examples come from ``episodes`` random episodes (default ``max(64, steps)``), with
    ``expert_fraction`` of their turns played by the env's expert (see :func:`random_play`).
    Both phases (playing, training) say what they do on stderr (``show_progress``: a live bar).
    """
    if steps <= 0:
        return []
    count = max(64, steps) if episodes is None else episodes
    with phase("warm-up: playing random episodes", count, show_progress) as advance:
        examples = random_policy_examples(env_factory(), tokenizer, episodes=count, seed=seed,
                                          history=history, expert_fraction=expert_fraction,
                                          on_episode=advance)
    generator = torch.Generator().manual_seed(seed)
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr)
    device = next(model.parameters()).device
    losses: list[float] = []
    model.train()
    with phase("warm-up: behaviour-cloning steps", steps, show_progress) as advance:
        for _ in range(steps):
            losses.append(_warmup_step(model, tokenizer, examples, generator, optimizer,
                                       batch_size, device))
            advance()
    return losses


def _warmup_step(model: PreTrainedModel, tokenizer: PreTrainedTokenizerBase,
                 examples: list[tuple[list[int], list[int]]], generator: torch.Generator,
                 optimizer: torch.optim.Optimizer, batch_size: int, device: torch.device
                 ) -> float:
    """One cross-entropy step on ``batch_size`` examples drawn with ``generator``."""
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
    return float(loss.item())


def environment_corpus(env: TextEnv, episodes: int = 200, seed: int = 0,
                       on_episode: Advance | None = None) -> list[str]:
    """Prompts and actions of random admissible play: a corpus to train a tokenizer on."""
    texts: list[str] = []
    for observation, _, action in random_play(env, episodes, seed, on_episode=on_episode):
        texts += [env.render_prompt(observation), env.format_action(action)]
    return texts
