"""Utterance-level credit from episode scores (Sotopia-RL, arXiv 2508.03905).

Three steps turn a judge's episode scores into one label per utterance:

1. :func:`attribute_utterances`: per dimension d, utterance t of the agent gets
   ``r[t, d] = critical[t, d] / max_score * G[d]`` (``"direct"``), where ``critical`` holds an
   annotator's 0..3 ratings of how much each utterance mattered to the outcome on d and ``G`` the
   episode's scores; or one of the paper's baselines ``"uniform"``, ``"singular"`` (the key
   utterance the annotator named gets G), ``"scaled"``; or ``"singular_argmax"`` (creditkit's
   variant: the argmax of the 0..3 ratings gets G, no second query).
2. :class:`DatasetMinMax`: per dimension, min-max normalisation over the whole dataset of
   utterances (not per episode), fitted once and saved with the reward model.
3. :func:`combine_dimensions`: a weighted mean of the chosen dimensions times ``scale`` (the
   paper's final labels: goal, relationship and knowledge, equal weights, x10, in [0, 10]).

:class:`UtteranceLabeler` chains the three over a dataset.

>>> from creditkit_envs.sotopia.rl.attribution import attribute_utterances
>>> critical = torch.tensor([[3, 0], [1, 2], [0, 0]])
>>> attribute_utterances(critical, torch.tensor([9.0, -3.0]))
tensor([[ 9.,  0.],
        [ 3., -2.],
        [ 0.,  0.]], dtype=torch.float64)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

import torch
from torch import Tensor

from creditkit.shapers.weighted import weighted_dimensions

AttributionMethod = Literal["direct", "uniform", "singular", "singular_argmax", "scaled"]
METHODS = ("direct", "uniform", "singular", "singular_argmax", "scaled")
KEY_UTTERANCE_METHODS = ("singular",)
"""Methods whose ``critical`` input is the annotator's key-utterance marks (one 1 per
dimension, see :class:`~creditkit_envs.sotopia.rl.annotator.UtteranceAnnotator` with
``query="key_utterance"``), not 0..3 ratings."""
DEFAULT_WEIGHTS: Mapping[str, float] = {"goal": 1.0, "relationship": 1.0, "knowledge": 1.0}

__all__ = ["DEFAULT_WEIGHTS", "KEY_UTTERANCE_METHODS", "METHODS", "DatasetMinMax",
           "UtteranceLabeler", "attribute_utterances", "combine_dimensions"]


def attribute_utterances(critical: Tensor, episode_scores: Tensor,
                         method: AttributionMethod = "direct", max_score: int = 3) -> Tensor:
    """Per-utterance rewards of one agent in one episode.

    Args:
        critical: [T, D] integer ratings in ``0..max_score``: how critical utterance t was to
            the outcome on dimension d (used by ``direct``, ``singular_argmax`` and
            ``scaled``); for ``singular``, the key-utterance marks: 1 on the utterance the
            annotator named for d, 0 elsewhere.
        episode_scores: [D] the judge's episode score G_d per dimension.
        method: ``"direct"``: ``critical / max_score * G`` (need not sum to G);
            ``"uniform"``: every utterance gets G; ``"singular"`` (the paper's): the key
            utterance gets G and the others 0; ``"singular_argmax"``: the utterance with the
            highest rating gets G (ties: the earliest; all-zero ratings: the first);
            ``"scaled"``: ``critical / sum_t critical * G`` (sums to G; all-zero ratings give
            every utterance 0, as the authors' ``direct_attribution_normalized_function``).
        max_score: the top of the rating scale (3 in the paper).

    Returns:
        [T, D] float64 rewards.
    """
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}, got {method!r}")
    if critical.dim() != 2 or episode_scores.shape != (critical.shape[1],):
        raise ValueError(f"critical must be [T, D] and episode_scores [D]; got "
                         f"{tuple(critical.shape)} and {tuple(episode_scores.shape)}")
    ratings = critical.double()
    if not torch.equal(ratings, ratings.round()) or bool(((ratings < 0) |
                                                          (ratings > max_score)).any()):
        raise ValueError(f"critical must hold integers in 0..{max_score}; got values "
                         f"{sorted(set(ratings.flatten().tolist()))[:8]}")
    scores = episode_scores.double()[None, :]
    if method == "direct":
        shares = ratings / max_score
    elif method == "uniform":
        shares = torch.ones_like(ratings)
    elif method == "singular":
        if ratings.shape[0] and not (bool(((ratings == 0) | (ratings == 1)).all())
                                     and bool((ratings.sum(0) == 1).all())):
            raise ValueError("singular needs key-utterance marks (one 1 per dimension, 0 "
                             "elsewhere; annotate with query='key_utterance'); for the argmax "
                             "of 0..3 ratings use method='singular_argmax'")
        shares = ratings
    elif method == "singular_argmax":
        shares = torch.zeros_like(ratings)
        if ratings.shape[0]:
            shares[ratings.argmax(0), torch.arange(ratings.shape[1])] = 1.0  # first maximum
    else:
        totals = ratings.sum(0, keepdim=True)
        shares = torch.where(totals > 0, ratings / totals.clamp(min=1e-12),
                             torch.zeros_like(ratings))
    return shares * scores + 0.0  # + 0.0 turns the -0.0 of 0 * negative scores into 0.0


@dataclass
class DatasetMinMax:
    """Per-dimension min-max normalisation fitted over a whole dataset of utterance rewards.

    A dimension constant over the dataset carries no information and maps to 0. Values outside
    the fitted range (new data) map outside [0, 1] unless ``clip``.

    Attributes:
        clip: clamp transformed values to [0, 1].
        low, high: [D] the fitted minima and maxima (None before :meth:`fit`).
    """

    clip: bool = False
    low: Tensor | None = None
    high: Tensor | None = None

    def fit(self, rewards: Tensor) -> DatasetMinMax:
        """Fit on [N, D] rewards (every utterance of the dataset); returns self."""
        if rewards.dim() != 2 or rewards.shape[0] == 0:
            raise ValueError(f"rewards must be [N, D] with N >= 1, got {tuple(rewards.shape)}")
        self.low, self.high = rewards.double().amin(0), rewards.double().amax(0)
        return self

    def transform(self, rewards: Tensor) -> Tensor:
        """[N, D] rewards -> [N, D] float64 in [0, 1] over the fitted range."""
        if self.low is None or self.high is None:
            raise RuntimeError("DatasetMinMax is not fitted; call fit(rewards) first")
        if rewards.dim() != 2 or rewards.shape[1] != self.low.shape[0]:
            raise ValueError(f"rewards must be [N, {self.low.shape[0]}], got "
                             f"{tuple(rewards.shape)}")
        span = self.high - self.low
        scaled = torch.where(span > 0, (rewards.double() - self.low) / span.clamp(min=1e-300),
                             torch.zeros_like(rewards, dtype=torch.float64))
        return scaled.clamp(0.0, 1.0) if self.clip else scaled

    def state_dict(self) -> dict[str, Tensor | bool | None]:
        """The fitted range, to save with a reward model."""
        return {"clip": self.clip, "low": self.low, "high": self.high}

    def load_state_dict(self, state: Mapping[str, Tensor | bool | None]) -> None:
        """Restore :meth:`state_dict`."""
        self.clip = bool(state["clip"])
        self.low, self.high = state["low"], state["high"]  # type: ignore[assignment]


def combine_dimensions(normalized: Tensor, names: Sequence[str],
                       weights: Mapping[str, float] = DEFAULT_WEIGHTS,
                       scale: float = 10.0) -> Tensor:
    """``scale * sum_d w_d x_d / sum_d w_d``: the weighted *mean* of the dimensions named in
    ``weights`` (the paper's label), computed by the core's
    :func:`~creditkit.shapers.weighted.weighted_dimensions` (the same sum as
    :class:`~creditkit.shapers.WeightedRewardSum`) with the weights normalised.

    Args:
        normalized: [N, D] normalised rewards.
        names: the D dimension names, in column order.
        weights: dimension name -> weight (>= 0, not all 0); unnamed dimensions are ignored.
        scale: the label's top (10 in the paper).

    Returns:
        [N] float64 labels.
    """
    if any(w < 0 for w in weights.values()) or not sum(weights.values()) > 0:
        raise ValueError(f"weights must be >= 0 and not all 0, got {dict(weights)}")
    total = float(sum(weights.values()))
    return weighted_dimensions(normalized, names, {n: w / total for n, w in weights.items()},
                               scale)


@dataclass
class UtteranceLabeler:
    """Episode scores + utterance ratings -> one label per utterance, over a dataset.

    Attributes:
        names: the reward dimensions, in column order (e.g. the seven SOTOPIA-EVAL ones).
        method: attribution method (see :func:`attribute_utterances`).
        weights: dimensions combined and their weights (default goal, relationship, knowledge).
        scale: labels lie in ``[0, scale]`` on the fitted data.
        normalizer: the dataset min-max, fitted by :meth:`fit_transform`.
    """

    names: Sequence[str]
    method: AttributionMethod = "direct"
    weights: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    scale: float = 10.0
    normalizer: DatasetMinMax = field(default_factory=DatasetMinMax)

    def attribute(self, episodes: Sequence[tuple[Tensor, Tensor]]) -> list[Tensor]:
        """Per episode ``(critical [T, D], episode_scores [D])`` -> [T, D] rewards."""
        return [attribute_utterances(critical, scores, self.method)
                for critical, scores in episodes]

    def fit_transform(self, episodes: Sequence[tuple[Tensor, Tensor]]) -> list[Tensor]:
        """Attribute, fit the min-max on every utterance of ``episodes``, label: one [T]
        tensor per episode."""
        rewards = self.attribute(episodes)
        self.normalizer.fit(torch.cat(rewards))
        return self._label(rewards)

    def transform(self, episodes: Sequence[tuple[Tensor, Tensor]]) -> list[Tensor]:
        """Label new episodes with the fitted normalisation."""
        return self._label(self.attribute(episodes))

    def _label(self, rewards: list[Tensor]) -> list[Tensor]:
        return [combine_dimensions(self.normalizer.transform(r), self.names, self.weights,
                                   self.scale) for r in rewards]
