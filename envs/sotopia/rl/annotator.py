"""Hindsight utterance attribution by an LLM (Sotopia-RL's annotator, arXiv 2508.03905).

After an episode, for one agent and one reward dimension, the annotator reads the whole
conversation with the agent's goal and background and rates each of the agent's utterances 0..3
for how critical it was to the outcome on that dimension (impact, not quality). The answer's
schema has exactly one bounded integer per utterance, so a wrong count or a non-integer fails
validation and is retried (5 attempts by default), then reported as unannotated.

``query="key_utterance"`` asks instead, per dimension, for the single most critical utterance
(the paper's SINGULAR baseline, a query of its own in the authors' code): the answer is one
utterance number in ``1..T``, returned as marks (1 on the named utterance, 0 elsewhere) for
attribution method ``singular``.

The ratings feed :class:`~creditkit_envs.sotopia.rl.attribution.UtteranceLabeler`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Annotated, Any

import pydantic
from pydantic import Field

from creditkit_envs.sotopia.dimensions import QUESTIONS

__all__ = ["DIMENSION_QUESTIONS", "QUERIES", "UtteranceAnnotator"]

QUERIES = ("ratings", "key_utterance")
"""What the annotator asks: 0..3 ratings of every utterance, or the one key utterance."""

#: what each dimension's rating asks about (the one table: dimensions.py)
DIMENSION_QUESTIONS: Mapping[str, str] = QUESTIONS


def _ratings_model(count: int) -> type[pydantic.BaseModel]:
    fields: dict[str, Any] = {f"utterance_{i + 1}": (Annotated[int, Field(ge=0, le=3)], ...)
                              for i in range(count)}
    return pydantic.create_model(f"Ratings{count}", __config__=pydantic.ConfigDict(
        extra="forbid"), **fields)


def _key_model(count: int) -> type[pydantic.BaseModel]:
    return pydantic.create_model(
        f"KeyUtterance{count}", __config__=pydantic.ConfigDict(extra="forbid"),
        key_utterance=(Annotated[int, Field(ge=1, le=count)], ...))


class UtteranceAnnotator:
    """Rate an agent's utterances 0..3 per dimension with any judge client.

    Args:
        client: a :class:`~creditkit.judges.client.JudgeClient` (``max_attempts`` bounds the
            retries of a malformed answer; the paper's setting is 5).
        dimensions: the dimensions rated (one request each).
        query: ``"ratings"`` (0..3 per utterance) or ``"key_utterance"`` (the one most
            critical utterance per dimension, as marks).
    """

    def __init__(self, client: Any, dimensions: Sequence[str] = ("goal", "relationship",
                                                                 "knowledge"),
                 query: str = "ratings") -> None:
        unknown = [d for d in dimensions if d not in DIMENSION_QUESTIONS]
        if unknown:
            raise ValueError(f"dimensions {unknown} are not SOTOPIA-EVAL dimensions "
                             f"({sorted(DIMENSION_QUESTIONS)})")
        if query not in QUERIES:
            raise ValueError(f"query must be one of {QUERIES}, got {query!r}")
        self.client, self.dimensions, self.query = client, tuple(dimensions), query

    def prompt(self, conversation: str, agent: str, goal: str, background: str,
               utterances: Sequence[str], dimension: str) -> str:
        """The annotation request for one dimension."""
        listed = "\n".join(f"utterance_{i + 1}: {u}" for i, u in enumerate(utterances))
        context = (f"Here is a conversation between two agents.\n{conversation}\n\n"
                   f"Agent: {agent}\nGoal: {goal}\nBackground: {background}\n\n"
                   f"These are {agent}'s utterances, in order:\n{listed}\n\n")
        if self.query == "key_utterance":
            return (context + f"Name the one utterance that mattered most for the outcome, "
                    f"judging {DIMENSION_QUESTIONS[dimension]}, with hindsight from the whole "
                    f"conversation and the other agent's replies. Judge impact, good or bad, "
                    f"not quality. Answer with one JSON object with the key key_utterance: "
                    f"the utterance number, an integer 1-{len(utterances)}.")
        return (context + f"For each utterance, rate {DIMENSION_QUESTIONS[dimension]}, judged "
                f"with hindsight from the whole conversation and its outcome. Rate impact, not "
                f"quality: 0 = no impact, 1 = minor, 2 = significant, 3 = critical. Answer "
                f"with one JSON object with exactly the keys utterance_1 .. "
                f"utterance_{len(utterances)}, each an integer 0-3.")

    def annotate(self, conversation: str, agent: str, goal: str, background: str,
                 utterances: Sequence[str], dimension: str) -> list[int] | None:
        """One rating per utterance (key-utterance query: 1 on the key one, 0 elsewhere), or
        None when no answer validated."""
        if not utterances:
            return []
        count = len(utterances)
        key = self.query == "key_utterance"
        schema = _key_model(count) if key else _ratings_model(count)
        result = self.client.ask([{"role": "user", "content": self.prompt(
            conversation, agent, goal, background, utterances, dimension)}], schema)
        if not result.ok or result.value is None:
            return None
        if key:
            return [int(i + 1 == result.value.key_utterance) for i in range(count)]
        return [int(getattr(result.value, f"utterance_{i + 1}")) for i in range(count)]

    def annotate_episode(self, record: Mapping[str, Any]) -> dict[str, list[int]] | None:
        """Ratings per dimension for an episode record (``SotopiaEnv.episode_record()``:
        conversation, agent, goal, background, utterances); None if any dimension failed."""
        texts = [u["text"] for u in record["utterances"]]
        ratings = {}
        for dimension in self.dimensions:
            rated = self.annotate(record["conversation"], record["agent"], record["goal"],
                                  record["background"], texts, dimension)
            if rated is None:
                return None
            ratings[dimension] = rated
        return ratings
