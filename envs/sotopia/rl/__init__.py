"""Sotopia-RL (arXiv 2508.03905) on creditkit: utterance attribution and its labels
(:mod:`.attribution`), the LLM annotator's prompts (:mod:`.annotator`), and the pipeline from
episodes to utterance-level GRPO (:mod:`.pipeline`). Everything Sotopia-specific lives here; the
core keeps only what is generic (judges, reward models, weighted sums of reward dimensions)."""
