"""Anchor keys -> anchor ids: modes, scoping, order independence, transitivity."""

from __future__ import annotations

import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from creditkit import anchor_ids_from_keys, text_similarity


def partition(ids: list[int]) -> set[frozenset[int]]:
    blocks: dict[int, set[int]] = {}
    for row, anchor in enumerate(ids):
        blocks.setdefault(anchor, set()).add(row)
    return {frozenset(b) for b in blocks.values()}


def test_exact_mode_and_group_scope() -> None:
    keys = ["a", "a", "b", "a", 7, ("x", 1), ("x", 1)]
    groups = [0, 0, 0, 1, 1, 1, 1]
    ids = anchor_ids_from_keys(keys, torch.tensor(groups)).tolist()
    assert ids[0] == ids[1] != ids[2]
    assert ids[3] != ids[0]  # the same key in another group is another anchor
    assert ids[5] == ids[6] and len(set(ids)) == 5
    assert sorted(set(ids)) == list(range(5))  # dense


def test_normalized_mode() -> None:
    keys = ["You see a Mug.", "you  see a mug.\n", b"YOU SEE A MUG.", ("A  b", 1), ("a b", 1)]
    ids = anchor_ids_from_keys(keys, [0] * 5, mode="normalized").tolist()
    assert ids[0] == ids[1] == ids[2] and ids[3] == ids[4] and ids[0] != ids[3]
    assert len(set(anchor_ids_from_keys(keys, [0] * 5).tolist())) == 5


def test_similar_mode_links_near_duplicates_transitively() -> None:
    base = "you are in the middle of a room. looking around you, you see a countertop 1"
    keys = [base, base + "x", base + "xy", "you are in the kitchen and see nothing at all"]
    assert text_similarity(keys[0], keys[1]) >= 0.9
    ids = anchor_ids_from_keys(keys, [0] * 4, mode="similar", threshold=0.9).tolist()
    assert ids[0] == ids[1] == ids[2] != ids[3]
    strict = anchor_ids_from_keys(keys, [0] * 4, mode="similar", threshold=1.0).tolist()
    assert len(set(strict)) == 4


def test_similar_mode_chains_are_joined() -> None:
    # a~b and b~c but not a~c: union-find still puts all three together (transitive closure)
    a = "abcdefghijklmnopqrst"
    b = a[:17] + "xyz"
    c = b[:15] + "vwxyz"
    assert text_similarity(a, b) >= 0.6 and text_similarity(b, c) >= 0.6
    assert text_similarity(a, c) < 0.6
    ids = anchor_ids_from_keys([a, b, c], [0, 0, 0], mode="similar", threshold=0.6).tolist()
    assert ids[0] == ids[1] == ids[2]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"mode": "fuzzy"}, "mode"), ({"threshold": 0.0}, "threshold"), ({"ngram": 0}, "ngram")],
)
def test_bad_options(kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        anchor_ids_from_keys(["a"], [0], **kwargs)


def test_unhashable_key_and_length_mismatch() -> None:
    with pytest.raises(ValueError, match=r"keys\[1\] is not hashable"):
        anchor_ids_from_keys(["a", ["list"]], [0, 0])
    with pytest.raises(ValueError, match="group_ids"):
        anchor_ids_from_keys(["a", "b"], [0])


texts = st.text(alphabet="ab c", min_size=0, max_size=12)


@given(keys=st.lists(texts, min_size=1, max_size=20), data=st.data(),
       mode=st.sampled_from(["exact", "normalized", "similar"]),
       threshold=st.sampled_from([0.3, 0.6, 0.9]))
def test_ids_do_not_depend_on_row_order(keys: list[str], data: st.DataObject, mode: str,
                                        threshold: float) -> None:
    groups = data.draw(st.lists(st.integers(0, 2), min_size=len(keys), max_size=len(keys)))
    order = data.draw(st.permutations(range(len(keys))))
    ids = anchor_ids_from_keys(keys, groups, mode=mode, threshold=threshold).tolist()
    shuffled = anchor_ids_from_keys([keys[i] for i in order], [groups[i] for i in order],
                                    mode=mode, threshold=threshold).tolist()
    assert shuffled == [ids[i] for i in order]


@given(keys=st.lists(texts, min_size=1, max_size=20), threshold=st.sampled_from([0.3, 0.6, 0.9]))
def test_similar_mode_is_an_equivalence_closed_under_links(keys: list[str],
                                                           threshold: float) -> None:
    ids = anchor_ids_from_keys(keys, [0] * len(keys), mode="similar", threshold=threshold).tolist()
    for i, a in enumerate(keys):
        for j, b in enumerate(keys):
            if text_similarity(a, b) >= threshold:
                assert ids[i] == ids[j]
    # every block is connected by links (no two unrelated texts are merged)
    for block in partition(ids):
        rows = sorted(block)
        reached, frontier = {rows[0]}, [rows[0]]
        while frontier:
            i = frontier.pop()
            for j in rows:
                if j not in reached and text_similarity(keys[i], keys[j]) >= threshold:
                    reached.add(j)
                    frontier.append(j)
        assert reached == block
