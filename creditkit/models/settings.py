"""Typed settings of the policy, the rollouts and the trainer (one Hydra config group each)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, get_args

from creditkit._checks import check_choice
from creditkit.anchors import AnchorMode
from creditkit.loss import Aggregation, KLEstimator, check_safeguards
from creditkit.models._fields import AT_LEAST_0, AT_LEAST_1, FRACTION, POSITIVE, check_fields

PartialGroups = Literal["drop", "keep"]
"""What becomes of a group that lost episodes to env failures (``rollout.partial_groups``)."""

MixedPrecision = Literal["no", "bf16"]
AttentionImplementation = Literal["sdpa", "eager", "flash_attention_2"]


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
class PolicyConfig:
    """Which model to train.

    Attributes:
        name_or_path: a Hugging Face model id or local folder; None builds a tiny Qwen2 model
            and tokenizer locally (no download) with the fields below.
        hidden_size, num_layers, num_heads, vocab_size: the tiny model's shape (head_dim =
            hidden_size / num_heads: 32 by default, the smallest vLLM's CPU attention serves).
        format_warmup_steps: behaviour-cloning steps on random admissible actions before RL
            (teaches the answer format to a model built from scratch; 0 for real models).
        format_warmup_lr: learning rate of that warm-up.
        corpus_episodes: random episodes whose text trains the tiny tokenizer.
        warmup_episodes: random episodes the warm-up imitates; None: max(64,
            format_warmup_steps). Lower both for slow environments (ALFWorld loads a game per
            episode).
        warmup_expert_fraction: share of the warm-up's turns played by the environment's
            scripted expert (``expert_action()``) instead of a random admissible action: 0
            (default) teaches the format only; > 0 gives a weak starting policy where random
            play almost never wins (ALFWorld).
        lora_rank: > 0 trains LoRA adapters of this rank (peft) instead of all weights.
        lora_alpha: LoRA scaling.
        lora_target_modules: module names that get adapters.
        gradient_checkpointing: recompute each layer's activations in the backward pass
            instead of keeping them (transformers' gradient checkpointing; less memory, about
            a third more compute per update).
        attn_implementation: the attention kernel transformers uses: ``sdpa`` (PyTorch's
            scaled-dot-product attention), ``eager``, or ``flash_attention_2`` when the
            flash-attn package is installed.
    """

    name_or_path: str | None = None
    hidden_size: int = 64
    num_layers: int = 2
    num_heads: int = 2
    vocab_size: int = 512
    format_warmup_steps: int = 1000
    format_warmup_lr: float = 3e-3
    corpus_episodes: int = 200
    warmup_episodes: int | None = None
    warmup_expert_fraction: float = 0.0
    lora_rank: int = 0
    lora_alpha: int = 16
    lora_target_modules: Sequence[str] = ("q_proj", "v_proj")
    gradient_checkpointing: bool = False
    attn_implementation: AttentionImplementation = "sdpa"

    def __post_init__(self) -> None:
        check_fields(self, "policy", {
            "hidden_size": AT_LEAST_1, "num_layers": AT_LEAST_1, "num_heads": AT_LEAST_1,
            "vocab_size": AT_LEAST_1, "format_warmup_steps": AT_LEAST_0,
            "format_warmup_lr": POSITIVE, "corpus_episodes": AT_LEAST_1,
            "warmup_episodes": AT_LEAST_1, "warmup_expert_fraction": FRACTION,
            "lora_rank": AT_LEAST_0, "lora_alpha": POSITIVE})
        if self.hidden_size % self.num_heads:
            raise ValueError(f"policy.num_heads={self.num_heads}: must divide "
                             f"policy.hidden_size={self.hidden_size}")
        if self.lora_rank and not self.lora_target_modules:
            raise ValueError("policy.lora_target_modules is empty: LoRA (policy.lora_rank > 0) "
                             "needs the module names that get adapters, e.g. [q_proj,v_proj]")
        if self.name_or_path is not None and not self.name_or_path.strip():
            raise ValueError("policy.name_or_path is empty: name a model (a local folder or a "
                             "Hugging Face id), or null for the tiny model")


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
