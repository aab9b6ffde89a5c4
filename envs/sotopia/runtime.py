"""Importing and driving the ``sotopia`` package offline, with the known defects worked around.

* ``SOTOPIA_STORAGE_BACKEND=local`` is set before sotopia is imported (its default backend is
  Redis; without a server even building an ``AgentProfile`` fails) and
  ``LITELLM_LOCAL_MODEL_COST_MAP=True`` before litellm is (else the import waits on the
  network).
* sotopia asks litellm's ``get_supported_openai_params`` / ``supports_response_schema`` before
  a structured call; for a custom provider the first answers nothing until the provider is
  registered and the second always ``False``, so an agent served by ``local/<name>`` would
  fail an assertion and silently do "none" every turn. :func:`import_sotopia` answers them for
  ``local/*``.
* litellm 1.80's background logging worker can keep ``asyncio.run`` from returning;
  :func:`run_async` flushes and stops it at the end of every coroutine (also after an error).
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Coroutine
from typing import Any, TypeVar

__all__ = ["LOCAL_PARAMS", "import_sotopia", "run_async"]

T = TypeVar("T")

#: what a ``local/<name>`` model accepts (answered to sotopia for the in-process provider)
LOCAL_PARAMS = ["temperature", "max_tokens", "seed", "response_format", "stop"]


def import_sotopia() -> Any:
    """Import sotopia with the local storage backend and the ``local/*`` capability answers.

    Raises:
        ImportError: sotopia is not installed (``pip install "creditkit[sotopia]"``), or was
            imported earlier with another storage backend.
    """
    backend = os.environ.setdefault("SOTOPIA_STORAGE_BACKEND", "local")
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    try:
        import sotopia
        from sotopia.generation_utils import generate
    except ImportError as error:
        raise ImportError('the Sotopia environment needs sotopia: pip install '
                          '"creditkit[sotopia]"') from error
    if backend != "local" and backend != "redis":
        raise ImportError(f"SOTOPIA_STORAGE_BACKEND={backend!r}: use local or redis")
    if not getattr(generate, "_creditkit_patched", False):
        _answer_local_capabilities(generate)
        # one INFO line per model call from each library: quiet unless asked for
        for name in ("LiteLLM", "sotopia.generation", "sotopia.generation_utils.generate"):
            logging.getLogger(name).setLevel(logging.WARNING)
    return sotopia


def _answer_local_capabilities(generate: Any) -> None:
    original_params = generate.get_supported_openai_params
    original_schema = generate.supports_response_schema

    def get_supported_openai_params(model: str, *args: Any, **kwargs: Any) -> Any:
        if model.startswith("local/"):
            return list(LOCAL_PARAMS)
        return original_params(model, *args, **kwargs)

    def supports_response_schema(model: str, *args: Any, **kwargs: Any) -> bool:
        if model.startswith("local/"):
            return True
        return bool(original_schema(model, *args, **kwargs))

    generate.get_supported_openai_params = get_supported_openai_params
    generate.supports_response_schema = supports_response_schema
    generate._creditkit_patched = True


def _logging_worker() -> Any:
    try:
        from litellm.litellm_core_utils.logging_worker import GLOBAL_LOGGING_WORKER
    except ImportError:  # another litellm: nothing to manage
        return None
    return GLOBAL_LOGGING_WORKER


def _forget_queue(worker: Any) -> None:
    """Drop a queue left by a closed event loop (its coroutines can never run there)."""
    queue, worker._queue, worker._worker_task = worker._queue, None, None
    while queue is not None and not queue.empty():
        item = queue.get_nowait()
        item["coroutine"].close()


async def _stop_logging_worker(worker: Any) -> None:
    for _ in range(3):  # let callbacks scheduled by the last calls enqueue their logging
        await asyncio.sleep(0)
    if worker._queue is not None:
        try:
            await asyncio.wait_for(worker.flush(), timeout=5.0)
        except (asyncio.TimeoutError, RuntimeError):
            pass
    await worker.stop()
    _forget_queue(worker)  # the next event loop gets a queue of its own


def run_async(coroutine: Coroutine[Any, Any, T]) -> T:
    """``asyncio.run(coroutine)`` that always returns: litellm's logging worker is flushed and
    stopped before the loop closes, after success or error alike, and a queue left behind by an
    earlier loop is dropped first."""
    worker = _logging_worker()

    async def wrapped() -> T:
        if worker is not None:
            _forget_queue(worker)
        try:
            return await coroutine
        finally:
            if worker is not None:
                await _stop_logging_worker(worker)

    return asyncio.run(wrapped())
