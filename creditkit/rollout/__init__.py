"""Rollouts: engines that sample completions and the multi-turn agent loop."""

from creditkit.rollout.agent_loop import AgentLoop, EpisodeOutcome, Rollout
from creditkit.rollout.engine import Generation, RolloutEngine, Sampling
from creditkit.rollout.engines.hf import HFEngine
from creditkit.rollout.episodes import EnvFailure, EnvPool, LocalPool
from creditkit.rollout.settings import PartialGroups, RolloutConfig
from creditkit.rollout.workers import WorkerPool, env_pool

__all__ = ["AgentLoop", "EnvFailure", "EnvPool", "EpisodeOutcome", "Generation", "HFEngine",
           "LocalPool", "PartialGroups", "Rollout", "RolloutConfig", "RolloutEngine", "Sampling",
           "WorkerPool", "env_pool"]
