"""The layers are physical: every import, at any depth of a module (functions and
``TYPE_CHECKING`` blocks included), points to the importer's own layer or one below, the core
imports nothing but torch and the standard library, and no modules import each other in a
cycle. docs/contributing.md ("Layers") draws the same table."""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# (module prefix, layer), longest prefix wins; a layer imports only layers of lower rank or its own
LAYERS = {
    "creditkit": "core",
    "creditkit.estimators": "core",
    "creditkit.shapers": "core",
    "creditkit.models": "models",
    "creditkit.rollout": "rollout",
    "creditkit.judges": "rollout",
    "creditkit.train": "train",
    "creditkit_envs": "envs",
    "creditkit.configs": "app",
    "creditkit.app": "app",
}
RANK = {"core": 0, "models": 1, "rollout": 2, "train": 3, "envs": 4, "app": 5}
# what the core may import beyond the standard library: `pip install creditkit` brings torch alone
CORE_THIRD_PARTY = {"torch"}


def _module_name(path: Path) -> str:
    relative = path.relative_to(ROOT).with_suffix("")
    parts = list(relative.parts)
    if parts[0] == "envs":
        parts[0] = "creditkit_envs"
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    found = {}
    for folder in ("creditkit", "envs"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            found[_module_name(path)] = path
    return found


MODULES = _modules()


def layer_of(module: str) -> str | None:
    """The layer of a creditkit module (longest matching prefix), None outside creditkit."""
    parts = module.split(".")
    for end in range(len(parts), 0, -1):
        layer = LAYERS.get(".".join(parts[:end]))
        if layer is not None:
            return layer
    return None


def _imports(path: Path, module: str, top_level_only: bool = False,
             source: str | None = None) -> Iterator[tuple[int, str]]:
    """(line, imported module) for every import in the file; relative imports resolved."""
    tree = ast.parse(path.read_text() if source is None else source, filename=str(path))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in nodes:
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:  # `from pkg import submodule` imports the submodule
                yield node.lineno, f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES \
                    else base


def test_every_module_has_a_layer() -> None:
    assert "creditkit.train.trainer" in MODULES and "creditkit.segments" in MODULES
    assert [module for module in MODULES if layer_of(module) is None] == []


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_upward_import(module: str) -> None:
    own = layer_of(module)
    assert own is not None
    upward = [f"{MODULES[module].relative_to(ROOT)}:{line}: imports {imported} ({layer})"
              for line, imported in _imports(MODULES[module], module)
              if (layer := layer_of(imported)) is not None and RANK[layer] > RANK[own]]
    assert upward == [], f"{module} is in layer {own!r}; it may not import from a layer above"


@pytest.mark.parametrize("module", sorted(m for m in MODULES if layer_of(m) == "core"))
def test_core_imports_torch_and_the_standard_library_alone(module: str) -> None:
    outside = [f"{MODULES[module].relative_to(ROOT)}:{line}: imports {imported}"
               for line, imported in _imports(MODULES[module], module)
               if layer_of(imported) is None
               and imported.split(".")[0] not in sys.stdlib_module_names | CORE_THIRD_PARTY]
    assert outside == []


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_cycle() -> None:
    """Module-level imports (``TYPE_CHECKING`` blocks included: a type-only cycle is a cycle)."""
    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        imported = set()
        for _line, name in _imports(path, module, top_level_only=True):
            imported.add(name)
        tree = ast.parse(path.read_text())
        for node in tree.body:  # `if TYPE_CHECKING:` blocks
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.ImportFrom) and inner.module:
                        imported.add(inner.module)
        graph[module] = {name for name in imported if name in MODULES and name != module}
    assert _cycles(graph) == []


def test_the_checker_sees_an_upward_import_and_a_cycle() -> None:
    """The walk would catch a core module importing the trainer inside a function."""
    source = "def f():\n    from creditkit.train.trainer import Trainer\n    return Trainer\n"
    path = MODULES["creditkit.segments"]
    assert list(_imports(path, "creditkit.segments", source=source)) == [
        (2, "creditkit.train.trainer")]
    assert RANK["train"] > RANK[layer_of("creditkit.segments") or ""]
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
