"""Advantage estimators: one pure function and one frozen dataclass per method."""

from creditkit.estimators.base import AdvantageEstimator, GroupEstimator
from creditkit.estimators.compose import WeightedSum
from creditkit.estimators.dr_grpo import DrGRPO, dr_grpo_advantages
from creditkit.estimators.gigpo import GiGPO, gigpo_advantages, step_group_ids
from creditkit.estimators.grpo import GRPO, grpo_advantages
from creditkit.estimators.niw import NIW
from creditkit.estimators.niw_core import Prior, niw_advantages, niw_posterior
from creditkit.estimators.rloo import RLOO, rloo_advantages

__all__ = [
    "AdvantageEstimator",
    "DrGRPO",
    "GRPO",
    "GiGPO",
    "GroupEstimator",
    "NIW",
    "Prior",
    "RLOO",
    "WeightedSum",
    "dr_grpo_advantages",
    "gigpo_advantages",
    "grpo_advantages",
    "niw_advantages",
    "niw_posterior",
    "rloo_advantages",
    "step_group_ids",
]
