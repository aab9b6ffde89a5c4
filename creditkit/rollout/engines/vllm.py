"""Rollouts from a ``vllm.LLM`` colocated in the trainer's process (``creditkit[vllm]``, GPU).

Written against vLLM's offline API as TRL 1.16 drives it in its colocated mode (vLLM 0.22 to
0.31): ``LLM(..., enable_sleep_mode=True, distributed_executor_backend="external_launcher",
logprobs_mode="processed_logprobs")``, ``sleep(level)``/``wake_up(tags)``, ``generate`` on
``{"prompt_token_ids": ...}`` prompts with ``SamplingParams(logprobs=0)``, full weights through
``llm_engine.model_executor.driver_worker.model_runner.model.load_weights`` and LoRA adapters
through ``LoRARequest``. vLLM cannot run in this project's CI (no CPU wheel); the tests drive
this class through a stand-in ``vllm`` module with those signatures, so this engine is tested at
the boundary only. ``engine=server`` with ``vllm serve`` is the route to vLLM that the tests
exercise end to end (against ``creditkit serve``).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from creditkit.rollout.engine import Generation, Sampling, cut_at_stop


class VLLMEngine:
    """Samples with a colocated ``vllm.LLM``, one per training process.

    With ``enable_sleep_mode`` vLLM sleeps during each update (:meth:`release_memory`: level 1
    keeps the base weights in CPU memory for LoRA, level 2 discards them for full fine-tuning,
    since they are reloaded anyway), wakes its weights to receive new ones, and its KV cache for
    the next rollout. Token ids and log-probs come from vLLM's outputs as sampled, never
    re-tokenised.

    Args:
        model: the training model: a peft model syncs its LoRA adapter (``LoRARequest``), any
            other model its full weights (``load_weights``; the weights must be whole on each
            process: single GPU or DDP, not FSDP/ZeRO-3 shards).
        tokenizer: its tokenizer (EOS id).
        run_dir: the run folder; adapters are written to ``run_dir/adapters``.
        main_process: unused (each process syncs its own LLM).
        gpu_memory_utilization: the share of GPU memory vLLM may take (weights + KV cache); the
            rest is the trainer's.
        max_model_len: the longest prompt + completion (None: the model's).
        dtype: vLLM's weight dtype.
        enable_sleep_mode: sleep during updates (frees the KV cache and the weights' memory).
        max_lora_rank: the largest LoRA rank vLLM allocates for.
        seed: the sampling seed (offset by the process index).
        llm_kwargs: any further ``vllm.LLM`` keyword arguments.
    """

    def __init__(self, model: Any, tokenizer: Any, run_dir: str | Path | None = None,
                 main_process: bool = True, *, gpu_memory_utilization: float = 0.4,
                 max_model_len: int | None = None, dtype: str = "bfloat16",
                 enable_sleep_mode: bool = True, max_lora_rank: int = 64, seed: int = 0,
                 llm_kwargs: dict[str, Any] | None = None) -> None:
        try:
            import vllm
        except ImportError as error:
            raise ImportError("engine=vllm needs vLLM on a GPU machine: pip install "
                              "'creditkit[vllm]' (or use engine=server with vllm serve)") from error
        from accelerate import PartialState
        from vllm.lora.request import LoRARequest

        state = PartialState()
        # vLLM joins the launcher's processes instead of spawning its own (external_launcher)
        os.environ.update(RANK=str(state.process_index), LOCAL_RANK=str(
            state.local_process_index), WORLD_SIZE=str(state.num_processes))
        os.environ.setdefault("MASTER_ADDR", "127.0.0.1")
        os.environ.setdefault("MASTER_PORT", "29511")
        self.vllm, self.lora_request_class, self.tokenizer = vllm, LoRARequest, tokenizer
        self.model = model  # the training model, updated in place
        self.lora = hasattr(model, "peft_config")
        base = model.get_base_model() if self.lora else model
        self.rank, self.enable_sleep_mode = state.process_index, enable_sleep_mode
        self.adapter_dir = Path(run_dir or ".") / "adapters"
        self.llm = vllm.LLM(
            model=str(base.config._name_or_path), dtype=dtype, seed=seed + state.process_index,
            gpu_memory_utilization=gpu_memory_utilization, max_model_len=max_model_len,
            enable_sleep_mode=enable_sleep_mode, enable_lora=self.lora,
            max_lora_rank=max_lora_rank, distributed_executor_backend="external_launcher",
            logprobs_mode="processed_logprobs", **(llm_kwargs or {}))
        self.asleep: set[str] = set()  # the sleeping parts: "weights", "kv_cache"
        self.weights_discarded = False  # by a level-2 sleep, until the next sync
        self.lora_request: Any = None
        self.syncs = 0

    def generate(self, prompts: list[list[int]], sampling: Sampling) -> Generation:
        """Sample one completion per prompt (waking vLLM first if it sleeps, and reloading the
        training model's weights if a level-2 sleep discarded them)."""
        if self.weights_discarded:
            self.sync_weights(self.model)
        self._wake(["weights", "kv_cache"])
        params = self.vllm.SamplingParams(
            n=1, temperature=0.0 if sampling.greedy else sampling.temperature,
            top_p=sampling.top_p, top_k=sampling.top_k, max_tokens=sampling.max_new_tokens,
            logprobs=0, stop_token_ids=list(sampling.stop_token_ids))
        outputs = self.llm.generate([{"prompt_token_ids": p} for p in prompts],
                                    sampling_params=params, use_tqdm=False,
                                    lora_request=self.lora_request)
        stops = {self.tokenizer.eos_token_id, *sampling.stop_token_ids}
        token_ids, logprobs = [], []
        for output in outputs:
            completion = output.outputs[0]
            ids = list(completion.token_ids)
            if completion.logprobs is None:
                raise RuntimeError("vLLM returned no log-probs although logprobs=0 was asked")
            lps = [float(step[token].logprob) for step, token in zip(completion.logprobs, ids,
                                                                     strict=True)]
            ids, lps = cut_at_stop(ids, lps, stops)
            token_ids.append(ids)
            logprobs.append(lps)
        return Generation(token_ids, logprobs)

    def sync_weights(self, model: Any) -> None:
        """Give vLLM ``model``'s weights: a new ``LoRARequest`` for a peft model (its adapter
        saved under ``run_dir/adapters``), else every tensor through ``load_weights``."""
        self._wake(["weights"])
        self.syncs += 1
        if self.lora:
            name = f"creditkit-{self.syncs}"
            path = self.adapter_dir / f"{name}-rank{self.rank}"
            model.save_pretrained(path)
            previous = self.lora_request
            self.lora_request = self.lora_request_class(name, self.syncs, str(path))
            if previous is not None:
                shutil.rmtree(previous.lora_path, ignore_errors=True)
        else:
            runner = self.llm.llm_engine.model_executor.driver_worker.model_runner
            runner.model.load_weights((name, tensor.detach()) for name, tensor in
                                      model.state_dict().items())
        self.llm.reset_prefix_cache()
        self.weights_discarded = False

    def release_memory(self) -> None:
        """Put vLLM to sleep for the update (with ``enable_sleep_mode``)."""
        if self.enable_sleep_mode and not self.asleep:
            self.llm.sleep(level=1 if self.lora else 2)
            self.asleep = {"weights", "kv_cache"}
            self.weights_discarded = not self.lora

    def _wake(self, tags: list[str]) -> None:
        waking = [tag for tag in tags if tag in self.asleep]
        if waking:
            self.llm.wake_up(tags=waking)
            self.asleep -= set(waking)
