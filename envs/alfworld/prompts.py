"""ALFWorld's two prompt styles: the compact one for tiny models and the GiGPO paper's.

``compact`` (the default, :meth:`creditkit.env.TextEnv.render_prompt`): ``Task / Saw / Did /
Now / Actions`` lines and a bare command as the answer; "invalid" means a command that is not
admissible.

``gigpo``: the prompt of the GiGPO paper's released code (verl-agent's ALFWorld template),
in creditkit's own words with the same content: an expert-agent framing, the task, how many
steps were taken, the recent observations and actions, the current step and observation, the
admissible actions one per line (``help`` left out), and the request to reason inside
``<think> </think>`` and answer inside ``<action> </action>``. "Invalid" then means what it means
there: an answer without both tag pairs (or with CJK characters), whatever the command; a
well-formed answer whose command is not admissible is played ("Nothing happens.") and counted
valid, and ``info["admissible"]`` says whether it was.
"""

from __future__ import annotations

from collections.abc import Sequence

from creditkit.env import Turn
from creditkit_envs.tagged import parse_tagged, tagged

__all__ = ["PROMPTS", "gigpo_prompt", "parse_tagged", "tagged"]

PROMPTS = ("compact", "gigpo")


def gigpo_prompt(task: str, steps_taken: int, history: Sequence[Turn], observation: str,
                 actions: Sequence[str]) -> str:
    """The GiGPO paper's prompt for one turn (see the module docstring)."""
    listed = "\n".join(f"  '{a}'" for a in actions if a != "help")
    lines = [f"You are an expert agent acting in the ALFRED embodied household environment. "
             f"Your task is to: {task}."]
    if history:
        recent = "\n".join(f"[Observation {steps_taken - len(history) + i + 1}: "
                           f"'{turn.observation}', Action {steps_taken - len(history) + i + 1}: "
                           f"'{turn.action}']" for i, turn in enumerate(history))
        lines.append(f"You have taken {steps_taken} step(s) so far. Your last {len(history)} "
                     f"observation(s) and the action(s) you took:\n{recent}")
    lines += [f"This is step {steps_taken + 1}. Your current observation: {observation}",
              f"The admissible actions now are:\n{listed}",
              "Your turn. Think step by step about the situation first, inside <think> </think> "
              "tags. Then choose one admissible action and write it inside <action> </action> "
              "tags."]
    return "\n".join(lines)
