"""An on-disk cache of model answers keyed by a hash of the request, so that re-running an
annotation or a judgement costs nothing.

>>> import tempfile
>>> cache = ResponseCache(tempfile.mkdtemp())
>>> key = cache.key("local/tiny", [{"role": "user", "content": "Score it."}], temperature=0.0)
>>> cache.get(key) is None
True
>>> cache.put(key, '{"goal": 7}')
>>> cache.get(key), cache.hits, cache.misses
('{"goal": 7}', 1, 1)
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

__all__ = ["ResponseCache"]


class ResponseCache:
    """Answers stored as ``<root>/<key[:2]>/<key>.json`` (written atomically).

    Args:
        root: the cache folder (created on first write).
    """

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root).expanduser()
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(model: str, messages: Sequence[dict[str, Any]], **params: Any) -> str:
        """A SHA-256 over the model name, the messages and every generation parameter (the
        response schema included): any change gives another key."""
        request = json.dumps({"model": model, "messages": list(messages), "params": params},
                             sort_keys=True, default=str)
        return hashlib.sha256(request.encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> str | None:
        """The stored answer, or None."""
        path = self._path(key)
        if not path.is_file():
            self.misses += 1
            return None
        self.hits += 1
        return str(json.loads(path.read_text())["answer"])

    def put(self, key: str, answer: str) -> None:
        """Store an answer."""
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        temporary.write_text(json.dumps({"answer": answer}))
        os.replace(temporary, path)
