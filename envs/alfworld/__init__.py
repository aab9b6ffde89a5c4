"""ALFWorld household tasks on the real alfworld + textworld engine (``creditkit[alfworld]``)."""

from creditkit_envs.alfworld.env import ALFWorldEnv
from creditkit_envs.alfworld.games import TASK_TYPES, find_games, load_game

__all__ = ["TASK_TYPES", "ALFWorldEnv", "find_games", "load_game"]
