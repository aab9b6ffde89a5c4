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

from creditkit.config import PolicyConfig


def chat_prompt_ids(tokenizer: PreTrainedTokenizerBase, text: str) -> list[int]:
    """Token ids of ``text`` as a user turn, with the assistant's generation prompt appended."""
    ids = tokenizer.apply_chat_template([{"role": "user", "content": text}],
                                        add_generation_prompt=True, tokenize=True)
    if not isinstance(ids, list):  # a BatchEncoding in some transformers versions
        ids = ids["input_ids"]  # type: ignore[index]
    return list(ids)


def token_logprobs(model: torch.nn.Module, token_ids: Tensor, attention_mask: Tensor,
                   with_entropy: bool = False, first_position: int = 1,
                   temperature: float = 1.0) -> tuple[Tensor, Tensor | None]:
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

    Returns:
        ``(logprobs, entropy)``: float [N, L] each, aligned with ``token_ids`` (position t holds
        log p(token_t | tokens before t)); position 0 holds 0. ``entropy`` is None unless asked.
    """
    length = token_ids.shape[1]
    first = min(max(int(first_position), 1), length - 1) if length > 1 else 1
    kwargs = {"logits_to_keep": length - first + 1} if (
        first > 1 and accepts_logits_to_keep(model)) else {}
    logits = model(input_ids=token_ids, attention_mask=attention_mask.long(), **kwargs).logits
    start = length - logits.shape[1]  # the input position of the first logit kept
    log_softmax = torch.log_softmax(logits[:, :-1].float() / temperature, dim=-1)
    chosen = log_softmax.gather(-1, token_ids[:, start + 1:, None])[..., 0]
    logprobs = torch.cat([chosen.new_zeros(chosen.shape[0], start + 1), chosen], dim=1)
    if not with_entropy:
        return logprobs, None
    entropy = -(log_softmax.exp() * log_softmax).sum(-1)
    return logprobs, torch.cat([entropy.new_zeros(entropy.shape[0], start + 1), entropy], dim=1)


def accepts_logits_to_keep(model: Any) -> bool:
    """Whether the causal LM under ``model`` (DDP, peft and compile wrappers unwrapped) takes
    ``logits_to_keep`` (transformers >= 4.50 models do)."""
    seen = set()
    while id(model) not in seen:
        seen.add(id(model))
        if hasattr(model, "get_base_model"):
            model = model.get_base_model()
        elif hasattr(model, "module") and isinstance(model.module, torch.nn.Module):
            model = model.module
        elif hasattr(model, "_orig_mod"):
            model = model._orig_mod
    model_class = type(model)
    if model_class not in _TAKES_LOGITS_TO_KEEP:
        forward = getattr(model_class, "forward", None)
        _TAKES_LOGITS_TO_KEEP[model_class] = forward is not None and (
            "logits_to_keep" in inspect.signature(forward).parameters)
    return _TAKES_LOGITS_TO_KEEP[model_class]


_TAKES_LOGITS_TO_KEEP: dict[type, bool] = {}


def load_tokenizer(name_or_path: str | Path) -> PreTrainedTokenizerBase:
    """The tokenizer, left-padded for batched generation, with a pad token."""
    tokenizer = AutoTokenizer.from_pretrained(str(name_or_path), padding_side="left")
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def load_policy(name_or_path: str, config: PolicyConfig) -> PreTrainedModel:
    """Load the causal LM, wrapped with LoRA adapters when ``config.lora_rank > 0``."""
    model: Any = AutoModelForCausalLM.from_pretrained(name_or_path)
    if config.lora_rank > 0:
        from peft import LoraConfig, get_peft_model

        model = get_peft_model(model, LoraConfig(
            r=config.lora_rank, lora_alpha=config.lora_alpha,
            target_modules=list(config.lora_target_modules), task_type="CAUSAL_LM"))
    return model
