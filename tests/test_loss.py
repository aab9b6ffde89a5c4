"""The policy loss: hand-worked values, invariant 15 (micro-batching, zero advantages), KL."""

from __future__ import annotations

import math

import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from creditkit.loss import aggregate, kl_penalty, policy_loss


def test_clipping_hand_worked() -> None:
    # ratios e^0.5 = 1.6487 and e^-0.5 = 0.6065; clip 0.2: A=+1 -> min(1.6487, 1.2) = 1.2;
    # A=-1 -> min(-0.6065, -0.8) = -0.8. Loss = -(1.2 + -0.8)/2 = -0.2
    logprobs = torch.tensor([[0.5, -0.5]])
    old = torch.zeros(1, 2)
    mask = torch.ones(1, 2, dtype=torch.bool)
    out = policy_loss(logprobs, old, torch.tensor([[1.0, -1.0]]), mask)
    assert float(out.loss) == pytest.approx(-0.2)
    assert out.metrics["clip_fraction"] == 1.0


def test_clip_fraction_counts_tokens_where_the_clipped_branch_is_taken() -> None:
    # verl's pg_clipfrac: the same ratios with the advantages' signs swapped lie outside the
    # range, but min() takes the unclipped branch for both (A=-1: -1.6487 < -1.2; A=+1:
    # 0.6065 < 0.8), so nothing is clipped (the old count of ratios outside the range gave 1)
    out = policy_loss(torch.tensor([[0.5, -0.5, 0.0]]), torch.zeros(1, 3),
                      torch.tensor([[-1.0, 1.0, 1.0]]), torch.ones(1, 3, dtype=torch.bool))
    assert out.metrics["clip_fraction"] == 0.0
    both = policy_loss(torch.tensor([[0.5, 0.5]]), torch.zeros(1, 2), torch.tensor([[1.0, -1.0]]),
                       torch.ones(1, 2, dtype=torch.bool))
    assert both.metrics["clip_fraction"] == 0.5  # A=+1 clipped at 1.2; A=-1 unclipped


def test_clip_higher() -> None:
    # clip_high 0.28: ratio 1.6487 with A=+1 clipped at 1.28 -> loss -1.28
    out = policy_loss(torch.tensor([[0.5]]), torch.zeros(1, 1), torch.ones(1, 1),
                      torch.ones(1, 1, dtype=torch.bool), clip_high=0.28)
    assert float(out.loss) == pytest.approx(-1.28)


def test_kl_estimators_hand_worked() -> None:
    # logprob -1, reference -2: r = -1; k1 = 1, k2 = 0.5, k3 = e^-1 - 1 + 1 = 0.3679
    lp, ref = torch.tensor([-1.0]), torch.tensor([-2.0])
    assert float(kl_penalty(lp, ref, "k1")) == pytest.approx(1.0)
    assert float(kl_penalty(lp, ref, "k2")) == pytest.approx(0.5)
    assert float(kl_penalty(lp, ref, "k3")) == pytest.approx(math.exp(-1))


def test_aggregations_hand_worked() -> None:
    # row 0: values 1, 3 (2 tokens); row 1: value 5 (1 token)
    values = torch.tensor([[1.0, 3.0], [5.0, 100.0]])
    mask = torch.tensor([[True, True], [True, False]])
    assert float(aggregate(values, mask, "token-mean")) == pytest.approx(3.0)  # 9 / 3
    assert float(aggregate(values, mask, "seq-mean-token-mean")) == pytest.approx(3.5)  # (2+5)/2
    # Dr. GRPO: the mean over sequences of token sum / L
    assert float(aggregate(values, mask, "seq-mean-of-token-sum-norm", norm_length=4)) == \
        pytest.approx((4 / 4 + 5 / 4) / 2)
    # verl's seq-mean-token-sum-norm: sum(seq_losses) / L, no division by the 2 sequences
    assert float(aggregate(values, mask, "seq-mean-token-sum-norm", norm_length=4)) == \
        pytest.approx(4 / 4 + 5 / 4)
    for mode in ("seq-mean-token-sum-norm", "seq-mean-of-token-sum-norm"):
        with pytest.raises(ValueError, match="norm_length"):
            aggregate(values, mask, mode)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="aggregation"):
        aggregate(values, mask, "mean")  # type: ignore[arg-type]


@given(rows=st.integers(2, 8), width=st.integers(1, 6), split=st.integers(1, 7),
       mode=st.sampled_from(["token-mean", "seq-mean-token-mean", "seq-mean-of-token-sum-norm",
                             "seq-mean-token-sum-norm"]),
       seed=st.integers(0, 10**6))
def test_micro_batching_leaves_gradients_unchanged(rows: int, width: int, split: int, mode: str,
                                                   seed: int) -> None:  # invariant 15
    generator = torch.Generator().manual_seed(seed)
    base = torch.randn(rows, width, generator=generator, dtype=torch.float64)
    old = base + 0.1 * torch.randn(rows, width, generator=generator, dtype=torch.float64)
    advantages = torch.randn(rows, width, generator=generator, dtype=torch.float64)
    mask = torch.rand(rows, width, generator=generator) > 0.3
    totals = {"num_tokens": float(mask.sum()), "num_sequences": float((mask.sum(1) > 0).sum()),
              "norm_length": float(width)}

    def gradient(chunks: list[slice]) -> torch.Tensor:
        logprobs = base.clone().requires_grad_(True)
        for part in chunks:
            policy_loss(logprobs[part], old[part], advantages[part], mask[part], aggregation=mode,
                        **totals).loss.backward()
        return logprobs.grad

    size = max(1, min(split, rows))
    chunks = [slice(i, i + size) for i in range(0, rows, size)]
    torch.testing.assert_close(gradient(chunks), gradient([slice(0, rows)]))


@given(seed=st.integers(0, 10**6))
def test_zero_advantage_rows_give_zero_policy_gradient(seed: int) -> None:  # invariant 15
    generator = torch.Generator().manual_seed(seed)
    logprobs = torch.randn(4, 5, generator=generator).requires_grad_(True)
    advantages = torch.randn(4, 5, generator=generator)
    advantages[1] = 0.0
    policy_loss(logprobs, logprobs.detach() + 0.1, advantages, torch.ones(4, 5, dtype=torch.bool)
                ).loss.backward()
    assert bool((logprobs.grad[1] == 0).all()) and bool((logprobs.grad[0] != 0).any())


def test_bad_arguments() -> None:
    ones = torch.ones(1, 1)
    mask = torch.ones(1, 1, dtype=torch.bool)
    with pytest.raises(ValueError, match="ref_logprobs"):
        policy_loss(ones, ones, ones, mask, kl_coef=0.1)
    with pytest.raises(ValueError, match="entropy"):
        policy_loss(ones, ones, ones, mask, entropy_coef=0.1)
    with pytest.raises(ValueError, match="clip"):
        policy_loss(ones, ones, ones, mask, clip_low=-0.1)


def test_a_huge_log_ratio_with_zero_advantage_gives_a_finite_loss() -> None:
    # log-ratio 100: exp(100) overflows fp32 to inf, and inf x A=0 is NaN; clamped to 20 it is
    # e^20 x 0 = 0 (verl's clamp)
    args = (torch.tensor([[100.0, 0.0]]), torch.zeros(1, 2), torch.tensor([[0.0, 1.0]]),
            torch.ones(1, 2, dtype=torch.bool))
    assert math.isnan(float(policy_loss(*args, log_ratio_clamp=None).loss))
    safe = policy_loss(*args)
    assert float(safe.loss) == pytest.approx(-0.5)  # token 2: ratio 1, A=1 -> -1; mean -0.5


def test_dual_clip_bounds_a_negative_advantage_loss_at_three_times_its_size() -> None:
    # ratio e^20 with A = -1: PPO's min(-e^20 x -1 ... ) keeps the unclipped e^20 = 4.85e8;
    # dual-clip c=3 bounds the token loss at -c A = 3 (verl's clip_ratio_c)
    args = (torch.tensor([[20.0]]), torch.zeros(1, 1), torch.tensor([[-1.0]]),
            torch.ones(1, 1, dtype=torch.bool))
    assert float(policy_loss(*args, dual_clip=None).loss) == pytest.approx(math.exp(20))
    bounded = policy_loss(*args)
    assert float(bounded.loss) == pytest.approx(3.0)
    assert bounded.metrics["clip_fraction_lower"] == 1.0
    # A > 0 is never dual-clipped; a small ratio with A < 0 is below the bound
    plain = policy_loss(torch.tensor([[0.1, 20.0]]), torch.zeros(1, 2),
                        torch.tensor([[-1.0, 1.0]]), torch.ones(1, 2, dtype=torch.bool))
    assert plain.metrics["clip_fraction_lower"] == 0.0
    # token 1: ratio e^0.1 = 1.105 inside [0.8, 1.2], A = -1: loss 1.105 < 3; token 2: A = 1,
    # min(e^20, 1.2) -> -1.2; mean (1.105 - 1.2) / 2
    assert float(plain.loss) == pytest.approx((math.exp(0.1) - 1.2) / 2)


def test_k3_is_clamped_as_verl_clamps_low_var_kl() -> None:
    # r = ref - logprob = 30: e^30 - 31 = 1e13 unclamped; r clamped to 20, then k3 to 10
    lp, ref = torch.tensor([-30.0]), torch.tensor([0.0])
    assert float(kl_penalty(lp, ref, "k3")) == pytest.approx(math.exp(30) - 31, rel=1e-4)
    assert float(kl_penalty(lp, ref, "k3", log_ratio_clamp=20.0, kl_clamp=10.0)) == 10.0
    # the loss applies it by default
    out = policy_loss(lp[None], lp[None], torch.zeros(1, 1), torch.ones(1, 1, dtype=torch.bool),
                      ref_logprobs=ref[None], kl_coef=1.0)
    assert float(out.loss) == pytest.approx(10.0) and out.metrics["kl"] == pytest.approx(10.0)


def test_the_first_update_kl_gradient_is_zero_for_k2_and_k3_but_not_k1() -> None:
    # at the first update the policy is its reference (r = 0): every estimate is 0, and so is
    # the gradient of k2 (r) and k3 (1 - e^r), but k1's gradient is that of -r = log pi
    for estimator, zero in (("k1", False), ("k2", True), ("k3", True)):
        logprobs = torch.tensor([-1.2, -0.3], requires_grad=True)
        kl = kl_penalty(logprobs, logprobs.detach(), estimator)  # type: ignore[arg-type]
        assert float(kl.detach().abs().sum()) == 0.0
        kl.sum().backward()
        assert bool((logprobs.grad == 0).all()) is zero, estimator


@pytest.mark.parametrize(("name", "value"), [("log_ratio_clamp", 0.0), ("dual_clip", 1.0),
                                             ("kl_clamp", -1.0)])
def test_a_safeguard_that_would_not_guard_is_refused(name: str, value: float) -> None:
    ones, mask = torch.ones(1, 1), torch.ones(1, 1, dtype=torch.bool)
    with pytest.raises(ValueError, match=name):
        policy_loss(ones, ones, ones, mask, **{name: value})
