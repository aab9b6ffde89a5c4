"""Schema-guided generation with the tiny model: answers always parse and respect the schema."""

from __future__ import annotations

import json
from pathlib import Path

import pydantic
import pytest
from transformers import AutoModelForCausalLM

from creditkit.judges.guided import GuidedGenerator
from creditkit.judges.structured import parse_structured
from creditkit.models.policy import chat_prompt_ids, load_tokenizer


class Verdict(pydantic.BaseModel):
    action_type: str = pydantic.Field(json_schema_extra={"enum": ["speak", "leave", "none"]})
    argument: str = pydantic.Field(max_length=30)
    scores: tuple[str, int]
    goal: int = pydantic.Field(ge=0, le=10)
    secret: int = pydantic.Field(ge=-10, le=0)
    agree: bool


@pytest.fixture(scope="module")
def guided(tiny_model_dir: Path) -> GuidedGenerator:
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir).eval()
    return GuidedGenerator(model, load_tokenizer(tiny_model_dir), max_string_tokens=12)


def test_an_untrained_model_answers_valid_json_in_range(guided: GuidedGenerator) -> None:
    prompt = chat_prompt_ids(guided.tokenizer, "Judge the episode. Answer in JSON.")
    schema = Verdict.model_json_schema()
    text = guided.generate(prompt, schema)
    verdict = parse_structured(text, Verdict)  # raises if the JSON or a range were wrong
    assert verdict.action_type in ("speak", "leave", "none")
    assert 0 <= verdict.goal <= 10 and -10 <= verdict.secret <= 0
    assert list(json.loads(text)) == list(schema["properties"])  # keys in schema order
    assert guided.generate(prompt, schema) == text  # greedy: deterministic


def test_sampling_is_seeded_and_varies(tiny_model_dir: Path) -> None:
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir).eval()
    tokenizer = load_tokenizer(tiny_model_dir)
    prompt = chat_prompt_ids(tokenizer, "Rate it.")
    schema = {"type": "object", "properties": {"score": {"type": "integer", "minimum": 0,
                                                         "maximum": 100}}}
    texts = [GuidedGenerator(model, tokenizer, temperature=5.0, seed=s).generate(prompt, schema)
             for s in range(6)]
    assert texts[0] == GuidedGenerator(model, tokenizer, temperature=5.0, seed=0).generate(
        prompt, schema)
    assert len(set(texts)) > 1 and all(0 <= json.loads(t)["score"] <= 100 for t in texts)


def test_schema_errors_are_named(guided: GuidedGenerator) -> None:
    with pytest.raises(ValueError, match="whole numbers"):
        guided.generate([1], {"type": "integer", "minimum": 0, "maximum": 10**6})
    with pytest.raises(ValueError, match=r"\$defs"):
        guided.generate([1], {"$ref": "#/$defs/Missing"})
    with pytest.raises(ValueError, match="temperature"):
        GuidedGenerator(guided.model, guided.tokenizer, temperature=-1)
