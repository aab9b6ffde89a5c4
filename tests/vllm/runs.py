"""Runs of the vLLM tests: training in the vLLM venv and what each run must show."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BIN = Path(sys.executable).parent
MAZE = ["env.size=3", "env.max_steps=16", "trainer.recompute_old_logprobs=true",
        "progress=false"]
"""A 3x3 maze within 16 turns (a random policy wins about 1 in 6) and the engine's log-probs
compared with the trainer's at every step (``rollout.logprob_diff_*``)."""


def train(run_dir: Path, *overrides: str) -> list[dict]:
    """``creditkit-train`` with ``overrides`` in the vLLM venv; its metrics.jsonl records."""
    done = subprocess.run([str(BIN / "creditkit-train"), *overrides, f"output_dir={run_dir}"],
                          capture_output=True, text=True, timeout=1200)
    assert done.returncode == 0, done.stderr[-4000:]
    return [json.loads(line) for line in (run_dir / "metrics.jsonl").read_text().splitlines()]


def check_learned_and_synced(records: list[dict], first_at_most: float, last_at_least: float,
                             gain: float = 0.0) -> None:
    """Evaluation success rose (by ``gain`` at least), and after every update the engine's
    log-probs of the next rollout equal the trained model's: ``rollout.logprob_diff_max`` <
    1e-3 at every step (fp32), most updates having moved the policy (not skipped for lack of
    signal)."""
    evaluations = [r["eval.success"] for r in records if "eval.success" in r]
    assert evaluations[0] <= first_at_most and evaluations[-1] >= last_at_least, evaluations
    assert evaluations[-1] >= evaluations[0] + gain, evaluations
    steps = [r for r in records if r["step"] > 0]
    assert sum(r["loss.skipped"] == 0.0 for r in steps) >= len(steps) // 2
    gaps = [r["rollout.logprob_diff_max"] for r in steps]
    assert len(gaps) == len(steps) and max(gaps) < 1e-3, gaps
