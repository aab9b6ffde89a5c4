"""``creditkit serve`` answers every request: a bad one gets a 4xx with an OpenAI-style error
body (never a closed connection), a key guards every route, and its limits hold (prompt
length, body size, idle connections, adapter folders). Real HTTP on 127.0.0.1."""

from __future__ import annotations

import http.client
import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from creditkit.app.serve.completions import CompletionModel
from creditkit.app.serve.server import OpenAIServer, bind_warning, is_loopback
from creditkit.models.policy import load_tokenizer
from creditkit.rollout import Sampling
from creditkit.rollout.engines.server import ServerEngine, ServerError

GOOD = {"model": "policy", "prompt": [1, 2, 3], "max_tokens": 2, "logprobs": 0,
        "return_tokens_as_token_ids": True}


@pytest.fixture
def server(tiny_model_dir: Path, tmp_path: Path) -> Iterator[OpenAIServer]:
    running = OpenAIServer(completions=[CompletionModel("policy", tiny_model_dir)],
                           adapter_dirs=[tmp_path / "allowed"], max_body_bytes=4096,
                           request_timeout_s=0.5).start()
    yield running
    running.stop()


def raw(server: OpenAIServer, data: bytes) -> tuple[int, dict[str, Any]]:
    """Send ``data`` as it is on a new connection; the answer's status and JSON body."""
    host, port = server.httpd.server_address[:2]
    with socket.create_connection((str(host), int(port)), timeout=30) as connection:
        connection.sendall(data)
        reply = http.client.HTTPResponse(connection)
        reply.begin()
        return reply.status, json.loads(reply.read())


def post(server: OpenAIServer, route: str, body: Any, headers: dict[str, str] | None = None
         ) -> tuple[int, dict[str, Any]]:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    head = "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items())
    return raw(server, f"POST /v1{route} HTTP/1.1\r\nHost: x\r\nContent-Length: {len(data)}\r\n"
                       f"{head}\r\n".encode() + data)


BAD_REQUESTS = [
    ("malformed JSON", "/completions", b'{"model": "policy", "prompt": [1,', 400, "not JSON"),
    ("a list body", "/completions", [GOOD], 400, "must be a JSON object"),
    ("an empty body", "/completions", b"", 400, "body is empty"),
    ("token id 1e9", "/completions", {**GOOD, "prompt": [1, 10**9]}, 400,
     "token id 1000000000 is out of vocabulary"),
    ("token id -5", "/completions", {**GOOD, "prompt": [-5, 2]}, 400,
     "token id -5 is out of vocabulary"),
    ("an empty token list", "/completions", {**GOOD, "prompt": []}, 400,
     "'prompt' must be non-empty"),
    ("temperature hot", "/completions", {**GOOD, "temperature": "hot"}, 400,
     "'temperature' must be a number, got 'hot'"),
    ("max_tokens -3", "/completions", {**GOOD, "max_tokens": -3}, 400, "max_tokens -3"),
    ("top_p 0", "/completions", {**GOOD, "top_p": 0}, 400, "top_p 0.0 (in (0, 1])"),
    ("chat without messages", "/chat/completions", {"model": "policy"}, 400,
     "'messages' must be a non-empty list"),
    ("an unknown model", "/completions", {**GOOD, "model": "nope"}, 404,
     "The model `nope` does not exist"),
]


@pytest.mark.parametrize(("kind", "route", "body", "status", "message"), BAD_REQUESTS,
                         ids=[case[0] for case in BAD_REQUESTS])
def test_every_bad_request_gets_a_4xx_with_an_openai_error(
        server: OpenAIServer, kind: str, route: str, body: Any, status: int,
        message: str) -> None:
    answered, error = post(server, route, body)
    assert answered == status, error
    assert message in error["error"]["message"]
    assert error["error"]["code"] == status and error["error"]["type"]
    assert post(server, "/completions", GOOD)[0] == 200  # and the server goes on serving


def test_no_content_length_an_oversized_body_and_a_half_sent_one(server: OpenAIServer) -> None:
    status, error = raw(server, b"POST /v1/completions HTTP/1.1\r\nHost: x\r\n\r\n{}")
    assert status == 411 and "Content-Length" in error["error"]["message"]
    status, error = post(server, "/completions", {**GOOD, "pad": "x" * 5000})
    assert status == 413 and "limit is 4096" in error["error"]["message"]
    started = time.monotonic()
    status, error = raw(server, b"POST /v1/completions HTTP/1.1\r\nHost: x\r\n"
                                b"Content-Length: 100\r\n\r\n{\"model\"")
    assert status == 408 and time.monotonic() - started < 10


def test_a_prompt_longer_than_the_model_is_refused(server: OpenAIServer) -> None:
    positions = server.completions["policy"].max_positions
    assert positions == 1024
    status, error = post(server, "/completions", {**GOOD, "prompt": [1] * 1023,
                                                  "max_tokens": 2})
    assert status == 400
    assert "maximum context length is 1024 tokens. However, you requested 1025" in \
        error["error"]["message"]


def test_the_engine_shows_the_servers_message_without_retrying(
        server: OpenAIServer, tiny_model_dir: Path, tmp_path: Path) -> None:
    engine = ServerEngine(None, load_tokenizer(tiny_model_dir), tmp_path,
                          base_urls=[server.base_url], served_model="policy", retries=5)
    before = server.requests
    started = time.monotonic()
    with pytest.raises(ServerError, match="400: .*token id 1000000000 is out of vocabulary"):
        engine.generate([[1, 10**9]], Sampling(2))
    assert server.requests - before == 1 and time.monotonic() - started < 5


def test_an_api_key_guards_every_route(tiny_model_dir: Path, tmp_path: Path) -> None:
    with OpenAIServer(completions=[CompletionModel("policy", tiny_model_dir)],
                      api_key="s3cret") as server:
        status, error = post(server, "/completions", GOOD)
        assert status == 401 and "Authorization: Bearer" in error["error"]["message"]
        assert post(server, "/completions", GOOD, {"Authorization": "Bearer wrong"})[0] == 401
        assert raw(server, b"GET /v1/models HTTP/1.1\r\nHost: x\r\n\r\n")[0] == 401
        assert post(server, "/load_lora_adapter", {"lora_name": "a", "lora_path": "/"})[0] \
            == 401
        assert post(server, "/completions", GOOD, {"Authorization": "Bearer s3cret"})[0] == 200
        engine = ServerEngine(None, load_tokenizer(tiny_model_dir), tmp_path,
                              base_urls=[server.base_url], served_model="policy",
                              api_key="s3cret")
        assert len(engine.generate([[1, 2]], Sampling(2)).token_ids[0]) >= 1


def test_adapters_load_only_from_an_allowed_folder(server: OpenAIServer, tiny_model_dir: Path,
                                                   tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    status, error = post(server, "/load_lora_adapter", {"lora_name": "a",
                                                        "lora_path": str(outside)})
    assert status == 403 and "outside the allowed adapter folders" in error["error"]["message"]
    sneaky = tmp_path / "allowed" / ".." / "elsewhere"
    assert post(server, "/load_lora_adapter", {"lora_name": "a", "lora_path": str(sneaky)}
                )[0] == 403
    status, error = post(server, "/load_lora_adapter", {"lora_name": "a", "lora_path": str(
        tmp_path / "allowed" / "missing")})
    assert status == 400 and "no peft adapter" in error["error"]["message"]
    with OpenAIServer(completions=[CompletionModel("policy", tiny_model_dir)]) as closed:
        status, error = post(closed, "/load_lora_adapter", {"lora_name": "a", "lora_path": "x"})
        assert status == 403 and "--adapter-dir" in error["error"]["message"]


def test_binding_beyond_loopback_warns() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")
    assert bind_warning("127.0.0.1", None) is None
    assert "set --api-key" in str(bind_warning("0.0.0.0", None))
    assert "requests need the API key" in str(bind_warning("0.0.0.0", "k"))
