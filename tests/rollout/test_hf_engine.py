"""The HF engine's own sampling loop: same greedy tokens as ``model.generate``, log-probs of the
sampling distribution, top-k/top-p truncation and stop tokens."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from transformers import AutoModelForCausalLM

from creditkit.models.policy import chat_prompt_ids, load_tokenizer, token_logprobs
from creditkit.rollout import HFEngine, Sampling
from creditkit.rollout.engines.hf import truncate

TEXTS = ["Room 12. Exits: north east.", "Room 3. Exits: south.", "Room 7 has a door."]


def _engine(tiny_model_dir: Path) -> tuple[HFEngine, list[list[int]]]:
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    tokenizer = load_tokenizer(tiny_model_dir)
    return HFEngine(model, tokenizer), [chat_prompt_ids(tokenizer, t) for t in TEXTS]


def test_greedy_tokens_equal_model_generate(tiny_model_dir: Path) -> None:
    engine, prompts = _engine(tiny_model_dir)
    ours = engine.generate(prompts, Sampling(7, greedy=True))
    pad, eos = engine.tokenizer.pad_token_id, engine.tokenizer.eos_token_id
    for prompt, tokens in zip(prompts, ours.token_ids, strict=True):  # unpadded, one by one
        ids = torch.tensor([prompt])
        reference = engine.model.generate(ids, attention_mask=torch.ones_like(ids),
                                          max_new_tokens=7, do_sample=False, top_k=None,
                                          top_p=None, temperature=None, pad_token_id=pad,
                                          eos_token_id=eos)[0, len(prompt):].tolist()
        assert tokens == reference[:len(tokens)]
        assert len(tokens) == 7 or tokens[-1] == eos


def test_batched_left_padded_sampling_gives_the_recomputed_logprobs(tiny_model_dir: Path
                                                                     ) -> None:
    engine, prompts = _engine(tiny_model_dir)
    torch.manual_seed(0)
    generation = engine.generate(prompts, Sampling(6, temperature=0.7))
    for prompt, tokens, logprobs in zip(prompts, generation.token_ids, generation.logprobs,
                                        strict=True):
        ids = torch.tensor([prompt + tokens])
        scored, _ = token_logprobs(engine.model, ids, torch.ones_like(ids),
                                   first_position=len(prompt), temperature=0.7)
        torch.testing.assert_close(scored[0, len(prompt):], torch.tensor(logprobs),
                                   atol=1e-4, rtol=1e-4)


def test_a_stop_token_ends_the_completion_and_is_kept(tiny_model_dir: Path) -> None:
    engine, prompts = _engine(tiny_model_dir)
    free = engine.generate(prompts, Sampling(7, greedy=True))
    stop = free.token_ids[0][1]  # the second greedy token of the first prompt
    stopped = engine.generate(prompts, Sampling(7, greedy=True, stop_token_ids=[stop]))
    assert stopped.token_ids[0] == free.token_ids[0][:free.token_ids[0].index(stop) + 1]
    assert len(stopped.logprobs[0]) == len(stopped.token_ids[0])


def test_every_generation_config_eos_id_ends_the_completion(tiny_model_dir: Path) -> None:
    # Qwen2.5-Instruct lists two EOS ids in generation_config.json, Llama-3.1-Instruct three;
    # model.generate (and vLLM) stop at each, so the engine must too
    engine, prompts = _engine(tiny_model_dir)
    free = engine.generate(prompts, Sampling(7, greedy=True))
    second = free.token_ids[0][1]
    assert second != engine.tokenizer.eos_token_id
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    model.generation_config.eos_token_id = [engine.tokenizer.eos_token_id, second]
    listed = HFEngine(model, engine.tokenizer).generate(prompts, Sampling(7, greedy=True))
    assert listed.token_ids[0] == free.token_ids[0][:free.token_ids[0].index(second) + 1]
    ids = torch.tensor([prompts[0]])
    reference = model.generate(ids, attention_mask=torch.ones_like(ids), max_new_tokens=7,
                               do_sample=False, top_k=None, top_p=None, temperature=None,
                               pad_token_id=engine.tokenizer.pad_token_id)[0, len(prompts[0]):]
    assert listed.token_ids[0] == reference.tolist()  # where generate itself stops


def test_top_k_one_samples_the_greedy_tokens(tiny_model_dir: Path) -> None:
    engine, prompts = _engine(tiny_model_dir)
    greedy = engine.generate(prompts, Sampling(5, greedy=True))
    torch.manual_seed(3)
    top1 = engine.generate(prompts, Sampling(5, temperature=1.5, top_k=1))
    assert top1.token_ids == greedy.token_ids


def test_truncate_keeps_the_top_k_and_the_nucleus() -> None:
    logits = torch.log(torch.tensor([[0.5, 0.3, 0.15, 0.05]]))
    assert torch.isinf(truncate(logits, 2, 1.0)).tolist() == [[False, False, True, True]]
    # mass before each token: 0, .5, .8, .95 -> top_p .8 keeps the first two
    assert torch.isinf(truncate(logits, 0, 0.8)).tolist() == [[False, False, True, True]]
    assert torch.isinf(truncate(logits, 0, 0.81)).tolist() == [[False, False, False, True]]
    assert torch.isinf(truncate(logits[:, [3, 2, 1, 0]], 0, 0.8)).tolist() == [
        [True, True, False, False]]  # the same, in another order
    assert not torch.isinf(truncate(logits, 0, 0.01))[0, 0]  # the top token always stays


@pytest.mark.parametrize(("field", "value"), [("top_p", 0.0), ("top_p", 1.5), ("top_k", -1)])
def test_bad_sampling_settings_name_the_field(field: str, value: float) -> None:
    with pytest.raises(ValueError, match=field):
        Sampling(4, **{field: value})
