"""Token-id completions with runtime LoRA adapters, for :mod:`creditkit.app.serve.server`: what
``vllm serve --enable-lora`` offers a trainer, for local Hugging Face models on CPU or GPU.

A :class:`CompletionModel` answers ``/v1/completions`` requests the way vLLM's OpenAI server
does for the fields a trainer uses (``prompt`` as token ids, ``max_tokens``, ``temperature``,
``top_p``, ``top_k``, ``stop_token_ids``, ``seed``, ``logprobs``,
``return_tokens_as_token_ids``), sampling with :class:`~creditkit.rollout.HFEngine`. The
log-probs are those of the temperature-scaled distribution before top-k/top-p, as vLLM's
``--logprobs-mode processed_logprobs`` gives them when top-k/top-p are off. Adapters saved by
peft are loaded and unloaded by name (``/v1/load_lora_adapter``, ``/v1/unload_lora_adapter``);
a request names the base model or an adapter.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch

from creditkit.rollout.engine import Sampling
from creditkit.rollout.engines.hf import HFEngine

__all__ = ["CompletionModel", "RequestError"]


class RequestError(ValueError):
    """A request the server refuses; ``status`` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class CompletionModel:
    """A causal LM served under ``name``, with LoRA adapters loaded at runtime.

    Args:
        name: the served name of the base model.
        model: a local folder (loaded with transformers, no download) or a loaded model.
        tokenizer: the tokenizer of a loaded ``model`` (read from the folder otherwise).
    """

    def __init__(self, name: str, model: str | Path | Any, tokenizer: Any = None) -> None:
        from transformers import AutoModelForCausalLM

        from creditkit.models.policy import load_tokenizer

        if isinstance(model, (str, Path)):
            tokenizer = load_tokenizer(model)
            model = AutoModelForCausalLM.from_pretrained(model)
        elif tokenizer is None:
            raise ValueError("CompletionModel(name, model, tokenizer): a loaded model needs "
                             "its tokenizer")
        self.name, self.base, self.tokenizer = name, model.eval(), tokenizer
        self.peft: Any = None  # the base wrapped by peft once an adapter is loaded
        self.adapters: dict[str, str] = {}  # name -> path

    def served_names(self) -> list[str]:
        """The base model's name, then the loaded adapters' names."""
        return [self.name, *self.adapters]

    def load_adapter(self, lora_name: str, lora_path: str) -> None:
        """Load the peft adapter saved in ``lora_path`` under ``lora_name``."""
        if not lora_name or not lora_path:
            raise RequestError(400, "load_lora_adapter needs 'lora_name' and 'lora_path'")
        if lora_name in self.adapters or lora_name == self.name:
            raise RequestError(400, f"The lora adapter '{lora_name}' has already been loaded")
        if not (Path(lora_path) / "adapter_config.json").exists():
            raise RequestError(400, f"no peft adapter in {lora_path!r} (adapter_config.json "
                                    f"missing): is the folder visible to the server?")
        if self.peft is None:
            from peft import PeftModel

            self.peft = PeftModel.from_pretrained(self.base, lora_path, adapter_name=lora_name)
            self.peft.eval()
        else:
            self.peft.load_adapter(lora_path, adapter_name=lora_name)
        self.adapters[lora_name] = lora_path

    def unload_adapter(self, lora_name: str) -> None:
        """Drop the adapter ``lora_name``."""
        if lora_name not in self.adapters:
            raise RequestError(404, f"The lora adapter '{lora_name}' cannot be found "
                                    f"(loaded: {sorted(self.adapters)})")
        del self.adapters[lora_name]
        if not self.adapters:
            self.base = self.peft.unload()  # the base model without LoRA layers
            self.peft = None
            return
        if self.peft.active_adapter == lora_name:
            self.peft.set_adapter(next(iter(self.adapters)))
        self.peft.delete_adapter(lora_name)

    @property
    def vocab_size(self) -> int:
        """Rows of the input embedding: a prompt's token ids must be below it."""
        return int(self.base.get_input_embeddings().num_embeddings)

    @property
    def max_positions(self) -> int | None:
        """The model's context length (``max_position_embeddings``), None when it has none."""
        value = getattr(self.base.config, "max_position_embeddings", None)
        return int(value) if value else None

    def complete(self, request: dict[str, Any]) -> list[dict[str, Any]]:
        """The ``choices`` of a ``/v1/completions`` request (one per prompt).

        Raises:
            RequestError: 400 for a field of the wrong type or out of range (as vLLM refuses
                them: ``top_p`` in (0, 1], ``max_tokens`` >= 1, token ids in the vocabulary,
                prompt plus ``max_tokens`` within the context length), naming the field.
        """
        prompts = self._prompts(request.get("prompt"))
        if _number(request, "n", 1, int) != 1:
            raise RequestError(400, "only n=1 is served (send one request per sample)")
        temperature = _number(request, "temperature", 1.0, float)
        top_p = _number(request, "top_p", 1.0, float)
        top_k = _number(request, "top_k", 0, int)
        max_tokens = _number(request, "max_tokens", 16, int)
        stop_ids = request.get("stop_token_ids") or []
        if temperature < 0 or not 0 < top_p <= 1 or top_k < -1 or max_tokens < 1:
            raise RequestError(400, f"out of range: temperature {temperature} (>= 0), top_p "
                                    f"{top_p} (in (0, 1]), top_k {top_k} (-1 or 0: off), "
                                    f"max_tokens {max_tokens} (>= 1)")
        if not isinstance(stop_ids, list) or not all(_is_int(t) for t in stop_ids):
            raise RequestError(400, "'stop_token_ids' must be a list of token ids")
        self._check_tokens([*prompts, stop_ids], max_tokens)
        sampling = Sampling(
            max_new_tokens=max_tokens,
            temperature=temperature if temperature > 0 else 1.0, greedy=temperature == 0,
            top_p=top_p, top_k=max(top_k, 0), stop_token_ids=[int(t) for t in stop_ids])
        if request.get("seed") is not None:
            torch.manual_seed(_number(request, "seed", 0, int))
        generation = HFEngine(self._model_for(str(request.get("model", ""))),
                              self.tokenizer).generate(prompts, sampling)
        stops = {self.tokenizer.eos_token_id, *sampling.stop_token_ids}
        as_ids = bool(request.get("return_tokens_as_token_ids"))
        choices = []
        for index, (ids, lps) in enumerate(zip(generation.token_ids, generation.logprobs,
                                               strict=True)):
            stopped = bool(ids) and ids[-1] in stops
            choices.append({
                "index": index, "text": self.tokenizer.decode(ids, skip_special_tokens=True),
                "logprobs": self._logprobs(ids, lps, as_ids, request.get("logprobs")),
                "finish_reason": "stop" if stopped else "length",
                "stop_reason": ids[-1] if stopped and ids[-1] in sampling.stop_token_ids
                else None})
        return choices

    def _check_tokens(self, lists: list[list[int]], max_tokens: int) -> None:
        """Token ids in the vocabulary; each prompt plus ``max_tokens`` within the context."""
        vocab, positions = self.vocab_size, self.max_positions
        for ids in lists:
            bad = [t for t in ids if not 0 <= t < vocab]
            if bad:
                raise RequestError(400, f"token id {bad[0]} is out of vocabulary (the model "
                                        f"has {vocab} tokens: ids 0..{vocab - 1})")
        for ids in lists[:-1]:
            if positions is not None and len(ids) + max_tokens > positions:
                raise RequestError(400, f"This model's maximum context length is {positions} "
                                        f"tokens. However, you requested {len(ids) + max_tokens}"
                                        f" tokens ({len(ids)} in the prompt, {max_tokens} in "
                                        f"the completion). Please reduce the length.")

    def _model_for(self, name: str) -> Any:
        if name == self.name:
            if self.peft is None:
                return self.base
            return _BaseView(self.peft)
        if name not in self.adapters:
            raise RequestError(404, f"The model `{name}` does not exist (served: "
                                    f"{self.served_names()})")
        self.peft.set_adapter(name)
        return self.peft

    def _prompts(self, prompt: Any) -> list[list[int]]:
        if isinstance(prompt, str):
            prompt = [prompt]
        if isinstance(prompt, list) and prompt and all(_is_int(t) for t in prompt):
            prompt = [prompt]
        valid = isinstance(prompt, list) and bool(prompt) and all(
            (isinstance(p, str) and p) or (isinstance(p, list) and p and all(map(_is_int, p)))
            for p in prompt)
        if not valid:
            raise RequestError(400, "'prompt' must be non-empty: token ids, a list of "
                                    "token-id lists, or text")
        return [self.tokenizer(p)["input_ids"] if isinstance(p, str) else [int(t) for t in p]
                for p in prompt]

    def _logprobs(self, ids: list[int], logprobs: list[float], as_ids: bool,
                  asked: Any) -> dict[str, Any] | None:
        if asked is None or asked is False:
            return None
        tokens = ([f"token_id:{t}" for t in ids] if as_ids
                  else self.tokenizer.convert_ids_to_tokens(ids))
        return {"tokens": tokens, "token_logprobs": logprobs, "top_logprobs": None,
                "text_offset": []}


class _BaseView(torch.nn.Module):
    """The peft model with its adapters disabled, as a module HFEngine can sample from."""

    def __init__(self, peft: Any) -> None:
        super().__init__()
        self.peft = peft

    def get_base_model(self) -> Any:
        """The transformers model (its forward's parameters are the ones to pass)."""
        return self.peft.get_base_model()

    def forward(self, *args: Any, **kwargs: Any) -> Any:
        with self.peft.disable_adapter():
            return self.peft(*args, **kwargs)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _number(request: dict[str, Any], name: str, default: float, kind: type) -> Any:
    """``request[name]`` as ``kind`` (int or float; None or absent: ``default``); a string, a
    bool or a fraction where an int is asked is a 400 naming the field."""
    value = request.get(name)
    if value is None:
        return default
    ok = _is_int(value) if kind is int else (isinstance(value, (int, float))
                                              and not isinstance(value, bool))
    if not ok:
        raise RequestError(400, f"'{name}' must be {'an integer' if kind is int else 'a number'}"
                                f", got {value!r}")
    return kind(value)
