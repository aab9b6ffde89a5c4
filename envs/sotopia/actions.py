"""A Sotopia agent's action as canonical JSON ``{"action_type", "argument"}``."""

from __future__ import annotations

import json

__all__ = ["ACTION_TYPES", "EXAMPLE_ACTIONS", "canonical_action", "example_actions"]

ACTION_TYPES = ("none", "speak", "non-verbal communication", "action", "leave")
#: (action type, argument) pairs for random play (a tiny policy's corpus and warm-up)
EXAMPLE_ACTIONS = (("speak", "Hello, do you have a minute?"),
                   ("speak", "I understand. What would work for you?"),
                   ("speak", "Could we find a compromise that works for both of us?"),
                   ("speak", "Thank you, that sounds fair."),
                   ("non-verbal communication", "nods"), ("leave", ""))


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


def example_actions(allowed: tuple[str, ...] | list[str] = ACTION_TYPES) -> list[str]:
    """:data:`EXAMPLE_ACTIONS` of the ``allowed`` types, as canonical JSON."""
    return [json.dumps({"action_type": kind, "argument": argument})
            for kind, argument in EXAMPLE_ACTIONS if kind in allowed]
