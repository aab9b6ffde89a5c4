"""The trainer through its console script: exact resume after a kill, CLI errors, several ranks."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file

BIN = Path(sys.executable).parent
SMALL = ["trainer.steps=6", "trainer.save_every=2", "trainer.eval_every=3",
         "trainer.eval_group_size=2", "trainer.eval_seeds=[0,1]", "rollout.groups_per_step=2",
         "rollout.group_size=2", "env.max_steps=3", "policy.tiny.format_warmup_steps=5",
         "progress=false"]


def train(output: Path, *extra: str, wait: bool = True) -> subprocess.Popen | None:
    command = [str(BIN / "creditkit-train"), *SMALL, f"output_dir={output}", *extra]
    if wait:
        subprocess.run(command, check=True, capture_output=True, text=True, timeout=600,
                       cwd=output.parent)
        return None
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            cwd=output.parent)


def steps_logged(run: Path) -> list[int]:
    return [json.loads(line)["step"] for line in (run / "metrics.jsonl").read_text().splitlines()]


def test_killed_run_resumes_to_the_same_parameters(tmp_path: Path) -> None:
    train(tmp_path / "full")
    process = train(tmp_path / "crashed", wait=False)
    assert process is not None
    marker = tmp_path / "crashed" / "checkpoints" / "step-000002" / "trainer_state.json"
    deadline = time.time() + 300
    while not marker.exists() and process.poll() is None and time.time() < deadline:
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    train(tmp_path / "crashed")  # resumes from the newest complete checkpoint
    final = "checkpoints/step-000006/model.safetensors"
    expected = load_file(tmp_path / "full" / final)
    resumed = load_file(tmp_path / "crashed" / final)
    assert expected.keys() == resumed.keys()
    assert all(bool((expected[k] == resumed[k]).all()) for k in expected)
    assert steps_logged(tmp_path / "crashed") == steps_logged(tmp_path / "full") == list(range(7))
    last = [json.loads(line) for line in (tmp_path / "full" / "metrics.jsonl").read_text()
            .splitlines()][-1]
    last_resumed = [json.loads(line) for line in (tmp_path / "crashed" / "metrics.jsonl")
                    .read_text().splitlines()][-1]
    assert last["train.return"] == last_resumed["train.return"]
    assert last["eval.success"] == last_resumed["eval.success"]
    assert len(list((tmp_path / "full" / "checkpoints").glob("step-*"))) == 2  # keep 2
    assert list((tmp_path / "full" / "tensorboard").glob("events.out.tfevents.*"))
    greedy = [*SMALL, f"output_dir={tmp_path / 'full'}", "trainer.eval_greedy=true"]
    evaluation = subprocess.run([str(BIN / "creditkit-eval"), *greedy],
                                check=True, capture_output=True, text=True, timeout=600)
    printed = json.loads(evaluation.stdout[evaluation.stdout.index("{"):])
    assert printed["checkpoint_step"] == 6
    assert printed["seeds"] == 2 and printed["episodes_per_seed"] == 2  # trainer.eval_* settings
    # the command plays the step-6 weights: greedy play of the restored checkpoint in-process
    # gives the same figures, episode for episode
    from creditkit.app.compose import build_trainer, compose
    from creditkit.train.evaluation import episode_metrics

    restored = build_trainer(compose([*greedy, "resume=true"]))
    assert restored.restore_latest() == 6
    expected = episode_metrics(restored.evaluate_outcomes([0, 1], 2))
    assert {k: printed[k] for k in expected} == expected
    # the job log goes to the run's output_dir, never to the working folder
    assert (tmp_path / "full" / "train.log").exists() and not (tmp_path / "train.log").exists()


def test_reference_rows_build_no_policy_and_report_progress(tmp_path: Path) -> None:
    run = tmp_path / "refs"
    result = subprocess.run([str(BIN / "creditkit-eval"), *SMALL, f"output_dir={run}",
                             "evaluation.policy=false", "evaluation.references=[random]",
                             "evaluation.episodes_per_seed=3"],
                            check=True, capture_output=True, text=True, timeout=600, cwd=tmp_path)
    summary = json.loads(result.stdout[result.stdout.index("{"):])
    assert summary["checkpoint_step"] is None and summary["episodes_per_seed"] == 3
    assert 0.0 <= summary["success"]["random"]["All"] <= 1.0
    assert not (run / "policy").exists()  # no tiny policy was built (no corpus, no warm-up)
    assert "creditkit: reference 'random': episodes (6)..." in result.stderr
    assert "tokenizer corpus" not in result.stderr
    nothing = subprocess.run([str(BIN / "creditkit-eval"), f"output_dir={run}",
                              "evaluation.policy=false"], capture_output=True, text=True,
                             timeout=600, cwd=tmp_path)
    assert nothing.returncode != 0 and "nothing to evaluate" in nothing.stderr


def test_building_the_tiny_policy_says_what_it_does(tmp_path: Path) -> None:
    result = subprocess.run([str(BIN / "creditkit-train"), *SMALL, "trainer.steps=1",
                             f"output_dir={tmp_path / 'run'}"], check=True,
                            capture_output=True, text=True, timeout=600, cwd=tmp_path)
    for phase in ("tiny policy: random episodes for the tokenizer corpus (200)",
                  "warm-up: playing random episodes (64)", "warm-up: behaviour-cloning steps (5)"):
        assert f"creditkit: {phase}..." in result.stderr


def test_estimator_state_is_checkpointed_and_resumed(tmp_path: Path) -> None:
    # GiGPO + NIW with an EMA prior: the prior's totals are state that must survive a crash
    extra = ["estimator=gigpo_niw", "estimator.step_estimator.prior_decay=0.5"]
    train(tmp_path / "full", *extra)
    shutil.copytree(tmp_path / "full", tmp_path / "crashed")
    shutil.rmtree(tmp_path / "crashed" / "checkpoints" / "step-000006")  # lost in the crash
    state = torch.load(tmp_path / "crashed" / "checkpoints" / "step-000004" / "rank_state_0.pt")
    assert state["estimator"]["step_estimator"]["count"].item() > 0
    train(tmp_path / "crashed", *extra)  # resumes from step 4 with the EMA state of step 4
    final = "checkpoints/step-000006/model.safetensors"
    expected, resumed = load_file(tmp_path / "full" / final), load_file(tmp_path / "crashed" /
                                                                        final)
    assert all(bool((expected[k] == resumed[k]).all()) for k in expected)
    records = [[json.loads(line) for line in (tmp_path / run / "metrics.jsonl").read_text()
                .splitlines()] for run in ("full", "crashed")]
    assert [r.get("estimator.step_estimator.kappa0") for r in records[0]] == [
        r.get("estimator.step_estimator.kappa0") for r in records[1]]
    assert "estimator.step_estimator.singleton_fraction" in records[0][-1]


def test_cli_errors_name_the_problem(tmp_path: Path) -> None:
    command = [str(BIN / "creditkit-train"), f"output_dir={tmp_path}"]
    typo = subprocess.run(command + ["trainer.stepz=3"], capture_output=True, text=True)
    assert typo.returncode != 0 and "stepz" in typo.stderr
    bad = subprocess.run(command + ["trainer.lr=-1"], capture_output=True, text=True)
    assert bad.returncode != 0 and "trainer.lr=-1: must be > 0" in bad.stderr


@pytest.mark.slow
def test_two_cpu_processes_stay_in_sync(tmp_path: Path) -> None:
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    command = [str(BIN / "torchrun"), "--standalone", "--nproc_per_node", "2",
               str(BIN / "creditkit-train"), *SMALL, "trainer.steps=4",
               f"output_dir={tmp_path}"]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    assert steps_logged(tmp_path) == [0, 1, 2, 3, 4]  # rank 0 logs each step once
    assert (tmp_path / "checkpoints" / "step-000004" / "trainer_state.json").exists()
    # each rank collected its own groups: the logged turn count is rank 0's share only
    record = json.loads((tmp_path / "metrics.jsonl").read_text().splitlines()[-1])
    assert 2 * 2 <= record["train.turns"] <= 2 * 2 * 3  # groups x size x (1..max_steps) turns
    # each rank saved its own rollout of the last step; the page shows both ranks' groups
    from creditkit.app.inspect.page import build_page
    from creditkit.rollout.saved import load_step

    assert [saved.process for saved in load_step(tmp_path, 4)] == [0, 1]
    html = build_page(tmp_path, estimators=["grpo"])
    assert [name for name in ("p0 g0", "p0 g1", "p1 g0", "p1 g1")
            if f'data-group="{name}"' in html] == ["p0 g0", "p0 g1", "p1 g0", "p1 g1"]


@pytest.mark.slow
def test_gigpo_on_alfworld_runs_end_to_end(tmp_path: Path) -> None:
    # the alfworld_gigpo experiment, shrunk: 2 steps of one group of 2 episodes of 4 turns
    command = [str(BIN / "creditkit-train"), "experiment=alfworld_gigpo", "trainer.steps=2",
               "trainer.eval_every=0", "trainer.save_every=2", "rollout.groups_per_step=1",
               "rollout.group_size=2", "env.max_steps=4", "policy.tiny.corpus_episodes=2",
               "policy.tiny.warmup_episodes=2", "policy.tiny.format_warmup_steps=5",
               "rollout.max_new_tokens=8", "progress=false", f"output_dir={tmp_path}"]
    subprocess.run(command, check=True, capture_output=True, text=True, timeout=900)
    records = [json.loads(line) for line in (tmp_path / "metrics.jsonl").read_text().splitlines()]
    assert [r["step"] for r in records] == [1, 2]
    last = records[-1]
    assert 0.0 <= last["train.singleton_fraction"] <= 1.0 and last["train.step_groups"] >= 1
    assert last["train.turns"] == 2 * 4 or last["train.success"] > 0  # 4 turns unless won
