"""Sotopia-RL's pipeline offline: annotator, labels, the utterance-state env, the evaluation
table, and (slow) episodes -> attribution -> reward model -> utterance GRPO end to end."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("sotopia", reason="needs creditkit[sotopia]")

from creditkit.app.sotopia.pipeline import AnnotationSettings, LabelSettings, check_label_settings
from creditkit.judges.client import JudgeClient
from creditkit.judges.local import register_local_model
from creditkit_envs.sotopia.evaluation import dimension_means, seven_dimension_table
from creditkit_envs.sotopia.judge import DIMENSIONS
from creditkit_envs.sotopia.rl.annotator import UtteranceAnnotator
from creditkit_envs.sotopia.rl.episodes import label_episodes
from tests.data import shared_data

RECORD = {"conversation": "A said: hi\nB said: no", "agent": "A", "goal": "get a yes",
          "background": "A is patient.", "scored": True,
          "utterances": [{"prompt": "p1", "action": "{}", "text": 'said: "hi"'},
                         {"prompt": "p2", "action": "{}", "text": 'said: "please"'}],
          "scores": {name: 0.0 for name in DIMENSIONS} | {"goal": 6.0}}


class Scripted:
    """A judge client answering from a list (to test the annotator's validation)."""

    def __init__(self, answers: list[str]) -> None:
        self.answers, self.asked = answers, 0

    def ask(self, messages: Any, schema: Any) -> Any:
        from creditkit.judges import generate_structured

        def attempt(number: int) -> str:
            self.asked += 1
            return self.answers[min(number, len(self.answers) - 1)]

        return generate_structured(attempt, schema, 5)


def test_the_annotator_retries_a_wrong_count_and_rates_every_utterance() -> None:
    client = Scripted(['{"utterance_1": 3}', '{"utterance_1": 2, "utterance_2": 7}',
                       '{"utterance_1": 3, "utterance_2": 1}'])
    annotator = UtteranceAnnotator(client, ["goal"])
    assert annotator.annotate_episode(RECORD) == {"goal": [3, 1]}
    assert client.asked == 3  # wrong count, out of range, then valid
    assert UtteranceAnnotator(Scripted(["[3, 1]"]), ["goal"]).annotate_episode(RECORD) is None
    prompt = annotator.prompt("conv", "A", "goal", "bg", ["x", "y"], "goal")
    assert "utterance_2: y" in prompt and "0-3" in prompt
    with pytest.raises(ValueError, match="dimensions"):
        UtteranceAnnotator(client, ["charm"])


def test_a_local_annotator_answers_valid_ratings(tiny_model_dir: Path) -> None:
    register_local_model("annotator-test", tiny_model_dir)
    annotator = UtteranceAnnotator(JudgeClient("local/annotator-test", max_tokens=8),
                                   ["goal", "knowledge"])
    ratings = annotator.annotate_episode(RECORD)
    assert ratings is not None and set(ratings) == {"goal", "knowledge"}
    assert all(len(r) == 2 and all(0 <= x <= 3 for x in r) for r in ratings.values())


def test_the_annotation_stage_reaches_an_endpoint(tmp_path: Path, tiny_model_dir: Path) -> None:
    """annotation.api_base: the annotator's requests go to the OpenAI-compatible server."""
    from creditkit.app.serve.server import OpenAIServer
    from creditkit.app.sotopia.pipeline import _annotation_stage
    from creditkit_envs.sotopia.rl.episodes import annotation_query

    register_local_model("annotator-http", tiny_model_dir)
    with OpenAIServer() as server:
        settings = AnnotationSettings(model="openai/annotator-http", api_base=server.base_url,
                                      dimensions=("goal",), max_tokens=8)
        annotated, counts = _annotation_stage(tmp_path, [RECORD, RECORD], settings,
                                              annotation_query("direct"))
        assert server.requests >= 2  # one rating request per episode at least, over HTTP
    assert len(annotated) + sum(v for k, v in counts.items() if k != "annotated") >= 2


def test_labels_follow_the_hand_worked_attribution() -> None:
    second = RECORD | {"scores": RECORD["scores"] | {"goal": 2.0}}
    annotated = [RECORD | {"ratings": {"goal": [3, 0]}}, second | {"ratings": {"goal": [3, 3]}}]
    labels = label_episodes(annotated, list(DIMENSIONS), weights={"goal": 1.0})
    # goal rewards: 6*3/3=6, 0; 2, 2 -> dataset min-max over [6, 0, 2, 2] -> x10
    assert labels == [[10.0, 0.0], [pytest.approx(10 / 3), pytest.approx(10 / 3)]]


def test_a_weighted_dimension_that_was_never_annotated_is_an_error() -> None:
    # only goal annotated, weights over goal and believability: before issue 14 believability
    # read as zeros and every label came out halved
    annotated = [RECORD | {"ratings": {"goal": [3, 0]}},
                 RECORD | {"ratings": {"goal": [1, 2]}}]
    with pytest.raises(ValueError, match="believability"):
        label_episodes(annotated, list(DIMENSIONS), weights={"goal": 1.0, "believability": 1.0})
    with pytest.raises(ValueError, match=r"annotation\.dimensions"):
        check_label_settings(AnnotationSettings(dimensions=("goal",)),
                             LabelSettings(weights={"goal": 1.0, "believability": 1.0}))
    check_label_settings(AnnotationSettings(dimensions=("goal",)),  # uniform reads no ratings
                         LabelSettings(method="uniform", weights={"believability": 1.0}))
    with pytest.raises(ValueError, match="labels.method"):
        check_label_settings(AnnotationSettings(), LabelSettings(method="greedy"))
    # uniform needs no annotation at all: every utterance gets its episode's score
    assert label_episodes([RECORD, RECORD | {"scores": RECORD["scores"] | {"goal": 2.0}}],
                          list(DIMENSIONS), "uniform", {"goal": 1.0}) == [[10.0, 10.0],
                                                                          [0.0, 0.0]]


def test_singular_asks_for_the_key_utterance_and_credits_it() -> None:
    client = Scripted(['{"key_utterance": 3}', '{"key_utterance": 2}'])  # 3 of 2: retried
    annotator = UtteranceAnnotator(client, ["goal"], query="key_utterance")
    ratings = annotator.annotate_episode(RECORD)
    assert ratings == {"goal": [0, 1]} and client.asked == 2
    assert "key_utterance" in annotator.prompt("conv", "A", "g", "bg", ["x", "y"], "goal")
    key = RECORD | {"ratings": ratings, "query": "key_utterance"}
    other = RECORD | {"ratings": {"goal": [1, 0]}, "query": "key_utterance",
                      "scores": RECORD["scores"] | {"goal": 3.0}}
    # goal rewards 0, 6 and 3, 0 -> min-max over [0, 6, 3, 0] -> x10
    assert label_episodes([key, other], list(DIMENSIONS), "singular", {"goal": 1.0}) == [
        [0.0, 10.0], [5.0, 0.0]]
    with pytest.raises(ValueError, match="needs key_utterance annotations"):
        label_episodes([RECORD | {"ratings": {"goal": [3, 1]}}], list(DIMENSIONS), "singular",
                       {"goal": 1.0})
    with pytest.raises(ValueError, match="query"):
        UtteranceAnnotator(client, ["goal"], query="best")


def test_the_seven_dimension_table_leaves_unscored_episodes_out() -> None:
    scored = {name: 1.0 for name in DIMENSIONS}
    records = [{"scored": True, "scores": scored},
               {"scored": True, "scores": scored | {"goal": 8.0}},
               {"scored": False, "scores": None}]
    means = dimension_means(records)
    assert means["goal"] == 4.5 and means["scored"] == 2 and means["unscored"] == 1
    assert means["overall"] == pytest.approx((6 * 1.0 + 4.5) / 7)
    table = seven_dimension_table({"tiny": means})
    assert table.splitlines()[0].split()[:9] == ["policy", "BEL", "REL", "KNO", "SEC", "SOC",
                                                 "FIN", "GOAL", "Overall"]
    assert "4.50" in table.splitlines()[1]


def test_the_utterance_state_env_groups_candidates_by_state(
        tmp_path: Path, tiny_reward_model_dir: Path) -> None:
    from creditkit_envs.sotopia.states import UtteranceStateEnv

    (tmp_path / "states.jsonl").write_text('{"prompt": "state one"}\n{"prompt": "state two"}\n')
    env = UtteranceStateEnv(str(tmp_path / "states.jsonl"), str(tiny_reward_model_dir))
    first = env.reset(seed=2)
    assert first.text == "state one" and env.anchor_key(first) == env.anchor_key(
        env.reset(seed=4))
    rewards = []
    for text in ("Could we split it?", '{"action_type": "leave", "argument": ""}'):
        env.reset(seed=2)
        result = env.step(text)
        assert result.done and result.info["valid"]
        rewards.append(result.rewards["reward"])
    assert rewards[0] != rewards[1]  # different utterances, different scores
    with pytest.raises(RuntimeError):
        env.step("again")
    (tmp_path / "bad.jsonl").write_text('{"text": 1}\n')
    with pytest.raises(ValueError, match="bad.jsonl:1"):
        UtteranceStateEnv(str(tmp_path / "bad.jsonl"), str(tiny_reward_model_dir))


@pytest.mark.slow
def test_the_whole_pipeline_runs_end_to_end_on_cpu(tmp_path: Path) -> None:
    out = tmp_path / "run"
    script = "from creditkit.app.sotopia.cli import pipeline; pipeline()"
    command = [sys.executable, "-c", script, f"output_dir={out}", "episodes.count=5",
               "env.max_turns=4",
               "policy.tiny.corpus_episodes=3", "policy.tiny.warmup_episodes=3",
               "policy.tiny.format_warmup_steps=20", "grpo.steps=2",
               "grpo.overrides=['rollout.groups_per_step=2','rollout.group_size=4']"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=1200, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    summary = json.loads(done.stdout[done.stdout.rindex('{\n "output_dir"'):])
    assert summary["episodes"] == 5 and summary["annotation"]["annotated"] == 5
    episodes = [json.loads(line) for line in (out / "episodes.jsonl").read_text().splitlines()]
    assert all(e["scored"] and set(e["scores"]) == set(DIMENSIONS) for e in episodes)
    utterances = sum(len(e["utterances"]) for e in episodes)
    labelled = (out / "rm_train.jsonl").read_text().splitlines() + (
        out / "rm_eval.jsonl").read_text().splitlines()
    assert len(labelled) == utterances
    labels = [json.loads(line)["label"] for line in labelled]
    assert min(labels) >= 0.0 and max(labels) <= 10.0 + 1e-9
    report = summary["reward_model"]
    assert report["train_loss"][-1] < report["train_loss"][0]
    assert (out / "reward_model" / "config.json").exists()
    assert summary["grpo"]["train.turns"] == 8  # 2 states x 4 candidates, one turn each
    assert summary["grpo"]["train.singleton_fraction"] == 0.0
    assert (out / "grpo" / "metrics.jsonl").read_text().count("\n") >= 2
    again = subprocess.run(command, capture_output=True, text=True, timeout=1200, check=False)
    assert again.returncode == 0  # every stage's output exists: resumed, nothing redone
    assert json.loads(again.stdout[again.stdout.rindex('{\n "output_dir"'):])["episodes"] == 5


def test_online_episodes_get_the_reward_models_score_each_turn(
        tiny_reward_model_dir: Path) -> None:
    from creditkit.train.reward_model import RewardModelScorer
    from creditkit_envs.sotopia.env import SotopiaEnv

    rm = tiny_reward_model_dir
    env = SotopiaEnv(limit=2, max_turns=4, max_stale_turns=8, prompt="compact",
                     judge=JudgeClient("local/sotopia-judge", max_tokens=8),
                     reward_model=str(rm),
                     action_types=["none", "speak", "non-verbal communication", "action"])
    assert env.reward_names[-1] == "utterance" and len(env.reward_names) == 8
    observation = env.reset(seed=0)
    result = env.step("Could we talk?")
    expected = float(RewardModelScorer(rm)([observation.text], [
        '{"action_type": "speak", "argument": "Could we talk?"}'])[0])
    assert result.rewards["utterance"] == pytest.approx(expected)
    assert result.rewards["utterance"] != 0.0


@pytest.mark.slow
def test_the_online_experiment_trains_a_step(tmp_path: Path,
                                             tiny_reward_model_dir: Path) -> None:
    rm = tiny_reward_model_dir
    command = [sys.executable, "-c", "from creditkit.app.cli import train; train()",
               "experiment=sotopia_online", f"env.reward_model={rm}", "env.max_turns=4",
               "policy.tiny.corpus_episodes=3", "policy.tiny.warmup_episodes=3",
               "policy.tiny.format_warmup_steps=20", "trainer.steps=1", "rollout.groups_per_step=1",
               "rollout.group_size=2", f"output_dir={tmp_path / 'run'}", "progress=false"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=1200, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    final = json.loads(done.stdout[done.stdout.rindex('{\n "output_dir"'):])
    assert final["train.turns"] == 4  # 2 episodes x 2 learner turns (4 turns, alternating)
    assert final["loss.skipped"] == 0.0


def test_the_evaluation_command_prints_the_seven_dimension_table(tmp_path: Path,
                                                                 tiny_model_dir: Path) -> None:
    output = tmp_path / "eval" / "results.json"
    script = "from creditkit.app.sotopia.cli import evaluate; evaluate()"
    release = shared_data("sotopia", "sotopia_2023_profiles.json")
    command = [sys.executable, "-c", script, f"policies=[{tiny_model_dir}]", "episodes=2",
               "max_new_tokens=8", "env.max_turns=2", "env.judge.max_tokens=8",
               "env.prompt=compact", f"env.scenarios={release}", "env.limit=2",
               f"output_dir={output.parent}"]
    work = tmp_path / "cwd"
    work.mkdir()
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False,
                          cwd=work)
    assert done.returncode == 0, done.stderr[-3000:]
    assert list(work.iterdir()) == []  # no cli.log (or anything) in the working folder
    assert (output.parent / "cli.log").exists()  # the job log is in the run's output_dir
    header = next(line for line in done.stdout.splitlines() if line.startswith("policy"))
    assert header.split()[1:9] == ["BEL", "REL", "KNO", "SEC", "SOC", "FIN", "GOAL", "Overall"]
    rows = json.loads(output.read_text())
    means = rows[str(tiny_model_dir)]
    assert means["scored"] + means["unscored"] == 2
    assert means["overall"] == pytest.approx(sum(means[n] for n in DIMENSIONS) / 7)
    empty = subprocess.run([*command[:3], "policies=[]", f"output_dir={tmp_path / 'empty'}"],
                           capture_output=True, text=True, timeout=600, check=False, cwd=work)
    assert empty.returncode != 0 and "policies is empty" in empty.stderr
