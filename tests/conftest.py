"""Shared fixtures: a tiny model and tokenizer built once per test session (no download)."""

from __future__ import annotations

from pathlib import Path

import pytest
from creditkit_envs.maze import MazeEnv
from transformers.utils import logging as hf_logging

from creditkit.models.tiny import build_tiny_model
from creditkit.models.warmup import environment_corpus

hf_logging.disable_progress_bar()


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = environment_corpus(MazeEnv(), episodes=50, seed=0)
    return build_tiny_model(tmp_path_factory.mktemp("tiny"), corpus, vocab_size=400)
