"""What an update needs beside the rollout: the frozen reference policy of the KL term, the
attention mask of right-padded rows and the first column that holds a trained token."""

from __future__ import annotations

import copy

import torch
from torch import Tensor

from creditkit.config import PolicyConfig, TrainerConfig


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


def first_trained_position(mask: Tensor) -> int:
    """The first column of ``mask`` (bool [N, L]) holding a loss token (1 if none)."""
    trained = mask.any(0).nonzero()
    return int(trained[0]) if trained.numel() else 1


def attention_from_loss_mask(mask: Tensor) -> Tensor:
    """Right-padded rows end at their last loss token: 1 up to there, 0 after. long [N, L]."""
    positions = torch.arange(mask.shape[1], device=mask.device)
    last = torch.where(mask, positions, -1).max(dim=1).values
    return (positions[None, :] <= last[:, None]).long()
