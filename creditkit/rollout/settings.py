"""Typed settings of the rollouts (the ``rollout`` config group)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, get_args

from creditkit._checks import check_choice
from creditkit.anchors import AnchorMode
from creditkit.models._fields import AT_LEAST_0, AT_LEAST_1, POSITIVE, check_fields

PartialGroups = Literal["drop", "keep"]
"""What becomes of a group that lost episodes to env failures (``rollout.partial_groups``)."""


@dataclass(frozen=True)
class RolloutConfig:
    """How episodes are collected.

    Attributes:
        groups_per_step: distinct seeds (tasks) per training step and process.
        group_size: episodes per seed.
        max_new_tokens: the generation budget per turn.
        temperature: sampling temperature.
        top_p, top_k: nucleus and top-k truncation of the sampling distribution (1 and 0:
            off); the log-probs kept for the loss are those before truncation (see
            :class:`~creditkit.rollout.engine.Sampling`).
        stop_token_ids: tokens that end a turn's completion besides the tokenizer's EOS.
        history: past turns shown in each prompt.
        anchor_mode: ``exact``, ``normalized`` or ``similar`` (see ``anchor_ids_from_keys``).
        env_workers: worker processes that hold the environments and step them concurrently
            (0: in the trainer's process, one after another); see
            :mod:`creditkit.rollout.workers`.
        env_timeout_s: seconds a worker may give no answer before it counts as hung, is killed
            and its episodes are lost (None: 300; needs ``env_workers`` >= 1).
        waves: the episodes split into this many waves that take turns, so that one wave's env
            steps (in the workers) overlap another's generation (1: lockstep).
        partial_groups: a group that lost episodes to env failures is dropped whole (``drop``)
            or keeps the rest (``keep``).
    """

    groups_per_step: int = 8
    group_size: int = 8
    max_new_tokens: int = 4
    temperature: float = 1.0
    top_p: float = 1.0
    top_k: int = 0
    stop_token_ids: Sequence[int] = ()
    history: int = 0
    anchor_mode: AnchorMode = "exact"
    env_workers: int = 0
    env_timeout_s: float | None = None
    waves: int = 1
    partial_groups: PartialGroups = "drop"

    def __post_init__(self) -> None:
        check_fields(self, "rollout", {
            "groups_per_step": AT_LEAST_1, "group_size": AT_LEAST_1,
            "max_new_tokens": AT_LEAST_1, "temperature": POSITIVE,
            "top_p": (lambda v: 0 < v <= 1, "in (0, 1] (1: off)"),
            "top_k": (lambda v: v >= 0, ">= 0 (0: off)"), "stop_token_ids": AT_LEAST_0,
            "history": AT_LEAST_0, "env_workers": AT_LEAST_0, "env_timeout_s": POSITIVE,
            "waves": AT_LEAST_1})
        if self.env_timeout_s is not None and (self.env_workers == 0 or
                                               not self.env_timeout_s > 0):
            raise ValueError(f"rollout.env_timeout_s must be > 0 and needs rollout.env_workers "
                             f">= 1 (an env in the trainer's process cannot be interrupted); "
                             f"got {self.env_timeout_s} with {self.env_workers} workers")
        check_choice("rollout.partial_groups", self.partial_groups, get_args(PartialGroups))
        check_choice("rollout.anchor_mode", self.anchor_mode, get_args(AnchorMode))
