"""An in-process litellm provider: ``local/<name>`` served by a Hugging Face model that
creditkit loads, so judges, partners and annotators run offline::

    register_local_model("tiny", model_dir)
    litellm.completion(model="local/tiny", messages=messages,
                       response_format={"type": "json_schema",
                                        "json_schema": {"name": "Rating", "schema": schema}})

A request with a JSON schema (``response_format`` of type ``json_schema``, or a pydantic class)
is answered by :class:`~creditkit.judges.guided.GuidedGenerator`, so the answer always
matches the schema; other requests by plain sampling of up to ``max_tokens`` tokens.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import torch

from creditkit.judges.guided import GuidedGenerator

__all__ = ["LocalProvider", "local_provider", "register_local_model", "sample_text"]

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")  # else import waits on the network
_PROVIDER: LocalProvider | None = None


def _custom_llm_base() -> type:
    from litellm import CustomLLM

    return CustomLLM


class LocalProvider(_custom_llm_base()):  # type: ignore[misc]
    """litellm's custom provider for the ``local`` prefix; models are registered by name."""

    def __init__(self) -> None:
        super().__init__()
        self.models: dict[str, tuple[Any, Any]] = {}

    def register(self, name: str, model: str | Path | Any, tokenizer: Any = None) -> None:
        """Serve ``local/<name>`` from ``model``: a local folder or hub id (loaded with
        transformers, no download when it is a folder), or a loaded model with its
        ``tokenizer``."""
        if isinstance(model, (str, Path)):
            from transformers import AutoModelForCausalLM

            from creditkit.models.policy import load_tokenizer

            tokenizer = load_tokenizer(model)
            model = AutoModelForCausalLM.from_pretrained(model).eval()
        elif tokenizer is None:
            raise ValueError("register(name, model, tokenizer): a loaded model needs its "
                             "tokenizer")
        self.models[name] = (model, tokenizer)

    def completion(self, model: str, messages: list, api_base: str, custom_prompt_dict: dict,
                   model_response: Any, print_verbose: Any, encoding: Any, api_key: Any,
                   logging_obj: Any, optional_params: dict, *args: Any, **kwargs: Any) -> Any:
        """Answer one chat request (litellm calls this for ``local/<model>``)."""
        name = model.split("/", 1)[-1]
        text = self.answer(name, messages, optional_params)
        model_response.choices[0].message.content = text
        model_response.model = f"local/{name}"
        return model_response

    def answer(self, name: str, messages: list, params: dict) -> str:
        """The reply of ``local/<name>`` to chat ``messages`` (``params``: temperature, seed,
        max_tokens, response_format)."""
        if name not in self.models:
            raise ValueError(f"local/{name} is not registered; call "
                             f"creditkit.judges.register_local_model({name!r}, path) first "
                             f"(registered: {sorted(self.models)})")
        network, tokenizer = self.models[name]
        prompt = tokenizer.apply_chat_template(messages, add_generation_prompt=True,
                                               tokenize=True, return_dict=False)
        prompt_ids = list(prompt["input_ids"] if isinstance(prompt, dict) else prompt)
        temperature = float(params.get("temperature") or 0.0)
        seed = int(params.get("seed") or 0)
        max_tokens = int(params.get("max_tokens") or 256)
        schema = _schema_of(params.get("response_format"))
        if schema is not None:
            return GuidedGenerator(network, tokenizer, max_string_tokens=min(max_tokens, 64),
                                   temperature=temperature, seed=seed).generate(prompt_ids,
                                                                                schema)
        return sample_text(network, tokenizer, prompt_ids, max_tokens, temperature, seed)

    async def acompletion(self, *args: Any, **kwargs: Any) -> Any:
        """The same, for ``litellm.acompletion`` (sotopia's agents call it)."""
        return self.completion(*args, **kwargs)


def _schema_of(response_format: Any) -> dict[str, Any] | None:
    if response_format is None:
        return None
    if isinstance(response_format, type) and hasattr(response_format, "model_json_schema"):
        return dict(response_format.model_json_schema())
    if isinstance(response_format, dict) and response_format.get("type") == "json_schema":
        return dict(response_format["json_schema"]["schema"])
    return None  # "json_object" or "text": free generation; the caller validates


@torch.no_grad()
def sample_text(model: Any, tokenizer: Any, prompt_ids: list[int], max_tokens: int,
                temperature: float, seed: int) -> str:
    """Up to ``max_tokens`` tokens after ``prompt_ids`` (greedy at temperature 0), decoded."""
    torch.manual_seed(seed)
    ids = torch.tensor([prompt_ids], device=model.device)
    output = model.generate(ids, attention_mask=torch.ones_like(ids), max_new_tokens=max_tokens,
                            do_sample=temperature > 0, temperature=temperature or None,
                            top_k=None, top_p=None, pad_token_id=tokenizer.pad_token_id)
    return str(tokenizer.decode(output[0, len(prompt_ids):], skip_special_tokens=True))


def local_provider() -> LocalProvider:
    """The process's provider, registered with litellm on first use."""
    global _PROVIDER
    import litellm

    if _PROVIDER is None:
        _PROVIDER = LocalProvider()
        litellm.custom_provider_map = [
            *[entry for entry in litellm.custom_provider_map if entry["provider"] != "local"],
            {"provider": "local", "custom_handler": _PROVIDER}]
        litellm.utils.custom_llm_setup()
    return _PROVIDER


def register_local_model(name: str, model: str | Path | Any, tokenizer: Any = None
                         ) -> LocalProvider:
    """Serve ``local/<name>`` through litellm from a local model (see
    :meth:`LocalProvider.register`)."""
    provider = local_provider()
    provider.register(name, model, tokenizer)
    return provider
