"""The app layer: Hydra composition (:mod:`~creditkit.app.hydra`, the one place configs are
composed), the console scripts (:mod:`~creditkit.app.cli`), ``creditkit inspect``
(:mod:`~creditkit.app.inspect`), ``creditkit plot`` (:mod:`~creditkit.app.plot`) and
``creditkit serve`` (:mod:`~creditkit.app.serve`). Nothing below imports it. Needs
``creditkit[train]``.
"""
