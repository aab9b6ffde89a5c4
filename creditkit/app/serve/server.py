"""``creditkit serve``: an OpenAI-compatible endpoint on the loopback interface for local
Hugging Face models, with the routes vLLM's server offers a trainer and a judge.

- ``POST /v1/completions``: token-id prompts in, sampled token ids and their log-probs out,
  for the models of ``completions`` (:class:`~creditkit.app.serve.completions.CompletionModel`)
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

or from a shell: ``creditkit serve --model policy=path/to/model --port 8000 --adapter-dir runs``
(``--api-key`` / ``$CREDITKIT_API_KEY`` guards every route; ``--max-body-mb`` and
``--request-timeout-s`` bound bodies and idle connections; prompts are bounded by the model's
context). Every request is answered: a bad one with a 4xx and an OpenAI-style error body.
"""

from __future__ import annotations

import argparse
import hmac
import ipaddress
import json
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from creditkit.app.serve.completions import CompletionModel, RequestError

if TYPE_CHECKING:
    from creditkit.judges.local import LocalProvider

__all__ = ["OpenAIServer"]


class OpenAIServer:
    """A background HTTP server answering chat and token-id completion requests.

    Every request gets an answer: a bad one a 4xx with an OpenAI-style error body
    (``{"error": {"message", "type", "code"}}``), a failure inside a model a 500 with its
    message; the connection is never just closed.

    Args:
        provider: whose models answer chat requests (default: the process's provider when
            ``completions`` is empty, needing ``creditkit[judges]``; none otherwise).
        completions: the models that answer ``/v1/completions`` and take LoRA adapters.
        host: interface to bind (loopback by default: nothing outside the machine reaches it).
        port: 0 picks a free port.
        api_key: when set, every route needs ``Authorization: Bearer <api_key>`` (401
            otherwise), as ``vllm serve --api-key`` does.
        adapter_dirs: folders runtime LoRA adapters may be loaded from (an adapter's path must
            resolve inside one); empty: ``/v1/load_lora_adapter`` is refused.
        max_body_bytes: a larger request body is refused (413) before it is read.
        request_timeout_s: a connection that sends nothing for this long (a half-sent
            request) is answered 408 and closed.
    """

    def __init__(self, provider: LocalProvider | None = None,
                 completions: list[CompletionModel] | None = None, host: str = "127.0.0.1",
                 port: int = 0, api_key: str | None = None,
                 adapter_dirs: Sequence[str | Path] = (),
                 max_body_bytes: int = 16 * 2**20, request_timeout_s: float = 60.0) -> None:
        if provider is None and not completions:
            from creditkit.judges.local import local_provider

            provider = local_provider()
        if max_body_bytes < 1 or not request_timeout_s > 0:
            raise ValueError(f"max_body_bytes must be >= 1 and request_timeout_s > 0; got "
                             f"{max_body_bytes}, {request_timeout_s}")
        self.provider = provider
        self.completions = {model.name: model for model in completions or []}
        self.api_key = api_key or None
        self.adapter_dirs = [Path(d).resolve() for d in adapter_dirs]
        self.max_body_bytes = max_body_bytes
        self.requests = 0
        self.lock = threading.Lock()  # one generation at a time: the models are not thread-safe
        self.routes: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
            "/chat/completions": self._chat, "/completions": self._complete,
            "/load_lora_adapter": self._load_adapter,
            "/unload_lora_adapter": self._unload_adapter}
        handler = type("Handler", (_Handler,), {"server_app": self, "timeout": request_timeout_s})
        self.httpd = ThreadingHTTPServer((host, port), handler)
        self.httpd.daemon_threads = True
        self.thread: threading.Thread | None = None

    def authorized(self, header: str | None) -> bool:
        """Whether an ``Authorization`` header passes (always, without an API key)."""
        if self.api_key is None:
            return True
        scheme, _, token = (header or "").partition(" ")
        return scheme.lower() == "bearer" and hmac.compare_digest(token.strip(), self.api_key)

    def answer(self, route: str, request: Any) -> dict[str, Any]:
        """The body of a POST to ``route`` (one of :attr:`routes`), or a RequestError."""
        if not isinstance(request, dict):
            raise RequestError(400, f"the request body must be a JSON object, got "
                                    f"{type(request).__name__}")
        try:
            with self.lock:
                self.requests += 1
                return self.routes[route](request)
        except RequestError:
            raise
        except (ValueError, TypeError, KeyError, IndexError) as error:  # a field of bad shape
            raise RequestError(400, f"bad request: {type(error).__name__}: {error}") from None

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
        messages = request.get("messages")
        if not isinstance(messages, list) or not messages or not all(
                isinstance(m, dict) and isinstance(m.get("role"), str) for m in messages):
            raise RequestError(400, "'messages' must be a non-empty list of {role, content} "
                                    "objects")
        name = self.resolve(str(request.get("model", "")))
        if name is None or self.provider is None:
            served = sorted(self.provider.models) if self.provider is not None else []
            raise RequestError(404, f"model {request.get('model')!r} is not served for chat "
                                    f"({served})")
        text = self.provider.answer(name, messages, request)
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
        name, path = str(request.get("lora_name", "")), str(request.get("lora_path", ""))
        if not self.adapter_dirs:
            raise RequestError(403, "runtime LoRA adapters are off: start the server with "
                                    "--adapter-dir FOLDER (the folder adapters are written "
                                    "under, e.g. the trainer's runs/)")
        resolved = Path(path).resolve()
        if path and not any(resolved.is_relative_to(d) for d in self.adapter_dirs):
            raise RequestError(403, f"lora_path {path!r} is outside the allowed adapter "
                                    f"folders {[str(d) for d in self.adapter_dirs]} "
                                    f"(--adapter-dir)")
        self._base_for_adapter(request).load_adapter(name, path)
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


_ERROR_TYPES = {400: "BadRequestError", 401: "AuthenticationError", 403: "PermissionDeniedError",
                404: "NotFoundError", 408: "RequestTimeoutError", 411: "BadRequestError",
                413: "BadRequestError", 500: "InternalServerError"}


class _Handler(BaseHTTPRequestHandler):
    """One connection's requests to an :class:`OpenAIServer` (``server_app``)."""

    server_app: ClassVar[OpenAIServer]
    protocol_version = "HTTP/1.1"  # keep-alive: a client's requests share its connection

    def log_message(self, *args: Any) -> None:  # quiet
        pass

    def _send(self, status: int, body: dict[str, Any], close: bool = False) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        if close:  # the request body was not read: the connection cannot carry another
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(data)

    def _error(self, status: int, message: str, close: bool = False) -> None:
        self._send(status, {"error": {"message": message, "type": _ERROR_TYPES.get(
            status, "BadRequestError"), "param": None, "code": status}}, close)

    def _allowed(self) -> bool:
        if self.server_app.authorized(self.headers.get("Authorization")):
            return True
        self._error(401, "Unauthorized: send the server's API key as 'Authorization: Bearer "
                         "<key>' (engine.api_key)", close=True)
        return False

    def do_GET(self) -> None:  # http.server's name
        if not self._allowed():
            return
        if self.path.rstrip("/").endswith("/models"):
            self._send(200, {"object": "list", "data": self.server_app.model_list()})
        else:
            self._error(404, f"no route {self.path}")

    def do_POST(self) -> None:
        if not self._allowed():
            return
        app = self.server_app
        route = next((r for r in app.routes if self.path.rstrip("/").endswith("/v1" + r)), None)
        if route is None:
            self._error(404, f"no route {self.path}", close=True)
            return
        request = self._read_json()
        if request is _UNREAD:
            return
        try:
            body = app.answer(route, request)
        except RequestError as error:
            self._error(error.status, str(error))
            return
        except Exception as error:  # noqa: BLE001 - a failure inside a model: say so, keep serving
            self._error(500, f"{type(error).__name__}: {error}")
            return
        self._send(200, body)

    def _read_json(self) -> Any:
        """The request's JSON body, or :data:`_UNREAD` once an error is answered."""
        length = self.headers.get("Content-Length")
        if length is None:
            self._error(411, "a Content-Length header is required", close=True)
            return _UNREAD
        if not length.strip().isdigit():
            self._error(400, f"bad Content-Length {length!r}", close=True)
            return _UNREAD
        size = int(length)
        if size > self.server_app.max_body_bytes:
            self._error(413, f"the request body has {size} bytes; the limit is "
                             f"{self.server_app.max_body_bytes} (--max-body-mb)", close=True)
            return _UNREAD
        try:
            data = self.rfile.read(size)
        except TimeoutError:
            self._error(408, f"the request body did not arrive within {self.timeout} s "
                             f"(--request-timeout-s)", close=True)
            return _UNREAD
        if len(data) < size:
            self.close_connection = True  # the client went away mid-body
            return _UNREAD
        if not data.strip():
            self._error(400, "the request body is empty: send a JSON object")
            return _UNREAD
        try:
            return json.loads(data)
        except ValueError as error:
            self._error(400, f"the request body is not JSON: {error}")
            return _UNREAD


_UNREAD = object()
"""What :meth:`_Handler._read_json` returns when it has answered an error itself."""


def add_serve_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``creditkit serve``."""
    parser.add_argument("--model", action="append", required=True, metavar="NAME=PATH",
                        help="a model folder to serve as NAME (completions and LoRA adapters; "
                             "chat too when creditkit[judges] is installed); repeat for several")
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default: %(default)s; another one than "
                             "loopback reaches the network: set --api-key)")
    parser.add_argument("--port", type=int, default=8000,
                        help="port to listen on (default: %(default)s)")
    parser.add_argument("--api-key", default=os.environ.get(API_KEY_ENV),
                        help=f"require 'Authorization: Bearer KEY' on every route (default: "
                             f"${API_KEY_ENV}; none: no check)")
    parser.add_argument("--adapter-dir", action="append", default=[], metavar="FOLDER",
                        help="a folder runtime LoRA adapters may be loaded from (e.g. runs/, "
                             "where engine=server writes them); repeat for several; none: "
                             "runtime adapters are refused")
    parser.add_argument("--max-body-mb", type=float, default=16.0,
                        help="the largest request body accepted (default: %(default)s MB)")
    parser.add_argument("--request-timeout-s", type=float, default=60.0,
                        help="a connection silent this long mid-request is closed (default: "
                             "%(default)s s)")


API_KEY_ENV = "CREDITKIT_API_KEY"
"""The environment variable ``creditkit serve --api-key`` defaults to."""


def is_loopback(host: str) -> bool:
    """Whether ``host`` is a loopback address or name (``127.0.0.1``, ``::1``, ``localhost``)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def bind_warning(host: str, api_key: str | None) -> str | None:
    """The warning ``creditkit serve`` prints when ``host`` reaches beyond this machine."""
    if is_loopback(host):
        return None
    return (f"creditkit serve: warning: --host {host} reaches beyond this machine; " + (
        "requests need the API key" if api_key else "anyone who reaches the port can "
        f"generate and load adapters: set --api-key (or ${API_KEY_ENV})"))


def serve(args: argparse.Namespace) -> None:
    """Serve ``args.model`` until interrupted."""
    if not args.max_body_mb > 0 or not args.request_timeout_s > 0:
        raise SystemExit("--max-body-mb and --request-timeout-s must be > 0")
    models = []
    for spec in args.model:
        name, _, path = spec.partition("=")
        if not name or not path:
            raise SystemExit(f"--model {spec!r}: expected NAME=PATH")
        models.append(CompletionModel(name, path))
    for folder in args.adapter_dir:
        if not Path(folder).is_dir():
            raise SystemExit(f"--adapter-dir {folder}: no such folder")
    provider = None
    try:
        from creditkit.judges.local import local_provider

        provider = local_provider()
        for model in models:
            provider.register(model.name, model.base, model.tokenizer)
    except ImportError:  # no litellm: completions and adapters only
        pass
    warning = bind_warning(args.host, args.api_key)
    if warning:
        print(warning, file=sys.stderr, flush=True)
    server = OpenAIServer(provider, models, args.host, args.port, api_key=args.api_key,
                          adapter_dirs=args.adapter_dir,
                          max_body_bytes=int(args.max_body_mb * 2**20),
                          request_timeout_s=args.request_timeout_s)
    print(f"serving {[m.name for m in models]} at {server.base_url}", flush=True)
    server.httpd.serve_forever()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve local models as an OpenAI endpoint")
    add_serve_arguments(parser)
    serve(parser.parse_args(argv))


if __name__ == "__main__":
    main()
