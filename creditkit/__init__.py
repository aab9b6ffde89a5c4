"""creditkit: reinforcement learning for LLM agents, with credit assignment you compose.

The public API is listed in ``__all__``; see the documentation's API reference.
"""

from creditkit import estimators, shapers
from creditkit.anchors import anchor_ids_from_keys, normalize_text, text_similarity
from creditkit.batch import RETURN_OFFSETS_KEY, StepBatch, TokenBatch
from creditkit.estimators import *  # noqa: F403  (every estimator: its __all__)
from creditkit.segments import (
    SegmentStats,
    broadcast_to_tokens,
    dense_ids,
    discounted_returns,
    episode_bounds,
    normalize_in_segments,
    segment_count,
    segment_mean,
    segment_stats,
    segment_std,
    segment_sum,
)
from creditkit.shapers import *  # noqa: F403  (every shaper: its __all__)

__version__ = "0.1.0.dev0"

__all__ = sorted([
    *estimators.__all__,
    *shapers.__all__,
    "RETURN_OFFSETS_KEY",
    "SegmentStats",
    "StepBatch",
    "TokenBatch",
    "anchor_ids_from_keys",
    "broadcast_to_tokens",
    "dense_ids",
    "discounted_returns",
    "episode_bounds",
    "normalize_in_segments",
    "normalize_text",
    "segment_count",
    "segment_mean",
    "segment_stats",
    "segment_std",
    "segment_sum",
    "text_similarity",
])
