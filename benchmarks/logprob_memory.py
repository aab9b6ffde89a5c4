"""Peak memory of one update step with a Qwen2.5-sized vocabulary: chunked vs unchunked token
log-probs, in the same command.

    python benchmarks/logprob_memory.py                     # 151,936 tokens, hidden 64, 8 x 256
    python benchmarks/logprob_memory.py --rows 4 --length 128 --chunk-tokens 256

One update step = the forward pass through ``token_logprobs`` (with entropies), the clipped
policy loss with a k3 KL term, the backward pass and an AdamW step, on a randomly initialised
Qwen2-architecture model whose vocabulary is Qwen2.5's (151,936) and whose hidden size is small
enough for a CPU. Each variant runs in its own subprocess, ``--repeats`` times; the figure is
the rise of the process's peak resident memory (``ru_maxrss``) over what it held before the
step (model, optimizer state, inputs), or ``torch.cuda.max_memory_allocated`` on a GPU. The
loss and every gradient of the two variants are compared: they must agree within 1e-5.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys

import torch


def one_step(rows: int, length: int, vocab: int, hidden: int, chunk_tokens: int,
             device: str) -> dict[str, object]:
    """Build the model and a batch, take one update step; the memory rise and the results."""
    from transformers import Qwen2Config, Qwen2ForCausalLM

    from creditkit.loss import policy_loss
    from creditkit.models.policy import token_logprobs

    torch.manual_seed(0)
    model = Qwen2ForCausalLM(Qwen2Config(
        vocab_size=vocab, hidden_size=hidden, intermediate_size=4 * hidden,
        num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=2,
        tie_word_embeddings=True)).to(device)
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)
    generator = torch.Generator().manual_seed(1)
    ids = torch.randint(0, vocab, (rows, length), generator=generator).to(device)
    mask = torch.zeros(rows, length, dtype=torch.bool, device=device)
    mask[:, length // 4:] = True  # the completion: the last three quarters of each row
    old = (-torch.rand(rows, length, generator=generator) * 5).to(device)
    reference = old + 0.01
    advantages = torch.randn(rows, length, generator=generator).to(device)
    for p in model.parameters():  # AdamW state allocated before the measured step
        optimizer.state[p] = {"step": torch.tensor(0.0), "exp_avg": torch.zeros_like(p),
                              "exp_avg_sq": torch.zeros_like(p)}
    before = _peak(device)
    logprobs, entropy = token_logprobs(model, ids, torch.ones_like(ids), with_entropy=True,
                                       first_position=length // 4, chunk_tokens=chunk_tokens)
    result = policy_loss(logprobs, old, advantages, mask, ref_logprobs=reference, kl_coef=0.01,
                         entropy=entropy, entropy_coef=0.001)
    result.loss.backward()
    gradients = [p.grad.detach().cpu().flatten() for p in model.parameters()]
    optimizer.step()
    rise = _peak(device) - before
    return {"peak_rise_mb": rise / 2**20, "loss": float(result.loss),
            "gradients": torch.cat(gradients).tolist()[:200_000]}


def _peak(device: str) -> float:
    """The peak memory so far, in bytes."""
    if device == "cuda":
        return float(torch.cuda.max_memory_allocated())
    return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) * 1024  # KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=8)
    parser.add_argument("--length", type=int, default=256)
    parser.add_argument("--vocab", type=int, default=151_936)
    parser.add_argument("--hidden", type=int, default=64)
    parser.add_argument("--chunk-tokens", type=int, default=256)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    parser.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:  # one measurement, in a fresh process
        print(json.dumps(one_step(args.rows, args.length, args.vocab, args.hidden, args.child,
                                  args.device)))
        return
    runs: dict[int, list[dict[str, object]]] = {0: [], args.chunk_tokens: []}
    for _ in range(args.repeats):
        for chunk in runs:
            command = [sys.executable, __file__, "--child", str(chunk), *[
                f"--{k.replace('_', '-')}={v}" for k, v in vars(args).items()
                if k not in ("child", "repeats")]]
            output = subprocess.run(command, capture_output=True, text=True, check=True)
            runs[chunk].append(json.loads(output.stdout.splitlines()[-1]))
    tokens = args.rows * (args.length - args.length // 4)
    logits_mb = args.rows * args.length * args.vocab * 4 / 2**20
    print(f"one update step, Qwen2 shape with vocabulary {args.vocab:,}, hidden {args.hidden}, "
          f"{args.rows} rows x {args.length} tokens ({tokens:,} scored), on {args.device}; "
          f"one fp32 [rows, length, vocab] tensor = {logits_mb:,.0f} MB")
    print(f"{'variant':>28} | peak rise MB (median of {args.repeats}) | runs")
    medians = {}
    for chunk, results in runs.items():
        rises = [float(r["peak_rise_mb"]) for r in results]  # type: ignore[arg-type]
        medians[chunk] = statistics.median(rises)
        name = "unchunked" if chunk == 0 else f"chunked, {chunk} tokens"
        print(f"{name:>28} | {medians[chunk]:>12,.0f} | " + ", ".join(f"{r:,.0f}" for r in rises))
    base, chunked = runs[0][0], runs[args.chunk_tokens][0]
    loss_diff = abs(float(base["loss"]) - float(chunked["loss"]))  # type: ignore[arg-type]
    grad_diff = float((torch.tensor(base["gradients"]) - torch.tensor(
        chunked["gradients"])).abs().max())
    print(f"ratio chunked / unchunked = {medians[args.chunk_tokens] / medians[0]:.3f}")
    print(f"max |loss diff| = {loss_diff:.2e}, max |gradient diff| = {grad_diff:.2e} "
          f"(first 200,000 gradient entries)")


if __name__ == "__main__":
    main()
