"""Seconds per GRPO step: creditkit's trainer against TRL's GRPOTrainer, same model and task.

    pip install -c constraints/cpu.txt -e ".[bench]"     # TRL 1.16 (optional extra)
    python benchmarks/vs_trl.py                          # group sizes 4 and 8, 7 rounds each
    python benchmarks/vs_trl.py --group-sizes 8 --rounds 7 --steps 8

Both trainers get the same tiny Qwen2 model and tokenizer (built locally from the prompts), the
same chat-templated prompts, ``--prompts`` prompts x G completions of at most ``--max-new-tokens``
tokens per step, sampling at temperature 1, the same reward function, AdamW at the same learning
rate (constant, no weight decay, gradient clipping at 1), one optimizer step per generation
batch, no KL term and no reference model, a token-mean loss (TRL's ``dapo``) and group-scaled
advantages. The task is single-turn: the reward is the share of the completion's characters
that are the letter the prompt asks for (creditkit plays it as a one-step :class:`TextEnv`).

A round runs TRL for ``--steps`` steps, then creditkit for as many (a fresh trainer each time,
construction untimed); rounds alternate so machine noise hits both alike. Per run the median of
the steps after ``--warmup``; the table gives the median over rounds of those medians, split into
generation (TRL: ``_generate_and_score_completions``; creditkit: its logged
``time.rollout_s``, which also steps the environment and packs the batch) and the rest of the
step (advantages, the loss's forward and backward, the optimizer step, logging), and the ratio
creditkit / TRL.
The headline ratio is the median over rounds of each round's creditkit / TRL (the two runs of
a round are adjacent, so a slow spell of a shared machine hits both); the ratio of the medians
is printed beside it.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import io
import random
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import torch
from transformers.utils import logging as hf_logging

from creditkit import GRPO, Compose
from creditkit.env import Observation, StepResult, TextEnv
from creditkit.models.settings import PolicyConfig
from creditkit.models.tiny import build_tiny_model
from creditkit.rollout.settings import RolloutConfig
from creditkit.train.metrics import read_metrics
from creditkit.train.settings import TrainerConfig
from creditkit.train.trainer import Trainer

LETTERS = "abcdefghij"
WORDS = ("river", "stone", "cloud", "apple", "night", "green", "house", "light", "bread", "music")


def make_prompts(count: int, seed: int = 0) -> list[tuple[str, str]]:
    """``count`` (prompt, letter) pairs of the same shape (and about the same token length)."""
    rng = random.Random(seed)
    prompts = []
    for index in range(count):
        letter = LETTERS[index % len(LETTERS)]
        words = " ".join(rng.choice(WORDS) for _ in range(6))
        prompts.append((f"Repeat the letter {letter} many times. Words: {words}.", letter))
    return prompts


def letter_share(completion: str, letter: str) -> float:
    """The reward: the share of the completion's characters that are ``letter`` (0 if empty)."""
    return completion.count(letter) / len(completion) if completion else 0.0


class LetterEnv(TextEnv):
    """The task as a one-turn creditkit environment: the prompt as given, the raw completion."""

    def __init__(self, prompts: list[tuple[str, str]]) -> None:
        self.prompts, self.letter = prompts, ""

    def reset(self, *, seed: int, task: str | None = None) -> Observation:
        text, self.letter = self.prompts[seed % len(self.prompts)]
        return Observation(text)

    def step(self, action: str) -> StepResult:
        return StepResult(Observation(""), {"reward": letter_share(action, self.letter)}, True)

    def render_prompt(self, observation: Observation, history: Any = ()) -> str:
        return observation.text

    def parse_action(self, text: str) -> tuple[str, bool]:
        return text, True


class Timer:
    """Collects seconds per call of the wrapped functions, by label (for TRL's trainer)."""

    def __init__(self) -> None:
        self.seconds: dict[str, list[float]] = {}

    def wrap(self, label: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Any:
            began = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds.setdefault(label, []).append(time.perf_counter() - began)
        return timed


def run_creditkit(model_dir: Path, args: argparse.Namespace, group_size: int) -> dict[str, float]:
    """One creditkit run; median seconds of step and generation after warm-up, from the phase
    times the trainer logs (``time.step_s``, ``time.rollout_s``)."""
    prompts = make_prompts(args.dataset_size)
    run_dir = tempfile.mkdtemp(prefix="creditkit-vs-trl-")
    trainer = Trainer(
        env=functools.partial(LetterEnv, prompts), estimator=GRPO(), shaper=Compose([]),
        policy=PolicyConfig(name_or_path=str(model_dir)),
        rollout=RolloutConfig(groups_per_step=args.prompts, group_size=group_size,
                              max_new_tokens=args.max_new_tokens, temperature=1.0),
        trainer=TrainerConfig(steps=args.warmup + args.steps, lr=args.lr, eval_every=0,
                              save_every=10**9, clip_low=0.2, clip_high=0.2, eval_seeds=()),
        output_dir=run_dir, resume=False, show_progress=False)
    collect, lengths = trainer.collect, []

    def collect_and_measure(step: int) -> Any:
        rollout = collect(step)
        lengths.append(float(rollout.tokens.loss_mask.sum(1).float().mean()))
        return rollout

    trainer.collect = collect_and_measure  # type: ignore[method-assign]
    trainer.fit()
    timed = read_metrics(run_dir)[args.warmup:]
    step = statistics.median(r["time.step_s"] for r in timed)
    generation = statistics.median(r["time.rollout_s"] for r in timed)
    return {"step": step, "generation": generation, "update": step - generation,
            "length": statistics.fmean(lengths)}


def run_trl(model_dir: Path, args: argparse.Namespace, group_size: int) -> dict[str, float]:
    """One TRL run; returns median seconds of step and generation after warm-up."""
    from datasets import Dataset
    from transformers import AutoModelForCausalLM, AutoTokenizer, TrainerCallback
    from trl import GRPOConfig, GRPOTrainer

    timer = Timer()

    class StepTimes(TrainerCallback):  # type: ignore[misc]
        def on_step_begin(self, *_: Any, **__: Any) -> None:
            self.began = time.perf_counter()

        def on_step_end(self, *_: Any, **__: Any) -> None:
            timer.seconds.setdefault("step", []).append(time.perf_counter() - self.began)

    def reward(completions: list[Any], letter: list[str], **_: Any) -> list[float]:
        return [letter_share(c[0]["content"], x) for c, x in zip(completions, letter)]

    rows = [{"prompt": [{"role": "user", "content": text}], "letter": letter}
            for text, letter in make_prompts(args.dataset_size)]
    batch = args.prompts * group_size
    config = GRPOConfig(
        output_dir=tempfile.mkdtemp(prefix="trl-vs-creditkit-"), use_cpu=True, bf16=False,
        report_to="none", gradient_checkpointing=False, max_steps=args.warmup + args.steps,
        per_device_train_batch_size=batch, gradient_accumulation_steps=1,
        num_generations=group_size, max_completion_length=args.max_new_tokens,
        temperature=1.0, learning_rate=args.lr, lr_scheduler_type="constant", warmup_steps=0,
        weight_decay=0.0, max_grad_norm=1.0, optim="adamw_torch", beta=0.0, epsilon=0.2,
        loss_type="dapo", scale_rewards="group", save_strategy="no",
        logging_steps=args.warmup + args.steps, disable_tqdm=True, seed=0,
        dataloader_num_workers=0)
    tokenizer = AutoTokenizer.from_pretrained(str(model_dir), padding_side="left")
    trainer = GRPOTrainer(model=AutoModelForCausalLM.from_pretrained(str(model_dir)),
                          reward_funcs=reward, args=config, train_dataset=Dataset.from_list(rows),
                          processing_class=tokenizer, callbacks=[StepTimes()])
    generate, lengths = timer.wrap("generation", trainer._generate_and_score_completions), []

    def generate_and_measure(inputs: Any) -> Any:
        output = generate(inputs)
        lengths.append(float(output["completion_mask"].sum(1).float().mean()))
        return output

    trainer._generate_and_score_completions = generate_and_measure  # type: ignore[method-assign]
    if trainer.args.gradient_checkpointing:
        raise RuntimeError("TRL's gradient checkpointing must be off for a fair comparison")
    with contextlib.redirect_stdout(io.StringIO()):  # TRL prints its one log line
        trainer.train()
    return {**summarise(timer, args.warmup), "length": statistics.fmean(lengths)}


def summarise(timer: Timer, warmup: int) -> dict[str, float]:
    """TRL's median step and generation seconds after ``warmup`` steps; update = step -
    generation."""
    step = statistics.median(timer.seconds["step"][warmup:])
    generation = statistics.median(timer.seconds["generation"][warmup:])
    return {"step": step, "generation": generation, "update": step - generation}


def build_model(folder: Path, args: argparse.Namespace) -> Path:
    """The shared tiny model: tokenizer trained on the prompts, Qwen2 weights from a seed."""
    corpus = [text for text, _ in make_prompts(args.dataset_size)] + [LETTERS * 20]
    return build_tiny_model(folder, corpus * 4, hidden_size=args.hidden_size,
                            num_layers=args.num_layers, num_heads=4, vocab_size=512, seed=0)


def main(argv: list[str] | None = None) -> dict[int, dict[str, dict[str, float]]]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--group-sizes", nargs="+", type=int, default=[4, 8])
    parser.add_argument("--prompts", type=int, default=8, help="prompts per step")
    parser.add_argument("--max-new-tokens", type=int, default=32)
    parser.add_argument("--steps", type=int, default=6, help="timed steps per run")
    parser.add_argument("--warmup", type=int, default=2, help="untimed steps per run")
    parser.add_argument("--rounds", type=int, default=7, help="alternating runs of each")
    parser.add_argument("--hidden-size", type=int, default=64)
    parser.add_argument("--num-layers", type=int, default=2)
    parser.add_argument("--lr", type=float, default=1e-4)
    parser.add_argument("--dataset-size", type=int, default=64)
    parser.add_argument("--threads", type=int, default=torch.get_num_threads())
    args = parser.parse_args(argv)
    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    warnings.filterwarnings("ignore", category=FutureWarning)  # TRL's deprecated-name notices
    torch.set_num_threads(args.threads)
    model_dir = build_model(Path(tempfile.mkdtemp(prefix="vs-trl-model-")), args)
    print(f"tiny Qwen2 {args.hidden_size}x{args.num_layers}, {args.prompts} prompts x G "
          f"completions of <= {args.max_new_tokens} tokens, {args.rounds} alternating rounds of "
          f"{args.warmup}+{args.steps} steps, {args.threads} threads, torch {torch.__version__}")
    results: dict[int, dict[str, dict[str, float]]] = {}
    for group_size in args.group_sizes:
        runs: dict[str, list[dict[str, float]]] = {"trl": [], "creditkit": []}
        for round_index in range(args.rounds):
            for name, run in (("trl", run_trl), ("creditkit", run_creditkit)):
                runs[name].append(run(model_dir, args, group_size))
                print(f"  G={group_size} round {round_index + 1}: {name:9s} "
                      f"{runs[name][-1]['step']:.3f} s/step, mean completion "
                      f"{runs[name][-1]['length']:.1f} tokens", file=sys.stderr)
        results[group_size] = {name: {part: statistics.median(r[part] for r in values)
                                      for part in ("step", "generation", "update", "length")}
                               for name, values in runs.items()}
        results[group_size]["paired"] = {"step": statistics.median(
            ours["step"] / trl["step"] for ours, trl in zip(runs["creditkit"], runs["trl"]))}
    print("\n| G | completions/step | part | TRL s | creditkit s | creditkit / TRL |")
    print("|---:|---:|---|---:|---:|---:|")
    for group_size, result in results.items():
        for part in ("step", "generation", "update"):
            trl, ours = result["trl"][part], result["creditkit"][part]
            print(f"| {group_size} | {args.prompts * group_size} | {part} | {trl:.3f} | "
                  f"{ours:.3f} | {ours / trl:.2f} |")
    for group_size, result in results.items():
        print(f"mean completion tokens at G={group_size}: TRL {result['trl']['length']:.1f}, "
              f"creditkit {result['creditkit']['length']:.1f}")
    for group_size, result in results.items():
        print(f"ratio at G={group_size}: {result['paired']['step']:.2f} (median of the "
              f"{args.rounds} rounds' creditkit / TRL; ratio of the medians "
              f"{result['creditkit']['step'] / result['trl']['step']:.2f})")
    return results


if __name__ == "__main__":
    main()
