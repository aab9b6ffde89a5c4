"""creditkit: reinforcement learning for LLM agents, with credit assignment you compose.

This package is the core, on torch alone: the batch types, segment reductions, anchors, every
estimator and shaper, the policy loss, the credit diagnostics and the environment base class;
its public names are listed in ``__all__``. The layers above it (``creditkit.models``,
``creditkit.rollout``, ``creditkit.train``, ``creditkit.app``; ``pip install
"creditkit[train]"``) are imported by their full paths.
"""

from creditkit import estimators, shapers
from creditkit.anchors import anchor_ids_from_keys, normalize_text, text_similarity
from creditkit.batch import (
    NEXT_ANCHOR_IDS_KEY,
    RETURN_OFFSETS_KEY,
    STEP_ENTROPIES_KEY,
    StepBatch,
    TokenBatch,
)
from creditkit.diagnostics import credit_diagnostics
from creditkit.env import Observation, StepResult, TextEnv
from creditkit.estimators import *  # noqa: F403  (every estimator: its __all__)
from creditkit.loss import PolicyLoss, policy_loss
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
    step_group_ids,
)
from creditkit.shapers import *  # noqa: F403  (every shaper: its __all__)

__version__ = "0.1.0.dev0"

__all__ = sorted([
    *estimators.__all__,
    *shapers.__all__,
    "NEXT_ANCHOR_IDS_KEY",
    "Observation",
    "PolicyLoss",
    "RETURN_OFFSETS_KEY",
    "STEP_ENTROPIES_KEY",
    "SegmentStats",
    "StepBatch",
    "StepResult",
    "TextEnv",
    "TokenBatch",
    "anchor_ids_from_keys",
    "broadcast_to_tokens",
    "credit_diagnostics",
    "dense_ids",
    "discounted_returns",
    "episode_bounds",
    "normalize_in_segments",
    "normalize_text",
    "policy_loss",
    "segment_count",
    "segment_mean",
    "segment_stats",
    "segment_std",
    "segment_sum",
    "step_group_ids",
    "text_similarity",
])
