"""Advantage estimators: one pure function and one frozen dataclass per method.

Export a new estimator with one import line here; ``__all__`` lists what is imported.
"""

from creditkit._exports import public_names as _public_names
from creditkit.estimators.base import AdvantageEstimator, GroupEstimator, Reporting, Stateful
from creditkit.estimators.compose import WeightedSum
from creditkit.estimators.dr_grpo import DrGRPO, dr_grpo_advantages
from creditkit.estimators.empg import EMPG, empg_advantages, empg_modulate
from creditkit.estimators.g2po import G2PO, g2po_advantages
from creditkit.estimators.gigpo import GiGPO, gigpo_advantages
from creditkit.estimators.graphgpo import GraphGPO, graphgpo_advantages
from creditkit.estimators.groups import EpisodeView, episode_view_of, spread_episode_advantages
from creditkit.estimators.grpo import GRPO, grpo_advantages
from creditkit.estimators.hgpo import HGPO, hgpo_advantages
from creditkit.estimators.istar import istar_advantages, istar_prm_loss
from creditkit.estimators.niw import NIW, NIWOptions, Prior, niw_advantages, niw_posterior
from creditkit.estimators.rloo import RLOO, rloo_advantages

__all__ = _public_names(globals())  # every name imported above
