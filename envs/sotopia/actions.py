"""A Sotopia agent's action as canonical JSON ``{"action_type", "argument"}``."""

from __future__ import annotations

import json

__all__ = ["ACTION_TYPES", "canonical_action"]

ACTION_TYPES = ("none", "speak", "non-verbal communication", "action", "leave")


def canonical_action(text: str, max_chars: int = 500) -> tuple[str, bool]:
    """A JSON action as is (argument cut to ``max_chars``); other text is speech. Returns the
    canonical JSON and whether the text was usable (empty text is not: it becomes "none").

    >>> from creditkit_envs.sotopia.actions import canonical_action
    >>> canonical_action("Could we split it?")
    ('{"action_type": "speak", "argument": "Could we split it?"}', True)
    """
    from creditkit.judges import extract_json

    stripped = text.strip()
    try:
        data = json.loads(extract_json(stripped))
        kind, argument = data["action_type"], str(data.get("argument", ""))
        if kind not in ACTION_TYPES:
            raise ValueError(kind)
    except (ValueError, KeyError, TypeError, AttributeError):
        if not stripped:
            return json.dumps({"action_type": "none", "argument": ""}), False
        kind, argument = "speak", stripped
    return json.dumps({"action_type": kind, "argument": argument[:max_chars]}), True
