"""ALFWorld household tasks on the real alfworld + textworld engine (``creditkit[alfworld]``):
the official game files when a user has them, and creditkit's authored suite (60 fixed
evaluation tasks and a procedural train split) that needs no download."""

from creditkit_envs.alfworld.authoring import AuthoredTask, generate_task, write_task
from creditkit_envs.alfworld.build import build_game
from creditkit_envs.alfworld.env import ALFWorldEnv
from creditkit_envs.alfworld.games import TASK_TYPES, find_games, load_game
from creditkit_envs.alfworld.suite import authored_games

__all__ = ["TASK_TYPES", "ALFWorldEnv", "AuthoredTask", "authored_games", "build_game",
           "find_games", "generate_task", "load_game", "write_task"]
