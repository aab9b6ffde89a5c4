"""NIG / NIW baselines: hand-worked values, the loop reference, the evidence, errors, plumbing."""

from __future__ import annotations

import math

import pytest
import torch
from hypothesis import example, given

from creditkit import GRPO, NIW, RLOO, GiGPO, Prior, StepBatch, niw_advantages
from creditkit.estimators.niw import NIWOptions, niw_fit
from creditkit.estimators.niw.prior import group_moments, niw_log_evidence
from tests import oracles
from tests.strategies import Grouped, grouped_scores


def test_hand_worked_fixed_prior() -> None:
    # prior m0 = 0, kappa0 = 1, alpha0 = 2, beta0 = 1; group {1, 3}: n = 2, mean 2, S = 2
    # b = (1*0 + 2*2)/3 = 4/3; alpha = 2 + 1 = 3;
    # beta = 1 + 2/2 + 1*2*(2-0)^2/(2*3) = 2 + 4/3 = 10/3; s = sqrt(beta/(alpha-1)) = sqrt(5/3)
    advantages = niw_advantages(
        torch.tensor([1.0, 3.0]),
        torch.tensor([0, 0]),
        NIWOptions(prior=Prior(0.0, 1.0, 2.0, 1.0), eps=0.0),
    )
    scale = math.sqrt(5 / 3)
    expected = torch.tensor([(1 - 4 / 3) / scale, (3 - 4 / 3) / scale])
    torch.testing.assert_close(advantages, expected)


def test_hand_worked_empirical_prior() -> None:
    # groups {0,2} {4,6} {1,3} {5,7}: means 1, 5, 2, 6 -> m0 = 3.5; S = 2 each -> sigma_w^2 = 8/4
    # = 2; C_b = (2.5^2 + 1.5^2 + 1.5^2 + 2.5^2)/3 = 17/3; tau^2 = 17/3 - 2 * (1/2) = 14/3;
    # kappa0 = 2 / (14/3) = 3/7; shrinkage kappa0/(kappa0+2) = 3/17, times the James-Stein
    # factor (4-3)/(4-1) = 1/3 (the default, on B_g) -> 1/17; group {0,2}:
    # b = 1 - (1 - 3.5)/17 = 1 + 2.5/17
    scores = torch.tensor([0.0, 2.0, 4.0, 6.0, 1.0, 3.0, 5.0, 7.0])
    groups = torch.tensor([0, 0, 1, 1, 2, 2, 3, 3])
    advantages = niw_advantages(scores, groups, NIWOptions(scale="none"))
    baseline = 1 + 2.5 / 17
    torch.testing.assert_close(advantages[:2], torch.tensor([-baseline, 2 - baseline]))
    result = niw_fit(scores, groups)
    torch.testing.assert_close(
        result.group_prior.kappa0, torch.full((4,), 3 / 7, dtype=torch.float64)
    )
    # without the James-Stein factor kappa0 = 3/7: shrinkage (3/7)/(3/7 + 2) = 3/17
    plain = niw_advantages(scores, groups, NIWOptions(scale="none", james_stein=False))
    torch.testing.assert_close(plain[0], torch.tensor(-(1 + 2.5 * 3 / 17)))


def test_the_james_stein_factor_on_the_shrinkage_or_on_kappa0() -> None:
    # the batch above: kappa0 = 3/7, n = 2, James-Stein factor c = 1/3.
    # "baseline" (docs/estimators/niw.md): B = c kappa0/(kappa0 + n) = (1/3)(3/17) = 1/17;
    # "kappa0": B = c kappa0/(c kappa0 + n) = (1/7)/(15/7) = 1/15 (the hand-worked one above)
    scores = torch.tensor([0.0, 2.0, 4.0, 6.0, 1.0, 3.0, 5.0, 7.0])
    groups = torch.tensor([0, 0, 1, 1, 2, 2, 3, 3])
    on_b = niw_advantages(scores, groups, NIWOptions(scale="none", james_stein="baseline"))
    torch.testing.assert_close(on_b[0], torch.tensor(-(1 + 2.5 / 17)))
    on_kappa = niw_advantages(scores, groups, NIWOptions(scale="none", james_stein="kappa0"))
    torch.testing.assert_close(on_kappa[0], torch.tensor(-(1 + 2.5 / 15)))
    fitted = niw_fit(scores, groups, NIWOptions(james_stein="baseline")).group_prior
    torch.testing.assert_close(fitted.kappa0, torch.full((4,), 3 / 7, dtype=torch.float64))
    torch.testing.assert_close(fitted.shrink, torch.full((4,), 1 / 3, dtype=torch.float64))
    # three groups: c = 0, no shrinkage at all: in-sample is Dr. GRPO's centring, the
    # leave-one-out baseline is RLOO's mean of the other rows
    few, ids = scores[:6], groups[:6]
    torch.testing.assert_close(
        niw_advantages(few, ids, NIWOptions(scale="none", james_stein="baseline")),
        few - torch.tensor([1.0, 1.0, 5.0, 5.0, 2.0, 2.0]),
    )
    torch.testing.assert_close(
        niw_advantages(
            few, ids, NIWOptions(scale="none", variant="nig_loo", james_stein="baseline")
        ),
        RLOO().group_advantages(few, ids).double().float(),
    )
    with pytest.raises(ValueError, match="james_stein"):
        NIWOptions(james_stein="sometimes")  # type: ignore[arg-type]


def test_hand_worked_singleton_and_leave_one_out() -> None:
    # fixed prior m0 = 1, kappa0 = 2, alpha0 = 3, beta0 = 4; singleton r = 4:
    # bayes: b = (2*1 + 4)/3 = 2; beta = 4 + 0 + 2*1*9/(2*3) = 7; alpha = 3.5; s = sqrt(7/2.5)
    prior = Prior(1.0, 2.0, 3.0, 4.0)
    one = torch.tensor([4.0])
    bayes = niw_advantages(one, torch.tensor([0]), NIWOptions(prior=prior, eps=0.0))
    torch.testing.assert_close(bayes, torch.tensor([2 / math.sqrt(7 / 2.5)]))
    # prior_only: b = m0 = 1, s = sqrt(beta0/(alpha0-1)) = sqrt(2) -> A = 3/sqrt(2)
    alone = niw_advantages(
        one, torch.tensor([0]), NIWOptions(prior=prior, singleton="prior_only", eps=0.0)
    )
    torch.testing.assert_close(alone, torch.tensor([3 / math.sqrt(2)]))
    assert (
        niw_advantages(one, torch.tensor([0]), NIWOptions(prior=prior, singleton="zero")).item()
        == 0.0
    )
    # nig_loo on {1, 3}, row 1: the other row 3 -> b = (2*1 + 3)/3 = 5/3, beta = 4 + 0 +
    # 2*1*(3-1)^2/(2*3) = 16/3, alpha = 3.5 -> s = sqrt((16/3)/2.5)
    loo = niw_advantages(
        torch.tensor([1.0, 3.0]),
        torch.tensor([0, 0]),
        NIWOptions(prior=prior, variant="nig_loo", eps=0.0),
    )
    torch.testing.assert_close(loo[0], torch.tensor((1 - 5 / 3) / math.sqrt(16 / 3 / 2.5)))


def test_hand_worked_beta_family() -> None:
    # prior m0 = 0.5, kappa0 = 2 (Beta(1, 1)); group {1, 1, 0}: b = (1 + 2)/(2 + 3) = 0.6,
    # scale sqrt(0.6 * 0.4)
    advantages = niw_advantages(
        torch.tensor([1.0, 1.0, 0.0]),
        torch.tensor([3, 3, 3]),
        NIWOptions(prior=Prior(0.5, 2.0, 2.0, 1.0), family="beta", eps=0.0),
    )
    std = math.sqrt(0.24)
    torch.testing.assert_close(advantages, torch.tensor([0.4 / std, 0.4 / std, -0.6 / std]))


@pytest.mark.parametrize("variant", ["nig", "nig_loo"])
@given(batch=grouped_scores(max_groups=12, max_size=6))
@example(
    batch=Grouped(  # the other groups' spread sits at the 1e-9 "no spread" threshold
        torch.tensor([0.0, 0.0, 0.0, 0.0, 0.0, 1e-3, 0.0, 35.356], dtype=torch.float64),
        torch.tensor([0, 0, 0, 0, 1, 1, -1, -1]),
    )
)
def test_equals_loop_reference(variant: str, batch: Grouped) -> None:
    expected = oracles.nig(batch.scores.tolist(), batch.group_ids.tolist(), variant=variant)
    actual = niw_advantages(batch.scores, batch.group_ids, NIWOptions(variant=variant))
    scale = max(1.0, max(abs(v) for v in expected))
    torch.testing.assert_close(
        actual, torch.tensor(expected, dtype=torch.float64), rtol=1e-7, atol=1e-7 * scale
    )


def test_log_evidence_matches_numerical_integration() -> None:
    # p(r) = integral of prod_i N(r_i | mu, s2) N(mu | m0, s2/kappa0) IG(s2 | alpha0, beta0)
    r = torch.tensor([0.3, 1.1, -0.4], dtype=torch.float64)
    m0, kappa0, alpha0, beta0 = 0.2, 1.5, 3.0, 2.0
    mu = torch.linspace(-6, 6, 2401, dtype=torch.float64)
    log_s2 = torch.linspace(math.log(1e-3), math.log(1e3), 2401, dtype=torch.float64)
    s2 = log_s2.exp()[:, None]
    log_lik = -0.5 * ((r[None, None, :] - mu[None, :, None]) ** 2).sum(-1) / s2 - 1.5 * torch.log(
        2 * math.pi * s2
    )
    log_mu = -0.5 * kappa0 * (mu[None, :] - m0) ** 2 / s2 - 0.5 * torch.log(
        2 * math.pi * s2 / kappa0
    )
    log_ig = alpha0 * math.log(beta0) - math.lgamma(alpha0) - (alpha0 + 1) * s2.log() - beta0 / s2
    integrand = (log_lik + log_mu + log_ig + s2.log()).exp()  # ds2 = s2 dlog s2
    numeric = math.log(float(torch.trapezoid(torch.trapezoid(integrand, mu, dim=1), log_s2)))
    mean = float(r.mean())
    scatter = float(((r - mean) ** 2).sum())
    closed = oracles.nig_log_evidence(3, mean, scatter, m0, kappa0, alpha0, beta0)
    assert abs(numeric - closed) < 1e-6
    # the library's NIW form (D = 1, Psi0 = 2 beta0, nu0 = 2 alpha0) plus its dropped terms
    moments = group_moments(r[:, None], torch.zeros(3, dtype=torch.long), 1)
    partial = niw_log_evidence(
        moments,
        torch.tensor([[m0]], dtype=torch.float64),
        torch.tensor([kappa0], dtype=torch.float64),
        torch.tensor([[[2 * beta0]]], dtype=torch.float64),
        torch.tensor([2 * alpha0], dtype=torch.float64),
    )
    full = float(partial) - 1.5 * math.log(math.pi) + 0.5 * math.log(kappa0 / (kappa0 + 3))
    assert abs(full - closed) < 1e-10


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"variant": "nig2"}, "variant"),
        ({"scale": "std"}, "scale"),
        ({"singleton": "drop"}, "singleton"),
        ({"family": "poisson"}, "family"),
        ({"constant": "skip"}, "constant"),
        ({"combine": "mean"}, "combine"),
        ({"prior": "flat"}, "prior"),
        ({"eps": -1.0}, "eps"),
        ({"scale": "predictive"}, "scale"),  # dropped in 0.1: no benchmark or behaviour needed it
        ({"min_prior_groups": 0}, "min_prior_groups"),
        ({"weights": [1.0, 2.0]}, "weights"),
    ],
)
def test_bad_options_name_the_argument(kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        niw_advantages(torch.tensor([0.0, 1.0]), torch.tensor([0, 0]), NIWOptions(**kwargs))


def test_bad_inputs_name_the_argument() -> None:
    scores, groups = torch.tensor([0.0, 1.0]), torch.tensor([0, 0])
    with pytest.raises(ValueError, match="scores"):
        niw_advantages(torch.tensor([0.0, math.nan]), groups)
    with pytest.raises(ValueError, match="group_ids"):
        niw_advantages(scores, torch.tensor([0]))
    with pytest.raises(ValueError, match="family='beta'"):
        niw_advantages(torch.tensor([0.0, 2.0]), groups, NIWOptions(family="beta"))
    with pytest.raises(ValueError, match="prior_group_ids"):
        niw_advantages(scores, groups, prior_group_ids=torch.tensor([0, 1]))
    with pytest.raises(ValueError, match="alpha0"):
        Prior(alpha0=0.1)
    with pytest.raises(ValueError, match="prior_decay"):
        NIW(prior_decay=1.0)
    with pytest.raises(ValueError, match="level"):
        NIW(level="token")  # type: ignore[arg-type]


def _maze_batch() -> StepBatch:
    # group 0: a winner and two failures; group 1: all fail; anchors repeat across episodes
    return StepBatch.from_episodes(
        [[0.0, 0.0, 1.0], [0.0, 0.0, 0.0], [0.0, 0.0], [0.0, 0.0], [0.0]],
        group_ids=[0, 0, 0, 1, 1],
        anchor_ids=[[0, 1, 2], [0, 1, 3], [0, 4], [7, 8], [7]],
    )


def test_episode_level_matches_the_function() -> None:
    steps = _maze_batch()
    estimator = NIW(prior=Prior(0.0, 0.5, 2.0, 0.1))
    advantages = estimator(steps)
    returns = torch.tensor([1.0, 0.0, 0.0, 0.0, 0.0])
    expected = niw_advantages(
        returns, torch.tensor([0, 0, 0, 1, 1]), NIWOptions(prior=Prior(0.0, 0.5, 2.0, 0.1))
    )
    lengths = torch.tensor([3, 3, 2, 2, 1])
    torch.testing.assert_close(advantages, expected.repeat_interleave(lengths))


def test_step_level_uses_anchor_groups_nested_in_episode_groups() -> None:
    steps = _maze_batch()
    estimator = NIW(level="step", gamma=0.5, prior=Prior(0.0, 0.5, 2.0, 0.1))
    advantages = estimator(steps)
    # returns-to-go at gamma 0.5: winner 0.25, 0.5, 1; all others 0
    returns = torch.tensor([0.25, 0.5, 1.0, 0, 0, 0, 0, 0, 0, 0, 0])
    step_groups = torch.tensor([0, 1, 2, 0, 1, 3, 0, 4, 5, 6, 5])
    expected = niw_advantages(returns, step_groups, NIWOptions(prior=Prior(0.0, 0.5, 2.0, 0.1)))
    torch.testing.assert_close(advantages, expected.float())
    with pytest.raises(ValueError, match="anchor_ids"):
        NIW(level="step")(StepBatch.from_episodes([[1.0]], group_ids=[0]))


def test_gigpo_with_a_near_flat_nig_step_term_equals_gigpo() -> None:
    # kappa0, beta0 -> 0 and alpha0 = 1/2: the NIG step term is GRPO's, and 0 on singletons
    steps = _maze_batch()
    flat = NIW(prior=Prior(0.0, 1e-12, 0.5, 1e-12))
    combined = GiGPO(gamma=0.5, step_estimator=flat)(steps)
    torch.testing.assert_close(combined, GiGPO(gamma=0.5)(steps), rtol=1e-5, atol=1e-5)
    loo = GiGPO(gamma=0.5, step_estimator=RLOO(), episode_estimator=GRPO(scale="none"))(steps)
    plain_step = GiGPO(gamma=0.5, scale="none")(steps) - GiGPO(
        gamma=0.5, step_weight=0.0, scale="none"
    )(steps)
    expected = GiGPO(gamma=0.5, step_weight=0.0, scale="none")(steps)
    sizes = torch.tensor([3, 2, 1, 3, 2, 1, 3, 1, 2, 1, 2], dtype=torch.float32)
    expected = expected + plain_step * sizes / (sizes - 1).clamp(min=1)
    torch.testing.assert_close(loo, torch.where(sizes > 1, expected, expected - plain_step))
    with pytest.raises(ValueError, match="step_estimator"):
        GiGPO(step_estimator=lambda steps: steps)  # type: ignore[arg-type]


def test_ema_prior_state_round_trip_and_metrics() -> None:
    generator = torch.Generator().manual_seed(0)
    estimator = NIW(prior_decay=0.5)
    groups = torch.arange(40).repeat_interleave(2)
    first = torch.randn(80, generator=generator, dtype=torch.float64)
    second = torch.randn(80, generator=generator, dtype=torch.float64) + 3.0
    estimator.group_advantages(first, groups)
    state = estimator.state_dict()
    with_memory = estimator.group_advantages(second, groups)
    assert set(estimator.metrics()) == {"kappa0", "alpha0", "shrinkage", "singleton_fraction"}
    fresh = NIW(prior_decay=0.5)
    torch.testing.assert_close(
        fresh.group_advantages(second, groups), niw_advantages(second, groups)
    )
    restored = NIW(prior_decay=0.5)
    restored.load_state_dict(state)
    torch.testing.assert_close(restored.group_advantages(second, groups), with_memory)
    # the memory pulls m0 toward the first batch's mean: the advantages differ from no memory
    assert not torch.allclose(with_memory, niw_advantages(second, groups))
    assert NIW().state_dict() == {}


def test_hierarchy_fits_large_prior_groups_on_their_own() -> None:
    # prior group 0 has 10 groups around 0, prior group 1 has 10 groups around 100
    generator = torch.Generator().manual_seed(1)
    groups = torch.arange(20).repeat_interleave(3)
    scores = torch.randn(60, generator=generator, dtype=torch.float64)
    scores[30:] += 100.0
    parents = groups // 10
    result = niw_fit(scores, groups, NIWOptions(min_prior_groups=8), prior_group_ids=parents)
    m0 = result.group_prior.m0[:, 0]
    assert float(m0[:10].max()) < 5 and float(m0[10:].min()) > 95
    batch_level = niw_fit(scores, groups, NIWOptions(min_prior_groups=11), prior_group_ids=parents)
    assert torch.allclose(batch_level.group_prior.m0, batch_level.group_prior.m0[0])


def test_multi_dimensional_decoupled_and_scalarised() -> None:
    generator = torch.Generator().manual_seed(2)
    groups = torch.arange(12).repeat_interleave(3)
    scores = torch.randn(36, 3, generator=generator, dtype=torch.float64)
    decoupled = niw_advantages(scores, groups)
    per_dimension = [
        niw_advantages(scores, groups, NIWOptions(weights=[1.0 * (j == k) for k in range(3)]))
        for j in range(3)
    ]
    torch.testing.assert_close(decoupled, sum(per_dimension) / 3)
    scalarised = niw_advantages(
        scores, groups, NIWOptions(combine="scalarise", weights=[1.0, 0.0, 0.0])
    )
    assert scalarised.shape == (36,) and bool(torch.isfinite(scalarised).all())
