"""LM helpers: loading the causal LM and its tokenizer, chat prompt ids, per-token log-probs.

Building a tiny model and its warm-up live in :mod:`creditkit.models` (which imports this
module, never the other way round)."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import torch
from torch import Tensor
from transformers import (
    AutoModelForCausalLM,
    AutoTokenizer,
    PreTrainedModel,
    PreTrainedTokenizerBase,
)

from creditkit.models.settings import PolicyConfig


def chat_prompt_ids(tokenizer: PreTrainedTokenizerBase, text: str) -> list[int]:
    """Token ids of ``text`` as a user turn, with the assistant's generation prompt appended."""
    ids = tokenizer.apply_chat_template([{"role": "user", "content": text}],
                                        add_generation_prompt=True, tokenize=True)
    if not isinstance(ids, list):  # a BatchEncoding in some transformers versions
        ids = ids["input_ids"]  # type: ignore[index]
    return list(ids)


def token_logprobs(model: torch.nn.Module, token_ids: Tensor, attention_mask: Tensor,
                   with_entropy: bool = False, first_position: int = 1,
                   temperature: float = 1.0, chunk_tokens: int = 0
                   ) -> tuple[Tensor, Tensor | None]:
    """Log-probability of every token given the tokens before it.

    Args:
        model: a causal LM (possibly wrapped: DDP, peft).
        token_ids: long [N, L], right-padded sequences.
        attention_mask: bool or long [N, L], 1 on real tokens.
        with_entropy: also return the entropy of each position's next-token distribution.
        first_position: the first position whose log-prob is needed (e.g. the earliest
            completion token of the batch). Logits are computed from there on only
            (``logits_to_keep``, when the model takes it), which skips the LM head and the
            softmax over the prompts; positions before it hold 0.
        temperature: divides the logits, so the log-probs are those of the distribution the
            tokens were sampled from (the PPO ratio compares like with like).
        chunk_tokens: > 0 runs the LM head on the final hidden states this many tokens at a
            time, each chunk under activation checkpointing (its logits are recomputed in the
            backward pass), so no ``[N, L, V]`` logits tensor is ever held; 0 computes all the
            logits at once. Both give the same values: the model's transform after its head
            (Gemma2/3's ``final_logit_softcapping``, Cohere's ``logit_scale``, Granite's
            ``logits_scaling``) is applied to each chunk, and the chunked head is checked
            against the model's own last logits on every call: a model that transforms its
            logits some other way gets a ``ValueError`` asking for ``chunk_tokens=0``.

    Returns:
        ``(logprobs, entropy)``: float [N, L] each, aligned with ``token_ids`` (position t holds
        log p(token_t | tokens before t)); position 0 holds 0. ``entropy`` is None unless asked.
    """
    length = token_ids.shape[1]
    first = min(max(int(first_position), 1), length - 1) if length > 1 else 1
    if chunk_tokens > 0 and accepts_logits_to_keep(model):
        chosen, entropy = _chunked_logprobs(model, token_ids, attention_mask, first,
                                            temperature, chunk_tokens, with_entropy)
        start = first - 1
    else:
        kwargs = {"logits_to_keep": length - first + 1} if (
            first > 1 and accepts_logits_to_keep(model)) else {}
        logits = model(input_ids=token_ids, attention_mask=attention_mask.long(),
                       **kwargs).logits
        start = length - logits.shape[1]  # the input position of the first logit kept
        log_softmax = torch.log_softmax(logits[:, :-1].float() / temperature, dim=-1)
        chosen = log_softmax.gather(-1, token_ids[:, start + 1:, None])[..., 0]
        entropy = -(log_softmax.exp() * log_softmax).sum(-1) if with_entropy else None
    logprobs = torch.cat([chosen.new_zeros(chosen.shape[0], start + 1), chosen], dim=1)
    if entropy is None:
        return logprobs, None
    return logprobs, torch.cat([entropy.new_zeros(entropy.shape[0], start + 1), entropy], dim=1)


def _chunked_logprobs(model: torch.nn.Module, token_ids: Tensor, attention_mask: Tensor,
                      first: int, temperature: float, chunk_tokens: int, with_entropy: bool
                      ) -> tuple[Tensor, Tensor | None]:
    """float [N, L - first] log-probs (and entropies) of tokens ``first..L-1``: the forward
    keeps one logit (``logits_to_keep=1``) and returns the final hidden states, the LM head
    runs on ``chunk_tokens`` of them at a time under non-reentrant checkpointing."""
    from torch.utils.checkpoint import checkpoint

    output = model(input_ids=token_ids, attention_mask=attention_mask.long(),
                   output_hidden_states=True, logits_to_keep=1)
    final = output.hidden_states[-1]
    head = LogitHead(unwrap_model(model))
    head.check(final[:, -1], output.logits[:, -1])
    hidden = final[:, first - 1:-1]  # [N, L - first, H], predicts first..
    rows, width = hidden.shape[:2]
    flat_hidden = hidden.reshape(rows * width, hidden.shape[-1])
    targets = token_ids[:, first:].reshape(-1)
    pieces = [checkpoint(_head_logprobs, head, flat_hidden[i:i + chunk_tokens],
                         targets[i:i + chunk_tokens], temperature, with_entropy,
                         use_reentrant=False)
              for i in range(0, flat_hidden.shape[0], chunk_tokens)]
    chosen = torch.cat([p[0] for p in pieces]).reshape(rows, width)
    if not with_entropy:
        return chosen, None
    return chosen, torch.cat([p[1] for p in pieces]).reshape(rows, width)


class LogitHead(torch.nn.Module):
    """A causal LM's output embedding followed by its post-head logit transform: Gemma2/3's
    soft-capping ``tanh(z / c) * c`` (``final_logit_softcapping``), Cohere's ``z * s``
    (``logit_scale``), Granite's ``z / s`` (``logits_scaling``); the identity for the rest.

    Args:
        model: the unwrapped transformers causal LM.
    """

    def __init__(self, model: Any) -> None:
        super().__init__()
        config = model.config
        self.architecture = type(model).__name__
        self.output_embeddings = model.get_output_embeddings()
        self.softcap = getattr(config, "final_logit_softcapping", None)
        self.scale = getattr(config, "logit_scale", None)
        self.divisor = getattr(config, "logits_scaling", None)

    def forward(self, hidden: Tensor) -> Tensor:
        """float [M, V] logits of hidden states float [M, H]."""
        logits = self.output_embeddings(hidden)
        if self.scale is not None:
            logits = logits * self.scale
        if self.divisor is not None:
            logits = logits / self.divisor
        if self.softcap is not None:
            logits = torch.tanh(logits / self.softcap) * self.softcap
        return logits

    @torch.no_grad()
    def check(self, hidden: Tensor, logits: Tensor) -> None:
        """Raise ``ValueError`` unless this head maps ``hidden`` (float [N, H], the last
        position's final hidden states) to the model's own ``logits`` (float [N, V])."""
        ours = self(hidden).float()
        if not torch.allclose(ours, logits.float(), rtol=1e-2, atol=1e-3 * (
                1.0 + float(logits.float().abs().max()))):
            raise ValueError(
                f"chunked log-probs: {self.architecture}'s logits are not its output "
                f"embedding of the final hidden states, nor one of the transforms creditkit "
                f"applies (final_logit_softcapping, logit_scale, logits_scaling); the "
                f"chunked values would be wrong. Set trainer.logprob_chunk_tokens=0")


def _head_logprobs(head: torch.nn.Module, hidden: Tensor, targets: Tensor, temperature: float,
                   with_entropy: bool) -> tuple[Tensor, Tensor]:
    """float [M] log-probs of ``targets`` (long [M]) and entropies (zeros unless asked) from
    hidden states float [M, H]."""
    log_softmax = torch.log_softmax(head(hidden).float() / temperature, dim=-1)
    chosen = log_softmax.gather(-1, targets[:, None])[:, 0]
    if not with_entropy:
        return chosen, torch.zeros_like(chosen)
    return chosen, -(log_softmax.exp() * log_softmax).sum(-1)


def accepts_logits_to_keep(model: Any) -> bool:
    """Whether the causal LM under ``model`` (DDP, peft and compile wrappers unwrapped) takes
    ``logits_to_keep`` (transformers >= 4.50 models do)."""
    return "logits_to_keep" in forward_parameters(model)


def cache_keyword(model: Any) -> str:
    """The name of the KV-cache argument of ``model``'s forward and of its output field:
    ``cache`` (transformers >= 5.2x) or ``past_key_values`` (before)."""
    return "cache" if "cache" in forward_parameters(model) else "past_key_values"


def forward_parameters(model: Any) -> frozenset[str]:
    """The parameter names of the forward of the causal LM under ``model`` (DDP, peft and
    compile wrappers unwrapped), cached per class."""
    model_class = type(unwrap_model(model))
    if model_class not in _FORWARD_PARAMETERS:
        forward = getattr(model_class, "forward", None)
        _FORWARD_PARAMETERS[model_class] = frozenset(
            inspect.signature(forward).parameters if forward is not None else ())
    return _FORWARD_PARAMETERS[model_class]


_FORWARD_PARAMETERS: dict[type, frozenset[str]] = {}


def unwrap_model(model: Any) -> Any:
    """The transformers model under DDP (``.module``), peft (``get_base_model()``) and
    ``torch.compile`` (``._orig_mod``) wrappers."""
    seen = set()
    while id(model) not in seen:
        seen.add(id(model))
        if hasattr(model, "get_base_model"):
            model = model.get_base_model()
        elif hasattr(model, "module") and isinstance(model.module, torch.nn.Module):
            model = model.module
        elif hasattr(model, "_orig_mod"):
            model = model._orig_mod
    return model


def load_tokenizer(name_or_path: str | Path) -> PreTrainedTokenizerBase:
    """The tokenizer, left-padded for batched generation, with a pad token."""
    tokenizer = AutoTokenizer.from_pretrained(str(name_or_path), padding_side="left")
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def load_policy(name_or_path: str, config: PolicyConfig) -> PreTrainedModel:
    """Load the causal LM with ``config.attn_implementation``, with gradient checkpointing when
    asked, wrapped with LoRA adapters when ``config.lora_rank > 0``."""
    model: Any = AutoModelForCausalLM.from_pretrained(
        name_or_path, attn_implementation=config.attn_implementation)
    if config.gradient_checkpointing:
        # non-reentrant: works with frozen inputs (LoRA) and with checkpointed LM-head chunks
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
    if config.lora_rank > 0:
        from peft import LoraConfig, get_peft_model

        model = get_peft_model(model, LoraConfig(
            r=config.lora_rank, lora_alpha=config.lora_alpha,
            target_modules=list(config.lora_target_modules), task_type="CAUSAL_LM"))
    return model
