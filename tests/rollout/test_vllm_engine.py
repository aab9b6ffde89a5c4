"""``engine=vllm`` at its boundary: the engine driven through a stand-in ``vllm`` module with
the signatures it relies on (real vLLM has no CPU build). What is checked: the arguments the
LLM is built with, sleeping during updates and waking for rollouts, full weights or LoRA
adapters reaching vLLM after each update, token ids and log-probs taken as sampled."""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import torch

from creditkit.config import PolicyConfig
from creditkit.policy import chat_prompt_ids
from creditkit.rollout import HFEngine, Sampling
from tests.test_trainer_options import small_trainer

FAKE = Path(__file__).parent / "fake_vllm"


@pytest.fixture
def fake_vllm(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    monkeypatch.syspath_prepend(str(FAKE))
    import vllm

    vllm.CREATED.clear()
    yield vllm
    for name in [n for n in sys.modules if n == "vllm" or n.startswith("vllm.")]:
        del sys.modules[name]


def test_without_vllm_the_engine_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    from creditkit.rollout.engines.vllm import VLLMEngine

    monkeypatch.setitem(sys.modules, "vllm", None)  # as where it is not installed
    with pytest.raises(ImportError, match=r"creditkit\[vllm\]"):
        VLLMEngine(None, None)


@pytest.mark.parametrize("lora_rank", [0, 4])
def test_training_with_a_colocated_llm(tiny_model_dir: Path, tmp_path: Path, fake_vllm: object,
                                       lora_rank: int) -> None:
    from creditkit.rollout.engines.vllm import VLLMEngine

    engine = functools.partial(VLLMEngine, gpu_memory_utilization=0.3, max_model_len=512)
    trainer = small_trainer(tmp_path, PolicyConfig(name_or_path=str(tiny_model_dir),
                                                   lora_rank=lora_rank),
                            engine=engine, steps=2, lr=5e-2)
    trainer.fit()
    llm = fake_vllm.CREATED[-1]  # type: ignore[attr-defined]
    assert llm.kwargs["enable_sleep_mode"] and llm.kwargs["logprobs_mode"] == (
        "processed_logprobs")
    assert llm.kwargs["enable_lora"] is (lora_rank > 0)
    assert llm.kwargs["distributed_executor_backend"] == "external_launcher"
    # asleep for each of the 2 updates: level 1 keeps LoRA's base weights, level 2 drops them
    assert llm.sleeps == [1 if lora_rank else 2] * 2
    model = trainer.accelerator.unwrap_model(trainer.model)
    if lora_rank:
        assert llm.weight_loads == 0 and trainer.engine.lora_request.lora_int_id == 3
    else:  # the initial sync + one per update, each the full state dict
        assert llm.weight_loads == 3
        for name, tensor in model.state_dict().items():
            torch.testing.assert_close(llm.network.state_dict()[name], tensor)
    prompts = [chat_prompt_ids(trainer.tokenizer, t) for t in ("Room 5. Exits: north.",
                                                                "Room 9. Exits: east.")]
    trainer.engine.release_memory()  # asleep: generate must wake it (and reload level 2's)
    ours = trainer.engine.generate(prompts, Sampling(6, greedy=True))
    local = HFEngine(model, trainer.tokenizer).generate(prompts, Sampling(6, greedy=True))
    assert ours.token_ids == local.token_ids
    for a, b in zip(ours.logprobs, local.logprobs, strict=True):
        torch.testing.assert_close(torch.tensor(a), torch.tensor(b), atol=1e-5, rtol=1e-5)
