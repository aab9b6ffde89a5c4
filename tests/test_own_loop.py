"""docs/howto/own-trainer.md: the estimators in a loop that is not creditkit's, on plain tensors.

CI runs this file in a venv that holds torch and the test tools alone (``.ci/run``): the
example must learn with ``pip install creditkit`` and nothing more."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

LOOP = Path(__file__).resolve().parents[1] / "examples" / "own_trainer" / "loop.py"


def test_the_own_loop_example_learns_with_the_core_alone() -> None:
    done = subprocess.run([sys.executable, str(LOOP)], capture_output=True, text=True,
                          timeout=300, check=True)
    last = done.stdout.strip().splitlines()[-1]
    found = re.fullmatch(r"success: ([\d.]+) at step 1 -> ([\d.]+) at step 30", last)
    assert found is not None, done.stdout
    first, final = float(found[1]), float(found[2])
    assert first < 0.5 and final >= 0.9
