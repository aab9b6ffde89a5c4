"""ALFWorldEnv on the official evaluation games in ../shared/data/alfworld (real engine)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from creditkit_envs.alfworld import TASK_TYPES, ALFWorldEnv, find_games, load_game
from tests.data import shared_data

DATA = shared_data("alfworld", module=True)  # skips (or fails in CI) without ../shared
LOOK = "look_at_obj_in_light-Bowl-None-DeskLamp-301"  # a short game: 4 commands to win


@pytest.fixture(scope="module")
def env() -> ALFWorldEnv:
    return ALFWorldEnv(DATA, task_types=["look_at_obj_in_light"])


def test_finds_the_solvable_evaluation_games() -> None:
    games = find_games(DATA, "valid_seen")
    assert len(games) == 140  # ALFWorld's eval_in_distribution split, as the GiGPO paper
    assert all(json.loads(g.read_text())["solvable"] for g in games)
    assert len(find_games(DATA, "valid_seen", only_solvable=False)) == 187
    kinds = {g.parent.parent.name.split("-")[0] for g in games}
    assert kinds == set(TASK_TYPES)
    with pytest.raises(FileNotFoundError, match="ALFWORLD_DATA"):
        find_games(DATA / "missing", "valid_seen")
    with pytest.raises(ValueError, match="task_types"):
        find_games(DATA, "valid_seen", task_types=["cook_dinner"])


def test_reset_gives_the_task_and_the_room(env: ALFWorldEnv) -> None:
    observation = env.reset(seed=0, task=LOOK)
    assert observation.task == "examine the bowl with the desklamp"
    assert observation.text.startswith("You are in the middle of a room.")
    assert "Welcome" not in observation.text and "Your task" not in observation.text
    assert "go to desk 1" in (env.admissible_actions() or [])
    assert env.reset(seed=0, task=LOOK) == observation


def test_invalid_command_gives_nothing(env: ALFWorldEnv) -> None:
    env.reset(seed=0, task=LOOK)
    result = env.step("fly to the moon")
    assert result.observation.text == "Nothing happens."
    assert result.rewards == {"reward": 0.0} and not result.info["valid"] and not result.done
    assert env.step("go to desk 1").info["valid"]


def test_the_planners_plan_wins(env: ALFWorldEnv) -> None:
    game = next(g for g in env.games if g.parent.parent.name == LOOK)
    plan = load_game(game, with_plan=True).reset()["policy_commands"]
    env.reset(seed=0, task=LOOK)
    results = [env.step(command) for command in plan]
    assert all(r.info["valid"] for r in results)
    assert results[-1].terminated and results[-1].rewards == {"reward": 10.0}
    assert not any(r.done for r in results[:-1])
    with pytest.raises(RuntimeError, match="reset"):
        env.step("look")


def test_fact_anchors_tell_apart_what_text_anchors_merge() -> None:
    facts = ALFWorldEnv(DATA, task_types=["look_at_obj_in_light"], anchor="facts")
    facts.reset(seed=0, task=LOOK)
    first = facts.step("fly").observation
    facts.step("go to desk 1")
    second = facts.step("fly").observation
    assert first.text == second.text == "Nothing happens."
    assert facts.anchor_key(first) != facts.anchor_key(second)
    # the same state reached again (a fresh episode of the task) has the same key, usable as
    # a dict key by the anchor grouping
    key = facts.anchor_key(first)
    facts.reset(seed=0, task=LOOK)
    again = facts.step("fly").observation
    assert facts.anchor_key(again) == key and {key: 1}[facts.anchor_key(again)] == 1


def test_step_limit_truncates() -> None:
    short = ALFWorldEnv(DATA, task_types=["look_at_obj_in_light"], max_steps=2)
    short.reset(seed=0, task=LOOK)
    assert not short.step("look").done
    last = short.step("look")
    assert last.truncated and not last.terminated


def test_loading_errors_name_the_file(tmp_path: Path) -> None:
    unsolvable = next(g for g in find_games(DATA, "valid_seen", only_solvable=False)
                      if not json.loads(g.read_text())["solvable"])
    with pytest.raises(ValueError, match=str(unsolvable.parent.name)):
        load_game(unsolvable)
    with pytest.raises(FileNotFoundError, match="missing.tw-pddl"):
        load_game(tmp_path / "missing.tw-pddl")
    with pytest.raises(ValueError, match="task"):
        ALFWorldEnv(DATA).reset(seed=0, task="no-such-task")


def test_either_wording_of_placing_is_accepted() -> None:
    # the official files say "put X in/on Y"; alfworld 0.4.2 and the authored games say
    # "move X to Y": an action in the other wording maps to the game's own command
    official = ALFWorldEnv(DATA, task_types=["pick_and_place_simple"])
    official.reset(seed=0)
    for command in [a for a in official.admissible_actions() or [] if a.startswith("go to")]:
        official.step(command)
        take = [a for a in official.admissible_actions() or [] if a.startswith("take ")]
        if take:
            official.step(take[0])
            break
    put = next(a for a in official.admissible_actions() or [] if a.startswith("put "))
    thing, place = put[len("put "):].split(" in/on ")
    assert official.parse_action(f"move {thing} to {place}\n") == (put, True)
    result = official.step(f"move {thing} to {place}")
    assert result.info["valid"] and result.observation.text.startswith("You put")
    authored = ALFWorldEnv("authored", split="eval", task_types=["pick_and_place_simple"])
    authored.reset(seed=0)
    walkthrough = json.loads(authored.games[0].read_text())["walkthrough"]
    reworded = [c.replace("move ", "put ", 1).replace(" to ", " in/on ", 1)
                if c.startswith("move ") else c for c in walkthrough]
    assert reworded != walkthrough
    results = [authored.step(command) for command in reworded]
    assert all(r.info["valid"] for r in results) and results[-1].terminated


def test_the_gigpo_prompt_and_its_tagged_answers() -> None:
    from creditkit.env import Turn
    from creditkit_envs.alfworld.prompts import parse_tagged, tagged

    paper = ALFWorldEnv(DATA, task_types=["look_at_obj_in_light"], prompt="gigpo")
    first = paper.reset(seed=0, task=LOOK)
    prompt = paper.render_prompt(first)
    assert "expert agent" in prompt and "examine the bowl with the desklamp" in prompt
    assert "This is step 1." in prompt and "<think>" in prompt and "<action>" in prompt
    assert "\n  'go to desk 1'\n" in prompt and "'help'" not in prompt  # one per line
    # a well-formed answer plays its command; valid means well formed, not admissible
    assert paper.parse_action("<think>the desk</think> <action>Go to desk 1</action>") == (
        "go to desk 1", True)
    assert paper.parse_action("<action>go to desk 1</action>") == ("go to desk 1", False)
    assert paper.parse_action("go to desk 1")[1] is False  # no tags: invalid
    assert parse_tagged("<think>思考</think><action>look</action>") == ("look", False)
    result = paper.step(paper.parse_action(tagged("fly to the moon"))[0])
    assert result.info["valid"] and not result.info["admissible"]
    later = paper.render_prompt(result.observation, [Turn(first.text, "fly to the moon")])
    assert "taken 1 step(s)" in later and "This is step 2." in later
    assert "'fly to the moon'" in later
    assert paper.format_action("look") == tagged("look")
    assert paper.parse_action(paper.format_action("go to desk 1")) == ("go to desk 1", True)
    compact = ALFWorldEnv(DATA, task_types=["look_at_obj_in_light"])
    compact.reset(seed=0, task=LOOK)
    assert compact.step("fly to the moon").info["valid"] is False  # compact: not admissible
    assert compact.format_action("look") == "look"
    with pytest.raises(ValueError, match="prompt"):
        ALFWorldEnv(DATA, prompt="verbose")  # type: ignore[arg-type]


def test_the_warm_up_clones_answers_in_the_prompts_format(tiny_model_dir: Path) -> None:
    from creditkit.models.policy import load_tokenizer
    from creditkit.models.warmup import environment_corpus, random_policy_examples

    paper = ALFWorldEnv(DATA, task_types=["look_at_obj_in_light"], prompt="gigpo", max_steps=2)
    tokenizer = load_tokenizer(tiny_model_dir)
    examples = random_policy_examples(paper, tokenizer, episodes=1, seed=0)
    answer = tokenizer.decode(examples[0][1], skip_special_tokens=True)
    assert paper.parse_action(answer)[1]  # a well-formed <think>/<action> answer
    assert any("<action>" in text for text in environment_corpus(paper, episodes=1))
