"""The rollout-engine interface: token ids in, sampled token ids and their log-probs out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Sampling:
    """How to sample completions.

    Attributes:
        max_new_tokens: longest completion, in tokens.
        temperature: softmax temperature (> 0); ignored when ``greedy``.
        greedy: take the most likely token (evaluation).
    """

    max_new_tokens: int = 8
    temperature: float = 1.0
    greedy: bool = False

    def __post_init__(self) -> None:
        if self.max_new_tokens < 1:
            raise ValueError(f"max_new_tokens must be >= 1, got {self.max_new_tokens}")
        if not self.temperature > 0:
            raise ValueError(f"temperature must be > 0, got {self.temperature}")


@dataclass(frozen=True)
class Generation:
    """Completions of a batch of prompts, as generated (never re-tokenised).

    Attributes:
        token_ids: per prompt, the sampled tokens up to and including the first EOS.
        logprobs: per prompt, the log-probability of each sampled token under the sampling
            distribution (temperature applied), same lengths as ``token_ids``.
    """

    token_ids: list[list[int]]
    logprobs: list[list[float]]


class RolloutEngine(Protocol):
    """Anything that samples completions for token-id prompts."""

    def generate(self, prompts: list[list[int]], sampling: Sampling) -> Generation:
        """Sample one completion per prompt."""
        ...  # pragma: no cover - protocol
