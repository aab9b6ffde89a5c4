"""``creditkit serve``: an OpenAI-compatible endpoint on the loopback interface for local
Hugging Face models, with the routes vLLM's server offers a trainer and a judge.

- ``POST /v1/completions``: token-id prompts in, sampled token ids and their log-probs out,
  for the models of ``completions`` (:class:`~creditkit.judges.completions.CompletionModel`)
  and their LoRA adapters; what :class:`~creditkit.rollout.engines.server.ServerEngine` calls.
- ``POST /v1/load_lora_adapter``, ``POST /v1/unload_lora_adapter``: runtime adapters, by name.
- ``POST /v1/chat/completions`` (no streaming): the models registered with
  :mod:`creditkit.judges.local` (``creditkit[judges]``): judges, partners and annotators reach
  it through litellm (``openai/<name>`` with ``api_base``), sotopia
  (``custom/<name>@http://127.0.0.1:PORT/v1``; ``custom/structured-<name>@...`` for the
  judge, which serves ``<name>``) or the ``openai`` client.
- ``GET /v1/models``: every served name (adapters with their ``parent``).

::

    with OpenAIServer() as server:      # every model registered with register_local_model
        JudgeClient("openai/tiny", api_base=server.base_url).ask(messages, Rating)

or from a shell: ``creditkit serve --model policy=path/to/model --port 8000``.
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

from creditkit.judges.completions import CompletionModel, RequestError

if TYPE_CHECKING:
    from creditkit.judges.local import LocalProvider

__all__ = ["OpenAIServer"]


class OpenAIServer:
    """A background HTTP server answering chat and token-id completion requests.

    Args:
        provider: whose models answer chat requests (default: the process's provider when
            ``completions`` is empty, needing ``creditkit[judges]``; none otherwise).
        completions: the models that answer ``/v1/completions`` and take LoRA adapters.
        host: interface to bind (loopback by default: nothing outside the machine reaches it).
        port: 0 picks a free port.
    """

    def __init__(self, provider: LocalProvider | None = None,
                 completions: list[CompletionModel] | None = None, host: str = "127.0.0.1",
                 port: int = 0) -> None:
        if provider is None and not completions:
            from creditkit.judges.local import local_provider

            provider = local_provider()
        self.provider = provider
        self.completions = {model.name: model for model in completions or []}
        self.requests = 0
        self.lock = threading.Lock()  # one generation at a time: the models are not thread-safe
        routes: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
            "/chat/completions": self._chat, "/completions": self._complete,
            "/load_lora_adapter": self._load_adapter,
            "/unload_lora_adapter": self._unload_adapter}
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
                    self._send(200, {"object": "list", "data": server.model_list()})
                else:
                    self._send(404, {"error": {"message": f"no route {self.path}"}})

            def do_POST(self) -> None:
                route = next((r for r in routes if self.path.rstrip("/").endswith("/v1" + r)),
                             None)
                if route is None:
                    self._send(404, {"error": {"message": f"no route {self.path}"}})
                    return
                request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                try:
                    with server.lock:
                        server.requests += 1
                        body = routes[route](request)
                except RequestError as error:
                    self._send(error.status, {"error": {"message": str(error),
                                                        "type": "invalid_request_error"}})
                    return
                self._send(200, body)

        self.httpd = ThreadingHTTPServer((host, port), Handler)
        self.thread: threading.Thread | None = None

    def model_list(self) -> list[dict[str, Any]]:
        """``/v1/models`` entries: chat models, completion models, then their adapters."""
        names = sorted(self.provider.models) if self.provider is not None else []
        entries = [{"id": n, "object": "model"} for n in names]
        for model in self.completions.values():
            entries += [{"id": model.name, "object": "model"}] if model.name not in names else []
            entries += [{"id": a, "object": "model", "parent": model.name}
                        for a in model.adapters]
        return entries

    def resolve(self, model: str) -> str | None:
        """The served chat name for a request's model (``openai/`` and ``structured-``
        dropped)."""
        name = model.split("/", 1)[-1]
        models = self.provider.models if self.provider is not None else {}
        for candidate in (name, name.removeprefix("structured-")):
            if candidate in models:
                return candidate
        return None

    def _chat(self, request: dict[str, Any]) -> dict[str, Any]:
        name = self.resolve(str(request.get("model", "")))
        if name is None or self.provider is None:
            served = sorted(self.provider.models) if self.provider is not None else []
            raise RequestError(404, f"model {request.get('model')!r} is not served for chat "
                                    f"({served})")
        text = self.provider.answer(name, request["messages"], request)
        return {"id": f"chatcmpl-{self.requests}", "object": "chat.completion",
                "created": int(time.time()), "model": name,
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": text}}],
                "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}}

    def _completion_model(self, name: str) -> CompletionModel:
        for model in self.completions.values():
            if name in model.served_names():
                return model
        served = [n for m in self.completions.values() for n in m.served_names()]
        raise RequestError(404, f"The model `{name}` does not exist (served for completions: "
                                f"{served})")

    def _complete(self, request: dict[str, Any]) -> dict[str, Any]:
        name = str(request.get("model", ""))
        choices = self._completion_model(name).complete(request)
        return {"id": f"cmpl-{self.requests}", "object": "text_completion",
                "created": int(time.time()), "model": name, "choices": choices}

    def _base_for_adapter(self, request: dict[str, Any]) -> CompletionModel:
        if len(self.completions) != 1:
            raise RequestError(400, f"adapters need exactly one completion model to attach to "
                                    f"(served: {sorted(self.completions)})")
        return next(iter(self.completions.values()))

    def _load_adapter(self, request: dict[str, Any]) -> dict[str, Any]:
        name = str(request.get("lora_name", ""))
        self._base_for_adapter(request).load_adapter(name, str(request.get("lora_path", "")))
        return {"message": f"Success: LoRA adapter '{name}' added successfully."}

    def _unload_adapter(self, request: dict[str, Any]) -> dict[str, Any]:
        name = str(request.get("lora_name", ""))
        self._base_for_adapter(request).unload_adapter(name)
        return {"message": f"Success: LoRA adapter '{name}' removed successfully."}

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


def add_serve_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``creditkit serve``."""
    parser.add_argument("--model", action="append", required=True, metavar="NAME=PATH",
                        help="a model folder to serve as NAME (completions and LoRA adapters; "
                             "chat too when creditkit[judges] is installed); repeat for several")
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default: %(default)s; 0.0.0.0: every one)")
    parser.add_argument("--port", type=int, default=8000,
                        help="port to listen on (default: %(default)s)")


def serve(args: argparse.Namespace) -> None:
    """Serve ``args.model`` until interrupted."""
    models = []
    for spec in args.model:
        name, _, path = spec.partition("=")
        if not name or not path:
            raise SystemExit(f"--model {spec!r}: expected NAME=PATH")
        models.append(CompletionModel(name, path))
    provider = None
    try:
        from creditkit.judges.local import local_provider

        provider = local_provider()
        for model in models:
            provider.register(model.name, model.base, model.tokenizer)
    except ImportError:  # no litellm: completions and adapters only
        pass
    server = OpenAIServer(provider, models, args.host, args.port)
    print(f"serving {[m.name for m in models]} at {server.base_url}", flush=True)
    server.httpd.serve_forever()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve local models as an OpenAI endpoint")
    add_serve_arguments(parser)
    serve(parser.parse_args(argv))


if __name__ == "__main__":
    main()
