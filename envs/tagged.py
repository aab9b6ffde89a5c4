"""Answers in the GiGPO paper's tags: reasoning in ``<think> </think>``, the action in
``<action> </action>`` (verl-agent's projection functions, read for the facts, written here
independently). Shared by the environments' ``prompt="gigpo"`` modes.

An answer is well formed when it has both tag pairs and no CJK character; the released code
penalises only answers that are not (its invalid-action penalty), whatever the action. An
answer without action tags is played as its last ``tail`` characters (30 in ALFWorld's code,
20 in WebShop's), lower-cased, as the released code does.
"""

from __future__ import annotations

import re

__all__ = ["parse_tagged", "tagged"]

_CJK = re.compile(r"[\u4e00-\u9fff]")


def parse_tagged(text: str, tail: int = 30) -> tuple[str, bool]:
    """(the action inside ``<action> </action>``, lower-cased and stripped; whether the answer
    is well formed). Without action tags: the lower-cased answer's last ``tail`` characters
    (stripped) and False."""
    lowered = text.lower()
    start, end = lowered.find("<action>"), lowered.find("</action>")
    if start == -1 or end == -1:
        return lowered[-tail:].strip(), False
    action = lowered[start + len("<action>"):end].strip()
    thought = text.find("<think>") != -1 and text.find("</think>") != -1
    return action, thought and not _CJK.search(text)


def tagged(action: str, thought: str = "I pick the next step toward the task.") -> str:
    """A well-formed answer playing ``action`` (what a warm-up clones)."""
    return f"<think>{thought}</think>\n<action>{action}</action>"
