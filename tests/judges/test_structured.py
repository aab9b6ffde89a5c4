"""Structured answers (bounded retries, failure reported) and the on-disk answer cache."""

from __future__ import annotations

from pathlib import Path

import pydantic
import pytest

from creditkit.judges import ResponseCache, extract_json, generate_structured, parse_structured


class Rating(pydantic.BaseModel):
    goal: int = pydantic.Field(ge=0, le=10)
    reasoning: str


def test_json_is_found_inside_prose_and_fences() -> None:
    assert extract_json('Here: ```json\n{"a": {"b": 1}}\n``` done') == '{"a": {"b": 1}}'
    assert extract_json('{broken {"a": 2}') == '{"a": 2}'
    with pytest.raises(ValueError, match="no JSON object"):
        extract_json("seven out of ten")


def test_validation_errors_name_the_field() -> None:
    assert parse_structured('{"goal": 7, "reasoning": "ok"}', Rating) == Rating(
        goal=7, reasoning="ok")
    with pytest.raises(ValueError, match="goal"):
        parse_structured('{"goal": 11, "reasoning": "too high"}', Rating)
    with pytest.raises(ValueError, match="reasoning"):
        parse_structured('{"goal": 3}', Rating)


def test_malformed_answers_are_retried_then_reported_not_zeroed() -> None:
    calls: list[int] = []

    def never_valid(attempt: int) -> str:
        calls.append(attempt)
        return '{"goal": "high"}'

    result = generate_structured(never_valid, Rating, max_attempts=4)
    assert not result.ok and result.value is None
    assert result.attempts == 4 and calls == [0, 1, 2, 3] and len(result.raw) == 4
    assert result.error is not None and "goal" in result.error
    answers = iter(["no idea", '{"goal": 5, "reasoning": "fine"}', "unused"])
    late = generate_structured(lambda attempt: next(answers), Rating, max_attempts=4)
    assert late.ok and late.attempts == 2 and late.value == Rating(goal=5, reasoning="fine")
    with pytest.raises(ValueError, match="max_attempts"):
        generate_structured(never_valid, Rating, max_attempts=0)


def test_the_cache_keys_on_every_part_of_the_request(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path)
    messages = [{"role": "user", "content": "rate"}]
    key = cache.key("local/tiny", messages, temperature=0.0, schema=Rating.model_json_schema())
    assert key == cache.key("local/tiny", list(messages), schema=Rating.model_json_schema(),
                            temperature=0.0)
    others = {cache.key("local/other", messages, temperature=0.0,
                        schema=Rating.model_json_schema()),
              cache.key("local/tiny", messages, temperature=0.7,
                        schema=Rating.model_json_schema()),
              cache.key("local/tiny", [{"role": "user", "content": "rate!"}], temperature=0.0,
                        schema=Rating.model_json_schema()),
              cache.key("local/tiny", messages, temperature=0.0)}
    assert key not in others and len(others) == 4
    assert cache.get(key) is None
    cache.put(key, '{"goal": 4, "reasoning": "x"}')
    assert ResponseCache(tmp_path).get(key) == '{"goal": 4, "reasoning": "x"}'  # on disk
    assert (cache.hits, cache.misses) == (0, 1)
