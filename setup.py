"""Package discovery (everything else is in pyproject.toml): every package under creditkit/ and
under envs/ (installed as creditkit_envs), so a new environment or module needs no edit here."""

from setuptools import find_packages, setup

setup(packages=[
    *find_packages(include=["creditkit", "creditkit.*"]),
    "creditkit.configs",
    "creditkit_envs",
    *(f"creditkit_envs.{name}" for name in find_packages("envs")),
])
