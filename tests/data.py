"""Where the tests find the real third-party data (``../shared/data`` beside the repository).

A user's clone has no ``../shared``: a test that needs it skips with a reason naming the missing
folder. ``CREDITKIT_REQUIRE_DATA=1`` (set by ``.ci/run``) turns that skip into a failure, so CI
never goes green without the data.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def data_required() -> bool:
    """Whether a missing data folder must fail the run (``CREDITKIT_REQUIRE_DATA=1``)."""
    return os.environ.get("CREDITKIT_REQUIRE_DATA", "") == "1"


def shared_data(*parts: str, module: bool = False) -> Path:
    """The path ``../shared/data/<parts...>``; skips the test (``module``: the whole module)
    when it is absent, or fails when ``CREDITKIT_REQUIRE_DATA=1``."""
    path = SHARED_DATA.joinpath(*parts)
    if path.exists():
        return path
    reason = (f"needs the data folder {path} (../shared/data beside the repository; "
              f"a fresh clone has none)")
    if data_required():
        pytest.fail(f"CREDITKIT_REQUIRE_DATA=1 and {reason}", pytrace=False)
    pytest.skip(reason, allow_module_level=module)


def require_config_data(config: object) -> None:
    """Skip (or fail in CI) when a config names a ``../shared/data/...`` folder that is absent.

    Walks every string value of a (resolved or plain) config: dicts, lists, strings.
    """
    if isinstance(config, dict):
        for value in config.values():
            require_config_data(value)
    elif isinstance(config, (list, tuple)):
        for value in config:
            require_config_data(value)
    elif isinstance(config, str) and "shared/data/" in config:
        shared_data(*config.split("shared/data/", 1)[1].strip("/").split("/"))
