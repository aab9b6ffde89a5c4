"""Sotopia-RL (arXiv 2508.03905) on creditkit: utterance attribution and its labels
(:mod:`.attribution`), the LLM annotator's prompts (:mod:`.annotator`), and the data steps from
played episodes to labelled utterances (:mod:`.episodes`). Everything Sotopia-specific lives
here; the pipeline that runs these steps with a reward model and the trainer is an application
(:mod:`creditkit.app.sotopia`), and the core keeps only what is generic (judges, reward models,
weighted sums of reward dimensions)."""
