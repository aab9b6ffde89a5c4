"""Environment plug-ins for creditkit, installed as the package ``creditkit_envs``.

The folder is named ``envs/`` in the repository but is never importable as a top-level
``envs`` module (a PyPI package owns that name). Environments arrive with later releases:
a built-in text maze, ALFWorld and Sotopia.
"""

if __name__ == "envs":  # imported through the repository folder, e.g. from its root
    raise ImportError(
        "creditkit's environments are the package 'creditkit_envs' "
        "(import creditkit_envs); there is no top-level 'envs' module"
    )

__all__: list[str] = []
