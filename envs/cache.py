"""Where environments keep what they build (games, tiny models): one root for all of them."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["cache_dir"]


def cache_dir(name: str) -> Path:
    """``$CREDITKIT_CACHE`` (or ``~/.cache/creditkit``) + ``/<name>``."""
    base = os.environ.get("CREDITKIT_CACHE") or Path.home() / ".cache" / "creditkit"
    return Path(base).expanduser() / name
