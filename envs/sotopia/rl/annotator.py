"""Hindsight utterance attribution by an LLM (Sotopia-RL's annotator, arXiv 2508.03905).

After an episode, for one agent and one reward dimension, the annotator reads the whole
conversation with the agent's goal and background and rates each of the agent's utterances 0..3
for how critical it was to the outcome on that dimension (impact, not quality). The answer's
schema has exactly one bounded integer per utterance, so a wrong count or a non-integer fails
validation and is retried (5 attempts by default), then reported as unannotated.

The ratings feed :class:`~creditkit_envs.sotopia.rl.attribution.UtteranceLabeler`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Annotated, Any

import pydantic
from pydantic import Field

from creditkit_envs.sotopia.dimensions import QUESTIONS

__all__ = ["DIMENSION_QUESTIONS", "UtteranceAnnotator"]

#: what each dimension's rating asks about (the one table: dimensions.py)
DIMENSION_QUESTIONS: Mapping[str, str] = QUESTIONS


def _ratings_model(count: int) -> type[pydantic.BaseModel]:
    fields: dict[str, Any] = {f"utterance_{i + 1}": (Annotated[int, Field(ge=0, le=3)], ...)
                              for i in range(count)}
    return pydantic.create_model(f"Ratings{count}", __config__=pydantic.ConfigDict(
        extra="forbid"), **fields)


class UtteranceAnnotator:
    """Rate an agent's utterances 0..3 per dimension with any judge client.

    Args:
        client: a :class:`~creditkit.judges.client.JudgeClient` (``max_attempts`` bounds the
            retries of a malformed answer; the paper's setting is 5).
        dimensions: the dimensions rated (one request each).
    """

    def __init__(self, client: Any, dimensions: Sequence[str] = ("goal", "relationship",
                                                                 "knowledge")) -> None:
        unknown = [d for d in dimensions if d not in DIMENSION_QUESTIONS]
        if unknown:
            raise ValueError(f"dimensions {unknown} are not SOTOPIA-EVAL dimensions "
                             f"({sorted(DIMENSION_QUESTIONS)})")
        self.client, self.dimensions = client, tuple(dimensions)

    def prompt(self, conversation: str, agent: str, goal: str, background: str,
               utterances: Sequence[str], dimension: str) -> str:
        """The annotation request for one dimension."""
        listed = "\n".join(f"utterance_{i + 1}: {u}" for i, u in enumerate(utterances))
        return (f"Here is a conversation between two agents.\n{conversation}\n\n"
                f"Agent: {agent}\nGoal: {goal}\nBackground: {background}\n\n"
                f"These are {agent}'s utterances, in order:\n{listed}\n\n"
                f"For each utterance, rate {DIMENSION_QUESTIONS[dimension]}, judged with "
                f"hindsight from the whole conversation and its outcome. Rate impact, not "
                f"quality: 0 = no impact, 1 = minor, 2 = significant, 3 = critical. Answer "
                f"with one JSON object with exactly the keys utterance_1 .. "
                f"utterance_{len(utterances)}, each an integer 0-3.")

    def annotate(self, conversation: str, agent: str, goal: str, background: str,
                 utterances: Sequence[str], dimension: str) -> list[int] | None:
        """One rating per utterance, or None when no answer validated."""
        if not utterances:
            return []
        schema = _ratings_model(len(utterances))
        result = self.client.ask([{"role": "user", "content": self.prompt(
            conversation, agent, goal, background, utterances, dimension)}], schema)
        if not result.ok or result.value is None:
            return None
        return [int(getattr(result.value, f"utterance_{i + 1}")) for i in range(len(utterances))]

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
