"""Open an inspection page in headless Chromium (Debian's ``chromium`` and ``chromium-driver``
through Selenium): screenshots at a fixed size and the page's console messages, for the tests
and for the documentation's screenshot (``python docs/screenshots.py``)."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

CHROMIUM_FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                  "--force-device-scale-factor=1")
"""No GPU, no sandbox (root in CI), and no background connections (the network is closed)."""


def browser_paths() -> tuple[str, str] | None:
    """``(chromium, chromedriver)`` when both are installed, else None."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return (chromium, driver) if chromium and driver else None


@contextlib.contextmanager
def chromium(width: int = 1280, height: int = 900) -> Iterator[Any]:
    """A Selenium driver of headless Chromium whose viewport is ``width`` x ``height`` CSS
    pixels at scale 1, logging every console message (``driver.get_log("browser")``)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    paths = browser_paths()
    if paths is None:
        raise RuntimeError("headless Chromium is not installed: apt-get install chromium "
                           "chromium-driver (Debian), then pip install selenium")
    options = webdriver.ChromeOptions()
    options.binary_location = paths[0]
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    with tempfile.TemporaryDirectory(prefix="creditkit-chromium-") as profile:
        options.add_argument(f"--user-data-dir={profile}")
        driver = webdriver.Chrome(options=options, service=Service(paths[1]))
        try:
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                "width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
            yield driver
        finally:
            driver.quit()


def open_page(driver: Any, page: str | Path, timeout_s: float = 30.0) -> None:
    """Load ``page`` (a file) and wait until its script has run (``body[data-ready]``)."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(Path(page).resolve().as_uri())
    WebDriverWait(driver, timeout_s).until(
        lambda d: d.execute_script("return document.body.dataset.ready === 'true'"))


def screenshot(page: str | Path, out: str | Path, width: int = 1280, height: int = 900,
               hover_row: int | None = None) -> Path:
    """A PNG of the top of ``page`` at ``width`` x ``height`` (optionally with turn
    ``hover_row`` hovered, as a ``mouseover`` event that does not scroll the page, so the
    detail panel shows); returns ``out``."""
    from selenium.webdriver.common.by import By

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with chromium(width, height) as driver:
        open_page(driver, page)
        if hover_row is not None:
            turn = driver.find_element(By.CSS_SELECTOR, f'.turn[data-row="{hover_row}"]')
            driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('mouseover', "
                                  "{bubbles: true}))", turn)
        driver.save_screenshot(str(out))
    return out
