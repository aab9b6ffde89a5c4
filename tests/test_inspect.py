"""``creditkit inspect``: the page's content from a real (short) run, offline estimator columns,
errors, and the page in headless Chromium (rendered groups, hover, no console errors, a
screenshot at a fixed size)."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest
import torch

from creditkit import GiGPO
from creditkit.app.cli import main
from creditkit.app.inspect.browser import browser_paths, chromium, open_page, screenshot
from creditkit.app.inspect.model import estimator_column, estimator_names, trained_column
from creditkit.app.inspect.page import build_page, write_page
from creditkit.models.settings import PolicyConfig, TinyModelConfig
from creditkit.rollout.saved import load_step
from creditkit_envs.maze import MazeEnv
from tests.trainer.test_options import small_trainer


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two steps of a 2x2 maze (4 turns at most, often won) with GiGPO (2 groups of 4), every
    rollout saved."""
    folder = tmp_path_factory.mktemp("run")
    small_trainer(folder, PolicyConfig(tiny=TinyModelConfig(format_warmup_steps=40)),
                  env=functools.partial(MazeEnv, size=2, max_steps=4), estimator=GiGPO(),
                  steps=2, save_rollouts_every=1).fit()
    return folder


def turn_data(html: str) -> dict[str, dict]:
    blob = re.search(r'<script type="application/json" id="turn-data">(.*?)</script>', html,
                     re.S)
    assert blob is not None
    return json.loads(blob[1])


def test_the_page_holds_every_group_turn_and_column(run: Path) -> None:
    html = build_page(run, estimators=["grpo", "gigpo"])
    shard = load_step(run, 2)[0]
    assert html.count('<section class="group"') == 2
    assert html.count('class="turn') == 3 * shard.steps.num_rows  # 3 columns
    details = turn_data(html)
    assert sorted(map(int, details)) == list(range(shard.steps.num_rows))
    episode = shard.episodes[0]
    assert details["0"]["prompt"] == episode["turns"][0]["prompt"]
    assert set(details["0"]["advantages"]) == {"trained", "grpo", "gigpo"}
    assert "step 2" in html and "credit.anchor_match_rate" in html  # the charts' metrics
    # self-contained: no resource from elsewhere
    assert not re.search(r'(src|href)="(https?:)?//', html)


def test_an_estimator_rerun_offline_matches_the_trainers(run: Path) -> None:
    shards = load_step(run, 1)
    trained = trained_column(shards)
    assert torch.equal(estimator_column("gigpo", shards).advantages, trained.advantages)
    grpo = estimator_column("grpo", shards).advantages
    assert not torch.equal(grpo, trained.advantages)
    # GRPO gives every turn of an episode its episode's one number
    first = shards[0].episodes[0]["turns"]
    assert len(set(grpo[:len(first)].tolist())) == 1


def test_every_estimator_option_renders(run: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """``creditkit inspect --estimators`` with every option the group lists (each composed as
    a run composes it: ``gigpo_no_std`` extends ``gigpo`` through its defaults list)."""
    # EMPG needs the turn entropies, which only a run whose estimator uses them saves
    names = [name for name in estimator_names() if not name.startswith("empg")]
    assert {"gigpo_no_std", "gigpo_std_niw", "grpo_plus_step", "graphgpo"} <= set(names)
    with pytest.raises(SystemExit, match="--estimators empg cannot run.*step_entropies"):
        main(["inspect", str(run), "--estimators", "empg"])
    main(["inspect", str(run), "--estimators", *names, "--out", str(tmp_path / "page.html")])
    assert capsys.readouterr().out.strip() == str(tmp_path / "page.html")
    html = (tmp_path / "page.html").read_text()
    columns = set(turn_data(html)["0"]["advantages"])
    assert columns == {"trained", *names}
    shards = load_step(run, 2)
    for name in names:
        assert torch.isfinite(estimator_column(name, shards).advantages).all(), name


def test_inspect_errors_name_the_problem(run: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="--estimators typo: .*no such option.*grpo"):
        build_page(run, estimators=["typo"])
    with pytest.raises(ValueError, match="--step 7: no rollout saved.*1, 2"):
        build_page(run, step=7)
    with pytest.raises(FileNotFoundError, match="save_rollouts_every"):
        build_page(tmp_path)
    with pytest.raises(ValueError, match="--groups"):
        build_page(run, max_groups=0)


def test_the_cli_writes_the_page(run: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "page.html"
    main(["inspect", str(run), "--step", "1", "--estimators", "rloo", "--groups", "1",
          "--out", str(out)])
    assert str(out) in capsys.readouterr().out
    html = out.read_text()
    assert html.count('<section class="group"') == 1 and "rloo" in html
    group_rows = sum(len(e["turns"]) for e in load_step(run, 1)[0].episodes if e["group"] == 0)
    assert sorted(map(int, turn_data(html))) == list(range(group_rows))  # only drawn turns
    assert write_page(run).name == "inspect_step_2.html"


needs_chromium = pytest.mark.skipif(
    browser_paths() is None, reason="headless Chromium is not installed (apt-get install "
                                    "chromium chromium-driver)")


def console_errors(driver: object) -> list[str]:
    return [entry["message"] for entry in driver.get_log("browser")  # type: ignore[attr-defined]
            if entry["level"] == "SEVERE"]


@needs_chromium
def test_the_page_renders_in_chromium(run: Path, tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    page = write_page(run, tmp_path / "page.html", estimators=["grpo"])
    shard = load_step(run, 2)[0]
    with chromium(1280, 900) as driver:
        open_page(driver, page)
        assert console_errors(driver) == []
        groups = driver.find_elements(By.CSS_SELECTOR, "section.group")
        assert len(groups) == 2 and all(g.is_displayed() and g.size["height"] > 40
                                        for g in groups)
        charts = driver.find_elements(By.CSS_SELECTOR, "#run-charts img")
        assert charts and all(driver.execute_script(
            "return arguments[0].complete && arguments[0].naturalWidth > 0", img)
            for img in charts)
        turn = driver.find_element(By.CSS_SELECTOR, '.turn[data-row="0"]')
        ActionChains(driver).move_to_element(turn).perform()
        detail = driver.find_element(By.ID, "detail").text
        first = shard.episodes[0]["turns"][0]
        assert first["prompt"].splitlines()[0] in detail and "A (grpo)" in detail
        # every turn of the hovered state lights up, in both columns
        key = turn.get_attribute("data-key")
        lit = driver.find_elements(By.CSS_SELECTOR, ".turn.hl")
        same = driver.find_elements(By.CSS_SELECTOR, f'.turn[data-key="{key}"]')
        same_state = turn_data(page.read_text())["0"]["same_state"]
        assert same_state >= 4  # the start state: every episode of the group begins there
        assert len(lit) == len(same) == 2 * same_state
        assert console_errors(driver) == []
    png = screenshot(page, tmp_path / "page.png", 1024, 768)
    from PIL import Image

    image = Image.open(png).convert("L")
    assert image.size == (1024, 768)
    assert len(set(image.getdata())) > 20  # drawn, not a blank page


@needs_chromium
def test_the_console_check_catches_a_broken_page(tmp_path: Path) -> None:
    page = tmp_path / "broken.html"
    page.write_text("<html><body><script>document.body.dataset.ready = 'true';"
                    "undefinedFunction();</script></body></html>")
    with chromium(640, 480) as driver:
        open_page(driver, page)
        errors = console_errors(driver)
    assert errors and "undefinedFunction" in errors[0]
