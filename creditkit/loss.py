"""The clipped policy-gradient loss, KL estimators and loss aggregation modes (pure functions).

All token tensors share one shape [N, L] (N sequences of L tokens); ``loss_mask`` marks the
tokens trained on. To make micro-batching exact, pass the *global* normalisers of the whole
batch (``num_tokens``, ``num_sequences``) to every micro-batch: the sum of the micro-batch
losses then equals the full-batch loss, and so do the gradients.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

import torch
from torch import Tensor

from creditkit._checks import check_choice

Aggregation = Literal["token-mean", "seq-mean-token-mean", "seq-mean-of-token-sum-norm",
                      "seq-mean-token-sum-norm"]
AGGREGATIONS: tuple[str, ...] = get_args(Aggregation)
KLEstimator = Literal["k1", "k2", "k3"]


def kl_penalty(logprobs: Tensor, ref_logprobs: Tensor, estimator: KLEstimator = "k3") -> Tensor:
    """Per-token estimate of KL(policy || reference) from sampled tokens (Schulman's k1/k2/k3).

    With r = log pi_ref(x) - log pi(x): k1 = -r (unbiased, can be negative),
    k2 = r^2 / 2, k3 = exp(r) - 1 - r (unbiased, always >= 0; GRPO's choice).

    Args:
        logprobs: float [N, L] under the policy.
        ref_logprobs: float [N, L] under the reference policy.
        estimator: ``"k1"``, ``"k2"`` or ``"k3"``.

    >>> kl_penalty(torch.tensor([-1.0]), torch.tensor([-1.0])).item()
    0.0
    """
    check_choice("kl_estimator", estimator, get_args(KLEstimator))
    log_ratio = ref_logprobs - logprobs
    if estimator == "k1":
        return -log_ratio
    if estimator == "k2":
        return 0.5 * log_ratio**2
    return torch.exp(log_ratio) - 1 - log_ratio


def aggregate(values: Tensor, loss_mask: Tensor, mode: Aggregation = "token-mean", *,
              num_tokens: float | None = None, num_sequences: float | None = None,
              norm_length: float | None = None) -> Tensor:
    """Reduce per-token values to one loss.

    - ``token-mean``: sum over all loss tokens / ``num_tokens`` (default: this batch's count).
    - ``seq-mean-token-mean``: each sequence's token mean, then the mean over sequences
      (``num_sequences``, default: sequences with at least one loss token).
    - ``seq-mean-of-token-sum-norm``: each sequence's token sum / ``norm_length`` (a constant,
      e.g. the generation budget), then the mean over sequences: Dr. GRPO's
      ``1/G sum_i sum_t / L``.
    - ``seq-mean-token-sum-norm``: verl's mode of that name, which despite the name takes no
      mean over sequences: the sum of every sequence's token sum / ``norm_length`` (so the
      loss, and the gradient, grow with the number of sequences in the step).

    Args:
        values: float [N, L].
        loss_mask: bool [N, L].
        mode: the aggregation.
        num_tokens, num_sequences: global normalisers (pass the full batch's to micro-batches).
        norm_length: the constant of the two ``token-sum-norm`` modes (required for them).
    """
    check_choice("aggregation", mode, AGGREGATIONS)
    mask = loss_mask.to(values.dtype)
    if mode == "token-mean":
        count = float(mask.sum()) if num_tokens is None else num_tokens
        return (values * mask).sum() / max(count, 1.0)
    sequences = (mask.sum(1) > 0).sum().item() if num_sequences is None else num_sequences
    if mode == "seq-mean-token-mean":
        per_sequence = (values * mask).sum(1) / mask.sum(1).clamp(min=1)
        return per_sequence.sum() / max(float(sequences), 1.0)
    if norm_length is None or norm_length <= 0:
        raise ValueError(f"norm_length must be a positive constant for {mode} (e.g. the "
                         f"rollout's max_new_tokens)")
    total = (values * mask).sum() / norm_length
    if mode == "seq-mean-token-sum-norm":  # verl: no division by the number of sequences
        return total
    return total / max(float(sequences), 1.0)


@dataclass(frozen=True)
class PolicyLoss:
    """The loss to backpropagate and detached statistics for logging (token means over
    ``loss_mask``: ``clip_fraction``, ``approx_kl_old``, and ``entropy``, ``kl`` when given)."""

    loss: Tensor
    metrics: dict[str, float]


def policy_loss(
    logprobs: Tensor,
    old_logprobs: Tensor,
    advantages: Tensor,
    loss_mask: Tensor,
    *,
    clip_low: float = 0.2,
    clip_high: float = 0.2,
    aggregation: Aggregation = "token-mean",
    ref_logprobs: Tensor | None = None,
    kl_coef: float = 0.0,
    kl_estimator: KLEstimator = "k3",
    entropy: Tensor | None = None,
    entropy_coef: float = 0.0,
    num_tokens: float | None = None,
    num_sequences: float | None = None,
    norm_length: float | None = None,
) -> PolicyLoss:
    """PPO-clip token loss with optional KL to a reference policy and an entropy bonus.

    .. math::
        \\ell_t = -\\min(\\rho_t A_t, \\operatorname{clip}(\\rho_t, 1-\\epsilon_{low},
        1+\\epsilon_{high}) A_t) + \\beta\\,\\mathrm{KL}_t - c_H H_t, \\quad
        \\rho_t = e^{\\log\\pi(x_t) - \\log\\pi_{old}(x_t)}

    Asymmetric clipping (``clip_high > clip_low``) is DAPO's "clip-higher".

    Args:
        logprobs: float [N, L], under the current policy (with grad).
        old_logprobs: float [N, L], under the policy that sampled the tokens.
        advantages: float [N, L], per token (see ``broadcast_to_tokens``).
        loss_mask: bool [N, L].
        clip_low, clip_high: the clip range epsilons (>= 0).
        aggregation: see :func:`aggregate`.
        ref_logprobs: float [N, L] under the reference policy; needed when ``kl_coef > 0``.
        kl_coef: beta, the KL weight.
        kl_estimator: see :func:`kl_penalty`.
        entropy: float [N, L] entropy of each position's distribution; needed when
            ``entropy_coef > 0``.
        entropy_coef: weight of the entropy bonus.
        num_tokens, num_sequences, norm_length: see :func:`aggregate`.
    """
    if clip_low < 0 or clip_high < 0:
        raise ValueError(f"clip_low and clip_high must be >= 0, got {clip_low}, {clip_high}")
    if kl_coef and ref_logprobs is None:
        raise ValueError("kl_coef > 0 needs ref_logprobs (load a reference model)")
    if entropy_coef and entropy is None:
        raise ValueError("entropy_coef > 0 needs entropy")
    log_ratio = logprobs - old_logprobs
    ratio = torch.exp(log_ratio)
    clipped = torch.clamp(ratio, 1 - clip_low, 1 + clip_high)
    per_token = -torch.minimum(ratio * advantages, clipped * advantages)
    if kl_coef:
        assert ref_logprobs is not None
        per_token = per_token + kl_coef * kl_penalty(logprobs, ref_logprobs, kl_estimator)
    if entropy_coef:
        assert entropy is not None
        per_token = per_token - entropy_coef * entropy
    loss = aggregate(per_token, loss_mask, aggregation, num_tokens=num_tokens,
                     num_sequences=num_sequences, norm_length=norm_length)
    with torch.no_grad():
        mask = loss_mask.bool()
        count = max(int(mask.sum()), 1)
        metrics = {
            # verl's pg_clipfrac: tokens where the clipped branch is the one taken (strictly
            # larger loss), not every token whose ratio lies outside the range
            "clip_fraction": float(((-advantages * clipped > -advantages * ratio) & mask).sum())
            / count,
            "approx_kl_old": float((kl_penalty(logprobs, old_logprobs, "k3") * mask).sum()) / count,
        }
        if entropy is not None:
            metrics["entropy"] = float((entropy * mask).sum()) / count
        if ref_logprobs is not None:
            metrics["kl"] = float((kl_penalty(logprobs, ref_logprobs, kl_estimator)
                                       * mask).sum()) / count
    return PolicyLoss(loss, metrics)
