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

from creditkit.config import PolicyConfig
from creditkit.judges.completions import CompletionModel
from creditkit.judges.server import OpenAIServer
from creditkit.policy import chat_prompt_ids
from creditkit.rollout import HFEngine, Sampling
from creditkit.rollout.engines.server import ServerEngine
from tests.rollout.test_server_engine import served_names
from tests.test_trainer_options import small_trainer

BIN = Path(sys.executable).parent


def test_training_over_two_servers_keeps_both_on_the_newest_adapter(
        tiny_model_dir: Path, tmp_path: Path) -> None:
    servers = [OpenAIServer(completions=[CompletionModel("policy", tiny_model_dir)]).start()
               for _ in range(2)]
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
    assert held == [[["policy", f"creditkit-{n}"]] * 2 for n in (1, 2, 3)]
    assert isinstance(trainer.engine, ServerEngine)
    assert all(count > 0 for count in trainer.engine.requests_per_server.values())
    model = trainer.accelerator.unwrap_model(trainer.model)
    prompts = [chat_prompt_ids(trainer.tokenizer, t) for t in (
        "Room 5. Exits: north.", "Room 9. Exits: east west.")]
    greedy = Sampling(6, greedy=True)
    remote = trainer.engine.generate(prompts, greedy)
    local = HFEngine(model, trainer.tokenizer).generate(prompts, greedy)
    assert remote.token_ids == local.token_ids
    for a, b in zip(remote.logprobs, local.logprobs, strict=True):
        torch.testing.assert_close(torch.tensor(a), torch.tensor(b), atol=1e-5, rtol=1e-5)
    trainer.engine.model_name = "policy"  # the base model: the updates did change the policy
    base = trainer.engine.generate(prompts, greedy)
    assert base.logprobs != remote.logprobs
    for server in servers:
        server.stop()


@pytest.mark.slow
def test_a_maze_run_on_engine_server_learns(tmp_path: Path) -> None:
    # the tiny policy is built first (engine=hf, 0 steps), then served by `creditkit serve`
    # while a LoRA run samples every rollout over HTTP
    run = tmp_path / "run"
    common = ["experiment=maze_gigpo", "policy=tiny_lora", "env.size=3", "env.max_steps=12",
              "progress=false", f"output_dir={run}"]
    subprocess.run([str(BIN / "creditkit-train"), *common, "trainer.steps=1",
                    "trainer.eval_every=0", "trainer.save_every=0", "resume=false"],
                   check=True, capture_output=True, text=True, timeout=900)
    server = subprocess.Popen([str(BIN / "creditkit"), "serve", "--model",
                               f"policy={run / 'policy'}", "--port", "0"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        url = server.stdout.readline().split(" at ")[-1].strip()
        result = subprocess.run(
            [str(BIN / "creditkit-train"), *common, "engine=server", f"engine.base_urls=[{url}]",
             "resume=false", "trainer.steps=20", "trainer.lr=1e-2", "rollout.groups_per_step=4",
             "trainer.eval_every=20", "trainer.eval_group_size=8"],
            capture_output=True, text=True, timeout=1200)
    finally:
        server.terminate()
    assert result.returncode == 0, result.stderr[-3000:]
    records = [json.loads(line) for line in (run / "metrics.jsonl").read_text().splitlines()]
    evaluations = [r["eval.success"] for r in records if "eval.success" in r]
    assert evaluations[-1] >= 0.6, evaluations
