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


CORE = {"accelerate", "httpx", "hydra", "jinja2", "matplotlib", "numpy", "omegaconf", "peft",
        "psutil", "pydantic", "regex", "rich", "safetensors", "tokenizers", "torch",
        "transformers", "creditkit", "creditkit_envs"}
"""Top-level modules the docs extra installs (the core dependencies, and regex, which
transformers requires) or that are ours."""


def optional_imports() -> set[str]:
    """Top-level modules the library imports that are neither stdlib nor core: the engines of
    the extras, which a docs-only install lacks."""
    import ast
    import sys

    root = DOCS.parent
    names: set[str] = set()
    for path in [*(root / "creditkit").rglob("*.py"), *(root / "envs").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - CORE


SCRIPT = """
import importlib, pkgutil, runpy, sys
blocked = set(sys.argv[1].split(","))
for name in blocked:  # as if not installed: find_spec returns None
    sys.modules[name] = None
conf = runpy.run_path(sys.argv[2])
for name in blocked:
    del sys.modules[name]

class NotInstalled:  # a real import of an engine fails, as in a docs-only install
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in blocked:
            raise ModuleNotFoundError(f"No module named {name!r}")

sys.meta_path.insert(0, NotInstalled())
from sphinx.ext.autodoc.mock import mock
failed = []
with mock(conf["autodoc_mock_imports"]):
    for package in ("creditkit", "creditkit_envs"):
        root = importlib.import_module(package)
        for info in pkgutil.walk_packages(root.__path__, package + "."):
            try:
                importlib.import_module(info.name)
            except Exception as error:
                failed.append(f"{info.name}: {error!r}")
print("FAILED:" + repr(failed))
"""


def test_every_module_imports_for_the_docs_without_the_optional_engines() -> None:
    import subprocess
    import sys

    import pytest

    pytest.importorskip("sphinx", reason="the docs extra")
    engines = optional_imports()
    assert {"sotopia", "alfworld", "textworld", "litellm"} <= engines
    done = subprocess.run([sys.executable, "-c", SCRIPT, ",".join(sorted(engines)),
                           str(DOCS / "conf.py")], capture_output=True, text=True, timeout=600,
                          check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().splitlines()[-1] == "FAILED:[]", done.stdout[-3000:]


def test_the_comparison_page_has_a_row_per_estimator() -> None:
    """docs/estimator-comparison.md: every estimator class a config in configs/estimator/
    builds (nested ones included) has a row in both tables."""
    configs = DOCS.parent / "configs" / "estimator"
    targets = {target.rsplit(".", 1)[1] for path in configs.glob("*.yaml")
               for target in re.findall(r"_target_: (creditkit\.estimators\.\w+)",
                                        path.read_text())}
    assert {"GRPO", "GiGPO", "NIW"} <= targets
    grouping, rest = (DOCS / "estimator-comparison.md").read_text().split("## Hyperparameters")
    for name in sorted(targets):
        label = {"DrGRPO": "Dr. GRPO"}.get(name, name)
        assert re.search(rf"^\| \{{doc\}}`{re.escape(label)} <", grouping, re.M), name
        assert re.search(rf"^\| {re.escape(label)} \|", rest, re.M), name
