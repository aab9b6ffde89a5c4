"""creditkit export: the refusals (the export itself is run by tests/test_howtos.py's
hf-model guide, which checks the folder holds the checkpoint's weights)."""

from __future__ import annotations

from pathlib import Path

import pytest
from omegaconf import OmegaConf

from creditkit.app.cli import main
from creditkit.app.compose import build, compose
from creditkit.app.export import load_run_config
from creditkit.models.settings import TinyModelConfig


def test_a_folder_that_is_not_a_run_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="a creditkit-train run folder"):
        main(["export", str(tmp_path)])


def test_a_run_without_a_checkpoint_is_refused(tmp_path: Path) -> None:
    config = compose([f"output_dir={tmp_path}", "policy.tiny.format_warmup_steps=2",
                      "policy.tiny.corpus_episodes=4", "policy.tiny.warmup_episodes=2",
                      "progress=false"])
    (tmp_path / "hydra").mkdir()
    OmegaConf.save(config, tmp_path / "hydra" / "config.yaml")
    with pytest.raises(SystemExit, match="has no checkpoint to export"):
        main(["export", str(tmp_path), "--out", str(tmp_path / "out")])
    assert not (tmp_path / "out").exists()


def test_a_run_folder_of_an_earlier_version_loads(tmp_path: Path) -> None:
    """Run folders written before issue 34 record the settings classes' old paths."""
    config = compose([f"output_dir={tmp_path}"])
    for group, name in (("policy", "PolicyConfig"), ("rollout", "RolloutConfig"),
                        ("trainer", "TrainerConfig")):
        config[group]["_target_"] = f"creditkit.config.{name}"
    OmegaConf.save(config, tmp_path / "config.yaml")
    loaded = load_run_config(tmp_path / "config.yaml")
    assert loaded.policy._target_ == "creditkit.models.settings.PolicyConfig"
    assert loaded.rollout._target_ == "creditkit.rollout.settings.RolloutConfig"
    assert loaded.trainer._target_ == "creditkit.train.settings.TrainerConfig"
    assert build(loaded, "trainer").steps == config.trainer.steps


@pytest.mark.parametrize("named", [False, True])
def test_a_run_folder_with_flat_tiny_model_keys_loads(tmp_path: Path, named: bool) -> None:
    """Before issue 34 the tiny model's settings were flat ``policy.<name>`` keys."""
    config = compose([f"output_dir={tmp_path}", "policy.tiny.hidden_size=32"])
    policy = OmegaConf.to_container(config.policy)
    assert isinstance(policy, dict)
    flat = {**{k: v for k, v in policy.items() if k != "tiny"}, **policy["tiny"]}
    if named:
        flat["name_or_path"] = "org/model"
    config.policy = OmegaConf.create(flat)
    OmegaConf.save(config, tmp_path / "config.yaml")
    built = build(load_run_config(tmp_path / "config.yaml"), "policy")
    assert built.tiny == (None if named else TinyModelConfig(hidden_size=32))
