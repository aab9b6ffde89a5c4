"""Model helpers: tiny causal LMs built locally (no downloads) and their format warm-up."""

from creditkit.models.tiny import CHAT_TEMPLATE, build_tiny_model, train_tokenizer

__all__ = ["CHAT_TEMPLATE", "build_tiny_model", "train_tokenizer"]
