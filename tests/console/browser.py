"""Real headless Chromium for the console's end-to-end tests: Debian's ``chromium`` driven by Selenium
through ``chromedriver`` (both from apt; ``.ci/run`` installs them where they are missing). Without them the
browser tests are skipped — and the run says so loudly (a warning and a line in the summary)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from shared.settings import PROJECT_ROOT

ARTIFACTS = PROJECT_ROOT / "tests" / "artifacts" / "console"
"""Where each page's screenshot is kept (git-ignored)."""


def chromium_paths() -> tuple[str, str] | None:
    """(chromium, chromedriver), or None when this machine lacks either."""
    binary = os.environ.get("LTC_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    driver = os.environ.get("LTC_CHROMEDRIVER") or shutil.which("chromedriver")
    if binary and driver:
        return binary, driver
    return None


def start_chromium(paths: tuple[str, str], profile: Path) -> webdriver.Chrome:
    binary, driver = paths
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for argument in (
        "--headless=new",
        "--window-size=1366,768",  # the console is made for 1366×768
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--lang=zh-CN",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(argument)
    browser = webdriver.Chrome(service=Service(executable_path=driver), options=options)
    browser.set_page_load_timeout(60)
    return browser


def screenshot(browser: webdriver.Chrome, name: str) -> Path:
    """The whole page at 1366 px wide (the window grows to the page's height for the shot, then back)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    height = int(browser.execute_script("return document.documentElement.scrollHeight") or 768)
    browser.set_window_size(1366, max(768, min(height + 140, 6000)))
    try:
        browser.save_screenshot(str(path))
    finally:
        browser.set_window_size(1366, 768)
    return path
