"""Memoisation of the two hot spots of textworld's PDDL engine, for ALFWorld.

1. Text generation: textworld re-parses (with tatsu) every grammar template each time it
   describes a state: 40-55% of a step (the benchmark's before/after step medians). A game's
   templates are few and fixed.
2. Reset: textworld translates the PDDL problem to SAS with Fast Downward twice on every
   ``reset()``, most of a reset's time, although the problem never changes.

:func:`install` memoises both, handing out deep copies (textworld mutates what it gets), the
translations in a bounded LRU (``translations`` problems). The games play identically, which a
test checks; ``python benchmarks/alfworld_env.py`` measures the speed-up.
"""

from __future__ import annotations

import copy
from collections import OrderedDict
from typing import Any

_ORIGINALS: dict[str, Any] = {}


def install(translations: int = 32) -> None:
    """Memoise textworld's template parser and Fast Downward's translation (idempotent)."""
    import fast_downward
    from textworld.envs.pddl import textgen

    if _ORIGINALS:
        return
    parse, translate = textgen._parse_and_convert, fast_downward.pddl2sas
    _ORIGINALS.update(parse=parse, translate=translate)
    parsed: dict[Any, Any] = {}
    translated: OrderedDict[Any, Any] = OrderedDict()

    def parse_and_convert(*args: Any, **kwargs: Any) -> Any:
        key = (args, tuple(sorted(kwargs.items())))
        if key not in parsed:
            parsed[key] = parse(*args, **kwargs)
        return copy.deepcopy(parsed[key])

    def pddl2sas(domain: str, problem: str, verbose: bool = False,
                 optimize: bool = False) -> Any:
        key = (domain, problem, optimize)
        if key in translated:
            translated.move_to_end(key)
        else:
            translated[key] = translate(domain, problem, verbose=verbose, optimize=optimize)
            while len(translated) > translations:
                translated.popitem(last=False)
        task, sas = translated[key]
        return copy.deepcopy(task), sas

    textgen._parse_and_convert = parse_and_convert
    fast_downward.pddl2sas = pddl2sas


def uninstall() -> None:
    """Restore textworld's parser and Fast Downward's translation."""
    import fast_downward
    from textworld.envs.pddl import textgen

    if _ORIGINALS:
        textgen._parse_and_convert = _ORIGINALS.pop("parse")
        fast_downward.pddl2sas = _ORIGINALS.pop("translate")


def installed() -> bool:
    """Whether the memoisation is on."""
    return bool(_ORIGINALS)
