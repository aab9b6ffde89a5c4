"""JudgeClient: structured questions to any litellm model, cached, retried, counted.

``model`` is a litellm model name: ``local/<name>`` (in-process, see
:mod:`creditkit.judges.local`), ``openai/<name>`` with ``api_base`` for an OpenAI-compatible
server (vLLM, a loopback server), or any hosted provider's name when its key is set.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

import pydantic

from creditkit.judges.cache import ResponseCache
from creditkit.judges.structured import StructuredResult, generate_structured

Model = TypeVar("Model", bound=pydantic.BaseModel)

__all__ = ["JudgeClient"]


class JudgeClient:
    """Ask for answers that must validate against a pydantic model.

    Every attempt is a litellm call with the schema as ``response_format`` and
    ``seed=attempt``, answered from the cache when the same request was made before. A retry
    is a new sample even from a deterministic model: it is asked at ``retry_temperature``, with
    the rejected answer and the validation error appended to the conversation. An answer that
    never validates comes back ``ok=False`` and is counted in ``metrics["unscored"]``: never a
    silent zero.

    Args:
        model: litellm model name.
        cache_dir: where answers are cached (None: no cache).
        max_attempts: answers requested before giving up (>= 1).
        temperature, max_tokens: generation settings of the first attempt (temperature 0:
            greedy, the judge's usual setting).
        retry_temperature: the temperature of every retry (> 0, so that a greedy model does
            not repeat its invalid answer).
        api_base: endpoint of an OpenAI-compatible server (``api_key`` defaults to
            ``$OPENAI_API_KEY``, else ``"EMPTY"``, as local servers need none).
        params: further litellm arguments.
    """

    def __init__(self, model: str, cache_dir: str | Path | None = None, max_attempts: int = 3,
                 temperature: float = 0.0, max_tokens: int = 512, api_base: str | None = None,
                 retry_temperature: float = 1.0, **params: Any) -> None:
        if max_attempts < 1:
            raise ValueError(f"max_attempts must be >= 1, got {max_attempts}")
        if not retry_temperature > 0:
            raise ValueError(f"retry_temperature must be > 0 (a retry must be able to differ), "
                             f"got {retry_temperature}")
        self.retry_temperature = retry_temperature
        self.model, self.max_attempts, self.api_base = model, max_attempts, api_base
        self.params = {"temperature": temperature, "max_tokens": max_tokens, **params}
        if api_base is not None and "api_key" not in params:  # local servers need no key
            self.params["api_key"] = os.environ.get("OPENAI_API_KEY", "EMPTY")
        self.cache = ResponseCache(cache_dir) if cache_dir is not None else None
        self.metrics = {"requests": 0, "calls": 0, "cache_hits": 0, "retries": 0,
                        "unscored": 0}

    def ask(self, messages: Sequence[dict[str, Any]], schema: type[Model]
            ) -> StructuredResult[Model]:
        """One structured answer (or a reported failure) to ``messages``."""
        self.metrics["requests"] += 1
        json_schema = schema.model_json_schema()
        response_format = {"type": "json_schema",
                           "json_schema": {"name": schema.__name__, "schema": json_schema}}

        conversation = list(messages)

        def rejected(text: str, error: str) -> None:
            conversation[len(messages):] = [
                {"role": "assistant", "content": text},
                {"role": "user", "content": f"That answer is not valid: {error}\nAnswer again "
                                            f"with only a JSON object that matches the schema."}]

        def attempt(number: int) -> str:
            params = dict(self.params)
            if number:
                self.metrics["retries"] += 1
                params["temperature"] = self.retry_temperature
            key = None
            if self.cache is not None:
                key = self.cache.key(self.model, conversation, schema=json_schema, seed=number,
                                     api_base=self.api_base, **params)
                cached = self.cache.get(key)
                if cached is not None:
                    self.metrics["cache_hits"] += 1
                    return cached
            text = self._complete(list(conversation), response_format, number, params)
            if self.cache is not None and key is not None:
                self.cache.put(key, text)
            return text

        result = generate_structured(attempt, schema, self.max_attempts, rejected)
        if not result.ok:
            self.metrics["unscored"] += 1
        return result

    def _complete(self, messages: list[dict[str, Any]], response_format: dict[str, Any],
                  seed: int, params: dict[str, Any]) -> str:
        os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
        import litellm

        if self.model.startswith("local/"):
            from creditkit.judges.local import local_provider

            local_provider()
        self.metrics["calls"] += 1
        response = litellm.completion(model=self.model, messages=messages,
                                      response_format=response_format, seed=seed,
                                      api_base=self.api_base, **params)
        return str(response.choices[0].message.content or "")
