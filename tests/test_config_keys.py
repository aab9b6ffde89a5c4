"""No setting is silently ignored: every key of every shipped config is consumed.

Two checks, so that a key like the old ``rollout.engine`` (accepted, never read) cannot return:

1. Every leaf key of every ``_target_`` node, in every option of every group composed through
   ``train.yaml``, is a parameter of the object it configures (its constructor signature).
2. Every field of the settings dataclasses (``PolicyConfig``, ``RolloutConfig``,
   ``TrainerConfig``) is read by a short training run (tracked attribute access), and every key
   of ``train.yaml``'s own top level and ``evaluation`` block is read by the CLI.
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import inspect
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from hydra.utils import get_object
from omegaconf import DictConfig, ListConfig, OmegaConf

from creditkit import Compose
from creditkit.models.settings import PolicyConfig, TinyModelConfig
from creditkit.rollout.settings import RolloutConfig
from creditkit.train.settings import TrainerConfig
from creditkit_envs.maze import MazeEnv
from tests.test_configs import GROUPS, compose_train, options
from tests.trainer.test_kl import alternating

ROOT = Path(__file__).resolve().parents[1]
HYDRA_KEYS = {"_target_", "_partial_", "_convert_", "_recursive_", "_args_"}


def unconsumed_keys(node: Any, where: str) -> list[str]:
    """Keys of ``_target_`` nodes under ``node`` that their target does not take."""
    missing: list[str] = []
    if isinstance(node, ListConfig):
        for index, item in enumerate(node):
            missing += unconsumed_keys(item, f"{where}[{index}]")
    if not isinstance(node, DictConfig):
        return missing
    target = node.get("_target_")
    if target is not None:
        parameters = inspect.signature(get_object(target)).parameters
        named = {n for n, p in parameters.items() if p.kind is not p.VAR_KEYWORD}
        missing += [f"{where}.{key} (not a parameter of {target})" for key in node
                    if key not in HYDRA_KEYS and key not in named]
    for key in node:
        if key not in HYDRA_KEYS:
            missing += unconsumed_keys(node._get_node(key), f"{where}.{key}")
    return missing


@pytest.mark.parametrize(("group", "option"), [(g, o) for g in GROUPS for o in options(g)])
def test_every_key_is_a_parameter_of_its_target(group: str, option: str) -> None:
    cfg = compose_train(f"{group}={option}")
    missing = []
    for name in ("env", "estimator", "shaper", "policy", "rollout", "trainer", "engine"):
        missing += unconsumed_keys(cfg[name], name)
    assert not missing, f"{group}={option}: keys nobody reads: {missing}"


def test_the_walker_finds_an_unread_key() -> None:
    node = OmegaConf.create({"_target_": "creditkit.GiGPO", "engine": "hf",
                             "step_estimator": {"_target_": "creditkit.NIW", "typo": 1}})
    assert unconsumed_keys(node, "estimator") == [
        "estimator.engine (not a parameter of creditkit.GiGPO)",
        "estimator.step_estimator.typo (not a parameter of creditkit.NIW)"]


def tracked(settings: type) -> tuple[type, set[str]]:
    """A subclass of a settings dataclass that records which of its fields the code reads
    (reads by the dataclasses module itself, e.g. ``asdict`` for a checkpoint, do not count)."""
    read: set[str] = set()
    names = {f.name for f in dataclasses.fields(settings)}

    def __getattribute__(self: Any, name: str) -> Any:  # noqa: N807
        if name in names and not sys._getframe(1).f_code.co_filename.endswith("dataclasses.py"):
            read.add(name)
        return object.__getattribute__(self, name)

    return type(f"Tracked{settings.__name__}", (settings,),
                {"__getattribute__": __getattribute__}), read


def test_a_run_reads_every_settings_field(tmp_path: Path) -> None:
    from creditkit.train.trainer import Trainer

    (policy, policy_read), (tiny, tiny_read), (rollout, rollout_read), (trainer, trainer_read) = (
        tracked(PolicyConfig), tracked(TinyModelConfig), tracked(RolloutConfig),
        tracked(TrainerConfig))
    settings = (policy(tiny=tiny(format_warmup_steps=2, corpus_episodes=4, warmup_episodes=2),
                       lora_rank=2),
                rollout(groups_per_step=1, group_size=2),
                trainer(steps=1, eval_every=1, eval_seeds=(0,), eval_group_size=1, kl_coef=0.1))
    for read in (policy_read, tiny_read, rollout_read, trainer_read):
        read.clear()  # the dataclasses' own __post_init__ checks do not count
    Trainer(functools.partial(MazeEnv, max_steps=3), alternating, Compose(), *settings,
            output_dir=tmp_path, resume=False, show_progress=False).fit()
    for kind, read in ((PolicyConfig, policy_read), (TinyModelConfig, tiny_read),
                       (RolloutConfig, rollout_read), (TrainerConfig, trainer_read)):
        unread = {f.name for f in dataclasses.fields(kind)} - read
        assert not unread, f"{kind.__name__} fields no run reads: {sorted(unread)}"


def attribute_reads(source: str, owner: str) -> set[str]:
    """Names ``X`` of every ``<owner>.X`` in ``source``."""
    return {node.attr for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name) and node.value.id == owner}


def test_the_cli_reads_every_top_level_and_evaluation_key() -> None:
    import creditkit.app.cli as cli
    import creditkit.app.compose as composition

    train = OmegaConf.load(ROOT / "configs" / "train.yaml")
    top = {k for k in train if k not in ("defaults", "hydra")} | set(GROUPS) - {"experiment"}
    source = inspect.getsource(cli) + inspect.getsource(composition)
    built = set(re.findall(r'build\(cfg, "(\w+)"\)', source))  # compose.build reads cfg[group]
    assert top - attribute_reads(source, "cfg") - built == set()
    assert set(train.evaluation) - attribute_reads(source, "options") == set()


def test_the_sotopia_configs_keys_are_all_read() -> None:
    pytest.importorskip("sotopia", reason="needs creditkit[sotopia]")
    from creditkit.app.sotopia import cli, pipeline

    configs = Path(cli.SOTOPIA_CONFIG_DIR)
    rl = OmegaConf.load(configs / "sotopia_rl.yaml")
    # each section becomes a settings dataclass: its keys are exactly the fields, all read
    pipeline_source = inspect.getsource(pipeline)
    read = {node.attr for node in ast.walk(ast.parse(pipeline_source))
            if isinstance(node, ast.Attribute)}
    for name, settings in pipeline.SECTIONS.items():
        fields = {f.name for f in dataclasses.fields(settings)}
        assert set(rl[name]) == fields, f"sotopia_rl.yaml {name}: {set(rl[name]) ^ fields}"
        assert fields <= read, f"{settings.__name__} fields never read: {fields - read}"
    top = {k for k in rl if k not in ("defaults", "hydra", *pipeline.SECTIONS)}
    built = set(re.findall(r'build\(cfg, "(\w+)"\)', pipeline_source))
    assert top | {"env", "policy"} <= attribute_reads(pipeline_source, "cfg") | built
    evaluation = OmegaConf.load(configs / "sotopia_eval.yaml")
    top = {k for k in evaluation if k not in ("defaults", "hydra")} | {"env"}
    cli_source = inspect.getsource(cli)
    built = set(re.findall(r'build\(cfg, "(\w+)"\)', cli_source))
    assert top - attribute_reads(cli_source, "cfg") - built == set()
    with pytest.raises(TypeError, match="episodes: .*count"):
        pipeline.section(OmegaConf.create({"episodes": {"cuont": 3}}), "episodes")
