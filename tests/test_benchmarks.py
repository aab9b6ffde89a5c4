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
