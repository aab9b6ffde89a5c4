"""Environment plug-ins for creditkit, installed as the package ``creditkit_envs``.

The folder is named ``envs/`` in the repository but is never importable as a top-level
``envs`` module (a PyPI package owns that name). One subpackage per environment:
:mod:`creditkit_envs.maze` (the built-in text maze), :mod:`creditkit_envs.alfworld` (ALFWorld on
alfworld + textworld) and :mod:`creditkit_envs.sotopia` (Sotopia, with Sotopia-RL in ``rl/``).
"""

if __name__ == "envs":  # imported through the repository folder, e.g. from its root
    raise ImportError(
        "creditkit's environments are the package 'creditkit_envs' "
        "(import creditkit_envs); there is no top-level 'envs' module"
    )

__all__: list[str] = []
