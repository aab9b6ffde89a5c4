"""Schema-guided generation: a causal LM fills in a JSON schema, so its answer always parses.

The JSON skeleton (braces, keys, commas, quotes) is written by the generator; the model only
chooses the values: enums, booleans and bounded integers by scoring every candidate's tokens
(greedy, or sampled at ``temperature``), strings by free generation up to the closing quote.
Even a tiny untrained model thereby answers a judge's schema with valid JSON (its scores are
then arbitrary, but they are scores, in range). The context's keys and values are cached: each
written or generated token is computed once, and a candidate costs a forward pass only for its
tokens after the first.

Supported schema parts (JSON Schema as pydantic writes it): ``object`` (every property, in
order), ``array`` (``prefixItems`` tuples; otherwise ``minItems`` items, at least one),
``string`` (``maxLength`` honoured), ``integer`` and ``number`` (whole candidates between
``minimum`` and ``maximum``, 0..100 when unbounded, at most 401 of them), ``boolean``,
``null``, ``enum`` / ``const``, ``$ref`` into ``$defs``, and ``anyOf`` / ``oneOf`` (the first
non-null branch); ``additionalProperties`` maps are written empty.
"""

from __future__ import annotations

import inspect
import json
from typing import Any

import torch

__all__ = ["GuidedGenerator"]

UNBOUNDED = (0, 100)
MAX_CANDIDATES = 401


class GuidedGenerator:
    """Fill a JSON schema with a Hugging Face causal LM.

    Args:
        model: a causal LM (``model(input_ids).logits``).
        tokenizer: its tokenizer.
        max_string_tokens: cap on the tokens of one string value.
        temperature: 0 chooses the most likely candidate / token; above 0 samples.
        seed: seeds the sampling.
    """

    def __init__(self, model: Any, tokenizer: Any, max_string_tokens: int = 48,
                 temperature: float = 0.0, seed: int = 0) -> None:
        if max_string_tokens < 1:
            raise ValueError(f"max_string_tokens must be >= 1, got {max_string_tokens}")
        if temperature < 0:
            raise ValueError(f"temperature must be >= 0, got {temperature}")
        self.model, self.tokenizer = model, tokenizer
        self.max_string_tokens, self.temperature = max_string_tokens, temperature
        self.generator = torch.Generator().manual_seed(seed)
        self._ids: list[int] = []
        self._defs: dict[str, Any] = {}
        self._cache: Any = None  # key/values of self._ids[:self._cached]
        self._cached = 0
        self._cache_name = "past_key_values"
        self._last = torch.zeros(0)  # next-token logits after self._ids[:self._cached]

    @torch.no_grad()
    def generate(self, prompt_ids: list[int], schema: dict[str, Any]) -> str:
        """The JSON text of a value of ``schema``, continuing ``prompt_ids``."""
        self._ids, self._defs = list(prompt_ids), dict(schema.get("$defs", {}))
        self._cache, self._cached = None, 0
        self._cache_name = _cache_argument(self.model)
        try:
            return json.dumps(self._value(schema))
        finally:
            self._cache = None

    def _value(self, schema: dict[str, Any]) -> Any:
        schema = self._resolve(schema)
        if "const" in schema:
            self._write(json.dumps(schema["const"]))
            return schema["const"]
        if "enum" in schema:
            return self._choose(list(schema["enum"]))
        kind = schema.get("type", "string")
        if isinstance(kind, list):  # e.g. ["integer", "null"]: the first non-null type
            kind = next((k for k in kind if k != "null"), "null")
        if kind == "object":
            return self._object(schema)
        if kind == "array":
            return self._array(schema)
        if kind in ("integer", "number"):
            return self._choose(_whole_candidates(schema))
        if kind == "boolean":
            return self._choose([True, False])
        if kind == "null":
            self._write("null")
            return None
        return self._string(schema)

    def _resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while True:
            if "$ref" in schema:
                name = schema["$ref"].rsplit("/", 1)[-1]
                if name not in self._defs:
                    raise ValueError(f"schema $ref {schema['$ref']!r} is not in $defs")
                schema = self._defs[name]
            elif "anyOf" in schema or "oneOf" in schema:
                branches = schema.get("anyOf") or schema["oneOf"]
                schema = next((b for b in branches if b.get("type") != "null"), branches[0])
            elif "allOf" in schema and len(schema["allOf"]) == 1:
                schema = schema["allOf"][0]
            else:
                return schema

    def _object(self, schema: dict[str, Any]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        self._write("{")
        for index, (key, part) in enumerate(schema.get("properties", {}).items()):
            self._write((", " if index else "") + json.dumps(key) + ": ")
            result[key] = self._value(part)
        self._write("}")
        return result

    def _array(self, schema: dict[str, Any]) -> list[Any]:
        parts = schema.get("prefixItems")
        if parts is None:
            count = max(1, int(schema.get("minItems", 1)))
            parts = [schema.get("items", {})] * count
        self._write("[")
        values = []
        for index, part in enumerate(parts):
            if index:
                self._write(", ")
            values.append(self._value(part))
        self._write("]")
        return values

    def _string(self, schema: dict[str, Any]) -> str:
        self._write('"')
        limit = int(schema.get("maxLength", 10**9))
        pieces: list[int] = []
        text = ""
        for _ in range(self.max_string_tokens):
            token = self._next_token()
            pieces.append(token)
            text = self.tokenizer.decode(pieces, skip_special_tokens=True)
            if token == self.tokenizer.eos_token_id or '"' in text or "\n" in text:
                break
            if len(text) >= limit:
                break
        value = text.split('"', 1)[0].split("\n", 1)[0][:limit].strip()
        self._write(json.dumps(value)[1:])  # the value, escaped, and the closing quote
        return value

    def _write(self, text: str) -> None:
        self._ids += self.tokenizer.encode(text, add_special_tokens=False)

    def _forward(self, ids: list[int]) -> torch.Tensor:
        """[len(ids), V] logits of ``ids`` fed after the cached context (the cache grows)."""
        output = self.model(input_ids=torch.tensor([ids], device=self.model.device),
                            use_cache=True, **{self._cache_name: self._cache})
        self._cache = output[self._cache_name]
        return output.logits[0].float().cpu()

    def _advance(self) -> torch.Tensor:
        """Next-token logits after all of ``self._ids``; only the uncached tail is computed."""
        if self._cached < len(self._ids):
            self._last = self._forward(self._ids[self._cached:])[-1]
            self._cached = len(self._ids)
        return self._last

    def _next_token(self) -> int:
        logits = self._advance()
        if self.temperature == 0:
            return int(logits.argmax())
        probs = torch.softmax(logits / self.temperature, -1)
        return int(torch.multinomial(probs, 1, generator=self.generator))

    def _choose(self, candidates: list[Any]) -> Any:
        """Score each candidate's JSON tokens after the context; write and return the chosen."""
        encoded = [self.tokenizer.encode(json.dumps(c), add_special_tokens=False)
                   for c in candidates]
        first = torch.log_softmax(self._advance(), -1)
        values = []
        for tokens in encoded:  # one-token candidates cost nothing beyond the shared context
            value = float(first[tokens[0]])
            if len(tokens) > 1:
                rest = torch.log_softmax(self._forward(tokens[:-1]), -1)
                value += sum(float(rest[k, t]) for k, t in enumerate(tokens[1:]))
                self._cache.crop(-(len(tokens) - 1))  # negative: works on 4.x and 5.x
            values.append(value)
        scores = torch.tensor(values)
        if self.temperature == 0:
            index = int(scores.argmax())
        else:
            probs = torch.softmax(scores / self.temperature, -1)
            index = int(torch.multinomial(probs, 1, generator=self.generator))
        self._ids += encoded[index]
        return candidates[index]


def _cache_argument(model: Any) -> str:
    """The keyword of the key/value cache: ``cache`` (transformers 5.x) or
    ``past_key_values`` (4.x)."""
    parameters = inspect.signature(model.forward).parameters
    return "cache" if "cache" in parameters else "past_key_values"


def _whole_candidates(schema: dict[str, Any]) -> list[int]:
    low = schema.get("minimum", schema.get("exclusiveMinimum", UNBOUNDED[0] - 1) + 1)
    high = schema.get("maximum", schema.get("exclusiveMaximum", UNBOUNDED[1] + 1) - 1)
    low, high = int(-(-low // 1)), int(high // 1)  # whole numbers inside the bounds
    if high < low:
        raise ValueError(f"schema {schema} allows no whole number")
    if high - low + 1 > MAX_CANDIDATES:
        raise ValueError(f"schema {schema} allows {high - low + 1} whole numbers; guided "
                         f"generation scores at most {MAX_CANDIDATES} candidates: bound it")
    return list(range(low, high + 1))
