"""The policy a run starts from: a model name or folder, or a tiny model built once locally."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from transformers import AutoModelForCausalLM

from creditkit.config import PolicyConfig
from creditkit.env import TextEnv
from creditkit.models.tiny import build_tiny_model
from creditkit.models.warmup import environment_corpus, format_warmup
from creditkit.policy import load_tokenizer
from creditkit.progress import phase


def prepare_policy(config: PolicyConfig, env_factory: Callable[[], TextEnv], directory: Path,
                   seed: int, show_progress: bool = True) -> str:
    """The model to load: ``config.name_or_path``, or a tiny model built (once) in ``directory``.

    A tiny model is built from a tokenizer trained on the environment's own text (random play,
    ``config.corpus_episodes`` episodes), then given ``format_warmup_steps`` of format warm-up,
    and saved; a folder already complete is reused, so a resumed run starts from the same
    initial weights. Each phase says what it does on stderr (``show_progress``: a live bar).
    """
    if config.name_or_path:
        return config.name_or_path
    if (directory / "config.json").exists():
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
    staging.rename(directory)
    return str(directory)
