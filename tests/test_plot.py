"""creditkit plot: one figure of several runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from creditkit.app.cli import main
from creditkit.app.plot import curves_figure, mean_band, plot_runs
from creditkit.train.metrics import read_metrics


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
    with pytest.raises(SystemExit, match="creditkit plot: labels"):  # a message, no traceback
        main(["plot", str(run), "--out", str(tmp_path / "x.png"), "--labels", "a", "b"])


def test_an_empty_metrics_file_is_an_error_not_an_empty_figure(tmp_path: Path) -> None:
    run = tmp_path / "empty"
    run.mkdir()
    (run / "metrics.jsonl").write_text("")
    out = tmp_path / "x.png"
    with pytest.raises(SystemExit, match="metrics.jsonl holds no records yet"):
        main(["plot", str(run), "--out", str(out)])
    assert not out.exists()


def test_a_torn_last_line_is_dropped_and_other_damage_is_named(tmp_path: Path) -> None:
    run = fake_run(tmp_path / "a", [0.1, 0.5, 0.9])
    whole = (run / "metrics.jsonl").read_text()
    (run / "metrics.jsonl").write_text(whole + '{"step": 30, "eval.succ')  # a full disk
    assert [r["step"] for r in read_metrics(run)] == [r["step"] for r in
                                                      map(json.loads, whole.splitlines())]
    out = plot_runs([run], tmp_path / "torn.png")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    lines = whole.splitlines()
    (run / "metrics.jsonl").write_text("\n".join([lines[0], "{oops", *lines[1:]]) + "\n")
    with pytest.raises(ValueError, match=r"metrics.jsonl:2: not a JSON record"):
        read_metrics(run)


def test_metrics_choose_the_panels(tmp_path: Path) -> None:
    run = fake_run(tmp_path / "a", [0.1, 0.5, 0.9])
    lines = [{"step": i, "train.singleton_fraction": v, "credit.anchor_match_rate": 1 - v}
             for i, v in enumerate([0.8, 0.6, 0.2, 0.1])]
    (run / "metrics.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines))
    names = ["train.singleton_fraction", "credit.anchor_match_rate", "train.singleton_fraction",
             "credit.anchor_match_rate"]
    figure = curves_figure([run], metrics=names)
    shown = [axis for axis in figure.axes if axis.get_visible()]
    assert [axis.get_title() for axis in shown] == names  # 4 panels: rows of three
    assert len(figure.axes) == 6
    assert list(shown[0].lines[0].get_ydata()) == [0.8, 0.6, 0.2, 0.1]
    assert list(shown[1].lines[0].get_ydata()) == pytest.approx([0.2, 0.4, 0.8, 0.9])
    out = tmp_path / "credit.png"
    main(["plot", str(run), "--out", str(out), "--metrics", "train.singleton_fraction"])
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with pytest.raises(SystemExit, match="--metrics credit.typo: not in any run.*"
                                         "train.singleton_fraction"):
        main(["plot", str(run), "--out", str(out), "--metrics", "credit.typo"])
