"""Every launch config in ``configs/accelerate/`` is read by Accelerate's own ``launch`` parser
and validation, and the plugin it describes is built from the environment ``accelerate launch``
would set (FSDP2, DeepSpeed ZeRO-2/3): a typo or an unknown value fails here, not on a GPU."""

from __future__ import annotations

import os
from pathlib import Path
from unittest import mock

import pytest
from accelerate.commands.launch import _validate_launch_command, launch_command_parser
from accelerate.utils import (
    DeepSpeedPlugin,
    FullyShardedDataParallelPlugin,
    prepare_deepspeed_cmd_env,
    prepare_multi_gpu_env,
)

CONFIGS = Path(__file__).resolve().parents[1] / "configs" / "accelerate"
EXPECTED = {"single_gpu": ("NO", 1), "ddp": ("MULTI_GPU", 2), "fsdp": ("FSDP", 2),
            "deepspeed_zero2": ("DEEPSPEED", 2), "deepspeed_zero3": ("DEEPSPEED", 2),
            "multi_node": ("MULTI_GPU", 16)}


def launch_args(name: str, *extra: str) -> object:
    parser = launch_command_parser()
    args = parser.parse_args(["--config_file", str(CONFIGS / f"{name}.yaml"), *extra, "-m",
                              "creditkit.app.cli"])
    return _validate_launch_command(args)[0]


def test_every_shipped_config_is_covered() -> None:
    assert {p.stem for p in CONFIGS.glob("*.yaml")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_accelerate_reads_the_config(name: str) -> None:
    args = launch_args(name)
    kind, processes = EXPECTED[name]
    assert args.num_processes == processes  # type: ignore[attr-defined]
    assert args.use_fsdp is (kind == "FSDP")  # type: ignore[attr-defined]
    assert args.use_deepspeed is (kind == "DEEPSPEED")  # type: ignore[attr-defined]
    assert args.mixed_precision == "bf16"  # type: ignore[attr-defined]
    assert args.multi_gpu is (kind == "MULTI_GPU")  # type: ignore[attr-defined]


def test_the_command_line_sets_the_gpu_count() -> None:
    assert launch_args("ddp", "--num_processes", "8").num_processes == 8  # type: ignore


def test_the_fsdp_config_builds_an_fsdp2_plugin() -> None:
    with mock.patch.dict(os.environ, prepare_multi_gpu_env(launch_args("fsdp"))):
        plugin = FullyShardedDataParallelPlugin()
    assert plugin.fsdp_version == 2 and plugin.reshard_after_forward is True
    assert plugin.cpu_ram_efficient_loading is True
    assert "SHARDED_STATE_DICT" in str(plugin.state_dict_type)


@pytest.mark.parametrize(("name", "stage"), [("deepspeed_zero2", 2), ("deepspeed_zero3", 3)])
def test_the_deepspeed_configs_build_their_zero_stage(name: str, stage: int) -> None:
    args = launch_args(name)
    args.deepspeed_fields_from_accelerate_config = ""  # type: ignore[attr-defined]
    _, env = prepare_deepspeed_cmd_env(args)
    with mock.patch.dict(os.environ, env):
        plugin = DeepSpeedPlugin()
    assert plugin.zero_stage == stage and plugin.gradient_clipping == 1.0
    assert plugin.deepspeed_config["zero_optimization"]["stage"] == stage


def test_the_multi_node_config_names_the_main_machine() -> None:
    args = launch_args("multi_node", "--machine_rank", "1")
    assert args.num_machines == 2 and args.machine_rank == 1  # type: ignore[attr-defined]
    assert args.main_process_ip == "10.0.0.1" and args.main_process_port == 29500  # type: ignore


def test_a_launch_precision_the_trainer_would_override_is_refused(monkeypatch) -> None:
    from creditkit.train.settings import check_launch_precision

    monkeypatch.setenv("ACCELERATE_MIXED_PRECISION", "bf16")
    with pytest.raises(ValueError, match=r"trainer.mixed_precision=bf16"):
        check_launch_precision("no")
    check_launch_precision("bf16")
    monkeypatch.setenv("ACCELERATE_MIXED_PRECISION", "no")  # the launcher's default
    check_launch_precision("bf16")
    monkeypatch.delenv("ACCELERATE_MIXED_PRECISION")
    check_launch_precision("no")
