"""The reward model: a score head on the tiny causal LM learns utterance labels (MSE)."""

from __future__ import annotations

import math
import random
from pathlib import Path

import pytest
import torch

from creditkit.train.reward_model import (
    RewardExample,
    RewardModelScorer,
    encode,
    evaluate_reward_model,
    load_reward_model,
    score,
    spearman,
    token_limit,
    train_reward_model,
    truncated_rows,
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
    command = [sys.executable, "-m", "creditkit.app.reward_model_cli", "--model",
               str(tiny_model_dir), "--train", str(tmp_path / "train.jsonl"), "--eval",
               str(tmp_path / "eval.jsonl"), "--out", str(tmp_path / "rm"), "--epochs", "10",
               "--lr", "3e-3", "--batch-size", "8", "--lora", "--lora-rank", "8"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, check=True)
    report = json.loads(result.stdout[result.stdout.index("{"):])
    assert report["after"]["mse"] < report["before"]["mse"]
    scorer = RewardModelScorer(tmp_path / "rm")  # merged LoRA: a plain model folder
    held_out = examples(16, seed=1)
    predicted = scorer([e.prompt for e in held_out], [e.utterance for e in held_out])
    labels = torch.tensor([e.label for e in held_out])
    mse = float(((predicted - labels) ** 2).mean())
    # the merged model is the trained one (a merge that dropped the adapters would score like
    # the untrained model, at the "before" error)
    assert mse == pytest.approx(report["after"]["mse"], rel=1e-4)
    assert abs(mse - report["before"]["mse"]) > 0.5 * abs(report["before"]["mse"] -
                                                           report["after"]["mse"])
    (tmp_path / "bad.jsonl").write_text('{"prompt": "p", "utterance": "u"}\n')
    bad = subprocess.run([*command[:5], "--train", str(tmp_path / "bad.jsonl"), "--out",
                          str(tmp_path / "x")], capture_output=True, text=True, timeout=600,
                         check=False)
    assert bad.returncode != 0 and "bad.jsonl:1" in bad.stderr and "label" in bad.stderr


def test_a_long_prompt_loses_its_start_never_the_utterance(tiny_model_dir: Path) -> None:
    # a prompt far past the limit: the two actions must still read differently (cutting the
    # end, as before, gave two identical rows and so one score for both)
    model, tokenizer = load_reward_model(tiny_model_dir)
    prompt = "You are in a room. Exits: north, east. " * 200
    inputs, cut = encode(tokenizer, [prompt, prompt], ["north", "west"], max_length=64)
    assert cut == 2 and inputs["input_ids"].shape == (2, 64)
    assert not torch.equal(inputs["input_ids"][0], inputs["input_ids"][1])
    for row, move in zip(inputs["input_ids"], ("north", "west"), strict=True):
        assert move in tokenizer.decode(row[-8:])
    scores = score(model, tokenizer, [prompt, prompt], ["north", "west"], max_length=64)
    assert scores[0] != scores[1]
    short = [RewardExample("A room.", "north", 1.0), RewardExample(prompt, "west", 0.0)]
    assert truncated_rows(tokenizer, short, max_length=64) == 1
    assert truncated_rows(tokenizer, short, max_length=10**6) == 0
    assert token_limit(model, 10**6) == model.config.max_position_embeddings
    with pytest.raises(ValueError, match="max_length=4"):
        encode(tokenizer, [prompt], ["north north north north north"], max_length=4)


def test_the_scorer_reads_at_the_length_the_model_was_trained_with(tiny_model_dir: Path,
                                                                    tmp_path: Path) -> None:
    import json

    from creditkit.app.reward_model_cli import fit_reward_model

    long_prompt = "A dark corridor. Exits: south, west. " * 40
    rows = [*examples(8, seed=0), RewardExample(long_prompt, "north", 8.0)]
    (tmp_path / "train.jsonl").write_text("\n".join(json.dumps(
        {"prompt": e.prompt, "utterance": e.utterance, "label": e.label}) for e in rows))
    report = fit_reward_model(str(tiny_model_dir), tmp_path / "train.jsonl", None,
                              tmp_path / "rm", epochs=1, max_length=96)
    assert report["max_length"] == 96
    assert report["truncated_train_rows"] == 1 and report["truncated_eval_rows"] == 0
    scorer = RewardModelScorer(tmp_path / "rm")
    assert scorer.max_length == 96
    scorer([long_prompt, "A room."], ["north", "east"])
    assert scorer.truncated_rows == 1
    assert RewardModelScorer(tmp_path / "rm", max_length=200).max_length == 200
