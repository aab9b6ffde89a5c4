"""WebShopEnv: the pages, the actions, the purchase, the anchors and the scripted shopper."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from creditkit.env import Turn
from creditkit.train.evaluation import play_reference, success_table
from creditkit_envs.webshop import WebShopEnv, purchase_reward
from creditkit_envs.webshop.env import QUERY_PLACEHOLDER, goal_query
from creditkit_envs.webshop.pages import PageState

BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def env() -> WebShopEnv:
    return WebShopEnv(split="test")


def search_goal_words(env: WebShopEnv, seed: int = 0) -> str:
    env.reset(seed=seed)
    return env.step(f"search[{goal_query(env._goal)}]").observation.text


def test_the_search_page_takes_any_query_and_lists_the_template(env: WebShopEnv) -> None:
    observation = env.reset(seed=0)
    assert observation.text == "WebShop [SEP] Search"
    assert observation.task.endswith("dollars") and "price lower than" in observation.task
    assert env.admissible_actions() == [QUERY_PLACEHOLDER]
    assert env.parse_action("search[red lipstick]\nmore text") == ("search[red lipstick]", True)
    assert env.parse_action("click[buy now]") == ("click[buy now]", False)
    assert env.parse_action("search[]")[1] is False


def test_results_show_ten_products_a_page_with_next_and_prev(env: WebShopEnv) -> None:
    env.reset(seed=0)
    result = env.step("search[shoes]")
    assert result.info["valid"] and not result.done
    text = result.observation.text
    assert text.startswith("Back to Search [SEP] Page 1 (Total results: ")
    assert "< Prev" not in text
    actions = env.admissible_actions()
    assert actions[:2] == ["click[back to search]", "click[next >]"]
    assert len(actions) == 2 + 10
    asins = actions[2:]
    page_two = env.step("click[next >]").observation.text
    assert "Page 2" in page_two and "< Prev [SEP] Next >" in page_two
    assert env.admissible_actions()[:3] == ["click[back to search]", "click[< prev]",
                                            "click[next >]"]
    assert not set(env.admissible_actions()) & set(asins)
    assert env.step("click[< prev]").observation.text == text
    assert env.step("click[back to search]").observation.text == "WebShop [SEP] Search"


def test_item_page_options_sub_pages_and_prev(env: WebShopEnv) -> None:
    env.reset(seed=1)
    env.step("search[wireless earbuds]")
    asin = env.admissible_actions()[2]
    item = env.step(asin).observation.text
    product = env.by_asin[asin[len("click["):-1].upper()]
    group, values = next(iter(product["options"].items()))
    assert f"Back to Search [SEP] < Prev [SEP] {group} [SEP] {values[0]}" in item
    assert item.endswith("Description [SEP] Features [SEP] Reviews [SEP] Buy Now")
    assert f"click[{values[1]}]" in env.admissible_actions()
    chosen = env.step(f"click[{values[1]}]").observation
    assert chosen.text.startswith(f"You have clicked {values[1]}. [SEP] ")
    assert chosen.info["state"].options == ((group, values[1]),)
    features = env.step("click[features]").observation.text
    assert features == " [SEP] ".join(["Back to Search", "< Prev", *product["BulletPoints"]])
    assert env.admissible_actions() == ["click[back to search]", "click[< prev]"]
    assert env.step("click[< prev]").observation == chosen  # back to the item, options kept
    # WebShop's loader shows no review: the page holds its two buttons only
    assert env.step("click[reviews]").observation.text == "Back to Search [SEP] < Prev"
    env.step("click[< prev]")
    assert env.step("click[< prev]").observation.info["state"].kind == "results"


def test_an_action_webshop_does_not_act_on_changes_nothing(env: WebShopEnv) -> None:
    before = search_goal_words(env)
    # WebShop neither strips inside the brackets nor before the name, and never clicks search
    for action in ("click[search]", "click[nothing here]", "click[ next > ]", " click[next >]",
                   "Click[next >]", "click next >", "buy", ""):
        # the compact prompt's answer is its first line, stripped: only step() sees the space
        assert env.parse_action(action)[1] is (action == " click[next >]"), action
        result = env.step(action)
        assert result.observation.text == before
        assert result.info["valid"] is False and result.info["admissible"] is False
        assert result.rewards == {"reward": 0.0}


def test_actions_are_parsed_and_played_as_webshops_text_env_does(env: WebShopEnv) -> None:
    search_goal_words(env)
    asin = env.admissible_actions()[2]
    env.step(asin)
    # a search works from any page (WebShop's step runs it wherever the agent is)
    assert env.parse_action("search[green tea]") == ("search[green tea]", True)
    result = env.step("search[green tea]")
    assert result.info["valid"] and result.observation.info["state"] == PageState(
        "results", "green tea", 1)
    # the pattern is matched from the start and may be followed by text; the argument is
    # lower-cased
    assert env.parse_action("click[Back to Search] please") == (
        "click[Back to Search] please", True)
    assert env.step("click[Back to Search] please").observation.text == "WebShop [SEP] Search"


def test_webshops_special_search_prefixes() -> None:
    env = WebShopEnv(split="test")
    env.reset(seed=0)
    category = env.step("search[<c> food]").observation.text
    assert f"(Total results: {sum(p['category'] == 'food' for p in env.products)})" in category
    query = env.products[0]["query"]
    env.step(f"search[<q> {query}]")
    assert all(env.products[i]["query"] == query for i in env._results)
    attribute = env.products[0]["Attributes"][0]
    env.step(f"search[<a> {attribute}]")
    assert 0 in env._results and all(attribute in env.products[i]["Attributes"]
                                     for i in env._results)
    env.step("search[<r>]")
    drawn = list(env._results)
    assert len(drawn) == 50 == len(set(drawn))
    env.reset(seed=0)
    env.step("search[<r>]")
    assert env._results == drawn  # seeded by the episode


def test_malformed_only_is_gigpos_invalid_action() -> None:
    env = WebShopEnv(split="test", invalid="malformed")
    env.reset(seed=0)
    assert env.parse_action("click[nothing here]") == ("click[nothing here]", True)
    assert env.parse_action("I would buy it") == ("I would buy it", False)
    result = env.step("click[nothing here]")  # played, nothing happens, not penalised
    assert result.info["valid"] is True and result.info["admissible"] is False


@pytest.mark.parametrize("reward", ["score", "success"])
def test_buying_pays_the_scaled_purchase_reward_and_ends(reward: str) -> None:
    env = WebShopEnv(split="test", reward_scale=10.0, reward=reward)
    env.reset(seed=2)
    env.step("search[shampoo]")
    asin = env.admissible_actions()[2][len("click["):-1].upper()
    env.step(f"click[{asin.lower()}]")
    group, values = next(iter(env.by_asin[asin]["options"].items()))
    env.step(f"click[{values[-1]}]")
    result = env.step("click[buy now]")
    expected = purchase_reward(env.by_asin[asin], env._goal, env.catalogue.prices[asin],
                               {group: values[-1]}).total
    assert result.terminated and not result.truncated
    assert result.info["score"] == pytest.approx(expected)
    # WebShop's reward is the score; GiGPO's code pays 10 for a score of exactly 1, else 0
    paid = 10 * expected if reward == "score" else 10.0 * (expected == 1.0)
    assert expected < 1.0 and result.rewards["reward"] == pytest.approx(paid)
    assert result.info["success"] == (expected == 1.0)
    assert result.observation.text.endswith(f"[SEP] {expected:.4g}")
    with pytest.raises(RuntimeError):
        env.step("click[buy now]")


def test_the_step_limit_truncates_with_score_zero() -> None:
    env = WebShopEnv(split="test", max_steps=3)
    env.reset(seed=0)
    results = [env.step("click[nothing]") for _ in range(3)]
    assert [r.truncated for r in results] == [False, False, True]
    assert results[-1].info["score"] == 0.0 and not results[-1].terminated


def test_success_pays_the_scale_when_the_score_is_one() -> None:
    env = WebShopEnv(split="test", reward="success", reward_scale=10.0)
    env.reset(seed=0)
    while not (result := env.step(env.expert_action())).done:
        pass
    assert result.info["score"] == 1.0 and result.rewards["reward"] == 10.0


def test_state_anchors_match_across_episodes_and_text_anchors_are_the_page() -> None:
    env, text_env = WebShopEnv(split="test"), WebShopEnv(split="test", anchor="text")
    keys = []
    for _ in range(2):
        env.reset(seed=4)
        first = env.anchor_key(env.step("search[green tea]").observation)
        keys.append((first, env.anchor_key(env.step("click[next >]").observation)))
    assert keys[0] == keys[1] and keys[0][0] != keys[0][1]
    assert keys[0] == (PageState("results", "green tea", 1), PageState("results", "green tea", 2))
    observation = text_env.reset(seed=4)
    assert text_env.anchor_key(observation) == observation.text
    # GiGPO's anchor is WebShop's text page, which does not show the chosen options
    text_env.step("search[green tea]")
    item = text_env.step(text_env.admissible_actions()[2]).observation
    option = next(a for a in text_env.admissible_actions()
                  if text_env._clickables()[a[len("click["):-1]][0] == "option")
    chosen = text_env.step(option).observation
    assert chosen.text.startswith("You have clicked") and chosen.text.endswith(item.text)
    assert text_env.anchor_key(chosen) == text_env.anchor_key(item) == item.text


def test_suggested_searches_hold_the_goals_query() -> None:
    env = WebShopEnv(split="test", search_suggestions=4)
    env.reset(seed=5)
    actions = env.admissible_actions()
    assert len(actions) == 4 and f"search[{goal_query(env._goal)}]" in actions
    env.reset(seed=5)
    assert env.admissible_actions() == actions


def test_the_scripted_shopper_wins_most_and_random_play_scores_low() -> None:
    seeds = range(WebShopEnv(split="test").num_tasks)
    rows = {name: play_reference(lambda: WebShopEnv(split="test", search_suggestions=4), name,
                                 seeds) for name in ("expert", "random")}
    expert, random_play = rows["expert"], rows["random"]
    assert sum(o.success for o in expert) / len(expert) > 0.8
    assert sum(o.success for o in random_play) / len(random_play) < 0.1
    assert sum(o.score or 0.0 for o in random_play) / len(random_play) < 0.2
    table = success_table(rows).splitlines()
    assert table[0] == "| policy | beauty | electronics | fashion | food | furniture | All " \
                       "| Score |"
    assert table[2].startswith("| expert |") and table[3].startswith("| random |")


def test_bad_settings_name_the_argument(tmp_path: Path) -> None:
    for kwargs, name in ((dict(max_steps=0), "max_steps"), (dict(anchor="page"), "anchor"),
                         (dict(search_suggestions=-1), "search_suggestions"),
                         (dict(reward_scale=0.0), "reward_scale"),
                         (dict(split="dev"), "split"), (dict(reward="paid"), "reward"),
                         (dict(invalid="never"), "invalid"), (dict(prompt="long"), "prompt"),
                         (dict(data_dir=str(tmp_path / "none")), "data_dir")):
        with pytest.raises(ValueError, match=name):
            WebShopEnv(**kwargs)


@pytest.mark.slow
def test_gigpo_on_webshop_runs_end_to_end(tmp_path: Path) -> None:
    # the webshop_gigpo experiment, shrunk: 2 steps of one group of 4 episodes of 5 turns
    command = [str(BIN / "creditkit-train"), "experiment=webshop_gigpo", "trainer.steps=2",
               "trainer.eval_every=2", "trainer.eval_seeds=[0]", "trainer.save_every=2",
               "rollout.groups_per_step=1", "rollout.group_size=4", "env.max_steps=5",
               "policy.tiny.corpus_episodes=8", "policy.tiny.warmup_episodes=8",
               "policy.tiny.format_warmup_steps=5", "rollout.max_new_tokens=8", "progress=false",
               f"output_dir={tmp_path}"]
    subprocess.run(command, check=True, capture_output=True, text=True, timeout=900)
    records = [json.loads(line) for line in (tmp_path / "metrics.jsonl").read_text().splitlines()]
    assert [r["step"] for r in records] == [0, 1, 2]  # step 0: the evaluation before training
    last = records[-1]
    assert last["train.step_groups"] >= 1 and 0.0 <= last["train.singleton_fraction"] <= 1.0
    assert 0.0 <= last["eval.score"] <= 1.0  # WebShop's score reaches the trainer's metrics
    assert (tmp_path / "checkpoints" / "step-000002").is_dir()


@pytest.mark.slow
def test_creditkit_eval_prints_success_and_score_columns(tmp_path: Path) -> None:
    command = [str(BIN / "creditkit-eval"), "env=webshop", "env.split=test",
               "env.search_suggestions=4", "evaluation.seeds=[0,1,2,3,4,5,6,7,8,9]",
               "evaluation.episodes_per_seed=1", "evaluation.references=[expert,random]",
               "evaluation.policy=false", "progress=false", f"output_dir={tmp_path / 'run'}"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, check=True)
    lines = result.stdout.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("| policy |"))
    assert lines[header].endswith("| All | Score |")
    assert lines[header + 2].startswith("| expert |") and lines[header + 3].startswith("| random")
    summary = json.loads("\n".join(lines[header + 4:]))
    assert summary["success"]["expert"]["All"] > 0.8 > summary["success"]["random"]["All"]
    assert summary["score"]["expert"] > summary["score"]["random"]


@pytest.mark.slow
def test_the_experiments_held_out_goals_are_scored_with_creditkit_eval(tmp_path: Path) -> None:
    # docs/webshop.md: creditkit-eval experiment=webshop_gigpo env.split=test
    command = [str(BIN / "creditkit-eval"), "experiment=webshop_gigpo", "env.split=test",
               "evaluation.seeds=[0,1,2,3]", "evaluation.episodes_per_seed=1",
               "evaluation.references=[expert]", "evaluation.policy=false", "progress=false",
               f"output_dir={tmp_path / 'run'}"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, check=True)
    lines = result.stdout.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("| policy |"))
    assert lines[header + 2].startswith("| expert |")
    summary = json.loads("\n".join(lines[header + 3:]))
    assert summary["success"]["expert"]["All"] == 1.0  # synthetic goals, held out: all bought


def test_the_agent_loop_carries_the_env_score(tiny_model_dir: Path) -> None:
    from creditkit.models.policy import load_tokenizer
    from creditkit.rollout import AgentLoop, LocalPool, RolloutConfig, Sampling
    from tests.envs.test_contract import RandomTokens

    tokenizer = load_tokenizer(tiny_model_dir)
    pool = LocalPool(lambda: WebShopEnv(split="test", max_steps=2))
    rollout = AgentLoop(pool, RandomTokens(len(tokenizer)), tokenizer,
                        RolloutConfig(group_size=2, history=2)).collect(
        [0, 1], Sampling())
    pool.close()
    # random tokens never buy: truncated, score 0
    assert [e.score for e in rollout.episodes] == [0.0] * 4


def test_the_gigpo_prompt_and_tagged_answers() -> None:
    env = WebShopEnv(split="test", prompt="gigpo")
    first = env.reset(seed=0)
    prompt = env.render_prompt(first)
    assert "Your current observation is: 'Search'." in prompt
    assert "'search[<your query>]'," in prompt and "<action> </action>" in prompt
    answer = env.format_action("search[green tea]")
    assert env.parse_action(answer) == ("search[green tea]", True)
    # an answer without tags is played as its last 20 characters, and is invalid
    assert env.parse_action("I would search[green tea]") == ("ould search[green tea]"[-20:],
                                                            False)
    result = env.step(env.parse_action(answer)[0])
    history = [Turn(first.text, "search[green tea]")]
    later = env.render_prompt(result.observation, history)
    assert "[Observation 1: ''Search'', Action 1: 'search[green tea]']" in later
    assert "This is step 2" in later and "'click[next >]'," in later


def test_the_short_prompt_lists_actions_on_the_search_page_only() -> None:
    long, short = WebShopEnv(split="test"), WebShopEnv(split="test", list_actions=False)
    prompts = []
    for env in (long, short):
        first = env.reset(seed=3)
        prompts.append((env.render_prompt(first),
                        env.render_prompt(env.step("search[green tea]").observation)))
    assert prompts[0][0] == prompts[1][0] and "Actions: search[<query>]" in prompts[1][0]
    assert "click[back to search], click[next >]" in prompts[0][1]
    assert "click[back to search]" not in prompts[1][1]
    assert len(prompts[1][1]) < len(prompts[0][1])
