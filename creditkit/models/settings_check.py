"""Checked construction of a config group's target: every setting is type-checked against the
target's signature, and a constructor's refusal names the config group, before training.

``env.size=abc`` is an error naming ``env.size``, its expected type and the value, instead of a
``TypeError`` deep inside the environment; a ``ValueError`` of the constructor (``max_steps must
be >= 1``) comes back prefixed with the group (``env``) and the target.
"""

from __future__ import annotations

import functools
import inspect
import typing
from collections.abc import Callable
from typing import Any

import pydantic

__all__ = ["check_keywords", "checked_factory"]


def _hints(target: Callable[..., Any]) -> dict[str, Any]:
    init = target.__init__ if inspect.isclass(target) else target  # type: ignore[misc]
    try:
        return typing.get_type_hints(init)
    except (NameError, TypeError):  # unresolvable annotations: nothing to check against
        return {}


def check_keywords(target: Callable[..., Any], keywords: dict[str, Any], group: str) -> None:
    """Raise ValueError naming ``group.key`` for a keyword the target does not take or whose
    value does not fit the parameter's annotation (checked with pydantic, lax mode: ``"3"``
    fits ``int``, ``"abc"`` does not)."""
    parameters = inspect.signature(target).parameters
    takes_any = any(p.kind is p.VAR_KEYWORD for p in parameters.values())
    hints = _hints(target)
    for key, value in keywords.items():
        if key not in parameters and not takes_any:
            raise ValueError(f"{group}.{key}: {target.__qualname__} takes no such setting; its "
                             f"settings are {', '.join(p for p in parameters if p != 'self')}")
        hint = hints.get(key)
        if hint is None:
            continue
        try:
            type_adapter(hint).validate_python(value)
        except pydantic.ValidationError as error:
            reason = error.errors()[0]["msg"] if error.errors() else str(error)
            raise ValueError(f"{group}.{key}={value!r}: expected {type_name(hint)} ({reason})"
                             ) from None
        except pydantic.PydanticSchemaGenerationError:
            continue


@functools.cache
def type_adapter(hint: Any) -> pydantic.TypeAdapter[Any]:
    """The (cached) pydantic validator of a type annotation, lax mode."""
    return pydantic.TypeAdapter(hint, config=pydantic.ConfigDict(arbitrary_types_allowed=True))


def type_name(hint: Any) -> str:
    """A type annotation as a user reads it (``int``, ``int | None``)."""
    if typing.get_origin(hint) is None and hasattr(hint, "__name__"):
        return str(hint.__name__)
    return str(hint).replace("typing.", "").replace("collections.abc.", "")


def checked_factory(factory: Any, group: str) -> Any:
    """``factory`` (a ``functools.partial`` from a ``_partial_: true`` config) with its
    keywords checked (:func:`check_keywords`), and built once to surface a constructor's
    ValueError or TypeError as a ValueError naming ``group``; returns the factory."""
    if not isinstance(factory, functools.partial):
        return factory
    from omegaconf import DictConfig, ListConfig, OmegaConf

    plain = {k: (OmegaConf.to_container(v, resolve=True) if isinstance(v, (DictConfig, ListConfig))
                 else v) for k, v in factory.keywords.items()}
    check_keywords(factory.func, plain, group)
    try:
        factory()
    except (TypeError, ValueError) as error:
        raise ValueError(f"{group} ({factory.func.__qualname__}): {error}; fix the "
                         f"{group}.* setting it names") from error
    return factory
