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

import dataclasses
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field

import torch
from transformers import PreTrainedTokenizerBase

from creditkit.batch import StepBatch, TokenBatch
from creditkit.env import TextEnv
from creditkit.models.policy import chat_prompt_ids
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
from creditkit.rollout.pack import TurnRecord, pack
from creditkit.rollout.settings import RolloutConfig

PROMPT_CACHE_SIZE = 65536
"""Rendered prompts kept by :class:`AgentLoop` (oldest dropped first)."""


@dataclass(frozen=True)
class EpisodeOutcome:
    """One episode's outcome: its category (e.g. ALFWorld task type), success, return (the
    undiscounted sum of its first reward dimension), number of turns, and the env's own score
    when it reports one (``info["score"]`` at the end, e.g. WebShop's score in [0, 1]; None
    otherwise)."""

    category: str
    success: bool
    episode_return: float
    length: int
    score: float | None = None


@dataclass(frozen=True)
class Rollout:
    """What :meth:`AgentLoop.collect` returns, built once.

    Attributes:
        steps: one row per turn, episodes contiguous and in time order.
        tokens: [B, L] right-padded prompt + completion of each turn.
        episodes: per kept episode (its id in ``steps.episode_ids``), its outcome; success is
            ``info["success"]``, else a positive final reward.
        step_prompts: per row, the prompt text the policy saw (before the chat template).
        step_actions: per row, the decoded completion the environment got.
        group_seeds: per group (its id in ``steps.group_ids``), the seed its episodes played.
        unscored_episodes: episodes played but left out (their last step's
            ``info["scored"]`` was False); ``episodes`` and the batches hold only the others.
        dropped_episodes: episodes left out for env failures: the failed ones and, under
            ``partial_groups="drop"``, the rest of their groups.
        env_failures: ``(seed, failure)`` of each episode lost to its env (raised, died,
            timed out), in episode order.
    """

    steps: StepBatch
    tokens: TokenBatch
    episodes: list[EpisodeOutcome]
    step_prompts: list[str]
    step_actions: list[str]
    group_seeds: list[int]
    unscored_episodes: int = 0
    dropped_episodes: int = 0
    env_failures: list[tuple[int, EnvFailure]] = field(default_factory=list)


@dataclass(frozen=True)
class PendingTurn:
    """A turn generated and sent to its environment, waiting for the answer."""

    prompt: str
    action: str
    prompt_ids: list[int]
    completion_ids: list[int]
    logprobs: list[float]
    anchor: Hashable


@dataclass
class _Play:
    """The state of one :meth:`AgentLoop.collect` (episodes numbered 0..count-1)."""

    count: int
    live: set[int] = field(init=False)
    views: dict[int, TurnView] = field(default_factory=dict)
    pending: dict[int, PendingTurn] = field(default_factory=dict)
    records: list[TurnRecord] = field(default_factory=list)
    reward_names: tuple[str, ...] = ("reward",)  # until an env says
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
        settings: the rollout settings, checked once when built: the loop reads
            ``group_size`` (episodes per seed), ``history`` (past turns passed to
            ``render_prompt``), ``anchor_mode`` (how anchor keys become anchor ids, see
            :func:`~creditkit.anchors.anchor_ids_from_keys`), ``waves`` (the episodes split
            into this many waves that take turns: while one wave generates, the others' env
            steps run in the worker processes; 1: every episode generates in one batch, then
            every env steps) and ``partial_groups`` (a group that lost episodes to env
            failures is dropped whole, ``drop``, since its baseline would come from the
            episodes that happened not to fail, or keeps the rest, ``keep``: evaluation, which
            has no baseline). Sampling is per call (:meth:`collect`); the env pool's settings
            go to :func:`~creditkit.rollout.workers.env_pool`.
    """

    def __init__(self, envs: Callable[[], TextEnv] | EnvPool, engine: RolloutEngine,
                 tokenizer: PreTrainedTokenizerBase, settings: RolloutConfig) -> None:
        if not isinstance(settings, RolloutConfig):
            raise TypeError(f"settings must be a RolloutConfig (e.g. RolloutConfig(group_size=4)), "
                            f"got {type(settings).__name__}")
        self.pool = envs if isinstance(envs, EnvPool) else LocalPool(envs)
        self.engine, self.tokenizer, self.settings = engine, tokenizer, settings
        # rendering the chat template costs ~0.3 ms a prompt; a group's episodes share their
        # first prompt and recurring states share theirs, so rendered ids are kept by text
        self._prompt_cache: dict[str, list[int]] = {}

    def collect(self, seeds: Sequence[int], sampling: Sampling) -> Rollout:
        """Play ``settings.group_size`` episodes of every seed; returns the packed batch."""
        count = len(seeds) * self.settings.group_size
        groups = [g for g in range(len(seeds)) for _ in range(self.settings.group_size)]
        play = _Play(count)
        history = self.settings.history
        self.pool.submit([(e, Start(int(seeds[groups[e]]), history)) for e in range(count)])
        size = -(-count // self.settings.waves)
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
                play.categories[e], play.reward_names = reply.category, reply.reward_names
                play.views[e] = reply.view
            else:
                turn = play.pending.pop(e)
                play.records.append(TurnRecord(
                    e, groups[e], turn.anchor, turn.prompt, turn.action, turn.prompt_ids,
                    turn.completion_ids, turn.logprobs, reply.rewards, reply.valid,
                    reply.terminated, reply.next_anchor))
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
            play.pending[e] = PendingTurn(play.views[e].prompt, action, prompts[slot],
                                          completion, generation.logprobs[slot],
                                          play.views[e].anchor)
            requests.append((e, Act(action)))
        self.pool.submit(requests)

    def _rollout(self, play: _Play, seeds: Sequence[int], groups: list[int]) -> Rollout:
        """Pack the kept episodes: scored, and not in a group dropped for a failure."""
        lost_groups = {groups[e] for e in play.failures}
        dropped = {e for e in range(play.count) if e in play.failures or (
            self.settings.partial_groups == "drop" and groups[e] in lost_groups)}
        kept = [e for e in range(play.count) if e not in dropped and play.scored[e]]
        number = {e: new for new, e in enumerate(kept)}  # kept episodes, renumbered 0..K-1
        group_number = {g: new for new, g in enumerate(sorted({groups[e] for e in kept}))}
        records = sorted((dataclasses.replace(r, episode=number[r.episode],
                                              group=group_number[r.group])
                          for r in play.records if r.episode in number),
                         key=lambda r: r.episode)  # stable: in row order, as pack lays them
        steps, tokens = pack(records, play.reward_names, anchor_mode=self.settings.anchor_mode,
                             pad_token_id=self.tokenizer.pad_token_id)
        lengths = torch.bincount(steps.episode_ids, minlength=len(kept)).tolist()
        returns = torch.zeros(len(kept)).index_add_(0, steps.episode_ids,
                                                     steps.rewards[:, 0]).tolist()
        return Rollout(
            steps, tokens,
            episodes=[EpisodeOutcome(play.categories[e], play.outcome[e], returns[new],
                                     lengths[new], play.scores.get(e))
                      for new, e in enumerate(kept)],
            step_prompts=[r.prompt for r in records],
            step_actions=[r.action for r in records],
            group_seeds=[int(seeds[g]) for g in sorted(group_number)],
            unscored_episodes=sum(not play.scored[e] for e in range(play.count)
                                  if e not in dropped),
            dropped_episodes=len(dropped),
            env_failures=[(int(seeds[groups[e]]), failure)
                          for e, failure in sorted(play.failures.items())])

    def _prompt_ids(self, text: str) -> list[int]:
        ids = self._prompt_cache.get(text)
        if ids is None:
            if len(self._prompt_cache) >= PROMPT_CACHE_SIZE:  # drop the oldest entry
                del self._prompt_cache[next(iter(self._prompt_cache))]
            ids = self._prompt_cache[text] = chat_prompt_ids(self.tokenizer, text)
        return list(ids)
