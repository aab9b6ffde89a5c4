"""``creditkit serve``: an OpenAI-compatible HTTP server over local models
(:mod:`~creditkit.app.serve.server`) answering ``/v1/chat/completions`` through the
``local/<name>`` provider and ``/v1/completions`` with token ids and log-probs
(:mod:`~creditkit.app.serve.completions`)."""
