"""The environment side of the agent loop: episodes played slot by slot, in-process or not.

The loop in :mod:`creditkit.rollout.agent_loop` never touches an environment itself: it sends
requests (:class:`Start` an episode, :class:`Act` with the policy's decoded text) to numbered
*slots* of an :class:`EnvPool` and reads back what it needs to generate the next turn (the
rendered prompt and the anchor key) and to pack the batch (rewards, validity, end). The same
:class:`EpisodeRunner` code answers them in the trainer's process (:class:`LocalPool`) and in
worker processes (:class:`~creditkit.rollout.workers.WorkerPool`), so both play the same
episodes.

An environment that raises in ``reset`` or ``step`` answers an :class:`EnvFailure` instead: its
episode is lost, its instance is discarded (its state is unknown) and the slot's next episode
gets a fresh one.
"""

from __future__ import annotations

import abc
import traceback
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from creditkit.env import Observation, TextEnv, Turn


@dataclass(frozen=True)
class Start:
    """Reset the slot's environment with ``seed``; prompts show ``history`` past turns."""

    seed: int
    history: int = 0


@dataclass(frozen=True)
class Act:
    """Play the policy's decoded completion ``text`` in the slot's running episode."""

    text: str


Request = Start | Act


@dataclass(frozen=True)
class TurnView:
    """What the policy needs for the next turn: the rendered prompt and the state's anchor key."""

    prompt: str
    anchor: Hashable


@dataclass(frozen=True)
class Started:
    """The answer to :class:`Start`."""

    view: TurnView
    category: str
    reward_names: tuple[str, ...]


@dataclass(frozen=True)
class Acted:
    """The answer to :class:`Act`: one turn's outcome, and the next turn's view unless done.

    Attributes:
        rewards: one float per reward name, in the env's ``reward_names`` order.
        valid: the text parsed as an admissible action (and ``info["valid"]`` agreed).
        terminated, done: the env's end flags (done = terminated or truncated).
        success: ``info["success"]`` at the end (else terminated with a positive first reward).
        scored: False when the last step said ``info["scored"] is False``.
        score: ``info["score"]`` at the end (an env's own episode score, e.g. WebShop's), or
            None.
        view: the next turn's prompt and anchor; None once done.
        next_anchor: the anchor key of the state the action led to, also after the last turn
            (GraphGPO's edges).
    """

    rewards: list[float]
    valid: bool
    terminated: bool
    done: bool
    success: bool
    scored: bool
    view: TurnView | None
    score: float | None = None
    next_anchor: Hashable = None


FailureKind = Literal["raised", "died", "timeout"]



@dataclass(frozen=True)
class EnvFailure:
    """A lost episode: its env raised, its worker died, or its worker stopped answering.

    Attributes:
        kind: ``raised`` (an exception in ``reset``/``step``), ``died`` (the worker process
            ended: SIGKILL, a segfault) or ``timeout`` (no answer for ``rollout.env_timeout_s``).
        error: the traceback or what happened, for the run log.
    """

    kind: FailureKind
    error: str


Answer = Started | Acted | EnvFailure


class EpisodeRunner:
    """One environment instance and the episode it is playing (its turns, for the history)."""

    def __init__(self, env: TextEnv) -> None:
        self.env = env
        self.observation: Observation | None = None
        self.turns: list[Turn] = []
        self.history = 0

    def start(self, request: Start) -> Started:
        self.observation = self.env.reset(seed=int(request.seed))
        self.turns, self.history = [], request.history
        return Started(self._view(self.observation), self.env.task_category(),
                       tuple(self.env.reward_names))

    def act(self, text: str) -> Acted:
        env, observation = self.env, self.observation
        if observation is None:
            raise RuntimeError("Act before Start: no episode is in progress in this slot")
        action, parsed = env.parse_action(text)
        result = env.step(action)
        rewards = [float(result.rewards[name]) for name in env.reward_names]
        self.turns.append(Turn(observation.text, action))
        self.observation = result.observation
        success = result.done and bool(result.info.get("success", result.terminated and
                                                        rewards[0] > 0))
        next_anchor = env.anchor_key(result.observation)
        return Acted(rewards, parsed and bool(result.info.get("valid", True)),
                     result.terminated, result.done, success,
                     result.info.get("scored", True) is not False,
                     None if result.done else self._view(result.observation, next_anchor),
                     _score(result.info) if result.done else None, next_anchor)

    def _view(self, observation: Observation, anchor: Hashable = None) -> TurnView:
        history = self.turns[-self.history:] if self.history else []
        return TurnView(self.env.render_prompt(observation, history),
                        self.env.anchor_key(observation) if anchor is None else anchor)


def _score(info: dict[str, Any]) -> float | None:
    """``info["score"]`` as a float, or None when the env gives none."""
    score = info.get("score")
    return None if score is None else float(score)


def answer(runners: dict[int, EpisodeRunner], env_factory: Callable[[], TextEnv], slot: int,
           request: Request) -> Answer:
    """Answer one request for ``slot`` (building its env on first use); an exception becomes an
    :class:`EnvFailure` and discards the slot's env instance."""
    try:
        if isinstance(request, Start):
            if slot not in runners:
                runners[slot] = EpisodeRunner(env_factory())
            return runners[slot].start(request)
        if slot not in runners:
            raise RuntimeError(f"slot {slot} has no episode in progress")
        return runners[slot].act(request.text)
    except Exception:  # noqa: BLE001 - any env error loses this episode, never the run
        discard(runners, slot)
        return EnvFailure("raised", traceback.format_exc())


def discard(runners: dict[int, EpisodeRunner], slot: int) -> None:
    """Drop the slot's env instance, closing it if it still can."""
    runner = runners.pop(slot, None)
    if runner is not None:
        try:
            runner.env.close()
        except Exception:  # noqa: BLE001, S110 - a broken env may fail to close too
            pass


class EnvPool(abc.ABC):
    """Numbered environment slots that answer requests; see the module docstring.

    :meth:`submit` queues requests without waiting; :meth:`answers` waits for the answers of
    the given slots (each slot has at most one request in flight).
    """

    @abc.abstractmethod
    def submit(self, requests: Sequence[tuple[int, Request]]) -> None:
        """Queue ``(slot, request)`` pairs."""

    @abc.abstractmethod
    def answers(self, slots: Sequence[int]) -> dict[int, Answer]:
        """The answers to the requests in flight for ``slots`` (waits for them)."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release the environments (and processes); the pool may be used again after."""


class LocalPool(EnvPool):
    """Slots in this process: requests are answered one after another when asked for.

    Args:
        env_factory: builds one environment instance per slot (reused across episodes).
    """

    def __init__(self, env_factory: Callable[[], TextEnv]) -> None:
        self.env_factory = env_factory
        self.runners: dict[int, EpisodeRunner] = {}
        self._queued: dict[int, Request] = {}

    def submit(self, requests: Sequence[tuple[int, Request]]) -> None:
        self._queued.update(requests)

    def answers(self, slots: Sequence[int]) -> dict[int, Answer]:
        return {slot: answer(self.runners, self.env_factory, slot, self._queued.pop(slot))
                for slot in slots}

    def close(self) -> None:
        for slot in list(self.runners):
            discard(self.runners, slot)
