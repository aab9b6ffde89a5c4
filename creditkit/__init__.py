"""creditkit: reinforcement learning for LLM agents, with credit assignment you compose.

The public API is listed in ``__all__``; see the documentation's API reference.
"""

from creditkit.anchors import anchor_ids_from_keys, normalize_text, text_similarity
from creditkit.batch import RETURN_OFFSETS_KEY, StepBatch, TokenBatch
from creditkit.estimators import (
    GRPO,
    NIW,
    RLOO,
    AdvantageEstimator,
    DrGRPO,
    GiGPO,
    GroupEstimator,
    Prior,
    WeightedSum,
    dr_grpo_advantages,
    gigpo_advantages,
    grpo_advantages,
    niw_advantages,
    niw_posterior,
    rloo_advantages,
    step_group_ids,
)
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
from creditkit.shapers import (
    Compose,
    InvalidActionPenalty,
    NormalizeDimensions,
    RewardShaper,
    TerminalToSteps,
    WeightedRewardSum,
)

__version__ = "0.1.0.dev0"

__all__ = [
    "AdvantageEstimator",
    "Compose",
    "DrGRPO",
    "GRPO",
    "GiGPO",
    "GroupEstimator",
    "InvalidActionPenalty",
    "NIW",
    "NormalizeDimensions",
    "Prior",
    "RETURN_OFFSETS_KEY",
    "RLOO",
    "RewardShaper",
    "SegmentStats",
    "StepBatch",
    "TerminalToSteps",
    "TokenBatch",
    "WeightedRewardSum",
    "WeightedSum",
    "anchor_ids_from_keys",
    "broadcast_to_tokens",
    "dense_ids",
    "discounted_returns",
    "dr_grpo_advantages",
    "episode_bounds",
    "gigpo_advantages",
    "grpo_advantages",
    "niw_advantages",
    "niw_posterior",
    "normalize_in_segments",
    "normalize_text",
    "rloo_advantages",
    "segment_count",
    "segment_mean",
    "segment_stats",
    "segment_std",
    "segment_sum",
    "step_group_ids",
    "text_similarity",
]
