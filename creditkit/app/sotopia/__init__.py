"""Sotopia-RL as an application: its console scripts (``creditkit-sotopia-rl``,
``creditkit-sotopia-eval``, :mod:`.cli`), their configs (``configs/``) and the pipeline that runs
the env package's data steps, a reward model and utterance-level GRPO as resumable stages
(:mod:`.pipeline`). The Sotopia-specific data and maths stay in :mod:`creditkit_envs.sotopia`."""
