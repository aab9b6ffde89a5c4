"""NIW: hierarchical-Bayes (Normal-Inverse-Gamma / Normal-Inverse-Wishart) shrinkage of group
baselines. Ours; see ``docs/estimators/niw.md``.

The package, bottom up: :mod:`~creditkit.estimators.niw.options` (:class:`NIWOptions`,
:class:`Prior`), :mod:`~creditkit.estimators.niw.prior` (group statistics and the
empirical-Bayes fit), :mod:`~creditkit.estimators.niw.posterior` (each row's advantage given
its group's prior), :mod:`~creditkit.estimators.niw.fit` (:func:`niw_advantages`,
:func:`niw_fit`, :func:`niw_posterior`) and :mod:`~creditkit.estimators.niw.estimator`
(:class:`NIW` on a :class:`~creditkit.batch.StepBatch`).
"""

# re-exported (``X as X``) without an ``__all__``: the API reference documents each class once,
# in creditkit.estimators and in its own module
from creditkit.estimators.niw.estimator import NIW as NIW
from creditkit.estimators.niw.fit import NIWResult as NIWResult
from creditkit.estimators.niw.fit import niw_advantages as niw_advantages
from creditkit.estimators.niw.fit import niw_fit as niw_fit
from creditkit.estimators.niw.fit import niw_posterior as niw_posterior
from creditkit.estimators.niw.options import NIWOptions as NIWOptions
from creditkit.estimators.niw.options import Prior as Prior
