"""The training loop: collect -> shape -> estimate -> update -> log, on Accelerate.

One :class:`Trainer` owns every Accelerate call (``prepare``, ``backward``, ``reduce``,
``save_state``). Each process collects its own groups (seeds differ by rank), advantages are
computed per process before any padding (groups never span processes), and gradients are
averaged by Accelerate. Every step's seeds are a function of (seed, step, rank), and the RNG
states are checkpointed, so a resumed run continues exactly where an uninterrupted one would.
Steps are numbered from 1: step ``n`` is the ``n``-th update, and the checkpoint written after
it is ``step-n``.
"""

from __future__ import annotations

import dataclasses
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import torch
from accelerate import Accelerator
from accelerate.state import AcceleratorState
from accelerate.utils import set_seed
from torch import Tensor

from creditkit.batch import STEP_ENTROPIES_KEY, StepBatch
from creditkit.diagnostics import credit_diagnostics
from creditkit.env import TextEnv
from creditkit.estimators.base import AdvantageEstimator, estimator_state, uses_step_entropies
from creditkit.models.progress import Advance
from creditkit.models.settings import PolicyConfig
from creditkit.rollout import AgentLoop, HFEngine, Rollout, RolloutEngine, Sampling, env_pool
from creditkit.rollout.saved import rollout_path, save_rollout
from creditkit.rollout.settings import RolloutConfig
from creditkit.shapers.base import RewardShaper
from creditkit.train.checkpoint import save_run
from creditkit.train.evaluation import EpisodeOutcome, episode_metrics
from creditkit.train.metrics import (
    MetricsLogger,
    estimator_metrics,
    record_env_failures,
    rollout_metrics,
)
from creditkit.train.resume import restore_run, run_settings
from creditkit.train.run_folder import lock_run_folder, prepare_fresh_run, release_run_folder
from creditkit.train.settings import TrainerConfig, check_launch_precision
from creditkit.train.start import start_policy
from creditkit.train.update import PolicyUpdate


class Trainer:
    """Trains a policy on an environment with a reward shaper and an advantage estimator.

    Args:
        env: a factory building one environment instance (e.g. a Hydra ``_partial_``).
        estimator: ``StepBatch -> float [B]``.
        shaper: ``StepBatch -> StepBatch`` (e.g. ``Compose([])`` for none).
        policy, rollout, trainer: typed settings.
        output_dir: the run folder (metrics, checkpoints, the built tiny policy).
        seed: the run's seed.
        resume: continue from the newest intact checkpoint in ``output_dir`` if any; False
            starts a clean run, in a new or empty folder (see :mod:`creditkit.train.run_folder`).
        show_progress: draw the rich progress bar.
        engine: builds the rollout engine (``engine`` config group, a Hydra ``_partial_``),
            called with ``model`` (the unwrapped training model), ``tokenizer``, ``run_dir``
            and ``main_process``; None: :class:`~creditkit.rollout.HFEngine`.
        replace: with ``resume=False``, delete what ``output_dir`` holds first (else a folder
            holding files is refused).
    """

    def __init__(self, env: Callable[[], TextEnv], estimator: AdvantageEstimator,
                 shaper: RewardShaper, policy: PolicyConfig, rollout: RolloutConfig,
                 trainer: TrainerConfig, output_dir: str | Path, seed: int = 0,
                 resume: bool = True, show_progress: bool = True,
                 engine: Callable[..., RolloutEngine] | None = None,
                 replace: bool = False) -> None:
        if replace and resume:
            raise ValueError("replace=true deletes what output_dir holds and needs "
                             "resume=false; drop replace=true to continue the run there")
        self.env_factory, self.estimator, self.shaper = env, estimator, shaper
        self.policy_config, self.rollout_config, self.config = policy, rollout, trainer
        self.run_dir, self.seed, self.resume = Path(output_dir), seed, resume
        self.show_progress = show_progress
        # a second Trainer in one process (notebooks, tests) may ask for another precision:
        # reset Accelerate's process-wide settings, keeping the process group
        AcceleratorState._reset_state(reset_partial_state=False)
        check_launch_precision(trainer.mixed_precision)
        self.accelerator = Accelerator(mixed_precision=trainer.mixed_precision,
                                       cpu=not torch.cuda.is_available())
        if self.accelerator.is_main_process:  # before anything is written: one writer per folder
            lock_run_folder(self.run_dir)
            if not resume:
                prepare_fresh_run(self.run_dir, replace)
        self.accelerator.wait_for_everyone()
        set_seed(seed)
        started = start_policy(self.accelerator, policy, trainer, env, self.run_dir, seed,
                               show_progress)
        self.tokenizer, self.model, self.reference = (started.tokenizer, started.model,
                                                      started.reference)
        self.optimizer = started.optimizer
        self.update = PolicyUpdate(self.accelerator, self.model, self.optimizer, self.reference,
                                   trainer, rollout.temperature, rollout.max_new_tokens)
        self.engine: RolloutEngine = (engine or HFEngine)(
            model=self.accelerator.unwrap_model(self.model), tokenizer=self.tokenizer,
            run_dir=self.run_dir, main_process=self.accelerator.is_main_process)
        self.env_pool = env_pool(env, rollout)
        self.loop = AgentLoop(self.env_pool, self.engine, self.tokenizer, rollout)
        self.sampling = self.sampling_settings(greedy=False)
        self.eval_unscored_episodes = 0  # of the last evaluate(); see evaluate_outcomes
        self.eval_dropped_episodes = 0
        self.resume_changes: dict[str, tuple[Any, Any]] = {}  # settings changed on resume

    def fit(self) -> dict[str, float]:
        """Train for ``trainer.steps`` steps (resuming if asked); returns the last metrics."""
        start = self.restore_latest()
        self.sync_engine()
        last: dict[str, float] = {}
        with self._logger(start) as logger:
            if start == 0 and self.config.eval_every:
                logger.log(0, self.evaluate())
            for step in range(start + 1, self.config.steps + 1):
                began = time.perf_counter()
                rollout = self.collect(step)
                record_env_failures(self.run_dir, step, self.accelerator.process_index, rollout)
                collected = time.perf_counter()
                shaped = self.with_step_entropies(self.shape(rollout), rollout)
                state = estimator_state(self.estimator) if self.saves_rollout(step) else None
                advantages = self.estimate(shaped)
                estimated = time.perf_counter()
                if state is not None:
                    self.record_rollout(step, rollout, shaped, advantages, state)
                self.engine.release_memory()
                losses = self.update(rollout.tokens, advantages)
                self.sync_engine()
                updated = time.perf_counter()
                last = {**losses, **rollout_metrics(rollout), **estimator_metrics(self.estimator),
                        **credit_diagnostics(shaped, advantages),
                        "time.rollout_s": collected - began,
                        "time.estimate_s": estimated - collected,
                        "time.update_s": updated - estimated, "time.step_s": updated - began}
                if self._due(step, self.config.eval_every):
                    last.update(self.evaluate())
                logger.log(step, last)
                if self._due(step, self.config.save_every):
                    self.save(step)
        return last

    def restore_latest(self) -> int:
        """Load the newest intact checkpoint when resuming (see
        :func:`~creditkit.train.resume.restore_run`); returns its step, else 0."""
        if not self.resume:
            return 0
        step, self.resume_changes = restore_run(self.accelerator, self.run_dir, self.settings(),
                                                self.estimator, self.optimizer, self.config)
        return step

    def sync_engine(self) -> None:
        """Hand the current weights to the rollout engine (every process), then wait for all
        processes (a server engine's adapter is written by the main process only)."""
        self.engine.sync_weights(self.accelerator.unwrap_model(self.model))
        self.accelerator.wait_for_everyone()

    def collect(self, step: int) -> Rollout:
        """This process's rollouts of step ``step`` (1-based; seeds from seed, step and rank)."""
        rng = random.Random(f"{self.seed}/{step - 1}/{self.accelerator.process_index}")
        seeds = [rng.randrange(1 << 30) for _ in range(self.rollout_config.groups_per_step)]
        return self.loop.collect(seeds, self.sampling)

    def shape(self, rollout: Rollout) -> StepBatch:
        """The rollout's step rewards after the reward shaper (an empty rollout as it is)."""
        return self.shaper(rollout.steps) if rollout.steps.num_rows else rollout.steps

    def estimate(self, shaped: StepBatch) -> Tensor:
        """Advantages (float [B]) of the shaped rollout; float [0] when every episode was
        unscored or lost."""
        if not shaped.num_rows:
            return torch.zeros(0)
        return self.estimator(shaped)

    def with_step_entropies(self, shaped: StepBatch, rollout: Rollout) -> StepBatch:
        """``shaped`` with ``info["step_entropies"]`` (each turn's mean token entropy under the
        current policy) when the estimator or a part of it uses them (EMPG), else as it is."""
        if not shaped.num_rows or not uses_step_entropies(self.estimator):
            return shaped
        entropies = self.update.step_entropies(rollout.tokens)
        return dataclasses.replace(shaped, info={**shaped.info,
                                                 STEP_ENTROPIES_KEY: entropies})

    def saves_rollout(self, step: int) -> bool:
        """Whether step ``step`` records its rollout (``trainer.save_rollouts_every``)."""
        every = self.config.save_rollouts_every
        return every > 0 and bool(self._due(step, every))

    def record_rollout(self, step: int, rollout: Rollout, shaped: StepBatch, advantages: Tensor,
                       state: dict[str, Any]) -> Path:
        """Write step ``step``'s rollout, shaped rewards and advantages, with the estimator's
        state before the batch (``state``), to ``RUN_DIR/rollouts`` (this process's file)."""
        process = self.accelerator.process_index
        return save_rollout(rollout_path(self.run_dir, step, process), step, process, rollout,
                            shaped, advantages, self.estimator, state)

    def evaluate(self) -> dict[str, float]:
        """Success rate and mean return on the evaluation seeds (no update)."""
        if not self.config.eval_seeds:
            return {}
        self.eval_unscored_episodes = self.eval_dropped_episodes = 0
        outcomes = self.evaluate_outcomes(list(self.config.eval_seeds),
                                          self.config.eval_group_size)
        return {**episode_metrics(outcomes),
                "eval.unscored_episodes": float(self.eval_unscored_episodes),
                "eval.dropped_episodes": float(self.eval_dropped_episodes)}

    def evaluate_outcomes(self, seeds: list[int], group_size: int,
                          seeds_per_batch: int | None = None,
                          on_batch: Advance | None = None) -> list[EpisodeOutcome]:
        """Play ``group_size`` episodes of each seed with the current policy (no update),
        sampling as configured (``trainer.eval_greedy``), ``seeds_per_batch`` seeds at a time
        (None: all at once; fewer bound the number of live environment instances);
        ``on_batch`` is called after each batch (progress). Unscored episodes are left out
        and added to ``self.eval_unscored_episodes``; episodes lost to env failures, to
        ``self.eval_dropped_episodes`` (their group-mates are kept: no baseline here)."""
        loop = AgentLoop(self.env_pool, self.engine, self.tokenizer, dataclasses.replace(
            self.rollout_config, group_size=group_size, partial_groups="keep"))
        sampling = self.sampling_settings(greedy=self.config.eval_greedy)
        chunk = seeds_per_batch or len(seeds)
        outcomes = []
        for start in range(0, len(seeds), chunk):
            rollout = loop.collect(seeds[start:start + chunk], sampling)
            self.eval_unscored_episodes += rollout.unscored_episodes
            self.eval_dropped_episodes += rollout.dropped_episodes
            outcomes += rollout.episodes
            if on_batch is not None:
                on_batch()
        return outcomes

    def save(self, step: int) -> Path:
        """Checkpoint after step ``step`` (see :func:`~creditkit.train.checkpoint.save_run`)."""
        return save_run(self.accelerator, self.model, self.run_dir, step, self.config,
                        self.settings(), self.estimator)

    def save_policy(self, folder: str | Path) -> Path:
        """Write the trained policy as a Hugging Face model folder (``config.json``, weights,
        tokenizer) that ``AutoModelForCausalLM.from_pretrained`` loads, for evaluation or
        serving elsewhere. LoRA adapters are merged into a copy of the model (the training
        model keeps them). Collective: every process calls it, the main process writes.

        Args:
            folder: the folder to write (created; files already there are replaced).

        Returns:
            ``folder`` as a Path.
        """
        import copy

        folder = Path(folder)
        model = self.accelerator.unwrap_model(self.model)
        lora = hasattr(model, "merge_and_unload")  # a peft model: its adapters get merged
        # the full state dict is gathered (collectively, under FSDP / ZeRO-3) only when needed
        state = None if lora else self.accelerator.get_state_dict(self.model)
        if self.accelerator.is_main_process:
            if lora:
                copy.deepcopy(model).merge_and_unload().save_pretrained(folder)
            else:
                model.save_pretrained(folder, state_dict=state)
            self.tokenizer.save_pretrained(folder)
        self.accelerator.wait_for_everyone()
        return folder

    def close(self) -> None:
        """Stop the environment workers (a later rollout starts them again) and give up the
        run folder (another process may then write it)."""
        self.env_pool.close()
        if self.accelerator.is_main_process:
            release_run_folder(self.run_dir)

    def sampling_settings(self, greedy: bool) -> Sampling:
        """The rollout settings' sampling (greedy for evaluation when asked)."""
        config = self.rollout_config
        return Sampling(config.max_new_tokens, config.temperature, greedy=greedy,
                        top_p=config.top_p, top_k=config.top_k,
                        stop_token_ids=config.stop_token_ids)

    def settings(self) -> dict[str, Any]:
        """The flat run settings a checkpoint records (see :mod:`creditkit.train.resume`)."""
        return run_settings(self.config, self.rollout_config, self.policy_config,
                            self.estimator, self.shaper, self.env_factory, self.seed)

    def _logger(self, start: int) -> MetricsLogger:
        return MetricsLogger(self.run_dir, self.config.steps, start,
                             enabled=self.accelerator.is_main_process,
                             show_progress=self.show_progress)

    def _due(self, step: int, every: int) -> bool:
        return step == self.config.steps or (every > 0 and step % every == 0)
