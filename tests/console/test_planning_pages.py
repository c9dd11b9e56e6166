"""Fund planning's pages in the console (in-process, httpx): budget execution, projections started from the
page (progress, then the result), two projections side by side, the quarterly bulletin — every figure equal
to the API's to the fen, each CSV the API's own; a contractor sees its counties only and no projections; a
role the API refuses gets a 403 page; a form without the CSRF token is refused and changes nothing.

The year 2025 is the projection tests' (``tests/settlement/test_projections.py``): visits of 鹿城 and 瑞安
settled in March and May, with 鹿城's budget of 2025 approved."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.settlement.projections.service import run_next
from tests.conftest import ClientFactory, bearer
from tests.console.conftest import Browser, MakeStaff, csrf_of
from tests.settlement.conftest import LUCHENG, RUIAN, feeds  # noqa: F401  (the fixture)
from tests.settlement.test_fund_planning import Budgets
from tests.settlement.test_projections import BILLED, Planner, year_2025  # noqa: F401  (the fixture)
from tests.settlement.world import World, world  # noqa: F401  (the fixture)

_ROW = re.compile(r'<tr[^>]*data-key="([^"]*)"[^>]*>(.*?)</tr>', re.S)
_FEN = re.compile(r'data-fen="(-?\d+)"')


def rows(page: str, table: str) -> dict[str, list[int]]:
    """data-key → the row's exact amounts (``data-fen``), of one table of the page."""
    found = re.search(rf'<table id="{table}-table">(.*?)</table>', page, re.S)
    assert found, f"no table {table} on the page:\n{page[:800]}"
    return {key: [int(f) for f in _FEN.findall(body)] for key, body in _ROW.findall(found.group(1))}


async def signed_in(
    make_staff: MakeStaff, browser_factory: Callable[[], Browser], role: str, **f: Any
) -> Browser:
    account = await make_staff(role, **f)
    browser = browser_factory()
    assert (await browser.sign_in(account["username"])).status_code == 303
    return browser


@pytest.fixture
def planner(
    gateway: httpx.AsyncClient, keys: dict[str, str], sessionmaker: async_sessionmaker[AsyncSession]
) -> Planner:
    return Planner(gateway, keys["bureau"], sessionmaker)


@pytest.fixture
async def year(year_2025: World, gateway: httpx.AsyncClient, keys: dict[str, str]) -> World:  # noqa: F811
    """The settled year 2025 with 鹿城's budget approved."""
    await Budgets(gateway, keys["bureau"]).approved(LUCHENG, 2025)
    return year_2025


async def test_budget_execution_per_county_and_line_equals_the_apis_to_the_fen(
    year: World,
    make_staff: MakeStaff,
    browser_factory: Callable[[], Browser],
    gateway: httpx.AsyncClient,
    keys: dict[str, str],
) -> None:
    browser = await signed_in(make_staff, browser_factory, "bureau")
    page = await browser.page("/console/planning?month=2025-05")
    assert page.status_code == 200, page.text
    report = (
        await gateway.get(
            "/api/v1/budget-execution", params={"month": "2025-05"}, headers=bearer(keys["bureau"])
        )
    ).json()
    counties = rows(page.text, "execution")
    lines = rows(page.text, "execution-lines")
    for county in [*report["counties"], report["city"]]:
        code = county["county_code"]
        assert counties[code] == [
            county["income_budget_fen"], county["income_actual_fen"],
            county["expense_budget_fen"], county["expense_actual_fen"],
        ]  # fmt: skip
        for line in county["lines"]:
            assert lines[f"{code}:{line['line']}"] == [
                line["budget_fen"],
                line["actual_fen"],
                line["projected_year_end_fen"],
            ]
    lucheng = {
        x["line"]: x for x in next(c for c in report["counties"] if c["county_code"] == LUCHENG)["lines"]
    }
    assert lucheng["expense_home_visit"]["actual_fen"] > 0  # the settled visits, not an empty page
    home_visits = re.search(rf'data-key="{LUCHENG}:expense_home_visit".*?</tr>', page.text, re.S)
    assert home_visits
    bp = lucheng["expense_home_visit"]["execution_bp"]
    assert f"{bp // 100}.{bp % 100:02d}%" in home_visits.group(0)

    exported = await browser.page("/console/planning/budget-execution.csv?month=2025-05")
    direct = await gateway.get(
        "/api/v1/budget-execution",
        params={"month": "2025-05"},
        headers={**bearer(keys["bureau"]), "Accept": "text/csv"},
    )
    assert exported.status_code == 200
    assert exported.content == direct.content
    ours = await browser.page("/console/planning/execution/execution-lines.csv?month=2025-05")
    assert ours.headers["content-type"].startswith("text/csv")
    assert f"{LUCHENG}:expense_home_visit" in ours.text


async def test_a_contractor_reads_its_counties_execution_and_bulletin_and_is_refused_projections(
    year: World,
    make_staff: MakeStaff,
    make_api_key: ClientFactory,
    browser_factory: Callable[[], Browser],
    gateway: httpx.AsyncClient,
) -> None:
    browser = await signed_in(make_staff, browser_factory, "contractor", county_codes=[RUIAN])
    page = await browser.page("/console/planning?month=2025-05")
    assert page.status_code == 200, page.text
    key = await make_api_key("contractor", county_codes=[RUIAN])
    report = (
        await gateway.get("/api/v1/budget-execution", params={"month": "2025-05"}, headers=bearer(key))
    ).json()
    shown = rows(page.text, "execution")
    assert set(shown) == {c["county_code"] for c in [*report["counties"], report["city"]]}
    assert LUCHENG not in shown
    bulletin = await browser.page("/console/planning/bulletin?year=2025&quarter=1")
    assert bulletin.status_code == 200, bulletin.text
    assert LUCHENG not in rows(bulletin.text, "bulletin")
    for path in ("/console/planning/projections", "/console/planning/projections.csv"):
        refused = await browser.page(path)
        assert refused.status_code == 403
        assert 'id="message"' in refused.text


async def test_a_role_the_api_refuses_gets_a_403_page_not_a_500(
    make_staff: MakeStaff, browser_factory: Callable[[], Browser]
) -> None:
    browser = await signed_in(make_staff, browser_factory, "civil_affairs")
    for path in (
        "/console/planning?month=2025-05",
        "/console/planning/bulletin?year=2025&quarter=1",
        "/console/planning/projections",
        "/console/planning/budget-execution.csv?month=2025-05",
    ):
        refused = await browser.page(path)
        assert refused.status_code == 403, path
        assert 'id="message"' in refused.text


_FORM_TOKEN = re.compile(r'name="form_token" value="([^"]+)"')


async def start_from_the_page(browser: Browser, version: str, name: str, employer: str = "50") -> str:
    form = await browser.page("/console/planning/projections")
    assert form.status_code == 200, form.text
    started = await browser.client.post(
        "/console/planning/projections",
        data={
            "csrf_token": csrf_of(form), "name": name, "base_year": "2025", "rule_set_version": version,
            "employer": employer, "individual": "50", "fiscal_subsidy": "0", "insured_growth": "0",
        },
    )  # fmt: skip
    assert started.status_code == 303, started.text
    location: str = started.headers["location"]
    assert location.startswith("/console/planning/projections/")
    return location


async def test_a_projection_started_from_the_page_shows_its_progress_then_its_result(
    year: World,
    planner: Planner,
    make_staff: MakeStaff,
    browser_factory: Callable[[], Browser],
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    await planner.draft("WZ-CONSOLE-A")
    browser = await signed_in(make_staff, browser_factory, "bureau")
    location = await start_from_the_page(browser, "WZ-CONSOLE-A", "控制台测算 A")
    waiting = await browser.page(location)
    assert waiting.status_code == 200
    assert 'data-status="queued"' in waiting.text
    assert f'hx-get="{location}/progress"' in waiting.text
    assert 'hx-trigger="every 1s"' in waiting.text

    assert await run_next(sessionmaker) is not None  # the projection worker takes the job
    done = await browser.page(f"{location}/progress")
    assert done.status_code == 200
    assert 'data-status="succeeded"' in done.text
    assert "hx-trigger" not in done.text  # the polling stops
    projection = await planner.call("GET", location.replace("/console/planning", "/api/v1"), 200)
    outputs = projection["outputs"]
    shown = rows(done.text, "outputs")
    for line in [*outputs["counties"], outputs["city"]]:
        assert shown[line["county_code"] or "city"] == [
            line["income_fen"], line["expenditure_fen"], line["result_fen"], line["surplus_after_fen"],
            line["finance_exposure_fen"],
        ]  # fmt: skip
    assert outputs["city"]["expenditure_fen"] == 653_440  # the settled year replayed, not zeros
    assert projection["inputs"]["contributions"] == [{"county_code": None, **BILLED, "fiscal_subsidy_fen": 0}]


async def test_a_projection_form_sent_twice_starts_one_projection(
    year: World, planner: Planner, make_staff: MakeStaff, browser_factory: Callable[[], Browser]
) -> None:
    """A double click: the form's one-time token is the call's Idempotency-Key, so the second send answers
    with the first projection instead of starting another."""
    await planner.draft("WZ-CONSOLE-TWICE")
    browser = await signed_in(make_staff, browser_factory, "bureau")
    form = await browser.page("/console/planning/projections")
    data = {
        "csrf_token": csrf_of(form), "form_token": _FORM_TOKEN.search(form.text).group(1),  # type: ignore[union-attr]
        "name": "双击测算", "base_year": "2025", "rule_set_version": "WZ-CONSOLE-TWICE",
        "employer": "50", "individual": "50", "fiscal_subsidy": "0", "insured_growth": "0",
    }  # fmt: skip
    first = await browser.client.post("/console/planning/projections", data=data)
    second = await browser.client.post("/console/planning/projections", data=data)
    assert (first.status_code, second.status_code) == (303, 303)
    assert first.headers["location"] == second.headers["location"]
    listed = await planner.call("GET", "/api/v1/projections?limit=500", 200)
    assert [p["name"] for p in listed["items"]].count("双击测算") == 1


async def test_two_projections_side_by_side_equal_the_apis_comparison_and_its_csv(
    year: World,
    planner: Planner,
    make_staff: MakeStaff,
    browser_factory: Callable[[], Browser],
    gateway: httpx.AsyncClient,
    keys: dict[str, str],
) -> None:
    await planner.draft("WZ-CONSOLE-B")
    a = await planner.project("WZ-CONSOLE-B")
    b = await planner.project(
        "WZ-CONSOLE-B", contributions=[{"employer_fen": 9_000, "individual_fen": 9_000}]
    )
    browser = await signed_in(make_staff, browser_factory, "bureau")
    listing = await browser.page("/console/planning/projections")
    assert a["id"] in listing.text
    assert b["id"] in listing.text
    page = await browser.page(f"/console/planning/compare?a={a['id']}&b={b['id']}")
    assert page.status_code == 200, page.text
    comparison = (
        await gateway.get(
            "/api/v1/projections/compare", params={"a": a["id"], "b": b["id"]}, headers=bearer(keys["bureau"])
        )
    ).json()
    shown = rows(page.text, "comparison")
    figures = ("income_fen", "expenditure_fen", "result_fen", "finance_exposure_fen")
    for line in comparison["lines"]:
        assert shown[line["county_code"] or "city"] == [
            amount for f in figures for amount in (line["a"][f], line["b"][f], line["difference"][f])
        ]
    city = comparison["lines"][-1]
    assert city["difference"]["income_fen"] == 3 * 8_000  # three persons billed, 80 元 more each
    assert 'id="compare-data"' in page.text
    exported = await browser.page(f"/console/planning/compare.csv?a={a['id']}&b={b['id']}")
    direct = await gateway.get(
        "/api/v1/projections/compare",
        params={"a": a["id"], "b": b["id"]},
        headers={**bearer(keys["bureau"]), "Accept": "text/csv"},
    )
    assert exported.content == direct.content
    unknown = await browser.page(f"/console/planning/compare?a={a['id']}&b=not-an-id")
    assert unknown.status_code == 422


async def test_a_projection_form_without_the_csrf_token_is_refused_and_starts_nothing(
    year: World, planner: Planner, make_staff: MakeStaff, browser_factory: Callable[[], Browser]
) -> None:
    await planner.draft("WZ-CONSOLE-C")
    browser = await signed_in(make_staff, browser_factory, "bureau")
    before = await planner.call("GET", "/api/v1/projections", 200)
    refused = await browser.client.post(
        "/console/planning/projections",
        data={"name": "无令牌", "base_year": "2025", "rule_set_version": "WZ-CONSOLE-C", "employer": "50"},
    )
    assert refused.status_code == 403
    assert await planner.call("GET", "/api/v1/projections", 200) == before


async def test_a_bad_amount_or_an_unknown_rule_set_is_a_clear_4xx_on_the_form(
    year: World, make_staff: MakeStaff, browser_factory: Callable[[], Browser]
) -> None:
    browser = await signed_in(make_staff, browser_factory, "bureau")
    form = await browser.page("/console/planning/projections")
    bad = await browser.client.post(
        "/console/planning/projections",
        data={"csrf_token": csrf_of(form), "name": "x", "base_year": "2025",
              "rule_set_version": "WZ-2022-reported", "employer": "1.234", "individual": "0",
              "fiscal_subsidy": "0", "insured_growth": "0"},
    )  # fmt: skip
    assert bad.status_code == 422
    assert 'id="projection-error"' in bad.text
    unknown = await browser.client.post(
        "/console/planning/projections",
        data={"csrf_token": csrf_of(form), "name": "x", "base_year": "2025", "rule_set_version": "NO-SUCH",
              "employer": "50", "individual": "50", "fiscal_subsidy": "0", "insured_growth": "0"},
    )  # fmt: skip
    assert 400 <= unknown.status_code < 500
    assert 'id="projection-error"' in unknown.text


async def test_the_quarterly_bulletin_equals_the_apis_and_exports_its_csv(
    year: World,
    make_staff: MakeStaff,
    browser_factory: Callable[[], Browser],
    gateway: httpx.AsyncClient,
    keys: dict[str, str],
) -> None:
    browser = await signed_in(make_staff, browser_factory, "bureau")
    page = await browser.page("/console/planning/bulletin?year=2025&quarter=1")
    assert page.status_code == 200, page.text
    report = (
        await gateway.get(
            "/api/v1/reports/quarterly", params={"year": 2025, "quarter": 1}, headers=bearer(keys["bureau"])
        )
    ).json()
    shown = rows(page.text, "bulletin")
    assert len(shown) == 14  # the 13 counties ranked and the city
    for line in [*report["counties"], report["city"]]:
        assert shown[line["county_code"]] == [
            line["contributions_due_fen"], line["contributions_collected_fen"], line["spending_fen"],
            line["fund_balance_fen"], line["expense_budget_fen"], line["expense_actual_fen"],
        ]  # fmt: skip
    assert report["city"]["spending_fen"] > 0  # March's settled visits
    exported = await browser.page("/console/planning/bulletin.csv?year=2025&quarter=1")
    direct = await gateway.get(
        "/api/v1/reports/quarterly",
        params={"year": 2025, "quarter": 1, "format": "csv"},
        headers=bearer(keys["bureau"]),
    )
    assert exported.status_code == 200
    assert exported.content == direct.content


async def test_the_pages_speak_english_by_the_switch_and_an_unknown_projection_is_not_found(
    make_staff: MakeStaff, browser_factory: Callable[[], Browser]
) -> None:
    browser = await signed_in(make_staff, browser_factory, "bureau")
    await browser.page("/console/language?to=en&next=/console/planning")
    page = await browser.page("/console/planning?month=2025-05")
    assert page.status_code == 200
    assert "Budget execution (to the end of May 2025)" in page.text
    oversight = await browser.page("/console/oversight")
    assert "Evaluation scores (ranked per scheme and period)" in oversight.text
    unknown = "/console/planning/projections/00000000-0000-4000-8000-000000000000"
    assert (await browser.page(unknown)).status_code == 404
    assert (await browser.page("/console/planning/projections/not-an-id")).status_code == 404
