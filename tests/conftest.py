"""Shared fixtures: a tiny model and tokenizer built once per test session (no download)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # imported here: the core's tests run in a venv holding torch alone (.ci/run)
    from transformers.utils import logging as hf_logging

    from creditkit.models.tiny import build_tiny_model
    from creditkit.models.warmup import environment_corpus
    from creditkit_envs.maze import MazeEnv

    hf_logging.disable_progress_bar()
    corpus = environment_corpus(MazeEnv(), episodes=50, seed=0)
    return build_tiny_model(tmp_path_factory.mktemp("tiny"), corpus, vocab_size=400)


@pytest.fixture(scope="session")
def tiny_reward_model_dir(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory
                          ) -> Path:
    """An untrained reward model (score head on the tiny model), saved with its tokenizer."""
    from creditkit.train.reward_model import load_reward_model

    folder = tmp_path_factory.mktemp("rm")
    model, tokenizer = load_reward_model(tiny_model_dir)
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder
