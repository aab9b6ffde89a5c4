"""The multi-turn agent loop: groups of episodes played in lockstep, batched generation.

Each group is ``group_size`` episodes of the same seed (same task, same start). At every turn
the prompts of all unfinished episodes are generated in one batch; actions are parsed by the
environment, stepped, and every turn becomes one :class:`~creditkit.batch.StepBatch` row whose
tokens (chat-rendered prompt + completion, as generated) become one row of the
:class:`~creditkit.batch.TokenBatch`.

An episode whose last step says ``info["scored"] is False`` (its reward could not be computed,
e.g. the judge never gave a valid answer) is left out of the batch and counted in
:attr:`Rollout.unscored_episodes`: a missing score never trains as a 0.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field

import torch
from transformers import PreTrainedTokenizerBase

from creditkit.anchors import AnchorMode, anchor_ids_from_keys
from creditkit.batch import StepBatch, TokenBatch
from creditkit.env import Observation, TextEnv, Turn
from creditkit.policy import chat_prompt_ids
from creditkit.rollout.engine import RolloutEngine, Sampling

PROMPT_CACHE_SIZE = 65536
"""Rendered prompts kept by :class:`AgentLoop` (oldest dropped first)."""


@dataclass
class _Record:
    """One turn, before it becomes a row."""

    episode: int
    group: int
    anchor: Hashable
    prompt_ids: list[int]
    completion_ids: list[int]
    logprobs: list[float]
    rewards: list[float]
    valid: bool
    done: bool


@dataclass
class Rollout:
    """What :meth:`AgentLoop.collect` returns.

    Attributes:
        steps: one row per turn, episodes contiguous and in time order.
        tokens: [B, L] right-padded prompt + completion of each turn.
        episode_success: per episode, whether it ended in success (``info["success"]``, else
            a positive final reward).
        episode_returns: per episode, the undiscounted sum of its first reward dimension.
        episode_lengths: per episode, its number of turns.
        episode_categories: per episode, the env's :meth:`~creditkit.env.TextEnv.task_category`.
        unscored_episodes: episodes played but left out (their last step's
            ``info["scored"]`` was False); the per-episode lists and the batches hold only
            the others.
    """

    steps: StepBatch
    tokens: TokenBatch
    episode_success: list[bool] = field(default_factory=list)
    episode_returns: list[float] = field(default_factory=list)
    episode_lengths: list[int] = field(default_factory=list)
    episode_categories: list[str] = field(default_factory=list)
    unscored_episodes: int = 0


class AgentLoop:
    """Plays groups of episodes with a policy and packs them into batches.

    Args:
        env_factory: builds one environment instance (instances are reused across calls).
        engine: samples completions (e.g. :class:`~creditkit.rollout.hf.HFEngine`).
        tokenizer: renders prompts with its chat template and decodes completions.
        group_size: episodes per group (per seed).
        anchor_mode: how anchor keys become anchor ids (see
            :func:`~creditkit.anchors.anchor_ids_from_keys`).
        history: past turns passed to ``render_prompt``.
    """

    def __init__(self, env_factory: Callable[[], TextEnv], engine: RolloutEngine,
                 tokenizer: PreTrainedTokenizerBase, group_size: int,
                 anchor_mode: AnchorMode = "exact", history: int = 2) -> None:
        if group_size < 1:
            raise ValueError(f"group_size must be >= 1, got {group_size}")
        self.env_factory, self.engine, self.tokenizer = env_factory, engine, tokenizer
        self.group_size, self.anchor_mode, self.history = group_size, anchor_mode, history
        self._envs: list[TextEnv] = []
        # rendering the chat template costs ~0.3 ms a prompt; a group's episodes share their
        # first prompt and recurring states share theirs, so rendered ids are kept by text
        self._prompt_cache: dict[str, list[int]] = {}

    def collect(self, seeds: Sequence[int], sampling: Sampling) -> Rollout:
        """Play ``group_size`` episodes of every seed; returns the packed batch."""
        count = len(seeds) * self.group_size
        while len(self._envs) < count:
            self._envs.append(self.env_factory())
        envs = self._envs[:count]
        groups = [g for g in range(len(seeds)) for _ in range(self.group_size)]
        observations: list[Observation] = [env.reset(seed=int(seeds[g]))
                                           for env, g in zip(envs, groups)]
        categories = [env.task_category() for env in envs]
        histories: list[list[Turn]] = [[] for _ in envs]
        outcome: list[bool] = [False] * count
        scored: list[bool] = [True] * count
        records: list[_Record] = []
        active = list(range(count))
        while active:
            prompts = [self._prompt_ids(envs[e], observations[e], histories[e]) for e in active]
            generation = self.engine.generate(prompts, sampling)
            still_active = []
            for slot, e in enumerate(active):
                env, observation = envs[e], observations[e]
                anchor = env.anchor_key(observation)
                text = str(self.tokenizer.decode(generation.token_ids[slot],
                                                 skip_special_tokens=True))
                action, parsed = env.parse_action(text)
                result = env.step(action)
                rewards = [float(result.rewards[name]) for name in env.reward_names]
                records.append(_Record(e, groups[e], anchor, prompts[slot],
                                       generation.token_ids[slot], generation.logprobs[slot],
                                       rewards, parsed and bool(result.info.get("valid", True)),
                                       result.terminated))
                histories[e].append(Turn(observation.text, action))
                observations[e] = result.observation
                if result.done:
                    outcome[e] = bool(result.info.get("success", result.terminated and
                                                      rewards[0] > 0))
                    scored[e] = result.info.get("scored", True) is not False
                else:
                    still_active.append(e)
            active = still_active
        kept = [e for e in range(count) if scored[e]]
        number = {e: new for new, e in enumerate(kept)}  # kept episodes, renumbered 0..K-1
        for r in records:
            r.episode = number.get(r.episode, -1)
        records = [r for r in records if r.episode >= 0]
        rollout = self._pack(records, envs[0].reward_names, [outcome[e] for e in kept],
                             len(kept))
        rollout.episode_categories = [categories[e] for e in kept]
        rollout.unscored_episodes = count - len(kept)
        return rollout

    def _prompt_ids(self, env: TextEnv, observation: Observation, history: list[Turn]
                    ) -> list[int]:
        text = env.render_prompt(observation, history[-self.history:] if self.history else [])
        ids = self._prompt_cache.get(text)
        if ids is None:
            if len(self._prompt_cache) >= PROMPT_CACHE_SIZE:  # drop the oldest entry
                del self._prompt_cache[next(iter(self._prompt_cache))]
            ids = self._prompt_cache[text] = chat_prompt_ids(self.tokenizer, text)
        return list(ids)

    def _pack(self, records: list[_Record], reward_names: tuple[str, ...], outcome: list[bool],
              count: int) -> Rollout:
        records.sort(key=lambda r: r.episode)  # stable: turns keep their time order
        episode_ids = torch.tensor([r.episode for r in records], dtype=torch.long)
        group_ids = torch.tensor([r.group for r in records], dtype=torch.long)
        rewards = torch.tensor([r.rewards for r in records],
                               dtype=torch.float32).reshape(len(records), len(reward_names))
        steps = StepBatch(
            rewards=rewards, episode_ids=episode_ids, group_ids=group_ids,
            reward_names=reward_names,
            anchor_ids=anchor_ids_from_keys([r.anchor for r in records], group_ids,
                                            mode=self.anchor_mode),
            valid=torch.tensor([r.valid for r in records], dtype=torch.bool),
            dones=torch.tensor([r.done for r in records], dtype=torch.bool),
        )
        lengths = torch.bincount(episode_ids, minlength=count)
        returns = torch.zeros(count).index_add_(0, episode_ids, rewards[:, 0])
        return Rollout(steps, self._tokens(records), outcome, returns.tolist(), lengths.tolist())

    def _tokens(self, records: list[_Record]) -> TokenBatch:
        width = max((len(r.prompt_ids) + len(r.completion_ids) for r in records), default=1)
        pad = self.tokenizer.pad_token_id
        token_ids = torch.full((len(records), width), pad, dtype=torch.long)
        mask = torch.zeros((len(records), width), dtype=torch.bool)
        old = torch.zeros((len(records), width), dtype=torch.float32)
        for row, r in enumerate(records):
            start, end = len(r.prompt_ids), len(r.prompt_ids) + len(r.completion_ids)
            token_ids[row, :end] = torch.tensor(r.prompt_ids + r.completion_ids)
            mask[row, start:end] = True
            old[row, start:end] = torch.tensor(r.logprobs)
        step_ids = torch.arange(len(records))[:, None].expand(-1, width).clone()
        return TokenBatch(token_ids=token_ids, token_step_ids=step_ids, loss_mask=mask,
                          old_logprobs=old)
