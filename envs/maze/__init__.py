"""A text maze with keys and doors: the built-in multi-step environment for fast experiments."""

from creditkit_envs.maze.env import MazeEnv
from creditkit_envs.maze.layout import Layout, generate_layout

__all__ = ["Layout", "MazeEnv", "generate_layout"]
