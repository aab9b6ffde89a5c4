"""Intersphinx without the network: inventories of the outside names these docs link to.

The docs build offline (CI has no network at run time), so intersphinx cannot download the
inventories of Python's and PyTorch's docs; transformers' and Hydra's docs are not built with
Sphinx and publish none. Instead this module writes, at every build, a small inventory
(Sphinx's ``objects.inv`` format, version 2) per project from :data:`LINKS`: the names our
signatures and pages use, each mapped to its page on that project's site. A name missing here is
shown as plain text, not a broken link; add it to :data:`LINKS` to link it.
"""

from __future__ import annotations

import zlib
from pathlib import Path

LINKS: dict[str, tuple[str, dict[str, dict[str, str]]]] = {
    "python": ("https://docs.python.org/3/", {
        "py:class": {
            "pathlib.Path": "library/pathlib.html#pathlib.Path",
            "collections.abc.Sequence": "library/collections.abc.html#collections.abc.Sequence",
            "collections.abc.Mapping": "library/collections.abc.html#collections.abc.Mapping",
            "collections.abc.Callable": "library/collections.abc.html#collections.abc.Callable",
            "collections.abc.Iterator": "library/collections.abc.html#collections.abc.Iterator",
            "collections.abc.Iterable": "library/collections.abc.html#collections.abc.Iterable",
            "typing.Any": "library/typing.html#typing.Any",
            "typing.Literal": "library/typing.html#typing.Literal",
            "typing.Protocol": "library/typing.html#typing.Protocol",
            "int": "library/functions.html#int", "float": "library/functions.html#float",
            "str": "library/stdtypes.html#str", "bool": "library/functions.html#bool",
            "dict": "library/stdtypes.html#dict", "list": "library/stdtypes.html#list",
            "tuple": "library/stdtypes.html#tuple",
        },
        "py:function": {
            "dataclasses.dataclass": "library/dataclasses.html#dataclasses.dataclass",
            "dataclasses.replace": "library/dataclasses.html#dataclasses.replace",
        },
        "py:exc": {
            "ValueError": "library/exceptions.html#ValueError",
            "TypeError": "library/exceptions.html#TypeError",
            "FileNotFoundError": "library/exceptions.html#FileNotFoundError",
        },
    }),
    "torch": ("https://docs.pytorch.org/docs/stable/", {
        "py:class": {
            "torch.Tensor": "tensors.html#torch.Tensor",
            "torch.dtype": "tensor_attributes.html#torch.dtype",
            "torch.device": "tensor_attributes.html#torch.device",
            "torch.Generator": "generated/torch.Generator.html#torch.Generator",
            "torch.nn.Module": "generated/torch.nn.Module.html#torch.nn.Module",
            "torch.optim.Optimizer": "optim.html#torch.optim.Optimizer",
            "torch.optim.AdamW": "generated/torch.optim.AdamW.html#torch.optim.AdamW",
        },
        "py:function": {
            "torch.manual_seed": "generated/torch.manual_seed.html#torch.manual_seed",
            "torch.equal": "generated/torch.equal.html#torch.equal",
        },
    }),
    "transformers": ("https://huggingface.co/docs/transformers/", {
        "py:class": {
            "transformers.PreTrainedModel": "main_classes/model#transformers.PreTrainedModel",
            "transformers.modeling_utils.PreTrainedModel":
                "main_classes/model#transformers.PreTrainedModel",
            "transformers.PreTrainedTokenizerBase":
                "main_classes/tokenizer#transformers.PreTrainedTokenizerBase",
            "transformers.tokenization_utils_base.PreTrainedTokenizerBase":
                "main_classes/tokenizer#transformers.PreTrainedTokenizerBase",
            "transformers.PreTrainedTokenizerFast":
                "main_classes/tokenizer#transformers.PreTrainedTokenizerFast",
            "transformers.AutoModelForCausalLM":
                "model_doc/auto#transformers.AutoModelForCausalLM",
            "transformers.AutoTokenizer": "model_doc/auto#transformers.AutoTokenizer",
            "transformers.Qwen2Config": "model_doc/qwen2#transformers.Qwen2Config",
            "transformers.Qwen2ForCausalLM": "model_doc/qwen2#transformers.Qwen2ForCausalLM",
        },
    }),
    "hydra": ("https://hydra.cc/docs/", {
        "py:function": {
            "hydra.utils.instantiate": "advanced/instantiate_objects/overview/",
            "hydra.main": "tutorials/basic/your_first_app/simple_cli/",
            "hydra.compose": "advanced/compose_api/",
            "hydra.initialize_config_dir": "advanced/compose_api/",
        },
        "py:class": {
            "hydra.core.config_store.ConfigStore": "tutorials/structured_config/config_store/",
        },
    }),
}
"""``project -> (site, {domain:role -> {name -> page relative to the site}})``."""


def inventory_bytes(project: str, entries: dict[str, dict[str, str]]) -> bytes:
    """An ``objects.inv`` (version 2) of ``entries``: a four-line header, then zlib-compressed
    lines ``name domain:role priority uri display-name`` (``-``: the name itself)."""
    header = (f"# Sphinx inventory version 2\n# Project: {project}\n# Version: \n"
              "# The remainder of this file is compressed using zlib.\n")
    lines = [f"{name} {role} 1 {uri} -" for role, names in sorted(entries.items())
             for name, uri in sorted(names.items())]
    return header.encode() + zlib.compress(("\n".join(lines) + "\n").encode())


def write_inventories(folder: Path) -> dict[str, tuple[str, str]]:
    """Write ``folder/<project>.inv`` for every project of :data:`LINKS`; returns the
    ``intersphinx_mapping`` that reads them."""
    folder.mkdir(parents=True, exist_ok=True)
    mapping = {}
    for project, (site, entries) in LINKS.items():
        path = folder / f"{project}.inv"
        data = inventory_bytes(project, entries)
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
        mapping[project] = (site, str(path))
    return mapping
