"""Structured answers from language models: find the JSON, validate it, retry a bounded number
of times, and report failure instead of inventing a value.

A judge or annotator that answers with malformed JSON must never count as a zero score: the
result says ``ok=False`` with the reason, and callers mark the episode unscored.

>>> class Score(pydantic.BaseModel):
...     goal: int
>>> answers = iter(["I think 7", 'Sure: ```json\\n{"goal": 7}\\n```'])
>>> result = generate_structured(lambda attempt: next(answers), Score, max_attempts=3)
>>> result.ok, result.value, result.attempts
(True, Score(goal=7), 2)
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

import pydantic

Model = TypeVar("Model", bound=pydantic.BaseModel)

__all__ = ["StructuredResult", "extract_json", "generate_structured", "parse_structured"]


@dataclass(frozen=True)
class StructuredResult(Generic[Model]):
    """The outcome of asking for a structured answer.

    Attributes:
        value: the validated answer, or None when every attempt failed.
        attempts: how many answers were generated.
        raw: the text of every attempt, in order.
        error: why the last attempt failed (None on success).
    """

    value: Model | None
    attempts: int
    raw: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def ok(self) -> bool:
        """Whether a valid answer was obtained."""
        return self.value is not None


def extract_json(text: str) -> str:
    """The first complete JSON object in ``text`` (models wrap answers in prose or code fences).

    Raises:
        ValueError: when ``text`` holds no complete JSON object.
    """
    decoder = json.JSONDecoder()
    for start in (i for i, char in enumerate(text) if char == "{"):
        try:
            _, end = decoder.raw_decode(text, start)
        except json.JSONDecodeError:
            continue
        return text[start:end]
    raise ValueError(f"no JSON object in the answer: {text[:120]!r}")


def parse_structured(text: str, schema: type[Model]) -> Model:
    """Validate the first JSON object of ``text`` against ``schema`` (a pydantic model).

    Raises:
        ValueError: naming what is missing or wrong.
    """
    payload = extract_json(text)
    try:
        return schema.model_validate_json(payload)
    except pydantic.ValidationError as error:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or '(root)'}: {e['msg']}"
                             for e in error.errors()[:5])
        raise ValueError(f"the answer does not match {schema.__name__}: {problems}") from error


def generate_structured(generate: Callable[[int], str], schema: type[Model],
                        max_attempts: int = 3,
                        on_failure: Callable[[str, str], None] | None = None
                        ) -> StructuredResult[Model]:
    """Call ``generate(attempt)`` until its text validates against ``schema``, at most
    ``max_attempts`` times; the result reports failure rather than raising. ``on_failure(text,
    error)`` hears of every rejected answer before the next attempt (to feed it back)."""
    if max_attempts < 1:
        raise ValueError(f"max_attempts must be >= 1, got {max_attempts}")
    raw: list[str] = []
    error = None
    for attempt in range(max_attempts):
        text = generate(attempt)
        raw.append(text)
        try:
            return StructuredResult(parse_structured(text, schema), attempt + 1, raw)
        except ValueError as failure:
            error = str(failure)
            if on_failure is not None:
                on_failure(text, error)
    return StructuredResult(None, max_attempts, raw, error)
