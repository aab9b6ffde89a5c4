"""What a run trains, made ready before its first step: the policy files (a tiny model built
and warmed up once in ``RUN_DIR/policy``, or a model name or folder), the tokenizer, the model
and its optimizer prepared by Accelerate, and the frozen reference of the KL term."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from accelerate import Accelerator

from creditkit.env import TextEnv
from creditkit.models import prepare_policy
from creditkit.models.policy import load_policy, load_tokenizer
from creditkit.models.settings import PolicyConfig
from creditkit.train.settings import TrainerConfig


@dataclass(frozen=True)
class TrainingPolicy:
    """The model side of a run.

    Attributes:
        tokenizer: the policy's tokenizer.
        model: the training model, prepared by the accelerator (wrapped under DDP/FSDP).
        optimizer: AdamW over the trainable parameters, prepared by the accelerator.
        reference: the frozen KL reference (see :func:`frozen_reference`), or None.
    """

    tokenizer: Any
    model: torch.nn.Module
    optimizer: torch.optim.Optimizer
    reference: torch.nn.Module | None


def start_policy(accelerator: Accelerator, policy: PolicyConfig, trainer: TrainerConfig,
                 env_factory: Callable[[], TextEnv], run_dir: Path, seed: int,
                 show_progress: bool = True) -> TrainingPolicy:
    """Prepare the policy files (main process; the others wait), then load and prepare the
    model, optimizer and reference on every process."""
    directory = run_dir / "policy"
    if accelerator.is_main_process:
        prepare_policy(policy, env_factory, directory, seed, show_progress)
    accelerator.wait_for_everyone()
    model_path = policy.name_or_path or str(directory)
    tokenizer = load_tokenizer(model_path)
    model = load_policy(model_path, policy)
    reference = frozen_reference(model, policy, trainer)
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad],
                                  lr=trainer.lr, weight_decay=trainer.weight_decay)
    prepared_model, prepared_optimizer = accelerator.prepare(model, optimizer)
    if reference is not None:
        reference.to(accelerator.device)
    return TrainingPolicy(tokenizer, prepared_model, prepared_optimizer, reference)


def frozen_reference(model: torch.nn.Module, policy: PolicyConfig, trainer: TrainerConfig
                     ) -> torch.nn.Module | None:
    """A frozen copy of the initial policy for the KL penalty (in bf16 under bf16 mixed
    precision); None when there is no penalty or the policy trains LoRA adapters (the base model
    with adapters disabled is the reference)."""
    if not trainer.kl_coef or policy.lora_rank > 0:
        return None
    reference = copy.deepcopy(model).eval()
    reference.requires_grad_(False)
    if trainer.mixed_precision == "bf16":
        reference.to(torch.bfloat16)
    return reference
