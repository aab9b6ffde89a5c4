"""Tests that need ../shared/data skip on a clone without it and fail under
``CREDITKIT_REQUIRE_DATA=1``; under that variable no test may skip at all."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.data import shared_data

ROOT = Path(__file__).resolve().parents[1]


def test_a_missing_data_folder_skips_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CREDITKIT_REQUIRE_DATA", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no-such-dataset"):
        shared_data("no-such-dataset")


def test_a_missing_data_folder_fails_when_data_is_required(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CREDITKIT_REQUIRE_DATA", "1")
    with pytest.raises(pytest.fail.Exception, match="CREDITKIT_REQUIRE_DATA=1.*no-such-dataset"):
        shared_data("no-such-dataset")


def run_inner(tmp_path: Path, require: bool) -> subprocess.CompletedProcess[str]:
    """pytest on one test that skips, with the repository's conftest and tests package."""
    (tmp_path / "test_inner.py").write_text(textwrap.dedent("""
        import pytest

        def test_skips():
            pytest.skip("an extra is not installed")

        def test_passes():  # the run's other tests are unaffected
            pass
    """))
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
           **({"CREDITKIT_REQUIRE_DATA": "1"} if require else {})}
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "--rootdir", str(tmp_path), "-c", "/dev/null",
                           "--confcutdir", str(tmp_path), "-p", "conftest",
                           str(tmp_path / "test_inner.py")], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=300, check=False)


def test_under_required_data_a_skip_is_a_failure(tmp_path: Path) -> None:
    relaxed = run_inner(tmp_path, require=False)
    assert relaxed.returncode == 0 and "1 passed, 1 skipped" in relaxed.stdout, relaxed.stdout
    strict = run_inner(tmp_path, require=True)
    assert strict.returncode == 1 and "1 failed, 1 passed" in strict.stdout, strict.stdout
    assert "no test may skip then: Skipped: an extra is not installed" in strict.stdout
