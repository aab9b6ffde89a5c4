"""The rollout-engine interface: token ids in, sampled token ids and their log-probs out.

An engine is built by the trainer (``engine`` config group, a Hydra ``_partial_``) with
``model``, ``tokenizer``, ``run_dir`` and ``main_process`` keywords, and implements three
methods: :meth:`RolloutEngine.generate` (called by the agent loop),
:meth:`RolloutEngine.sync_weights` (after every optimizer step, and once before the first
rollout) and :meth:`RolloutEngine.release_memory` (before every update). Implementations:
:class:`~creditkit.rollout.engines.hf.HFEngine` (``engine=hf``),
:class:`~creditkit.rollout.engines.server.ServerEngine` (``engine=server``) and
:class:`~creditkit.rollout.engines.vllm.VLLMEngine` (``engine=vllm``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True)
class Sampling:
    """How to sample completions.

    Attributes:
        max_new_tokens: longest completion, in tokens.
        temperature: softmax temperature (> 0); ignored when ``greedy``.
        greedy: take the most likely token (evaluation).
        top_p: nucleus sampling: sample among the most likely tokens whose probabilities sum
            to ``top_p`` (1: off).
        top_k: sample among the ``top_k`` most likely tokens (0: off).
        stop_token_ids: tokens that end a completion (kept in it), besides the tokenizer's EOS
            and the model's ``generation_config.eos_token_id`` ids (see ``end_token_ids``).

    The log-probs the HF engine returns are those of the temperature-scaled distribution
    *before* top-k/top-p truncation: the distribution the trainer recomputes for the PPO ratio
    (as verl and TRL do). With ``top_p < 1`` or ``top_k > 0`` the ratio therefore compares
    untruncated distributions; the sampled tokens come from the truncated one. (vLLM's
    processed log-probs are taken after truncation: see ``trainer.recompute_old_logprobs``.)
    """

    max_new_tokens: int = 8
    temperature: float = 1.0
    greedy: bool = False
    top_p: float = 1.0
    top_k: int = 0
    stop_token_ids: Sequence[int] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "stop_token_ids", tuple(int(t) for t in self.stop_token_ids))
        if self.max_new_tokens < 1:
            raise ValueError(f"max_new_tokens must be >= 1, got {self.max_new_tokens}")
        if not self.temperature > 0:
            raise ValueError(f"temperature must be > 0, got {self.temperature}")
        if not 0 < self.top_p <= 1:
            raise ValueError(f"top_p must be in (0, 1] (1 turns it off), got {self.top_p}")
        if self.top_k < 0:
            raise ValueError(f"top_k must be >= 0 (0 turns it off), got {self.top_k}")


@dataclass(frozen=True)
class Generation:
    """Completions of a batch of prompts, as generated (never re-tokenised).

    Attributes:
        token_ids: per prompt, the sampled tokens up to and including the first EOS or stop
            token.
        logprobs: per prompt, the log-probability of each sampled token under the sampling
            distribution (temperature applied), same lengths as ``token_ids``.
    """

    token_ids: list[list[int]]
    logprobs: list[list[float]]


class RolloutEngine(Protocol):
    """Anything that samples completions for token-id prompts and follows the trained model."""

    def generate(self, prompts: list[list[int]], sampling: Sampling) -> Generation:
        """Sample one completion per prompt."""
        ...  # pragma: no cover - protocol

    def sync_weights(self, model: Any) -> None:
        """Make later generations use ``model``'s current weights (called on every process
        after each optimizer step and once before the first rollout)."""
        ...  # pragma: no cover - protocol

    def release_memory(self) -> None:
        """Free what the engine holds on the accelerator before an update (vLLM: sleep)."""
        ...  # pragma: no cover - protocol


def cut_at_stop(token_ids: list[int], logprobs: list[float], stops: set[int]
                ) -> tuple[list[int], list[float]]:
    """The completion up to and including its first token in ``stops`` (all of it if none)."""
    for position, token in enumerate(token_ids):
        if token in stops:
            return token_ids[:position + 1], logprobs[:position + 1]
    return token_ids, logprobs


def end_token_ids(model: Any, tokenizer: Any) -> frozenset[int]:
    """Every token that ends a completion: the tokenizer's EOS and each of the model's
    ``generation_config.eos_token_id`` (an id or a list: Qwen2.5-Instruct lists 2,
    Llama-3.1-Instruct 3), as ``model.generate`` and vLLM stop at all of them.

    Args:
        model: a causal LM (peft-wrapped or not), or None (the tokenizer's EOS only).
        tokenizer: its tokenizer.
    """
    ids = {tokenizer.eos_token_id}
    config = getattr(model, "generation_config", None) if model is not None else None
    listed = getattr(config, "eos_token_id", None)
    ids.update(listed if isinstance(listed, (list, tuple)) else [listed])
    return frozenset(int(i) for i in ids if i is not None)
