"""Reward shapers: ``StepBatch -> StepBatch`` transforms applied before estimation."""

from creditkit.shapers.attribution import (
    DatasetMinMax,
    UtteranceLabeler,
    attribute_utterances,
    combine_dimensions,
)
from creditkit.shapers.base import RewardShaper
from creditkit.shapers.compose import Compose
from creditkit.shapers.invalid_action import InvalidActionPenalty
from creditkit.shapers.normalize import NormalizeDimensions
from creditkit.shapers.terminal import TerminalToSteps
from creditkit.shapers.weighted import WeightedRewardSum

__all__ = [
    "Compose",
    "DatasetMinMax",
    "InvalidActionPenalty",
    "NormalizeDimensions",
    "RewardShaper",
    "TerminalToSteps",
    "UtteranceLabeler",
    "WeightedRewardSum",
    "attribute_utterances",
    "combine_dimensions",
]
