"""The agent loop: batch structure, token-in token-out, validity, anchors."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from creditkit.models.policy import load_tokenizer
from creditkit.rollout import AgentLoop, Generation, RolloutConfig, Sampling
from creditkit_envs.maze import MazeEnv


class ScriptedEngine:
    """Answers every prompt with fixed token ids (and records what it was asked)."""

    def __init__(self, token_ids: list[int]) -> None:
        self.token_ids, self.calls = token_ids, []

    def generate(self, prompts: list[list[int]], sampling: Sampling) -> Generation:
        self.calls.append(len(prompts))
        return Generation([list(self.token_ids) for _ in prompts],
                          [[-0.5] * len(self.token_ids) for _ in prompts])


def test_rollout_structure_and_tokens_as_generated(tiny_model_dir: Path) -> None:
    tokenizer = load_tokenizer(tiny_model_dir)
    # "east" spelled as two tokens, unlike the tokenizer's own single token: kept as generated
    spelled = tokenizer("ea", add_special_tokens=False)["input_ids"] + \
        tokenizer("st", add_special_tokens=False)["input_ids"] + [tokenizer.eos_token_id]
    assert spelled[:-1] != tokenizer("east", add_special_tokens=False)["input_ids"]
    engine = ScriptedEngine(spelled)
    loop = AgentLoop(lambda: MazeEnv(size=3, num_layouts=2, max_steps=5), engine, tokenizer,
                     RolloutConfig(group_size=3, history=2))
    rollout = loop.collect([0, 1], Sampling(max_new_tokens=4))
    steps, tokens = rollout.steps, rollout.tokens
    assert steps.num_rows == 2 * 3 * 5 and engine.calls == [6] * 5  # lockstep, 6 episodes
    assert steps.group_ids.tolist() == [0] * 15 + [1] * 15
    assert steps.episode_ids.tolist() == [e for e in range(6) for _ in range(5)]
    for row in range(steps.num_rows):
        generated = tokens.token_ids[row][tokens.loss_mask[row]].tolist()
        assert generated == spelled
        assert tokens.old_logprobs[row][tokens.loss_mask[row]].tolist() == [-0.5] * len(spelled)
    assert bool((tokens.token_step_ids[tokens.loss_mask] ==
                 torch.arange(30)[:, None].expand(-1, tokens.token_ids.shape[1])[tokens.loss_mask]
                 ).all())
    # all episodes of a group play identically, so their anchors match turn by turn
    anchors = steps.anchor_ids.view(6, 5)
    assert torch.equal(anchors[0], anchors[1]) and torch.equal(anchors[3], anchors[4])
    assert not set(anchors[0].tolist()) & set(anchors[3].tolist())  # groups never share
    assert [e.length for e in rollout.episodes] == [5] * 6
    # the state each action led to, in the anchors' id space: the next turn's anchor, and
    # after the last turn the final state's own (the same for a group's identical episodes)
    following = steps.info["next_anchor_ids"].view(6, 5)
    assert torch.equal(following[:, :-1], anchors[:, 1:])
    assert following[0, -1] == following[1, -1] and following[3, -1] != following[0, -1]


def test_invalid_output_is_flagged(tiny_model_dir: Path) -> None:
    tokenizer = load_tokenizer(tiny_model_dir)
    engine = ScriptedEngine(tokenizer("fly", add_special_tokens=False)["input_ids"])
    loop = AgentLoop(lambda: MazeEnv(max_steps=3), engine, tokenizer,
                     RolloutConfig(group_size=2, history=2))
    rollout = loop.collect([0], Sampling())
    assert rollout.steps.valid.tolist() == [False] * 6
    assert rollout.steps.dones.tolist() == [False] * 6  # truncated, not terminated
    assert [e.success for e in rollout.episodes] == [False, False]


def test_prompts_are_rendered_once_per_distinct_text(tiny_model_dir: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from creditkit.models.policy import chat_prompt_ids
    from creditkit.rollout import agent_loop

    tokenizer = load_tokenizer(tiny_model_dir)
    rendered: list[str] = []

    def counting(tokenizer_: object, text: str) -> list[int]:
        rendered.append(text)
        return chat_prompt_ids(tokenizer, text)

    monkeypatch.setattr(agent_loop, "chat_prompt_ids", counting)
    engine = ScriptedEngine(tokenizer("north", add_special_tokens=False)["input_ids"])
    loop = AgentLoop(lambda: MazeEnv(size=3, num_layouts=2, max_steps=3), engine, tokenizer,
                     RolloutConfig(group_size=4, history=2))
    first = loop.collect([0, 1], Sampling())
    assert len(rendered) == len(set(rendered)) <= 2 * 3  # one render per distinct prompt
    again = loop.collect([0, 1], Sampling())
    assert len(rendered) == len(set(rendered))  # the second collect renders nothing new
    assert torch.equal(first.tokens.token_ids, again.tokens.token_ids)
    assert first.tokens.token_ids[0][:len(chat_prompt_ids(tokenizer, rendered[0]))].tolist() == \
        chat_prompt_ids(tokenizer, rendered[0])
    monkeypatch.setattr(agent_loop, "PROMPT_CACHE_SIZE", 1)
    small = AgentLoop(lambda: MazeEnv(size=3, num_layouts=2, max_steps=3), engine, tokenizer,
                      RolloutConfig(group_size=4, history=2))
    assert torch.equal(small.collect([0, 1], Sampling()).tokens.token_ids,
                       first.tokens.token_ids)
    assert len(small._prompt_cache) == 1  # bounded: the oldest entries are dropped


class SometimesUnscoredMaze(MazeEnv):
    """A maze whose every second instance ends its episodes with ``info["scored"] = False``
    and a reward of 0 (what a failed judge looks like)."""

    instances = 0

    def __init__(self) -> None:
        super().__init__(size=3, num_layouts=2, max_steps=3)
        self.unscored = SometimesUnscoredMaze.instances % 2 == 1
        SometimesUnscoredMaze.instances += 1

    def step(self, action: str):  # type: ignore[no-untyped-def]
        result = super().step(action)
        if result.done:
            result.info["scored"] = not self.unscored
        return result


def test_unscored_episodes_are_left_out_and_counted(tiny_model_dir: Path) -> None:
    tokenizer = load_tokenizer(tiny_model_dir)
    engine = ScriptedEngine(tokenizer("north", add_special_tokens=False)["input_ids"])
    SometimesUnscoredMaze.instances = 0
    loop = AgentLoop(SometimesUnscoredMaze, engine, tokenizer,
                     RolloutConfig(group_size=2, history=2))
    rollout = loop.collect([0, 1], Sampling())  # instances 1 and 3 are unscored
    assert rollout.unscored_episodes == 2
    assert rollout.steps.episode_ids.tolist() == [0, 0, 0, 1, 1, 1]  # renumbered, contiguous
    assert rollout.steps.group_ids.tolist() == [0, 0, 0, 1, 1, 1]  # one per group is kept
    assert rollout.tokens.token_ids.shape[0] == 6
    assert len(rollout.episodes) == 2
    assert [e.length for e in rollout.episodes] == [3, 3]
