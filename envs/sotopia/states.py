"""Utterance-level GRPO's environment: one turn from a logged dialogue state, scored by a
reward model (Sotopia-RL's RL stage).

Each episode is a single turn: ``reset(seed)`` shows the prompt of logged state
``seed % len(states)``; the policy's utterance is scored by the reward model and the episode
ends. With the trainer's groups (``group_size`` episodes per seed), the G candidates of one
state form one group, so GRPO (or NIW, or any estimator) normalises advantages within the
state's group; the anchor key is a hash of the prompt, as in :class:`SotopiaEnv`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

from creditkit.env import Observation, StepResult, TextEnv, Turn
from creditkit_envs.sotopia.actions import canonical_action, example_actions

__all__ = ["UtteranceStateEnv", "read_states"]


def read_states(path: str | Path) -> list[str]:
    """The prompts of a states JSONL (one ``{"prompt": ...}`` object a line), in file order."""
    file = Path(path)
    if not file.exists():
        raise FileNotFoundError(f"states={str(path)!r}: no such file (write it with "
                                f"creditkit-sotopia-rl, stage 'annotate')")
    prompts = []
    for number, line in enumerate(file.read_text().splitlines(), 1):
        if line.strip():
            try:
                prompts.append(str(json.loads(line)["prompt"]))
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                raise ValueError(f"{file}:{number}: expected a JSON object with a prompt "
                                 f"({error!r})") from error
    if not prompts:
        raise ValueError(f"states={str(path)!r} holds no state")
    return prompts


class UtteranceStateEnv(TextEnv):
    """Single-turn episodes on logged dialogue states, rewarded by a reward model.

    Args:
        states: a JSONL of ``{"prompt": ...}`` states (the learner's rendered prompts).
        reward_model: a folder saved by ``creditkit-rm``.
        max_utterance_chars: an utterance is cut to this length before scoring.
    """

    reward_names = ("reward",)

    def __init__(self, states: str, reward_model: str, max_utterance_chars: int = 500) -> None:
        from creditkit.train.reward_model import RewardModelScorer

        self.states = read_states(states)
        self.scorer = RewardModelScorer(reward_model)
        self.max_utterance_chars = max_utterance_chars
        self._prompt: str | None = None

    def reset(self, *, seed: int, task: str | None = None) -> Observation:
        self._prompt = self.states[seed % len(self.states)]
        return Observation(self._prompt, info={"state": seed % len(self.states)})

    def step(self, action: str) -> StepResult:
        if self._prompt is None:
            raise RuntimeError("step() after the episode ended: call reset()")
        utterance, valid = self.parse_action(action)
        reward = float(self.scorer([self._prompt], [utterance])[0])
        self._prompt = None
        return StepResult(Observation("The turn is over."), {"reward": reward}, terminated=True,
                          info={"valid": valid, "success": False})

    def parse_action(self, text: str) -> tuple[str, bool]:
        return canonical_action(text, self.max_utterance_chars)

    def render_prompt(self, observation: Observation, history: Sequence[Turn] = ()) -> str:
        return observation.text

    def anchor_key(self, observation: Observation) -> str:
        return hashlib.sha256(observation.text.encode()).hexdigest()

    def example_actions(self) -> list[str]:
        return example_actions(["speak"])
