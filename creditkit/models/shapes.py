"""Randomly initialised models of real shapes, for GPU tests and benchmarks without a model hub:
the tiny tokenizer of an environment with a Qwen2-architecture network of a named size."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import torch
from transformers import Qwen2Config, Qwen2ForCausalLM

from creditkit.models.tiny import build_tiny_model

QWEN25_SHAPES: dict[str, dict[str, Any]] = {
    # the config.json values of Qwen/Qwen2.5-0.5B-Instruct and Qwen/Qwen2.5-1.5B-Instruct
    "qwen2.5-0.5b": {"hidden_size": 896, "intermediate_size": 4864, "num_hidden_layers": 24,
                     "num_attention_heads": 14, "num_key_value_heads": 2,
                     "vocab_size": 151_936, "tie_word_embeddings": True},
    "qwen2.5-1.5b": {"hidden_size": 1536, "intermediate_size": 8960, "num_hidden_layers": 28,
                     "num_attention_heads": 12, "num_key_value_heads": 2,
                     "vocab_size": 151_936, "tie_word_embeddings": True},
}
"""Qwen2Config fields of real model sizes, by name (from the models' config.json files)."""


def build_shaped_model(output_dir: str | Path, corpus: Iterable[str], shape: str,
                       seed: int = 0) -> Path:
    """Save a random Qwen2 network of ``shape`` (a key of :data:`QWEN25_SHAPES`) with a tiny
    tokenizer trained on ``corpus`` to ``output_dir`` (the network's vocabulary is the real
    one; the tokenizer uses its first few hundred ids)."""
    if shape not in QWEN25_SHAPES:
        raise ValueError(f"shape must be one of {sorted(QWEN25_SHAPES)}, got {shape!r}")
    folder = build_tiny_model(output_dir, corpus, seed=seed)
    torch.manual_seed(seed)
    # random weights: the rotary base (Qwen2.5's 1e6) does not matter, the default is kept
    model = Qwen2ForCausalLM(Qwen2Config(**QWEN25_SHAPES[shape], max_position_embeddings=4096))
    model.save_pretrained(folder)
    return folder
