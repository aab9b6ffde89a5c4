"""Finding and loading ALFWorld games (``game.tw-pddl``) on textworld's PDDL engine.

Loading goes through ``textworld.start`` with alfworld's ``AlfredDemangler`` and
``AlfredInfos`` wrappers, in-process. Known traps handled here: loading overwrites
``sys.argv`` (restored), and a game whose goal is unreachable crashes with an opaque
``KeyError: 'val1'`` (turned into a ValueError naming the file).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

GAME_FILE = "game.tw-pddl"
TASK_TYPES = ("pick_and_place_simple", "look_at_obj_in_light", "pick_clean_then_place_in_recep",
              "pick_heat_then_place_in_recep", "pick_cool_then_place_in_recep",
              "pick_two_obj_and_place")


def find_games(data_dir: str | Path | Sequence[str | Path], split: str,
               only_solvable: bool = True, task_types: Sequence[str] | None = None) -> list[Path]:
    """The game files of one split, sorted by path.

    Args:
        data_dir: an ALFWorld data folder (``$ALFWORLD_DATA``) holding ``json_2.1.*/<split>``,
            or a split folder itself; or several such folders, of which the first that holds
            games of the split is used (importing alfworld sets ``$ALFWORLD_DATA`` to an empty
            cache folder when it was unset, so a fallback is useful).
        split: e.g. ``"valid_seen"``, ``"valid_unseen"``, ``"train"``.
        only_solvable: keep games whose file says ``"solvable": true``.
        task_types: keep these task types (folder name prefixes); None keeps all six.
    """
    roots = [data_dir] if isinstance(data_dir, (str, Path)) else list(data_dir)
    folder = next((found for root in roots if str(root) and
                   (found := _split_folder(Path(root).expanduser(), split)) is not None), None)
    if folder is None:
        raise FileNotFoundError(
            f"no ALFWorld games ({GAME_FILE}) for split {split!r} under "
            f"{', '.join(map(str, roots))}; set ALFWORLD_DATA (or env.data_dir) to a folder "
            f"holding json_2.1.1/{split}/")
    unknown = set(task_types or ()) - set(TASK_TYPES)
    if unknown:
        raise ValueError(f"task_types has unknown types {sorted(unknown)}; use {TASK_TYPES}")
    games = [path for path in sorted(folder.glob(f"*/*/{GAME_FILE}"))
             if not task_types or path.parent.parent.name.split("-")[0] in task_types]
    if only_solvable:
        games = [path for path in games if _header(path).get("solvable", False)]
    if not games:
        raise FileNotFoundError(f"no matching games in {folder} (only_solvable="
                                f"{only_solvable}, task_types={task_types})")
    return games


def _split_folder(root: Path, split: str) -> Path | None:
    candidates = sorted(root.glob(f"json_2.1.*/{split}")) + [root / split, root]
    return next((c for c in candidates if c.is_dir() and any(c.glob(f"*/*/{GAME_FILE}"))), None)


def _header(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text())
    except (OSError, json.JSONDecodeError) as error:
        raise ValueError(f"{path}: not a readable game file ({error})") from error


def load_game(path: Path, with_plan: bool = False) -> Any:
    """A textworld environment playing ``path`` (reset it to start), with facts and
    admissible commands; ``with_plan`` adds the planner's ``policy_commands`` (slow)."""
    import textworld
    from alfworld.agents.environment.alfred_tw_env import AlfredDemangler, AlfredInfos

    if not path.is_file():
        raise FileNotFoundError(f"ALFWorld game file not found: {path}")
    infos = textworld.EnvInfos(won=True, admissible_commands=True, facts=True,
                               policy_commands=with_plan, extras=["gamefile"])
    with kept_argv():
        try:
            env = textworld.start(str(path), request_infos=infos,
                                  wrappers=[AlfredDemangler(), AlfredInfos])
        except KeyError as error:
            raise ValueError(f"{path}: the PDDL problem does not load (KeyError {error}); its "
                             f"goal is unreachable or an object id is malformed (ids look like "
                             f"Type_bar_xxx)") from error
    return env


@contextmanager
def kept_argv() -> Iterator[None]:
    """Restore ``sys.argv`` afterwards: Fast Downward's translator, which textworld runs on
    load and on every reset, overwrites it."""
    saved = list(sys.argv)
    try:
        yield
    finally:
        sys.argv[:] = saved
