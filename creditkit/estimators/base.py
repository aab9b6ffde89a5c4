"""The plug-in points for advantage estimators: whole batches and groups of scores."""

from __future__ import annotations

import dataclasses
from typing import Any, Protocol, runtime_checkable

from torch import Tensor

from creditkit.batch import StepBatch


@runtime_checkable
class AdvantageEstimator(Protocol):
    """Anything that maps a :class:`~creditkit.batch.StepBatch` to one advantage per row.

    ``__call__(steps) -> float [B]``. The built-in estimators are frozen dataclasses whose
    fields are their hyperparameters; a user's own estimator can be any such callable.
    """

    def __call__(self, steps: StepBatch) -> Tensor:  # pragma: no cover - protocol
        ...


@runtime_checkable
class GroupEstimator(Protocol):
    """Anything that baselines scores within groups: GiGPO's pluggable episode and step terms.

    ``group_advantages(scores, group_ids, prior_group_ids) -> float [N]`` with ``scores``
    float [N], ``group_ids`` int [N] and ``prior_group_ids`` int [N] or None (groups nest in
    these, e.g. step groups in their episode group; estimators without a hierarchy ignore it).
    ``GRPO``, ``RLOO``, ``DrGRPO`` and ``NIW`` implement it.
    """

    def group_advantages(self, scores: Tensor, group_ids: Tensor,
                         prior_group_ids: Tensor | None = None
                         ) -> Tensor:  # pragma: no cover - protocol
        ...


def estimator_parts(estimator: object, path: str = "") -> dict[str, Any]:
    """The estimator and its nested estimators that keep state or report metrics.

    Walks dataclass fields and sequences (e.g. ``GiGPO.step_estimator``,
    ``WeightedSum.estimators``) and returns ``{dotted path: part}`` for every part with a
    ``state_dict`` or a ``metrics`` method; the top level's path is ``""``.
    """
    found: dict[str, Any] = {}
    if callable(getattr(estimator, "state_dict", None)) or callable(
            getattr(estimator, "metrics", None)):
        found[path] = estimator
    if dataclasses.is_dataclass(estimator) and not isinstance(estimator, type):
        children: list[tuple[str, object]] = [
            (field.name, getattr(estimator, field.name)) for field in dataclasses.fields(estimator)]
    elif isinstance(estimator, (list, tuple)):
        children = [(str(index), item) for index, item in enumerate(estimator)]
    else:
        children = []
    for name, child in children:
        if dataclasses.is_dataclass(child) or isinstance(child, (list, tuple)):
            found.update(estimator_parts(child, f"{path}.{name}" if path else name))
    return found
