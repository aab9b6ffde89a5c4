"""Build playable ``game.tw-pddl`` files from task folders (``initial_state.pddl`` +
``traj_data.json``), as ALFWorld's own data pipeline does: the ``alfred.pddl`` domain and the
``alfred.twl2`` grammar shipped in the alfworld package, the task sentence filled in, the
problem, ``"solvable": true``.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from creditkit.models.progress import phase
from creditkit_envs.alfworld.games import GAME_FILE
from creditkit_envs.cache import cache_dir

PROBLEM_FILE, TRAJ_FILE = "initial_state.pddl", "traj_data.json"


def cache_root() -> Path:
    """Where built games go: ``$CREDITKIT_CACHE`` or ``~/.cache/creditkit``, + ``/alfworld``."""
    return cache_dir("alfworld")


def task_sentence(traj: dict) -> str:
    """The sentence of a task: its first annotation, else alfworld's first goal template."""
    annotations = traj.get("turk_annotations", {}).get("anns", [])
    if annotations:
        return str(annotations[0]["task_desc"]).rstrip(".")
    from alfworld.gen.goal_library import gdict

    params = traj["pddl_params"]
    return str(gdict[traj["task_type"]]["templates"][0].format(
        obj=params["object_target"].lower(), recep=params["parent_target"].lower(),
        toggle=params["toggle_target"].lower(), mrecep=params["mrecep_target"].lower()))


def build_game(trial_dir: Path, out_dir: Path | None = None) -> Path:
    """Write ``game.tw-pddl`` for one trial folder into ``out_dir`` (default: the trial folder);
    returns its path. Raises FileNotFoundError / ValueError naming the file at fault."""
    import alfworld

    problem_path, traj_path = trial_dir / PROBLEM_FILE, trial_dir / TRAJ_FILE
    for path in (problem_path, traj_path):
        if not path.is_file():
            raise FileNotFoundError(f"task file missing: {path}")
    try:
        traj = json.loads(traj_path.read_text())
        sentence = task_sentence(traj)
    except (json.JSONDecodeError, KeyError) as error:
        raise ValueError(f"{traj_path}: not an ALFWorld traj_data.json ({error!r}); it needs "
                         f"task_type and pddl_params") from error
    problem = problem_path.read_text()
    if "(:goal" not in problem or "(:init" not in problem:
        raise ValueError(f"{problem_path}: not a PDDL problem (no (:init or (:goal section)")
    data = Path(alfworld.__file__).parent / "data"
    grammar = (data / "alfred.twl2").read_text().replace("UNKNOWN GOAL", sentence)
    game = {"pddl_domain": (data / "alfred.pddl").read_text(), "grammar": grammar,
            "pddl_problem": problem, "solvable": True}
    if traj.get("walkthrough"):
        game["walkthrough"] = list(traj["walkthrough"])
    target = (out_dir or trial_dir) / GAME_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, json.dumps(game))
    return target


def build_tree(task_root: Path, out_root: Path, trials: Sequence[Path] | None = None
               ) -> list[Path]:
    """Build every ``<task>/<trial>/`` under ``task_root`` into the same layout under
    ``out_root`` (skipping games already built from the same files); returns the games.
    Building says what it does on stderr (a live bar on a terminal); a warm cache is silent."""
    games, pending = [], []
    for trial in trials if trials is not None else sorted(task_root.glob(f"*/*/{PROBLEM_FILE}")):
        trial_dir = trial if trial.is_dir() else trial.parent
        out = out_root / trial_dir.relative_to(task_root)
        stamp = out / ".source"
        digest = files_digest([trial_dir / PROBLEM_FILE, trial_dir / TRAJ_FILE])
        if not (out / GAME_FILE).is_file() or not stamp.is_file() or stamp.read_text() != digest:
            pending.append((trial_dir, out, stamp, digest))
        games.append(out / GAME_FILE)
    if pending:
        with phase(f"ALFWorld: building games into {out_root}", len(pending),
                   sys.stderr.isatty()) as advance:
            for trial_dir, out, stamp, digest in pending:
                build_game(trial_dir, out)
                write_atomic(stamp, digest)
                advance()
    return games


def files_digest(paths: Sequence[Path]) -> str:
    """A short hash of the files' contents (and alfworld's version)."""
    import alfworld

    digest = hashlib.sha256(getattr(alfworld, "__version__", "").encode())
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file, so that processes building the same
    cache at once never read a half-written file. An identical file is left as it is."""
    if path.is_file() and path.read_text() == text:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(text)
    os.replace(temporary, path)
