"""Every console page, for every kind of person, with odd values in its path and query: never a 500.

The pages are found from the console's own routers (a new page is covered without a line here). Each GET
route is opened by a bureau officer, a contractor, an institution's clerk and a person of an agency, with
its path parameters set to values a person could type or a link could carry (a word, zero, a huge number,
an unknown uuid, Chinese) and its query parameters to junk; and once without signing in, which leads to the
sign-in page. Whatever the API answers, the page is a page: 2xx, 3xx or 4xx."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from fastapi.routing import APIRoute

from services.gateway.console import account, institution, oversight, planning, queues
from services.gateway.console import router as entry
from tests.console.conftest import Browser, MakeStaff

PATH_VALUES = ("x", "0", "99999999999999999999", "00000000-0000-0000-0000-000000000000", "鹿城", "330302")
QUERY = {
    "month": "2022-13", "year": "abc", "quarter": "9", "county": "999999", "a": "x", "b": "-1",
    "cursor": "%%%", "page": "-3", "outcome": "nonsense", "stage": "third", "to": "fr", "next": "//evil",
}  # fmt: skip
ROLES = ("bureau", "contractor", "institution", "civil_affairs")


def page_paths() -> list[str]:
    paths = set()
    for module in (entry, queues, institution, oversight, planning, account):
        for route in module.router.routes:
            if isinstance(route, APIRoute) and "GET" in (route.methods or set()):
                paths.add(route.path)
    return sorted(paths)


def filled(path: str, value: str) -> str:
    return re.sub(r"\{[^}]+\}", value, path)


def test_the_console_has_pages_of_every_area() -> None:
    paths = page_paths()
    for area in ("/console/city", "/console/queues", "/console/institution", "/console/oversight",
                 "/console/planning", "/console/account", "/console/staff"):  # fmt: skip
        assert any(p.startswith(area) for p in paths), area


@pytest.mark.parametrize("role", ROLES)
async def test_no_page_answers_a_500_whatever_it_is_given(
    role: str, make_staff: MakeStaff, browser_factory: Callable[[], Browser]
) -> None:
    person = await make_staff(role)
    browser = browser_factory()
    assert (await browser.sign_in(person["username"])).status_code == 303
    failures = []
    for path in page_paths():
        values = PATH_VALUES if "{" in path else ("",)
        for value in values:
            url = filled(path, value)
            for params in ({}, QUERY):
                answer = await browser.client.get(url, params=params)
                if answer.status_code >= 500:
                    failures.append(f"{answer.status_code} GET {url} {params or ''}")
    assert not failures, "\n".join(failures)


async def test_every_page_leads_a_stranger_to_sign_in(browser_factory: Callable[[], Browser]) -> None:
    stranger = browser_factory()
    for path in page_paths():
        answer = await stranger.client.get(filled(path, "x"))
        assert answer.status_code < 500, path
        if path not in ("/", "/console", "/console/sign-in", "/console/language"):
            # 422: a page whose required query is missing is refused before anything else is looked at
            assert answer.status_code in (303, 401, 403, 404, 422), f"{path}: {answer.status_code}"
            if answer.status_code == 303:
                assert answer.headers["location"].startswith("/console/sign-in"), path
