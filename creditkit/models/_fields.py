"""Field checks of the settings dataclasses (:mod:`creditkit.models.settings`): every
field's type, from its annotation, and every numeric field's range, each error naming
``group.field``.

``trainer.steps=2.5`` and ``trainer.steps=abc`` are refused when the settings are built (before
any model), with the key in the message; a value of the right kind in another form (``2.0``
for an int, ``"3"`` from a shell) is converted.
"""

from __future__ import annotations

import dataclasses
import math
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pydantic

from creditkit.models.settings_check import type_adapter, type_name

Bound = tuple[Callable[[Any], bool], str]
"""A range check and the words that say it (``(lambda v: v >= 1, ">= 1")``)."""

AT_LEAST_0: Bound = (lambda v: v >= 0, ">= 0")
AT_LEAST_1: Bound = (lambda v: v >= 1, ">= 1")
POSITIVE: Bound = (lambda v: v > 0, "> 0")
FRACTION: Bound = (lambda v: 0 <= v <= 1, "in [0, 1]")


def check_fields(settings: Any, group: str, bounds: Mapping[str, Bound]) -> None:
    """Validate (and convert in place) every field of the frozen dataclass ``settings``
    against its annotation, then check ``bounds`` (None passes: it means off) and that floats
    are finite.

    Raises:
        ValueError: ``"{group}.{field}=VALUE: ..."`` naming the expected type or range.
    """
    hints = typing.get_type_hints(type(settings))
    for field in dataclasses.fields(settings):
        name, value = field.name, getattr(settings, field.name)
        try:
            checked = type_adapter(hints[name]).validate_python(value)
        except pydantic.ValidationError as error:
            reason = error.errors()[0]["msg"] if error.errors() else str(error)
            raise ValueError(f"{group}.{name}={value!r}: expected {type_name(hints[name])} "
                             f"({reason})") from None
        if isinstance(checked, Sequence) and not isinstance(checked, str):
            checked = tuple(checked)  # a list, or a ListConfig from Hydra
        object.__setattr__(settings, name, checked)
        items = checked if isinstance(checked, tuple) else (checked,)
        for item in items:
            if isinstance(item, float) and not math.isfinite(item):
                raise ValueError(f"{group}.{name}={value!r}: must be finite")
            if name in bounds and item is not None and not bounds[name][0](item):
                raise ValueError(f"{group}.{name}={value!r}: must be {bounds[name][1]}")

