"""Utterance attribution, dataset min-max and weighted combination, on hand-worked examples."""

from __future__ import annotations

import pytest
import torch

from creditkit_envs.sotopia.rl.attribution import (
    DatasetMinMax,
    UtteranceLabeler,
    attribute_utterances,
    combine_dimensions,
)

# three utterances rated on (goal, relationship); the episode scored goal 9, relationship -3
CRITICAL = torch.tensor([[3, 0], [1, 2], [0, 0]])
SCORES = torch.tensor([9.0, -3.0])


@pytest.mark.parametrize(("method", "expected"), [
    ("direct", [[9.0, 0.0], [3.0, -2.0], [0.0, 0.0]]),      # a/3 * G
    ("uniform", [[9.0, -3.0], [9.0, -3.0], [9.0, -3.0]]),   # G everywhere
    ("singular_argmax", [[9.0, 0.0], [0.0, -3.0], [0.0, 0.0]]),  # G on the highest rating
    ("scaled", [[6.75, 0.0], [2.25, -3.0], [0.0, 0.0]]),    # a / sum a * G: 3/4 * 9, 1/4 * 9
])
def test_attribution_methods(method: str, expected: list[list[float]]) -> None:
    result = attribute_utterances(CRITICAL, SCORES, method)  # type: ignore[arg-type]
    assert torch.equal(result, torch.tensor(expected, dtype=torch.float64))


def test_singular_gives_g_to_the_key_utterance_the_annotator_named() -> None:
    # the paper's SINGULAR: a separate query names the key utterance per dimension; here the
    # second utterance for goal (not the highest-rated first one) and the third for relationship
    marks = torch.tensor([[0, 0], [1, 0], [0, 1]])
    assert torch.equal(attribute_utterances(marks, SCORES, "singular"), torch.tensor(
        [[0.0, 0.0], [9.0, 0.0], [0.0, -3.0]], dtype=torch.float64))
    with pytest.raises(ValueError, match="singular_argmax"):  # 0..3 ratings are not marks
        attribute_utterances(CRITICAL, SCORES, "singular")
    with pytest.raises(ValueError, match="key-utterance marks"):  # two keys on one dimension
        attribute_utterances(torch.tensor([[1], [1]]), torch.tensor([1.0]), "singular")


def test_edge_cases_of_attribution() -> None:
    ties = torch.tensor([[2], [2], [1]])
    assert attribute_utterances(ties, torch.tensor([6.0]), "singular_argmax").flatten(
        ).tolist() == [6.0, 0.0, 0.0]  # ties go to the earliest utterance
    zeros = torch.zeros(4, 1, dtype=torch.long)
    # nothing rated critical: no credit, as the authors' direct_attribution_normalized_function
    # (total 0 -> reward 0); before issue 14 every utterance got G / T
    assert attribute_utterances(zeros, torch.tensor([8.0]), "scaled").flatten().tolist() == [
        0.0] * 4
    assert attribute_utterances(zeros[:0], torch.tensor([8.0]), "singular").shape == (0, 1)
    assert attribute_utterances(zeros[:0], torch.tensor([8.0]),
                                "singular_argmax").shape == (0, 1)
    with pytest.raises(ValueError, match="critical must hold integers in 0..3"):
        attribute_utterances(torch.tensor([[4]]), torch.tensor([1.0]))
    with pytest.raises(ValueError, match="critical must hold integers"):
        attribute_utterances(torch.tensor([[1.5]]), torch.tensor([1.0]))
    with pytest.raises(ValueError, match="method"):
        attribute_utterances(CRITICAL, SCORES, "greedy")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="episode_scores"):
        attribute_utterances(CRITICAL, torch.tensor([1.0]))


def test_dataset_min_max_and_combination() -> None:
    rewards = attribute_utterances(CRITICAL, SCORES)  # [[9, 0], [3, -2], [0, 0]]
    normalizer = DatasetMinMax().fit(rewards)
    normalized = normalizer.transform(rewards)
    # goal: min 0, max 9 -> 1, 1/3, 0; relationship: min -2, max 0 -> 1, 0, 1
    assert torch.allclose(normalized, torch.tensor([[1.0, 1.0], [1 / 3, 0.0], [0.0, 1.0]],
                                                   dtype=torch.float64))
    labels = combine_dimensions(normalized, ["goal", "relationship"],
                                {"goal": 1.0, "relationship": 1.0})
    assert torch.allclose(labels, torch.tensor([10.0, 10 / 6, 5.0], dtype=torch.float64))
    weighted = combine_dimensions(normalized, ["goal", "relationship"], {"goal": 3.0}, scale=1)
    assert torch.allclose(weighted, normalized[:, 0])  # unnamed dimensions are ignored
    constant = DatasetMinMax().fit(torch.tensor([[2.0], [2.0]]))
    assert constant.transform(torch.tensor([[2.0], [5.0]])).flatten().tolist() == [0.0, 0.0]
    clipped = DatasetMinMax(clip=True).fit(rewards)
    assert clipped.transform(torch.tensor([[18.0, -4.0]])).tolist() == [[1.0, 0.0]]
    restored = DatasetMinMax()
    restored.load_state_dict(normalizer.state_dict())
    assert torch.equal(restored.transform(rewards), normalized)


def test_combination_errors_name_the_argument() -> None:
    with pytest.raises(ValueError, match="weights names"):
        combine_dimensions(torch.zeros(1, 2), ["goal", "secret"])  # default names knowledge
    with pytest.raises(ValueError, match="not all 0"):
        combine_dimensions(torch.zeros(1, 1), ["goal"], {"goal": 0.0})
    with pytest.raises(RuntimeError, match="fit"):
        DatasetMinMax().transform(torch.zeros(1, 1))


def test_labeler_fits_over_the_dataset_not_per_episode() -> None:
    names = ["goal", "relationship", "knowledge"]
    first = (torch.tensor([[3, 3, 0], [0, 0, 3]]), torch.tensor([10.0, 5.0, 4.0]))
    second = (torch.tensor([[3, 0, 0]]), torch.tensor([5.0, -5.0, 0.0]))
    labeler = UtteranceLabeler(names)
    labels = labeler.fit_transform([first, second])
    # direct rewards: [[10, 5, 0], [0, 0, 4]] and [[5, 0, 0]]; dataset ranges goal 0..10,
    # relationship 0..5, knowledge 0..4 -> normalised [[1, 1, 0], [0, 0, 1]], [[.5, 0, 0]]
    assert torch.allclose(labels[0], torch.tensor([20 / 3, 10 / 3], dtype=torch.float64))
    assert torch.allclose(labels[1], torch.tensor([5 / 3], dtype=torch.float64))
    assert torch.allclose(labeler.transform([second])[0], labels[1])
