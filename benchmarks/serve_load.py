"""A load test of ``creditkit serve`` on 127.0.0.1: N requests over C concurrent connections,
a share of them bad (malformed JSON, a list body, token ids out of range, ``top_p`` 0, an empty
prompt, chat without messages, a wrong API key, a prompt past the context), and every one must
be answered with a status (no closed connection, no timeout).

    python benchmarks/serve_load.py                     # 200 requests over 16 connections
    python benchmarks/serve_load.py --requests 40 --connections 4

It prints the answers by status, the wall time and the latency of the good requests (median,
95th percentile), and exits 1 if any request went unanswered or got an unexpected status. The
server serves the tiny policy, built locally (no download). Bounded in count (``--requests``)
and time (``--deadline-s``: the run stops and fails past it).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

from creditkit.app.serve.completions import CompletionModel
from creditkit.app.serve.server import OpenAIServer
from creditkit.models.tiny import build_tiny_model
from creditkit.models.warmup import environment_corpus
from creditkit_envs.maze import MazeEnv

KEY = "load-test-key"
GOOD = {"model": "policy", "prompt": [1, 2, 3, 4], "max_tokens": 4, "temperature": 1.0,
        "logprobs": 0, "return_tokens_as_token_ids": True}
BAD: list[tuple[str, str, bytes | dict[str, Any], dict[str, str], int]] = [
    # (kind, route, body, extra headers, expected status)
    ("malformed JSON", "/completions", b'{"model": "policy", "prompt": [1,', {}, 400),
    ("list body", "/completions", b"[1, 2]", {}, 400),
    ("token id 1e9", "/completions", {**GOOD, "prompt": [1, 10**9]}, {}, 400),
    ("top_p 0", "/completions", {**GOOD, "top_p": 0}, {}, 400),
    ("empty prompt", "/completions", {**GOOD, "prompt": []}, {}, 400),
    ("chat without messages", "/chat/completions", {"model": "policy"}, {}, 400),
    ("wrong API key", "/completions", GOOD, {"Authorization": "Bearer wrong"}, 401),
    ("prompt past the context", "/completions", {**GOOD, "prompt": [1] * 1030}, {}, 400),
]


def plan(requests: int, bad_every: int) -> list[tuple[str, str, bytes | dict[str, Any],
                                                      dict[str, str], int]]:
    """The requests in order: every ``bad_every``-th is the next bad kind, the rest good."""
    good = ("good", "/completions", GOOD, {}, 200)
    return [BAD[(i // bad_every) % len(BAD)] if bad_every and i % bad_every == bad_every - 1
            else good for i in range(requests)]


def run(requests: int, connections: int, bad_every: int, deadline_s: float) -> int:
    folder = Path(tempfile.mkdtemp(prefix="creditkit-serve-load-"))
    model = build_tiny_model(folder, environment_corpus(MazeEnv(), episodes=50, seed=0))
    server = OpenAIServer(completions=[CompletionModel("policy", model)], api_key=KEY,
                          request_timeout_s=30.0).start()
    todo = list(enumerate(plan(requests, bad_every)))
    lock = threading.Lock()
    results: list[tuple[str, int | str, int, float]] = []  # kind, status, expected, seconds
    stop_at = time.monotonic() + deadline_s

    def client() -> None:
        with httpx.Client(base_url=server.base_url, timeout=60.0) as http:
            while time.monotonic() < stop_at:
                with lock:
                    if not todo:
                        return
                    _, (kind, route, body, headers, expected) = todo.pop(0)
                data = body if isinstance(body, bytes) else json.dumps(body).encode()
                started = time.perf_counter()
                try:
                    answer = http.post(route, content=data, headers={
                        "Authorization": f"Bearer {KEY}", "Content-Type": "application/json",
                        **headers})
                    status: int | str = answer.status_code
                    if status != 200:
                        assert "message" in answer.json()["error"]
                except (httpx.HTTPError, ValueError, KeyError, AssertionError) as error:
                    status = f"unanswered ({type(error).__name__})"
                with lock:
                    results.append((kind, status, expected, time.perf_counter() - started))

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    server.stop()
    return report(results, requests, connections, wall)


def report(results: list[tuple[str, int | str, int, float]], requests: int, connections: int,
           wall: float) -> int:
    by_status = Counter(status for _, status, _, _ in results)
    wrong = [(kind, status, expected) for kind, status, expected, _ in results
             if status != expected]
    good = sorted(seconds for kind, status, _, seconds in results if kind == "good"
                  and status == 200)
    print(f"creditkit serve load test: {requests} requests over {connections} connections, "
          f"127.0.0.1, tiny policy")
    print(f"{'answered':>10} {'status':>8}")
    for status, count in sorted(by_status.items(), key=str):
        print(f"{count:>10} {status!s:>8}")
    print(f"sent {len(results)} of {requests}; unexpected statuses: {len(wrong)}")
    if good:
        p95 = good[min(len(good) - 1, int(0.95 * len(good)))]
        print(f"good requests: {len(good)}, latency median {statistics.median(good) * 1000:.0f}"
              f" ms, p95 {p95 * 1000:.0f} ms; wall {wall:.1f} s")
    for kind, status, expected in wrong[:10]:
        print(f"  {kind}: got {status}, expected {expected}")
    complete = len(results) == requests and not wrong
    print("every request answered as expected" if complete else "FAILED")
    return 0 if complete else 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--bad-every", type=int, default=4,
                        help="every Nth request is a bad one (0: none)")
    parser.add_argument("--deadline-s", type=float, default=600.0)
    args = parser.parse_args()
    sys.exit(run(args.requests, args.connections, args.bad_every, args.deadline_s))


if __name__ == "__main__":
    main()
