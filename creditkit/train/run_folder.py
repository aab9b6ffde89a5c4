"""The run folder's rules: exactly one writer, a resume or a clean start, never two runs' files.

- :func:`lock_run_folder` takes an exclusive OS lock (``fcntl.flock``; ``msvcrt.locking`` on
  Windows) on ``RUN_DIR/.creditkit.lock`` for the life of the process. The OS drops it when the
  process ends, however it ends (a SIGKILLed run leaves no stale lock). A second process asking
  for the same folder is refused with a message naming the folder and the holder (pid, host,
  start time, command line, kept beside the lock in ``.creditkit.holder.json``). Trainers of one
  process share its lock (a notebook that builds a second ``Trainer``).
- :func:`prepare_fresh_run` is ``resume=false``: the folder must be new or empty, or is emptied
  when ``replace=true`` says so.
- :func:`default_run_name` names the default ``output_dir`` (``runs/${run_name:}``) after the
  launching process's start time and pid, so that two runs started in the same second never
  share a folder, while the ranks of one ``accelerate launch`` (children of one launcher) do.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import sys
import time
from pathlib import Path
from typing import IO

__all__ = ["HOLDER_FILE", "LOCK_FILE", "RunFolderInUse", "default_run_name", "lock_run_folder",
           "prepare_fresh_run", "release_run_folder"]

LOCK_FILE = ".creditkit.lock"
HOLDER_FILE = ".creditkit.holder.json"
_HELD: dict[Path, IO[bytes]] = {}  # run folders this process holds: resolved path -> lock file


class RunFolderInUse(RuntimeError):
    """Another process holds the run folder."""


def _try_lock(handle: IO[bytes]) -> bool:
    """Take an exclusive, non-blocking lock on the open file; False when another holds it."""
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _holder(run_dir: Path) -> str:
    try:
        holder = json.loads((run_dir / HOLDER_FILE).read_text())
    except (OSError, ValueError):
        return "another process (its holder record is unreadable)"
    return (f"pid {holder.get('pid')} on {holder.get('host')}, started {holder.get('started')}: "
            f"{holder.get('command')}")


def lock_run_folder(run_dir: str | Path) -> Path:
    """Make this process the only writer of ``run_dir`` (created if missing) until it ends or
    calls :func:`release_run_folder`; returns the folder.

    Raises:
        RunFolderInUse: another process holds the folder; the message names it and the holder.
    """
    folder = Path(run_dir)
    folder.mkdir(parents=True, exist_ok=True)
    key = folder.resolve()
    if key in _HELD:
        return folder
    handle = open(folder / LOCK_FILE, "ab")  # noqa: SIM115 - held open for the process's life
    if not _try_lock(handle):
        handle.close()
        raise RunFolderInUse(
            f"output_dir {folder} is in use by another creditkit run ({_holder(folder)}); a run "
            f"folder has one writer: wait for that run to end, or pick another output_dir")
    _HELD[key] = handle
    record = {"pid": os.getpid(), "host": socket.gethostname(),
              "started": time.strftime("%Y-%m-%d %H:%M:%S"), "command": " ".join(sys.argv)}
    (folder / HOLDER_FILE).write_text(json.dumps(record) + "\n")
    return folder


def release_run_folder(run_dir: str | Path) -> None:
    """Drop this process's lock on ``run_dir`` (nothing if it holds none)."""
    handle = _HELD.pop(Path(run_dir).resolve(), None)
    if handle is not None:
        handle.close()  # closing the descriptor drops the lock


def run_files(run_dir: Path) -> list[Path]:
    """What ``run_dir`` holds besides the lock and its holder record."""
    if not run_dir.exists():
        return []
    return sorted(p for p in run_dir.iterdir() if p.name not in (LOCK_FILE, HOLDER_FILE))


def prepare_fresh_run(run_dir: Path, replace: bool) -> None:
    """``resume=false``: refuse a folder that holds files of a run, unless ``replace``, which
    deletes them (each printed). Call it holding the folder's lock."""
    found = run_files(run_dir)
    if not found:
        return
    names = ", ".join(p.name + ("/" if p.is_dir() else "") for p in found[:6])
    if not replace:
        raise FileExistsError(
            f"output_dir {run_dir} already holds a run ({names}{', ...' if len(found) > 6 else ''})"
            f" and resume=false starts a clean run: pass replace=true to delete those files "
            f"first, resume=true to continue that run, or another output_dir")
    print(f"creditkit: replace=true: deleting {names} from {run_dir}", file=sys.stderr)
    for path in found:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()


def default_run_name() -> str:
    """``YYYY-mm-dd_HH-MM-SS_PID`` of the launching process: this process, or under
    ``accelerate launch`` / ``torchrun`` (``LOCAL_RANK`` set) its parent, so every rank of one
    launch agrees. A multi-node launch cannot agree this way and must set ``output_dir``."""
    import psutil

    launched = "LOCAL_RANK" in os.environ
    world, local = os.environ.get("WORLD_SIZE"), os.environ.get("LOCAL_WORLD_SIZE")
    if launched and world is not None and local is not None and world != local:
        raise ValueError("output_dir: a multi-node launch needs an explicit output_dir (a shared "
                         "folder every node names alike), e.g. output_dir=/shared/runs/exp1")
    process = psutil.Process(os.getppid() if launched else os.getpid())
    stamp = time.strftime("%Y-%m-%d_%H-%M-%S", time.localtime(process.create_time()))
    return f"{stamp}_{process.pid}"

