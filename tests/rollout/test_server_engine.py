"""The server engine against real HTTP servers on 127.0.0.1: ``creditkit serve``'s routes for
completions and LoRA adapters, and small servers that misbehave on purpose."""

from __future__ import annotations

import json
import threading
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import torch
from peft import LoraConfig, get_peft_model
from transformers import AutoModelForCausalLM

from creditkit.app.serve.completions import CompletionModel
from creditkit.app.serve.server import OpenAIServer
from creditkit.models.policy import chat_prompt_ids, load_tokenizer
from creditkit.rollout import HFEngine, Sampling
from creditkit.rollout.engines.server import ServerEngine, ServerError

TEXTS = ["Room 12. Exits: north east.", "Room 3. Exits: south.", "Room 7 has a door."]


@pytest.fixture
def servers(tiny_model_dir: Path, tmp_path: Path) -> Iterator[list[OpenAIServer]]:
    running = [OpenAIServer(completions=[CompletionModel("policy", tiny_model_dir)],
                            adapter_dirs=[tmp_path]).start()
               for _ in range(2)]
    yield running
    for server in running:
        server.stop()


def _prompts(tokenizer: Any) -> list[list[int]]:
    return [chat_prompt_ids(tokenizer, t) for t in TEXTS] * 3


def _lora(tiny_model_dir: Path, seed: int) -> Any:
    torch.manual_seed(seed)
    model = get_peft_model(AutoModelForCausalLM.from_pretrained(tiny_model_dir), LoraConfig(
        r=4, target_modules=["q_proj", "v_proj"], init_lora_weights=False))
    return model.eval()


def served_names(server: OpenAIServer) -> list[str]:
    listing = json.loads(urllib.request.urlopen(f"{server.base_url}/models").read())
    return [entry["id"] for entry in listing["data"]]


def test_greedy_completions_over_http_equal_the_local_engine(
        tiny_model_dir: Path, servers: list[OpenAIServer], tmp_path: Path) -> None:
    tokenizer = load_tokenizer(tiny_model_dir)
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    engine = ServerEngine(model, tokenizer, tmp_path, base_urls=[servers[0].base_url],
                          served_model="policy", prompts_per_request=2)
    prompts = _prompts(tokenizer)
    remote = engine.generate(prompts, Sampling(6, greedy=True))
    local = HFEngine(model, tokenizer).generate(prompts, Sampling(6, greedy=True))
    assert remote.token_ids == local.token_ids
    for a, b in zip(remote.logprobs, local.logprobs, strict=True):
        torch.testing.assert_close(torch.tensor(a), torch.tensor(b), atol=1e-5, rtol=1e-5)


def test_requests_spread_over_servers_and_every_server_gets_each_adapter(
        tiny_model_dir: Path, servers: list[OpenAIServer], tmp_path: Path) -> None:
    tokenizer = load_tokenizer(tiny_model_dir)
    engine = ServerEngine(None, tokenizer, tmp_path, base_urls=[s.base_url for s in servers],
                          served_model="policy", prompts_per_request=1, max_concurrency=4)
    prompts = _prompts(tokenizer)
    engine.generate(prompts, Sampling(4))
    assert all(count > 0 for count in engine.requests_per_server.values())
    assert sum(engine.requests_per_server.values()) == len(prompts)
    for seed in (1, 2):
        trained = _lora(tiny_model_dir, seed)
        engine.sync_weights(trained)
        for server in servers:  # the newest adapter only, on every server
            assert served_names(server) == ["policy", f"{engine.adapter_prefix}-{seed}"]
        remote = engine.generate(prompts, Sampling(6, greedy=True))
        local = HFEngine(trained, tokenizer).generate(prompts, Sampling(6, greedy=True))
        assert remote.token_ids == local.token_ids
        for a, b in zip(remote.logprobs, local.logprobs, strict=True):
            torch.testing.assert_close(torch.tensor(a), torch.tensor(b), atol=1e-5, rtol=1e-5)
    assert [p.name for p in (tmp_path / "adapters").iterdir()] == [
        f"{engine.adapter_prefix}-2"]


def test_a_sampled_completions_logprobs_are_at_its_temperature(
        tiny_model_dir: Path, servers: list[OpenAIServer], tmp_path: Path) -> None:
    from creditkit.models.policy import token_logprobs

    tokenizer = load_tokenizer(tiny_model_dir)
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    engine = ServerEngine(model, tokenizer, tmp_path, base_urls=[servers[0].base_url],
                          served_model="policy", prompts_per_request=1, max_concurrency=1)
    prompts = _prompts(tokenizer)[:3]
    torch.manual_seed(0)
    generation = engine.generate(prompts, Sampling(6, temperature=0.7))
    for prompt, ids, lps in zip(prompts, generation.token_ids, generation.logprobs,
                                strict=True):
        full = torch.tensor([prompt + ids])
        scored, _ = token_logprobs(model, full, torch.ones_like(full),
                                   first_position=len(prompt), temperature=0.7)
        torch.testing.assert_close(scored[0, len(prompt):], torch.tensor(lps), atol=1e-4,
                                   rtol=1e-4)
    torch.manual_seed(0)  # one prompt a request: seeds from the torch RNG, the same run again
    assert engine.generate(prompts, Sampling(6, temperature=0.7)).token_ids == (
        generation.token_ids)


def test_a_batched_request_samples_each_prompt_apart(
        tiny_model_dir: Path, servers: list[OpenAIServer], tmp_path: Path) -> None:
    tokenizer = load_tokenizer(tiny_model_dir)
    engine = ServerEngine(None, tokenizer, tmp_path, base_urls=[servers[0].base_url],
                          served_model="policy", prompts_per_request=8)
    prompt = chat_prompt_ids(tokenizer, TEXTS[0])
    completions = engine.generate([prompt] * 8, Sampling(6, temperature=1.5)).token_ids
    assert len({tuple(c) for c in completions}) > 1  # one group's samples are not all equal


def test_a_full_fine_tuning_policy_is_refused(tiny_model_dir: Path, tmp_path: Path) -> None:
    engine = ServerEngine(None, load_tokenizer(tiny_model_dir), tmp_path,
                          base_urls=["http://127.0.0.1:9/v1"], served_model="policy")
    with pytest.raises(ValueError, match="lora_rank"):
        engine.sync_weights(AutoModelForCausalLM.from_pretrained(tiny_model_dir))


def test_raw_server_logprobs_refuse_another_temperature(tiny_model_dir: Path,
                                                        tmp_path: Path) -> None:
    engine = ServerEngine(None, load_tokenizer(tiny_model_dir), tmp_path,
                          base_urls=["http://127.0.0.1:9/v1"], served_model="policy",
                          server_logprobs="raw")
    with pytest.raises(ValueError, match="processed_logprobs"):
        engine.generate([[1, 2]], Sampling(4, temperature=0.7))


class Scripted:
    """A tiny HTTP server answering every POST from a list of (status, body) replies (the last
    one repeated), and ``GET /v1/models`` with ``models``."""

    def __init__(self, replies: list[tuple[int, dict[str, Any]]],
                 models: tuple[str, ...] = ("policy",)) -> None:
        self.replies, self.calls, self.models = replies, 0, models
        scripted = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                data = json.dumps({"data": [{"id": m} for m in scripted.models]}).encode()
                self.send_response(200)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers["Content-Length"]))
                status, body = scripted.replies[min(scripted.calls, len(scripted.replies) - 1)]
                scripted.calls += 1
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"


def _choice(tokens: list[str], logprobs: list[float] | None) -> dict[str, Any]:
    block = None if logprobs is None else {"tokens": tokens, "token_logprobs": logprobs}
    return {"choices": [{"index": 0, "text": "", "logprobs": block}]}


def _engine_for(url: str, tiny_model_dir: Path, tmp_path: Path) -> ServerEngine:
    return ServerEngine(None, load_tokenizer(tiny_model_dir), tmp_path, base_urls=[url],
                        served_model="policy", retries=2, backoff_s=0.01)


@pytest.mark.parametrize(("reply", "message"), [
    (_choice(["token_id:5"], None), "no log-probs"),
    (_choice(["hello"], [-0.5]), "return_tokens_as_token_ids")])
def test_a_server_without_ids_or_logprobs_gets_a_clear_error(
        tiny_model_dir: Path, tmp_path: Path, reply: dict[str, Any], message: str) -> None:
    server = Scripted([(200, reply)])
    with pytest.raises(ServerError, match=message):
        _engine_for(server.url, tiny_model_dir, tmp_path).generate([[1, 2]], Sampling(4))
    server.httpd.shutdown()


def test_5xx_answers_are_retried_then_succeed(tiny_model_dir: Path, tmp_path: Path) -> None:
    ok = _choice(["token_id:5", "token_id:7"], [-0.25, -1.5])
    server = Scripted([(503, {"error": "busy"}), (500, {"error": "oops"}), (200, ok)])
    generation = _engine_for(server.url, tiny_model_dir, tmp_path).generate([[1, 2]],
                                                                            Sampling(4))
    assert generation.token_ids == [[5, 7]] and generation.logprobs == [[-0.25, -1.5]]
    assert server.calls == 3
    server.httpd.shutdown()


def _dead_url() -> str:
    server = Scripted([(200, {})])
    server.httpd.shutdown()
    server.httpd.server_close()  # nothing listens there any more
    return server.url


def test_an_unreachable_server_fails_after_its_retries(tiny_model_dir: Path,
                                                       tmp_path: Path) -> None:
    with pytest.raises(ConnectionError, match="3 attempts"):
        _engine_for(_dead_url(), tiny_model_dir, tmp_path).generate([[1, 2]], Sampling(4))


def test_a_dead_server_is_routed_around_logged_and_probed_back(
        tiny_model_dir: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    ok = _choice(["token_id:5"], [-0.5])
    live, flaky, dead = (Scripted([(200, ok)]), Scripted([(503, {"error": "down"})]),
                         _dead_url())
    engine = ServerEngine(None, load_tokenizer(tiny_model_dir), tmp_path,
                          base_urls=[dead, flaky.url, live.url], served_model="policy",
                          prompts_per_request=1, max_concurrency=3, retries=1, backoff_s=0.01,
                          down_retry_s=3600)
    with caplog.at_level("WARNING", logger="creditkit.engine.server"):
        generation = engine.generate([[1, 2]] * 6, Sampling(4))
    assert generation.token_ids == [[5]] * 6  # every prompt answered, by the live server
    assert set(engine.down) == {dead, flaky.url} and engine.times_marked_down == 2
    assert sum(f"{dead} marked down" in r.getMessage() for r in caplog.records) == 1
    before = flaky.calls
    engine.generate([[1, 2]] * 4, Sampling(4))  # down servers wait for their probe period
    assert flaky.calls == before and live.calls == 10
    flaky.replies = [(200, ok)]  # it recovers; once the period is over, a probe brings it back
    engine.down_retry_s = 0.0
    with caplog.at_level("WARNING", logger="creditkit.engine.server"):
        engine.generate([[1, 2]] * 4, Sampling(4))
    assert flaky.url not in engine.down and dead in engine.down
    assert any(f"{flaky.url} answers again" in r.getMessage() for r in caplog.records)
    for server in (live, flaky):
        server.httpd.shutdown()


def test_when_no_server_answers_generate_names_each(tiny_model_dir: Path,
                                                    tmp_path: Path) -> None:
    first, second = _dead_url(), _dead_url()
    engine = ServerEngine(None, load_tokenizer(tiny_model_dir), tmp_path,
                          base_urls=[first, second], served_model="policy", retries=0)
    with pytest.raises(ConnectionError, match="none of the 2 server") as error:
        engine.generate([[1, 2]], Sampling(4))
    assert first in str(error.value) and second in str(error.value)


def test_an_adapter_the_server_fails_to_load_gets_its_cause_not_a_retry(
        tiny_model_dir: Path, tmp_path: Path) -> None:
    # vLLM answers 500 when the adapter's rank is above its --max-lora-rank: the server is up
    server = Scripted([(500, {"error": {"message": "LoRA rank 4 is greater than "
                                                   "max_lora_rank 2."}})])
    engine = _engine_for(server.url, tiny_model_dir, tmp_path)
    with pytest.raises(ServerError, match="max-lora-rank") as error:
        engine.sync_weights(_lora(tiny_model_dir, 0))
    assert "greater than max_lora_rank 2" in str(error.value) and "rank 4" in str(error.value)
    assert server.calls == 1
    server.httpd.shutdown()


def test_a_refused_request_is_not_retried(tiny_model_dir: Path, tmp_path: Path) -> None:
    server = Scripted([(404, {"error": {"message": "The model `x` does not exist"}})])
    with pytest.raises(ServerError, match="does not exist"):
        _engine_for(server.url, tiny_model_dir, tmp_path).generate([[1, 2]], Sampling(4))
    assert server.calls == 1
    server.httpd.shutdown()


def test_a_completion_is_cut_at_any_generation_config_eos(tiny_model_dir: Path,
                                                           tmp_path: Path) -> None:
    server = Scripted([(200, _choice(["token_id:5", "token_id:7", "token_id:9"],
                                     [-0.1, -0.2, -0.3]))])
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    tokenizer = load_tokenizer(tiny_model_dir)
    model.generation_config.eos_token_id = [tokenizer.eos_token_id, 7]
    engine = ServerEngine(model, tokenizer, tmp_path, base_urls=[server.url],
                          served_model="policy")
    assert engine.generate([[1, 2]], Sampling(4)).token_ids == [[5, 7]]
    server.httpd.shutdown()


def test_two_runs_sharing_a_server_keep_their_own_adapters(
        tiny_model_dir: Path, servers: list[OpenAIServer], tmp_path: Path) -> None:
    # each run's adapters are named after its run folder: before, both runs named theirs
    # creditkit-N, and one run's swap unloaded the other's adapter under it (a 404 crash)
    tokenizer = load_tokenizer(tiny_model_dir)
    runs = [ServerEngine(None, tokenizer, tmp_path / name, base_urls=[servers[0].base_url],
                         served_model="policy") for name in ("a", "b")]
    assert runs[0].adapter_prefix != runs[1].adapter_prefix
    for seed in (1, 2):
        for engine in runs:
            engine.sync_weights(_lora(tiny_model_dir, seed))
    assert sorted(served_names(servers[0])) == sorted(
        ["policy", *(f"{engine.adapter_prefix}-2" for engine in runs)])
    for engine in runs:  # each still samples its own adapter
        assert engine.generate(_prompts(tokenizer)[:1], Sampling(3)).token_ids


def test_an_adapter_the_server_no_longer_holds_is_already_unloaded(
        tiny_model_dir: Path, servers: list[OpenAIServer], tmp_path: Path) -> None:
    tokenizer = load_tokenizer(tiny_model_dir)
    engine = ServerEngine(None, tokenizer, tmp_path, base_urls=[servers[0].base_url],
                          served_model="policy")
    engine.sync_weights(_lora(tiny_model_dir, 1))
    engine._post(servers[0].base_url, "/unload_lora_adapter",  # as a restarted server would
                 {"lora_name": engine.model_name})
    engine.sync_weights(_lora(tiny_model_dir, 2))  # its unload of the first answers 404
    assert served_names(servers[0]) == ["policy", f"{engine.adapter_prefix}-2"]


def test_a_sync_while_every_server_is_marked_down_probes_them(tiny_model_dir: Path,
                                                               tmp_path: Path) -> None:
    server = Scripted([(200, {"message": "ok"})])
    engine = _engine_for(server.url, tiny_model_dir, tmp_path)
    engine.down[server.url] = 0.0  # marked down earlier; it answers again now
    engine.sync_weights(_lora(tiny_model_dir, 0))
    assert server.url not in engine.down and server.calls == 1  # the adapter was loaded
    dead = _engine_for(_dead_url(), tiny_model_dir, tmp_path)
    dead.down[dead.base_urls[0]] = 0.0
    with pytest.raises(ConnectionError, match="no server took the adapter"):
        dead.sync_weights(_lora(tiny_model_dir, 0))
    server.httpd.shutdown()
