"""Rollout engines: :mod:`~creditkit.rollout.engines.hf` (the training model),
:mod:`~creditkit.rollout.engines.server` (an OpenAI-compatible server such as ``vllm serve`` or
``creditkit serve``) and :mod:`~creditkit.rollout.engines.vllm` (a colocated ``vllm.LLM``)."""
