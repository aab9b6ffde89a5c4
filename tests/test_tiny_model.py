"""The locally built tiny model: reload keeps token ids, chat template, loadable model."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from creditkit.models.policy import chat_prompt_ids, load_tokenizer, token_logprobs
from creditkit.models.tiny import train_tokenizer
from creditkit.models.warmup import environment_corpus, format_warmup
from creditkit_envs.maze import MazeEnv

SAMPLES = ["Room 12. Exits: north east.", "12345 67", "Maze 3: reach room 22.\nRoom 00.",
           "naïve café ✓", "  leading spaces\tand tabs", "<|im_end|>north<|endoftext|>"]


def test_reload_keeps_token_ids(tiny_model_dir: Path) -> None:
    corpus = environment_corpus(MazeEnv(), episodes=50, seed=0)
    fresh = train_tokenizer(corpus, vocab_size=400)
    reloaded = AutoTokenizer.from_pretrained(tiny_model_dir)
    for text in SAMPLES:
        assert reloaded(text)["input_ids"] == fresh(text)["input_ids"], text
        assert reloaded.decode(reloaded(text)["input_ids"]) == text
    assert reloaded.padding_side == "left"
    assert reloaded.tokenize("12") == ["1", "2"]  # Qwen2's pre-tokenizer: digits one by one


def test_chat_template_and_single_token_actions(tiny_model_dir: Path) -> None:
    tokenizer = load_tokenizer(tiny_model_dir)
    text = tokenizer.decode(chat_prompt_ids(tokenizer, "hello"))
    assert text == "<|im_start|>user\nhello<|im_end|>\n<|im_start|>assistant\n"
    for action in ("north", "south", "east", "west"):
        assert len(tokenizer(action, add_special_tokens=False)["input_ids"]) == 1


def test_model_loads_and_scores(tiny_model_dir: Path) -> None:
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    ids = torch.tensor([[1, 5, 9, 3], [2, 4, 0, 0]])
    mask = torch.tensor([[1, 1, 1, 1], [1, 1, 0, 0]])
    logprobs, entropy = token_logprobs(model, ids, mask, with_entropy=True)
    assert logprobs.shape == (2, 4) and bool((logprobs[:, 1:] < 0).all())
    assert logprobs[:, 0].tolist() == [0.0, 0.0] and entropy is not None


def test_format_warmup_lowers_the_loss(tiny_model_dir: Path) -> None:
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    losses = format_warmup(model, load_tokenizer(tiny_model_dir), MazeEnv, steps=60, seed=0)
    assert sum(losses[-10:]) / 10 < 0.5 * sum(losses[:10]) / 10


def test_bad_shapes() -> None:
    from creditkit.models import build_tiny_model

    with pytest.raises(ValueError, match="vocab_size"):
        train_tokenizer(["a"], vocab_size=100)
    with pytest.raises(ValueError, match="num_heads"):
        build_tiny_model("/nonexistent", ["a"], hidden_size=30, num_heads=4)


def test_logprobs_from_a_first_position_match_the_full_computation(tiny_model_dir: Path
                                                                    ) -> None:
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    ids = torch.tensor([[1, 5, 9, 3, 7, 2], [2, 4, 6, 8, 0, 0]])
    mask = torch.tensor([[1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 0, 0]])
    full, full_entropy = token_logprobs(model, ids, mask, with_entropy=True)
    calls = []
    model.register_forward_hook(lambda module, args, output: calls.append(output.logits.shape))
    part, part_entropy = token_logprobs(model, ids, mask, with_entropy=True, first_position=3)
    assert calls == [(2, 4, model.config.vocab_size)]  # logits from position 2 on only
    assert part.shape == full.shape and part_entropy.shape == full_entropy.shape
    torch.testing.assert_close(part[:, 3:], full[:, 3:], atol=1e-5, rtol=1e-5)
    torch.testing.assert_close(part_entropy[:, 3:], full_entropy[:, 3:], atol=1e-5, rtol=1e-5)
    assert part[:, :3].abs().sum() == 0 and part_entropy[:, :3].abs().sum() == 0


def test_logprobs_at_a_temperature_match_the_sampler(tiny_model_dir: Path) -> None:
    from creditkit.rollout import HFEngine, Sampling

    model, tokenizer = AutoModelForCausalLM.from_pretrained(tiny_model_dir), load_tokenizer(
        tiny_model_dir)
    prompt = chat_prompt_ids(tokenizer, "Room 12. Exits: north east.")
    torch.manual_seed(0)
    generation = HFEngine(model, tokenizer).generate([prompt], Sampling(6, temperature=0.5))
    ids = torch.tensor([prompt + generation.token_ids[0]])
    scored, _ = token_logprobs(model, ids, torch.ones_like(ids), first_position=len(prompt),
                               temperature=0.5)
    torch.testing.assert_close(scored[0, len(prompt):], torch.tensor(generation.logprobs[0]),
                               atol=1e-4, rtol=1e-4)
    untempered, _ = token_logprobs(model, ids, torch.ones_like(ids))
    assert not torch.allclose(untempered[0, len(prompt):], scored[0, len(prompt):], atol=1e-3)


def test_an_expert_share_needs_an_environment_with_an_expert() -> None:
    from creditkit.models.settings import PolicyConfig, TinyModelConfig
    from creditkit.models.warmup import random_play

    with pytest.raises(ValueError, match="expert_action"):
        next(random_play(MazeEnv(), episodes=1, seed=0, expert_fraction=0.5))
    with pytest.raises(ValueError, match="expert_fraction"):
        next(random_play(MazeEnv(), episodes=1, seed=0, expert_fraction=1.5))
    with pytest.raises(ValueError, match="policy.tiny.warmup_expert_fraction"):
        PolicyConfig(tiny=TinyModelConfig(warmup_expert_fraction=-0.1))


def test_logits_to_keep_is_found_under_peft_wrappers(tiny_model_dir: Path) -> None:
    from peft import LoraConfig, get_peft_model

    from creditkit.models.policy import accepts_logits_to_keep

    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    wrapped = get_peft_model(model, LoraConfig(r=2, target_modules=["q_proj"],
                                               task_type="CAUSAL_LM"))
    assert accepts_logits_to_keep(model) and accepts_logits_to_keep(wrapped)
    assert not accepts_logits_to_keep(torch.nn.Linear(2, 2))  # falls back to every position
    ids = torch.tensor([[1, 5, 9, 3, 7, 2]])
    full, _ = token_logprobs(wrapped, ids, torch.ones_like(ids))
    part, _ = token_logprobs(wrapped, ids, torch.ones_like(ids), first_position=4)
    torch.testing.assert_close(part[:, 4:], full[:, 4:], atol=1e-5, rtol=1e-5)
