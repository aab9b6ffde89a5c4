"""The SOTOPIA-EVAL judge: seven dimensions for both agents, asked through
:class:`~creditkit.judges.JudgeClient` (validated, retried, cached, counted) and kept by us.

sotopia 0.1.5's own ``EpisodeLLMEvaluator`` retries an unparsable answer once and then returns
no scores without a word, and its episode log stores ``[0, 0]`` as rewards. :class:`SotopiaJudge`
is a drop-in terminal evaluator for ``ParallelSotopiaEnv`` that asks the same question with a
schema whose integer ranges are part of the JSON schema (so schema-guided local models always
answer in range), keeps the last :class:`~creditkit.judges.StructuredResult` in ``last``, and
marks an episode whose answer never validated as unscored.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

import pydantic
from pydantic import BaseModel, Field

from creditkit.judges import StructuredResult
from creditkit.judges.client import JudgeClient
from creditkit_envs.sotopia.dimensions import DIMENSIONS

__all__ = ["DIMENSIONS", "AgentPairScores", "EpisodeEvaluation", "SotopiaJudge",
           "dimension_scores"]



def _descriptions() -> dict[str, str]:
    from creditkit_envs.sotopia.runtime import import_sotopia

    import_sotopia()
    from sotopia.database.evaluation_dimensions import SotopiaDimensions

    return {name: str(SotopiaDimensions.model_fields[name].description or "")
            for name in DIMENSIONS}


def _scores_model() -> type[BaseModel]:
    descriptions = _descriptions()
    fields: dict[str, Any] = {
        name: (tuple[str, Annotated[int, Field(ge=low, le=high)]],
               Field(..., description=descriptions[name] + " Answer [reasoning, score]."))
        for name, (low, high) in DIMENSIONS.items()}
    return pydantic.create_model("SotopiaScores", **fields)


SotopiaScores = _scores_model()


class AgentPairScores(BaseModel):
    """The seven scores of each agent (keys as sotopia's judge prompt asks)."""

    agent_1: SotopiaScores  # type: ignore[valid-type]
    agent_2: SotopiaScores  # type: ignore[valid-type]


class EpisodeEvaluation(BaseModel):
    """The judge's whole answer: ``{"evaluations": {"agent_1": {...}, "agent_2": {...}}}``."""

    evaluations: AgentPairScores


def dimension_scores(evaluation: EpisodeEvaluation, seat: int) -> dict[str, float]:
    """The seven scores of the agent in ``seat`` (0 or 1), by dimension name."""
    agent = evaluation.evaluations.agent_1 if seat == 0 else evaluation.evaluations.agent_2
    return {name: float(getattr(agent, name)[1]) for name in DIMENSIONS}


def render_history(messages: list[tuple[str, Any]]) -> str:
    """The conversation as sotopia's judge reads it (turns where nobody acted left out)."""
    kept = [(who, message) for who, message in messages
            if "did nothing" not in message.to_natural_language()]
    return "\n".join(message.to_natural_language() if who == "Environment"
                     else f"{who} {message.to_natural_language()}" for who, message in kept)


def judge_prompt(history: str) -> str:
    """sotopia's episode-evaluation prompt with the range-carrying schema."""
    return (f"{history}\n"
            "Based on previous interactions, evaluate how well participants achieve their "
            "goals.\nThere are exactly 2 agents. Under the 'evaluations' field, use exactly "
            'these keys: ["agent_1", "agent_2"] (no other keys).\n'
            "Please follow the format:\n"
            + json.dumps(EpisodeEvaluation.model_json_schema()))


def _evaluator_base() -> type:
    from creditkit_envs.sotopia.runtime import import_sotopia

    import_sotopia()
    from sotopia.envs.evaluators import Evaluator

    return Evaluator


class SotopiaJudge(_evaluator_base()):  # type: ignore[misc]
    """A terminal evaluator for ``ParallelSotopiaEnv`` that keeps its result.

    Args:
        client: the judge (any litellm model; ``local/<name>`` offline).

    Attributes:
        last: the last structured result (``ok=False``: the episode is unscored).
        prompt: the last prompt (sotopia logs it with the episode).
    """

    def __init__(self, client: JudgeClient) -> None:
        super().__init__()
        self.client = client
        self.last: StructuredResult[EpisodeEvaluation] | None = None
        self.prompt = ""

    def evaluate(self, messages: list[tuple[str, Any]]) -> StructuredResult[EpisodeEvaluation]:
        """Judge a whole conversation (sotopia's inbox of ``(speaker, message)``)."""
        self.prompt = judge_prompt(render_history(messages))
        self.last = self.client.ask([{"role": "user", "content": self.prompt}],
                                    EpisodeEvaluation)
        return self.last

    def __call__(self, turn_number: int, messages: list[tuple[str, Any]]
                 ) -> list[tuple[str, tuple[tuple[str, int | float | bool], str]]]:
        result = self.evaluate(messages)
        if not result.ok or result.value is None:
            return []  # unscored: the caller reads self.last, never a zero score
        answer = []
        for key in ("agent_1", "agent_2"):
            agent = getattr(result.value.evaluations, key)
            answer += [(key, ((name, getattr(agent, name)[1]), getattr(agent, name)[0]))
                       for name in DIMENSIONS]
        return answer

    async def __acall__(self, turn_number: int, messages: list[tuple[str, Any]]
                        ) -> list[tuple[str, tuple[tuple[str, int | float | bool], str]]]:
        return self(turn_number, messages)
