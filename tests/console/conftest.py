"""The console in-process (httpx against the gateway app, the services behind it): staff accounts made
through the public API with an admin key, a browser-like client that keeps cookies and reads the forms."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx
import pytest
from _pytest.terminal import TerminalReporter
from fastapi import FastAPI

from tests.conftest import bearer
from tests.console.browser import BROWSER_SKIP_MARK, chromium, open_browser, platform

__all__ = ["chromium", "open_browser", "platform"]  # the browser tests' shared fixtures

PASSWORD = "Wenzhou-2026-care"
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')

MakeStaff = Callable[..., Awaitable[dict[str, Any]]]


def csrf_of(page: httpx.Response) -> str:
    found = _CSRF.search(page.text)
    assert found, f"no CSRF token on the page:\n{page.text[:500]}"
    return found.group(1)


@pytest.fixture
def make_staff(gateway: httpx.AsyncClient, keys: dict[str, str]) -> MakeStaff:
    """``await make_staff("bureau")`` → the account as the API answers it (password :data:`PASSWORD`)."""
    counter = iter(range(1000))

    async def make(role: str, **fields: Any) -> dict[str, Any]:
        if role == "contractor":
            fields.setdefault("county_codes", ["330302", "330381"])
        if role == "institution":
            fields.setdefault("institution_id", "INST-TEST-0001")
        body = {
            "username": f"{role}.{next(counter)}",
            "display_name": f"测试{role}",
            "role": role,
            "password": PASSWORD,
            **fields,
        }
        answer = await gateway.post("/api/v1/staff", json=body, headers=bearer(keys["admin"]))
        assert answer.status_code == 201, answer.text
        created: dict[str, Any] = answer.json()
        return created

    return make


class Browser:
    """A person's browser: its own cookies, signs in through the form like a person does."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def sign_in(self, username: str, password: str = PASSWORD) -> httpx.Response:
        form = await self.client.get("/console/sign-in")
        return await self.client.post(
            "/console/sign-in",
            data={"username": username, "password": password, "csrf_token": csrf_of(form)},
        )

    async def page(self, path: str) -> httpx.Response:
        return await self.client.get(path)


@pytest.fixture
async def browser_factory(gateway_app: FastAPI) -> AsyncIterator[Callable[[], Browser]]:
    clients: list[httpx.AsyncClient] = []

    def make() -> Browser:
        client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=gateway_app), base_url="http://gateway.test"
        )
        clients.append(client)
        return Browser(client)

    yield make
    for client in clients:
        await client.aclose()


def pytest_terminal_summary(
    terminalreporter: TerminalReporter, exitstatus: int, config: pytest.Config
) -> None:
    """Say it loudly when the console's browser tests were skipped (no chromium here): a warning line at the
    end of the run, after the workers' reports have come in."""
    skipped = [
        report
        for report in terminalreporter.stats.get("skipped", [])
        if BROWSER_SKIP_MARK in str(getattr(report, "longrepr", ""))
    ]
    if skipped:
        terminalreporter.write_sep(
            "!",
            f"WARNING: {len(skipped)} console browser test(s) SKIPPED — chromium/chromedriver missing; "
            "the console was not tested in a browser (apt-get install chromium chromium-driver)",
            red=True,
            bold=True,
        )
