"""Environments in worker processes, stepped concurrently, whose failures lose only episodes.

``rollout.env_workers: N`` puts the environment slots in N processes (spawn start method; each
builds its environments from the same picklable factory, e.g. the env config's Hydra
``_partial_``); slot ``s`` lives in worker ``s % N``. The agent loop sends each worker its
requests in one message and waits only for the answers it needs next, so the workers step
their environments at the same time while the trainer's process tokenizes and generates.

Failures (:class:`~creditkit.rollout.episodes.EnvFailure`):

- an env that raises: that slot's episode is lost (answered in the worker, which goes on);
- a worker that dies (SIGKILL, a segfault in the engine): every episode in progress in it is
  lost, and the worker is started again for the next requests;
- a worker that gives no answer for ``timeout_s`` seconds while the loop waits on it (an env
  that hangs): it is killed, and is then a worker that died. A hung env cannot be stopped
  without its process, so the other episodes in progress in that worker are lost with it.

A worker that dies twice in a row before answering anything, by itself (an error exit, a
crash, a hang), cannot build its environments in a fresh process (e.g. an import that fails
there): that raises, rather than losing every episode of every step. A worker killed from
outside (SIGKILL or SIGTERM: the OOM killer, a user) only loses its episodes, however often.
"""

from __future__ import annotations

import multiprocessing
import pickle
import queue
import signal
import threading
import time
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection, wait
from typing import Any

from creditkit.env import TextEnv
from creditkit.rollout.episodes import (
    Acted,
    Answer,
    EnvFailure,
    EnvPool,
    EpisodeRunner,
    FailureKind,
    LocalPool,
    Request,
    Start,
    answer,
    discard,
)
from creditkit.rollout.settings import RolloutConfig

DEFAULT_TIMEOUT_S = 300.0
"""``rollout.env_timeout_s`` when unset: an ALFWorld reset that loads a game takes 0.3-3 s, a
Sotopia turn with a remote partner model a few seconds."""


STARTUP_TIMEOUT_S = 120.0
"""Seconds a new worker has to start (spawn, imports, unpickling the env factory) before the
env timeout applies to it."""
READY = -1
"""The slot number of a worker's first message: it has started."""


def _serve(connection: Connection, env_factory: Callable[[], TextEnv]) -> None:
    """A worker's main loop: answer each message's requests in order, one answer each."""
    runners: dict[int, EpisodeRunner] = {}
    connection.send((READY, None))  # imports done: from now on the env timeout applies
    try:
        while True:
            try:
                message = connection.recv()
            except (EOFError, OSError):  # the trainer's process is gone
                break
            if message is None:
                break
            for slot, request in message:
                connection.send((slot, answer(runners, env_factory, slot, request)))
    finally:
        for slot in list(runners):
            discard(runners, slot)


class _Worker:
    """One worker process, its pipe, and a sender thread (so that the trainer's process never
    blocks on a full pipe while the worker blocks on sending its answers)."""

    def __init__(self, context: Any, env_factory: Callable[[], TextEnv], index: int) -> None:
        ours, theirs = context.Pipe()
        self.process = context.Process(target=_serve, args=(theirs, env_factory), daemon=True,
                                       name=f"creditkit-env-worker-{index}")
        self.process.start()
        theirs.close()
        self.connection: Connection = ours
        self.pending: set[int] = set()
        self.answered = self.ready = False
        self.deadline = time.monotonic() + STARTUP_TIMEOUT_S
        self._outbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._sender = threading.Thread(target=self._send_all, daemon=True)
        self._sender.start()

    def send(self, message: Any) -> None:
        self._outbox.put(message)

    def _send_all(self) -> None:
        while True:
            message = self._outbox.get()
            try:
                self.connection.send(message)
            except (OSError, ValueError):  # the worker is gone; the pool sees its sentinel
                return
            if message is None:
                return

    def stop(self, kill: bool) -> None:
        if kill:
            self.process.kill()
        else:
            self.send(None)
        self.process.join(timeout=10)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.send(None)  # wakes the sender thread, which then fails to send and ends
        self._sender.join(timeout=10)
        self.connection.close()


def exit_description(code: int | None) -> str:
    """``exit code 3`` or ``killed by SIGKILL``."""
    if code is not None and code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            pass
    return f"exit code {code}"


class WorkerPool(EnvPool):
    """Environment slots spread over ``workers`` processes; see the module docstring.

    Args:
        env_factory: builds one environment instance; must be picklable (a Hydra ``_partial_``,
            a module-level class or function), since each worker unpickles it.
        workers: the number of processes (>= 1).
        timeout_s: seconds without an answer, while the loop waits on a worker, after which it
            counts as hung and is killed.
    """

    def __init__(self, env_factory: Callable[[], TextEnv], workers: int,
                 timeout_s: float = DEFAULT_TIMEOUT_S) -> None:
        if workers < 1:
            raise ValueError(f"rollout.env_workers must be >= 1 for a WorkerPool, got {workers}")
        if not timeout_s > 0:
            raise ValueError(f"rollout.env_timeout_s must be > 0, got {timeout_s}")
        try:
            pickle.dumps(env_factory)
        except Exception as error:
            raise TypeError(
                f"rollout.env_workers > 0 needs a picklable env factory (a Hydra _partial_ env "
                f"config, a module-level class or function), got {env_factory!r}: {error}; or "
                f"set rollout.env_workers=0 to keep the envs in this process") from error
        self.env_factory, self.timeout_s = env_factory, timeout_s
        self._context = multiprocessing.get_context("spawn")
        self._workers: list[_Worker | None] = [None] * workers
        self._silent_deaths = [0] * workers  # deaths in a row before a first answer
        self._answers: dict[int, Answer] = {}
        self._live: set[int] = set()  # slots with an episode in progress
        self.restarts = 0

    @property
    def num_workers(self) -> int:
        return len(self._workers)

    def worker_of(self, slot: int) -> int:
        return slot % len(self._workers)

    def process_ids(self) -> list[int | None]:
        """The running workers' process ids (None: not started, or stopped)."""
        return [w.process.pid if w is not None else None for w in self._workers]

    def submit(self, requests: Sequence[tuple[int, Request]]) -> None:
        messages: dict[int, list[tuple[int, Request]]] = {}
        for slot, request in requests:
            messages.setdefault(self.worker_of(slot), []).append((slot, request))
            if isinstance(request, Start):
                self._live.add(slot)
        for index, message in messages.items():
            worker = self._running(index)
            if not worker.pending and worker.ready:
                worker.deadline = time.monotonic() + self.timeout_s
            worker.pending.update(slot for slot, _ in message)
            worker.send(message)

    def answers(self, slots: Sequence[int]) -> dict[int, Answer]:
        now = time.monotonic()
        for worker in self._workers:  # the clock counts while the loop waits, not before
            if worker is not None and worker.pending and worker.ready:
                worker.deadline = max(worker.deadline, now + self.timeout_s)
        while missing := [s for s in slots if s not in self._answers]:
            for slot in missing:
                worker = self._workers[self.worker_of(slot)]
                if worker is None or slot not in worker.pending:
                    raise RuntimeError(f"slot {slot} has no request in flight")
            self._wait_once(sorted({self.worker_of(s) for s in missing}))
        return {slot: self._answers.pop(slot) for slot in slots}

    def _wait_once(self, indices: list[int]) -> None:
        """Read what the workers ``indices`` sent (or see them die) within their deadline."""
        workers = {i: w for i in indices if (w := self._workers[i]) is not None}
        timeout = max(0.0, min(w.deadline for w in workers.values()) - time.monotonic())
        handles: dict[Any, int] = {w.connection: i for i, w in workers.items()}
        handles.update({w.process.sentinel: i for i, w in workers.items()})
        ready = wait(list(handles), timeout=timeout)
        for index in sorted({handles[h] for h in ready}):
            self._read(index)
        for index, worker in workers.items():
            if self._workers[index] is worker and worker.pending and \
                    time.monotonic() >= worker.deadline:
                waited = (f"{self.timeout_s:g} s (rollout.env_timeout_s)" if worker.ready else
                          f"{STARTUP_TIMEOUT_S:g} s of start-up")
                self._lose(index, "timeout", f"env worker {index} gave no answer for {waited}: "
                           f"killed")

    def _read(self, index: int) -> None:
        worker = self._workers[index]
        assert worker is not None
        try:
            while worker.connection.poll():
                slot, reply = worker.connection.recv()
                self._record(worker, slot, reply)
        except (EOFError, OSError):
            pass
        if not worker.process.is_alive():
            worker.process.join()
            self._lose(index, "died", f"env worker {index} died "
                       f"({exit_description(worker.process.exitcode)})")

    def _record(self, worker: _Worker, slot: int, reply: Answer | None) -> None:
        worker.deadline = time.monotonic() + self.timeout_s
        if slot == READY:
            worker.ready = True
            return
        assert reply is not None
        worker.pending.discard(slot)
        worker.answered = True
        self._answers[slot] = reply
        if isinstance(reply, EnvFailure) or (isinstance(reply, Acted) and reply.done):
            self._live.discard(slot)

    def _lose(self, index: int, kind: FailureKind, error: str) -> None:
        """Stop worker ``index``; every episode in progress in it becomes a failure."""
        worker = self._workers[index]
        assert worker is not None
        self._workers[index] = None
        exitcode = worker.process.exitcode  # None while alive (a hung worker); < 0: a signal
        worker.stop(kill=True)
        self.restarts += 1
        # dying before any answer by itself (an error exit, a crash, a hang) is the factory's
        # fault; SIGKILL / SIGTERM from outside (the OOM killer, a user) says nothing about it
        killed = exitcode in (-signal.SIGKILL, -signal.SIGTERM)
        failed_start = not worker.answered and not killed
        self._silent_deaths[index] = self._silent_deaths[index] + 1 if failed_start else 0
        for slot in [s for s in self._live if self.worker_of(s) == index]:
            self._answers[slot] = EnvFailure(kind, error)
            self._live.discard(slot)
        if self._silent_deaths[index] >= 2:
            raise RuntimeError(f"env worker {index} died twice before answering anything "
                               f"({error}): the env factory cannot run in a worker process; "
                               f"check that it imports and builds there, or set "
                               f"rollout.env_workers=0")

    def _running(self, index: int) -> _Worker:
        worker = self._workers[index]
        if worker is None:
            worker = self._workers[index] = _Worker(self._context, self.env_factory, index)
        return worker

    def close(self) -> None:
        for index, worker in enumerate(self._workers):
            if worker is not None:
                self._workers[index] = None
                worker.stop(kill=False)
        self._answers.clear()
        self._live.clear()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # noqa: BLE001, S110 - interpreter shutdown
            pass


def env_pool(env_factory: Callable[[], TextEnv], settings: RolloutConfig) -> EnvPool:
    """The pool the settings ask for: in this process (``settings.env_workers`` 0) or that
    many worker processes, each answer awaited at most ``settings.env_timeout_s`` (None:
    :data:`DEFAULT_TIMEOUT_S`). :class:`~creditkit.rollout.settings.RolloutConfig` has
    checked both (a timeout needs workers: an env in this process cannot be interrupted)."""
    if settings.env_workers == 0:
        return LocalPool(env_factory)
    timeout_s = DEFAULT_TIMEOUT_S if settings.env_timeout_s is None else settings.env_timeout_s
    return WorkerPool(env_factory, settings.env_workers, timeout_s)
