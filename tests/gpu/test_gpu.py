"""GPU checks (``python -m pytest -m gpu``), skipped with their reason where CUDA is absent: a
training step of a Qwen2.5-0.5B-shaped model in bf16 with gradient checkpointing on the HF
engine, and the engine's sampling log-probs against the trainer's recomputed ones."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
import torch

from creditkit import Compose
from creditkit.models.settings import PolicyConfig
from creditkit.models.shapes import build_shaped_model
from creditkit.models.warmup import environment_corpus
from creditkit.rollout.settings import RolloutConfig
from creditkit.train.settings import TrainerConfig
from creditkit_envs.maze import MazeEnv
from tests.trainer.test_options import alternating

pytestmark = [pytest.mark.gpu, pytest.mark.skipif(
    not torch.cuda.is_available(), reason="needs a CUDA GPU (torch.cuda.is_available() is "
                                          "False here)")]


@pytest.fixture(scope="module")
def shaped_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = environment_corpus(MazeEnv(size=3), episodes=50, seed=0)
    return build_shaped_model(tmp_path_factory.mktemp("qwen05"), corpus, "qwen2.5-0.5b")


def test_a_bf16_step_with_gradient_checkpointing(shaped_model_dir: Path, tmp_path: Path
                                                 ) -> None:
    from creditkit.train.trainer import Trainer

    trainer = Trainer(
        # a random network rarely wins: the +-1 estimator gives every step a signal
        functools.partial(MazeEnv, size=3, max_steps=4), alternating, Compose(),
        PolicyConfig(name_or_path=str(shaped_model_dir), gradient_checkpointing=True),
        RolloutConfig(groups_per_step=2, group_size=4, max_new_tokens=8),
        TrainerConfig(steps=1, eval_every=0, save_every=0, lr=1e-5, kl_coef=0.01,
                      mixed_precision="bf16", micro_batch_size=8),
        output_dir=tmp_path, resume=False, show_progress=False)
    model = trainer.accelerator.unwrap_model(trainer.model)
    assert model.is_gradient_checkpointing and next(model.parameters()).is_cuda
    assert trainer.reference is not None and next(trainer.reference.parameters()).dtype == (
        torch.bfloat16)
    metrics = trainer.fit()
    assert metrics["loss.skipped"] == 0.0 and metrics["loss.grad_norm"] > 0
    assert all(torch.isfinite(torch.tensor(v)) for k, v in metrics.items()
               if k.startswith("loss."))


def test_sampling_logprobs_match_the_recomputed_ones_in_bf16(shaped_model_dir: Path) -> None:
    from transformers import AutoModelForCausalLM

    from creditkit.models.policy import chat_prompt_ids, load_tokenizer, token_logprobs
    from creditkit.rollout import HFEngine, Sampling

    model = AutoModelForCausalLM.from_pretrained(shaped_model_dir,
                                                 dtype=torch.bfloat16).cuda().eval()
    tokenizer = load_tokenizer(shaped_model_dir)
    prompts = [chat_prompt_ids(tokenizer, f"Room {i}. Exits: north east.") for i in range(8)]
    torch.manual_seed(0)
    generation = HFEngine(model, tokenizer).generate(prompts, Sampling(16, temperature=0.8))
    differences = []
    for prompt, ids, lps in zip(prompts, generation.token_ids, generation.logprobs,
                                strict=True):
        full = torch.tensor([prompt + ids], device="cuda")
        with torch.no_grad():
            scored, _ = token_logprobs(model, full, torch.ones_like(full),
                                       first_position=len(prompt), temperature=0.8,
                                       chunk_tokens=1024)
        differences.append((scored[0, len(prompt):].float().cpu() - torch.tensor(lps)).abs())
    gaps = torch.cat(differences)
    # bf16 rounds the logits to ~3 significant digits; KV-cached decoding and a full forward
    # round differently: allow 0.1 per token, 0.02 on average
    assert float(gaps.max()) < 0.1 and float(gaps.mean()) < 0.02, (gaps.max(), gaps.mean())
