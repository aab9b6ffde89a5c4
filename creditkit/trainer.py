"""The training loop: collect -> shape -> estimate -> update -> log, on Accelerate.

One :class:`Trainer` owns every Accelerate call (``prepare``, ``backward``, ``reduce``,
``save_state``). Each process collects its own groups (seeds differ by rank), advantages are
computed per process before any padding (groups never span processes), and gradients are
averaged by Accelerate. Every step's seeds are a function of (seed, step, rank), and the RNG
states are checkpointed, so a resumed run continues exactly where an uninterrupted one would.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import random
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

import torch
from accelerate import Accelerator
from accelerate.state import AcceleratorState
from accelerate.utils import set_seed
from torch import Tensor

from creditkit.batch import TokenBatch
from creditkit.checkpoint import (
    CorruptCheckpoint,
    complete_checkpoints,
    load_checkpoint,
    load_rank_state,
    read_checkpoint_state,
    save_checkpoint,
    verify_checkpoint,
)
from creditkit.config import (
    PolicyConfig,
    RolloutConfig,
    TrainerConfig,
    check_launch_precision,
)
from creditkit.diagnostics import credit_diagnostics
from creditkit.env import TextEnv
from creditkit.estimators.base import (
    AdvantageEstimator,
    estimator_parts,
    is_reporting,
)
from creditkit.evaluation import EpisodeOutcome, episode_metrics, mean_or_nan
from creditkit.loss import policy_loss
from creditkit.metrics import MetricsLogger
from creditkit.models import prepare_policy
from creditkit.policy import load_policy, load_tokenizer, token_logprobs
from creditkit.progress import Advance
from creditkit.resume import compare_settings, flatten, refusal_message, run_settings
from creditkit.rollout import AgentLoop, HFEngine, Rollout, RolloutEngine, Sampling, env_pool
from creditkit.rollout.saved import estimator_state, rollout_path, save_rollout
from creditkit.run_folder import lock_run_folder, prepare_fresh_run, release_run_folder
from creditkit.segments import broadcast_to_tokens
from creditkit.shapers.base import RewardShaper
from creditkit.update_inputs import (
    attention_from_loss_mask,
    first_trained_position,
    frozen_reference,
)

LOGGER = logging.getLogger("creditkit.trainer")
ENV_FAILURES_FILE = "env_failures.jsonl"
"""One JSON line per episode lost to its env: step, process, seed, kind, error."""

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
            starts a clean run, in a new or empty folder (see :mod:`creditkit.run_folder`).
        replace: with ``resume=False``, delete what ``output_dir`` holds first (else a folder
            holding files is refused).
        show_progress: draw the rich progress bar.
        engine: builds the rollout engine (``engine`` config group, a Hydra ``_partial_``),
            called with ``model`` (the unwrapped training model), ``tokenizer``, ``run_dir``
            and ``main_process``; None: :class:`~creditkit.rollout.HFEngine`.
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
        self.estimator_parts = estimator_parts(estimator)
        self.policy_config, self.rollout_config, self.config = policy, rollout, trainer
        self.run_dir, self.seed, self.resume = Path(output_dir), seed, resume
        self.show_progress = show_progress
        # a second Trainer in one process (notebooks, tests) may ask for another precision:
        # reset Accelerate's process-wide settings, keeping the process group
        AcceleratorState._reset_state(reset_partial_state=False)
        check_launch_precision(trainer.mixed_precision)
        self.accelerator = Accelerator(mixed_precision=trainer.mixed_precision, cpu=not
                                       torch.cuda.is_available())
        if self.accelerator.is_main_process:  # before anything is written: one writer per folder
            lock_run_folder(self.run_dir)
            if not resume:
                prepare_fresh_run(self.run_dir, replace)
        self.accelerator.wait_for_everyone()
        set_seed(seed)
        model_path = self._prepare_policy_files()
        self.tokenizer = load_tokenizer(model_path)
        model = load_policy(model_path, policy)
        self.reference = frozen_reference(model, policy, trainer)
        optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad],
                                      lr=trainer.lr, weight_decay=trainer.weight_decay)
        self.model, self.optimizer = self.accelerator.prepare(model, optimizer)
        if self.reference is not None:
            self.reference.to(self.accelerator.device)
        self.engine: RolloutEngine = (engine or HFEngine)(
            model=self.accelerator.unwrap_model(self.model), tokenizer=self.tokenizer,
            run_dir=self.run_dir, main_process=self.accelerator.is_main_process)
        self.env_pool = env_pool(env, rollout.env_workers, rollout.env_timeout_s)
        self.loop = AgentLoop(self.env_pool, self.engine, self.tokenizer, rollout.group_size,
                              anchor_mode=rollout.anchor_mode, history=rollout.history,
                              waves=rollout.waves, partial_groups=rollout.partial_groups)
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
            for step in range(start, self.config.steps):
                marks = [time.perf_counter()]
                rollout = self.collect(step)
                self.log_env_failures(step + 1, rollout)
                marks.append(time.perf_counter())
                advantages, credit = self.estimate(step + 1, rollout)
                marks.append(time.perf_counter())
                self.engine.release_memory()
                last = {**self.update(rollout.tokens, advantages),
                        **self._rollout_metrics(rollout), **self._estimator_metrics(), **credit}
                marks.append(time.perf_counter())
                last.update({"time.rollout_s": marks[1] - marks[0],
                             "time.estimate_s": marks[2] - marks[1],
                             "time.update_s": marks[3] - marks[2],
                             "time.step_s": marks[3] - marks[0]})
                done = step + 1
                if self._due(done, self.config.eval_every):
                    last.update(self.evaluate())
                logger.log(done, last)
                if self._due(done, self.config.save_every):
                    self.save(done)
        return last

    def sampling_settings(self, greedy: bool) -> Sampling:
        """The rollout settings' sampling (greedy for evaluation when asked)."""
        config = self.rollout_config
        return Sampling(config.max_new_tokens, config.temperature, greedy=greedy,
                        top_p=config.top_p, top_k=config.top_k,
                        stop_token_ids=config.stop_token_ids)

    def sync_engine(self) -> None:
        """Hand the current weights to the rollout engine (every process), then wait for all
        processes (a server engine's adapter is written by the main process only)."""
        self.engine.sync_weights(self.accelerator.unwrap_model(self.model))
        self.accelerator.wait_for_everyone()

    def collect(self, step: int) -> Rollout:
        """This process's rollouts of one step (seeds from seed, step and rank)."""
        rng = random.Random(f"{self.seed}/{step}/{self.accelerator.process_index}")
        seeds = [rng.randrange(1 << 30) for _ in range(self.rollout_config.groups_per_step)]
        return self.loop.collect(seeds, self.sampling)

    def estimate(self, step: int, rollout: Rollout) -> tuple[Tensor, dict[str, float]]:
        """Shape the rollout's rewards and estimate advantages (float [B]); also returns the
        credit diagnostics (:func:`~creditkit.diagnostics.credit_diagnostics`) and, when
        ``trainer.save_rollouts_every`` says so, saves the rollout (``step`` is 1-based)."""
        if not rollout.steps.num_rows:  # every episode unscored or lost
            return torch.zeros(0), {}
        shaped = self.shaper(rollout.steps)
        every = self.config.save_rollouts_every
        due = every > 0 and self._due(step, every)
        state = estimator_state(self.estimator) if due else {}
        advantages = self.estimator(shaped)
        if due:
            process = self.accelerator.process_index
            save_rollout(rollout_path(self.run_dir, step, process), step, process, rollout,
                         shaped, advantages, self.estimator, state)
        return advantages, credit_diagnostics(shaped, advantages)

    def log_env_failures(self, step: int, rollout: Rollout) -> None:
        """Write each episode lost to its env to ``RUN_DIR/env_failures.jsonl`` (step, process,
        seed, kind, error) and warn; a step that lost every episode makes no update."""
        if not rollout.env_failures:
            return
        self.run_dir.mkdir(parents=True, exist_ok=True)
        with (self.run_dir / ENV_FAILURES_FILE).open("a") as handle:
            for seed, failure in rollout.env_failures:
                handle.write(json.dumps({"step": step, "process": self.accelerator.process_index,
                                         "seed": seed, "kind": failure.kind,
                                         "error": failure.error}) + "\n")
        kinds = Counter(failure.kind for _, failure in rollout.env_failures)
        LOGGER.warning("step %d: %d episode(s) lost to env failures (%s), %d left out in all "
                       "(rollout.partial_groups); last error: %s", step, len(rollout.env_failures),
                       ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())),
                       rollout.dropped_episodes, rollout.env_failures[-1][1].error.strip())
        if not rollout.steps.num_rows:
            LOGGER.warning("step %d lost every episode: skipped (no update)", step)

    def close(self) -> None:
        """Stop the environment workers (a later rollout starts them again) and give up the
        run folder (another process may then write it)."""
        self.env_pool.close()
        if self.accelerator.is_main_process:
            release_run_folder(self.run_dir)

    def update(self, tokens: TokenBatch, advantages: Tensor) -> dict[str, float]:
        """``updates_per_step`` optimizer steps over the rollout, micro-batched.

        When every advantage is 0 on every process (e.g. every group all-failed), there is no
        signal: the step is skipped, so AdamW's momentum does not keep moving the weights.
        """
        device = self.accelerator.device
        mask = tokens.loss_mask.to(device)
        ids, old = tokens.token_ids.to(device), tokens.old_logprobs.to(device)  # type: ignore
        attention = attention_from_loss_mask(mask)
        batches = torch.arange(ids.shape[0], device=device).split(self.config.micro_batch_size)
        engine_metrics: dict[str, float] = {}
        if self.config.recompute_old_logprobs:
            recomputed = torch.cat([self._old_logprobs(ids[rows], attention[rows], mask[rows])
                                    for rows in batches]) if len(ids) else old
            engine_metrics = self._logprob_agreement(old, recomputed, mask)
            old = recomputed
        signal = self.accelerator.reduce(advantages.abs().sum().reshape(1).to(device).float(),
                                         reduction="sum")
        if float(signal) == 0.0:
            return {"loss.skipped": 1.0, "advantage.abs_mean": 0.0, **engine_metrics}
        token_advantages = broadcast_to_tokens(advantages.float(), tokens.token_step_ids,
                                               tokens.loss_mask).to(device)
        totals = self._global_totals(mask)
        # once per step, for the rollout: the reference does not change across update epochs
        references = [self._reference_logprobs(ids[rows], attention[rows], mask[rows])
                      for rows in batches]
        metrics: list[dict[str, float]] = []
        for _ in range(self.config.updates_per_step):
            self.optimizer.zero_grad()
            for rows, reference in zip(batches, references, strict=True):
                metrics.append(self._backward(ids[rows], attention[rows], old[rows],
                                              token_advantages[rows], mask[rows], totals,
                                              reference))
            norm = self.accelerator.clip_grad_norm_(self.model.parameters(),
                                                    self.config.max_grad_norm)
            self.optimizer.step()
        self.sync_engine()
        summary = self._loss_summary(metrics)
        # DeepSpeed clips inside its engine and returns no norm
        summary["loss.grad_norm"] = float(norm) if norm is not None else math.nan
        summary["advantage.abs_mean"] = float(advantages.abs().mean())
        summary["loss.skipped"] = 0.0
        return {**summary, **engine_metrics}

    def _logprob_agreement(self, engine: Tensor, trainer: Tensor, mask: Tensor
                           ) -> dict[str, float]:
        """``rollout.logprob_diff_max`` and ``rollout.logprob_diff_mean``: the absolute gap
        between the engine's log-prob and the training model's recomputed one, over the loss
        tokens of every process
        (float [N, L] each, mask bool [N, L]); how a user sees that weight sync works. verl logs
        the same signal on probabilities, ``training/rollout_probs_diff_max|mean``."""
        gaps = (engine.float() - trainer.float()).abs()[mask.bool()]
        local = torch.stack([gaps.sum(), torch.tensor(float(gaps.numel()), device=gaps.device),
                             gaps.max() if gaps.numel() else gaps.new_zeros(())]).double()
        every = self.accelerator.gather(local.reshape(1, 3)).reshape(-1, 3)
        count = float(every[:, 1].sum())
        if count == 0:
            return {}
        return {"rollout.logprob_diff_max": float(every[:, 2].max()),
                "rollout.logprob_diff_mean": float(every[:, 0].sum()) / count}

    def _loss_summary(self, metrics: list[dict[str, float]]) -> dict[str, float]:
        """``loss.policy``: the step's full loss (the micro-batch losses of an update epoch,
        summed over micro-batches and processes, averaged over update epochs; each process
        normalised by its share of the global counts, 1/N of them, so the sum over processes
        is divided by N); the other ``loss.*`` metrics: token-weighted means over every
        micro-batch and process (``clip_fraction`` is then verl's ``pg_clipfrac``)."""
        names = [k for k in metrics[0] if k not in ("policy", "tokens")]
        sums = [sum(m["policy"] for m in metrics), *(
            sum(m[k] * m["tokens"] for m in metrics) for k in names),
            sum(m["tokens"] for m in metrics)]
        totals = self.accelerator.reduce(torch.tensor(sums, dtype=torch.float64,
                                                      device=self.accelerator.device),
                                         reduction="sum").tolist()
        summary = {"loss.policy": totals[0] / self.config.updates_per_step
                   / self.accelerator.num_processes}
        summary.update({f"loss.{k}": value / max(totals[-1], 1.0)
                        for k, value in zip(names, totals[1:-1], strict=True)})
        return summary

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
        loop = AgentLoop(self.env_pool, self.engine, self.tokenizer, group_size,
                         history=self.rollout_config.history, waves=self.rollout_config.waves,
                         partial_groups="keep")
        sampling = self.sampling_settings(greedy=self.config.eval_greedy)
        chunk = seeds_per_batch or len(seeds)
        outcomes = []
        for start in range(0, len(seeds), chunk):
            rollout = loop.collect(seeds[start:start + chunk], sampling)
            self.eval_unscored_episodes += rollout.unscored_episodes
            self.eval_dropped_episodes += rollout.dropped_episodes
            outcomes += [EpisodeOutcome(*fields) for fields in zip(
                rollout.episode_categories, rollout.episode_success, rollout.episode_returns,
                rollout.episode_lengths, rollout.episode_scores, strict=True)]
            if on_batch is not None:
                on_batch()
        return outcomes

    def save(self, step: int) -> Path:
        """Checkpoint after ``step`` completed steps (after checking the ranks agree)."""
        self.check_ranks_in_sync()
        return save_checkpoint(self.accelerator, self.run_dir, step,
                               {"trainer": asdict(self.config), "settings": self.settings()},
                               self.config.keep_checkpoints,
                               rank_state={"estimator": estimator_state(self.estimator)})

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

    def settings(self) -> dict[str, Any]:
        """The flat run settings a checkpoint records (see :mod:`creditkit.resume`)."""
        return run_settings(self.config, self.rollout_config, self.policy_config,
                            self.estimator, self.shaper, self.env_factory, self.seed)

    def check_ranks_in_sync(self) -> None:
        """Raise if the processes' parameters differ (they must, after identical updates)."""
        if self.accelerator.num_processes == 1:
            return
        with torch.no_grad():
            total = sum(p.detach().double().sum() for p in self.model.parameters())
        fingerprints = self.accelerator.gather(torch.stack([total]).to(self.accelerator.device))
        if not bool((fingerprints == fingerprints[0]).all()):
            raise RuntimeError(f"processes are out of sync: parameter sums {fingerprints.tolist()}")

    def _backward(self, ids: Tensor, attention: Tensor, old: Tensor, advantages: Tensor,
                  mask: Tensor, totals: dict[str, float], reference: Tensor | None
                  ) -> dict[str, float]:
        with self.accelerator.autocast():
            logprobs, entropy = token_logprobs(
                self.model, ids, attention, with_entropy=self.config.entropy_coef > 0,
                first_position=first_trained_position(mask),
                temperature=self.rollout_config.temperature,
                chunk_tokens=self.config.logprob_chunk_tokens)
        result = policy_loss(
            logprobs, old, advantages, mask, clip_low=self.config.clip_low,
            clip_high=self.config.clip_high, aggregation=self.config.aggregation,
            ref_logprobs=reference, kl_coef=self.config.kl_coef,
            kl_estimator=self.config.kl_estimator, entropy=entropy,
            entropy_coef=self.config.entropy_coef, num_tokens=totals["num_tokens"],
            num_sequences=totals["num_sequences"], norm_length=totals["norm_length"],
            log_ratio_clamp=self.config.log_ratio_clamp, dual_clip=self.config.dual_clip,
            kl_clamp=self.config.kl_clamp)
        self.accelerator.backward(result.loss)
        return {"policy": float(result.loss.detach()), "tokens": float(mask.sum()),
                **result.metrics}

    def _reference_logprobs(self, ids: Tensor, attention: Tensor, mask: Tensor
                            ) -> Tensor | None:
        """float [N, L] token log-probs under the frozen reference policy; None without KL."""
        if not self.config.kl_coef:
            return None
        with self._reference_model() as reference:
            return self._scored(reference, ids, attention, mask)

    def _old_logprobs(self, ids: Tensor, attention: Tensor, mask: Tensor) -> Tensor:
        """float [N, L] the rollout's token log-probs recomputed with the training model (eval
        mode, no grad), 0 off the loss mask (``trainer.recompute_old_logprobs``)."""
        with _eval_mode(self.accelerator.unwrap_model(self.model)) as model:
            return torch.where(mask, self._scored(model, ids, attention, mask), 0.0)

    @torch.no_grad()
    def _scored(self, model: torch.nn.Module, ids: Tensor, attention: Tensor, mask: Tensor
                ) -> Tensor:
        """float [N, L] token log-probs of ``ids`` under ``model`` (no grad, autocast), at the
        rollout temperature, from the first trained column on."""
        with self.accelerator.autocast():
            logprobs, _ = token_logprobs(model, ids, attention,
                                         first_position=first_trained_position(mask),
                                         temperature=self.rollout_config.temperature,
                                         chunk_tokens=self.config.logprob_chunk_tokens)
        return logprobs.float()

    @contextlib.contextmanager
    def _reference_model(self) -> Iterator[torch.nn.Module]:
        """The reference: a frozen copy of the initial weights, or with LoRA the trained model
        with its adapters disabled (no second copy), in eval mode (no dropout) for the call."""
        if self.reference is not None:
            yield self.reference
            return
        with _eval_mode(self.accelerator.unwrap_model(self.model)) as model, \
                model.disable_adapter():
            yield model

    def _global_totals(self, mask: Tensor) -> dict[str, float]:
        """Loss normalisers over all processes, divided by their number (gradients are
        averaged across processes, so each process normalises by its share)."""
        counts = torch.tensor([float(mask.sum()), float((mask.sum(1) > 0).sum())],
                              device=mask.device)
        counts = self.accelerator.reduce(counts, reduction="sum") / self.accelerator.num_processes
        return {"num_tokens": float(counts[0]), "num_sequences": float(counts[1]),
                "norm_length": float(self.rollout_config.max_new_tokens)}

    def _estimator_metrics(self) -> dict[str, float]:
        """``estimator.[PATH.]NAME`` for each estimator part that reports metrics."""
        metrics: dict[str, float] = {}
        for path, part in self.estimator_parts.items():
            if is_reporting(part):
                prefix = f"estimator.{path}." if path else "estimator."
                metrics.update({prefix + name: value for name, value in part.metrics().items()})
        return metrics

    def _rollout_metrics(self, rollout: Rollout) -> dict[str, float]:
        valid = rollout.steps.valid
        assert valid is not None
        mean = mean_or_nan
        return {"train.success": mean(rollout.episode_success),
                "train.return": mean(rollout.episode_returns),
                "train.length": mean(rollout.episode_lengths),
                "train.valid_rate": float(valid.float().mean()) if len(valid) else math.nan,
                "train.turns": float(rollout.steps.num_rows),
                "rollout.unscored_episodes": float(rollout.unscored_episodes),
                "rollout.dropped_episodes": float(rollout.dropped_episodes),
                "rollout.env_failures": float(len(rollout.env_failures))}

    def _prepare_policy_files(self) -> str:
        directory = self.run_dir / "policy"
        if self.accelerator.is_main_process:
            prepare_policy(self.policy_config, self.env_factory, directory, self.seed,
                           self.show_progress)
        self.accelerator.wait_for_everyone()
        return self.policy_config.name_or_path or str(directory)

    def restore_latest(self) -> int:
        """Load the newest intact checkpoint (when resuming); returns its step, else 0.

        Each checkpoint is verified against its manifest before anything is loaded; a damaged
        one is named and the previous complete checkpoint is tried (printed). When every
        checkpoint is damaged the run stops: it never resumes silently different."""
        candidates = complete_checkpoints(self.run_dir)[::-1] if self.resume else []
        for index, checkpoint in enumerate(candidates):
            try:
                verified = verify_checkpoint(checkpoint)
                saved = read_checkpoint_state(checkpoint)
                recorded = saved.get("settings") or flatten({"trainer": saved.get("trainer", {})})
                applied, refused = compare_settings(recorded, self.settings())
                if refused:
                    raise ValueError(refusal_message(checkpoint, refused))
                load_checkpoint(self.accelerator, checkpoint)
                step = int(saved["step"])
                rank_state = load_rank_state(self.accelerator, checkpoint)
            except CorruptCheckpoint as error:
                self._report_damaged(error, candidates[index + 1:])
                continue
            self._restored(checkpoint, step, applied, verified, rank_state)
            return step
        if candidates:
            raise RuntimeError(
                f"every checkpoint in {self.run_dir / 'checkpoints'} is damaged (each named "
                f"above): nothing to resume from; move them away and start over with "
                f"resume=false replace=true, or restore them from a copy")
        return 0

    def _report_damaged(self, error: CorruptCheckpoint, older: list[Path]) -> None:
        if self.accelerator.is_main_process:
            then = (f"falling back to the previous complete checkpoint {older[0]}" if older
                    else "no earlier checkpoint is left")
            print(f"creditkit: damaged checkpoint: {error}; {then}", file=sys.stderr,
                  flush=True)

    def _restored(self, checkpoint: Path, step: int, applied: dict[str, tuple[Any, Any]],
                  verified: bool, rank_state: dict[str, Any]) -> None:
        for group in self.optimizer.param_groups:  # the restored optimizer keeps its old ones
            group["lr"], group["weight_decay"] = self.config.lr, self.config.weight_decay
        self.resume_changes = applied
        if self.accelerator.is_main_process:
            checked = "" if verified else " (written without a manifest: not verified)"
            print(f"creditkit: loaded the checkpoint {checkpoint} ({step} of "
                  f"{self.config.steps} steps done){checked}", file=sys.stderr, flush=True)
            for key, (old, new) in applied.items():
                print(f"resume from {checkpoint.name}: {key} changed {old!r} -> {new!r} "
                      f"(applies from step {step} on)", file=sys.stderr)
        for path, state in rank_state.get("estimator", {}).items():
            self.estimator_parts[path].load_state_dict(state)

    def _logger(self, start: int) -> MetricsLogger:
        return MetricsLogger(self.run_dir, self.config.steps, start,
                             enabled=self.accelerator.is_main_process,
                             show_progress=self.show_progress)

    def _due(self, done: int, every: int) -> bool:
        return done == self.config.steps or (every > 0 and done % every == 0)


@contextlib.contextmanager
def _eval_mode(model: Any) -> Iterator[Any]:
    """``model`` in eval mode (no dropout) for the block, its training mode restored after."""
    training = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(training)
