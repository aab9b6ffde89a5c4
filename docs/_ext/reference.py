"""Sphinx extension: the configuration and command-line references, generated at every build.

``config_reference()`` walks ``configs/`` (and the Sotopia pipeline's configs) with PyYAML's
composer, so every key keeps its line: its description is the comment on that line or the
comment lines right above it, else the ``Args:`` / ``Attributes:`` entry of the class its node
builds (``_target_``), else the settings dataclass's (``policy``, ``rollout``, ``trainer``).
``cli_reference()`` runs every console script of ``pyproject.toml`` with ``--help`` (and each
sub-command's). ``setup`` writes both as Markdown pages into ``docs/reference/`` when the build
starts; ``tests/test_reference.py`` checks that nothing is left without an entry.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import importlib
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
CONFIG_ROOTS = {"creditkit-train": ROOT / "configs",
                "creditkit-sotopia-rl / creditkit-sotopia-eval":
                    ROOT / "creditkit/app/sotopia/configs"}
HYDRA_KEYS = {
    "_target_": "the class or function this node builds (`hydra.utils.instantiate`)",
    "_partial_": "built as a factory: the trainer calls it once per instance it needs",
    "_convert_": "`object`: nested nodes reach the constructor as objects, not dicts",
    "_recursive_": "whether nested `_target_` nodes are built first",
}
HYDRA_SETTINGS = {
    "hydra.run.dir": "the run folder Hydra creates for the job (its log, the composed config)",
    "hydra.output_subdir": "the composed config and overrides go to this subfolder of the run "
                           "folder (null: not saved)",
    "hydra.job.chdir": "false: the job keeps the working folder it was started in",
    "hydra.help.app_name": "the program's name in `--help`",
    "hydra.help.header": "the text `--help` prints before the config groups",
    "hydra.help.footer": "the text `--help` prints after the composed config",
    "hydra.searchpath": "further config folders whose groups this config can use",
}
ACCELERATE_KEYS = {
    "compute_environment": "`LOCAL_MACHINE`: machines you launch on yourself",
    "distributed_type": "`NO` (one process), `MULTI_GPU` (DDP), `FSDP` or `DEEPSPEED`",
    "num_processes": "processes over all machines, one per GPU (`--num_processes`)",
    "num_machines": "machines taking part (`--num_machines`)",
    "machine_rank": "this machine's index, 0 on the main one (`--machine_rank`)",
    "main_process_ip": "an address of machine 0 that every machine reaches",
    "main_process_port": "the rendezvous port on machine 0",
    "gpu_ids": "the GPUs used: `all` or a comma-separated list",
    "mixed_precision": "Accelerate's precision; must equal `trainer.mixed_precision` (the "
                       "trainer refuses a launch precision that differs)",
    "use_cpu": "run on CPU even where GPUs exist",
    "same_network": "whether every machine is on one local network",
    "rdzv_backend": "`static`: the processes meet at `main_process_ip:main_process_port`",
    "main_training_function": "the function Accelerate's notebook launcher calls (unused by "
                              "`accelerate launch -m`)",
    "fsdp_config": "FSDP's settings", "deepspeed_config": "DeepSpeed's settings",
    "fsdp_version": "2: FSDP2 (`fully_shard`)",
    "fsdp_auto_wrap_policy": "`TRANSFORMER_BASED_WRAP`: one FSDP unit per decoder layer",
    "fsdp_cpu_ram_efficient_loading": "only rank 0 loads the weights, then broadcasts them",
    "fsdp_offload_params": "keep parameters on CPU between uses",
    "fsdp_reshard_after_forward": "free the gathered parameters after the forward pass",
    "fsdp_state_dict_type": "`SHARDED_STATE_DICT`: each rank saves its own shard",
    "fsdp_activation_checkpointing": "FSDP's activation checkpointing",
    "zero_stage": "ZeRO stage: 2 shards optimizer state and gradients, 3 also parameters",
    "offload_optimizer_device": "`none`, `cpu` or `nvme`: where optimizer state lives",
    "offload_param_device": "`none`, `cpu` or `nvme`: where parameters live (stage 3)",
    "gradient_accumulation_steps": "DeepSpeed's own accumulation (1: the trainer's "
                                   "micro-batches accumulate instead)",
    "gradient_clipping": "DeepSpeed's gradient-norm clipping",
    "zero3_init_flag": "build the model already partitioned (stage 3)",
    "zero3_save_16bit_model": "gather a 16-bit copy of the weights when saving (stage 3)",
}
"""Descriptions of the keys of Accelerate's launch configs (``configs/accelerate/``), which
``accelerate launch --config_file`` reads, not Hydra."""
SETTINGS = {"policy": "creditkit.models.settings.PolicyConfig",
            "rollout": "creditkit.rollout.settings.RolloutConfig",
            "trainer": "creditkit.train.settings.TrainerConfig"}
"""Groups whose options extend a settings dataclass (``defaults: [schema, _self_]``)."""


@dataclass(frozen=True)
class ConfigKey:
    """One key of a config file: dotted ``key``, its ``default`` as written, its description."""

    key: str
    default: str
    description: str


@dataclass
class ConfigOption:
    """One config file: ``group`` (``""`` for a primary config), option ``name``, its leading
    comment, its ``defaults`` list, whether it is ``@package _global_`` and its keys."""

    root: str
    group: str
    name: str
    header: str
    defaults: list[str]
    package_global: bool
    target: str | None
    keys: list[ConfigKey] = field(default_factory=list)


@functools.cache
def docstring_entries(target: str) -> dict[str, str]:
    """``name -> text`` of the ``Args:`` and ``Attributes:`` sections of ``target``'s class
    and ``__init__`` docstrings (Google style; ``a, b: text`` gives both names the text)."""
    try:
        module_name, _, attribute = target.rpartition(".")
        value = getattr(importlib.import_module(module_name), attribute)
    except (ImportError, AttributeError, ValueError):
        return {}
    classes = reversed(value.__mro__[:-1]) if isinstance(value, type) else [value]
    texts = []
    for item in classes:  # a subclass's entry replaces its base's
        texts.append(item.__dict__.get("__doc__") or "" if isinstance(item, type)
                     else getattr(item, "__doc__", None) or "")
        if isinstance(item, type) and "__init__" in item.__dict__:
            texts.append(item.__dict__["__init__"].__doc__ or "")
    entries: dict[str, str] = {}
    for text in texts:
        lines = text.expandtabs().splitlines()
        inside, indent, names = False, 0, list[str]()
        for line in lines:
            stripped = line.strip()
            if stripped in ("Args:", "Attributes:", "Arguments:", "Parameters:"):
                inside, indent, names = True, len(line) - len(line.lstrip()), []
                continue
            if not inside:
                continue
            if stripped and len(line) - len(line.lstrip()) <= indent:
                inside = False
                continue
            entry = re.match(r"^\s*([\w*]+(?:\s*,\s*[\w*]+)*)\s*(?:\([^)]*\))?:\s*(.*)$", line)
            if entry and len(line) - len(line.lstrip()) == indent + 4:
                names = [name.strip() for name in entry.group(1).split(",")]
                for name in names:
                    entries[name] = entry.group(2).strip()
            elif stripped and names:
                for name in names:
                    entries[name] = f"{entries[name]} {stripped}".strip()
    return entries


def _comment_after(line: str, column: int) -> str:
    """The ``# comment`` of ``line`` at or after ``column``, or ``""``."""
    rest = line[column:]
    return rest.split("#", 1)[1].strip() if "#" in rest else ""


def _comments_above(lines: list[str], row: int, column: int, stop: int) -> str:
    """The comment lines right above ``row`` at the key's ``column`` (not above ``stop``)."""
    found: list[str] = []
    while row - 1 >= stop and lines[row - 1].strip().startswith("#") and \
            len(lines[row - 1]) - len(lines[row - 1].lstrip()) == column:
        row -= 1
        found.insert(0, lines[row].strip()[1:].strip())
    return " ".join(found)


def _header(lines: list[str]) -> tuple[str, int]:
    """The file's leading comment block (``@package`` lines left out) and the row after it."""
    row, found = 0, []
    while row < len(lines) and lines[row].strip().startswith("#"):
        text = lines[row].strip()[1:].strip()
        if not text.startswith("@package"):
            found.append(text)
        row += 1
    return " ".join(found), row


def _value_text(text: str, node: yaml.Node) -> str:
    """A value as written when it fits on one line, else as flow-style YAML."""
    source = text[node.start_mark.index:node.end_mark.index]
    if "\n" not in source.strip() and source.strip():
        return source.strip()
    loaded = yaml.SafeLoader("").construct_document(node)
    return yaml.safe_dump(loaded, default_flow_style=True, width=10_000).strip().removesuffix(
        "\n...").removesuffix("...").strip()


def _walk(text: str, lines: list[str], node: yaml.MappingNode, prefix: str, header_end: int,
          targets: list[str]) -> Iterator[tuple[str, str, str, str | None]]:
    """``(dotted key, default, comment, enclosing _target_)`` of every key under ``node``."""
    target = next((value.value for key, value in node.value if key.value == "_target_"), None)
    enclosing = target or (targets[-1] if targets else None)
    for key_node, value_node in node.value:
        name = f"{prefix}{key_node.value}"
        row, column = key_node.start_mark.line, key_node.start_mark.column
        same_line = value_node.start_mark.line == row and not isinstance(
            value_node, yaml.MappingNode) and value_node.end_mark.line == row
        inline = _comment_after(lines[row], value_node.end_mark.column if same_line else
                                key_node.end_mark.column + 1)
        above = _comments_above(lines, row, column, header_end)
        comment = " ".join(part for part in (above, inline) if part)
        if isinstance(value_node, yaml.MappingNode) and value_node.value and \
                not value_node.flow_style:
            yield name, "", comment, enclosing
            yield from _walk(text, lines, value_node, f"{name}.", header_end,
                             [*targets, *([target] if target else [])])
        else:
            yield name, _value_text(text, value_node), comment, enclosing


def option_target(path: Path) -> str | None:
    """The ``_target_`` a config file builds: its own, else that of the sibling option its
    ``defaults`` list extends (``maze_door`` extends ``maze``)."""
    loaded = yaml.safe_load(path.read_text()) or {}
    if not isinstance(loaded, dict):
        return None
    if loaded.get("_target_"):
        return str(loaded["_target_"])
    for entry in loaded.get("defaults", []):
        sibling = path.with_name(f"{entry}.yaml") if isinstance(entry, str) else None
        if sibling is not None and sibling.exists() and sibling != path:
            return option_target(sibling)
    return None


def group_targets(path: Path) -> dict[str, str]:
    """``group -> target`` of the groups a primary config or an experiment selects, after
    ``train.yaml``'s and those of the experiments it extends (so that its ``env.max_turns`` is
    described by the environment's docstring)."""
    loaded = yaml.safe_load(path.read_text()) or {}
    targets = dict(SETTINGS)
    if path.parent.name == "experiment":
        targets.update(group_targets(ROOT / "configs" / "train.yaml"))
    for entry in loaded.get("defaults", []):
        if isinstance(entry, str) and path.parent.name == "experiment":
            sibling = path.with_name(f"{entry}.yaml")
            if sibling.exists():
                targets.update(group_targets(sibling))
        if isinstance(entry, dict):
            for group, name in entry.items():
                if str(group).split(" ")[-1].startswith("hydra/"):  # Hydra's own groups
                    continue
                group = str(group).split("/")[-1].split(" ")[-1]
                if group in SETTINGS:
                    targets[group] = SETTINGS[group]
                elif name is not None:
                    target = option_target(ROOT / "configs" / group / f"{name}.yaml")
                    if target:
                        targets[group] = target
    return targets


def describe(key: str, comment: str, target: str | None, group: str,
             selected: dict[str, str]) -> str:
    """A key's description: its comment, else what Hydra, Accelerate or the docstring of the
    class that reads it says about it."""
    leaf = key.rsplit(".", 1)[-1]
    if comment:
        return comment
    if leaf in HYDRA_KEYS:
        return HYDRA_KEYS[leaf]
    if key in HYDRA_SETTINGS:
        return HYDRA_SETTINGS[key]
    if group == "accelerate":
        return ACCELERATE_KEYS.get(leaf, "")
    head, _, rest = key.partition(".")
    if target is None and head in SETTINGS and rest.count("."):  # e.g. policy.tiny.vocab_size
        return {k.key: k.description for k in settings_keys(head)}.get(rest, "")
    if target is None and group in SETTINGS:
        target = SETTINGS[group]
    elif target is None and head in selected and key.count(".") == 1:
        target = selected[head]
    return docstring_entries(target).get(leaf, "") if target else ""


def read_option(root: str, folder: Path, path: Path) -> ConfigOption:
    """One config file as a :class:`ConfigOption` (its keys' descriptions filled in)."""
    text = path.read_text()
    lines = text.splitlines()
    header, header_end = _header(lines)
    group = path.parent.relative_to(folder).as_posix()
    group = "" if group == "." else group
    document = yaml.compose(text)
    option = ConfigOption(root, group, path.stem, header, [], "@package _global_" in text, None)
    if not isinstance(document, yaml.MappingNode):
        return option
    option.target = option_target(path) if group != "accelerate" else None
    selected = group_targets(path) if group in ("", "experiment") else {}
    for key, default, comment, target in _walk(text, lines, document, "", header_end, []):
        if key == "defaults":
            option.defaults = [_value_text(text, item) for item in
                               next(v for k, v in document.value if k.value == "defaults").value]
            continue
        if "." not in key and target is None and group not in ("", "experiment", "accelerate"):
            target = option.target
        description = describe(key, comment, target, group, selected)
        if default or description:  # a section (a mapping) is listed when it has a comment
            option.keys.append(ConfigKey(key, default, description))
    return option


def config_options() -> list[ConfigOption]:
    """Every config file of every config root, primary configs first, then groups by name."""
    options = []
    for root, folder in CONFIG_ROOTS.items():
        paths = sorted(folder.rglob("*.yaml"), key=lambda p: (p.parent != folder, str(p)))
        options += [read_option(root, folder, path) for path in paths]
    return options


def settings_keys(group: str) -> list[ConfigKey]:
    """The keys of a settings group's ``schema``: every field of its dataclass, its default
    and its docstring entry; a field whose default is itself a settings dataclass
    (``policy.tiny``) is listed, then each of its fields as ``FIELD.NAME``."""
    return _dataclass_keys(SETTINGS[group])


def _dataclass_keys(path: str, prefix: str = "") -> list[ConfigKey]:
    module_name, _, name = path.rpartition(".")
    settings = getattr(importlib.import_module(module_name), name)
    entries = docstring_entries(path)
    keys = []
    for item in dataclasses.fields(settings):
        default: Any = (item.default if item.default is not dataclasses.MISSING
                        else item.default_factory())  # type: ignore[misc]
        if dataclasses.is_dataclass(default):
            nested = f"{type(default).__module__}.{type(default).__qualname__}"
            keys.append(ConfigKey(prefix + item.name, "", entries.get(item.name, "")))
            keys += _dataclass_keys(nested, f"{prefix}{item.name}.")
            continue
        if isinstance(default, tuple):
            default = list(default)
        text = yaml.safe_dump(default, default_flow_style=True).strip()
        text = text.removesuffix("...").strip()
        keys.append(ConfigKey(prefix + item.name, text, entries.get(item.name, "")))
    return keys


def _cell(text: str) -> str:
    """Docstring reST as MyST inside a table cell."""
    text = re.sub(r":(\w+):`([^`]+)`", r"{\1}`\2`", text)
    text = text.replace("``", "`")
    return text.replace("|", "\\|").replace("\n", " ")


def _code(text: str) -> str:
    return f"`{text}`" if text else ""


def _key_table(keys: list[ConfigKey], prefix: str = "") -> list[str]:
    rows = ["| key | default | description |", "|---|---|---|"]
    rows += [f"| `{prefix}{k.key}` | {_cell(_code(k.default))} | {_cell(k.description)} |"
             for k in keys]
    return rows


def config_reference() -> str:
    """The configuration reference page (MyST Markdown)."""
    out = ["# Configuration reference", "",
           "Generated from the config files at every docs build (`docs/_ext/reference.py`): "
           "every group, option and key with the default as written and its description: the "
           "comment beside or above it in the file, else the docstring entry of the class its "
           "node builds. Select an option with `group=option`, set a key with `group.key=value` "
           "(see {doc}`../training`); `creditkit-train --help` prints the composed config.", ""]
    options = config_options()
    for root in CONFIG_ROOTS:
        out += [f"## {root}", ""]
        in_root = [o for o in options if o.root == root]
        groups = sorted({o.group for o in in_root}, key=lambda g: (g != "", g))
        for group in groups:
            title = "Primary configs" if group == "" else f"`{group}`"
            out += [f"### {title}", ""]
            if group in SETTINGS:
                out += [f"Every option extends `{group}/schema`, generated from "
                        f"{{class}}`~{SETTINGS[group]}`: these keys, their defaults and "
                        "meanings; an option sets only what differs.", "",
                        *_key_table(settings_keys(group), f"{group}."), ""]
            for option in (o for o in in_root if o.group == group):
                name = f"{option.name}.yaml" if group == "" else f"{group}={option.name}"
                out += [f"#### `{name}`", "", _cell(option.header) or "(no header comment)", ""]
                if option.target:
                    out += [f"Builds `{option.target}`.", ""]
                if option.defaults:
                    out += ["Composes: " + ", ".join(f"`{d}`" for d in option.defaults) + ".",
                            ""]
                if option.package_global:
                    out += ["A `@package _global_` experiment: its keys override those of the "
                            "groups above.", ""]
                prefix = f"{group}." if group and group not in ("experiment", "accelerate") \
                    and not option.package_global else ""
                if option.keys:
                    out += [*_key_table(option.keys, prefix), ""]
    return "\n".join(out) + "\n"


def console_scripts() -> dict[str, str]:
    """``name -> "module:function"`` of ``[project.scripts]`` in ``pyproject.toml``."""
    text = (ROOT / "pyproject.toml").read_text()
    section = text.split("[project.scripts]", 1)[1].split("\n[", 1)[0]
    return dict(re.findall(r'^([\w-]+)\s*=\s*"([\w.:]+)"', section, re.M))


def script_help(entry: str, name: str, arguments: list[str]) -> str:
    """What ``name *arguments --help`` prints (run in a subprocess, as the installed script)."""
    module, function = entry.split(":")
    code = (f"import sys; sys.argv = [{name!r}, *{arguments!r}, '--help']\n"
            f"from {module} import {function}\n{function}()")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=300, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{name} {' '.join(arguments)} --help failed:\n{done.stderr[-2000:]}")
    return done.stdout.rstrip()


def subcommands(help_text: str) -> list[str]:
    """The sub-commands an argparse usage line lists (``{plot,inspect,serve}``)."""
    usage = help_text.split("\n\n", 1)[0]
    found = re.search(r"\{([\w,-]+)\}", usage)
    return found.group(1).split(",") if found else []


def cli_reference() -> str:
    """The command-line reference page (MyST Markdown): every console script's ``--help``."""
    out = ["# Command-line reference", "",
           "Generated at every docs build from the console scripts' own `--help` "
           "(`docs/_ext/reference.py`). The Hydra scripts (`creditkit-train`, `creditkit-eval`, "
           "`creditkit-sotopia-rl`, `creditkit-sotopia-eval`) take `group=option` and "
           "`key=value` overrides; their keys are in {doc}`configuration`.", ""]
    scripts = console_scripts()
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        helps = dict(zip(scripts, pool.map(lambda item: script_help(item[1], item[0], []),
                                           scripts.items())))
        commands = {(name, command): pool.submit(script_help, scripts[name], name, [command])
                    for name, text in helps.items() for command in subcommands(text)}
    for name, entry in scripts.items():
        out += [f"## `{name}`", "", f"Entry point `{entry}`.", "", "```text", helps[name], "```",
                ""]
        for command in subcommands(helps[name]):
            out += [f"### `{name} {command}`", "", "```text",
                    commands[name, command].result(), "```", ""]
    return "\n".join(out) + "\n"


def write_pages(folder: Path) -> list[Path]:
    """Write ``configuration.md`` and ``cli.md`` into ``folder`` (only when they change, so
    Sphinx rebuilds nothing else)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in (("configuration.md", config_reference()), ("cli.md", cli_reference())):
        path = folder / name
        if not path.exists() or path.read_text() != text:
            path.write_text(text)
        written.append(path)
    return written


def _builder_inited(app: Any) -> None:
    mocked: Any = contextlib.nullcontext()
    if app.config.autodoc_mock_imports:
        from sphinx.ext.autodoc.mock import mock

        mocked = mock(app.config.autodoc_mock_imports)
    with mocked:
        write_pages(Path(app.srcdir) / "reference")


def setup(app: Any) -> dict[str, Any]:
    app.connect("builder-inited", _builder_inited)
    return {"parallel_read_safe": True, "version": "1"}


def options_without_help(help_text: str) -> list[str]:
    """The options an argparse ``--help`` lists with no help text (an entry whose invocation
    is followed by neither text on its line nor an indented continuation line)."""
    lines = help_text.splitlines()
    missing = []
    for row, line in enumerate(lines):
        entry = re.match(r"^  (-[^\s].*?)(?:\s{2,}(\S.*))?$", line)
        if not entry or entry.group(2):
            continue
        following = lines[row + 1] if row + 1 < len(lines) else ""
        if not re.match(r"^\s{8,}\S", following):
            missing.append(entry.group(1).split(",")[0].split()[0])
    return missing
