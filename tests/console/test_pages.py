"""The console's pages as the API answers them to the signed-in person (in-process, httpx): the city
overview's figures equal the API's to the fen, its CSV is the API's, the county page, who sees which page,
staff managed through the console under the person's name, Chinese by default and English by a switch."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable

import httpx
import pytest

from services.gateway.console.i18n import chinese_date, yuan
from tests.conftest import bearer
from tests.console.conftest import Browser, MakeStaff, csrf_of

MONTH = "2022-08"
_CHART = re.compile(r'<script type="application/json" id="chart-data">(.*?)</script>', re.S)
_ROW = re.compile(r'<tr[^>]*data-key="(\d*)"[^>]*>(.*?)</tr>', re.S)
_FEN = re.compile(r'data-fen="(-?\d+)"')
FIELDS = (
    "contributions_due_fen", "contributions_collected_ytd_fen", "fund_balance_fen", "income_ytd_fen",
    "expenditure_ytd_fen", "monthly_burn_rate_fen", "projected_year_end_result_fen",
    "accumulated_surplus_fen", "county_finance_exposure_fen",
)  # fmt: skip


def test_money_is_yuan_with_thousands_separators_from_fen() -> None:
    assert yuan(123456789) == "1,234,567.89"
    assert yuan(-5) == "-0.05"
    assert yuan(0) == "0.00"


def test_dates_are_written_the_chinese_way() -> None:
    assert chinese_date(dt.date(2026, 12, 7)) == "2026年12月7日"
    assert chinese_date("2022-08-01", "en") == "1 Aug 2022"


async def signed_in(
    make_staff: MakeStaff, browser_factory: Callable[[], Browser], role: str, **f: object
) -> Browser:
    account = await make_staff(role, **f)
    browser = browser_factory()
    answer = await browser.sign_in(account["username"])
    assert answer.status_code == 303
    return browser


async def test_the_city_overview_shows_the_13_counties_with_the_apis_figures_to_the_fen(
    make_staff: MakeStaff,
    browser_factory: Callable[[], Browser],
    gateway: httpx.AsyncClient,
    keys: dict[str, str],
) -> None:
    browser = await signed_in(make_staff, browser_factory, "bureau")
    page = await browser.page(f"/console/city?month={MONTH}")
    assert page.status_code == 200, page.text
    status = (
        await gateway.get("/api/v1/fund/status", params={"month": MONTH}, headers=bearer(keys["bureau"]))
    ).json()
    rows = {key: [int(f) for f in _FEN.findall(body)] for key, body in _ROW.findall(page.text)}
    assert len(rows) == 14  # 13 counties and the city's total
    for county in status["counties"]:
        assert rows[county["county_code"]] == [county[f] for f in FIELDS]
    assert rows[""] == [status["total"][f] for f in FIELDS]
    assert "2022年8月" in page.text
    chart = json.loads(_CHART.search(page.text).group(1))  # type: ignore[union-attr]
    trend = (
        await gateway.get(
            "/api/v1/fund/status/trend", params={"month": MONTH}, headers=bearer(keys["bureau"])
        )
    ).json()
    assert chart["months"] == [f"{n}月" for n in range(1, 9)]
    assert chart["balance_fen"] == [m["total"]["fund_balance_fen"] for m in trend["months"]]
    assert chart["income_fen"] == [m["total"]["contributions_collected_month_fen"] for m in trend["months"]]
    assert chart["balance_fen"][-1] == status["total"]["fund_balance_fen"]
    by_level = status["total"]["beneficiaries_by_level"]
    assert chart["beneficiaries"] == [by_level[level] for level in sorted(by_level, key=int)]


async def test_the_overview_csv_is_the_apis_csv(
    make_staff: MakeStaff,
    browser_factory: Callable[[], Browser],
    gateway: httpx.AsyncClient,
    keys: dict[str, str],
) -> None:
    browser = await signed_in(make_staff, browser_factory, "bureau")
    exported = await browser.page(f"/console/city/fund-status.csv?month={MONTH}")
    direct = await gateway.get(
        "/api/v1/fund/status",
        params={"month": MONTH},
        headers={**bearer(keys["bureau"]), "Accept": "text/csv"},
    )
    assert exported.status_code == 200
    assert exported.headers["content-type"].startswith("text/csv")
    assert exported.content == direct.content


async def test_the_county_page_and_its_csv_exports(
    make_staff: MakeStaff, browser_factory: Callable[[], Browser]
) -> None:
    browser = await signed_in(make_staff, browser_factory, "bureau")
    page = await browser.page(f"/console/counties/330302?month={MONTH}")
    assert page.status_code == 200, page.text
    assert "鹿城区（330302）" in page.text
    for table in ("runs", "statements", "applications", "ledger", "institutions"):
        assert f'id="{table}-title"' in page.text
        exported = await browser.page(f"/console/counties/330302/{table}.csv?month={MONTH}")
        assert exported.status_code == 200
        assert exported.headers["content-type"].startswith("text/csv")
    unknown = await browser.page("/console/counties/330399")
    assert unknown.status_code == 404


@pytest.mark.parametrize("role", ["institution", "contractor", "civil_affairs"])
async def test_roles_without_the_city_overview_are_refused_it(
    role: str, make_staff: MakeStaff, browser_factory: Callable[[], Browser]
) -> None:
    browser = await signed_in(make_staff, browser_factory, role)
    home = await browser.page("/console/home")
    landing = {"institution": "/console/institution", "contractor": "/console/queues"}
    if role in landing:
        assert home.status_code == 303
        assert home.headers["location"] == landing[role]
    else:
        assert home.status_code == 200
        assert 'href="/console/account"' in home.text
    assert (await browser.page("/console/city")).status_code == 403


async def test_english_by_a_switch(make_staff: MakeStaff, browser_factory: Callable[[], Browser]) -> None:
    browser = await signed_in(make_staff, browser_factory, "bureau")
    switched = await browser.page("/console/language?to=en&next=/console/city")
    assert switched.headers["location"] == "/console/city"
    page = await browser.page(f"/console/city?month={MONTH}")
    assert "City fund overview" in page.text
    assert "Aug 2022" in page.text


async def test_an_admin_creates_staff_in_the_console_and_the_audit_names_the_person(
    make_staff: MakeStaff,
    browser_factory: Callable[[], Browser],
    gateway: httpx.AsyncClient,
    keys: dict[str, str],
) -> None:
    admin = await make_staff("admin")
    browser = browser_factory()
    await browser.sign_in(admin["username"])
    page = await browser.page("/console/staff")
    created = await browser.client.post(
        "/console/staff",
        data={
            "csrf_token": csrf_of(page),
            "username": "new.reviewer",
            "display_name": "新审核员",
            "role": "contractor",
            "county_codes": "330302",
            "password": "Reviewer-2026-new",
        },
    )
    assert created.status_code == 201, created.text
    events = (await gateway.get("/api/v1/audit-events", headers=bearer(keys["admin"]))).json()["items"]
    row = next(e for e in events if e["path"] == "/api/v1/staff" and e["staff_user_id"] == admin["id"])
    assert row["client_name"] == f"{admin['display_name']} ({admin['username']})"
    assert row["role"] == "admin"
    assert row["status"] == 201
    signed = next(e for e in events if e["path"] == "/console/sign-in" and e["staff_user_id"] == admin["id"])
    assert signed["service"] == "console"


async def test_a_contractors_staff_administrator_manages_its_own_staff_only(
    make_staff: MakeStaff, browser_factory: Callable[[], Browser]
) -> None:
    boss = await signed_in(
        make_staff, browser_factory, "contractor", county_codes=["330302"], staff_admin=True
    )
    page = await boss.page("/console/staff")
    assert page.status_code == 200
    own = await boss.client.post(
        "/console/staff",
        data={"csrf_token": csrf_of(page), "username": "own.reviewer", "display_name": "本单位审核员",
              "role": "contractor", "county_codes": "330302", "password": "Reviewer-2026-own"},
    )  # fmt: skip
    assert own.status_code == 201, own.text
    elsewhere = await boss.client.post(
        "/console/staff",
        data={"csrf_token": csrf_of(page), "username": "far.reviewer", "display_name": "外地审核员",
              "role": "contractor", "county_codes": "330381", "password": "Reviewer-2026-far"},
    )  # fmt: skip
    assert elsewhere.status_code == 403
    assert "COUNTY_OUT_OF_SCOPE" in elsewhere.text
    bureau = await boss.client.post(
        "/console/staff",
        data={"csrf_token": csrf_of(page), "username": "a.bureau", "display_name": "局", "role": "bureau",
              "password": "Reviewer-2026-bureau"},
    )  # fmt: skip
    assert bureau.status_code == 403
    assert "STAFF_ROLE_NOT_GRANTABLE" in bureau.text


async def test_a_contractors_ordinary_staff_does_not_manage_staff(
    make_staff: MakeStaff, browser_factory: Callable[[], Browser]
) -> None:
    reviewer = await signed_in(make_staff, browser_factory, "contractor")
    page = await reviewer.page("/console/staff")
    assert page.status_code == 403
    assert "STAFF_ADMIN_REQUIRED" in page.text
