"""Token-id completions with runtime LoRA adapters, for :mod:`creditkit.judges.server`: what
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

        from creditkit.policy import load_tokenizer

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

    def complete(self, request: dict[str, Any]) -> list[dict[str, Any]]:
        """The ``choices`` of a ``/v1/completions`` request (one per prompt)."""
        prompts = self._prompts(request.get("prompt"))
        if int(request.get("n") or 1) != 1:
            raise RequestError(400, "only n=1 is served (send one request per sample)")
        temperature = float(request.get("temperature", 1.0))
        top_k = int(request.get("top_k") or 0)
        sampling = Sampling(
            max_new_tokens=int(request.get("max_tokens") or 16),
            temperature=temperature if temperature > 0 else 1.0, greedy=temperature <= 0,
            top_p=float(request.get("top_p") or 1.0), top_k=max(top_k, 0),
            stop_token_ids=[int(t) for t in request.get("stop_token_ids") or ()])
        if request.get("seed") is not None:
            torch.manual_seed(int(request["seed"]))
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
        if isinstance(prompt, list) and prompt and all(isinstance(t, int) for t in prompt):
            prompt = [prompt]
        if not isinstance(prompt, list) or not prompt:
            raise RequestError(400, "'prompt' must be token ids, a list of token-id lists, "
                                    "or text")
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
