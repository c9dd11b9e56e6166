"""Real headless Chromium for the console's end-to-end tests: Debian's ``chromium`` driven by Selenium
through ``chromedriver`` (both from apt; ``.ci/run`` installs them where they are missing). Without them the
browser tests are skipped — and the run says so loudly (a warning and a line in the summary)."""

from __future__ import annotations

import json
import os
import shutil
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from selenium import webdriver
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from services.launcher import free_ports
from shared.embedded_db import with_database
from shared.settings import PROJECT_ROOT
from tests.conftest import bearer, run_blocking
from tests.test_processes import start_launcher, stop, wait_for_banner

BROWSER_SKIP_MARK = "BROWSER TESTS SKIPPED"
OpenBrowser = Callable[[], webdriver.Chrome]

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


# --- the fixtures every browser test module shares (imported by tests/console/conftest.py) -----------

PASSWORD = "Wenzhou-2026-care"
MONTH = "2022-08"  # the demo world's settled month


class BrowserMissing(UserWarning):
    """Chromium or chromedriver is not installed: the console's browser tests did not run."""


@pytest.fixture(scope="session")
def chromium() -> tuple[str, str]:
    paths = chromium_paths()
    if paths is None:
        message = (
            f"{BROWSER_SKIP_MARK}: chromium and chromedriver are not installed "
            "(apt-get install chromium chromium-driver; .ci/run does it) — "
            "the console was NOT tested in a browser"
        )
        warnings.warn(BrowserMissing(message), stacklevel=1)
        pytest.skip(message)
    return paths


@dataclass
class Platform:
    url: str
    keys: dict[str, str]

    def api(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30)

    def staff(self, role: str, username: str, **fields: Any) -> dict[str, Any]:
        with self.api() as api:
            answer = api.post(
                "/api/v1/staff",
                json={"username": username, "display_name": f"{username} 同志", "role": role,
                      "password": PASSWORD, **fields},
                headers=bearer(self.keys["admin"]),
            )  # fmt: skip
        assert answer.status_code == 201, answer.text
        created: dict[str, Any] = answer.json()
        return created


@pytest.fixture(scope="session")
def platform(
    chromium: tuple[str, str], server_url: str, run_tag: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Platform]:
    """`make run` on a fresh database: the launcher migrates, loads the demo world, starts the processes.
    One platform per test worker for every browser test module (they share the ``processes`` xdist group, so
    they run on one worker, one after another): a test must not depend on another module's changes, nor undo
    the demo world for the others (make your own staff accounts, with unique usernames)."""
    from shared.embedded_db import drop_database, ensure_database

    tmp = tmp_path_factory.mktemp("console-platform")
    database = with_database(server_url, f"ltc_console_{run_tag}")
    run_blocking(lambda: ensure_database(database, recreate=True))
    ports = free_ports(5)
    env = {
        **os.environ,
        "LTC_DATABASE_URL": database,
        "LTC_DATA_DIR": str(tmp / "ltc"),
        **{f"LTC_{name}_PORT": str(port) for name, port in
           zip(("GATEWAY", "ENROLLMENT", "ASSESSMENT", "SETTLEMENT", "OVERSIGHT"), ports, strict=True)},
        "LTC_CONSOLE_LOCKOUT_THRESHOLD": "3",
    }  # fmt: skip
    env.pop("LTC_INTERNAL_SECRET", None)
    log = tmp / "run.log"
    process = start_launcher(env, log)
    try:
        wait_for_banner(process, log, timeout=420)
        credentials = json.loads((tmp / "ltc" / "demo-credentials.json").read_text())
        yield Platform(credentials["gateway_url"], credentials["keys"])
    finally:
        if process.poll() is None:
            stop(process)
        run_blocking(lambda: drop_database(database))


@pytest.fixture
def open_browser(chromium: tuple[str, str], tmp_path: Path) -> Iterator[Any]:
    started: list[webdriver.Chrome] = []

    def start() -> webdriver.Chrome:
        browser = start_chromium(chromium, tmp_path / f"profile-{len(started)}")
        started.append(browser)
        return browser

    yield start
    for browser in started:
        browser.quit()


def wait(browser: webdriver.Chrome, seconds: float = 30) -> WebDriverWait[webdriver.Chrome]:
    """Wait for a condition, looking again while htmx swaps the part of the page the condition reads (an
    element found just before the swap is stale a moment later) or while it is not there yet."""
    return WebDriverWait(
        browser, seconds, ignored_exceptions=(StaleElementReferenceException, NoSuchElementException)
    )


def sign_in(browser: webdriver.Chrome, platform: Platform, username: str, password: str = PASSWORD) -> None:
    browser.get(f"{platform.url}/console")
    wait(browser).until(expected_conditions.presence_of_element_located((By.ID, "username")))
    browser.find_element(By.ID, "username").send_keys(username)
    browser.find_element(By.ID, "password").send_keys(password)
    browser.find_element(By.ID, "sign-in").click()
