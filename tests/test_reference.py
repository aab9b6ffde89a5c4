"""The generated references leave nothing out: every config option and key, every console script
and its options, and the offline intersphinx inventories (docs/_ext/reference.py,
docs/_ext/inventories.py)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
EXT = ROOT / "docs" / "_ext"


def load(name: str) -> Any:
    """A module of docs/_ext (the docs build puts that folder on its path)."""
    spec = importlib.util.spec_from_file_location(f"docs_ext_{name}", EXT / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


reference = load("reference")
inventories = load("inventories")


def leaf_keys(node: Any, prefix: str = "") -> set[str]:
    """Dotted keys of a loaded YAML mapping's leaves (a flow mapping such as ``{a: 1}`` and a
    list are leaves as written), ``defaults`` left out."""
    keys: set[str] = set()
    for key, value in node.items():
        if prefix == "" and key == "defaults":
            continue
        if isinstance(value, dict) and value:
            keys |= leaf_keys(value, f"{prefix}{key}.")
        else:
            keys.add(f"{prefix}{key}")
    return keys


def flow_mapping_keys(path: Path) -> set[str]:
    """Keys whose value is written as a flow mapping (one table row)."""
    return {match for match in re.findall(r"^\s*([\w-]+):\s*\{", path.read_text(), re.M)}


def undocumented(options: list[Any]) -> list[str]:
    """``root group=option key`` of every listed key without a description."""
    return [f"{o.root} {o.group}={o.name} {k.key}" for o in options for k in o.keys
            if not k.description.strip()]


def test_every_config_file_and_key_has_an_entry() -> None:
    options = reference.config_options()
    listed = {(o.root, o.group, o.name): {k.key for k in o.keys} for o in options}
    files = 0
    for root, folder in reference.CONFIG_ROOTS.items():
        for path in folder.rglob("*.yaml"):
            files += 1
            group = path.parent.relative_to(folder).as_posix().replace(".", "")
            keys = listed[(root, group, path.stem)]
            flows = flow_mapping_keys(path)
            expected = {key for key in leaf_keys(yaml.safe_load(path.read_text()) or {})
                        if not any(f".{flow}." in f".{key}" for flow in flows)}
            assert expected <= keys, (path, expected - keys)
    assert files == len(options) > 40
    assert undocumented(options) == []
    for group in reference.SETTINGS:
        assert [k.key for k in reference.settings_keys(group) if not k.description] == []


def test_a_key_without_a_comment_or_docstring_entry_is_caught(tmp_path: Path,
                                                              monkeypatch) -> None:
    (tmp_path / "estimator").mkdir()
    (tmp_path / "estimator" / "mine.yaml").write_text(
        "# my estimator\n_target_: creditkit.estimators.GiGPO\n"
        "gamma: 0.9      # a discount\nstep_weight: 0.5\nbogus: 1\n")
    monkeypatch.setattr(reference, "CONFIG_ROOTS", {"test": tmp_path})
    (option,) = reference.config_options()
    described = {k.key: k.description for k in option.keys}
    assert described["gamma"] == "a discount"  # the comment
    assert described["step_weight"].startswith("omega")  # GiGPO's docstring entry
    assert undocumented([option]) == ["test estimator=mine bogus"]
    assert option.header == "my estimator"


def test_settings_and_inherited_targets_describe_keys() -> None:
    by_name = {(o.group, o.name): o for o in reference.config_options()}
    door = {k.key: k for k in by_name["env", "maze_door"].keys}  # extends env=maze
    assert door["max_steps"].default == "24"
    assert door["max_steps"].description.startswith("turns before")
    lora = {k.key: k for k in by_name["experiment", "maze_gigpo_lora"].keys}
    assert "LoRA" in lora["policy.lora_rank"].description  # PolicyConfig's docstring
    assert lora["trainer.lr"].description  # TrainerConfig's
    assert "4x4" in by_name["env", "maze"].header
    trainer = {k.key: k for k in reference.settings_keys("trainer")}
    assert trainer["eval_seeds"].default == "[0, 1, 2, 3]"


def test_the_configuration_page_lists_every_option() -> None:
    page = reference.config_reference()
    for option in reference.config_options():
        title = f"{option.name}.yaml" if option.group == "" else f"{option.group}={option.name}"
        assert f"#### `{title}`" in page
    assert "| `estimator.step_weight` | `1.0` |" in page
    assert "| `trainer.save_rollouts_every` | `10` |" in page


def test_every_console_script_and_option_has_an_entry() -> None:
    scripts = reference.console_scripts()
    pyproject = (ROOT / "pyproject.toml").read_text().split("[project.scripts]")[1]
    assert set(scripts) == set(re.findall(r"^([\w-]+) =", pyproject.split("\n[")[0], re.M))
    page = reference.cli_reference()
    for name in scripts:
        assert f"## `{name}`" in page
    for command in ("plot", "inspect", "serve"):
        assert f"### `creditkit {command}`" in page
    assert "--estimators NAME [NAME ...]" in page and "--batch-size" in page
    assert "estimator: dr_grpo" in page  # Hydra's group listing
    for name, entry in scripts.items():
        text = reference.script_help(entry, name, [])
        missing = reference.options_without_help(text)
        for command in reference.subcommands(text):
            missing += [f"{command} {option}" for option in reference.options_without_help(
                reference.script_help(entry, name, [command]))]
        assert missing == [], f"{name}: options without help text: {missing}"


def test_the_help_check_sees_an_option_without_help() -> None:
    import argparse

    parser = argparse.ArgumentParser(prog="x")
    parser.add_argument("--out")
    parser.add_argument("--with-help", help="described")
    parser.add_argument("--a-very-long-option-name-indeed", metavar="VALUE",
                        help="on the next line")
    assert reference.options_without_help(parser.format_help()) == ["--out"]


def test_the_inventories_load_as_sphinx_reads_them(tmp_path: Path) -> None:
    pytest.importorskip("sphinx", reason="the docs extra")
    from sphinx.util.inventory import InventoryFile

    mapping = inventories.write_inventories(tmp_path)
    assert set(mapping) == {"python", "torch", "transformers", "hydra"}
    site, path = mapping["torch"]
    with open(path, "rb") as stream:
        loaded = InventoryFile.load(stream, site, lambda base, uri: base + uri)
    items = loaded.data if hasattr(loaded, "data") else loaded
    tensor = items["py:class"]["torch.Tensor"]
    uri = tensor.uri if hasattr(tensor, "uri") else tensor[2]
    assert uri == "https://docs.pytorch.org/docs/stable/tensors.html#torch.Tensor"
