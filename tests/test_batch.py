"""StepBatch and TokenBatch validation."""

from __future__ import annotations

import dataclasses

import pytest
import torch

from creditkit import RETURN_OFFSETS_KEY, StepBatch, TokenBatch


def make(**changes) -> StepBatch:
    fields = dict(rewards=torch.tensor([[0.0], [1.0], [0.5]]), episode_ids=torch.tensor([4, 4, 2]),
                  group_ids=torch.tensor([0, 0, 0]))
    fields.update(changes)
    return StepBatch(**fields)


def test_defaults_fill_valid_and_dones() -> None:
    steps = make()
    assert steps.valid.tolist() == [True, True, True]
    assert steps.dones.tolist() == [False, True, True]
    assert steps.num_rows == 3 and steps.reward("reward").tolist() == [0.0, 1.0, 0.5]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"rewards": torch.tensor([0.0, 1.0, 0.5])}, "rewards"),
        ({"rewards": torch.tensor([[0.0], [float("nan")], [0.5]])}, "rewards"),
        ({"rewards": torch.tensor([[0], [1], [0]])}, "rewards"),
        ({"episode_ids": torch.tensor([4, 4])}, "episode_ids"),
        ({"episode_ids": torch.tensor([4.0, 4.0, 2.0])}, "episode_ids"),
        ({"episode_ids": torch.tensor([4, 2, 4])}, "contiguous"),
        ({"group_ids": torch.tensor([0, 1, 0])}, "group_ids"),
        ({"anchor_ids": torch.tensor([1, 2])}, "anchor_ids"),
        ({"reward_names": ("a", "b")}, "reward_names"),
        ({"valid": torch.tensor([1, 1, 1])}, "valid"),
        ({"dones": torch.tensor([True, False, True])}, "dones"),
        ({"info": {RETURN_OFFSETS_KEY: torch.zeros(2)}}, RETURN_OFFSETS_KEY),
    ],
)
def test_bad_fields_are_named(changes: dict, field: str) -> None:
    with pytest.raises(ValueError, match=field):
        make(**changes)


def test_replace_revalidates() -> None:
    with pytest.raises(ValueError, match="episode_ids"):
        dataclasses.replace(make(), episode_ids=torch.tensor([1, 2]))


def test_duplicate_reward_names_refused() -> None:
    with pytest.raises(ValueError, match="distinct"):
        StepBatch(rewards=torch.zeros(1, 2), episode_ids=torch.tensor([0]),
                  group_ids=torch.tensor([0]), reward_names=("a", "a"))


def test_unknown_reward_name() -> None:
    with pytest.raises(ValueError, match="no reward dimension 'goal'"):
        make().reward("goal")


def test_truncated_episode_may_have_no_done() -> None:
    steps = make(dones=torch.tensor([False, False, True]))
    assert steps.dones.tolist() == [False, False, True]


def test_from_episodes() -> None:
    steps = StepBatch.from_episodes([[1, 2], [3]], group_ids=[9, 8], anchor_ids=[[5, 6], [5]])
    assert steps.group_ids.tolist() == [9, 9, 8]
    assert steps.anchor_ids.tolist() == [5, 6, 5]
    with pytest.raises(ValueError, match="group_ids"):
        StepBatch.from_episodes([[1]], group_ids=[0, 1])


def tokens(**changes) -> TokenBatch:
    fields = dict(token_ids=torch.tensor([[5, 6, 0]]), token_step_ids=torch.tensor([[0, 0, -1]]),
                  loss_mask=torch.tensor([[True, True, False]]),
                  old_logprobs=torch.tensor([[-0.5, -1.0, 0.0]]),
                  attention_mask=torch.tensor([[1, 1, 0]]))
    fields.update(changes)
    return TokenBatch(**fields)


def test_token_batch() -> None:
    batch = tokens()
    assert batch.num_tokens == 2
    batch.check_rows(make())
    with pytest.raises(ValueError, match="token_step_ids"):
        tokens(token_step_ids=torch.tensor([[0, 7, -1]])).check_rows(make())


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"token_step_ids": torch.tensor([[0, 0]])}, "token_step_ids"),
        ({"loss_mask": torch.tensor([[1, 1, 0]])}, "loss_mask"),
        ({"old_logprobs": torch.tensor([[-0.5, 0.7, 0.0]])}, "old_logprobs"),
        ({"old_logprobs": torch.tensor([[-0.5, float("nan"), 0.0]])}, "old_logprobs"),
        ({"attention_mask": torch.tensor([[1, 1]])}, "attention_mask"),
        ({"attention_mask": torch.tensor([[1.0, 1.0, 0.0]])}, "attention_mask"),
        ({"attention_mask": torch.tensor([[1, 0, 0]])}, "attention_mask is 0 on loss_mask"),
        ({"token_ids": torch.tensor([[5.0, 6.0, 0.0]])}, "token_ids"),
    ],
)
def test_token_batch_bad_fields(changes: dict, field: str) -> None:
    with pytest.raises(ValueError, match=field):
        tokens(**changes)
