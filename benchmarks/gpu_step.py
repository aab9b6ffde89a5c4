"""Rollout tokens per second and update seconds per step of a Qwen2.5-shaped model on a GPU.

    python benchmarks/gpu_step.py                                  # 0.5B shape, 8 groups x 8
    python benchmarks/gpu_step.py --shape qwen2.5-1.5b --max-new-tokens 64

The model is randomly initialised with the real architecture and vocabulary (no model hub),
the tokenizer is the maze's tiny one, the advantages a synthetic +-1 per turn (so every step
updates); the HF engine samples, the update runs in bf16 autocast
with gradient checkpointing and chunked log-probs. Medians over ``--steps`` timed steps after
``--warmup`` untimed ones. Rollout tokens/s counts generated tokens only.
"""

from __future__ import annotations

import argparse
import functools
import json
import statistics
import tempfile
import time

import torch

from creditkit import Compose, StepBatch
from creditkit.models.settings import PolicyConfig
from creditkit.models.shapes import QWEN25_SHAPES, build_shaped_model
from creditkit.models.warmup import environment_corpus
from creditkit.rollout.settings import RolloutConfig
from creditkit.train.settings import TrainerConfig
from creditkit.train.trainer import Trainer
from creditkit_envs.maze import MazeEnv


def alternating(steps: StepBatch) -> torch.Tensor:
    """+1, -1, +1, ... per turn: a random network rarely wins, and a step without signal
    would skip its update."""
    return 1.0 - 2.0 * (torch.arange(steps.num_rows) % 2).float()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shape", default="qwen2.5-0.5b", choices=sorted(QWEN25_SHAPES))
    parser.add_argument("--steps", type=int, default=3)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--groups", type=int, default=8)
    parser.add_argument("--group-size", type=int, default=8)
    parser.add_argument("--max-new-tokens", type=int, default=32)
    parser.add_argument("--micro-batch-size", type=int, default=16)
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="creditkit-gpu-")
    corpus = environment_corpus(MazeEnv(size=3), episodes=50, seed=0)
    model_dir = build_shaped_model(f"{folder}/model", corpus, args.shape)
    trainer = Trainer(
        functools.partial(MazeEnv, size=3, max_steps=6), alternating, Compose(),
        PolicyConfig(name_or_path=str(model_dir), gradient_checkpointing=True),
        RolloutConfig(groups_per_step=args.groups, group_size=args.group_size,
                      max_new_tokens=args.max_new_tokens),
        TrainerConfig(steps=args.steps + args.warmup, eval_every=0, save_every=0, lr=1e-6,
                      kl_coef=0.01, mixed_precision="bf16",
                      micro_batch_size=args.micro_batch_size),
        output_dir=f"{folder}/run", resume=False, show_progress=False)
    trainer.sync_engine()
    rollout_s, update_s, tokens_per_s, peaks = [], [], [], []
    for step in range(args.steps + args.warmup):
        torch.cuda.reset_peak_memory_stats()
        torch.cuda.synchronize()
        start = time.perf_counter()
        rollout = trainer.collect(step + 1)  # steps are 1-based
        torch.cuda.synchronize()
        middle = time.perf_counter()
        advantages = trainer.estimator(trainer.shaper(rollout.steps))
        trainer.update(rollout.tokens, advantages)
        trainer.sync_engine()
        torch.cuda.synchronize()
        end = time.perf_counter()
        if step >= args.warmup:
            generated = int(rollout.tokens.loss_mask.sum())
            rollout_s.append(middle - start)
            update_s.append(end - middle)
            tokens_per_s.append(generated / (middle - start))
            peaks.append(torch.cuda.max_memory_allocated() / 2**30)
    parameters = sum(p.numel() for p in trainer.model.parameters())
    print(f"{torch.cuda.get_device_name()} | {args.shape} ({parameters / 1e9:.2f}B parameters, "
          f"random weights) | {args.groups} groups x {args.group_size}, <= {args.max_new_tokens} "
          f"new tokens a turn, micro-batch {args.micro_batch_size}")
    print("| rollout s | rollout tokens/s | update s | peak GiB |")
    print(f"| {statistics.median(rollout_s):.2f} | {statistics.median(tokens_per_s):,.0f} | "
          f"{statistics.median(update_s):.2f} | {max(peaks):.1f} |")
    print(json.dumps({"rollout_s": rollout_s, "update_s": update_s,
                      "rollout_tokens_per_s": tokens_per_s, "peak_gib": peaks}))


if __name__ == "__main__":
    main()
