"""Typed settings of the policy (the ``policy`` config group): :class:`PolicyConfig`, with the
tiny model's own settings in :class:`TinyModelConfig` (``policy.tiny``). The rollout's are
:class:`creditkit.rollout.settings.RolloutConfig`, the trainer's
:class:`creditkit.train.settings.TrainerConfig`."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from creditkit.models._fields import AT_LEAST_0, AT_LEAST_1, FRACTION, POSITIVE, check_fields

AttentionImplementation = Literal["sdpa", "eager", "flash_attention_2"]


@dataclass(frozen=True)
class TinyModelConfig:
    """A tiny Qwen2 model and tokenizer built locally from an environment's own text (no
    download), then taught the answer format: the ``policy.tiny`` settings.

    Attributes:
        hidden_size, num_layers, num_heads, vocab_size: the model's shape (head_dim =
            hidden_size / num_heads: 32 by default, the smallest vLLM's CPU attention serves).
        format_warmup_steps: behaviour-cloning steps on random admissible actions before RL
            (teaches the answer format to a model built from scratch).
        format_warmup_lr: learning rate of that warm-up.
        corpus_episodes: random episodes whose text trains the tokenizer.
        warmup_episodes: random episodes the warm-up imitates; None: max(64,
            format_warmup_steps). Lower both for slow environments (ALFWorld loads a game per
            episode).
        warmup_expert_fraction: share of the warm-up's turns played by the environment's
            scripted expert (``expert_action()``) instead of a random admissible action: 0
            (default) teaches the format only; > 0 gives a weak starting policy where random
            play almost never wins (ALFWorld).
    """

    hidden_size: int = 64
    num_layers: int = 2
    num_heads: int = 2
    vocab_size: int = 512
    format_warmup_steps: int = 1000
    format_warmup_lr: float = 3e-3
    corpus_episodes: int = 200
    warmup_episodes: int | None = None
    warmup_expert_fraction: float = 0.0

    def __post_init__(self) -> None:
        check_fields(self, "policy.tiny", {
            "hidden_size": AT_LEAST_1, "num_layers": AT_LEAST_1, "num_heads": AT_LEAST_1,
            "vocab_size": AT_LEAST_1, "format_warmup_steps": AT_LEAST_0,
            "format_warmup_lr": POSITIVE, "corpus_episodes": AT_LEAST_1,
            "warmup_episodes": AT_LEAST_1, "warmup_expert_fraction": FRACTION})
        if self.hidden_size % self.num_heads:
            raise ValueError(f"policy.tiny.num_heads={self.num_heads}: must divide "
                             f"policy.tiny.hidden_size={self.hidden_size}")


@dataclass(frozen=True)
class PolicyConfig:
    """Which model to train: a named one (``name_or_path``) or a tiny one built locally
    (``tiny``), never both.

    Attributes:
        name_or_path: a Hugging Face model id or local folder, loaded as it is; None builds
            the tiny model ``tiny`` describes.
        tiny: the tiny model to build (:class:`TinyModelConfig`; a mapping of its fields,
            from a config file, is converted). With ``name_or_path`` it must be None or at its
            defaults (then it becomes None); a changed ``tiny`` beside a named model is an
            error, not a silently ignored setting.
        lora_rank: > 0 trains LoRA adapters of this rank (peft) instead of all weights.
        lora_alpha: LoRA scaling.
        lora_target_modules: module names that get adapters.
        gradient_checkpointing: recompute each layer's activations in the backward pass
            instead of keeping them (transformers' gradient checkpointing; less memory, about
            a third more compute per update).
        attn_implementation: the attention kernel transformers uses: ``sdpa`` (PyTorch's
            scaled-dot-product attention), ``eager``, or ``flash_attention_2`` when the
            flash-attn package is installed.
    """

    name_or_path: str | None = None
    tiny: TinyModelConfig | None = field(default_factory=TinyModelConfig)
    lora_rank: int = 0
    lora_alpha: int = 16
    lora_target_modules: Sequence[str] = ("q_proj", "v_proj")
    gradient_checkpointing: bool = False
    attn_implementation: AttentionImplementation = "sdpa"

    def __post_init__(self) -> None:
        if isinstance(self.tiny, Mapping):  # a config node
            object.__setattr__(self, "tiny", TinyModelConfig(**self.tiny))
        check_fields(self, "policy", {"lora_rank": AT_LEAST_0, "lora_alpha": POSITIVE})
        if self.lora_rank and not self.lora_target_modules:
            raise ValueError("policy.lora_target_modules is empty: LoRA (policy.lora_rank > 0) "
                             "needs the module names that get adapters, e.g. [q_proj,v_proj]")
        if self.name_or_path is not None and not self.name_or_path.strip():
            raise ValueError("policy.name_or_path is empty: name a model (a local folder or a "
                             "Hugging Face id), or null for the tiny model")
        if self.name_or_path is None and self.tiny is None:
            raise ValueError("policy.name_or_path is null and policy.tiny is null: no model to "
                             "load or build; name one (policy.name_or_path=Qwen/Qwen2.5-0.5B-"
                             "Instruct, or a folder) or use policy=tiny")
        if self.name_or_path is not None and self.tiny is not None:
            defaults = TinyModelConfig()
            changed = [f"policy.tiny.{f.name}={getattr(self.tiny, f.name)!r}"
                       for f in dataclasses.fields(TinyModelConfig)
                       if getattr(self.tiny, f.name) != getattr(defaults, f.name)]
            if changed:
                raise ValueError(
                    f"{', '.join(changed)} beside policy.name_or_path={self.name_or_path!r}: a "
                    f"named model is loaded, not built, so tiny-model settings would do "
                    f"nothing; add policy.tiny=null to load the named model (an experiment's "
                    f"tiny settings are for building one), or set policy.name_or_path=null")
            object.__setattr__(self, "tiny", None)
