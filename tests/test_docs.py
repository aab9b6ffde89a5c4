"""The documentation covers the public API: every name in ``creditkit.__all__`` has an entry in
the API reference (docs/api.md documents modules recursively with autosummary)."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import creditkit

DOCS = Path(__file__).resolve().parents[1] / "docs"


def documented_modules() -> list[str]:
    """The modules docs/api.md's autosummary lists (each documented with its submodules)."""
    text = (DOCS / "api.md").read_text()
    return re.findall(r"^   (creditkit[\w.]*)$", text, re.M)


def api_entry(name: str) -> str | None:
    """The documented module whose page lists ``creditkit.<name>``, or None."""
    value = getattr(creditkit, name)
    home = getattr(value, "__module__", None)
    for module_name in documented_modules():
        if home is not None and (home == module_name or home.startswith(module_name + ".")):
            module = importlib.import_module(home)
            if getattr(module, name, None) is value and not name.startswith("_"):
                return home
        if home is None and getattr(importlib.import_module(module_name), name, None) is value:
            return module_name  # a constant: listed by the module that exports it
    return None


def test_every_public_name_has_an_api_entry() -> None:
    missing = [name for name in creditkit.__all__ if api_entry(name) is None]
    assert not missing, f"names in creditkit.__all__ without an API entry: {missing}"


def test_the_check_sees_a_name_without_an_entry(monkeypatch) -> None:
    def helper() -> None: ...

    helper.__module__ = "somewhere.else"
    monkeypatch.setattr(creditkit, "helper", helper, raising=False)
    assert api_entry("helper") is None
    assert api_entry("GiGPO") == "creditkit.estimators.gigpo"


def test_every_docs_page_is_in_a_toctree() -> None:
    index = (DOCS / "index.md").read_text()
    pages = {p.relative_to(DOCS).with_suffix("").as_posix() for p in DOCS.glob("**/*.md")
             if "_build" not in p.parts and p.name != "index.md"}
    listed = set(re.findall(r"^([\w/-]+)$", index, re.M))
    globbed = {page for page in pages if any(page.startswith(g[:-1]) for g in
                                              re.findall(r"^([\w/-]+/\*)$", index, re.M))}
    assert pages - listed - globbed == set()
