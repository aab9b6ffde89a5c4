"""EMPG: advantages modulated by each turn's policy entropy, plus a bonus for a confident next
turn."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import ClassVar

import torch
from torch import Tensor

from creditkit._checks import check_choice, check_nonnegative, check_tensor
from creditkit.batch import STEP_ENTROPIES_KEY, StepBatch
from creditkit.estimators.base import AdvantageEstimator
from creditkit.estimators.gigpo import _SCALE_TO_GROUP, EpisodeStat
from creditkit.estimators.groups import episode_term, episode_view
from creditkit.segments import WORK_DTYPE, StdScale, episode_bounds


def _check_modulation(k: float, k_future: float, zeta: float, entropy_eps: float) -> None:
    for name, value in (("k", k), ("k_future", k_future), ("zeta", zeta)):
        if not math.isfinite(value):
            raise ValueError(f"{name} must be a finite number, got {value!r}")
    check_nonnegative("entropy_eps", entropy_eps)


def _check_grpo_base(scale: str, episode_stat: str, invalid_penalty: float, eps: float) -> None:
    check_choice("scale", scale, tuple(_SCALE_TO_GROUP))
    check_choice("episode_stat", episode_stat, ("trajectory", "step"))
    check_nonnegative("invalid_penalty", invalid_penalty)
    check_nonnegative("eps", eps)


def empg_modulate(advantages: Tensor, episode_ids: Tensor, step_entropies: Tensor, *,
                  k: float = 1.0, k_future: float = 1.0, zeta: float = 0.05,
                  entropy_eps: float = 1e-8, center: bool = True) -> Tensor:
    """Entropy-modulated advantages (EMPG, ICLR 2026, arXiv 2509.09265) of any estimator's.

    .. math::
        \\tilde H_t = \\frac{H_t - \\min H}{\\max H - \\min H + \\epsilon}, \\quad
        g_t = \\frac{e^{-k \\tilde H_t}}{\\mathrm{mean}\\, e^{-k \\tilde H} + \\epsilon}, \\quad
        f_t = e^{-k_f \\tilde H_t}

    .. math::
        A'_t = g_t A_t + \\zeta f_{t+1} [t + 1 \\text{ in the episode}], \\quad
        A''_t = A'_t - \\mathrm{mean}_{\\text{batch}} A'

    with min, max and means over every row of the batch. A confident turn (low entropy) gets a
    larger share of its advantage, an uncertain one a smaller share; a turn followed by a
    confident one gets a bonus.

    Args:
        advantages: float [B], any estimator's advantages.
        episode_ids: int [B], an episode's rows contiguous and in time order.
        step_entropies: float [B], each row's mean token entropy H_t.
        k, k_future: the scales of g and f (1.0 each).
        zeta: the weight of the next turn's bonus (0.05 in the reference; 0.1 in the paper's
            pseudocode).
        entropy_eps: the epsilon of both denominators (1e-8).
        center: subtract the batch mean of the modulated advantages (the paper's last step).

    Returns:
        float [B] in the dtype of ``advantages``, without grad.

    >>> # entropies 0, 2, 1 -> scaled 0, 1, 0.5 -> g = e^-H~ / 0.6581 = 1.5195, 0.5590, 0.9216
    >>> # row 0 is followed by row 1 (f = e^-1): + 0.05 * 0.3679
    >>> empg_modulate(torch.tensor([1.0, 1.0, -1.0]), torch.tensor([0, 0, 1]),
    ...               torch.tensor([0.0, 2.0, 1.0]), center=False)
    tensor([ 1.5378,  0.5590, -0.9216])
    """
    check_tensor("advantages", advantages, kind="float", finite=True)
    rows = advantages.shape[0]
    check_tensor("episode_ids", episode_ids, kind="int", length=rows)
    check_tensor("step_entropies", step_entropies, kind="float", length=rows, finite=True)
    _check_modulation(k, k_future, zeta, entropy_eps)
    if rows == 0:
        return advantages.detach().clone()
    entropy = step_entropies.detach().to(WORK_DTYPE)
    low, high = entropy.min(), entropy.max()
    scaled = (entropy - low) / (high - low + entropy_eps)
    calm = torch.exp(-k * scaled)
    gain = calm / (calm.mean() + entropy_eps)
    clarity = torch.exp(-k_future * scaled)
    _, last = episode_bounds(episode_ids)
    has_next = last != torch.arange(rows, device=last.device)
    following = torch.zeros_like(clarity)
    following[:-1] = clarity[1:]
    out = gain * advantages.detach().to(WORK_DTYPE) + zeta * torch.where(has_next, following,
                                                                          0.0)
    if center:
        out = out - out.mean()
    return out.to(advantages.dtype)


def empg_advantages(step_rewards: Tensor, episode_ids: Tensor, group_ids: Tensor,
                    step_entropies: Tensor, valid: Tensor | None = None, *, k: float = 1.0,
                    k_future: float = 1.0, zeta: float = 0.05, scale: StdScale = "std",
                    episode_stat: EpisodeStat = "trajectory", invalid_penalty: float = 0.0,
                    eps: float = 1e-6, entropy_eps: float = 1e-8, center: bool = True,
                    return_offsets: Tensor | None = None) -> Tensor:
    """EMPG over GRPO: :func:`empg_modulate` of the group-normalised episode scores.

    The base advantage is the score :math:`S` (the episode return plus its offsets: any
    ``return_offsets`` and :math:`-p` per invalid row) normalised within its group: one score
    per episode (``episode_stat="trajectory"``, the paper's GRPO) or each row's
    :math:`R_\\tau + o_t` over the group's rows (``"step"``, the reference's cross-step GRPO; a
    group of one row keeps its score, divided by 1 + eps under ``std``).

    Args:
        step_rewards: float [B]; episode_ids, group_ids: int [B].
        step_entropies: float [B], each row's mean token entropy.
        valid: bool [B] or None (all valid).
        scale: ``"std"`` or ``"none"``; eps: added to the std.
        invalid_penalty: p.
        k, k_future, zeta, entropy_eps, center: as :func:`empg_modulate`.
        return_offsets: float [B] or None, added to the scores.

    Returns:
        float [B] in the dtype of ``step_rewards``, without grad.
    """
    check_tensor("step_rewards", step_rewards, kind="float", finite=True)
    rows = step_rewards.shape[0]
    check_tensor("group_ids", group_ids, kind="int", length=rows)
    if valid is not None:
        check_tensor("valid", valid, kind="bool", length=rows)
    _check_grpo_base(scale, episode_stat, invalid_penalty, eps)
    _check_modulation(k, k_future, zeta, entropy_eps)
    if rows == 0:
        return step_rewards.detach().clone()
    view = episode_view(step_rewards, episode_ids, group_ids)
    offsets = torch.zeros(rows, dtype=WORK_DTYPE, device=step_rewards.device)
    if valid is not None and invalid_penalty:
        offsets = offsets - invalid_penalty * (~valid).to(WORK_DTYPE)
    if return_offsets is not None:
        offsets = offsets + return_offsets.detach().to(WORK_DTYPE)
    base = episode_term(view, offsets, group_ids, episode_stat, _SCALE_TO_GROUP[scale], eps)
    return empg_modulate(base, episode_ids, step_entropies, k=k, k_future=k_future, zeta=zeta,
                         entropy_eps=entropy_eps, center=center).to(step_rewards.dtype)


@dataclass
class EMPG:
    """EMPG on a :class:`StepBatch` (uses ``info["step_entropies"]``, which the trainer fills
    when the estimator asks for it, plus what its base uses).

    Attributes:
        base: the estimator whose advantages are modulated (any, e.g. ``GiGPO()``), or None:
            GRPO over the episode scores with ``scale``, ``episode_stat``, ``invalid_penalty``
            and ``eps`` (:func:`empg_advantages`; those four apply only then).
        k, k_future, zeta, entropy_eps, center: the modulation (:func:`empg_modulate`).
        scale, episode_stat, invalid_penalty, eps: the GRPO base's (``base=None``).
        diagnostics: state, not an option: the last call's :meth:`metrics`.
    """

    uses_step_entropies: ClassVar[bool] = True

    base: AdvantageEstimator | None = None
    k: float = 1.0
    k_future: float = 1.0
    zeta: float = 0.05
    entropy_eps: float = 1e-8
    center: bool = True
    scale: StdScale = "std"
    episode_stat: EpisodeStat = "trajectory"
    invalid_penalty: float = 0.0
    eps: float = 1e-6
    diagnostics: dict[str, float] = field(default_factory=dict, init=False, repr=False,
                                          compare=False)

    def __post_init__(self) -> None:
        _check_modulation(self.k, self.k_future, self.zeta, self.entropy_eps)
        _check_grpo_base(self.scale, self.episode_stat, self.invalid_penalty, self.eps)
        if self.base is not None:
            if not callable(self.base):
                raise ValueError(f"base must be an estimator (StepBatch -> float [B]) or None, "
                                 f"got {self.base!r}")
            grpo_options = {"scale": "std", "episode_stat": "trajectory",
                            "invalid_penalty": 0.0, "eps": 1e-6}
            changed = [n for n, v in grpo_options.items() if getattr(self, n) != v]
            if changed:
                raise ValueError(f"{', '.join(changed)} set the GRPO base of EMPG(base=None); "
                                 f"with base={type(self.base).__name__} set them on the base")

    def __call__(self, steps: StepBatch) -> Tensor:
        """float [B]: the advantage of each step row."""
        entropies = steps.info.get(STEP_ENTROPIES_KEY)
        if entropies is None:
            raise ValueError(
                "EMPG needs StepBatch.info['step_entropies'] (each turn's mean token entropy); "
                "creditkit's trainer fills it for an estimator that uses them; in your own "
                "loop, pass the mean entropy of each turn's generated tokens")
        if self.base is None:
            out = empg_advantages(
                steps.scalar_rewards(), steps.episode_ids, steps.group_ids, entropies,
                steps.valid, k=self.k, k_future=self.k_future, zeta=self.zeta,
                scale=self.scale, episode_stat=self.episode_stat,
                invalid_penalty=self.invalid_penalty, eps=self.eps,
                entropy_eps=self.entropy_eps, center=self.center,
                return_offsets=steps.return_offsets())
        else:
            out = empg_modulate(self.base(steps), steps.episode_ids, entropies, k=self.k,
                                k_future=self.k_future, zeta=self.zeta,
                                entropy_eps=self.entropy_eps, center=self.center)
        work = entropies.detach().to(WORK_DTYPE)
        self.diagnostics = {"entropy_mean": float(work.mean()) if work.numel() else 0.0,
                            "entropy_spread": float(work.max() - work.min())
                            if work.numel() else 0.0}
        return out

    def metrics(self) -> dict[str, float]:
        """Diagnostics of the last call, logged as ``estimator.NAME``: the batch's mean turn
        entropy (``entropy_mean``) and its range (``entropy_spread``, max - min: 0 leaves the
        advantages unscaled)."""
        return dict(self.diagnostics)
