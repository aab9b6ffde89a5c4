"""Sotopia social dialogue on the real ``sotopia`` package (``pip install "creditkit[sotopia]"``):
the environment, scenario loading, the seven-dimension judge, offline model serving."""

from creditkit_envs.sotopia.scenarios import AUTHORED, Scenario, load_scenarios

__all__ = ["AUTHORED", "Scenario", "SotopiaEnv", "load_scenarios"]


def __getattr__(name: str) -> object:
    if name == "SotopiaEnv":  # imports sotopia (about 1.5 s): only when asked for
        from creditkit_envs.sotopia.env import SotopiaEnv

        return SotopiaEnv
    raise AttributeError(name)
