"""``__all__`` of a package from what its ``__init__`` imports, so that exporting a new
estimator or shaper is one import line (docs/contributing.md)."""

from __future__ import annotations

import types
from collections.abc import Mapping


def public_names(namespace: Mapping[str, object]) -> list[str]:
    """Sorted names of ``namespace`` (a module's ``globals()``) that are public and not modules.

    >>> public_names({"GRPO": object(), "_private": 1, "types": types})
    ['GRPO']
    """
    return sorted(name for name, value in namespace.items()
                  if not name.startswith("_") and not isinstance(value, types.ModuleType)
                  and name != "annotations")
