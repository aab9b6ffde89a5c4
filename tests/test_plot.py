"""creditkit plot: one figure of several runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from creditkit.cli import main
from creditkit.metrics import read_metrics
from creditkit.plot import mean_band, plot_runs


def fake_run(folder: Path, successes: list[float]) -> Path:
    folder.mkdir(parents=True)
    lines = [{"step": i, "eval.success": s, "train.success": s, "train.return": s}
             for i, s in enumerate(successes)]
    (folder / "metrics.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines))
    return folder


def test_plot_writes_a_png(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    runs = [fake_run(tmp_path / "a", [0.1, 0.5, 0.9]), fake_run(tmp_path / "b", [0.1, 0.2, 0.3])]
    out = tmp_path / "curves.png"
    main(["plot", *map(str, runs), "--out", str(out), "--labels", "gigpo", "grpo"])
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 10_000
    assert str(out) in capsys.readouterr().out


def test_runs_sharing_a_label_are_averaged(tmp_path: Path) -> None:
    runs = [fake_run(tmp_path / f"s{seed}", values)
            for seed, values in enumerate([[0.0, 0.4, 0.8], [0.2, 0.6], [0.1, 0.5, 0.9]])]
    series = [{r["step"]: r["eval.success"] for r in read_metrics(run)} for run in runs]
    steps, mean, low, high = mean_band(series)
    assert steps == [0, 1]  # step 2 is missing from one run
    assert mean == pytest.approx([0.1, 0.5]) and low == [0.0, 0.4] and high == [0.2, 0.6]
    out = plot_runs(runs, tmp_path / "band.png", ["gigpo"] * 3)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_plot_errors(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="metrics.jsonl"):
        read_metrics(tmp_path)
    run = fake_run(tmp_path / "a", [0.1])
    with pytest.raises(ValueError, match="labels"):
        main(["plot", str(run), "--out", str(tmp_path / "x.png"), "--labels", "a", "b"])
