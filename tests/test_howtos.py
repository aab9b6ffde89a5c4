"""The how-to guides' code runs: every command in a guide's ``bash`` blocks is read from the
page itself and run here (from a copy of its ``examples/`` folder), with small-run settings
added to the training commands (one step, tiny groups) where the page does not set them."""

from __future__ import annotations

import inspect
import json
import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from hydra.utils import instantiate
from omegaconf import OmegaConf

from creditkit import RLOO, GiGPO, StepBatch, WeightedSum
from creditkit.app.compose import compose
from creditkit.estimators import NIW
from creditkit.train.settings import check_launch_precision

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
EXAMPLES = ROOT / "examples"

SMALL = {"trainer.steps": "1", "trainer.eval_every": "1", "trainer.save_every": "1",
         "trainer.eval_group_size": "2", "trainer.eval_seeds": "[0]",
         "rollout.groups_per_step": "2", "rollout.group_size": "2",
         "policy.tiny.format_warmup_steps": "5", "policy.tiny.corpus_episodes": "10",
         "policy.tiny.warmup_episodes": "4", "trainer.save_rollouts_every": "1",
         "progress": "false"}
"""Settings that make a documented training command a one-step run; a key the page sets
itself keeps the page's value, and a command that names its model gets no tiny-model keys."""

TRAINING_SCRIPTS = ("creditkit-train", "creditkit-eval")

RUN_BY = {
    "getting-started": ["output_dir=runs/gigpo", "estimator=grpo output_dir", "--out curves.png",
                        "--metrics", "creditkit inspect", "creditkit-eval", "runs/resumed"],
    "howto/custom-env": ["cd examples/custom_env", "pytest test_lights.py", "creditkit-train",
                   "creditkit-eval"],
    "howto/custom-estimator": ["cd examples/custom_estimator", "pytest test_median.py",
                         "estimator=median output_dir", "estimator.scale=true",
                         "creditkit plot"],
    "howto/compose": ["cd examples/compose", "estimator=gigpo_niw output_dir", "grpo_plus_step",
                "shaper=invalid_penalty", "nig_loo", "rloo_plus_niw_step"],
    "howto/hf-model": ["make_stand_in.py", "creditkit-train", "creditkit export"],
    "howto/gpus": ["runs/rehearsal", "accelerate launch"],
    "howto/own-trainer": ["cd examples/own_trainer", "python loop.py"],
    "howto/sotopia-rl": ["creditkit-sotopia-rl", "creditkit-sotopia-eval", "sotopia_online"],
    "howto/judges": ["cd examples/judges", "make_stand_in.py", "ask.py local/judge",
               "creditkit serve", "ask.py openai/judge", "env=sotopia"],
}
"""Per page, the needles naming the commands the tests below run (the GPU launches: parsed by
Accelerate and composed; the DDP line also run on 2 CPU processes); every command of a page's
bash blocks must match one. Commands that cannot run here (installs, a hub download) are in
``text`` blocks."""


def page_commands(page: str) -> list[str]:
    """The commands of ``docs/<page>.md``'s bash blocks, continuation lines joined."""
    text = (DOCS / f"{page}.md").read_text()
    blocks = re.findall(r"^```bash\n(.*?)^```", text, re.S | re.M)
    return [line.strip() for block in blocks for line in block.replace("\\\n", " ").splitlines()
            if line.strip() and not line.strip().startswith("#")]


def documented(page: str, *needles: str) -> str:
    """The one command of ``page`` that contains every needle."""
    found = [c for c in page_commands(page) if all(needle in c for needle in needles)]
    assert len(found) == 1, f"{page}: {len(found)} commands contain {needles}: {found}"
    return found[0]


def run(command: str, cwd: Path, replace: dict[str, str] | None = None,
        port: int | None = None) -> subprocess.CompletedProcess[str]:
    """Run a documented command line in ``cwd``: leading ``NAME=value`` words set the
    environment, training commands get :data:`SMALL`, ``replace`` swaps override values,
    ``port`` replaces the page's port 8000."""
    words = command_words(command, cwd, replace, port)
    done = subprocess.run(words[1:], cwd=cwd, env=words[0], capture_output=True, text=True,
                          timeout=900)
    assert done.returncode == 0, f"{command}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


def command_words(command: str, cwd: Path, replace: dict[str, str] | None = None,
                  port: int | None = None) -> list:
    """``[environment, program, arguments...]`` of a documented command (see :func:`run`)."""
    if port is not None:
        command = command.replace(":8000", f":{port}").replace("--port 8000", f"--port {port}")
    words = shlex.split(command.rstrip("&"), comments=True)
    env = dict(os.environ)
    while words and re.fullmatch(r"[A-Z_]+=.*", words[0]):
        name, value = words.pop(0).split("=", 1)
        env[name] = str(cwd / value) if name == "PYTHONPATH" else value
    if words[0] == "python":
        words[0] = sys.executable
    if words[0] in TRAINING_SCRIPTS:
        keys = {word.split("=", 1)[0] for word in words[1:] if "=" in word}
        named = "policy=pretrained" in words or "policy.tiny=null" in words  # nothing to build
        words += [f"{key}={value}" for key, value in SMALL.items() if key not in keys
                  and not (named and key.startswith("policy.tiny."))]
    for key, value in (replace or {}).items():
        words = [f"{key}={value}" if word.startswith(key + "=") else word for word in words]
    return [env, *words]


def example(name: str, tmp_path: Path) -> Path:
    """A copy of ``examples/<name>`` to run in (the page's ``cd examples/<name>``)."""
    folder = tmp_path / name
    shutil.copytree(EXAMPLES / name, folder)
    return folder


def summary(done: subprocess.CompletedProcess[str]) -> dict:
    """The JSON object a training or evaluation command prints last."""
    lines = done.stdout.splitlines()
    start = max(i for i, line in enumerate(lines) if line == "{")
    return json.loads("\n".join(lines[start:]))  # type: ignore[no-any-return]


def recorded_target(run_dir: Path, group: str) -> str:
    """The ``_target_`` the run composed for ``group`` (Hydra's saved config)."""
    return OmegaConf.load(run_dir / "hydra" / "config.yaml")[group]["_target_"]


def python_blocks(page: str) -> list[str]:
    """The code of ``docs/<page>.md``'s python blocks."""
    return re.findall(r"^```python\n(.*?)^```", (DOCS / f"{page}.md").read_text(), re.S | re.M)


def test_getting_started(tmp_path: Path, monkeypatch, capsys) -> None:
    page = "getting-started"
    run(documented(page, "creditkit-train output_dir=runs/gigpo"), tmp_path)
    run(documented(page, "estimator=grpo output_dir"), tmp_path)
    run(documented(page, "--out curves.png"), tmp_path)
    run(documented(page, "--metrics"), tmp_path)
    assert (tmp_path / "curves.png").exists() and (tmp_path / "diagnostics.png").exists()
    html = run(documented(page, "creditkit inspect"), tmp_path).stdout.strip().splitlines()[-1]
    assert (tmp_path / html).read_text().count("<html") == 1
    evaluated = summary(run(documented(page, "creditkit-eval"), tmp_path))
    assert set(evaluated["success"]) == {"policy (step 1)", "random"}
    monkeypatch.chdir(tmp_path)
    (code,) = python_blocks(page)
    exec(code, {})
    assert "[(0, " in capsys.readouterr().out  # the evaluation before training, step 0
    first, again = [c for c in page_commands(page) if "runs/resumed" in c]
    assert first == again
    run(first, tmp_path, replace={"trainer.steps": "3"})  # the page's 20 steps, shortened
    resumed = run(again, tmp_path, replace={"trainer.steps": "3"})
    assert "loaded the checkpoint runs/resumed/checkpoints/step-000003 (3 of 3 steps done)" \
        in resumed.stderr


def test_custom_env(tmp_path: Path) -> None:
    folder = example("custom_env", tmp_path)
    assert "cd examples/custom_env" in page_commands("howto/custom-env")
    run(documented("howto/custom-env", "pytest test_lights.py"), folder)
    run(documented("howto/custom-env", "creditkit-train"), folder)
    evaluated = summary(run(documented("howto/custom-env", "creditkit-eval"), folder))
    assert evaluated["success"]["expert"]["All"] == 1.0  # the expert solves every start
    assert recorded_target(folder / "runs" / "lights", "env") == "lights.LightsEnv"


def test_custom_estimator(tmp_path: Path) -> None:
    folder = example("custom_estimator", tmp_path)
    run(documented("howto/custom-estimator", "pytest test_median.py"), folder)
    run(documented("howto/custom-estimator", "estimator=median output_dir"), folder)
    run(documented("howto/custom-estimator", "estimator.scale=true"), folder)
    run(documented("howto/custom-estimator", "creditkit plot"), folder)
    assert (folder / "curves.png").stat().st_size > 0
    saved = OmegaConf.load(folder / "runs" / "median_mad" / "hydra" / "config.yaml")
    assert saved.estimator == {"_target_": "median.MedianBaseline", "scale": True, "eps": 1e-6}


@pytest.mark.parametrize("needle", ["estimator=gigpo_niw output_dir", "grpo_plus_step",
                                    "shaper=invalid_penalty", "nig_loo"])
def test_compose_builtin_commands(needle: str, tmp_path: Path) -> None:
    run(documented("howto/compose", needle), tmp_path)


def test_compose_own_files(tmp_path: Path) -> None:
    folder = example("compose", tmp_path)
    run(documented("howto/compose", "rloo_plus_niw_step"), folder)
    assert recorded_target(folder / "runs" / "composed", "estimator").endswith("GiGPO")
    assert recorded_target(folder / "runs" / "composed", "shaper").endswith("Compose")


def test_the_composed_estimator_is_rloo_plus_the_niw_step_term() -> None:
    config = OmegaConf.load(EXAMPLES / "compose/configs/estimator/rloo_plus_niw_step.yaml")
    composed = instantiate(config)
    steps = StepBatch.from_episodes([[0.0, 1.0], [0.0, 0.0], [1.0], [0.0, 0.0, 1.0]],
                                    group_ids=[0, 0, 0, 0],
                                    anchor_ids=[[0, 1], [0, 2], [0], [0, 2, 1]])
    niw = GiGPO(scale="none", step_weight=0.5, step_estimator=NIW(variant="nig", scale="none"))
    plain = GiGPO(scale="none", step_weight=0.0)
    # the one-call form equals the three-term sum (RLOO + GiGPO with the step term - without)
    expected = WeightedSum([RLOO(), niw, plain], [1.0, 1.0, -1.0])(steps)
    torch.testing.assert_close(composed(steps), expected)
    step_term = niw(steps) - plain(steps)
    assert step_term.abs().sum() > 0  # the step term is not trivially zero on this batch


def test_hf_model(tmp_path: Path) -> None:
    from safetensors.torch import load_file, save_file
    from transformers import AutoModelForCausalLM

    example("hf_model", tmp_path / "examples")
    run(documented("howto/hf-model", "make_stand_in.py"), tmp_path)
    assert (tmp_path / "models" / "stand-in" / "config.json").exists()
    trained = run(documented("howto/hf-model", "creditkit-train"), tmp_path,
                  replace={"policy.name_or_path": "models/stand-in"})
    assert "eval.success" in summary(trained)
    assert not (tmp_path / "runs" / "qwen" / "policy").exists()  # no tiny model was built
    # mark the checkpoint's weights, to see that the export reads them
    weights = next((tmp_path / "runs" / "qwen" / "checkpoints").glob("step-*")) / \
        "model.safetensors"
    state = load_file(weights)
    name = next(n for n in state if n.endswith("q_proj.weight"))
    state[name] = state[name] + 1.0
    save_file(state, weights, metadata={"format": "pt"})
    from creditkit.train.checkpoint import write_manifest

    write_manifest(weights.parent)  # a deliberate change: the manifest says so (else refused)
    run(documented("howto/hf-model", "creditkit export"), tmp_path)
    exported = AutoModelForCausalLM.from_pretrained(tmp_path / "models" / "qwen-trained")
    torch.testing.assert_close(exported.get_parameter(name), state[name])


def test_gpu_settings_rehearse_on_cpu(tmp_path: Path) -> None:
    run(documented("howto/gpus", "runs/rehearsal"), tmp_path)
    saved = OmegaConf.load(tmp_path / "runs" / "rehearsal" / "hydra" / "config.yaml")
    assert saved.trainer.mixed_precision == "bf16" and saved.policy.lora_rank > 0


LAUNCHES = [c for c in page_commands("howto/gpus") if c.startswith("accelerate launch")]


@pytest.mark.parametrize("command", LAUNCHES, ids=lambda c: Path(c.split()[3]).stem)
def test_gpu_launch_commands_parse_and_compose(command: str, monkeypatch) -> None:
    """Accelerate's launcher reads the line's config and arguments; the creditkit overrides
    compose, build their estimator and shaper, and agree with the launch precision."""
    from accelerate.commands.launch import _validate_launch_command, launch_command_parser

    words = shlex.split(command)
    module = words.index("-m")
    launcher = [str(ROOT / w) if w.startswith("configs/") else w for w in words[2:module]]
    args = _validate_launch_command(launch_command_parser().parse_args(
        [*launcher, "-m", "creditkit.app.cli"]))[0]
    config = compose(words[module + 2:])
    assert config.trainer.mixed_precision == args.mixed_precision
    monkeypatch.setenv("ACCELERATE_MIXED_PRECISION", args.mixed_precision)
    check_launch_precision(config.trainer.mixed_precision)
    assert callable(instantiate(config.estimator)) and callable(instantiate(config.shaper))
    engine = instantiate(config.engine)  # a partial: its keywords must be the engine's own
    inspect.signature(engine.func).bind_partial(**engine.keywords)


TINY_STAND_IN = ["policy.name_or_path=null",
                 "policy.tiny={corpus_episodes:2,warmup_episodes:2,format_warmup_steps:5}"]
"""A tiny policy in place of a named model (``policy=pretrained`` leaves ``policy.tiny`` null:
the whole node is set, not its keys)."""

CPU_STAND_INS = [*TINY_STAND_IN, "engine=hf", "trainer.mixed_precision=no",
                 "rollout.env_workers=0", "trainer.steps=2", "trainer.save_every=2",
                 "trainer.eval_every=0", "rollout.groups_per_step=1", "rollout.group_size=2",
                 "env.max_steps=3", "rollout.max_new_tokens=8", "progress=false"]
"""What the DDP launch line's experiment changes to run on 2 CPU cores: the tiny policy for
Qwen2.5-1.5B, the HF engine for vLLM (its own venv runs vLLM: tests/vllm), fp32, 2 steps."""


@pytest.mark.slow
def test_the_ddp_launch_line_trains_two_ranks_in_sync(tmp_path: Path) -> None:
    """The page's ``accelerate launch --config_file configs/accelerate/ddp.yaml ... -m
    creditkit.app.cli experiment=...`` run for real: Accelerate's launcher starts 2 gloo ranks
    (CPU overrides: 2 processes, ``--mixed_precision no``, a free port), each collects its own
    groups, and the checkpoint is written after the ranks' parameters are checked equal."""
    words = shlex.split(documented("howto/gpus", "ddp.yaml"))
    module = words.index("-m")
    launcher = [str(ROOT / w) if w.startswith("configs/") else w for w in words[:module]]
    launcher[launcher.index("--num_processes") + 1] = "2"
    command = [str(Path(sys.executable).parent / "accelerate"), *launcher[1:],
               "--mixed_precision", "no", "--main_process_port", str(free_port()),
               *words[module:], *CPU_STAND_INS, f"output_dir={tmp_path}"]
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=900,
                          env={**os.environ, "OMP_NUM_THREADS": "1"})
    assert done.returncode == 0, done.stderr[-3000:]
    from creditkit.rollout.saved import load_step

    assert [saved.process for saved in load_step(tmp_path, 2)] == [0, 1]  # two ranks ran
    assert (tmp_path / "checkpoints" / "step-000002" / "trainer_state.json").exists()
    saved = OmegaConf.load(tmp_path / "hydra" / "config.yaml")
    assert saved.trainer.kl_coef == 0.01 and saved.rollout.history == 2  # the experiment's


@pytest.mark.slow
def test_the_single_gpu_launch_line_trains_in_bf16_with_lora_on_cpu(tmp_path: Path) -> None:
    """The page's one-GPU line run for real through Accelerate's launcher, its launch config
    (bf16) and every override kept but two stand-ins: the tiny policy for Qwen2.5-0.5B (no
    hub here) and ``engine=hf`` for vLLM (tests/vllm runs vLLM in its own venv)."""
    words = shlex.split(documented("howto/gpus", "single_gpu.yaml"))
    words = [str(ROOT / w) if w.startswith("configs/") else w for w in words]
    stand_ins = {"engine": "hf", "output_dir": str(tmp_path)}
    words = [f"{w.split('=')[0]}={stand_ins[w.split('=')[0]]}" if w.split("=")[0] in stand_ins
             else w for w in words if not w.startswith("policy.name_or_path=")]
    command = [str(Path(sys.executable).parent / "accelerate"), *words[1:], *TINY_STAND_IN,
               "trainer.steps=1", "trainer.eval_every=0", "rollout.groups_per_step=2",
               "rollout.group_size=2", "env.max_steps=3", "progress=false"]
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    saved = OmegaConf.load(tmp_path / "hydra" / "config.yaml")
    assert saved.trainer.mixed_precision == "bf16" and saved.policy.lora_rank == 16
    assert saved.policy.gradient_checkpointing and saved.rollout.max_new_tokens == 32
    assert (tmp_path / "metrics.jsonl").read_text().count("\n") == 1  # the one step


def test_python_m_creditkit_cli_trains_like_creditkit_train(tmp_path: Path) -> None:
    small = ["trainer.steps=2", "trainer.eval_every=0", "rollout.groups_per_step=2",
             "rollout.group_size=2", "env.max_steps=3", "policy.tiny.format_warmup_steps=5",
             "policy.tiny.corpus_episodes=10", "policy.tiny.warmup_episodes=4", "progress=false"]
    runs = {"module": [sys.executable, "-m", "creditkit.app.cli"],
            "script": [str(Path(sys.executable).parent / "creditkit-train")]}
    for name, program in runs.items():
        done = subprocess.run([*program, *small, f"output_dir={tmp_path / name}"],
                              cwd=tmp_path, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr[-3000:]
    logged = {name: [{k: v for k, v in json.loads(line).items() if not k.startswith("time.")}
                     for line in (tmp_path / name / "metrics.jsonl").read_text().splitlines()]
              for name in runs}
    assert len(logged["module"]) == 2 and logged["module"] == logged["script"]


def test_gpu_launches_are_all_covered() -> None:
    assert {Path(c.split()[3]).stem for c in LAUNCHES} == {
        "single_gpu", "ddp", "fsdp", "deepspeed_zero3", "multi_node"}


@pytest.mark.parametrize("page", sorted(RUN_BY))
def test_every_command_of_a_page_is_run(page: str) -> None:
    needles = RUN_BY[page]
    unclaimed = [c for c in page_commands(page) if not any(n in c for n in needles)]
    assert not unclaimed, f"{page}: commands no test runs: {unclaimed}"


def test_every_howto_page_is_covered() -> None:
    assert {f"howto/{p.stem}" for p in (DOCS / "howto").glob("*.md")} | {
        "getting-started"} == set(RUN_BY)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_own_trainer(tmp_path: Path) -> None:
    folder = example("own_trainer", tmp_path)
    done = run(documented("howto/own-trainer", "loop.py"), folder)
    assert done.stdout.strip().splitlines()[-1].endswith("-> 1.00 at step 30")


def test_judges(tmp_path: Path) -> None:
    folder = example("judges", tmp_path / "examples")
    example("hf_model", tmp_path / "examples")
    run(documented("howto/judges", "make_stand_in.py"), folder)
    local = json.loads(run(documented("howto/judges", "ask.py local/judge"), folder).stdout)
    assert 0 <= local["rating"]["goal"] <= 10 and local["metrics"]["calls"] >= 1
    port = free_port()
    words = command_words(documented("howto/judges", "creditkit serve"), folder, port=port)
    server = subprocess.Popen(words[1:], cwd=folder, env=words[0], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    try:
        assert server.stdout is not None and "serving" in server.stdout.readline()
        remote = json.loads(run(documented("howto/judges", "ask.py openai/judge"), folder,
                                port=port).stdout)
        assert 0 <= remote["rating"]["goal"] <= 10
        trained = summary(run(documented("howto/judges", "env=sotopia"), folder, port=port))
        # nothing answers in-process (env.local_models={}): scored episodes came over HTTP
        assert trained["rollout.unscored_episodes"] == 0 and trained["train.turns"] > 0
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_sotopia_rl(tmp_path: Path) -> None:
    pytest.importorskip("sotopia", reason="needs creditkit[sotopia]")
    first, again = [c for c in page_commands("howto/sotopia-rl")
                    if c.startswith("creditkit-sotopia-rl")]
    assert first == again  # the page's resume is the same command
    run(first, tmp_path)
    out = tmp_path / "runs" / "srl"
    for name in ("episodes.jsonl", "annotations.jsonl", "rm_train.jsonl", "reward_model.json",
                 "grpo/metrics.jsonl", "grpo/final/config.json", "reward_model/config.json"):
        assert (out / name).exists(), name
    stamps = {p: p.stat().st_mtime_ns for p in out.glob("*.jsonl")}
    run(again, tmp_path)
    assert {p: p.stat().st_mtime_ns for p in out.glob("*.jsonl")} == stamps  # nothing redone
    table = run(documented("howto/sotopia-rl", "creditkit-sotopia-eval"), tmp_path).stdout
    assert "runs/srl/policy " in table and "runs/srl/grpo/final " in table
    online = summary(run(documented("howto/sotopia-rl", "sotopia_online"), tmp_path))
    assert online["train.turns"] > 0
