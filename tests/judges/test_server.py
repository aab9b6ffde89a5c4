"""The OpenAI-compatible loopback endpoint, reached through litellm and through sotopia."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

import pydantic
import pytest
from pydantic import Field

pytest.importorskip("litellm", reason="needs creditkit[judges]")

from creditkit.app.serve.server import OpenAIServer  # noqa: E402
from creditkit.judges.client import JudgeClient  # noqa: E402
from creditkit.judges.local import register_local_model  # noqa: E402


class Verdict(pydantic.BaseModel):
    score: int = Field(ge=1, le=5)
    label: bool


@pytest.fixture(scope="module")
def server(tiny_model_dir: Path) -> OpenAIServer:
    register_local_model("loop", tiny_model_dir)
    with OpenAIServer() as running:
        yield running


def test_a_judge_reaches_the_endpoint_through_litellm(server: OpenAIServer) -> None:
    before = server.requests
    client = JudgeClient("openai/loop", api_base=server.base_url, api_key="unused")
    result = client.ask([{"role": "user", "content": "Rate it."}], Verdict)
    assert result.ok and 1 <= result.value.score <= 5
    assert server.requests == before + 1  # it really went over HTTP
    listed = json.loads(urllib.request.urlopen(f"{server.base_url}/models").read())
    assert "loop" in [m["id"] for m in listed["data"]]


def test_an_unknown_model_is_refused_with_its_name(server: OpenAIServer) -> None:
    client = JudgeClient("openai/nobody", api_base=server.base_url, api_key="unused",
                         max_attempts=1)
    with pytest.raises(Exception, match="nobody"):
        client.ask([{"role": "user", "content": "x"}], Verdict)


def test_a_sotopia_episode_over_loopback_http(server: OpenAIServer) -> None:
    pytest.importorskip("sotopia", reason="needs creditkit[sotopia]")
    from creditkit_envs.sotopia.env import SotopiaEnv

    before = server.requests
    env = SotopiaEnv(limit=2, max_turns=4, max_stale_turns=8, prompt="compact",
                     partner_model=f"custom/loop@{server.base_url}",
                     judge=JudgeClient("openai/loop", api_base=server.base_url, max_tokens=8),
                     local_models={},
                     action_types=["none", "speak", "non-verbal communication", "action"])
    env.reset(seed=1)  # the partner opens: its turns go through sotopia's custom/ route
    while not (result := env.step("Could we talk about it?")).done:
        pass
    assert result.info["scored"] and set(result.info["scores"]) == set(env.reward_names)
    assert server.requests - before == 2 + 1  # two partner turns and the judge, all over HTTP
