"""The Sotopia environment on the real sotopia package, offline: tiny policy, tiny local partner,
tiny local judge, real scenarios from ../shared/data/sotopia."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import torch

pytest.importorskip("sotopia", reason="needs creditkit[sotopia]")

from creditkit.judges.client import JudgeClient
from creditkit.models.policy import load_tokenizer
from creditkit_envs.sotopia import load_scenarios
from creditkit_envs.sotopia.env import SotopiaEnv
from creditkit_envs.sotopia.judge import DIMENSIONS
from creditkit_envs.sotopia.runtime import import_sotopia, run_async
from tests.data import shared_data


def release() -> Path:
    """Sotopia's released scenarios (skips, or fails in CI, without ../shared)."""
    return shared_data("sotopia", "sotopia_2023_profiles.json")


TALKING = ["none", "speak", "non-verbal communication", "action"]  # no "leave": full episodes


def policy_turn(model: Any, tokenizer: Any, prompt: str, max_new_tokens: int = 12) -> str:
    ids = tokenizer.apply_chat_template([{"role": "user", "content": prompt}],
                                        add_generation_prompt=True, return_tensors="pt",
                                        return_dict=True)["input_ids"]
    torch.manual_seed(0)
    out = model.generate(ids, attention_mask=torch.ones_like(ids), do_sample=True,
                         max_new_tokens=max_new_tokens, pad_token_id=tokenizer.pad_token_id)
    return str(tokenizer.decode(out[0, ids.shape[1]:], skip_special_tokens=True))


def test_a_full_episode_on_a_real_scenario_gets_all_seven_scores(tiny_model_dir: Path) -> None:
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir).eval()
    tokenizer = load_tokenizer(tiny_model_dir)
    env = SotopiaEnv(scenarios=str(release()), limit=4, max_turns=6, max_stale_turns=8,
                     prompt="compact",
                     judge=JudgeClient("local/sotopia-judge", max_tokens=8),
                     action_types=TALKING)
    observation = env.reset(seed=1)  # learner in seat 1: the partner speaks first
    assert env.scenario.combo_id == sorted(
        s.combo_id for s in load_scenarios(release()))[1]
    assert f"Participants: {env.partner_name} and {env.learner_name}" in observation.text
    turns = 0
    while True:
        result = env.step(policy_turn(model, tokenizer, env.render_prompt(observation)))
        turns += 1
        observation = result.observation
        if result.done:
            break
        assert all(v == 0.0 for v in result.rewards.values())
    assert result.terminated and result.info["scored"] is True
    assert set(result.info["scores"]) == set(DIMENSIONS)
    for name, (low, high) in DIMENSIONS.items():
        assert low <= result.rewards[name] <= high
        assert result.rewards[name] == result.info["scores"][name]
    assert turns == 3  # 6 turns, every other one the learner's
    # the partner was asked on each of its 3 turns (an untrained one may choose to wait)
    assert env.silent_partner_turns + env.disallowed_partner_actions <= 3
    record = env.episode_record()
    assert len(record["utterances"]) == 3 and record["scores"] == result.info["scores"]
    assert all(u["text"] in record["conversation"] for u in record["utterances"]
               if u["text"] != "did nothing")
    assert env.judge.client.metrics["calls"] == 1


def broken_judge() -> str:
    """A litellm provider whose every answer is malformed."""
    import litellm
    from litellm import CustomLLM

    class Broken(CustomLLM):  # type: ignore[misc]
        def completion(self, *args: Any, **kwargs: Any) -> Any:
            return litellm.completion(model="gpt-4o", messages=[{"role": "user", "content": "x"}],
                                      mock_response="I think both did fine, maybe a 7?")

        async def acompletion(self, *args: Any, **kwargs: Any) -> Any:
            return self.completion()

    litellm.custom_provider_map = [
        *[e for e in litellm.custom_provider_map if e["provider"] != "broken"],
        {"provider": "broken", "custom_handler": Broken()}]
    litellm.utils.custom_llm_setup()
    return "broken/judge"


def test_a_malformed_judge_reports_the_episode_unscored() -> None:
    env = SotopiaEnv(limit=2, max_turns=2, judge=JudgeClient(broken_judge(), max_attempts=2),
                     prompt="compact")
    env.reset(seed=0)
    result = env.step("Hello there.")
    assert result.done and result.info["scored"] is False and result.info["success"] is False
    assert "JSON" in result.info["judge_error"] or "json" in result.info["judge_error"]
    assert env.unscored_episodes == 1
    assert env.judge.client.metrics["unscored"] == 1
    assert env.judge.client.metrics["calls"] == 2  # bounded retries, then reported
    assert env.episode_record()["scored"] is False and env.episode_record()["scores"] is None


def test_sotopias_own_evaluator_would_have_dropped_the_scores_silently() -> None:
    """The defect the judge works around: sotopia returns no scores and no error."""
    import_sotopia()
    from sotopia.database.evaluation_dimensions import SotopiaDimensions
    from sotopia.envs.evaluators import EpisodeLLMEvaluator, EvaluationForAgents
    from sotopia.messages import AgentAction, SimpleMessage

    evaluator = EpisodeLLMEvaluator(broken_judge(), EvaluationForAgents[SotopiaDimensions])
    messages = [("Environment", SimpleMessage(message="Turn #1")),
                ("A", AgentAction(action_type="speak", argument="hi")),
                ("B", AgentAction(action_type="speak", argument="hello"))]
    assert run_async(evaluator.__acall__(turn_number=2, messages=messages)) == []


def test_local_models_are_answered_sotopias_capability_checks() -> None:
    import_sotopia()
    from litellm.utils import supports_response_schema
    from sotopia.generation_utils import generate

    assert not supports_response_schema(model="local/anything")  # litellm's own answer
    assert "response_format" in generate.get_supported_openai_params(model="local/anything")
    assert generate.supports_response_schema(model="local/anything") is True
    assert "response_format" in generate.get_supported_openai_params(model="gpt-4o")


def test_run_async_stops_litellms_logging_worker() -> None:
    import litellm
    from litellm.litellm_core_utils.logging_worker import GLOBAL_LOGGING_WORKER

    async def call() -> str:
        response = await litellm.acompletion(model="gpt-4o", mock_response="ok",
                                             messages=[{"role": "user", "content": "x"}])
        return str(response.choices[0].message.content)

    assert run_async(call()) == "ok"
    task = GLOBAL_LOGGING_WORKER._worker_task
    assert (task is None or task.done()) and GLOBAL_LOGGING_WORKER._queue is None
    with pytest.raises(ZeroDivisionError):  # after an error too
        run_async(_fails())
    assert GLOBAL_LOGGING_WORKER._queue is None


async def _fails() -> None:
    raise ZeroDivisionError


def test_actions_json_or_free_text() -> None:
    env = SotopiaEnv(limit=1, max_turns=2)
    assert env.parse_action('{"action_type": "leave", "argument": ""}') == (
        '{"action_type": "leave", "argument": ""}', True)
    action, ok = env.parse_action("  Could we split it?  ")
    assert ok and json.loads(action) == {"action_type": "speak", "argument": "Could we split it?"}
    assert json.loads(env.parse_action('{"action_type": "dance", "argument": "x"}')[0])[
        "action_type"] == "speak"
    assert env.parse_action("   ") == ('{"action_type": "none", "argument": ""}', False)
    with pytest.raises(ValueError, match="learner_seat"):
        SotopiaEnv(learner_seat=2)
    with pytest.raises(ValueError, match="action_types"):
        SotopiaEnv(action_types=["none", "shout"])


def test_scenarios_load_from_the_release_jsonl_exports_and_the_package(tmp_path: Path) -> None:
    released = load_scenarios(release())
    assert len(released) == 2760 and len({s.combo_id.split("-")[0] for s in released}) == 2760
    assert len({s.environment["scenario"] for s in released}) > 250
    first = released[0]
    assert len(first.environment["agent_goals"]) == 2 and first.agents[0]["first_name"]
    authored = load_scenarios("authored")
    assert len(authored) == 12 and len({s.codename for s in authored}) == 6
    assert {s.environment["source"] for s in authored} == {"creditkit-authored"}

    import_sotopia()
    from sotopia.database import AgentProfile, EnvAgentComboStorage, EnvironmentProfile
    from sotopia.database.serialization import (
        agentprofiles_to_jsonl,
        envagnetcombostorage_to_jsonl,
        environmentprofiles_to_jsonl,
    )

    chosen = load_scenarios(release(), codenames=[first.codename])
    environmentprofiles_to_jsonl([EnvironmentProfile(**chosen[0].environment, pk="e1",
                                                    age_constraint="", occupation_constraint="")],
                                 str(tmp_path / "environment_profiles.jsonl"))
    agentprofiles_to_jsonl([AgentProfile(**a, pk=f"a{i}") for i, a in enumerate(
        chosen[0].agents)], str(tmp_path / "agent_profiles.jsonl"))
    envagnetcombostorage_to_jsonl([EnvAgentComboStorage(pk="c1", env_id="e1",
                                                        agent_ids=["a0", "a1"])],
                                  str(tmp_path / "env_agent_combo_storages.jsonl"))
    exported = load_scenarios(tmp_path)
    assert len(exported) == 1
    assert exported[0].environment == chosen[0].environment
    assert exported[0].agents[1]["secret"] == chosen[0].agents[1]["secret"]

    with pytest.raises(FileNotFoundError, match="scenarios="):
        load_scenarios(tmp_path / "missing.json")
    with pytest.raises(ValueError, match="codename"):
        load_scenarios("authored", codenames=["no_such_scenario"])
    (tmp_path / "env_agent_combo_storages.jsonl").unlink()
    with pytest.raises(ValueError, match="env_agent_combo_storages.jsonl"):
        load_scenarios(tmp_path)
