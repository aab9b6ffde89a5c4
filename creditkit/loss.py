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


def kl_penalty(logprobs: Tensor, ref_logprobs: Tensor, estimator: KLEstimator = "k3", *,
               log_ratio_clamp: float | None = None, kl_clamp: float | None = None) -> Tensor:
    """Per-token estimate of KL(policy || reference) from sampled tokens (Schulman's k1/k2/k3).

    With r = log pi_ref(x) - log pi(x): k1 = -r (unbiased, can be negative),
    k2 = r^2 / 2, k3 = exp(r) - 1 - r (unbiased, always >= 0; GRPO's choice).

    The two clamps are verl's safeguards of its ``low_var_kl`` (= k3) and apply to k3 only:
    r is clamped to [-``log_ratio_clamp``, ``log_ratio_clamp``] before the exponential (verl:
    20) and the estimate to [-``kl_clamp``, ``kl_clamp``] (verl: 10). Where a clamp binds, the
    gradient through it is 0. None: no clamp.

    Args:
        logprobs: float [N, L] under the policy.
        ref_logprobs: float [N, L] under the reference policy.
        estimator: ``"k1"``, ``"k2"`` or ``"k3"``.
        log_ratio_clamp: bound on the size of r inside k3 (None: none).
        kl_clamp: bound on the size of the k3 estimate (None: none).

    >>> kl_penalty(torch.tensor([-1.0]), torch.tensor([-1.0])).item()
    0.0
    >>> kl_penalty(torch.tensor([-50.0]), torch.tensor([0.0]), log_ratio_clamp=20.0,
    ...            kl_clamp=10.0).item()
    10.0
    """
    check_choice("kl_estimator", estimator, get_args(KLEstimator))
    log_ratio = ref_logprobs - logprobs
    if estimator == "k1":
        return -log_ratio
    if estimator == "k2":
        return 0.5 * log_ratio**2
    if log_ratio_clamp is not None:
        log_ratio = log_ratio.clamp(-log_ratio_clamp, log_ratio_clamp)
    estimate = torch.exp(log_ratio) - 1 - log_ratio
    return estimate if kl_clamp is None else estimate.clamp(-kl_clamp, kl_clamp)


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
    ``loss_mask``: ``clip_fraction``, ``clip_fraction_lower`` (tokens whose loss the dual clip
    bounded), ``approx_kl_old``, and ``entropy``, ``kl`` when given)."""

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
    log_ratio_clamp: float | None = 20.0,
    dual_clip: float | None = 3.0,
    kl_clamp: float | None = 10.0,
) -> PolicyLoss:
    """PPO-clip token loss with optional KL to a reference policy and an entropy bonus.

    .. math::
        \\ell_t = -\\min(\\rho_t A_t, \\operatorname{clip}(\\rho_t, 1-\\epsilon_{low},
        1+\\epsilon_{high}) A_t) + \\beta\\,\\mathrm{KL}_t - c_H H_t, \\quad
        \\rho_t = e^{\\log\\pi(x_t) - \\log\\pi_{old}(x_t)}

    Asymmetric clipping (``clip_high > clip_low``) is DAPO's "clip-higher".

    Safeguards, each verl's with verl's default (``verl/trainer/ppo/core_algos.py``): the log
    ratio is clamped to [-20, 20] before the exponential (``log_ratio_clamp``; without it a
    token whose log-ratio is 100 and whose advantage is 0 gives inf x 0 = NaN); for A < 0 the
    token loss is bounded by -c A (dual-clip PPO, Ye et al. 2020, ``dual_clip`` c = 3: a ratio
    of e^20 with A = -1 gives 3, not 5e8); k3's estimate is clamped to [-10, 10]
    (``kl_clamp``, see :func:`kl_penalty`). None turns a safeguard off.

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
        log_ratio_clamp: bound on the size of log pi - log pi_old (> 0; None: none).
        dual_clip: c > 1, the bound -c A on the loss of a token with A < 0 (None: none).
        kl_clamp: bound on the k3 estimate (> 0; None: none).

    >>> out = policy_loss(torch.tensor([[100.0]]), torch.zeros(1, 1), torch.zeros(1, 1),
    ...                   torch.ones(1, 1, dtype=torch.bool))
    >>> out.loss.item() == 0.0  # NaN (inf x 0) without the log-ratio clamp
    True
    """
    check_safeguards(log_ratio_clamp, dual_clip, kl_clamp)
    if clip_low < 0 or clip_high < 0:
        raise ValueError(f"clip_low and clip_high must be >= 0, got {clip_low}, {clip_high}")
    if kl_coef and ref_logprobs is None:
        raise ValueError("kl_coef > 0 needs ref_logprobs (load a reference model)")
    if entropy_coef and entropy is None:
        raise ValueError("entropy_coef > 0 needs entropy")
    log_ratio = logprobs - old_logprobs
    if log_ratio_clamp is not None:
        log_ratio = log_ratio.clamp(-log_ratio_clamp, log_ratio_clamp)
    ratio = torch.exp(log_ratio)
    clipped = torch.clamp(ratio, 1 - clip_low, 1 + clip_high)
    per_token = -torch.minimum(ratio * advantages, clipped * advantages)
    lower = torch.zeros_like(loss_mask, dtype=torch.bool)
    if dual_clip is not None:
        bound = -dual_clip * advantages
        lower = (advantages < 0) & (per_token > bound)
        per_token = torch.where(advantages < 0, torch.minimum(per_token, bound), per_token)
    kl_clamps = {"log_ratio_clamp": log_ratio_clamp, "kl_clamp": kl_clamp}
    if kl_coef:
        assert ref_logprobs is not None
        per_token = per_token + kl_coef * kl_penalty(logprobs, ref_logprobs, kl_estimator,
                                                     **kl_clamps)
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
            "clip_fraction_lower": float((lower & mask).sum()) / count,  # verl's pg_clipfrac_lower
            "approx_kl_old": float((kl_penalty(logprobs, old_logprobs, "k3", **kl_clamps)
                                    * mask).sum()) / count,
        }
        if entropy is not None:
            metrics["entropy"] = float((entropy * mask).sum()) / count
        if ref_logprobs is not None:
            metrics["kl"] = float((kl_penalty(logprobs, ref_logprobs, kl_estimator,
                                              **kl_clamps) * mask).sum()) / count
    return PolicyLoss(loss, metrics)


def check_safeguards(log_ratio_clamp: float | None, dual_clip: float | None,
                     kl_clamp: float | None) -> None:
    """Raise ``ValueError`` for a safeguard that would not guard (None turns one off)."""
    if log_ratio_clamp is not None and not log_ratio_clamp > 0:
        raise ValueError(f"log_ratio_clamp must be > 0 (verl: 20) or None (off), got "
                         f"{log_ratio_clamp}")
    if dual_clip is not None and not dual_clip > 1:
        raise ValueError(f"dual_clip must be > 1 (verl's clip_ratio_c: 3) or None (off), got "
                         f"{dual_clip}")
    if kl_clamp is not None and not kl_clamp > 0:
        raise ValueError(f"kl_clamp must be > 0 (verl: 10) or None (off), got {kl_clamp}")
