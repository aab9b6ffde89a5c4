"""Typed settings of the trainer (the ``trainer`` config group) and the launcher check."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, get_args

from creditkit._checks import check_choice
from creditkit.loss import Aggregation, KLEstimator, check_safeguards
from creditkit.models._fields import AT_LEAST_0, AT_LEAST_1, POSITIVE, check_fields

MixedPrecision = Literal["no", "bf16"]


def check_launch_precision(mixed_precision: str) -> None:
    """Refuse a launcher precision the trainer would override. ``accelerate launch`` passes its
    config's ``mixed_precision`` as ``ACCELERATE_MIXED_PRECISION``; the trainer builds its
    Accelerator with ``trainer.mixed_precision``, which wins, so a launch config asking for
    ``bf16`` beside ``trainer.mixed_precision=no`` would silently train in fp32. A launcher's
    ``no`` (its default) asks for nothing and passes."""
    launched = os.environ.get("ACCELERATE_MIXED_PRECISION", "no").lower()
    if launched not in ("no", mixed_precision):
        raise ValueError(
            f"the launcher asks for mixed precision {launched!r} (ACCELERATE_MIXED_PRECISION, "
            f"from accelerate launch's config or --mixed_precision) but trainer.mixed_precision "
            f"is {mixed_precision!r}: set trainer.mixed_precision={launched} or launch with "
            f"--mixed_precision {mixed_precision}")


@dataclass(frozen=True)
class TrainerConfig:
    """Optimisation, evaluation, checkpointing.

    Attributes:
        steps: training steps (one rollout + one update each).
        lr, weight_decay, max_grad_norm: AdamW and gradient clipping.
        updates_per_step: optimisation passes over each rollout (PPO epochs).
        micro_batch_size: turns per forward/backward; gradients accumulate over micro-batches
            into one optimizer step (token counts are global, so the result does not depend on it).
        clip_low, clip_high, aggregation, entropy_coef: the loss (see ``policy_loss``).
        kl_coef: weight of the KL penalty to a frozen reference policy (0: none, no reference
            is built). The reference is the initial policy: a frozen copy of its weights, or
            with LoRA the same model with its adapters disabled (no second copy). Its token
            log-probs are computed once per step for the rollout; ``loss.kl`` logs the mean
            token KL under ``kl_estimator`` (the GiGPO paper: 0.01 with ``k3``).
        kl_estimator: ``k1``, ``k2`` or ``k3`` (see ``kl_penalty``).
        log_ratio_clamp: the PPO log-ratio (and k3's log-ratio) is clamped to
            [-this, this] before the exponential (verl's 20; null: off).
        dual_clip: dual-clip PPO's c: a token with advantage A < 0 loses at most -c A
            (verl's ``clip_ratio_c``, 3; null: off).
        kl_clamp: the k3 KL estimate is clamped to [-this, this] (verl's ``low_var_kl``: 10;
            null: off).
        mixed_precision: ``no`` or ``bf16`` (Accelerate's autocast; with ``bf16`` the frozen
            reference model of the KL term is also stored in bf16).
        logprob_chunk_tokens: token log-probs (and entropies) are computed from the final
            hidden states this many tokens at a time, each chunk's logits recomputed in the
            backward pass, so no ``[rows, length, vocab]`` fp32 tensor exists; 0 computes the
            whole micro-batch's logits at once.
        recompute_old_logprobs: recompute the rollout's log-probs with the training model
            before the update instead of using the engine's (for engines whose numerics
            differ from the trainer's, e.g. vLLM kernels in bf16, or a server that returns
            raw log-probs while sampling at another temperature).
        eval_every: evaluate every N steps (and at the start and the end); 0 disables.
        eval_seeds: seeds of the evaluation tasks.
        eval_group_size: episodes played per evaluation seed.
        eval_greedy: evaluate with greedy decoding instead of sampling.
        save_every: checkpoint every N steps and at the end (0: only at the end).
        keep_checkpoints: the most recent checkpoints kept, >= 1 (older ones are deleted).
        save_rollouts_every: save the step's rollout every N steps (and at the last step) to
            ``RUN_DIR/rollouts/`` (texts, rewards, ids, advantages; see
            :mod:`creditkit.rollout.saved`), for ``creditkit inspect`` and offline estimator
            runs; 0 disables.
    """

    steps: int = 100
    lr: float = 5e-4
    weight_decay: float = 0.0
    max_grad_norm: float = 1.0
    updates_per_step: int = 1
    micro_batch_size: int = 256
    clip_low: float = 0.2
    clip_high: float = 0.28
    aggregation: Aggregation = "token-mean"
    kl_coef: float = 0.0
    kl_estimator: KLEstimator = "k3"
    log_ratio_clamp: float | None = 20.0
    dual_clip: float | None = 3.0
    kl_clamp: float | None = 10.0
    entropy_coef: float = 0.0
    mixed_precision: MixedPrecision = "no"
    logprob_chunk_tokens: int = 4096
    recompute_old_logprobs: bool = False
    eval_every: int = 10
    eval_seeds: Sequence[int] = field(default_factory=lambda: (0, 1, 2, 3))
    eval_group_size: int = 16
    eval_greedy: bool = False
    save_every: int = 10
    keep_checkpoints: int = 2
    save_rollouts_every: int = 10

    def __post_init__(self) -> None:
        check_fields(self, "trainer", {
            "steps": AT_LEAST_1, "lr": POSITIVE, "weight_decay": AT_LEAST_0,
            "max_grad_norm": POSITIVE, "updates_per_step": AT_LEAST_1,
            "micro_batch_size": AT_LEAST_1,
            "clip_low": (lambda v: 0 <= v < 1, "in [0, 1) (the ratio's floor is 1 - clip_low)"),
            "clip_high": AT_LEAST_0, "kl_coef": AT_LEAST_0, "entropy_coef": AT_LEAST_0,
            "logprob_chunk_tokens": (lambda v: v >= 0, ">= 0 (0: no chunking)"),
            "eval_every": (lambda v: v >= 0, ">= 0 (0: never)"), "eval_seeds": AT_LEAST_0,
            "eval_group_size": AT_LEAST_1,
            "save_every": (lambda v: v >= 0, ">= 0 (0: only at the end)"),
            "keep_checkpoints": AT_LEAST_1,
            "save_rollouts_every": (lambda v: v >= 0, ">= 0 (0: never)")})
        check_choice("trainer.aggregation", self.aggregation, get_args(Aggregation))
        check_choice("trainer.kl_estimator", self.kl_estimator, get_args(KLEstimator))
        try:
            check_safeguards(self.log_ratio_clamp, self.dual_clip, self.kl_clamp)
        except ValueError as error:
            raise ValueError(f"trainer.{error}") from None
        check_choice("trainer.mixed_precision", self.mixed_precision, get_args(MixedPrecision))
