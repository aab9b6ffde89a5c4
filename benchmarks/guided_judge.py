"""Seconds for the tiny local judge to answer one SOTOPIA-EVAL request, with the key/value cache
of :class:`~creditkit.judges.guided.GuidedGenerator` against the same generator recomputing the
whole context at every token (the reference), alternating, in one process.

    python benchmarks/guided_judge.py                 # 3 runs each, reasoning strings of 8 tokens
    python benchmarks/guided_judge.py --repeats 5 --string-tokens 32

The prompt is the judge's real prompt at the end of an episode on an authored scenario (about
13k characters with the schema); both generators must give the same answer.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from typing import Any

import torch

from creditkit.judges.guided import GuidedGenerator


class UncachedGenerator(GuidedGenerator):
    """The reference: every next-token and candidate score recomputes the whole context."""

    class _NoCache:
        def crop(self, tokens: int) -> None:
            pass

    def _forward(self, ids: list[int]) -> torch.Tensor:
        full = self._ids[:self._cached] + ids
        logits = self.model(input_ids=torch.tensor([full])).logits[0].float().cpu()
        self._cache = self._NoCache()
        return logits[-len(ids):]


def judge_request() -> tuple[Any, Any, list[int], dict[str, Any]]:
    """(model, tokenizer, prompt ids, schema) of a judge call after a short authored episode."""
    from creditkit.judges.client import JudgeClient
    from creditkit.judges.local import local_provider
    from creditkit_envs.sotopia.env import SotopiaEnv
    from creditkit_envs.sotopia.judge import EpisodeEvaluation, judge_prompt, render_history

    env = SotopiaEnv(limit=1, max_turns=4, max_stale_turns=8, prompt="compact",
                     judge=JudgeClient("local/sotopia-judge", max_tokens=8),
                     action_types=["none", "speak", "non-verbal communication", "action"])
    env.reset(seed=0)
    while not env.step("Could we find a way that works for both of us?").done:
        pass
    model, tokenizer = local_provider().models["sotopia-judge"]
    prompt = judge_prompt(render_history(env._env.inbox))
    ids = tokenizer.apply_chat_template([{"role": "user", "content": prompt}],
                                        add_generation_prompt=True, tokenize=True,
                                        return_dict=False)
    ids = list(ids["input_ids"] if isinstance(ids, dict) else ids)
    return model, tokenizer, ids, EpisodeEvaluation.model_json_schema()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--string-tokens", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    model, tokenizer, ids, schema = judge_request()
    times: dict[str, list[float]] = {"cached": [], "reference": []}
    answers = {}
    for _ in range(args.repeats):
        for name, kind in (("reference", UncachedGenerator), ("cached", GuidedGenerator)):
            start = time.perf_counter()
            answers[name] = kind(model, tokenizer, args.string_tokens).generate(ids, schema)
            times[name].append(time.perf_counter() - start)
    cached, reference = (statistics.median(times[k]) for k in ("cached", "reference"))
    print(f"judge prompt: {len(ids)} tokens; answer: {len(answers['cached'])} characters")
    print(f"reference (no cache): median {reference:.2f} s over {args.repeats}")
    print(f"cached:               median {cached:.2f} s over {args.repeats}")
    print(f"speed-up: {reference / cached:.1f}x; same answer: "
          f"{answers['cached'] == answers['reference']}")
    print(json.dumps({"tokens": len(ids), "cached_s": cached, "reference_s": reference}))


if __name__ == "__main__":
    main()
