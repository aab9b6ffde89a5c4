"""The train layer: the Accelerate trainer and what a run leaves behind.

:mod:`~creditkit.train.trainer` (the loop), :mod:`~creditkit.train.checkpoint` and
:mod:`~creditkit.train.resume` (saving, verifying and restoring a run),
:mod:`~creditkit.train.run_folder` (one writer per folder), :mod:`~creditkit.train.metrics`,
:mod:`~creditkit.train.evaluation` and the generic :mod:`~creditkit.train.reward_model`. It
imports the core, ``creditkit.models`` and ``creditkit.rollout``; never ``creditkit.app``.
Needs ``creditkit[train]``.
"""
