"""Argument checks shared by every public function: shapes, dtypes, finiteness, choices.

Each check raises :class:`ValueError` (or :class:`TypeError` for a non-tensor) whose message
names the argument, says what was wrong and what to do.
"""

from __future__ import annotations

from typing import Literal

import torch
from torch import Tensor

DtypeKind = Literal["float", "int", "bool"]

_KIND_TEST = {
    "float": lambda dtype: dtype.is_floating_point,
    "int": lambda dtype: not (dtype.is_floating_point or dtype.is_complex or dtype == torch.bool),
    "bool": lambda dtype: dtype == torch.bool,
}
_KIND_HINT = {
    "float": "convert it with .float() (or .double())",
    "int": "convert it with .long()",
    "bool": "convert it with .bool()",
}


def check_tensor(
    name: str,
    value: object,
    *,
    kind: DtypeKind,
    ndim: int | None = 1,
    length: int | None = None,
    finite: bool = False,
) -> Tensor:
    """Check one tensor argument and return it unchanged.

    Args:
        name: the argument's name, used in the error message.
        value: what the caller passed.
        kind: the dtype family required: ``"float"``, ``"int"`` (any integer dtype) or ``"bool"``.
        ndim: the required number of dimensions, or None for any.
        length: the required size of dimension 0, or None for any.
        finite: whether NaN and inf are refused.
    """
    if not isinstance(value, Tensor):
        raise TypeError(
            f"{name} must be a torch.Tensor, got {type(value).__name__}; "
            f"wrap it with torch.as_tensor(...)"
        )
    if not _KIND_TEST[kind](value.dtype):
        raise ValueError(f"{name} must have a {kind} dtype, got {value.dtype}; {_KIND_HINT[kind]}")
    if ndim is not None and value.ndim != ndim:
        raise ValueError(
            f"{name} must be {ndim}-D, got shape {tuple(value.shape)}; "
            f"flatten or select the rows you mean"
        )
    if length is not None and value.shape[0] != length:
        raise ValueError(
            f"{name} has {value.shape[0]} rows but {length} were expected: "
            f"every per-row tensor must have the same length"
        )
    if finite and value.numel() and not bool(torch.isfinite(value).all()):
        bad = int((~torch.isfinite(value)).sum())
        raise ValueError(f"{name} contains {bad} NaN or inf value(s); rewards must be finite")
    return value


def check_choice(name: str, value: object, choices: tuple[str, ...]) -> None:
    """Refuse a string option that is not one of ``choices``."""
    if value not in choices:
        raise ValueError(f"{name} must be one of {', '.join(map(repr, choices))}; got {value!r}")


def check_nonnegative(name: str, value: float) -> None:
    """Refuse a negative (or NaN) number."""
    if not value >= 0:
        raise ValueError(f"{name} must be >= 0, got {value!r}")


def check_gamma(gamma: float) -> None:
    """Refuse a discount factor outside [0, 1]."""
    if not 0.0 <= gamma <= 1.0:
        raise ValueError(f"gamma must lie in [0, 1], got {gamma!r}; 0.95 is the GiGPO default")
