"""The default rollout engine: token-by-token sampling with the training model itself (CPU or
GPU), keeping one position's logits at a time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch
from torch import Tensor
from transformers import PreTrainedModel, PreTrainedTokenizerBase

from creditkit.models.policy import accepts_logits_to_keep, cache_keyword
from creditkit.rollout.engine import Generation, Sampling, cut_at_stop, end_token_ids


class HFEngine:
    """Samples batches of left-padded prompts with the model's KV cache.

    The model is the one being trained (weights are shared: :meth:`sync_weights` has nothing to
    do). Each step keeps only the newest position's logits ``[N, V]``, and each sampled token's
    log-prob is taken as it is drawn, so memory does not grow with the completion length times
    the vocabulary (``model.generate(output_logits=True)`` keeps ``[N, T, V]``). Sampling uses
    the global torch RNG, which the trainer seeds and checkpoints, so rollouts are reproducible.
    A completion ends at the tokenizer's EOS, at any of the model's
    ``generation_config.eos_token_id`` (as ``model.generate`` ends) and at
    ``rollout.stop_token_ids``.

    Args:
        model: a causal LM (possibly wrapped by peft).
        tokenizer: its tokenizer (its pad and EOS ids are used).
        run_dir, main_process: the trainer passes them to every engine; unused here.
        batch_size: prompts per forward batch.
    """

    def __init__(self, model: PreTrainedModel, tokenizer: PreTrainedTokenizerBase,
                 run_dir: str | Path | None = None, main_process: bool = True,
                 batch_size: int = 256) -> None:
        if batch_size < 1:
            raise ValueError(f"engine.batch_size must be >= 1, got {batch_size}")
        self.model, self.tokenizer, self.batch_size = model, tokenizer, batch_size
        self.end_ids = end_token_ids(model, tokenizer)

    def sync_weights(self, model: Any) -> None:
        """Nothing to do: the engine samples with the trained model."""

    def release_memory(self) -> None:
        """Nothing to do: the KV cache of a batch is freed when the batch ends."""

    @torch.no_grad()
    def generate(self, prompts: list[list[int]], sampling: Sampling) -> Generation:
        """Sample one completion per prompt (token ids in, token ids and log-probs out)."""
        token_ids: list[list[int]] = []
        logprobs: list[list[float]] = []
        was_training = self.model.training
        self.model.eval()
        try:
            for start in range(0, len(prompts), self.batch_size):
                ids, lps = self._generate_batch(prompts[start:start + self.batch_size], sampling)
                token_ids += ids
                logprobs += lps
        finally:
            self.model.train(was_training)
        return Generation(token_ids, logprobs)

    def _generate_batch(self, prompts: list[list[int]], sampling: Sampling
                        ) -> tuple[list[list[int]], list[list[float]]]:
        pad = self.tokenizer.pad_token_id
        stops = {*self.end_ids, *sampling.stop_token_ids}
        width = max(len(p) for p in prompts)
        device = next(self.model.parameters()).device
        inputs = torch.tensor([[pad] * (width - len(p)) + p for p in prompts], device=device)
        attention = torch.tensor([[0] * (width - len(p)) + [1] * len(p) for p in prompts],
                                 device=device)
        positions = (attention.cumsum(-1) - 1).clamp(min=0)
        stop_ids = torch.tensor(sorted(stops), device=device)
        finished = torch.zeros(len(prompts), dtype=torch.bool, device=device)
        keep = {"logits_to_keep": 1} if accepts_logits_to_keep(self.model) else {}
        cache_name = cache_keyword(self.model)
        cache, tokens, chosen = None, [], []
        for _ in range(sampling.max_new_tokens):
            output = self.model(input_ids=inputs, attention_mask=attention,
                                position_ids=positions, use_cache=True,
                                **{cache_name: cache}, **keep)
            cache = getattr(output, cache_name)
            token, logprob = sample_next(output.logits[:, -1].float(), sampling)
            token = torch.where(finished, torch.full_like(token, pad), token)
            tokens.append(token)
            chosen.append(logprob)
            finished |= torch.isin(token, stop_ids)
            if bool(finished.all()):
                break
            inputs = token[:, None]
            attention = torch.cat([attention, attention.new_ones(len(prompts), 1)], dim=1)
            positions = positions[:, -1:] + 1
        rows = torch.stack(tokens, dim=1).tolist()
        row_logprobs = torch.stack(chosen, dim=1).tolist()
        pairs = [cut_at_stop(r, lp, stops) for r, lp in zip(rows, row_logprobs, strict=True)]
        return [p[0] for p in pairs], [p[1] for p in pairs]


def sample_next(logits: Tensor, sampling: Sampling) -> tuple[Tensor, Tensor]:
    """One token per row from ``logits`` (float [N, V], raw) and its log-prob.

    Greedy: the argmax and its log-prob at temperature 1. Otherwise the logits are divided by
    the temperature, top-k and top-p truncate the distribution the token is drawn from (global
    torch RNG), and the returned log-prob is that of the untruncated temperature-scaled
    distribution (see :class:`~creditkit.rollout.engine.Sampling`).

    Returns:
        ``(tokens, logprobs)``: long [N] and float [N].
    """
    if sampling.greedy:
        token = logits.argmax(dim=-1)
        return token, torch.log_softmax(logits, -1).gather(-1, token[:, None])[:, 0]
    scaled = logits / sampling.temperature
    logprobs = torch.log_softmax(scaled, dim=-1)
    truncated = truncate(scaled, sampling.top_k, sampling.top_p)
    token = torch.multinomial(torch.softmax(truncated, dim=-1), 1)[:, 0]
    return token, logprobs.gather(-1, token[:, None])[:, 0]


def truncate(logits: Tensor, top_k: int, top_p: float) -> Tensor:
    """``logits`` (float [N, V]) with tokens outside the top ``top_k`` (0: all) and outside the
    smallest set of most likely tokens reaching probability ``top_p`` (1: all) set to -inf.
    The most likely token always stays."""
    if top_k > 0 and top_k < logits.shape[-1]:
        kth = logits.topk(top_k, dim=-1).values[:, -1:]
        logits = logits.masked_fill(logits < kth, float("-inf"))
    if top_p < 1.0:
        ordered, order = logits.sort(dim=-1, descending=True)
        before = ordered.softmax(-1).cumsum(-1) - ordered.softmax(-1)  # mass above each token
        drop_sorted = before >= top_p
        drop = drop_sorted.scatter(-1, order, drop_sorted)
        logits = logits.masked_fill(drop, float("-inf"))
    return logits
