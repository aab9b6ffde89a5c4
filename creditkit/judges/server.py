"""An OpenAI-compatible chat endpoint on the loopback interface, serving the models registered
with :mod:`creditkit.judges.local`: what vLLM's server offers, for tests and small models.

Anything that speaks the OpenAI API reaches it: litellm (``openai/<name>`` with ``api_base``),
sotopia (``custom/<name>@http://127.0.0.1:PORT/v1``; ``custom/structured-<name>@...`` for the
judge, which serves ``<name>``), the ``openai`` client::

    with OpenAIServer() as server:      # every model registered with register_local_model
        JudgeClient("openai/tiny", api_base=server.base_url).ask(messages, Rating)

or from a shell: ``python -m creditkit.judges.server --model tiny=path/to/model --port 8000``.
Only ``POST /v1/chat/completions`` (no streaming) and ``GET /v1/models`` are served.
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from creditkit.judges.local import LocalProvider, local_provider

__all__ = ["OpenAIServer"]


class OpenAIServer:
    """A background HTTP server answering chat completions with a :class:`LocalProvider`.

    Args:
        provider: whose models are served (default: the process's provider).
        host: interface to bind (loopback by default: nothing outside the machine reaches it).
        port: 0 picks a free port.
    """

    def __init__(self, provider: LocalProvider | None = None, host: str = "127.0.0.1",
                 port: int = 0) -> None:
        self.provider = provider or local_provider()
        self.requests = 0
        lock = threading.Lock()  # one generation at a time: the models are not thread-safe
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def _send(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:  # http.server's name
                if self.path.rstrip("/").endswith("/models"):
                    self._send(200, {"object": "list", "data": [
                        {"id": n, "object": "model"} for n in sorted(server.provider.models)]})
                else:
                    self._send(404, {"error": {"message": f"no route {self.path}"}})

            def do_POST(self) -> None:
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._send(404, {"error": {"message": f"no route {self.path}"}})
                    return
                request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                name = server.resolve(str(request.get("model", "")))
                if name is None:
                    self._send(404, {"error": {"message": f"model {request.get('model')!r} "
                                               f"is not served ({sorted(server.provider.models)})",
                                               "type": "invalid_request_error"}})
                    return
                with lock:
                    server.requests += 1
                    text = server.provider.answer(name, request["messages"], request)
                self._send(200, {
                    "id": f"chatcmpl-{server.requests}", "object": "chat.completion",
                    "created": int(time.time()), "model": name,
                    "choices": [{"index": 0, "finish_reason": "stop",
                                 "message": {"role": "assistant", "content": text}}],
                    "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}})

        self.httpd = ThreadingHTTPServer((host, port), Handler)
        self.thread: threading.Thread | None = None

    def resolve(self, model: str) -> str | None:
        """The served name for a request's model (``openai/`` and ``structured-`` dropped)."""
        name = model.split("/", 1)[-1]
        for candidate in (name, name.removeprefix("structured-")):
            if candidate in self.provider.models:
                return candidate
        return None

    @property
    def base_url(self) -> str:
        """``http://host:port/v1``."""
        host, port = self.httpd.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else str(host)
        return f"http://{name}:{port}/v1"

    def start(self) -> OpenAIServer:
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> OpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve local models as an OpenAI endpoint")
    parser.add_argument("--model", action="append", required=True, metavar="NAME=PATH",
                        help="a model to serve (folder or hub id); repeat for several")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    provider = local_provider()
    for spec in args.model:
        name, _, path = spec.partition("=")
        if not path:
            parser.error(f"--model {spec!r}: expected NAME=PATH")
        provider.register(name, path)
    server = OpenAIServer(provider, args.host, args.port)
    print(f"serving {sorted(provider.models)} at {server.base_url}", flush=True)
    server.httpd.serve_forever()


if __name__ == "__main__":
    main()
