"""The data model: :class:`StepBatch` (one row per agent turn) and :class:`TokenBatch`.

Both are frozen dataclasses of flat tensors plus integer ids, validated on construction; a
bad field raises :class:`ValueError` naming the field. ``dataclasses.replace`` re-validates.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import torch
from torch import Tensor

from creditkit._checks import check_tensor
from creditkit.segments import episode_bounds

RETURN_OFFSETS_KEY = "return_offsets"
"""``StepBatch.info`` key of an optional float [B] added to each row's return *after*
discounting (and summed into its episode's return); see
:class:`creditkit.shapers.InvalidActionPenalty` with ``when="after_discount"``."""

NEXT_ANCHOR_IDS_KEY = "next_anchor_ids"
"""``StepBatch.info`` key of an optional int [B]: the state each row's action led to, in the
id space of ``anchor_ids``, on every row including an episode's last (the rollout fills it
from the environment's anchor key after each step; GraphGPO's edges)."""

STEP_ENTROPIES_KEY = "step_entropies"
"""``StepBatch.info`` key of an optional float [B]: each row's mean token entropy under the
policy that sampled it (EMPG's; the trainer fills it for an estimator whose
``uses_step_entropies`` is True)."""


@dataclass(frozen=True, eq=False)
class StepBatch:
    """One row per agent turn (B rows); an episode's rows are contiguous and in time order.

    Attributes:
        rewards: float [B, D], immediate reward of each turn in D named dimensions.
        episode_ids: int [B], the episode of each row (rows of an episode contiguous).
        group_ids: int [B], episodes that share a task and start state share a group id;
            constant within an episode.
        reward_names: D distinct names, one per column of ``rewards``.
        anchor_ids: int [B] or None; rows with the same group id and anchor id are in the same
            environment state (GiGPO's step groups).
        valid: bool [B], the action parsed and was admissible. Default: all True.
        dones: bool [B], the episode terminated at this row (only an episode's last row may be
            True; a truncated episode has none). Default: True on every episode's last row.
        info: free-form extras, e.g. ``{"return_offsets": float [B]}``.

    >>> steps = StepBatch(rewards=torch.tensor([[0.0], [1.0], [0.0]]),
    ...                   episode_ids=torch.tensor([0, 0, 1]), group_ids=torch.tensor([5, 5, 5]))
    >>> steps.num_rows, steps.dones.tolist()
    (3, [False, True, True])
    """

    rewards: Tensor
    episode_ids: Tensor
    group_ids: Tensor
    reward_names: tuple[str, ...] = ("reward",)
    anchor_ids: Tensor | None = None
    valid: Tensor | None = None
    dones: Tensor | None = None
    info: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        rewards = check_tensor("rewards", self.rewards, kind="float", ndim=2, finite=True)
        rows = rewards.shape[0]
        check_tensor("episode_ids", self.episode_ids, kind="int", length=rows)
        check_tensor("group_ids", self.group_ids, kind="int", length=rows)
        names = tuple(self.reward_names)
        object.__setattr__(self, "reward_names", names)
        if len(names) != rewards.shape[1] or len(set(names)) != len(names):
            raise ValueError(
                f"reward_names must be {rewards.shape[1]} distinct names, one per column of "
                f"rewards; got {names!r}"
            )
        if self.anchor_ids is not None:
            check_tensor("anchor_ids", self.anchor_ids, kind="int", length=rows)
        first, last = episode_bounds(self.episode_ids)
        if bool((self.group_ids != self.group_ids[first]).any()):
            raise ValueError(
                "group_ids must be constant within an episode: every row of an episode "
                "belongs to the episode's group"
            )
        if self.valid is None:
            valid = torch.ones(rows, dtype=torch.bool, device=rewards.device)
            object.__setattr__(self, "valid", valid)
        check_tensor("valid", self.valid, kind="bool", length=rows)
        is_last = last == torch.arange(rows, device=last.device)
        if self.dones is None:
            object.__setattr__(self, "dones", is_last.clone())
        dones = check_tensor("dones", self.dones, kind="bool", length=rows)
        if bool((dones & ~is_last).any()):
            raise ValueError(
                "dones is True on a row that is not its episode's last row; rows must be in "
                "time order and an episode ends at its done row"
            )
        following = self.info.get(NEXT_ANCHOR_IDS_KEY)
        if following is not None:
            check_tensor(f"info[{NEXT_ANCHOR_IDS_KEY!r}]", following, kind="int", length=rows)
        entropies = self.info.get(STEP_ENTROPIES_KEY)
        if entropies is not None:
            check_tensor(f"info[{STEP_ENTROPIES_KEY!r}]", entropies, kind="float",
                         length=rows, finite=True)
        offsets = self.info.get(RETURN_OFFSETS_KEY)
        if offsets is not None:
            check_tensor(f"info[{RETURN_OFFSETS_KEY!r}]", offsets, kind="float", length=rows,
                         finite=True)

    @property
    def num_rows(self) -> int:
        """B, the number of step rows."""
        return int(self.rewards.shape[0])

    def reward(self, name: str) -> Tensor:
        """One reward dimension by name: float [B]."""
        if name not in self.reward_names:
            raise ValueError(f"no reward dimension {name!r}; this batch has {self.reward_names}")
        return self.rewards[:, self.reward_names.index(name)]

    def scalar_rewards(self) -> Tensor:
        """The rewards as float [B]; refuses several dimensions (combine them with a shaper)."""
        if self.rewards.shape[1] != 1:
            raise ValueError(
                f"this estimator needs one reward dimension but the batch has "
                f"{self.reward_names}; add a WeightedRewardSum shaper to combine them"
            )
        return self.rewards[:, 0]

    def return_offsets(self) -> Tensor | None:
        """float [B] added to returns after discounting, or None (see ``RETURN_OFFSETS_KEY``)."""
        return self.info.get(RETURN_OFFSETS_KEY)

    def with_rewards(self, rewards: Tensor, reward_names: Sequence[str] | None = None) -> StepBatch:
        """A copy with new rewards (float [B, D]) and, if given, new names."""
        names = self.reward_names if reward_names is None else tuple(reward_names)
        return replace(self, rewards=rewards, reward_names=names)

    @classmethod
    def from_episodes(
        cls,
        episode_rewards: Sequence[Sequence[float]],
        group_ids: Sequence[int],
        anchor_ids: Sequence[Sequence[int]] | None = None,
        dtype: torch.dtype = torch.float32,
    ) -> StepBatch:
        """Build a scalar-reward batch from per-episode reward lists (handy in notebooks).

        >>> StepBatch.from_episodes([[0, 1], [0, 0, 0]], group_ids=[7, 7]).episode_ids.tolist()
        [0, 0, 1, 1, 1]
        """
        if len(group_ids) != len(episode_rewards):
            raise ValueError(
                f"group_ids has {len(group_ids)} entries for {len(episode_rewards)} episodes"
            )
        lengths = torch.tensor([len(r) for r in episode_rewards], dtype=torch.long)
        episode_ids = torch.repeat_interleave(torch.arange(len(episode_rewards)), lengths)
        flat = [float(r) for rs in episode_rewards for r in rs]
        anchors = None
        if anchor_ids is not None:
            anchors = torch.tensor([int(a) for ids in anchor_ids for a in ids], dtype=torch.long)
        return cls(
            rewards=torch.tensor(flat, dtype=dtype).reshape(-1, 1),
            episode_ids=episode_ids,
            group_ids=torch.repeat_interleave(torch.tensor(list(group_ids)), lengths),
            anchor_ids=anchors,
        )


@dataclass(frozen=True, eq=False)
class TokenBatch:
    """Tokens of the policy's turns, mapped back to their :class:`StepBatch` rows.

    All tensors share one shape S, typically [N, L] (N padded sequences of L tokens) or [T].

    Attributes:
        token_ids: int S, the token ids as generated (never re-tokenised).
        token_step_ids: int S, the StepBatch row of each token; any value where masked.
        loss_mask: bool S, True on the tokens the policy generated (the ones trained on).
        old_logprobs: float S, log-probs under the policy that sampled the tokens (any value
            off ``loss_mask``).
        attention_mask: int S, 1 on real tokens (prompt and completion), 0 on padding: what
            the model attends to when the update recomputes the log-probs.
    """

    token_ids: Tensor
    token_step_ids: Tensor
    loss_mask: Tensor
    old_logprobs: Tensor
    attention_mask: Tensor

    def __post_init__(self) -> None:
        check_tensor("token_ids", self.token_ids, kind="int", ndim=None)
        self._check_shape("token_step_ids", self.token_step_ids, "int")
        self._check_shape("loss_mask", self.loss_mask, "bool")
        self._check_shape("attention_mask", self.attention_mask, "int")
        if bool((self.loss_mask & (self.attention_mask == 0)).any()):
            raise ValueError("attention_mask is 0 on loss_mask tokens: every trained token must "
                             "be attended to")
        self._check_shape("old_logprobs", self.old_logprobs, "float")
        masked = self.old_logprobs[self.loss_mask]
        if masked.numel() and not bool(torch.isfinite(masked).all()):
            raise ValueError("old_logprobs has NaN or inf on loss_mask tokens")
        if masked.numel() and bool((masked > 1e-4).any()):
            raise ValueError("old_logprobs has positive values on loss_mask tokens; "
                             "pass log-probabilities, not probabilities or logits")

    def _check_shape(self, name: str, value: object, kind: str) -> None:
        check_tensor(name, value, kind=kind, ndim=None)  # type: ignore[arg-type]
        assert isinstance(value, Tensor)
        if value.shape != self.token_ids.shape:
            raise ValueError(
                f"{name} has shape {tuple(value.shape)} but token_ids has "
                f"{tuple(self.token_ids.shape)}; every token tensor must have the same shape"
            )

    @property
    def num_tokens(self) -> int:
        """Number of loss tokens (True entries of ``loss_mask``)."""
        return int(self.loss_mask.sum())

    def check_rows(self, steps: StepBatch) -> None:
        """Refuse loss tokens that point outside ``steps``' rows."""
        used = self.token_step_ids[self.loss_mask]
        if used.numel() and (int(used.min()) < 0 or int(used.max()) >= steps.num_rows):
            raise ValueError(
                f"token_step_ids: loss tokens point at rows outside [0, {steps.num_rows}); "
                f"these tokens do not belong to this StepBatch"
            )
