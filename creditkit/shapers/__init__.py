"""Reward shapers: ``StepBatch -> StepBatch`` transforms applied before estimation.

Export a new shaper with one import line here; ``__all__`` lists what is imported.
"""

from creditkit._exports import public_names as _public_names
from creditkit.shapers.base import RewardShaper
from creditkit.shapers.compose import Compose
from creditkit.shapers.invalid_action import InvalidActionPenalty
from creditkit.shapers.normalize import NormalizeDimensions
from creditkit.shapers.terminal import TerminalToSteps
from creditkit.shapers.weighted import WeightedRewardSum, weighted_dimensions

__all__ = _public_names(globals())  # every name imported above
