"""Training with ``engine=server`` against ``creditkit serve``'s routes on 127.0.0.1: the
adapter reaches every server after each update, and the servers then sample as the trainer's
own model does."""

from __future__ import annotations

import functools
import json
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from creditkit.app.serve.completions import CompletionModel
from creditkit.app.serve.server import OpenAIServer
from creditkit.models.policy import chat_prompt_ids
from creditkit.models.settings import PolicyConfig
from creditkit.rollout import HFEngine, Sampling
from creditkit.rollout.engines.server import ServerEngine, run_prefix
from tests.rollout.test_server_engine import served_names
from tests.trainer.test_options import small_trainer

BIN = Path(sys.executable).parent


def test_training_over_two_servers_keeps_both_on_the_newest_adapter(
        tiny_model_dir: Path, tmp_path: Path) -> None:
    servers = [OpenAIServer(completions=[CompletionModel("policy", tiny_model_dir)],
                            adapter_dirs=[tmp_path]).start() for _ in range(2)]
    engine = functools.partial(ServerEngine, base_urls=[s.base_url for s in servers],
                               served_model="policy", prompts_per_request=2)
    trainer = small_trainer(tmp_path, PolicyConfig(name_or_path=str(tiny_model_dir),
                                                   lora_rank=4), engine=engine, steps=2, lr=5e-2)
    held: list[list[list[str]]] = []
    sync = trainer.engine.sync_weights

    def recording(model: object) -> None:
        sync(model)
        held.append([served_names(server) for server in servers])

    trainer.engine.sync_weights = recording  # type: ignore[method-assign]
    trainer.fit()
    # before the first rollout, then after each of the 2 updates: every server holds exactly
    # the newest adapter
    prefix = trainer.engine.adapter_prefix  # type: ignore[attr-defined]
    assert held == [[["policy", f"{prefix}-{n}"]] * 2 for n in (1, 2, 3)]
    assert isinstance(trainer.engine, ServerEngine)
    assert all(count > 0 for count in trainer.engine.requests_per_server.values())
    remote = assert_samples_like_the_trained_model(trainer, tolerance=1e-5)
    trainer.engine.model_name = "policy"  # the base model: the updates did change the policy
    base = trainer.engine.generate(greedy_prompts(trainer.tokenizer), Sampling(6, greedy=True))
    assert base.logprobs != remote.logprobs
    for server in servers:
        server.stop()


def greedy_prompts(tokenizer: object) -> list[list[int]]:
    return [chat_prompt_ids(tokenizer, t) for t in ("Room 5. Exits: north.",  # type: ignore
                                                    "Room 9. Exits: east west.")]


def assert_samples_like_the_trained_model(trainer: object, tolerance: float) -> object:
    """The trainer's engine samples what its trained model samples: greedy tokens equal, their
    log-probs to ``tolerance``; returns the engine's generation."""
    model = trainer.accelerator.unwrap_model(trainer.model)  # type: ignore[attr-defined]
    tokenizer = trainer.tokenizer  # type: ignore[attr-defined]
    greedy = Sampling(6, greedy=True)
    ours = trainer.engine.generate(greedy_prompts(tokenizer), greedy)  # type: ignore
    local = HFEngine(model, tokenizer).generate(greedy_prompts(tokenizer), greedy)
    assert ours.token_ids == local.token_ids
    for a, b in zip(ours.logprobs, local.logprobs, strict=True):
        torch.testing.assert_close(torch.tensor(a), torch.tensor(b), atol=tolerance,
                                   rtol=tolerance)
    return ours


def first_and_last_evaluation(run: Path) -> tuple[float, float]:
    records = [json.loads(line) for line in (run / "metrics.jsonl").read_text().splitlines()]
    evaluations = [r["eval.success"] for r in records if "eval.success" in r]
    return evaluations[0], evaluations[-1]


@pytest.mark.slow
def test_a_maze_run_on_engine_server_learns_like_engine_hf(tmp_path: Path) -> None:
    # experiment=maze_gigpo_lora twice from the same initial policy: on engine=hf (which builds
    # the tiny policy), then on engine=server against `creditkit serve` of that policy, every
    # rollout over HTTP and the adapter hot-swapped after every update
    common = ["experiment=maze_gigpo_lora", "progress=false", "resume=false"]
    hf = subprocess.run([str(BIN / "creditkit-train"), *common, f"output_dir={tmp_path / 'hf'}"],
                        capture_output=True, text=True, timeout=1500)
    assert hf.returncode == 0, hf.stderr[-3000:]
    policy = tmp_path / "hf" / "policy"
    server = subprocess.Popen([str(BIN / "creditkit"), "serve", "--model", f"policy={policy}",
                               "--port", "0", "--adapter-dir", str(tmp_path)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        url = server.stdout.readline().split(" at ")[-1].strip()
        over_http = subprocess.run(
            [str(BIN / "creditkit-train"), *common, "engine=server", f"engine.base_urls=[{url}]",
             f"policy.name_or_path={policy}", f"output_dir={tmp_path / 'server'}"],
            capture_output=True, text=True, timeout=1500)
    finally:
        server.terminate()
        server.wait(timeout=60)
    assert over_http.returncode == 0, over_http.stderr[-3000:]
    for name in ("hf", "server"):
        first, last = first_and_last_evaluation(tmp_path / name)
        assert first <= 0.3 and last >= 0.6, (name, first, last)
    # one adapter folder is left: the newest (older ones are deleted after each swap); one
    # sync before the first rollout, one per update that was not skipped
    records = [json.loads(line) for line in
               (tmp_path / "server" / "metrics.jsonl").read_text().splitlines()]
    updates = sum(1 for r in records if r.get("loss.skipped") == 0.0)
    adapters = [p.name for p in (tmp_path / "server" / "adapters").iterdir()]
    assert adapters == [f"{run_prefix(tmp_path / 'server')}-{updates + 1}"]
