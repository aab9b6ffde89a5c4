"""Causal-LM helpers: chat-rendered prompt ids and per-token log-probs of given sequences."""

from __future__ import annotations

import torch
from torch import Tensor
from transformers import PreTrainedModel, PreTrainedTokenizerBase


def chat_prompt_ids(tokenizer: PreTrainedTokenizerBase, text: str) -> list[int]:
    """Token ids of ``text`` as a user turn, with the assistant's generation prompt appended."""
    ids = tokenizer.apply_chat_template([{"role": "user", "content": text}],
                                        add_generation_prompt=True, tokenize=True)
    if not isinstance(ids, list):  # a BatchEncoding in some transformers versions
        ids = ids["input_ids"]
    return list(ids)


def token_logprobs(model: PreTrainedModel, token_ids: Tensor, attention_mask: Tensor,
                   with_entropy: bool = False) -> tuple[Tensor, Tensor | None]:
    """Log-probability of every token given the tokens before it.

    Args:
        model: a causal LM.
        token_ids: long [N, L], right-padded sequences.
        attention_mask: bool or long [N, L], 1 on real tokens.
        with_entropy: also return the entropy of each position's next-token distribution.

    Returns:
        ``(logprobs, entropy)``: float [N, L] each, aligned with ``token_ids`` (position t holds
        log p(token_t | tokens before t)); position 0 holds 0. ``entropy`` is None unless asked.
    """
    logits = model(input_ids=token_ids, attention_mask=attention_mask.long()).logits.float()
    log_softmax = torch.log_softmax(logits[:, :-1], dim=-1)
    chosen = log_softmax.gather(-1, token_ids[:, 1:, None])[..., 0]
    logprobs = torch.cat([torch.zeros_like(chosen[:, :1]), chosen], dim=1)
    if not with_entropy:
        return logprobs, None
    entropy = -(log_softmax.exp() * log_softmax).sum(-1)
    return logprobs, torch.cat([torch.zeros_like(entropy[:, :1]), entropy], dim=1)
