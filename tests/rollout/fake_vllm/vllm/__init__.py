"""A stand-in for the ``vllm`` package with the signatures ``VLLMEngine`` relies on (vLLM's
offline API as TRL 1.16 uses it, vLLM 0.22-0.31), over a Hugging Face model on CPU. It checks
what real vLLM would refuse: unknown engine arguments, generating while asleep, loading weights
into sleeping memory, unknown weight names. Only the boundary is tested with it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import torch

ENGINE_ARGS = {"enable_sleep_mode", "enable_lora", "max_lora_rank", "max_loras", "max_model_len",
               "distributed_executor_backend", "logprobs_mode", "enable_prefix_caching",
               "max_num_seqs", "max_num_batched_tokens", "enforce_eager"}
CREATED: list[LLM] = []


@dataclass
class SamplingParams:
    n: int = 1
    temperature: float = 1.0
    top_p: float = 1.0
    top_k: int = 0
    max_tokens: int | None = 16
    logprobs: int | None = None
    stop_token_ids: list[int] | None = None
    seed: int | None = None


@dataclass
class Logprob:
    logprob: float
    rank: int | None = None
    decoded_token: str | None = None


@dataclass
class CompletionOutput:
    index: int
    text: str
    token_ids: list[int]
    cumulative_logprob: float | None
    logprobs: list[dict[int, Logprob]] | None
    finish_reason: str | None = None


@dataclass
class RequestOutput:
    request_id: str
    prompt_token_ids: list[int]
    outputs: list[CompletionOutput] = field(default_factory=list)


class _Model:
    """``model_runner.model``: takes HF checkpoint names, as vLLM's ``load_weights`` does."""

    def __init__(self, llm: LLM) -> None:
        self.llm = llm

    def load_weights(self, weights: Iterable[tuple[str, torch.Tensor]]) -> set[str]:
        if "weights" in self.llm.asleep:
            raise RuntimeError("load_weights into sleeping (unmapped) weight memory")
        state = self.llm.network.state_dict()
        loaded = set()
        for name, tensor in weights:
            if name not in state:
                raise KeyError(f"unknown weight {name}")
            state[name].copy_(tensor)
            loaded.add(name)
        self.llm.weight_loads += 1
        return loaded


class LLM:
    def __init__(self, model: str, *, tokenizer: str | None = None, dtype: str = "auto",
                 seed: int | None = 0, gpu_memory_utilization: float = 0.9,
                 **kwargs: Any) -> None:
        from transformers import AutoModelForCausalLM

        from creditkit.policy import load_tokenizer

        unknown = set(kwargs) - ENGINE_ARGS
        if unknown:
            raise TypeError(f"EngineArgs has no {sorted(unknown)}")
        self.kwargs, self.seed = kwargs, seed
        self.network = AutoModelForCausalLM.from_pretrained(model).eval()
        self.tokenizer = load_tokenizer(model)
        self.asleep: set[str] = set()
        self.sleeps: list[int] = []
        self.weight_loads = 0
        self.llm_engine = type("Engine", (), {})()
        executor = type("Executor", (), {})()
        executor.driver_worker = type("Worker", (), {})()
        executor.driver_worker.model_runner = type("Runner", (), {})()
        executor.driver_worker.model_runner.model = _Model(self)
        self.llm_engine.model_executor = executor
        CREATED.append(self)

    def sleep(self, level: int = 1) -> None:
        if not self.kwargs.get("enable_sleep_mode"):
            raise RuntimeError("sleep mode is not enabled")
        self.sleeps.append(level)
        self.asleep = {"weights", "kv_cache"}
        if level == 2:  # the weights are discarded: garbage until reloaded
            with torch.no_grad():
                for p in self.network.parameters():
                    p.fill_(float("nan"))

    def wake_up(self, tags: list[str] | None = None) -> None:
        self.asleep -= set(tags or ["weights", "kv_cache"])

    def reset_prefix_cache(self, device: Any = None) -> bool:
        return True

    def generate(self, prompts: Any, sampling_params: SamplingParams | None = None,
                 use_tqdm: bool = True, lora_request: Any = None) -> list[RequestOutput]:
        from creditkit.rollout import HFEngine, Sampling

        if self.asleep:
            raise RuntimeError(f"generate while asleep ({sorted(self.asleep)})")
        params = sampling_params or SamplingParams()
        network: Any = self.network
        if lora_request is not None:
            if not self.kwargs.get("enable_lora"):
                raise ValueError("LoRA is not enabled")
            from peft import PeftModel

            network = PeftModel.from_pretrained(self.network, lora_request.lora_path).eval()
        sampling = Sampling(params.max_tokens or 16, params.temperature or 1.0,
                            greedy=params.temperature == 0, top_p=params.top_p,
                            top_k=max(params.top_k, 0), stop_token_ids=params.stop_token_ids or ())
        ids = [p["prompt_token_ids"] for p in prompts]
        generation = HFEngine(network, self.tokenizer).generate(ids, sampling)
        if lora_request is not None:
            network.unload()
        return [RequestOutput(str(i), prompt, [CompletionOutput(
            0, "", tokens, sum(lps), [{t: Logprob(lp, 1)} for t, lp in zip(tokens, lps)])])
            for i, (prompt, tokens, lps) in enumerate(zip(ids, generation.token_ids,
                                                          generation.logprobs))]
