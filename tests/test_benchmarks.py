"""The benchmark scripts run end to end (slow: they time things; no assertion on speed)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_estimator_benchmark_prints_its_table() -> None:
    result = subprocess.run(
        [sys.executable, "benchmarks/estimators.py", "--sizes", "6400", "64000", "--repeats", "2",
         "--reference-repeats", "1"],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=600,
    )
    agreement = re.search(r"max \|diff\| = (\S+)", result.stdout)
    assert agreement is not None and float(agreement.group(1)) < 1e-9
    assert re.search(r"^\s+6,400\s", result.stdout, re.M)
    assert re.search(r"^\s+64,000\s", result.stdout, re.M)
    assert "scaling exponent" in result.stdout


@pytest.mark.slow
def test_gradient_quality_benchmark_runs_quick(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "benchmarks/gradient_quality.py", "--quick", "--out", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=600,
    )
    for title in ("Bandit, centring estimators", "Bandit: baseline error", "Layered MDP"):
        assert title in result.stdout
    assert re.search(r"^\| NIG \(posterior_var\) \| [0-9.*]+ \|", result.stdout, re.M)
    assert (tmp_path / "gradient_quality.png").stat().st_size > 10_000
    assert "bandit" in (tmp_path / "results.json").read_text()


@pytest.mark.slow
def test_alfworld_env_benchmark_prints_latency_and_throughput() -> None:
    result = subprocess.run([sys.executable, "benchmarks/alfworld_env.py", "--quick"], cwd=ROOT,
                            capture_output=True, text=True, check=True, timeout=600)
    for row in ("textworld as is", "memoised"):
        assert re.search(rf"^\| {row} \| [0-9.]+ \| [0-9]+ \| [0-9.]+ \|$", result.stdout, re.M)
    assert re.search(r"speed-up of the memoisation: step [0-9.]+x, reset [0-9.]+x", result.stdout)
    assert re.search(r"^\| 2 \| 2 \| [0-9.]+ ", result.stdout, re.M)  # two worker processes


@pytest.mark.slow
def test_guided_judge_benchmark_compares_cached_and_reference() -> None:
    pytest.importorskip("sotopia", reason="needs creditkit[sotopia]")
    result = subprocess.run(
        [sys.executable, "benchmarks/guided_judge.py", "--repeats", "1", "--string-tokens", "2"],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=900,
    )
    assert "same answer: True" in result.stdout
    assert re.search(r"speed-up: [0-9.]+x", result.stdout)
