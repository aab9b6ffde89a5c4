"""SOTOPIA-EVAL's seven dimensions: the one table of their names, score ranges, short column
names and what an utterance annotator asks about each (in the paper's order)."""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["DIMENSIONS", "QUESTIONS", "SHORT_NAMES", "Dimension"]


class Dimension(NamedTuple):
    """One SOTOPIA-EVAL dimension."""

    name: str
    low: int
    high: int
    short: str
    question: str


_TABLE = (
    Dimension("believability", 0, 10, "BEL", "how much the utterance affected how natural and in "
              "character the agent was"),
    Dimension("relationship", -5, 5, "REL", "how much the utterance affected the relationship "
              "between the agents"),
    Dimension("knowledge", 0, 10, "KNO", "how much the utterance helped the agent gain new, "
              "important information"),
    Dimension("secret", -10, 0, "SEC", "how much the utterance affected whether the agent kept "
              "its secrets"),
    Dimension("social_rules", -10, 0, "SOC", "how much the utterance affected whether the agent "
              "kept social rules and laws"),
    Dimension("financial_and_material_benefits", -5, 5, "FIN", "how much the utterance affected "
              "the agent's financial and material gains or losses"),
    Dimension("goal", 0, 10, "GOAL", "how much the utterance contributed to achieving the "
              "agent's social goal"),
)

#: name -> (low, high) integer range of the judge's score
DIMENSIONS: dict[str, tuple[int, int]] = {d.name: (d.low, d.high) for d in _TABLE}
#: name -> the evaluation table's column name
SHORT_NAMES: dict[str, str] = {d.name: d.short for d in _TABLE}
#: name -> what the annotator's 0..3 rating of an utterance asks about
QUESTIONS: dict[str, str] = {d.name: d.question for d in _TABLE}
