"""Bad environment settings are errors that name the key; config paths do not depend on the
working folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from hydra.utils import instantiate
from omegaconf import OmegaConf

from creditkit.app.compose import CHECKOUT, compose
from creditkit.models.settings_check import checked_factory
from tests.data import shared_data


@pytest.mark.parametrize(("override", "message"), [
    ("env.size=abc", r"env\.size='abc': expected int"),
    ("env.max_steps=0", r"env \(MazeEnv\): max_steps must be >= 1, got 0"),
    ("env.size=1", "size must be >= 2"),
    ("+env.sizes=3", r"env\.sizes: MazeEnv takes no such setting"),
    ("env.with_door=maybe", r"env\.with_door='maybe': expected bool"),
])
def test_bad_env_settings_name_the_key(override: str, message: str) -> None:
    factory = instantiate(compose([override]).env)
    with pytest.raises(ValueError, match=message):
        checked_factory(factory, "env")


def test_good_settings_pass_and_the_factory_is_returned() -> None:
    factory = instantiate(compose(["env.size=3"]).env)
    assert checked_factory(factory, "env") is factory
    assert factory().reset(seed=0).text


def test_the_alfworld_data_folder_is_found_from_any_working_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("alfworld", reason="needs creditkit[alfworld]")
    shared_data("alfworld")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ALFWORLD_DATA", raising=False)
    cfg = compose(["env=alfworld"])
    folders = OmegaConf.to_container(cfg.env, resolve=True)["data_dir"]  # type: ignore[index]
    assert Path(folders[1]) == (CHECKOUT / "../shared/data/alfworld").resolve()
    env = checked_factory(instantiate(cfg.env), "env")()
    assert env.num_tasks and env.num_tasks > 0
