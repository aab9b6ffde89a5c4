"""Every estimator and shaper config composes, instantiates and runs on a batch."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import torch
from hydra.errors import InstantiationException
from hydra.utils import instantiate
from omegaconf import OmegaConf

from creditkit import StepBatch
from creditkit.app.compose import build, compose
from tests import oracles
from tests.data import require_config_data

CONFIGS = Path(__file__).resolve().parents[1] / "configs"


def options(group: str) -> list[str]:
    return sorted(path.stem for path in (CONFIGS / group).glob("*.yaml"))


def batch() -> StepBatch:
    steps = StepBatch.from_episodes([[0, 1], [0, 0, 0], [1]], group_ids=[0, 0, 0],
                                    anchor_ids=[[1, 2], [1, 3, 2], [1]])
    return StepBatch(rewards=steps.rewards, episode_ids=steps.episode_ids,
                     group_ids=steps.group_ids, anchor_ids=steps.anchor_ids,
                     valid=torch.tensor([True, False, True, True, True, True]),
                     info={"next_anchor_ids": torch.tensor([2, 4, 3, 2, 5, 6]),
                           "step_entropies": torch.tensor([0.3, 1.2, 0.5, 0.5, 2.0, 0.1])})


def load(group: str, option: str):
    """Option ``option`` of ``group`` built as a training run builds it."""
    return build(compose([f"{group}={option}", "output_dir=/tmp/x"]), group)


@pytest.mark.parametrize("option", options("estimator"))
def test_estimator_configs(option: str) -> None:
    advantages = load("estimator", option)(batch())
    assert advantages.shape == (6,) and bool(torch.isfinite(advantages).all())
    assert float(advantages.abs().sum()) > 0


# what each shipped shaper does to batch(): rewards [0, 1 | 0, 0, 0 | 1], row 1 invalid
SHAPED = {
    "none": ([0.0, 1.0, 0.0, 0.0, 0.0, 1.0], None),
    "invalid_penalty": ([0.0, 0.9, 0.0, 0.0, 0.0, 1.0], None),
    "invalid_penalty_released": ([0.0, 1.0, 0.0, 0.0, 0.0, 1.0], [0.0, -0.1, 0, 0, 0, 0]),
    "normalize_dimensions": (oracles.grpo([0.0, 1.0, 0.0, 0.0, 0.0, 1.0], [0] * 6), None),
    "terminal_broadcast": ([1.0, 1.0, 0.0, 0.0, 0.0, 1.0], None),  # each row gets its last
}


def test_every_shaper_config_has_its_expected_result() -> None:
    assert set(SHAPED) == set(options("shaper"))


@pytest.mark.parametrize("option", options("shaper"))
def test_shaper_configs(option: str) -> None:
    shaped = load("shaper", option)(batch())
    rewards, offsets = SHAPED[option]
    assert isinstance(shaped, StepBatch) and shaped.num_rows == 6
    assert shaped.rewards[:, 0].tolist() == pytest.approx(rewards, abs=1e-6)
    if offsets is None:
        assert shaped.return_offsets() is None
    else:
        assert shaped.return_offsets().tolist() == pytest.approx(offsets)


def test_grpo_plus_step_composes_the_step_term() -> None:
    from creditkit import GRPO, GiGPO

    steps = batch()
    expected = GRPO()(steps) + GiGPO(step_weight=0.5)(steps) - GiGPO(step_weight=0.0)(steps)
    torch.testing.assert_close(load("estimator", "grpo_plus_step")(steps), expected)


def test_every_group_has_options() -> None:
    assert all(options(group) for group in ("estimator", "shaper", "env", "policy", "rollout",
                                            "trainer", "experiment"))


GROUPS = ["env", "estimator", "shaper", "policy", "rollout", "trainer", "engine",
          "experiment"]


def compose_train(*overrides: str):
    return compose(["output_dir=/tmp/x", *overrides])


def utterance_state_files(folder: Path, reward_model_dir: Path) -> list[str]:
    pytest.importorskip("sotopia", reason="needs creditkit[sotopia]")
    (folder / "states.jsonl").write_text('{"prompt": "A dialogue state."}\n')
    return [f"env.states={folder / 'states.jsonl'}", f"env.reward_model={reward_model_dir}"]


@pytest.mark.parametrize(("group", "option"),
                         [(g, o) for g in GROUPS for o in options(g)])
def test_every_option_composes_through_train_yaml(group: str, option: str,
                                                  request: pytest.FixtureRequest) -> None:
    extra = []
    # these need a reward model (and states)
    if option in ("sotopia_rl_grpo", "sotopia_rl_qwen7b", "sotopia_online"):
        extra = utterance_state_files(request.getfixturevalue("tmp_path"),
                                      request.getfixturevalue("tiny_reward_model_dir"))
        extra = extra[1:] if option == "sotopia_online" else extra
    if option == "pretrained":  # a model you have: the option names none
        extra = ["policy.name_or_path=org/model"]
    cfg = compose_train(f"{group}={option}", *extra)
    require_config_data(OmegaConf.to_container(cfg.env, resolve=True))
    env = instantiate(cfg.env)()
    env.reset(seed=0)
    advantages = instantiate(cfg.estimator, _convert_="object")(batch())
    assert advantages.shape == (6,) and bool(torch.isfinite(advantages).all())
    assert callable(instantiate(cfg.shaper, _convert_="object"))  # its dimensions are env's
    for name in ("policy", "rollout", "trainer"):  # every composed value reaches its settings
        settings = instantiate(cfg[name])
        values = OmegaConf.to_container(cfg[name], resolve=True)
        assert isinstance(values, dict)
        for key, value in values.items():
            if not key.startswith("_"):
                got = getattr(settings, key)
                got = dataclasses.asdict(got) if dataclasses.is_dataclass(got) else got
                assert (list(got) if isinstance(got, tuple) else got) == value, f"{name}.{key}"


def test_experiments_switch_the_estimator() -> None:
    assert compose_train("experiment=maze_grpo").estimator._target_.endswith("GRPO")
    assert compose_train("experiment=maze_gigpo").estimator._target_.endswith("GiGPO")
    assert compose_train("estimator=grpo").estimator._target_.endswith("GRPO")


def test_typos_fail_at_compose_time() -> None:
    from hydra.errors import ConfigCompositionException

    for typo in ("trainer.stepz=3", "seeed=1", "estimator=gipgo", "policy.tiny.hidden_sise=8"):
        with pytest.raises(ConfigCompositionException):
            compose_train(typo)


def test_every_experiment_on_vllm_recomputes_the_old_logprobs() -> None:
    # vLLM samples with its own kernels (bf16 on GPUs): the PPO ratio must use the training
    # model's log-probs, as verl-agent's GiGPO runs do
    on_vllm = []
    for path in sorted((CONFIGS / "experiment").glob("*.yaml")):
        cfg = compose_train(f"experiment={path.stem}")
        if cfg.engine._target_.endswith("VLLMEngine"):
            on_vllm.append(path.stem)
            assert cfg.trainer.recompute_old_logprobs is True, path.stem
    assert "alfworld_gigpo_qwen1.5b" in on_vllm


def test_a_named_model_is_a_policy_option_and_the_tiny_settings_stay_out_of_it() -> None:
    named = build(compose_train("policy=pretrained", "policy.name_or_path=org/model"), "policy")
    assert named.name_or_path == "org/model" and named.tiny is None
    with pytest.raises(InstantiationException, match=r"policy\.name_or_path is null"):
        build(compose_train("policy=pretrained"), "policy")  # the model must be named
    with pytest.raises(InstantiationException,
                       match=r"policy\.tiny\.format_warmup_steps=200, .* beside"):
        build(compose_train("experiment=alfworld_gigpo", "policy.name_or_path=org/model"),
              "policy")  # the experiment's tiny settings would do nothing
    assert build(compose_train("experiment=alfworld_gigpo", "policy.name_or_path=org/model",
                               "policy.tiny=null"), "policy").tiny is None


def test_a_value_left_at_three_question_marks_is_named_when_built() -> None:
    cfg = compose_train("experiment=sotopia_rl_grpo")
    with pytest.raises(ValueError, match=r"env\.reward_model, env\.states: no value"):
        build(cfg, "env")
