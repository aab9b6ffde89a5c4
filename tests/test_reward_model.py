"""The reward model: a score head on the tiny causal LM learns utterance labels (MSE)."""

from __future__ import annotations

import math
import random
from pathlib import Path

import pytest
import torch

from creditkit.reward_model import (
    RewardExample,
    RewardModelScorer,
    evaluate_reward_model,
    load_reward_model,
    score,
    spearman,
    train_reward_model,
)


def test_spearman_on_hand_worked_examples() -> None:
    assert spearman(torch.tensor([1.0, 2, 3, 4]), torch.tensor([1.0, 3, 2, 4])) == pytest.approx(
        0.8)  # 1 - 6 * (0 + 1 + 1 + 0) / (4 * 15)
    assert spearman(torch.tensor([1.0, 1, 2]), torch.tensor([1.0, 2, 3])) == pytest.approx(
        math.sqrt(3) / 2)  # tied ranks 0.5, 0.5, 2 against 0, 1, 2
    assert math.isnan(spearman(torch.ones(3), torch.tensor([1.0, 2, 3])))


def examples(count: int, seed: int) -> list[RewardExample]:
    # the label depends on the utterance only
    rng = random.Random(seed)
    rooms = ["You are in a room. Exits: north, east.", "A dark corridor. Exits: south, west."]
    worth = {"north": 8.0, "east": 5.0, "south": 3.0, "west": 1.0}
    return [RewardExample(rng.choice(rooms), move, worth[move])
            for move in (rng.choice(list(worth)) for _ in range(count))]


def test_the_score_head_learns_the_labels_and_reloads(tiny_model_dir: Path,
                                                       tmp_path: Path) -> None:
    model, tokenizer = load_reward_model(tiny_model_dir)
    held_out = examples(32, seed=1)
    before = evaluate_reward_model(model, tokenizer, held_out)
    history = train_reward_model(model, tokenizer, examples(96, seed=0), epochs=12, lr=3e-3,
                                 batch_size=8)
    after = evaluate_reward_model(model, tokenizer, held_out)
    assert history[-1] < history[0] / 4
    assert after["mse"] < before["mse"] / 4 and after["spearman"] > 0.8
    model.save_pretrained(tmp_path / "rm")
    tokenizer.save_pretrained(tmp_path / "rm")
    scorer = RewardModelScorer(tmp_path / "rm")
    prompts, moves = [e.prompt for e in held_out], [e.utterance for e in held_out]
    assert torch.allclose(scorer(prompts, moves), score(model, tokenizer, prompts, moves),
                          atol=1e-5)


def test_lora_trains_adapters_and_head_only(tiny_model_dir: Path) -> None:
    model, tokenizer = load_reward_model(tiny_model_dir, lora=True, lora_rank=4)
    trainable = {n for n, p in model.named_parameters() if p.requires_grad}
    assert trainable and all("lora_" in n or "score" in n for n in trainable)
    history = train_reward_model(model, tokenizer, examples(32, seed=0), epochs=2, lr=3e-3)
    assert len(history) == 2 and all(math.isfinite(h) for h in history)
    with pytest.raises(ValueError, match="examples is empty"):
        train_reward_model(model, tokenizer, [])


def test_creditkit_rm_trains_evaluates_and_saves(tiny_model_dir: Path, tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    for name, rows in (("train", examples(64, seed=0)), ("eval", examples(16, seed=1))):
        (tmp_path / f"{name}.jsonl").write_text("\n".join(json.dumps(
            {"prompt": e.prompt, "utterance": e.utterance, "label": e.label}) for e in rows))
    command = [sys.executable, "-m", "creditkit.reward_model_cli", "--model",
               str(tiny_model_dir), "--train", str(tmp_path / "train.jsonl"), "--eval",
               str(tmp_path / "eval.jsonl"), "--out", str(tmp_path / "rm"), "--epochs", "10",
               "--lr", "3e-3", "--batch-size", "8", "--lora", "--lora-rank", "8"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, check=True)
    report = json.loads(result.stdout[result.stdout.index("{"):])
    assert report["after"]["mse"] < report["before"]["mse"]
    scorer = RewardModelScorer(tmp_path / "rm")  # merged LoRA: a plain model folder
    assert scorer(["You are in a room."], ["north"]).shape == (1,)
    (tmp_path / "bad.jsonl").write_text('{"prompt": "p", "utterance": "u"}\n')
    bad = subprocess.run([*command[:5], "--train", str(tmp_path / "bad.jsonl"), "--out",
                          str(tmp_path / "x")], capture_output=True, text=True, timeout=600,
                         check=False)
    assert bad.returncode != 0 and "bad.jsonl:1" in bad.stderr and "label" in bad.stderr
