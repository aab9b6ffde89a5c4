"""Advantage estimators: one pure function and one frozen dataclass per method."""

from creditkit.estimators.base import AdvantageEstimator
from creditkit.estimators.compose import WeightedSum
from creditkit.estimators.dr_grpo import DrGRPO, dr_grpo_advantages
from creditkit.estimators.gigpo import GiGPO, gigpo_advantages, step_group_ids
from creditkit.estimators.grpo import GRPO, grpo_advantages
from creditkit.estimators.rloo import RLOO, rloo_advantages

__all__ = [
    "AdvantageEstimator",
    "DrGRPO",
    "GRPO",
    "GiGPO",
    "RLOO",
    "WeightedSum",
    "dr_grpo_advantages",
    "gigpo_advantages",
    "grpo_advantages",
    "rloo_advantages",
    "step_group_ids",
]
