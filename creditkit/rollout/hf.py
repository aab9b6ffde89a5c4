"""The default rollout engine: Hugging Face ``generate`` on the training model (CPU or GPU)."""

from __future__ import annotations

import torch
from transformers import PreTrainedModel, PreTrainedTokenizerBase

from creditkit.rollout.engine import Generation, Sampling


class HFEngine:
    """Samples with ``model.generate`` in batches of left-padded prompts.

    The model is the one being trained (weights are shared, nothing to sync). Sampling uses the
    global torch RNG, which the trainer seeds and checkpoints, so rollouts are reproducible.

    Args:
        model: a causal LM (possibly wrapped by peft).
        tokenizer: its tokenizer (its pad and EOS ids are used).
        batch_size: prompts per ``generate`` call.
    """

    def __init__(self, model: PreTrainedModel, tokenizer: PreTrainedTokenizerBase,
                 batch_size: int = 256) -> None:
        self.model, self.tokenizer, self.batch_size = model, tokenizer, batch_size

    @torch.no_grad()
    def generate(self, prompts: list[list[int]], sampling: Sampling) -> Generation:
        """Sample one completion per prompt (token ids in, token ids and log-probs out)."""
        token_ids: list[list[int]] = []
        logprobs: list[list[float]] = []
        for start in range(0, len(prompts), self.batch_size):
            ids, lps = self._generate_batch(prompts[start:start + self.batch_size], sampling)
            token_ids += ids
            logprobs += lps
        return Generation(token_ids, logprobs)

    def _generate_batch(self, prompts: list[list[int]], sampling: Sampling
                        ) -> tuple[list[list[int]], list[list[float]]]:
        pad, eos = self.tokenizer.pad_token_id, self.tokenizer.eos_token_id
        width = max(len(p) for p in prompts)
        device = next(self.model.parameters()).device
        input_ids = torch.tensor([[pad] * (width - len(p)) + p for p in prompts], device=device)
        attention = torch.tensor([[0] * (width - len(p)) + [1] * len(p) for p in prompts],
                                 device=device)
        was_training = self.model.training
        self.model.eval()
        output = self.model.generate(  # type: ignore[operator]
            input_ids=input_ids, attention_mask=attention, max_new_tokens=sampling.max_new_tokens,
            do_sample=not sampling.greedy,
            temperature=None if sampling.greedy else sampling.temperature,
            top_p=None, top_k=None, pad_token_id=pad, eos_token_id=eos,
            output_logits=True, return_dict_in_generate=True,
        )
        self.model.train(was_training)
        new = output.sequences[:, width:]
        logits = torch.stack(output.logits, dim=1).float()  # [N, T, V], raw
        if not sampling.greedy:
            logits = logits / sampling.temperature
        chosen = torch.log_softmax(logits, dim=-1).gather(-1, new[..., None])[..., 0]
        token_ids, logprobs = [], []
        for row, row_lp in zip(new.tolist(), chosen.tolist()):
            end = row.index(eos) + 1 if eos in row else len(row)
            token_ids.append(row[:end])
            logprobs.append(row_lp[:end])
        return token_ids, logprobs
