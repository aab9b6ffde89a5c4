"""The plug-in points for advantage estimators: whole batches and groups of scores."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

from torch import Tensor

from creditkit.batch import StepBatch


@runtime_checkable
class AdvantageEstimator(Protocol):
    """Anything that maps a :class:`~creditkit.batch.StepBatch` to one advantage per row.

    ``__call__(steps) -> float [B]``. The built-in estimators are dataclasses whose fields
    are their hyperparameters, checked at construction: frozen when stateless (GRPO, RLOO,
    DrGRPO, WeightedSum), plain when they keep state across calls (GiGPO, HGPO and G2PO
    their last call's diagnostics, NIW its EMA prior too); a user's own estimator can be any
    such callable.
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


@runtime_checkable
class Stateful(Protocol):
    """An estimator (or a part of one) with state that persists across steps, e.g. NIW's EMA
    prior. The trainer saves ``state_dict()`` in every checkpoint (per process) and calls
    ``load_state_dict`` on resume, so a resumed run continues exactly."""

    def state_dict(self) -> dict[str, Any]:  # pragma: no cover - protocol
        ...

    def load_state_dict(self, state: Mapping[str, Any]) -> None:  # pragma: no cover - protocol
        ...


@runtime_checkable
class Reporting(Protocol):
    """An estimator (or a part) with diagnostics of its last call, logged as
    ``estimator.[PATH.]NAME`` each step."""

    def metrics(self) -> dict[str, float]:  # pragma: no cover - protocol
        ...


def is_stateful(part: object) -> bool:
    """Whether ``part`` implements :class:`Stateful` (callable methods, not same-named data)."""
    return all(callable(getattr(part, name, None)) for name in ("state_dict", "load_state_dict"))


def is_reporting(part: object) -> bool:
    """Whether ``part`` implements :class:`Reporting` (a callable ``metrics``, not a dict)."""
    return callable(getattr(part, "metrics", None))


def estimator_parts(estimator: object, path: str = "") -> dict[str, Any]:
    """The estimator and its nested estimators that are :class:`Stateful` or
    :class:`Reporting`.

    Walks dataclass fields and sequences (e.g. ``GiGPO.step_estimator``,
    ``WeightedSum.estimators``) and returns ``{dotted path: part}``; the top level's path is
    ``""`` (see :func:`is_stateful`, :func:`is_reporting`).
    """
    found: dict[str, Any] = {}
    if is_stateful(estimator) or is_reporting(estimator):
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


def uses_step_entropies(estimator: object) -> bool:
    """Whether ``estimator`` or a nested part of it (dataclass fields and sequences, as in
    :func:`estimator_parts`) sets ``uses_step_entropies = True``: the trainer then fills
    ``StepBatch.info["step_entropies"]`` before calling it (EMPG)."""
    if getattr(estimator, "uses_step_entropies", False) is True:
        return True
    if dataclasses.is_dataclass(estimator) and not isinstance(estimator, type):
        children = [getattr(estimator, f.name) for f in dataclasses.fields(estimator)]
    elif isinstance(estimator, (list, tuple)):
        children = list(estimator)
    else:
        return False
    return any(uses_step_entropies(child) for child in children)


def estimator_state(estimator: object) -> dict[str, Any]:
    """``{part path: state_dict()}`` of every stateful part of ``estimator`` (what a checkpoint
    and a saved rollout keep of it)."""
    return {path: part.state_dict() for path, part in estimator_parts(estimator).items()
            if is_stateful(part)}
