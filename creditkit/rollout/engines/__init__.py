"""Rollout engines: ``hf`` (the training model), ``server`` (an OpenAI-compatible server such
as ``vllm serve`` or ``creditkit serve``), ``vllm`` (a colocated ``vllm.LLM``)."""

from creditkit.rollout.engines.hf import HFEngine

__all__ = ["HFEngine"]
