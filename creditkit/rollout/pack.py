"""Recorded turns into the batches an update trains on: :func:`pack` is pure (no engine, no
environment, no tokenizer), so what a rollout becomes can be tested on hand-made turns.

>>> from creditkit.rollout.pack import TurnRecord, pack
>>> turn = TurnRecord(episode=0, group=0, anchor="start", prompt="go", action="left",
...                   prompt_ids=[5, 6], completion_ids=[7], logprobs=[-0.5], rewards=[1.0],
...                   valid=True, done=True)
>>> steps, tokens = pack([turn], ("reward",), pad_token_id=0)
>>> steps.num_rows, tokens.token_ids.tolist(), tokens.loss_mask.tolist()
(1, [[5, 6, 7]], [[False, False, True]])
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import torch

from creditkit.anchors import AnchorMode, anchor_ids_from_keys
from creditkit.batch import NEXT_ANCHOR_IDS_KEY, StepBatch, TokenBatch


@dataclass(frozen=True)
class TurnRecord:
    """One finished turn of one episode, before it becomes a row.

    Attributes:
        episode: the episode's number in the batch (0..E-1).
        group: the episode's group number (0..G-1).
        anchor: the environment's anchor key of the state the turn started from.
        prompt: the prompt text the policy saw (before the chat template).
        action: the decoded completion the environment got.
        prompt_ids: the chat-rendered prompt's token ids.
        completion_ids: the generated token ids, as generated.
        logprobs: the engine's log-prob of each completion token.
        rewards: one reward per reward dimension.
        valid: whether the environment accepted the action.
        done: whether the turn ended the episode (terminated, not truncated).
        next_anchor: the anchor key of the state the action led to (also after an episode's
            last turn), or None when not recorded.
    """

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
    next_anchor: Hashable = None


def pack(records: Sequence[TurnRecord], reward_names: tuple[str, ...], *,
         anchor_mode: AnchorMode = "exact", pad_token_id: int) -> tuple[StepBatch, TokenBatch]:
    """The turns as one :class:`StepBatch` row each (episodes contiguous, each episode's turns
    in the order given) and one right-padded row of prompt + completion tokens each.

    Args:
        records: the turns, episodes numbered densely from 0, each episode's turns in time
            order (their order across episodes does not matter: rows are sorted by episode,
            stably).
        reward_names: the D reward dimensions (every record has D rewards).
        anchor_mode: how anchor keys become anchor ids
            (:func:`~creditkit.anchors.anchor_ids_from_keys`).
        pad_token_id: the id right-padding fills with.

    Returns:
        ``(steps, tokens)``: ``tokens`` [B, L] with ``loss_mask`` on the completion tokens,
        ``old_logprobs`` there (0 elsewhere) and ``attention_mask`` on prompt + completion.
        When every record has a ``next_anchor``, ``steps.info["next_anchor_ids"]`` holds them
        in the id space of ``anchor_ids`` (matched as the anchors are, within a group).
    """
    ordered = sorted(records, key=lambda r: r.episode)  # stable: turns keep their time order
    rows = len(ordered)
    episode_ids = torch.tensor([r.episode for r in ordered], dtype=torch.long)
    group_ids = torch.tensor([r.group for r in ordered], dtype=torch.long)
    keys = [r.anchor for r in ordered]
    with_next = rows > 0 and all(r.next_anchor is not None for r in ordered)
    if with_next:  # anchors first: their ids are those they get alone (exact, normalized)
        keys += [r.next_anchor for r in ordered]
    ids = anchor_ids_from_keys(keys, torch.cat([group_ids, group_ids]) if with_next
                               else group_ids, mode=anchor_mode)
    steps = StepBatch(
        rewards=torch.tensor([r.rewards for r in ordered],
                             dtype=torch.float32).reshape(rows, len(reward_names)),
        episode_ids=episode_ids, group_ids=group_ids, reward_names=reward_names,
        anchor_ids=ids[:rows],
        valid=torch.tensor([r.valid for r in ordered], dtype=torch.bool),
        dones=torch.tensor([r.done for r in ordered], dtype=torch.bool),
        info={NEXT_ANCHOR_IDS_KEY: ids[rows:]} if with_next else {},
    )
    return steps, _tokens(ordered, pad_token_id)


def _tokens(records: Sequence[TurnRecord], pad_token_id: int) -> TokenBatch:
    width = max((len(r.prompt_ids) + len(r.completion_ids) for r in records), default=1)
    token_ids = torch.full((len(records), width), pad_token_id, dtype=torch.long)
    loss_mask = torch.zeros((len(records), width), dtype=torch.bool)
    attention_mask = torch.zeros((len(records), width), dtype=torch.long)
    old = torch.zeros((len(records), width), dtype=torch.float32)
    for row, r in enumerate(records):
        start, end = len(r.prompt_ids), len(r.prompt_ids) + len(r.completion_ids)
        token_ids[row, :end] = torch.tensor(r.prompt_ids + r.completion_ids)
        attention_mask[row, :end] = 1
        loss_mask[row, start:end] = True
        old[row, start:end] = torch.tensor(r.logprobs)
    step_ids = torch.arange(len(records))[:, None].expand(-1, width).clone()
    return TokenBatch(token_ids=token_ids, token_step_ids=step_ids, loss_mask=loss_mask,
                      old_logprobs=old, attention_mask=attention_mask)
