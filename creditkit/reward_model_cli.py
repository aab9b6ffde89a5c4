"""``creditkit-rm``: train, evaluate and save a reward model on labelled utterances.

    creditkit-rm --model PATH --train train.jsonl --eval eval.jsonl --out runs/rm [--lora]

Each JSONL line is ``{"prompt": ..., "utterance": ..., "label": ...}`` (labels from
:class:`~creditkit.shapers.UtteranceLabeler`). Prints the held-out MSE and Spearman before and
after training as JSON; the model and tokenizer go to ``--out`` (LoRA adapters are merged), ready
for :class:`~creditkit.reward_model.RewardModelScorer`.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from creditkit.reward_model import (
    RewardExample,
    evaluate_reward_model,
    load_reward_model,
    train_reward_model,
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


def main(argv: list[str] | None = None) -> None:
    """Parse arguments, train, evaluate, save."""
    parser = argparse.ArgumentParser(prog="creditkit-rm", description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, help="causal LM folder or hub id")
    parser.add_argument("--train", type=Path, required=True, help="JSONL of labelled utterances")
    parser.add_argument("--eval", type=Path, help="held-out JSONL (default: none)")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--lr", type=float, default=1e-4)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--lora", action="store_true", help="train LoRA adapters and the head")
    parser.add_argument("--lora-rank", type=int, default=8)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    train, held_out = read_examples(args.train), (read_examples(args.eval) if args.eval else [])
    model, tokenizer = load_reward_model(args.model, args.lora, args.lora_rank, args.seed)
    report: dict[str, object] = {"train_examples": len(train), "eval_examples": len(held_out)}
    if held_out:
        report["before"] = evaluate_reward_model(model, tokenizer, held_out)
    report["train_loss"] = train_reward_model(model, tokenizer, train, args.epochs, args.lr,
                                              args.batch_size, args.seed)
    if held_out:
        report["after"] = evaluate_reward_model(model, tokenizer, held_out)
    if args.lora:
        model = model.merge_and_unload()
    model.save_pretrained(args.out)
    tokenizer.save_pretrained(args.out)
    report["saved"] = str(args.out)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
