"""Model helpers: tiny causal LMs built locally (no downloads), their format warm-up, and the
policy a run starts from (:func:`prepare_policy`)."""

from creditkit.models.prepare import prepare_policy
from creditkit.models.tiny import CHAT_TEMPLATE, build_tiny_model, train_tokenizer

__all__ = ["CHAT_TEMPLATE", "build_tiny_model", "prepare_policy", "train_tokenizer"]
