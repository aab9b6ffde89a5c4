"""Sotopia social dialogue as a :class:`~creditkit.env.TextEnv`, on the real ``sotopia`` package.

The learner plays one seat of a two-agent scenario; the partner is an ``LLMAgent`` on any
litellm model (``local/<name>`` in-process by default, so everything runs offline). Turns are
round-robin; the episode ends by sotopia's own terminator (turn limit, an agent leaving, or
stale turns); then the SOTOPIA-EVAL judge (:class:`~creditkit_envs.sotopia.judge.SotopiaJudge`)
scores the learner on seven dimensions, returned as named rewards on the last step.

The observation is the learner's dialogue state rendered as its prompt (the whole inbox sotopia
gives an agent: background, own goal, every turn so far); the anchor key is a hash of it, so
repeated states (e.g. the first turn of a scenario) share a GiGPO / utterance-GRPO group.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

from creditkit.env import Observation, StepResult, TextEnv, Turn
from creditkit.judges.client import JudgeClient
from creditkit_envs.sotopia.actions import ACTION_TYPES, canonical_action, example_actions
from creditkit_envs.sotopia.judge import DIMENSIONS, SotopiaJudge, dimension_scores, render_history
from creditkit_envs.sotopia.models import register_models
from creditkit_envs.sotopia.runtime import import_sotopia, run_async
from creditkit_envs.sotopia.scenarios import Scenario, load_scenarios

__all__ = ["DEFAULT_LOCAL_MODELS", "SotopiaEnv"]

#: the offline default: partner and judge are tiny local models built from the scenarios' text
DEFAULT_LOCAL_MODELS = {"sotopia-partner": "tiny", "sotopia-judge": "tiny"}


class SotopiaEnv(TextEnv):
    """One seat of a Sotopia scenario against a model partner, scored by an LLM judge.

    Args:
        scenarios: ``"authored"`` (shipped), a sotopia profile JSON, or a folder of JSONL
            exports (see :func:`~creditkit_envs.sotopia.scenarios.load_scenarios`).
        codenames, limit: keep only these scenario codenames / the first ``limit`` combos.
        partner_model: the partner's litellm model name (``local/<name>``,
            ``custom/<name>@http://host:port/v1``, hosted names).
        judge: the SOTOPIA-EVAL judge's client (a
            :class:`~creditkit.judges.client.JudgeClient`: model, attempts, max tokens, cache,
            endpoint); None: ``JudgeClient("local/sotopia-judge", max_attempts=3,
            max_tokens=512)``, a tiny local judge.
        local_models: ``{name: "tiny" | folder | hub id}`` served as ``local/<name>``;
            None: a tiny partner and judge (``DEFAULT_LOCAL_MODELS``).
        learner_seat: 0, 1, or ``"alternate"`` (seat ``seed % 2``).
        max_turns, max_stale_turns: sotopia's terminator (turns of both agents).
        prompt: ``"sotopia"`` (sotopia's agent instructions and action schema) or
            ``"compact"`` (the dialogue and a one-line instruction; for tiny policies).
        omniscient: agents see each other's goals.
        success_goal: an episode counts as a success when its goal score reaches this.
        max_utterance_chars: a learner utterance is cut to this length.
        action_types: the action types both seats may use (``"none"`` is always kept). A
            partner's action of another type is played as "none" and counted in
            ``disallowed_partner_actions`` (leaving ``"leave"`` out keeps an untrained partner
            from ending every episode at its first turn).
        reward_model: a saved reward model folder; when set, each learner turn also gets the
            reward ``utterance`` (its score), the online form of attributed rewards.
    """

    def __init__(self, scenarios: str = "authored", codenames: Sequence[str] | None = None,
                 limit: int | None = None, partner_model: str = "local/sotopia-partner",
                 judge: JudgeClient | None = None,
                 local_models: Mapping[str, str] | None = None,
                 learner_seat: int | str = "alternate", max_turns: int = 20,
                 max_stale_turns: int = 2, prompt: str = "sotopia", omniscient: bool = False,
                 success_goal: float = 7.0, max_utterance_chars: int = 500,
                 action_types: Sequence[str] = ACTION_TYPES,
                 reward_model: str | None = None) -> None:
        if learner_seat not in (0, 1, "alternate"):
            raise ValueError(f"learner_seat must be 0, 1 or 'alternate', got {learner_seat!r}")
        if prompt not in ("sotopia", "compact"):
            raise ValueError(f"prompt must be 'sotopia' or 'compact', got {prompt!r}")
        unknown = sorted(set(action_types) - set(ACTION_TYPES))
        if unknown or "speak" not in action_types:
            raise ValueError(f"action_types must include 'speak' and be among {ACTION_TYPES}; "
                             f"got unknown {unknown}" if unknown else "action_types must include "
                             "'speak'")
        if max_turns < 1:
            raise ValueError(f"max_turns must be >= 1, got {max_turns}")
        import_sotopia()
        self.scenarios: list[Scenario] = load_scenarios(
            scenarios, list(codenames) if codenames else None, limit)
        register_models(DEFAULT_LOCAL_MODELS if local_models is None else dict(local_models))
        self.partner_model, self.learner_seat, self.prompt_style = (partner_model, learner_seat,
                                                                    prompt)
        self.max_turns, self.max_stale_turns, self.omniscient = (max_turns, max_stale_turns,
                                                                 omniscient)
        self.success_goal, self.max_utterance_chars = success_goal, max_utterance_chars
        # "none" is how a seat waits for its turn: always kept; a fixed order, not a set's
        self.action_types = [a for a in ACTION_TYPES if a in action_types or a == "none"]
        self.judge = SotopiaJudge(judge if judge is not None else JudgeClient(
            "local/sotopia-judge", max_attempts=3, max_tokens=512))
        self.scorer: Any = None
        if reward_model is not None:
            from creditkit.train.reward_model import RewardModelScorer

            self.scorer = RewardModelScorer(reward_model)
        self.reward_names = tuple(DIMENSIONS) + (("utterance",) if self.scorer else ())
        self.unscored_episodes = 0
        self.silent_partner_turns = 0
        self.disallowed_partner_actions = 0
        self._env: Any = None
        self._done, self._reported = True, True

    # -- episode -----------------------------------------------------------------------------

    def reset(self, *, seed: int, task: str | None = None) -> Observation:
        from sotopia.agents import Agents, LLMAgent
        from sotopia.database import AgentProfile, EnvironmentProfile
        from sotopia.envs.evaluators import RuleBasedTerminatedEvaluator
        from sotopia.envs.parallel import ParallelSotopiaEnv

        self.scenario = self._pick(seed, task)
        self.seat = seed % 2 if self.learner_seat == "alternate" else int(self.learner_seat)
        profiles = [AgentProfile(**agent, pk=f"{self.scenario.combo_id}-{i}")
                    for i, agent in enumerate(self.scenario.agents)]
        agents = [LLMAgent(agent_profile=p, model_name=self.partner_model) for p in profiles]
        self._env = ParallelSotopiaEnv(
            env_profile=EnvironmentProfile(**self.scenario.environment,
                                           pk=self.scenario.combo_id),
            action_order="round-robin", model_name=self.partner_model,
            evaluators=[RuleBasedTerminatedEvaluator(self.max_turns, self.max_stale_turns)],
            terminal_evaluators=[self.judge])
        self._env.available_action_types = list(self.action_types)  # sotopia keeps a set's order
        self._agents = Agents({agent.agent_name: agent for agent in agents})
        if len(self._agents) != 2:
            raise ValueError(f"scenario {self.scenario.combo_id}: both seats have the same "
                             f"name; sotopia keys agents by name")
        self._observations = self._env.reset(agents=self._agents, omniscient=self.omniscient)
        for index, name in enumerate(self._env.agents):
            self._agents[name].goal = self._env.profile.agent_goals[index]
        self.learner_name = self._env.agents[self.seat]
        self.partner_name = self._env.agents[1 - self.seat]
        self.judge.last = None
        self.scores: dict[str, float] | None = None  # the learner's, once the judge answered
        self._done, self._reported = False, False
        self.utterances: list[dict[str, str]] = []
        run_async(self._play(None))
        return self._observation()

    def step(self, action: str) -> StepResult:
        """The learner's turn, then the partner's. When the partner ended the conversation
        before the learner's first turn, the action is not played (``info["played"]`` False)
        and this step reports the judge's scores."""
        if self._reported:
            raise RuntimeError("step() after the episode ended: call reset()")
        prompt = self._observation().text
        parsed, valid = self.parse_action(action)
        info: dict[str, Any] = {"valid": valid, "played": not self._done}
        if not self._done:
            chosen = self._agent_action(parsed)
            self.utterances.append({"prompt": prompt, "action": parsed,
                                    "text": chosen.to_natural_language()})
            info["action_type"] = chosen.action_type
            run_async(self._play(chosen))
        rewards = {name: 0.0 for name in self.reward_names}
        if self._done:
            self._reported = True
            info.update(self._final_scores(rewards))
        if self.scorer is not None and info["played"]:
            rewards["utterance"] = float(self.scorer([prompt], [parsed])[0])
        return StepResult(self._observation(), rewards, terminated=self._done, info=info)

    def _pick(self, seed: int, task: str | None) -> Scenario:
        if task is None:
            return self.scenarios[seed % len(self.scenarios)]
        matches = [s for s in self.scenarios if task in (s.combo_id, s.codename)]
        if not matches:
            raise ValueError(f"task={task!r}: no scenario with that combo id or codename")
        return matches[seed % len(matches)]

    async def _play(self, learner_action: Any) -> None:
        """Apply the learner's action (if any), then the partner's turns until the learner is
        on turn or the episode is over."""
        from sotopia.messages import AgentAction

        learner, partner = self._agents[self.learner_name], self._agents[self.partner_name]
        if learner_action is not None:
            await self._astep(learner_action, await partner.aact(
                self._observations[self.partner_name]))
        while not self._done and not self._learner_on_turn():
            learner.recv_message("Environment", self._observations[self.learner_name])
            partner_action = await partner.aact(self._observations[self.partner_name])
            if partner_action.action_type not in self.action_types:
                self.disallowed_partner_actions += 1  # e.g. "leave" when it is not offered
                partner_action = AgentAction(action_type="none", argument="")
            elif partner_action.action_type == "none":
                self.silent_partner_turns += 1  # a failed generation comes back as "none"
            await self._astep(AgentAction(action_type="none", argument=""), partner_action)
        if not self._done:
            learner.recv_message("Environment", self._observations[self.learner_name])

    async def _astep(self, learner_action: Any, partner_action: Any) -> None:
        observations, _, terminated, _, _ = await self._env.astep(
            {self.learner_name: learner_action, self.partner_name: partner_action})
        self._observations = observations
        self._done = bool(terminated[self.learner_name])

    def _learner_on_turn(self) -> bool:
        return self._observations[self.learner_name].available_actions != ["none"]

    def _final_scores(self, rewards: dict[str, float]) -> dict[str, Any]:
        result = self.judge.last
        if result is None or not result.ok or result.value is None:
            self.unscored_episodes += 1
            return {"scored": False, "success": False,
                    "judge_error": "no judge call" if result is None else result.error}
        scores = self.scores = dimension_scores(result.value, self.seat)
        rewards.update(scores)
        return {"scored": True, "scores": scores,
                "partner_scores": dimension_scores(result.value, 1 - self.seat),
                "success": scores["goal"] >= self.success_goal}

    # -- text --------------------------------------------------------------------------------

    def _observation(self) -> Observation:
        info = {"scenario": self.scenario.codename, "combo_id": self.scenario.combo_id,
                "seat": self.seat}
        if self._done:
            return Observation("The conversation is over.", self._goal(), info)
        return Observation(self._render(), self._goal(), info)

    def _goal(self) -> str:
        from sotopia.envs.parallel import render_text_for_agent

        return render_text_for_agent(self.scenario.environment["agent_goals"][self.seat],
                                     self.seat)

    def _render(self) -> str:
        learner = self._agents[self.learner_name]
        history = "\n".join(message.to_natural_language() for _, message in learner.inbox)
        observation = self._observations[self.learner_name]
        actions = " ".join(observation.available_actions)
        if self.prompt_style == "compact":
            return (f"{history}\nYou are {self.learner_name}, at turn #{observation.turn_number}. "
                    f'Answer with JSON {{"action_type": one of [{actions}], "argument": text}}.')
        from sotopia.messages import AgentAction

        return (f"Imagine you are {self.learner_name}, your task is to act/speak as "
                f"{self.learner_name} would, keeping in mind {self.learner_name}'s social goal.\n"
                "You can find the goal in the 'Here is the context of the interaction' field; "
                "it is only visible to you. Try your best to achieve it in a way that aligns "
                "with the character's traits, and keep the conversation natural and realistic "
                "(do not repeat what has already been said).\n"
                f"{history}.\nYou are at Turn #{observation.turn_number}. Your available "
                f"action types are\n{actions}.\nNote: You can \"leave\" this conversation if "
                "you have achieved your social goals, it makes you uncomfortable, you find it "
                "uninteresting, or for other reasons you want to leave.\n\n"
                "Please only generate a JSON string including the action type and the "
                "argument.\nYour action should follow the given format:\n"
                + json.dumps(AgentAction.model_json_schema()))

    def render_prompt(self, observation: Observation, history: Sequence[Turn] = ()) -> str:
        """The observation text: it already holds the whole dialogue (history is ignored)."""
        return observation.text

    def anchor_key(self, observation: Observation) -> str:
        """A hash of the rendered dialogue state."""
        return hashlib.sha256(observation.text.encode()).hexdigest()

    def task_category(self) -> str:
        return self.scenario.codename

    def example_actions(self) -> list[str]:
        """Actions for random play (tokenizer corpus and format warm-up of a tiny policy)."""
        return example_actions(self.action_types)

    def parse_action(self, text: str) -> tuple[str, bool]:
        """A JSON action ``{"action_type", "argument"}`` as is; other text is speech (see
        :func:`~creditkit_envs.sotopia.actions.canonical_action`)."""
        return canonical_action(text, self.max_utterance_chars)

    def _agent_action(self, canonical: str) -> Any:
        from sotopia.messages import AgentAction

        data = json.loads(canonical)
        allowed = self._observations[self.learner_name].available_actions
        if data["action_type"] not in allowed:
            data = {"action_type": "speak", "argument": data["argument"]}
        return AgentAction(**data)

    # -- records -----------------------------------------------------------------------------

    def conversation(self) -> str:
        """The whole conversation as the judge reads it."""
        return render_history(self._env.inbox) if self._env is not None else ""

    def episode_record(self) -> dict[str, Any]:
        """The finished episode, for attribution: scenario, seat, goal, background, the
        learner's utterances with the prompts they answered, the conversation and scores."""
        agent = self.scenario.agents[self.seat]
        return {
            "combo_id": self.scenario.combo_id, "scenario": self.scenario.codename,
            "seat": self.seat, "agent": self.learner_name, "goal": self._goal(),
            "background": f"{agent.get('public_info', '')} "
                          f"{agent.get('personality_and_values', '')} "
                          f"Secret: {agent.get('secret', '')}".strip(),
            "utterances": list(self.utterances), "conversation": self.conversation(),
            "scored": self.scores is not None, "scores": self.scores}
