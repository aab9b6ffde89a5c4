"""A learned reward: a causal LM with a one-output score head, trained by MSE on utterance labels
(Sotopia-RL's reward model), and a scorer that plugs it into training.

The input is the chat-rendered prompt the agent saw followed by its utterance as the assistant
turn; the score is read on the last token (transformers' ``*ForSequenceClassification`` with one
label). ``lora=True`` trains LoRA adapters and the head instead of every weight.

A sequence longer than ``max_length`` tokens (the Sotopia-RL paper's 4,096 by default, capped at
the model's ``max_position_embeddings``) loses the start of its prompt, never the utterance: the
score is read where the utterance ends, so cutting the end would give every action after a long
prompt the same score. :func:`truncated_rows` counts the rows that lose prompt tokens.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from torch import Tensor

__all__ = ["DEFAULT_MAX_LENGTH", "RewardExample", "RewardModelScorer", "evaluate_reward_model",
           "load_reward_model", "score", "score_and_count", "spearman", "token_limit",
           "train_reward_model", "truncated_rows"]

DEFAULT_MAX_LENGTH = 4096
"""Tokens of prompt + utterance the reward model reads (Sotopia-RL's setting)."""


@dataclass(frozen=True)
class RewardExample:
    """One utterance to score: the prompt the agent saw, what it said, its label."""

    prompt: str
    utterance: str
    label: float


def load_reward_model(name_or_path: str | Path, lora: bool = False, lora_rank: int = 8,
                      seed: int = 0) -> tuple[Any, Any]:
    """A (model, tokenizer) pair with a fresh one-output score head on a causal LM (a folder
    or a hub id), or a reward model saved by :func:`train_reward_model`."""
    from transformers import AutoModelForSequenceClassification

    from creditkit.models.policy import load_tokenizer

    torch.manual_seed(seed)
    tokenizer = load_tokenizer(name_or_path)
    model = AutoModelForSequenceClassification.from_pretrained(
        name_or_path, num_labels=1, pad_token_id=tokenizer.pad_token_id)
    if lora:
        from peft import LoraConfig, TaskType, get_peft_model

        model = get_peft_model(model, LoraConfig(task_type=TaskType.SEQ_CLS, r=lora_rank,
                                                 lora_alpha=2 * lora_rank,
                                                 target_modules="all-linear"))
    return model, tokenizer


def token_limit(model: Any, max_length: int) -> int:
    """``max_length``, or the model's ``max_position_embeddings`` when that is smaller."""
    if max_length < 1:
        raise ValueError(f"max_length must be >= 1; got {max_length}")
    positions = getattr(getattr(model, "config", None), "max_position_embeddings", None)
    return min(max_length, positions) if isinstance(positions, int) else max_length


def _rows(tokenizer: Any, prompts: Sequence[str], utterances: Sequence[str], max_length: int
          ) -> tuple[list[list[int]], int]:
    """The token ids of every chat-rendered prompt + utterance, each cut to its last
    ``max_length`` tokens, and how many rows were cut. An utterance that alone exceeds
    ``max_length`` is a ValueError."""
    def ids(messages: list[dict[str, str]], **options: bool) -> list[int]:
        text = tokenizer.apply_chat_template(messages, tokenize=False, **options)
        return list(tokenizer(text, add_special_tokens=False)["input_ids"])

    rows, cut = [], 0
    for prompt, utterance in zip(prompts, utterances, strict=True):
        user = [{"role": "user", "content": prompt}]
        row = ids([*user, {"role": "assistant", "content": utterance}])
        if len(row) > max_length:
            reply = len(row) - len(ids(user, add_generation_prompt=True))
            if reply > max_length:
                raise ValueError(
                    f"an utterance of {reply} tokens does not fit the reward model's "
                    f"max_length={max_length}; raise max_length (the model reads at most its "
                    f"max_position_embeddings) or shorten the utterances")
            row, cut = row[-max_length:], cut + 1
        rows.append(row)
    return rows, cut


def encode(tokenizer: Any, prompts: Sequence[str], utterances: Sequence[str],
           max_length: int = DEFAULT_MAX_LENGTH) -> tuple[dict[str, Tensor], int]:
    """[B, L] padded ids and attention mask of prompt + utterance (chat-rendered; padded on the
    tokenizer's side), each row its last ``max_length`` tokens; and the number of rows cut."""
    rows, cut = _rows(tokenizer, prompts, utterances, max_length)
    padded = tokenizer.pad({"input_ids": rows}, return_tensors="pt")
    return {"input_ids": padded["input_ids"], "attention_mask": padded["attention_mask"]}, cut


def truncated_rows(tokenizer: Any, examples: Sequence[RewardExample],
                   max_length: int = DEFAULT_MAX_LENGTH) -> int:
    """How many of ``examples`` lose the start of their prompt at ``max_length`` tokens."""
    return _rows(tokenizer, [e.prompt for e in examples], [e.utterance for e in examples],
                 max_length)[1]


def train_reward_model(model: Any, tokenizer: Any, examples: Sequence[RewardExample],
                       epochs: int = 3, lr: float = 1e-4, batch_size: int = 16,
                       seed: int = 0, max_length: int = DEFAULT_MAX_LENGTH) -> list[float]:
    """MSE training on ``examples`` (each read as its last ``max_length`` tokens, see
    :func:`token_limit`); returns the mean loss of every epoch."""
    if not examples:
        raise ValueError("examples is empty: the reward model needs labelled utterances")
    if epochs < 1 or batch_size < 1 or lr <= 0:
        raise ValueError(f"epochs and batch_size must be >= 1 and lr > 0; got {epochs}, "
                         f"{batch_size}, {lr}")
    limit = token_limit(model, max_length)
    rng = random.Random(seed)
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=lr)
    model.train()
    history = []
    for _ in range(epochs):
        order = list(range(len(examples)))
        rng.shuffle(order)
        total = 0.0
        for start in range(0, len(order), batch_size):
            batch = [examples[i] for i in order[start:start + batch_size]]
            inputs, _ = encode(tokenizer, [e.prompt for e in batch],
                               [e.utterance for e in batch], limit)
            scores = model(**inputs).logits[:, 0]
            target = torch.tensor([e.label for e in batch], dtype=scores.dtype)
            loss = torch.nn.functional.mse_loss(scores, target)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total += float(loss.detach()) * len(batch)
        history.append(total / len(examples))
    model.eval()
    return history


@torch.no_grad()
def score_and_count(model: Any, tokenizer: Any, prompts: Sequence[str],
                    utterances: Sequence[str], batch_size: int = 32,
                    max_length: int = DEFAULT_MAX_LENGTH) -> tuple[Tensor, int]:
    """[B] scores of utterances after their prompts (each read as its last ``max_length``
    tokens) and the number of rows that lost prompt tokens."""
    model.eval()
    limit = token_limit(model, max_length)
    parts, cut = [], 0
    for i in range(0, len(prompts), batch_size):
        inputs, rows_cut = encode(tokenizer, prompts[i:i + batch_size],
                                  utterances[i:i + batch_size], limit)
        parts.append(model(**inputs).logits[:, 0].float())
        cut += rows_cut
    return (torch.cat(parts) if parts else torch.zeros(0)), cut


def score(model: Any, tokenizer: Any, prompts: Sequence[str], utterances: Sequence[str],
          batch_size: int = 32, max_length: int = DEFAULT_MAX_LENGTH) -> Tensor:
    """[B] scores of utterances after their prompts (see :func:`score_and_count`)."""
    return score_and_count(model, tokenizer, prompts, utterances, batch_size, max_length)[0]


def spearman(x: Tensor, y: Tensor) -> float:
    """Spearman's rank correlation (ties get their average rank); nan when either is
    constant."""
    def ranks(values: Tensor) -> Tensor:
        order = values.double().argsort()
        result = torch.empty_like(values, dtype=torch.float64)
        result[order] = torch.arange(len(values), dtype=torch.float64)
        for value in values.unique():  # average the ranks of ties
            tied = values == value
            result[tied] = result[tied].mean()
        return result

    rx, ry = ranks(x), ranks(y)
    rx, ry = rx - rx.mean(), ry - ry.mean()
    denominator = float(rx.norm() * ry.norm())
    return float((rx * ry).sum()) / denominator if denominator > 0 else math.nan


def evaluate_reward_model(model: Any, tokenizer: Any, examples: Sequence[RewardExample],
                          max_length: int = DEFAULT_MAX_LENGTH) -> dict[str, float]:
    """Held-out ``mse`` and ``spearman`` between scores and labels."""
    predicted = score(model, tokenizer, [e.prompt for e in examples],
                      [e.utterance for e in examples], max_length=max_length)
    labels = torch.tensor([e.label for e in examples], dtype=torch.float32)
    return {"mse": float(((predicted - labels) ** 2).mean()),
            "spearman": spearman(predicted, labels)}


class RewardModelScorer:
    """A trained reward model as a reward source: ``scorer(prompts, utterances) -> [B]``.

    Args:
        path: a folder saved by ``model.save_pretrained`` (with its tokenizer).
        max_length: tokens of prompt + utterance read (the prompt loses its start beyond it);
            None: the limit the model was trained with (``creditkit_max_length`` in its
            config, written by :func:`~creditkit.app.reward_model_cli.fit_reward_model`), else
            :data:`DEFAULT_MAX_LENGTH`.

    Attributes:
        truncated_rows: how many scored rows have lost prompt tokens so far.
    """

    def __init__(self, path: str | Path, max_length: int | None = None) -> None:
        from transformers import AutoModelForSequenceClassification

        from creditkit.models.policy import load_tokenizer

        self.tokenizer = load_tokenizer(path)
        self.model = AutoModelForSequenceClassification.from_pretrained(path).eval()
        if max_length is None:
            max_length = getattr(self.model.config, "creditkit_max_length", DEFAULT_MAX_LENGTH)
        self.max_length = token_limit(self.model, int(max_length))
        self.truncated_rows = 0

    def __call__(self, prompts: Sequence[str], utterances: Sequence[str]) -> Tensor:
        """[B] scores."""
        scores, cut = score_and_count(self.model, self.tokenizer, prompts, utterances,
                                      max_length=self.max_length)
        self.truncated_rows += cut
        return scores
