"""``creditkit-rm``: train, evaluate and save a reward model on labelled utterances.

    creditkit-rm --model PATH --train train.jsonl --eval eval.jsonl --out runs/rm [--lora]

Each JSONL line is ``{"prompt": ..., "utterance": ..., "label": ...}`` (labels from
e.g. Sotopia-RL's :class:`~creditkit_envs.sotopia.rl.attribution.UtteranceLabeler`). Prints the
held-out MSE and Spearman before and after training as JSON; the model and tokenizer go to
``--out`` (LoRA adapters are merged), ready for
:class:`~creditkit.train.reward_model.RewardModelScorer`.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from creditkit.train.reward_model import (
    DEFAULT_MAX_LENGTH,
    RewardExample,
    evaluate_reward_model,
    load_reward_model,
    token_limit,
    train_reward_model,
    truncated_rows,
)


def read_examples(path: Path) -> list[RewardExample]:
    """The examples of a JSONL file; errors name the file and line."""
    examples = []
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            examples.append(RewardExample(str(record["prompt"]), str(record["utterance"]),
                                          float(record["label"])))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
            raise ValueError(f"{path}:{number}: expected a JSON object with prompt, utterance "
                             f"and label ({error!r})") from error
    if not examples:
        raise ValueError(f"{path}: no examples")
    return examples


def fit_reward_model(model: str, train_file: Path, eval_file: Path | None, out: Path, *,
                     epochs: int = 3, lr: float = 1e-4, batch_size: int = 16, lora: bool = False,
                     lora_rank: int = 8, seed: int = 0, max_length: int = DEFAULT_MAX_LENGTH
                     ) -> dict[str, object]:
    """Train a reward model on ``train_file``, evaluate it on ``eval_file`` before and after,
    save it to ``out``; returns the report (what ``creditkit-rm`` prints), with the token limit
    used and how many rows of each file lost the start of their prompt to it."""
    train, held_out = read_examples(train_file), (read_examples(eval_file) if eval_file else [])
    reward_model, tokenizer = load_reward_model(model, lora, lora_rank, seed)
    limit = token_limit(reward_model, max_length)
    report: dict[str, object] = {
        "train_examples": len(train), "eval_examples": len(held_out), "max_length": limit,
        "truncated_train_rows": truncated_rows(tokenizer, train, limit),
        "truncated_eval_rows": truncated_rows(tokenizer, held_out, limit)}
    if held_out:
        report["before"] = evaluate_reward_model(reward_model, tokenizer, held_out, limit)
    report["train_loss"] = train_reward_model(reward_model, tokenizer, train, epochs, lr,
                                              batch_size, seed, limit)
    if held_out:
        report["after"] = evaluate_reward_model(reward_model, tokenizer, held_out, limit)
    if lora:
        reward_model = reward_model.merge_and_unload()
    reward_model.config.creditkit_max_length = limit  # RewardModelScorer reads it back
    reward_model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    report["saved"] = str(out)
    return report


def main(argv: list[str] | None = None) -> None:
    """Parse arguments, train, evaluate, save; print the report as JSON."""
    parser = argparse.ArgumentParser(prog="creditkit-rm", description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, help="causal LM folder or hub id")
    parser.add_argument("--train", type=Path, required=True, help="JSONL of labelled utterances")
    parser.add_argument("--eval", type=Path, help="held-out JSONL (default: none)")
    parser.add_argument("--out", type=Path, required=True,
                        help="folder the reward model and its tokenizer are saved to")
    parser.add_argument("--epochs", type=int, default=3,
                        help="passes over the training rows (default: %(default)s)")
    parser.add_argument("--lr", type=float, default=1e-4,
                        help="AdamW learning rate (default: %(default)s)")
    parser.add_argument("--batch-size", type=int, default=16,
                        help="rows per optimizer step (default: %(default)s)")
    parser.add_argument("--lora", action="store_true", help="train LoRA adapters and the head")
    parser.add_argument("--lora-rank", type=int, default=8,
                        help="rank of the LoRA adapters with --lora (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=0,
                        help="seeds the head's initialisation and the row order "
                             "(default: %(default)s)")
    parser.add_argument("--max-length", type=int, default=DEFAULT_MAX_LENGTH,
                        help="tokens read per row; a longer prompt loses its start "
                             "(default: %(default)s, capped at the model's positions)")
    args = parser.parse_args(argv)
    print(json.dumps(fit_reward_model(
        args.model, args.train, args.eval, args.out, epochs=args.epochs, lr=args.lr,
        batch_size=args.batch_size, lora=args.lora, lora_rank=args.lora_rank, seed=args.seed,
        max_length=args.max_length),
        indent=1))


if __name__ == "__main__":
    main()
