"""A learned reward: a causal LM with a one-output score head, trained by MSE on utterance labels
(Sotopia-RL's reward model), and a scorer that plugs it into training.

The input is the chat-rendered prompt the agent saw followed by its utterance as the assistant
turn; the score is read on the last token (transformers' ``*ForSequenceClassification`` with one
label). ``lora=True`` trains LoRA adapters and the head instead of every weight.
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

__all__ = ["RewardExample", "RewardModelScorer", "evaluate_reward_model", "load_reward_model",
           "spearman", "train_reward_model"]


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

    from creditkit.policy import load_tokenizer

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


def encode(tokenizer: Any, prompts: Sequence[str], utterances: Sequence[str],
           max_length: int = 1024) -> dict[str, Tensor]:
    """[B, L] right-padded ids and attention mask of prompt + utterance (chat-rendered)."""
    texts = [tokenizer.apply_chat_template(
        [{"role": "user", "content": p}, {"role": "assistant", "content": u}], tokenize=False)
        for p, u in zip(prompts, utterances, strict=True)]
    return dict(tokenizer(texts, return_tensors="pt", padding=True, truncation=True,
                          max_length=max_length, add_special_tokens=False))


def train_reward_model(model: Any, tokenizer: Any, examples: Sequence[RewardExample],
                       epochs: int = 3, lr: float = 1e-4, batch_size: int = 16,
                       seed: int = 0) -> list[float]:
    """MSE training on ``examples``; returns the mean loss of every epoch."""
    if not examples:
        raise ValueError("examples is empty: the reward model needs labelled utterances")
    if epochs < 1 or batch_size < 1 or lr <= 0:
        raise ValueError(f"epochs and batch_size must be >= 1 and lr > 0; got {epochs}, "
                         f"{batch_size}, {lr}")
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
            inputs = encode(tokenizer, [e.prompt for e in batch], [e.utterance for e in batch])
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
def score(model: Any, tokenizer: Any, prompts: Sequence[str], utterances: Sequence[str],
          batch_size: int = 32) -> Tensor:
    """[B] scores of utterances after their prompts."""
    model.eval()
    parts = [model(**encode(tokenizer, prompts[i:i + batch_size],
                            utterances[i:i + batch_size])).logits[:, 0].float()
             for i in range(0, len(prompts), batch_size)]
    return torch.cat(parts) if parts else torch.zeros(0)


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


def evaluate_reward_model(model: Any, tokenizer: Any, examples: Sequence[RewardExample]
                          ) -> dict[str, float]:
    """Held-out ``mse`` and ``spearman`` between scores and labels."""
    predicted = score(model, tokenizer, [e.prompt for e in examples],
                      [e.utterance for e in examples])
    labels = torch.tensor([e.label for e in examples], dtype=torch.float32)
    return {"mse": float(((predicted - labels) ** 2).mean()),
            "spearman": spearman(predicted, labels)}


class RewardModelScorer:
    """A trained reward model as a reward source: ``scorer(prompts, utterances) -> [B]``.

    Args:
        path: a folder saved by ``model.save_pretrained`` (with its tokenizer).
    """

    def __init__(self, path: str | Path) -> None:
        from transformers import AutoModelForSequenceClassification

        from creditkit.policy import load_tokenizer

        self.tokenizer = load_tokenizer(path)
        self.model = AutoModelForSequenceClassification.from_pretrained(path).eval()

    def __call__(self, prompts: Sequence[str], utterances: Sequence[str]) -> Tensor:
        """[B] scores."""
        return score(self.model, self.tokenizer, prompts, utterances)
