"""The environment plug-in point: :class:`TextEnv`, :class:`Observation`, :class:`StepResult`.

An environment is synchronous and single-episode; batching and parallel instances belong to
:mod:`creditkit.rollout`. Adding one = a subclass of :class:`TextEnv`, a YAML in
``configs/env/``, and the shared contract test passing.
"""

from __future__ import annotations

import abc
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar


@dataclass(frozen=True)
class Observation:
    """What the agent sees after a reset or a step.

    Attributes:
        text: the observation text shown to the policy.
        task: the task sentence of the episode (constant within an episode).
        info: extras (e.g. an exact state id for anchors).
    """

    text: str
    task: str = ""
    info: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class StepResult:
    """The outcome of one :meth:`TextEnv.step`.

    Attributes:
        observation: the next observation.
        rewards: one float per name in the env's ``reward_names``.
        terminated: the episode ended by the environment's rules (success or failure).
        truncated: the episode was cut by a step limit.
        info: extras; ``info["valid"]`` (bool) says whether the action was admissible.
    """

    observation: Observation
    rewards: dict[str, float]
    terminated: bool
    truncated: bool = False
    info: dict[str, Any] = field(default_factory=dict)

    @property
    def done(self) -> bool:
        """True when the episode is over (terminated or truncated)."""
        return self.terminated or self.truncated


@dataclass(frozen=True)
class Turn:
    """One past turn, for prompts with a short history."""

    observation: str
    action: str


class TextEnv(abc.ABC):
    """Base class of every environment: text observations in, text actions out.

    Subclasses implement :meth:`reset` and :meth:`step`. Everything else is optional, and its
    default here means "not available" (this class is the whole interface):

    - :meth:`anchor_key` (default: the observation text), :meth:`render_prompt`,
      :meth:`parse_action`, :meth:`close`;
    - :meth:`admissible_actions` (None: free text) and :meth:`example_actions` (random play
      in a free-text environment);
    - :meth:`format_action` (the answer that plays an action; default: the action);
    - :meth:`expert_action` (None: no scripted expert; the warm-up's
      ``policy.tiny.warmup_expert_fraction`` and the ``expert`` evaluation row need one);
    - :attr:`num_tasks` (None: seeds are open-ended; an int: a task-list environment whose
      seeds ``0..num_tasks-1`` play each task once, what ``creditkit-eval`` plays);
    - :meth:`task_category` and :attr:`category_labels` (columns of the evaluation table).

    The prompt and the anchor key are separate on purpose: the history shown in a prompt never
    changes which turns are grouped as the same state.
    """

    reward_names: tuple[str, ...] = ("reward",)
    category_labels: ClassVar[Mapping[str, str] | None] = None
    """Short column names of the evaluation table by :meth:`task_category`, in column order
    (None: the categories themselves, sorted)."""

    @abc.abstractmethod
    def reset(self, *, seed: int, task: str | None = None) -> Observation:
        """Start an episode. The same ``seed`` (and ``task``) gives the same episode start."""

    @abc.abstractmethod
    def step(self, action: str) -> StepResult:
        """Apply one action; raises RuntimeError if the episode is already over."""

    def anchor_key(self, observation: Observation) -> Hashable:
        """What identifies the state for GiGPO's step groups (default: the observation text)."""
        return observation.text

    def admissible_actions(self) -> list[str] | None:
        """The actions allowed now, or None when any text is allowed."""
        return None

    def example_actions(self) -> list[str] | None:
        """Example actions for random play (a tiny policy's tokenizer corpus and format
        warm-up) in a free-text environment; default: :meth:`admissible_actions`."""
        return self.admissible_actions()

    @property
    def num_tasks(self) -> int | None:
        """How many tasks a task-list environment holds (seeds ``0..num_tasks-1`` play each
        once); None (default): seeds are open-ended."""
        return None

    def format_action(self, action: str) -> str:
        """The text a policy writes to play ``action`` (what :meth:`parse_action` reads back);
        the format warm-up clones it. Default: the action itself."""
        return action

    def expert_action(self) -> str | None:
        """The next action of a scripted expert in the running episode; None (default): this
        environment has no expert."""
        return None

    def task_category(self) -> str:
        """The current episode's category for evaluation tables (e.g. ALFWorld's task type);
        default: none (``""``)."""
        return ""

    def render_prompt(self, observation: Observation, history: Sequence[Turn] = ()) -> str:
        """The text the policy sees: task, a short history, the observation, allowed actions."""
        lines = [f"Task: {observation.task}"] if observation.task else []
        for turn in history:
            lines += [f"Saw: {turn.observation}", f"Did: {turn.action}"]
        lines.append(f"Now: {observation.text}")
        actions = self.admissible_actions()
        if actions:
            lines.append("Actions: " + ", ".join(actions))
        lines.append("Answer with one action.")
        return "\n".join(lines)

    def parse_action(self, text: str) -> tuple[str, bool]:
        """Turn the policy's output into an action and whether it is admissible.

        Default: the first line, stripped and lower-cased; valid when it is one of
        :meth:`admissible_actions` (always valid for free-text environments).
        """
        action = text.strip().split("\n", 1)[0].strip().lower() if text.strip() else ""
        actions = self.admissible_actions()
        if actions is None:
            return action, bool(action)
        return action, action in actions

    def close(self) -> None:
        """Release resources (files, subprocesses). Default: nothing."""
