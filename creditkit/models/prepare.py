"""The policy a run starts from: a model name or folder, or a tiny model built once locally."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path

from transformers import AutoModelForCausalLM

from creditkit.env import TextEnv
from creditkit.models.policy import load_tokenizer
from creditkit.models.progress import phase
from creditkit.models.settings import PolicyConfig, TinyModelConfig
from creditkit.models.tiny import build_tiny_model
from creditkit.models.warmup import environment_corpus, format_warmup


def prepare_policy(config: PolicyConfig, env_factory: Callable[[], TextEnv], directory: Path,
                   seed: int, show_progress: bool = True) -> str:
    """The model to load: ``config.name_or_path``, or a tiny model built (once) in ``directory``.

    A tiny model (``config.tiny``) is built from a tokenizer trained on the environment's own
    text (random play, ``tiny.corpus_episodes`` episodes), then given
    ``tiny.format_warmup_steps`` of format warm-up,
    and saved; a folder already complete is reused, so a resumed run starts from the same
    initial weights. Each phase says what it does on stderr (``show_progress``: a live bar).
    """
    if config.name_or_path:
        check_model_source(config.name_or_path)
        return config.name_or_path
    tiny = config.tiny
    assert tiny is not None  # PolicyConfig sets it when no model is named
    build = {"seed": seed, **{f.name: getattr(tiny, f.name)
                              for f in dataclasses.fields(TinyModelConfig)}}
    if (directory / "config.json").exists():
        _check_build(directory, build)
        return str(directory)
    staging = directory.with_name(directory.name + ".tmp")
    with phase("tiny policy: random episodes for the tokenizer corpus", tiny.corpus_episodes,
               show_progress) as advance:
        corpus = environment_corpus(env_factory(), episodes=tiny.corpus_episodes, seed=seed,
                                    on_episode=advance)
    with phase("tiny policy: training the tokenizer and building the model", 1,
               show_progress) as advance:
        build_tiny_model(staging, corpus,
                         hidden_size=tiny.hidden_size, num_layers=tiny.num_layers,
                         num_heads=tiny.num_heads, vocab_size=tiny.vocab_size, seed=seed)
        advance()
    model, tokenizer = AutoModelForCausalLM.from_pretrained(staging), load_tokenizer(staging)
    format_warmup(model, tokenizer, env_factory, steps=tiny.format_warmup_steps,
                  lr=tiny.format_warmup_lr, seed=seed, episodes=tiny.warmup_episodes,
                  expert_fraction=tiny.warmup_expert_fraction, show_progress=show_progress)
    model.save_pretrained(staging)
    (staging / BUILD_FILE).write_text(json.dumps(build, indent=1))
    staging.rename(directory)
    return str(directory)


BUILD_FILE = "creditkit_build.json"
"""Where a built tiny model records the seed and the :class:`TinyModelConfig` it was built with
(flat, by field name)."""


def _check_build(directory: Path, build: dict[str, object]) -> None:
    """Refuse to reuse a tiny model built with another seed or shape (its BUILD_FILE)."""
    file = directory / BUILD_FILE
    if not file.exists():  # built before the record existed
        return
    saved = json.loads(file.read_text())
    changed = [f"{key if key == 'seed' else 'policy.tiny.' + key}: {saved.get(key)!r} there, "
               f"now {value!r}" for key, value in build.items() if saved.get(key) != value]
    if changed:
        raise ValueError(f"the tiny policy in {directory} was built with other settings ("
                         f"{'; '.join(changed)}): resume with those, or start a clean run "
                         f"(resume=false replace=true, or another output_dir)")


def check_model_source(name_or_path: str) -> None:
    """Refuse a ``policy.name_or_path`` that is written as a local path (absolute, ``./``,
    ``../``, ``~`` or with two or more ``/``; a hub id is ``org/name``) but is no folder."""
    path = Path(name_or_path).expanduser()
    local = (path.is_absolute() or name_or_path.startswith((".", "~"))
             or name_or_path.count("/") >= 2)
    if local and not path.is_dir():
        raise ValueError(f"policy.name_or_path={name_or_path!r}: no such folder ({path.resolve()}"
                         f" does not exist); name a model folder (config.json and weights) or a "
                         f"Hugging Face id")
