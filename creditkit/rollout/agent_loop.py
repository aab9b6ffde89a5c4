"""The multi-turn agent loop: groups of episodes played in lockstep, batched generation.

Each group is ``group_size`` episodes of the same seed (same task, same start). At every turn
the prompts of all unfinished episodes are generated in one batch (or in ``waves`` batches that
take turns, so that one wave's env steps overlap the next wave's generation); the decoded texts
go to the environments (an :class:`~creditkit.rollout.episodes.EnvPool`: in this process or in
worker processes), which parse and step them, and every turn becomes one
:class:`~creditkit.batch.StepBatch` row whose tokens (chat-rendered prompt + completion, as
generated) become one row of the :class:`~creditkit.batch.TokenBatch`.

An episode whose env failed (raised, its worker died or hung) is lost: it is left out, with
the rest of its group under ``partial_groups="drop"``, and counted in
:attr:`Rollout.dropped_episodes`; the failures are in :attr:`Rollout.env_failures`.

An episode whose last step says ``info["scored"] is False`` (its reward could not be computed,
e.g. the judge never gave a valid answer) is left out of the batch and counted in
:attr:`Rollout.unscored_episodes`: a missing score never trains as a 0.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import get_args

import torch
from transformers import PreTrainedTokenizerBase

from creditkit._checks import check_choice
from creditkit.anchors import AnchorMode, anchor_ids_from_keys
from creditkit.batch import StepBatch, TokenBatch
from creditkit.env import TextEnv
from creditkit.models.policy import chat_prompt_ids
from creditkit.models.settings import PartialGroups
from creditkit.rollout.engine import RolloutEngine, Sampling
from creditkit.rollout.episodes import (
    Act,
    Answer,
    EnvFailure,
    EnvPool,
    LocalPool,
    Request,
    Start,
    Started,
    TurnView,
)

PROMPT_CACHE_SIZE = 65536
"""Rendered prompts kept by :class:`AgentLoop` (oldest dropped first)."""


@dataclass
class _Record:
    """One turn, before it becomes a row."""

    episode: int
    group: int
    anchor: Hashable
    prompt: str
    action: str
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
        episode_scores: per episode, the env's ``info["score"]`` at the end (None without).
        unscored_episodes: episodes played but left out (their last step's
            ``info["scored"]`` was False); the per-episode lists and the batches hold only
            the others.
        dropped_episodes: episodes left out for env failures: the failed ones and, under
            ``partial_groups="drop"``, the rest of their groups.
        env_failures: ``(seed, failure)`` of each episode lost to its env (raised, died,
            timed out), in episode order.
        step_prompts: per row, the prompt text the policy saw (before the chat template).
        step_actions: per row, the decoded completion the environment got.
        group_seeds: per group (its id in ``steps.group_ids``), the seed its episodes played.
    """

    steps: StepBatch
    tokens: TokenBatch
    episode_success: list[bool] = field(default_factory=list)
    episode_returns: list[float] = field(default_factory=list)
    episode_lengths: list[int] = field(default_factory=list)
    episode_categories: list[str] = field(default_factory=list)
    episode_scores: list[float | None] = field(default_factory=list)
    unscored_episodes: int = 0
    dropped_episodes: int = 0
    env_failures: list[tuple[int, EnvFailure]] = field(default_factory=list)
    step_prompts: list[str] = field(default_factory=list)
    step_actions: list[str] = field(default_factory=list)
    group_seeds: list[int] = field(default_factory=list)


@dataclass
class _Play:
    """The state of one :meth:`AgentLoop.collect` (episodes numbered 0..count-1)."""

    count: int
    live: set[int] = field(init=False)
    views: dict[int, TurnView] = field(default_factory=dict)
    turns: dict[int, tuple[str, str, list[int], list[int], list[float], Hashable]] = field(
        default_factory=dict)  # generated, waiting for the env: texts, ids, logprobs, anchor
    records: list[_Record] = field(default_factory=list)
    categories: dict[int, str] = field(default_factory=dict)
    outcome: dict[int, bool] = field(default_factory=dict)
    scores: dict[int, float | None] = field(default_factory=dict)
    scored: dict[int, bool] = field(init=False)
    failures: dict[int, EnvFailure] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.live = set(range(self.count))
        self.scored = dict.fromkeys(range(self.count), True)


class AgentLoop:
    """Plays groups of episodes with a policy and packs them into batches.

    Args:
        envs: an :class:`~creditkit.rollout.episodes.EnvPool` (e.g. worker processes, see
            :func:`~creditkit.rollout.workers.env_pool`), or a factory building one environment
            instance (a :class:`~creditkit.rollout.episodes.LocalPool` of them is used).
            Instances are reused across calls.
        engine: samples completions (e.g. :class:`~creditkit.rollout.hf.HFEngine`).
        tokenizer: renders prompts with its chat template and decodes completions.
        group_size: episodes per group (per seed).
        anchor_mode: how anchor keys become anchor ids (see
            :func:`~creditkit.anchors.anchor_ids_from_keys`).
        history: past turns passed to ``render_prompt``.
        waves: the episodes split into this many waves that take turns: while one wave
            generates, the others' env steps run in the worker processes (1: every episode
            generates in one batch, then every env steps).
        partial_groups: a group that lost episodes to env failures is dropped whole (``drop``:
            its baseline would come from the episodes that happened not to fail) or keeps the
            rest (``keep``: evaluation, which has no baseline).
    """

    def __init__(self, envs: Callable[[], TextEnv] | EnvPool, engine: RolloutEngine,
                 tokenizer: PreTrainedTokenizerBase, group_size: int,
                 anchor_mode: AnchorMode = "exact", history: int = 2, waves: int = 1,
                 partial_groups: PartialGroups = "drop") -> None:
        if group_size < 1:
            raise ValueError(f"group_size must be >= 1, got {group_size}")
        if waves < 1:
            raise ValueError(f"rollout.waves must be >= 1, got {waves}")
        check_choice("rollout.partial_groups", partial_groups, get_args(PartialGroups))
        self.pool = envs if isinstance(envs, EnvPool) else LocalPool(envs)
        self.engine, self.tokenizer = engine, tokenizer
        self.group_size, self.anchor_mode, self.history = group_size, anchor_mode, history
        self.waves, self.partial_groups = waves, partial_groups
        self.reward_names: tuple[str, ...] = ("reward",)  # until an env says
        # rendering the chat template costs ~0.3 ms a prompt; a group's episodes share their
        # first prompt and recurring states share theirs, so rendered ids are kept by text
        self._prompt_cache: dict[str, list[int]] = {}

    def collect(self, seeds: Sequence[int], sampling: Sampling) -> Rollout:
        """Play ``group_size`` episodes of every seed; returns the packed batch."""
        count = len(seeds) * self.group_size
        groups = [g for g in range(len(seeds)) for _ in range(self.group_size)]
        play = _Play(count)
        self.pool.submit([(e, Start(int(seeds[groups[e]]), self.history)) for e in range(count)])
        size = -(-count // self.waves)
        waves = [range(start, min(start + size, count)) for start in range(0, count, size)]
        while play.live:
            for wave in waves:
                members = [e for e in wave if e in play.live]
                if members:
                    self._absorb(play, groups, self.pool.answers(members))
                    self._generate(play, [e for e in members if e in play.live], sampling)
        return self._rollout(play, seeds, groups)

    def _absorb(self, play: _Play, groups: list[int], answers: dict[int, Answer]) -> None:
        """Take in the envs' answers: views for the next turn, finished turns, failures."""
        for e, reply in answers.items():
            if isinstance(reply, EnvFailure):
                play.failures[e] = reply
                play.live.discard(e)
            elif isinstance(reply, Started):
                play.categories[e], self.reward_names = reply.category, reply.reward_names
                play.views[e] = reply.view
            else:
                prompt, action, prompt_ids, completion_ids, logprobs, anchor = play.turns.pop(e)
                play.records.append(_Record(e, groups[e], anchor, prompt, action, prompt_ids,
                                            completion_ids, logprobs, reply.rewards,
                                            reply.valid, reply.terminated))
                if reply.done:
                    play.outcome[e], play.scored[e] = reply.success, reply.scored
                    play.scores[e] = reply.score
                    play.live.discard(e)
                else:
                    assert reply.view is not None
                    play.views[e] = reply.view

    def _generate(self, play: _Play, ready: list[int], sampling: Sampling) -> None:
        """One batch of completions for the ``ready`` episodes; their texts go to the envs."""
        if not ready:
            return
        prompts = [self._prompt_ids(play.views[e].prompt) for e in ready]
        generation = self.engine.generate(prompts, sampling)
        requests: list[tuple[int, Request]] = []
        for slot, e in enumerate(ready):
            completion = generation.token_ids[slot]
            action = str(self.tokenizer.decode(completion, skip_special_tokens=True))
            play.turns[e] = (play.views[e].prompt, action, prompts[slot], completion,
                             generation.logprobs[slot], play.views[e].anchor)
            requests.append((e, Act(action)))
        self.pool.submit(requests)

    def _rollout(self, play: _Play, seeds: Sequence[int], groups: list[int]) -> Rollout:
        """Pack the kept episodes: scored, and not in a group dropped for a failure."""
        lost_groups = {groups[e] for e in play.failures}
        dropped = {e for e in range(play.count) if e in play.failures or (
            self.partial_groups == "drop" and groups[e] in lost_groups)}
        kept = [e for e in range(play.count) if e not in dropped and play.scored[e]]
        number = {e: new for new, e in enumerate(kept)}  # kept episodes, renumbered 0..K-1
        group_number = {g: new for new, g in enumerate(sorted({groups[e] for e in kept}))}
        records = [r for r in play.records if r.episode in number]
        for r in records:
            r.episode, r.group = number[r.episode], group_number[r.group]
        rollout = self._pack(records, self.reward_names, [play.outcome[e] for e in kept],
                             len(kept))
        rollout.episode_categories = [play.categories[e] for e in kept]
        rollout.group_seeds = [int(seeds[g]) for g in sorted(group_number)]
        rollout.episode_scores = [play.scores.get(e) for e in kept]
        rollout.unscored_episodes = sum(not play.scored[e] for e in range(play.count)
                                        if e not in dropped)
        rollout.dropped_episodes = len(dropped)
        rollout.env_failures = [(int(seeds[groups[e]]), failure)
                                for e, failure in sorted(play.failures.items())]
        return rollout

    def _prompt_ids(self, text: str) -> list[int]:
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
        return Rollout(steps, self._tokens(records), outcome, returns.tolist(), lengths.tolist(),
                       step_prompts=[r.prompt for r in records],
                       step_actions=[r.action for r in records])

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
