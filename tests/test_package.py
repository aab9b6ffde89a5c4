"""The installed package: public API, the creditkit_envs name, no top-level envs module."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import creditkit

ROOT = Path(__file__).resolve().parents[1]


def test_public_api_is_importable_and_sorted() -> None:
    assert creditkit.__all__ == sorted(creditkit.__all__)
    for name in creditkit.__all__:
        assert getattr(creditkit, name) is not None
    for name in ("grpo_advantages", "rloo_advantages", "dr_grpo_advantages", "gigpo_advantages",
                 "discounted_returns", "StepBatch", "TokenBatch", "GiGPO", "WeightedSum"):
        assert name in creditkit.__all__


def run_python(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True,
                          check=False)


def test_creditkit_envs_imports(tmp_path: Path) -> None:
    assert run_python("import creditkit_envs", tmp_path).returncode == 0


def test_no_top_level_envs_module(tmp_path: Path) -> None:
    elsewhere = run_python("import envs", tmp_path)
    assert elsewhere.returncode != 0 and "No module named 'envs'" in elsewhere.stderr
    at_root = run_python("import envs", ROOT)
    assert at_root.returncode != 0 and "creditkit_envs" in at_root.stderr


def imported_modules(path: Path) -> set[str]:
    """Every module a source file imports (at any depth of the file)."""
    import ast

    tree = ast.parse(path.read_text())
    names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
             for alias in node.names}
    return names | {node.module for node in ast.walk(tree)
                    if isinstance(node, ast.ImportFrom) and node.module}


def test_only_the_app_layer_imports_environment_plugins() -> None:
    """The environments sit above the trainer and below the applications (the layers of
    tests/test_layers.py): creditkit.app (the Sotopia-RL pipeline) may import them, nothing
    below it may."""
    below_app = [path for path in (ROOT / "creditkit").rglob("*.py")
                 if (ROOT / "creditkit" / "app") not in path.parents]
    assert len(below_app) > 50
    for path in below_app:
        assert not any(name.startswith("creditkit_envs") for name in imported_modules(path)), path
