"""The GiGPO paper's WebShop prompt (``prompt="gigpo"``).

The content of verl-agent's WebShop template, in creditkit's own words: an expert-agent
framing, the task, how many steps were taken and the recent observations and actions, the
current step and page, the admissible actions one per line (``search[<your query>]`` on the
search page, ``click[...]`` of each clickable), and the request to reason inside
``<think> </think>`` and answer inside ``<action> </action>``. The page is shown as that code
shows it: each of its ``[SEP]``-separated strings after the instruction in single quotes. The
answers are read by :func:`creditkit_envs.tagged.parse_tagged` (an untagged answer plays its
last 20 characters).
"""

from __future__ import annotations

from collections.abc import Sequence

from creditkit.env import Turn
from creditkit_envs.webshop.pages import SEP

__all__ = ["gigpo_prompt", "quoted"]


def quoted(page: str) -> str:
    """A page's strings each in single quotes, as GiGPO's code shows a page: what follows the
    instruction, so the search page is just ``'Search'``."""
    page = page.removeprefix("WebShop" + SEP)
    return SEP.join(f"'{part}'" for part in page.split(SEP))


def gigpo_prompt(task: str, steps_taken: int, history: Sequence[Turn], page: str,
                 actions: Sequence[str]) -> str:
    """The GiGPO paper's WebShop prompt for one turn (see the module docstring)."""
    listed = "\n".join(f"'{action}'," for action in actions)
    lines = ["You are an expert autonomous agent shopping in the WebShop e-commerce "
             "environment.", f"Your task is to: {task}."]
    if history:
        first = steps_taken - len(history) + 1
        recent = "\n".join(f"[Observation {first + i}: '{quoted(turn.observation)}', "
                           f"Action {first + i}: '{turn.action}']"
                           for i, turn in enumerate(history))
        lines.append(f"You have taken {steps_taken} step(s) so far. Your last {len(history)} "
                     f"observation(s) and the action(s) you took: {recent}")
        lines.append(f"This is step {steps_taken + 1}, and your current observation is: "
                     f"{quoted(page)}.")
    else:
        lines.append(f"Your current observation is: {quoted(page)}.")
    lines += [f"The admissible actions now are:\n[\n{listed}\n].",
              "Your turn: take one action for this step. First reason step by step about the "
              "situation and which admissible action best advances the shopping goal, inside "
              "<think> </think> tags. Then write the admissible action you choose inside "
              "<action> </action> tags."]
    return "\n".join(lines)
