"""Anchor keys -> dense anchor ids, scoped per group.

An *anchor key* is whatever identifies an environment state: an observation text, bytes, an
exact state id, a tuple of facts. Rows of the same group whose keys match get the same anchor id;
rows of different groups never do. Three ways to match:

- ``"exact"``: equal keys (Python ``==`` and ``hash``).
- ``"normalized"``: equal after case-folding and collapsing whitespace in every text part
  (str, bytes decoded as UTF-8, and str/bytes inside tuples).
- ``"similar"``: normalised texts whose character n-gram Jaccard similarity is at least
  ``threshold`` are linked, and anchors are the connected components (union-find). The
  result is transitive by construction and independent of row order. Non-text keys fall back
  to ``"normalized"`` matching.

Ids are dense, ``0..K-1``, numbered in sorted order of (group id, smallest member's ``repr``),
so they too do not depend on row order.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from typing import Literal

import torch
from torch import Tensor

from creditkit._checks import check_choice

AnchorMode = Literal["exact", "normalized", "similar"]
_WHITESPACE = re.compile(r"\s+")


def normalize_text(text: str | bytes) -> str:
    """Case-fold and collapse runs of whitespace to one space; strip the ends.

    >>> normalize_text("  You are in\\nthe KITCHEN. ")
    'you are in the kitchen.'
    """
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    return _WHITESPACE.sub(" ", text).strip().casefold()


def _normalize_key(key: Hashable) -> Hashable:
    if isinstance(key, (str, bytes)):
        return normalize_text(key)
    if isinstance(key, tuple):
        return tuple(_normalize_key(part) for part in key)
    return key


def _ngrams(text: str, size: int) -> frozenset[str]:
    if len(text) <= size:
        return frozenset([text])
    return frozenset(text[i : i + size] for i in range(len(text) - size + 1))


def text_similarity(a: str, b: str, ngram: int = 3) -> float:
    """Jaccard similarity of the character n-gram sets of two (normalised) texts; symmetric.

    >>> text_similarity("you see a mug", "you see a mug")
    1.0
    """
    grams_a, grams_b = _ngrams(normalize_text(a), ngram), _ngrams(normalize_text(b), ngram)
    return len(grams_a & grams_b) / len(grams_a | grams_b)


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _similar_components(texts: list[str], threshold: float, ngram: int) -> list[int]:
    """Union-find over all pairs with similarity >= threshold; returns a root per text."""
    grams = [_ngrams(t, ngram) for t in texts]
    order = sorted(range(len(texts)), key=lambda i: (len(grams[i]), texts[i]))
    parent = list(range(len(texts)))
    for position, i in enumerate(order):
        for j in order[position + 1 :]:
            if len(grams[i]) < threshold * len(grams[j]):
                break  # Jaccard <= |small| / |large| < threshold for every longer text
            if len(grams[i] & grams[j]) >= threshold * len(grams[i] | grams[j]):
                parent[_find(parent, i)] = _find(parent, j)
    return [_find(parent, i) for i in range(len(texts))]


def anchor_ids_from_keys(
    keys: Sequence[Hashable],
    group_ids: Tensor | Sequence[int],
    *,
    mode: AnchorMode = "exact",
    threshold: float = 0.9,
    ngram: int = 3,
) -> Tensor:
    """Dense anchor ids from per-row anchor keys, matched only within a group.

    Args:
        keys: B hashable keys (str, bytes, int, tuples of these, ...).
        group_ids: int [B] (tensor or sequence), the group of each row.
        mode: ``"exact"``, ``"normalized"`` or ``"similar"``.
        threshold: with ``"similar"``, the n-gram Jaccard similarity in (0, 1] that links two texts.
        ngram: with ``"similar"``, the character n-gram size (>= 1).

    Returns:
        long [B] dense anchor ids.

    >>> anchor_ids_from_keys(["Room A", "room  a", "Room A", "Room B"], [0, 0, 1, 1],
    ...                      mode="normalized").tolist()
    [0, 0, 1, 2]
    """
    check_choice("mode", mode, ("exact", "normalized", "similar"))
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must lie in (0, 1], got {threshold!r}")
    if ngram < 1:
        raise ValueError(f"ngram must be >= 1, got {ngram!r}")
    groups = [int(g) for g in (group_ids.tolist() if isinstance(group_ids, Tensor) else group_ids)]
    if len(groups) != len(keys):
        raise ValueError(f"keys has {len(keys)} entries but group_ids has {len(groups)}")
    canonical = [key if mode == "exact" else _normalize_key(key) for key in keys]
    members: dict[tuple[int, Hashable], int] = {}
    for row, (group, key) in enumerate(zip(groups, canonical)):
        try:
            members.setdefault((group, key), len(members))
        except TypeError as error:
            raise ValueError(f"keys[{row}] is not hashable ({error}); use a str, bytes, int "
                             f"or tuple as the anchor key") from error
    distinct = list(members)
    cluster = list(range(len(distinct)))
    if mode == "similar":
        cluster = _cluster_similar_texts(distinct, threshold, ngram)
    return _label_clusters(distinct, cluster, [members[(g, k)] for g, k in zip(groups, canonical)])


def _cluster_similar_texts(
    distinct: list[tuple[int, Hashable]], threshold: float, ngram: int
) -> list[int]:
    cluster = list(range(len(distinct)))
    by_group: dict[int, list[int]] = {}
    for index, (group, key) in enumerate(distinct):
        if isinstance(key, str):
            by_group.setdefault(group, []).append(index)
    for indices in by_group.values():
        roots = _similar_components([str(distinct[i][1]) for i in indices], threshold, ngram)
        for index, root in zip(indices, roots):
            cluster[index] = indices[root]
    return cluster


def _label_clusters(
    distinct: list[tuple[int, Hashable]], cluster: list[int], row_member: list[int]
) -> Tensor:
    smallest: dict[int, tuple[int, str]] = {}
    for index, (group, key) in enumerate(distinct):
        label = (group, repr(key))
        root = cluster[index]
        smallest[root] = min(smallest.get(root, label), label)
    ranked = sorted(smallest, key=lambda root: smallest[root])
    dense = {root: rank for rank, root in enumerate(ranked)}
    return torch.tensor([dense[cluster[m]] for m in row_member], dtype=torch.long)
