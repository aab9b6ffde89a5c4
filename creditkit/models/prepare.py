"""The policy a run starts from: a model name or folder, or a tiny model built once locally."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from transformers import AutoModelForCausalLM

from creditkit.env import TextEnv
from creditkit.models.policy import load_tokenizer
from creditkit.models.progress import phase
from creditkit.models.settings import PolicyConfig
from creditkit.models.tiny import build_tiny_model
from creditkit.models.warmup import environment_corpus, format_warmup


def prepare_policy(config: PolicyConfig, env_factory: Callable[[], TextEnv], directory: Path,
                   seed: int, show_progress: bool = True) -> str:
    """The model to load: ``config.name_or_path``, or a tiny model built (once) in ``directory``.

    A tiny model is built from a tokenizer trained on the environment's own text (random play,
    ``config.corpus_episodes`` episodes), then given ``format_warmup_steps`` of format warm-up,
    and saved; a folder already complete is reused, so a resumed run starts from the same
    initial weights. Each phase says what it does on stderr (``show_progress``: a live bar).
    """
    if config.name_or_path:
        check_model_source(config.name_or_path)
        return config.name_or_path
    build = {"seed": seed, **{name: getattr(config, name) for name in BUILD_SETTINGS}}
    if (directory / "config.json").exists():
        _check_build(directory, build)
        return str(directory)
    staging = directory.with_name(directory.name + ".tmp")
    with phase("tiny policy: random episodes for the tokenizer corpus", config.corpus_episodes,
               show_progress) as advance:
        corpus = environment_corpus(env_factory(), episodes=config.corpus_episodes, seed=seed,
                                    on_episode=advance)
    with phase("tiny policy: training the tokenizer and building the model", 1,
               show_progress) as advance:
        build_tiny_model(staging, corpus,
                         hidden_size=config.hidden_size, num_layers=config.num_layers,
                         num_heads=config.num_heads, vocab_size=config.vocab_size, seed=seed)
        advance()
    model, tokenizer = AutoModelForCausalLM.from_pretrained(staging), load_tokenizer(staging)
    format_warmup(model, tokenizer, env_factory, steps=config.format_warmup_steps,
                  lr=config.format_warmup_lr, seed=seed, episodes=config.warmup_episodes,
                  expert_fraction=config.warmup_expert_fraction, show_progress=show_progress)
    model.save_pretrained(staging)
    (staging / BUILD_FILE).write_text(json.dumps(build, indent=1))
    staging.rename(directory)
    return str(directory)


BUILD_FILE = "creditkit_build.json"
BUILD_SETTINGS = ("hidden_size", "num_layers", "num_heads", "vocab_size", "format_warmup_steps",
                  "format_warmup_lr", "corpus_episodes", "warmup_episodes",
                  "warmup_expert_fraction")
"""The policy settings a built tiny model depends on (recorded with the seed in BUILD_FILE)."""


def _check_build(directory: Path, build: dict[str, object]) -> None:
    """Refuse to reuse a tiny model built with another seed or shape (its BUILD_FILE)."""
    file = directory / BUILD_FILE
    if not file.exists():  # built before the record existed
        return
    saved = json.loads(file.read_text())
    changed = [f"{'seed' if key == 'seed' else 'policy.' + key}: {saved.get(key)!r} there, now "
               f"{value!r}" for key, value in build.items() if saved.get(key) != value]
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
