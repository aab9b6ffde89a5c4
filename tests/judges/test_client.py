"""JudgeClient through litellm with the in-process local provider serving the tiny model."""

from __future__ import annotations

from pathlib import Path

import pydantic
import pytest

pytest.importorskip("litellm", reason="the judges extra: pip install 'creditkit[judges]'")

from creditkit.judges.client import JudgeClient
from creditkit.judges.local import register_local_model


class Rating(pydantic.BaseModel):
    reasoning: str
    goal: int = pydantic.Field(ge=0, le=10)
    relationship: int = pydantic.Field(ge=-5, le=5)


class NeverValid(pydantic.BaseModel):
    goal: int

    @pydantic.field_validator("goal")
    @classmethod
    def reject(cls, value: int) -> int:
        raise ValueError("this judge's answers are never acceptable")


MESSAGES = [{"role": "system", "content": "You are a judge."},
            {"role": "user", "content": "Rate the conversation."}]


@pytest.fixture(scope="module")
def local_tiny(tiny_model_dir: Path) -> str:
    register_local_model("tiny-judge", tiny_model_dir)
    return "local/tiny-judge"


def test_local_model_answers_the_schema_and_the_cache_answers_again(local_tiny: str,
                                                                    tmp_path: Path) -> None:
    client = JudgeClient(local_tiny, cache_dir=tmp_path)
    first = client.ask(MESSAGES, Rating)
    assert first.ok and first.attempts == 1 and first.value is not None
    assert 0 <= first.value.goal <= 10 and -5 <= first.value.relationship <= 5
    again = client.ask(MESSAGES, Rating)
    assert again.value == first.value
    assert client.metrics == {"requests": 2, "calls": 1, "cache_hits": 1, "retries": 0,
                              "unscored": 0}
    fresh = JudgeClient(local_tiny, cache_dir=tmp_path)  # a new process would read the disk
    assert fresh.ask(MESSAGES, Rating).value == first.value and fresh.metrics["calls"] == 0


def test_an_answer_that_never_validates_is_reported_unscored(local_tiny: str) -> None:
    client = JudgeClient(local_tiny, max_attempts=3)
    result = client.ask(MESSAGES, NeverValid)
    assert not result.ok and result.value is None and result.attempts == 3
    assert result.error is not None and "never acceptable" in result.error
    assert client.metrics["unscored"] == 1 and client.metrics["calls"] == 3
    assert client.metrics["retries"] == 2


def test_a_retry_of_a_greedy_judge_can_succeed_after_a_failure(local_tiny: str) -> None:
    # the greedy first answer, whatever it is, is made invalid; before issue 14 every retry ran
    # at temperature 0 and repeated it, so the question could never be answered
    first = JudgeClient(local_tiny, max_attempts=1).ask(MESSAGES, Rating)
    assert first.ok and first.value is not None
    rejected = first.value.model_dump()

    class NotTheFirstAnswer(Rating):
        @pydantic.model_validator(mode="after")
        def differ(self) -> NotTheFirstAnswer:
            if self.model_dump() == rejected:
                raise ValueError("the same answer as before")
            return self

    client = JudgeClient(local_tiny, max_attempts=3)
    result = client.ask(MESSAGES, NotTheFirstAnswer)
    assert result.ok and result.attempts >= 2 and client.metrics["retries"] >= 1
    assert result.raw[0] == first.raw[0]  # the first attempt is still the greedy one
    with pytest.raises(ValueError, match="retry_temperature"):
        JudgeClient(local_tiny, retry_temperature=0.0)


def test_an_unregistered_local_model_is_named(local_tiny: str) -> None:
    with pytest.raises(Exception, match="register_local_model"):
        JudgeClient("local/nobody").ask(MESSAGES, Rating)
    with pytest.raises(ValueError, match="max_attempts"):
        JudgeClient(local_tiny, max_attempts=0)
