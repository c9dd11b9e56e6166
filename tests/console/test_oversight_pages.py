"""Oversight's pages in the console (in-process, httpx): the evaluation scores ranked per scheme and period,
the cases with their detail, the recoveries with amounts equal to the API's to the fen; a contractor sees
what the API shows it (its counties' institutions, its own evaluations), the bureau all; a role the API
refuses gets a 403 page, an out-of-scope case a 404, never a 500.

The data is made through the public API as the oversight tests make it (``tests/oversight``): institutions X
(county A) and Y (county B) registered by their contractors; a case on each, the one on X decided with a
rectification deadline and money ordered recovered, which settlement books from oversight's feed; two
contractors' evaluations, one per county, scored by the bureau."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.oversight.models import outbox_events as oversight_events
from services.settlement.feeds.oversight import OversightConsumer
from services.settlement.models import consumer_cursors
from tests.conftest import bearer, signed_service_client
from tests.console.conftest import Browser, MakeStaff
from tests.feeds.support import drain, start_at_head
from tests.oversight.conftest import Oversight
from tests.oversight.supervision import (  # noqa: F401  (the fixtures)
    COUNTY_A,
    COUNTY_B,
    World,
    settlement_reader_fixture,
    world_fixture,
)
from tests.oversight.test_evaluations import PERIOD, indicator, scheme_body

_ROW = re.compile(r'<tr[^>]*data-key="([^"]*)"[^>]*>(.*?)</tr>', re.S)
_FEN = re.compile(r'data-fen="(-?\d+)"')
_CELL = re.compile(r"<t[hd][^>]*>\s*(.*?)\s*</t[hd]>", re.S)
_TAG = re.compile(r"<[^>]+>")

DECISION = {
    "outcome": "violation",
    "reason": "虚构服务记录，骗取基金",
    "decided_on": "2026-08-20",
    "sanctions": [
        {
            "kind": "rectification",
            "effective_on": "2026-09-01",
            "ends_on": "2026-09-30",
            "reason": "限期整改",
        },
    ],
    "recoveries": [{"amount_fen": 125_037, "paid_in_year": 2026, "reason": "2026 年 6 月虚构上门服务 25 次"}],
}


def rows(page: str, table: str) -> dict[str, str]:
    """data-key → the row's HTML, of one table of the page."""
    found = re.search(rf'<table id="{table}-table">(.*?)</table>', page, re.S)
    assert found, f"no table {table} on the page"
    return dict(_ROW.findall(found.group(1)))


def fens(row: str) -> list[int]:
    return [int(f) for f in _FEN.findall(row)]


def cells(row: str) -> list[str]:
    return [_TAG.sub("", c).strip() for c in _CELL.findall(row)]


async def signed_in(
    make_staff: MakeStaff, browser_factory: Callable[[], Browser], role: str, **f: Any
) -> Browser:
    account = await make_staff(role, **f)
    browser = browser_factory()
    assert (await browser.sign_in(account["username"])).status_code == 303
    return browser


@pytest.fixture
async def settlement_reads_oversight(
    session: AsyncSession, sessionmaker: async_sessionmaker[AsyncSession], service_apps: dict[str, FastAPI]
) -> OversightConsumer:
    """Settlement's reader of oversight's feed (the recoveries it books), from the feed's present head on."""
    await start_at_head(session, consumer_cursors, OversightConsumer.name, "oversight", oversight_events)
    await session.commit()
    return OversightConsumer(signed_service_client(service_apps["oversight"], "settlement"), sessionmaker)


@pytest.fixture
async def supervised(world: World, settlement_reads_oversight: OversightConsumer) -> dict[str, Any]:
    """A case on X (county A) decided with a deadline and a recovery settlement has booked; an open case on
    Y (county B); a scored evaluation of a contractor in each county."""
    on_x = await world.contractor_a.post(
        "/api/v1/cases",
        {"institution_id": world.x, "source": "data_rule", "data_rule": "同一护理员同时段两处服务",
         "summary": "同一护理员同时段在两处打卡"},
    )  # fmt: skip
    on_y = await world.contractor_b.post(
        "/api/v1/cases",
        {"institution_id": world.y, "source": "data_rule",
         "data_rule": "超范围服务", "summary": "超出协议服务范围"},
    )  # fmt: skip
    decided = await world.bureau.post(f"/api/v1/cases/{on_x['id']}/decision", DECISION)
    assert await drain(settlement_reads_oversight) >= 1
    bureau = Oversight(world.gateway, world.keys["bureau"])
    scheme = await bureau.call(
        "POST",
        "/api/v1/evaluation-schemes",
        201,
        json=scheme_body(
            "console-eval",
            indicators=[indicator("care_quality", "manual", 6000), indicator("files", "manual", 4000)],
        ),
    )
    await bureau.call("POST", f"/api/v1/evaluation-schemes/{scheme['id']}:approve", 200)
    evaluations = []
    for county, (quality, files) in ((COUNTY_A, (7000, 9000)), (COUNTY_B, (9550, 8025))):
        contractor = await bureau.contractor()
        contract = await bureau.live_contract(contractor["id"], county_codes=[county])
        made = await bureau.call(
            "POST",
            "/api/v1/evaluations",
            201,
            json={
                "scheme_id": scheme["id"],
                "subject_kind": "contractor",
                "contract_id": contract["id"],
                **PERIOD,
            },
        )
        for code, points in (("care_quality", quality), ("files", files)):
            made = await bureau.call(
                "POST", f"/api/v1/evaluations/{made['id']}/scores", 200,
                json={"indicator_code": code, "points_bp": points},
            )  # fmt: skip
        made = await bureau.call("POST", f"/api/v1/evaluations/{made['id']}:total", 200, json={})
        evaluations.append(made)
    return {"on_x": decided, "on_y": on_y, "evaluations": evaluations}


async def api(gateway: httpx.AsyncClient, key: str, path: str) -> Any:
    answer = await gateway.get(path, params={"limit": 500}, headers=bearer(key))
    assert answer.status_code == 200, answer.text
    return answer.json()


async def test_the_bureau_sees_every_recovery_case_and_evaluation_with_the_apis_figures_to_the_fen(
    supervised: dict[str, Any],
    world: World,
    make_staff: MakeStaff,
    browser_factory: Callable[[], Browser],
) -> None:
    browser = await signed_in(make_staff, browser_factory, "bureau")
    page = await browser.page("/console/oversight")
    assert page.status_code == 200, page.text
    recoveries = (await api(world.gateway, world.keys["bureau"], "/api/v1/recoveries"))["items"]
    ours = [r for r in recoveries if r["institution_id"] == world.x]
    assert [r["amount_fen"] for r in ours] == [125_037]
    shown = rows(page.text, "recoveries")
    for r in recoveries:
        assert fens(shown[r["id"]]) == [
            r["amount_fen"],
            r["netted_fen"] + r["repaid_fen"],
            r["written_off_fen"],
            r["outstanding_fen"],
        ]
    assert "1,250.37" in shown[ours[0]["id"]]

    cases = {
        c["number"]: c for c in (await api(world.gateway, world.keys["bureau"], "/api/v1/cases"))["items"]
    }
    shown_cases = rows(page.text, "cases")
    assert {supervised["on_x"]["number"], supervised["on_y"]["number"]} <= set(shown_cases)
    x_case = shown_cases[supervised["on_x"]["number"]]
    assert fens(x_case) == [
        sum(r["outstanding_fen"] for r in cases[supervised["on_x"]["number"]]["recoveries"])
    ]
    assert "2026年9月30日" in x_case  # the rectification's deadline

    ranked = [
        (row_cells[0], row_cells[3], row_cells[5])
        for key, row in rows(page.text, "evaluations").items()
        if key in {e["id"] for e in supervised["evaluations"]}
        for row_cells in [cells(row)]
    ]
    a, b = supervised["evaluations"]
    assert (a["score_bp"], b["score_bp"]) == (7800, 8940)  # 60 % × 70 + 40 % × 90; 60 % × 95.5 + 40 % × 80.25
    assert [(rank, score) for _, rank, score in ranked] == [("1", "89.40"), ("2", "78.00")]


async def test_a_case_has_its_page_and_a_case_out_of_scope_is_not_found(
    supervised: dict[str, Any],
    make_staff: MakeStaff,
    browser_factory: Callable[[], Browser],
) -> None:
    case = supervised["on_x"]
    bureau = await signed_in(make_staff, browser_factory, "bureau")
    page = await bureau.page(f"/console/oversight/cases/{case['id']}")
    assert page.status_code == 200, page.text
    assert case["number"] in page.text
    assert case["summary"] in page.text
    assert fens(rows(page.text, "case-recoveries")[case["recoveries"][0]["id"]])[0] == 125_037
    assert "2026年9月30日" in page.text
    other_county = await signed_in(make_staff, browser_factory, "contractor", county_codes=[COUNTY_B])
    assert (await other_county.page(f"/console/oversight/cases/{case['id']}")).status_code == 404
    assert (await other_county.page("/console/oversight/cases/not-a-case")).status_code == 404


async def test_a_contractor_sees_only_its_counties_cases_recoveries_and_evaluations(
    supervised: dict[str, Any],
    world: World,
    make_staff: MakeStaff,
    browser_factory: Callable[[], Browser],
) -> None:
    browser = await signed_in(make_staff, browser_factory, "contractor", county_codes=[COUNTY_A])
    page = await browser.page("/console/oversight")
    assert page.status_code == 200, page.text
    assert supervised["on_x"]["number"] in rows(page.text, "cases")
    assert supervised["on_y"]["number"] not in page.text
    theirs = (await api(world.gateway, world.keys["contractor_a"], "/api/v1/recoveries"))["items"]
    assert [r["institution_id"] for r in theirs] == [world.x]
    assert set(rows(page.text, "recoveries")) == {r["id"] for r in theirs}
    assert world.y not in page.text
    a, b = supervised["evaluations"]
    evaluations = rows(page.text, "evaluations")
    assert a["id"] in evaluations
    assert b["id"] not in evaluations
    exported = await browser.page("/console/oversight/cases.csv")
    assert exported.status_code == 200
    assert exported.headers["content-type"].startswith("text/csv")
    assert supervised["on_x"]["number"] in exported.text
    assert supervised["on_y"]["number"] not in exported.text


async def test_a_role_the_api_refuses_sees_a_403_page_not_a_500(
    supervised: dict[str, Any], make_staff: MakeStaff, browser_factory: Callable[[], Browser]
) -> None:
    """Civil affairs (民政) reads published evaluations only: cases and recoveries say they are not for it,
    and their CSV is a 403 page."""
    browser = await signed_in(make_staff, browser_factory, "civil_affairs")
    page = await browser.page("/console/oversight")
    assert page.status_code == 200, page.text
    assert page.text.count('class="empty refused"') == 2
    assert supervised["on_x"]["number"] not in page.text
    for table in ("cases", "recoveries"):
        refused = await browser.page(f"/console/oversight/{table}.csv")
        assert refused.status_code == 403
        assert 'id="message"' in refused.text
    assert (await browser.page(f"/console/oversight/cases/{supervised['on_x']['id']}")).status_code == 403
