"""Progress of long preparation phases (tokenizer corpus, warm-up, reference episodes).

Every phase says what it is doing on stderr when it starts and how long it took when it ends,
whatever ``show_progress`` says; with ``show_progress`` a live rich bar counts its items too.
Nothing long runs silently.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

Advance = Callable[[], None]
"""Called once per finished item of a phase."""


@contextmanager
def phase(description: str, total: int, show_progress: bool = True) -> Iterator[Advance]:
    """Announce a phase of ``total`` items; yields the function to call after each item.

    >>> from creditkit.models.progress import phase
    >>> with phase("counting", total=2, show_progress=False) as advance:
    ...     advance(); advance()
    """
    start = time.perf_counter()
    print(f"creditkit: {description} ({total})...", file=sys.stderr, flush=True)
    done = [0]
    bar: Progress | None = None
    if show_progress:
        bar = Progress(TextColumn(f"[bold]{description}"), BarColumn(), MofNCompleteColumn(),
                       TimeElapsedColumn(), transient=True)
        task = bar.add_task("", total=total)
        bar.start()

    def advance() -> None:
        done[0] += 1
        if bar is not None:
            bar.update(task, advance=1)

    try:
        yield advance
    finally:
        if bar is not None:
            bar.stop()
    print(f"creditkit: {description}: {done[0]} done in {time.perf_counter() - start:.1f} s",
          file=sys.stderr, flush=True)
