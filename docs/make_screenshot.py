"""The screenshot of docs/inspecting.md: ``creditkit inspect`` on a run, in headless Chromium.

    python docs/make_screenshot.py RUN_DIR [--step N] [--out docs/images/inspect.png]

RUN_DIR is a run with saved rollouts, e.g. the README's ``creditkit-train output_dir=runs/gigpo``.
The page (GiGPO as trained, beside GRPO, HGPO and GiGPO+NIW re-run on the same batch) is written
to RUN_DIR, and a 1400 x 1200 screenshot of its top, with the first episode's fifth turn
hovered, to ``--out``. Needs Debian's chromium and chromium-driver, and selenium.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from creditkit.app.inspect.browser import screenshot
from creditkit.app.inspect.page import write_page


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", type=Path)
    parser.add_argument("--step", type=int)
    parser.add_argument("--out", type=Path,
                        default=Path(__file__).resolve().parent / "images" / "inspect.png")
    parser.add_argument("--estimators", nargs="+", default=["grpo", "hgpo", "gigpo_niw"])
    args = parser.parse_args()
    page = write_page(args.run, step=args.step, estimators=args.estimators, max_groups=4)
    print(page)
    print(screenshot(page, args.out, 1400, 1200, hover_row=4))


if __name__ == "__main__":
    main()
