"""Every field of every settings dataclass refuses a bad value with an error naming its key:
a value of the wrong type, and for each numeric field a value out of its range."""

from __future__ import annotations

import dataclasses
import re
import typing
from pathlib import Path

import pytest

from creditkit.models.settings import PolicyConfig, TinyModelConfig
from creditkit.rollout.settings import RolloutConfig
from creditkit.train.settings import TrainerConfig

SETTINGS = {"policy": PolicyConfig, "policy.tiny": TinyModelConfig, "rollout": RolloutConfig,
            "trainer": TrainerConfig}
OUT_OF_RANGE = {
    "policy": {"lora_rank": -1, "lora_alpha": 0},
    "policy.tiny": {"hidden_size": 0, "num_layers": 0, "num_heads": -1, "vocab_size": 0,
                    "format_warmup_steps": -1, "format_warmup_lr": 0.0, "corpus_episodes": 0,
                    "warmup_episodes": 0, "warmup_expert_fraction": 1.5},
    "rollout": {"groups_per_step": 0, "group_size": 0, "max_new_tokens": 0,
                "temperature": 0.0, "top_p": 0.0, "top_k": -1, "stop_token_ids": [-3],
                "history": -1, "env_workers": -1, "env_timeout_s": -1.0, "waves": 0},
    "trainer": {"steps": 0, "lr": 0.0, "weight_decay": -0.1, "max_grad_norm": -1.0,
                "updates_per_step": 0, "micro_batch_size": 0, "clip_low": -0.2,
                "clip_high": -0.28, "kl_coef": -0.01, "log_ratio_clamp": 0.0,
                "dual_clip": 0.5, "kl_clamp": -1.0, "entropy_coef": -0.1,
                "logprob_chunk_tokens": -1, "eval_every": -1, "eval_seeds": [-1],
                "eval_group_size": 0, "save_every": -1, "keep_checkpoints": 0,
                "save_rollouts_every": -1},
}
"""A value out of range for each numeric field (``trainer.max_grad_norm=-1`` used to flip every
gradient; ``policy.lora_rank=-1`` meant full fine-tuning; ``keep_checkpoints=0`` kept all)."""


def _is_numeric(hint: object) -> bool:
    args = typing.get_args(hint)
    return hint in (int, float) or any(a in (int, float) for a in args) or any(
        _is_numeric(a) for a in args if typing.get_origin(a) is not None)


def _fields(group: str) -> list[tuple[str, object]]:
    settings = SETTINGS[group]
    hints = typing.get_type_hints(settings)
    return [(f.name, hints[f.name]) for f in dataclasses.fields(settings)]


@pytest.mark.parametrize("group", SETTINGS)
def test_every_field_refuses_a_value_of_the_wrong_type(group: str) -> None:
    for name, hint in _fields(group):
        bad: object = 12345 if hint in (str, str | None) else "abc"
        with pytest.raises(ValueError, match=rf"^{re.escape(group)}\.{name}="):
            SETTINGS[group](**{name: bad})


@pytest.mark.parametrize("group", SETTINGS)
def test_every_numeric_field_refuses_a_value_out_of_range(group: str) -> None:
    numeric = [name for name, hint in _fields(group) if _is_numeric(hint)]
    assert sorted(numeric) == sorted(OUT_OF_RANGE[group])  # every numeric field is walked
    for name, bad in OUT_OF_RANGE[group].items():
        with pytest.raises(ValueError, match=rf"{re.escape(group)}\.{name}"):
            SETTINGS[group](**{name: bad})


def test_values_in_another_form_are_converted() -> None:
    assert TrainerConfig(steps=2.0).steps == 2  # type: ignore[arg-type]
    assert isinstance(TrainerConfig(steps=2.0).steps, int)  # type: ignore[arg-type]
    assert TrainerConfig(eval_seeds=[3, 4]).eval_seeds == (3, 4)
    with pytest.raises(ValueError, match=r"trainer\.steps=2\.5: expected int"):
        TrainerConfig(steps=2.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"trainer\.lr=inf: must be finite"):
        TrainerConfig(lr=float("inf"))


def test_a_missing_model_folder_is_named_as_a_folder(tmp_path: Path) -> None:
    from creditkit.models.prepare import check_model_source

    for written in (str(tmp_path / "final"), "./runs/final", "runs/a/final", "~/no/model"):
        with pytest.raises(ValueError, match=r"policy.name_or_path=.*: no such folder"):
            check_model_source(written)
    check_model_source(str(tmp_path))  # a folder that exists
    check_model_source("Qwen/Qwen2.5-0.5B-Instruct")  # a hub id: left to transformers


@pytest.mark.parametrize(("name", "value"), [("log_ratio_clamp", 0.0), ("dual_clip", 1.0),
                                             ("kl_clamp", -1.0)])
def test_a_loss_safeguard_that_would_not_guard_is_refused(name: str, value: float) -> None:
    """The settings refuse what :func:`creditkit.loss.policy_loss` would (tests/test_loss.py)."""
    with pytest.raises(ValueError, match=f"trainer.{name}"):
        TrainerConfig(**{name: value})


def test_the_tiny_model_and_a_named_model_exclude_each_other() -> None:
    assert PolicyConfig().tiny == TinyModelConfig()
    assert PolicyConfig(tiny={"hidden_size": 128, "num_heads": 4}).tiny == TinyModelConfig(
        hidden_size=128, num_heads=4)  # a config node's mapping is converted
    assert PolicyConfig(name_or_path="org/model").tiny is None  # tiny at its defaults: dropped
    with pytest.raises(ValueError, match=r"policy\.tiny\.hidden_size=128 beside "
                                         r"policy\.name_or_path='org/model'.*policy\.tiny=null"):
        PolicyConfig(name_or_path="org/model", tiny=TinyModelConfig(hidden_size=128))
    with pytest.raises(ValueError, match=r"policy\.name_or_path is null and policy\.tiny is null"):
        PolicyConfig(tiny=None)
    with pytest.raises(ValueError, match=r"policy\.tiny\.num_heads=3: must divide"):
        TinyModelConfig(num_heads=3)
