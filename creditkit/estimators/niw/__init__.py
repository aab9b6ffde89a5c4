"""NIW: hierarchical-Bayes (Normal-Inverse-Gamma / Normal-Inverse-Wishart) shrinkage of group
baselines. Ours; see ``docs/estimators/niw.md``.

The package, bottom up: :mod:`~creditkit.estimators.niw.options` (:class:`NIWOptions`,
:class:`Prior`), :mod:`~creditkit.estimators.niw.prior` (group statistics and the
empirical-Bayes fit), :mod:`~creditkit.estimators.niw.posterior` (each row's advantage given
its group's prior), :mod:`~creditkit.estimators.niw.fit` (:func:`niw_advantages`,
:func:`niw_fit`, :func:`niw_posterior`) and :mod:`~creditkit.estimators.niw.estimator`
(:class:`NIW` on a :class:`~creditkit.batch.StepBatch`).
"""

from creditkit.estimators.niw.estimator import NIW, NIWMemory
from creditkit.estimators.niw.fit import NIWResult, niw_advantages, niw_fit, niw_posterior
from creditkit.estimators.niw.options import NIWOptions, Prior

__all__ = ["NIW", "NIWMemory", "NIWOptions", "NIWResult", "Prior", "niw_advantages", "niw_fit",
           "niw_posterior"]
