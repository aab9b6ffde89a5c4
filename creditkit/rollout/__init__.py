"""Rollouts: engines that sample completions and the multi-turn agent loop."""

from creditkit.rollout.agent_loop import AgentLoop, Rollout
from creditkit.rollout.engine import Generation, RolloutEngine, Sampling
from creditkit.rollout.engines.hf import HFEngine

__all__ = ["AgentLoop", "Generation", "HFEngine", "Rollout", "RolloutEngine", "Sampling"]
