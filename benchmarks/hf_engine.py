"""The HF engine's own sampling loop against ``model.generate`` on the tiny policy, same
prompts, same command: seconds per batch and the logits memory each keeps.

    python benchmarks/hf_engine.py                       # 64 maze prompts, 4 new tokens
    python benchmarks/hf_engine.py --prompts 256 --max-new-tokens 16

``model.generate(output_logits=True)`` (the engine before issue 15) keeps every step's logits,
``[N, T, V]``; the engine keeps ``[N, V]``. Medians over ``--repeats`` timed calls after one
untimed call each, interleaved, on the CPU threads torch is given.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time

import torch
from transformers import AutoModelForCausalLM

from creditkit.models.policy import chat_prompt_ids, load_tokenizer
from creditkit.models.tiny import build_tiny_model
from creditkit.models.warmup import environment_corpus
from creditkit.rollout import HFEngine, Sampling
from creditkit_envs.maze import MazeEnv


def generate_with_logits(model: torch.nn.Module, tokenizer: object, prompts: list[list[int]],
                         sampling: Sampling) -> None:
    """What the engine did before: ``generate`` keeping all logits, log-probs after."""
    pad = tokenizer.pad_token_id  # type: ignore[attr-defined]
    width = max(len(p) for p in prompts)
    ids = torch.tensor([[pad] * (width - len(p)) + p for p in prompts])
    attention = torch.tensor([[0] * (width - len(p)) + [1] * len(p) for p in prompts])
    with torch.no_grad():
        output = model.generate(input_ids=ids, attention_mask=attention,  # type: ignore
                                max_new_tokens=sampling.max_new_tokens, do_sample=True,
                                temperature=sampling.temperature, top_p=None, top_k=None,
                                pad_token_id=pad, output_logits=True,
                                return_dict_in_generate=True)
        logits = torch.stack(output.logits, dim=1).float() / sampling.temperature
        torch.log_softmax(logits, -1).gather(-1, output.sequences[:, width:, None])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prompts", type=int, default=64)
    parser.add_argument("--max-new-tokens", type=int, default=4)
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()
    env = MazeEnv()
    folder = build_tiny_model(tempfile.mkdtemp(prefix="creditkit-engine-"),
                              environment_corpus(env, episodes=50, seed=0))
    model, tokenizer = AutoModelForCausalLM.from_pretrained(folder).eval(), load_tokenizer(folder)
    texts = []
    for seed in range(args.prompts):
        observation = env.reset(seed=seed)
        texts.append(env.render_prompt(observation, []))
    prompts = [chat_prompt_ids(tokenizer, t) for t in texts]
    sampling = Sampling(args.max_new_tokens, temperature=1.0)
    engine = HFEngine(model, tokenizer)
    calls = {"HFEngine (own loop)": lambda: engine.generate(prompts, sampling),
             "model.generate + logits": lambda: generate_with_logits(model, tokenizer, prompts,
                                                                     sampling)}
    times: dict[str, list[float]] = {name: [] for name in calls}
    for call in calls.values():
        call()  # untimed
    for _ in range(args.repeats):
        for name, call in calls.items():
            start = time.perf_counter()
            call()
            times[name].append(time.perf_counter() - start)
    vocab = model.config.vocab_size
    print(f"{args.prompts} prompts x {args.max_new_tokens} new tokens, tiny policy "
          f"(vocab {vocab}), {torch.get_num_threads()} threads, median of {args.repeats}")
    print("| sampler | ms per batch | logits kept (floats) |")
    kept = {"HFEngine (own loop)": args.prompts * vocab,
            "model.generate + logits": args.prompts * args.max_new_tokens * vocab}
    medians = {name: statistics.median(ts) * 1e3 for name, ts in times.items()}
    for name in calls:
        print(f"| {name} | {medians[name]:.1f} | {kept[name]:,} |")
    ratio = medians["HFEngine (own loop)"] / medians["model.generate + logits"]
    print(f"ratio own loop / generate = {ratio:.2f}")


if __name__ == "__main__":
    main()
