"""One policy update: ``trainer.updates_per_step`` optimizer steps over a rollout's tokens.

:class:`PolicyUpdate` owns the backward pass of the clipped policy-gradient loss
(:func:`~creditkit.loss.policy_loss`), micro-batched, with the loss normalisers taken over
every process; the frozen reference of the KL term; the optional recomputation of the rollout's
log-probs by the training model; and the ``loss.*`` metrics. It never touches the engine: the
trainer syncs weights after it, on a line of its own.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterator
from typing import Any

import torch
from accelerate import Accelerator
from torch import Tensor

from creditkit.batch import TokenBatch
from creditkit.loss import policy_loss
from creditkit.models.policy import token_logprobs
from creditkit.segments import broadcast_to_tokens
from creditkit.train.settings import TrainerConfig


class PolicyUpdate:
    """The update phase of a training step.

    Args:
        accelerator: the run's Accelerator (``backward``, ``reduce``, ``clip_grad_norm_``).
        model, optimizer: as prepared by the accelerator.
        reference: the frozen KL reference, or None (no KL term, or LoRA: the model with its
            adapters disabled is the reference).
        config: the trainer settings (loss, clipping, micro-batches, update epochs).
        temperature: the rollout's sampling temperature (log-probs are taken at it).
        max_new_tokens: the rollout's turn length (``aggregation="seq-mean-token-sum-norm"``).
    """

    def __init__(self, accelerator: Accelerator, model: torch.nn.Module,
                 optimizer: torch.optim.Optimizer, reference: torch.nn.Module | None,
                 config: TrainerConfig, temperature: float, max_new_tokens: int) -> None:
        self.accelerator, self.model, self.optimizer = accelerator, model, optimizer
        self.reference, self.config = reference, config
        self.temperature, self.max_new_tokens = temperature, max_new_tokens

    def __call__(self, tokens: TokenBatch, advantages: Tensor) -> dict[str, float]:
        """``updates_per_step`` optimizer steps over ``tokens`` with ``advantages`` (float [B],
        one per step row); returns the ``loss.*`` metrics.

        When every advantage is 0 on every process (e.g. every group all-failed), there is no
        signal: the step is skipped, so AdamW's momentum does not keep moving the weights.
        """
        device = self.accelerator.device
        mask = tokens.loss_mask.to(device)
        ids, old = tokens.token_ids.to(device), tokens.old_logprobs.to(device)
        attention = tokens.attention_mask.to(device)
        batches = torch.arange(ids.shape[0], device=device).split(self.config.micro_batch_size)
        engine_metrics: dict[str, float] = {}
        if self.config.recompute_old_logprobs:
            recomputed = torch.cat([self._old_logprobs(ids[rows], attention[rows], mask[rows])
                                    for rows in batches]) if len(ids) else old
            engine_metrics = self._logprob_agreement(old, recomputed, mask)
            old = recomputed
        signal = self.accelerator.reduce(advantages.abs().sum().reshape(1).to(device).float(),
                                         reduction="sum")
        if float(signal) == 0.0:
            return {"loss.skipped": 1.0, "advantage.abs_mean": 0.0, **engine_metrics}
        token_advantages = broadcast_to_tokens(advantages.float(), tokens.token_step_ids,
                                               tokens.loss_mask).to(device)
        totals = self._global_totals(mask)
        # once per step, for the rollout: the reference does not change across update epochs
        references = [self._reference_logprobs(ids[rows], attention[rows], mask[rows])
                      for rows in batches]
        metrics: list[dict[str, float]] = []
        for _ in range(self.config.updates_per_step):
            self.optimizer.zero_grad()
            for rows, reference in zip(batches, references, strict=True):
                metrics.append(self._backward(ids[rows], attention[rows], old[rows],
                                              token_advantages[rows], mask[rows], totals,
                                              reference))
            norm = self.accelerator.clip_grad_norm_(self.model.parameters(),
                                                    self.config.max_grad_norm)
            self.optimizer.step()
        summary = self._loss_summary(metrics)
        # DeepSpeed clips inside its engine and returns no norm
        summary["loss.grad_norm"] = float(norm) if norm is not None else math.nan
        summary["advantage.abs_mean"] = float(advantages.abs().mean())
        summary["loss.skipped"] = 0.0
        return {**summary, **engine_metrics}

    def _backward(self, ids: Tensor, attention: Tensor, old: Tensor, advantages: Tensor,
                  mask: Tensor, totals: dict[str, float], reference: Tensor | None
                  ) -> dict[str, float]:
        config = self.config
        with self.accelerator.autocast():
            logprobs, entropy = token_logprobs(
                self.model, ids, attention, with_entropy=config.entropy_coef > 0,
                first_position=first_trained_position(mask), temperature=self.temperature,
                chunk_tokens=config.logprob_chunk_tokens)
        result = policy_loss(
            logprobs, old, advantages, mask, clip_low=config.clip_low,
            clip_high=config.clip_high, aggregation=config.aggregation,
            ref_logprobs=reference, kl_coef=config.kl_coef, kl_estimator=config.kl_estimator,
            entropy=entropy, entropy_coef=config.entropy_coef, num_tokens=totals["num_tokens"],
            num_sequences=totals["num_sequences"], norm_length=totals["norm_length"],
            log_ratio_clamp=config.log_ratio_clamp, dual_clip=config.dual_clip,
            kl_clamp=config.kl_clamp)
        self.accelerator.backward(result.loss)
        return {"policy": float(result.loss.detach()), "tokens": float(mask.sum()),
                **result.metrics}

    def _logprob_agreement(self, engine: Tensor, trainer: Tensor, mask: Tensor
                           ) -> dict[str, float]:
        """``rollout.logprob_diff_max`` and ``rollout.logprob_diff_mean``: the absolute gap
        between the engine's log-prob and the training model's recomputed one over the loss
        tokens of every process (float [N, L] each, mask bool [N, L]); how a user sees that
        weight sync works. verl logs the same signal on probabilities,
        ``training/rollout_probs_diff_max|mean``."""
        gaps = (engine.float() - trainer.float()).abs()[mask.bool()]
        local = torch.stack([gaps.sum(), torch.tensor(float(gaps.numel()), device=gaps.device),
                             gaps.max() if gaps.numel() else gaps.new_zeros(())]).double()
        every = self.accelerator.gather(local.reshape(1, 3)).reshape(-1, 3)
        count = float(every[:, 1].sum())
        if count == 0:
            return {}
        return {"rollout.logprob_diff_max": float(every[:, 2].max()),
                "rollout.logprob_diff_mean": float(every[:, 0].sum()) / count}

    def _loss_summary(self, metrics: list[dict[str, float]]) -> dict[str, float]:
        """``loss.policy``: the step's full loss (the micro-batch losses of an update epoch,
        summed over micro-batches and processes, averaged over update epochs; each process
        normalised by its share of the global counts, 1/N of them, so the sum over processes
        is divided by N); the other ``loss.*`` metrics: token-weighted means over every
        micro-batch and process (``clip_fraction`` is then verl's ``pg_clipfrac``)."""
        names = [k for k in metrics[0] if k not in ("policy", "tokens")]
        sums = [sum(m["policy"] for m in metrics), *(
            sum(m[k] * m["tokens"] for m in metrics) for k in names),
            sum(m["tokens"] for m in metrics)]
        totals = self.accelerator.reduce(torch.tensor(sums, dtype=torch.float64,
                                                      device=self.accelerator.device),
                                         reduction="sum").tolist()
        summary = {"loss.policy": totals[0] / self.config.updates_per_step
                   / self.accelerator.num_processes}
        summary.update({f"loss.{k}": value / max(totals[-1], 1.0)
                        for k, value in zip(names, totals[1:-1], strict=True)})
        return summary

    def _global_totals(self, mask: Tensor) -> dict[str, float]:
        """Loss normalisers over all processes, divided by their number (gradients are
        averaged across processes, so each process normalises by its share)."""
        counts = torch.tensor([float(mask.sum()), float((mask.sum(1) > 0).sum())],
                              device=mask.device)
        counts = self.accelerator.reduce(counts, reduction="sum") / self.accelerator.num_processes
        return {"num_tokens": float(counts[0]), "num_sequences": float(counts[1]),
                "norm_length": float(self.max_new_tokens)}

    def _reference_logprobs(self, ids: Tensor, attention: Tensor, mask: Tensor
                            ) -> Tensor | None:
        """float [N, L] token log-probs under the frozen reference policy; None without KL."""
        if not self.config.kl_coef:
            return None
        with self._reference_model() as reference:
            return self._scored(reference, ids, attention, mask)

    def step_entropies(self, tokens: TokenBatch) -> Tensor:
        """float [B]: each step row's mean token entropy over its loss tokens under the
        current model (eval mode, no grad, at the rollout temperature; 0 for a row without
        tokens), for an estimator whose ``uses_step_entropies`` is True (EMPG). One extra
        forward pass over the rollout, before the update."""
        device = self.accelerator.device
        mask = tokens.loss_mask.to(device)
        ids, attention = tokens.token_ids.to(device), tokens.attention_mask.to(device)
        rows = int(tokens.token_step_ids.max()) + 1 if mask.any() else 0
        sums = torch.zeros(rows, dtype=torch.float64, device=device)
        counts = torch.zeros(rows, dtype=torch.float64, device=device)
        step_ids = tokens.token_step_ids.to(device)
        model = self.accelerator.unwrap_model(self.model)
        for batch in torch.arange(ids.shape[0], device=device).split(
                self.config.micro_batch_size):
            with _eval_mode(model) as scoring, torch.no_grad(), self.accelerator.autocast():
                _, entropy = token_logprobs(
                    scoring, ids[batch], attention[batch], with_entropy=True,
                    first_position=first_trained_position(mask[batch]),
                    temperature=self.temperature, chunk_tokens=self.config.logprob_chunk_tokens)
            assert entropy is not None
            chosen = mask[batch]
            sums.index_add_(0, step_ids[batch][chosen], entropy[chosen].double())
            counts.index_add_(0, step_ids[batch][chosen], torch.ones_like(sums[:1]).expand(
                int(chosen.sum())))
        return (sums / counts.clamp(min=1)).float().cpu()

    def _old_logprobs(self, ids: Tensor, attention: Tensor, mask: Tensor) -> Tensor:
        """float [N, L] the rollout's token log-probs recomputed with the training model (eval
        mode, no grad), 0 off the loss mask (``trainer.recompute_old_logprobs``)."""
        with _eval_mode(self.accelerator.unwrap_model(self.model)) as model:
            return torch.where(mask, self._scored(model, ids, attention, mask), 0.0)

    @torch.no_grad()
    def _scored(self, model: torch.nn.Module, ids: Tensor, attention: Tensor, mask: Tensor
                ) -> Tensor:
        """float [N, L] token log-probs of ``ids`` under ``model`` (no grad, autocast), at the
        rollout temperature, from the first trained column on."""
        with self.accelerator.autocast():
            logprobs, _ = token_logprobs(model, ids, attention,
                                         first_position=first_trained_position(mask),
                                         temperature=self.temperature,
                                         chunk_tokens=self.config.logprob_chunk_tokens)
        return logprobs.float()

    @contextlib.contextmanager
    def _reference_model(self) -> Iterator[torch.nn.Module]:
        """The reference: a frozen copy of the initial weights, or with LoRA the trained model
        with its adapters disabled (no second copy), in eval mode (no dropout) for the call."""
        if self.reference is not None:
            yield self.reference
            return
        with _eval_mode(self.accelerator.unwrap_model(self.model)) as model, \
                model.disable_adapter():
            yield model


def first_trained_position(mask: Tensor) -> int:
    """The first column of ``mask`` (bool [N, L]) holding a loss token (1 if none)."""
    trained = mask.any(0).nonzero()
    return int(trained[0]) if trained.numel() else 1


@contextlib.contextmanager
def _eval_mode(model: Any) -> Iterator[Any]:
    """``model`` in eval mode (no dropout) for the block, its training mode restored after."""
    training = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(training)
