"""The HTML page of a run's saved rollouts (``creditkit inspect``).

:mod:`~creditkit.app.inspect.model` computes what the page shows (columns of advantages, groups,
turn details), :mod:`~creditkit.app.inspect.charts` draws the diagnostics,
:mod:`~creditkit.app.inspect.page` renders the HTML (Jinja2 templates in ``templates/``), and
:mod:`~creditkit.app.inspect.browser` opens it in headless Chromium for tests and screenshots.
"""
