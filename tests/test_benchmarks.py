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
    # HGPO, G2PO and GraphGPO: ms and ratio to GiGPO
    assert re.search(r"^\s+64,000\s.* [0-9.]+ +[0-9.]+x +[0-9.]+ +[0-9.]+x$", result.stdout,
                     re.M)
    for name in ("HGPO ms", "G2PO ms", "GraphGPO ms", "scaling exponent"):
        assert name in result.stdout


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
    assert re.search(r"^\| 2 \| 1 \| [0-9.]+ \|$", result.stdout, re.M)  # lockstep, in-process
    for mode in ("in-process", "2 workers", "2 workers, waves=2"):  # the agent loop
        assert re.search(rf"^\| {mode} \| [0-9.]+ \| [0-9.]+x \| [0-9]+% \|$", result.stdout,
                         re.M)


@pytest.mark.slow
def test_webshop_env_benchmark_prints_latencies_and_ratios() -> None:
    result = subprocess.run([sys.executable, "benchmarks/webshop_env.py", "--quick"], cwd=ROOT,
                            capture_output=True, text=True, check=True, timeout=600)
    for row in (r"shipped \| 525", r"generated x2 \| 1050"):
        assert re.search(rf"^\| {row} \| [0-9.]+( \| [0-9.]+){{4}} \|$", result.stdout, re.M)
    assert re.search(r"^ratio x2 / shipped: load [0-9.]+x, .* search [0-9.]+x$", result.stdout,
                     re.M)
    for anchor in ("state", r"text \(WebShop's page\)", "observation text"):
        assert re.search(rf"^\| {anchor} \| 0\.[0-9]{{3}} \| [01]\.[0-9]{{3}} \|$",
                         result.stdout, re.M)


@pytest.mark.slow
def test_guided_judge_benchmark_compares_cached_and_reference() -> None:
    pytest.importorskip("sotopia", reason="needs creditkit[sotopia]")
    result = subprocess.run(
        [sys.executable, "benchmarks/guided_judge.py", "--repeats", "1", "--string-tokens", "2"],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=900,
    )
    assert "same answer: True" in result.stdout
    assert re.search(r"speed-up: [0-9.]+x", result.stdout)


@pytest.mark.slow
def test_trl_benchmark_prints_both_timings_and_the_ratio() -> None:
    pytest.importorskip("trl", reason="needs creditkit[bench] (installed by .ci/run)")
    result = subprocess.run(
        [sys.executable, "benchmarks/vs_trl.py", "--group-sizes", "4", "--rounds", "1",
         "--steps", "2", "--warmup", "1"],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=600,
    )
    for part in ("step", "generation", "update"):
        assert re.search(rf"^\| 4 \| 32 \| {part} \| [0-9.]+ \| [0-9.]+ \| [0-9.]+ \|$",
                         result.stdout, re.M), result.stdout
    lengths = re.search(r"mean completion tokens at G=4: TRL ([0-9.]+), creditkit ([0-9.]+)",
                        result.stdout)
    assert lengths is not None and abs(float(lengths[1]) - float(lengths[2])) < 4
    assert re.search(r"^ratio at G=4: [0-9.]+ \(median of the 1 rounds' creditkit / TRL; "
                     r"ratio of the medians [0-9.]+\)$", result.stdout, re.M)


@pytest.mark.slow
def test_learning_benchmark_runs_quick(tmp_path: Path) -> None:
    import json

    result = subprocess.run(
        [sys.executable, "benchmarks/learning.py", "--quick", "--out", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=900,
    )
    for method in ("GRPO", "GiGPO", "HGPO", "G2PO"):
        assert len(re.findall(rf"^\| {method} \| [0-9.]+ \| [0-9.]+ \|", result.stdout,
                              re.M)) == 2, result.stdout  # one row per suite
    results = json.loads((tmp_path / "results.json").read_text())
    for suite in ("maze", "alfworld"):
        curves = results["suites"][suite]["curves"]
        assert set(curves) == {"GRPO", "GiGPO", "HGPO", "G2PO"}
        for runs in curves.values():  # an evaluation before training and after each step
            assert len(runs) == 1 and len(runs[0]["success"]) == 3
            assert runs[0]["env_steps"][0] == 0 and runs[0]["total_env_steps"] > 0
            assert runs[0]["seconds"]["estimate"] > 0
    assert (tmp_path / "learning.png").stat().st_size > 10_000


@pytest.mark.slow
def test_sotopia_step_credit_benchmark_reads_three_methods_on_the_same_batches(
        tmp_path: Path) -> None:
    import json

    tiny = ["env.max_turns=4", "policy.tiny.corpus_episodes=3", "policy.tiny.warmup_episodes=3",
            "policy.tiny.format_warmup_steps=5", "rollout.groups_per_step=1",
            "rollout.group_size=2"]
    result = subprocess.run(
        [sys.executable, "benchmarks/sotopia_step_credit.py", "--steps", "2", "--out",
         str(tmp_path), "--overrides", *tiny],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=900,
    )
    figures = json.loads((tmp_path / "results.json").read_text())["figures"]
    for name in ("gigpo.step_nonzero_fraction", "hgpo.step_nonzero_fraction",
                 "hgpo.level1_grouped_fraction", "g2po.node_nonzero_fraction",
                 "g2po.gain_nonzero_fraction", "g2po.won_fraction"):
        assert len(figures[f"estimator.{name}"]) == 2, figures  # one value per step
        assert re.search(rf"^\| estimator\.{re.escape(name)} \| [0-9.]+ \|", result.stdout,
                         re.M)
    for step in range(2):  # the same batch: HGPO reaches GiGPO's rows, within grouped rows
        gigpo, hgpo, grouped, node = (figures[f"estimator.{name}"][step] for name in (
            "gigpo.step_nonzero_fraction", "hgpo.step_nonzero_fraction",
            "hgpo.level1_grouped_fraction", "g2po.node_nonzero_fraction"))
        assert gigpo <= hgpo <= grouped and node <= grouped
        assert 0.0 <= figures["train.singleton_fraction"][step] <= 1.0


@pytest.mark.slow
def test_logprob_memory_benchmark_compares_like_with_like() -> None:
    result = subprocess.run(
        [sys.executable, "benchmarks/logprob_memory.py", "--rows", "2", "--length", "96",
         "--chunk-tokens", "32", "--repeats", "1"],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=600,
    )
    ratio = re.search(r"ratio chunked / unchunked = (\S+)", result.stdout)
    diffs = re.search(r"max \|loss diff\| = (\S+), max \|gradient diff\| = (\S+)",
                      result.stdout)
    assert ratio is not None and diffs is not None, result.stdout
    assert float(ratio.group(1)) < 1.0
    assert float(diffs.group(1)) < 1e-5 and float(diffs.group(2)) < 1e-5


@pytest.mark.slow
def test_hf_engine_benchmark_prints_both_samplers() -> None:
    result = subprocess.run(
        [sys.executable, "benchmarks/hf_engine.py", "--prompts", "8", "--repeats", "2"],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=600,
    )
    assert "| HFEngine (own loop) |" in result.stdout
    assert "| model.generate + logits |" in result.stdout
    assert re.search(r"ratio own loop / generate = [0-9.]+", result.stdout)


@pytest.mark.slow
def test_serve_load_test_answers_every_request() -> None:
    result = subprocess.run(
        [sys.executable, "benchmarks/serve_load.py", "--requests", "40", "--connections", "4",
         "--deadline-s", "300"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "sent 40 of 40; unexpected statuses: 0" in result.stdout
    assert re.search(r"^\s+30\s+200$", result.stdout, re.M)  # 1 in 4 is a bad request
