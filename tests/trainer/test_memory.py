"""The trainer's memory settings change memory, not results: chunked log-probs, gradient
checkpointing, a bf16 reference, log-probs recomputed by the trainer."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from transformers import Qwen2Config, Qwen2ForCausalLM

from creditkit.models.policy import token_logprobs
from creditkit.models.settings import PolicyConfig, TinyModelConfig
from creditkit.rollout import Generation, HFEngine, Sampling
from tests.trainer.test_options import small_trainer

TINY = PolicyConfig(tiny=TinyModelConfig(format_warmup_steps=5, corpus_episodes=20))


def _qwen2(tie: bool) -> Qwen2ForCausalLM:
    torch.manual_seed(0)
    return Qwen2ForCausalLM(Qwen2Config(
        vocab_size=1000, hidden_size=32, intermediate_size=64, num_hidden_layers=2,
        num_attention_heads=4, num_key_value_heads=2, tie_word_embeddings=tie))


def _transforming(architecture: str) -> torch.nn.Module:
    """A tiny model whose logits are its head's transformed, the transform set to matter (the
    head alone is off by far more than the tolerance)."""
    import transformers

    shape = dict(vocab_size=1000, hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                 num_attention_heads=2, num_key_value_heads=2, head_dim=16)
    extra = {"Gemma2": {"final_logit_softcapping": 0.5}, "Cohere": {"logit_scale": 8.0},
             "Granite": {"logits_scaling": 0.1}}[architecture]
    config = getattr(transformers, f"{architecture}Config")(**shape, **extra)
    torch.manual_seed(0)
    return getattr(transformers, f"{architecture}ForCausalLM")(config)


MODELS = {"qwen2-tied": lambda: _qwen2(True), "qwen2": lambda: _qwen2(False),
          "gemma2-softcapping": lambda: _transforming("Gemma2"),
          "cohere-logit-scale": lambda: _transforming("Cohere"),
          "granite-logits-scaling": lambda: _transforming("Granite")}


@pytest.mark.parametrize("name", sorted(MODELS))
def test_chunked_logprobs_equal_unchunked_values_and_gradients(name: str) -> None:
    # Gemma2 soft-caps its logits (tanh(z / c) c), Cohere multiplies them by logit_scale,
    # Granite divides them by logits_scaling: the chunked head applies the same transform
    model = MODELS[name]()
    ids = torch.randint(0, 1000, (3, 20), generator=torch.Generator().manual_seed(1))
    mask = torch.ones_like(ids)
    mask[1, 15:] = 0
    results = []
    for chunk in (0, 7):  # 7 does not divide the 3 x 15 scored tokens: a ragged last chunk
        model.zero_grad()
        logprobs, entropy = token_logprobs(model, ids, mask, with_entropy=True,
                                           first_position=5, temperature=0.7,
                                           chunk_tokens=chunk)
        assert entropy is not None
        (logprobs.sum() + 0.5 * entropy.sum()).backward()
        results.append((logprobs.detach(), entropy.detach(),
                        [p.grad.clone() for p in model.parameters()]))
    (lp0, ent0, grads0), (lp1, ent1, grads1) = results
    torch.testing.assert_close(lp1, lp0, atol=1e-5, rtol=1e-5)
    torch.testing.assert_close(ent1, ent0, atol=1e-5, rtol=1e-5)
    assert lp1[:, :5].abs().sum() == 0  # before first_position: 0, as unchunked
    for g0, g1 in zip(grads0, grads1, strict=True):
        torch.testing.assert_close(g1, g0, atol=1e-5, rtol=1e-4)


def test_a_logit_transform_creditkit_does_not_know_is_refused() -> None:
    class Doubled(Qwen2ForCausalLM):  # a head followed by an unlisted transform
        def forward(self, input_ids=None, attention_mask=None, logits_to_keep=0,
                    **kwargs):  # type: ignore[no-untyped-def]
            output = super().forward(input_ids=input_ids, attention_mask=attention_mask,
                                     logits_to_keep=logits_to_keep, **kwargs)
            output.logits = output.logits * 2
            return output

    torch.manual_seed(0)
    model = Doubled(_qwen2(True).config)
    ids = torch.randint(0, 1000, (2, 12))
    with pytest.raises(ValueError, match="logprob_chunk_tokens=0"):
        token_logprobs(model, ids, torch.ones_like(ids), first_position=4, chunk_tokens=8)
    token_logprobs(model, ids, torch.ones_like(ids), first_position=4, chunk_tokens=0)


def test_chunked_logprobs_never_build_the_full_logits() -> None:
    model = _qwen2(tie=True)
    shapes: list[tuple[int, ...]] = []
    model.lm_head.register_forward_hook(lambda m, a, out: shapes.append(tuple(out.shape)))
    ids = torch.randint(0, 1000, (4, 30))
    token_logprobs(model, ids, torch.ones_like(ids), first_position=2, chunk_tokens=16)
    # the forward keeps one position, the chunked head is checked on it; then 4 x 28 = 112
    # tokens in chunks of 16
    assert shapes[:2] == [(4, 1, 1000), (4, 1000)] and shapes[2:] == [(16, 1000)] * 7


def _update_gradients(tmp_path: Path, policy: PolicyConfig, **trainer: object
                      ) -> tuple[list[torch.Tensor], float]:
    """The gradients of one update (recorded at the optimizer step) and its loss."""
    torch.manual_seed(0)
    run = small_trainer(tmp_path, policy, kl_coef=0.1, entropy_coef=0.01, **trainer)
    grads: list[torch.Tensor] = []
    step = run.optimizer.step

    def recording_step(*args: object, **kwargs: object) -> object:
        grads.extend(p.grad.clone() for p in run.model.parameters())
        return step(*args, **kwargs)

    run.optimizer.step = recording_step  # type: ignore[method-assign]
    return grads, run.fit()["loss.policy"]


def test_chunking_and_gradient_checkpointing_leave_the_update_unchanged(tmp_path: Path) -> None:
    reference, loss = _update_gradients(tmp_path / "a", TINY, logprob_chunk_tokens=0)
    chunked, chunked_loss = _update_gradients(tmp_path / "b", TINY, logprob_chunk_tokens=5)
    checkpointed, checkpointed_loss = _update_gradients(tmp_path / "c", PolicyConfig(
        tiny=TINY.tiny, gradient_checkpointing=True), logprob_chunk_tokens=0)
    assert reference and any(bool(g.abs().sum() > 0) for g in reference)
    for other, other_loss in ((chunked, chunked_loss), (checkpointed, checkpointed_loss)):
        assert other_loss == pytest.approx(loss, abs=1e-6)
        for a, b in zip(reference, other, strict=True):
            torch.testing.assert_close(b, a, atol=1e-6, rtol=1e-4)


def test_gradient_checkpointing_and_attention_reach_the_model(tmp_path: Path) -> None:
    run = small_trainer(tmp_path, PolicyConfig(tiny=TINY.tiny, gradient_checkpointing=True,
                                               attn_implementation="eager"))
    model = run.accelerator.unwrap_model(run.model)
    assert model.is_gradient_checkpointing
    assert model.config._attn_implementation == "eager"


def test_the_bf16_reference_is_frozen_and_in_bf16(tmp_path: Path) -> None:
    run = small_trainer(tmp_path, TINY, kl_coef=0.05, mixed_precision="bf16")
    assert run.reference is not None
    assert {p.dtype for p in run.reference.parameters()} == {torch.bfloat16}
    assert not any(p.requires_grad for p in run.reference.parameters())
    metrics = run.fit()
    assert 0.0 <= metrics["loss.kl"] < 0.05  # bf16 rounding of the same weights: near 0


class OffsetEngine(HFEngine):
    """An engine whose log-probs are off by 0.5 (as a server's numerics might be)."""

    def generate(self, prompts: list[list[int]], sampling: Sampling) -> Generation:
        out = super().generate(prompts, sampling)
        return Generation(out.token_ids, [[v - 0.5 for v in row] for row in out.logprobs])


@pytest.mark.parametrize("recompute", [False, True])
def test_recomputed_old_logprobs_replace_the_engines(tmp_path: Path, recompute: bool) -> None:
    run = small_trainer(tmp_path, TINY, recompute_old_logprobs=recompute, lr=1e-6)
    run.engine = OffsetEngine(run.engine.model, run.tokenizer)  # type: ignore[attr-defined]
    run.loop.engine = run.engine
    metrics = run.fit()
    # ratio = exp(new - old): with the engine's offset old log-probs it is e^0.5 on every
    # token (k3 KL to old ~ 0.11); recomputed, the first epoch's ratio is 1 (KL 0)
    if recompute:
        assert metrics["loss.approx_kl_old"] < 1e-6
    else:
        assert metrics["loss.approx_kl_old"] > 0.05
