"""The first hour: the demo world that ``make run`` loads, and the walkthrough that ``make demo`` runs.

Both drive the real apps through the in-process gateway with the demo clients' roles; the world is made once
(a second load changes nothing) and every demo key then has something real to do."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from services.assessment.models import outbox_events as assessment_events
from services.demo import inprocess, walkthrough, world
from services.demo.api import Api
from services.enrollment.feeds import AssessmentConsumer as EnrollmentReadsAssessment
from services.enrollment.models import consumer_cursors as enrollment_cursors
from services.enrollment.models import outbox_events as enrollment_events
from services.gateway.api_clients.service import authenticate
from services.gateway.models import ApiClient
from services.gateway.models import consumer_cursors as gateway_cursors
from services.oversight.models import outbox_events as oversight_events
from services.settlement.feeds.consumers import AssessmentConsumer, EnrollmentConsumer
from services.settlement.models import consumer_cursors as settlement_cursors
from services.settlement.reference.benefit_rules import load_wenzhou_benefit_rules
from shared.settings import Settings
from tests.conftest import TEST_SECRET, ClientFactory
from tests.feeds.support import start_at_head


@pytest.fixture
async def demo_keys(make_api_key: ClientFactory) -> dict[str, str]:
    """The four demo roles, the institution client being DEMO-INST-0001's (as the launcher's)."""
    return {
        "admin": await make_api_key("admin"),
        "bureau": await make_api_key("bureau"),
        "contractor": await make_api_key("contractor", county_codes=[world.LUCHENG, world.RUIAN]),
        "institution": await make_api_key("institution", institution_id=world.INSTITUTION),
    }


@pytest.fixture
async def platform(
    settings: Settings,
    engine: AsyncEngine,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    assessment_reference: str,
) -> AsyncIterator[inprocess.InProcess]:
    """What the launcher builds, inside the test's transaction; the feeds read from their present heads
    (what other tests left in them is not the demo's)."""
    await load_wenzhou_benefit_rules(session)
    for cursors, consumer, source, feed in (
        (settlement_cursors, EnrollmentConsumer.name, "enrollment", enrollment_events),
        (settlement_cursors, AssessmentConsumer.name, "assessment", assessment_events),
        (enrollment_cursors, EnrollmentReadsAssessment.name, "assessment", assessment_events),
        (gateway_cursors, "gateway.oversight", "oversight", oversight_events),
    ):
        await start_at_head(session, cursors, consumer, source, feed)
    await session.commit()
    async with inprocess.platform(
        inprocess.in_process_settings(settings, TEST_SECRET), engine, sessionmaker
    ) as made:
        yield made


async def count_rows(session: AsyncSession) -> dict[str, Any]:
    from services.assessment.models.applications import Application
    from services.enrollment.models.persons import Person
    from services.settlement.models.records import ServiceRecord

    return {
        model.__name__: await session.scalar(select(func.count()).select_from(model))
        for model in (Person, Application, ServiceRecord)
    }


async def test_the_demo_world_gives_every_demo_key_something_real_and_loads_once(
    platform: inprocess.InProcess, demo_keys: dict[str, str], session: AsyncSession
) -> None:
    api = Api(platform.gateway, demo_keys)
    assert (
        await world.load(
            api, platform.set_assessment_today, platform.catch_up_feeds, platform.bind_contractor
        )
        is True
    )
    assert {status for _, _, status in api.calls} <= {200, 201}

    # the institution key: its institution exists, its records and a settled statement are there
    institution = await api.call("institution", "GET", f"/api/v1/institutions/{world.INSTITUTION}")
    assert institution["county_code"] == world.LUCHENG
    statements = await api.call("institution", "GET", f"/api/v1/institutions/{world.INSTITUTION}/statements")
    [august] = statements["items"]
    assert august["month"] == "2022-08-01"
    assert august["net_payable_fen"] > 0
    assert august["deducted_by_reason"].get("CAREGIVER_NOT_QUALIFIED", 0) > 0, august
    assert set(august["deducted_by_reason"]) <= {
        "CAREGIVER_NOT_QUALIFIED",
        "OVER_DAILY_CAP",
        "OVER_MONTHLY_CAP",
    }
    september = await api.call(
        "institution",
        "GET",
        "/api/v1/service-records",
        params={"institution_id": world.INSTITUTION, "limit": 200},
    )
    assert any(r["service_date"].startswith("2022-09") for r in september["items"])
    # the contractor's: persons enrolled and paid, levels in force from 2022-08-01, one waiting to be served
    chen = world.PERSONS[0]
    found = await api.call(
        "contractor", "GET", "/api/v1/persons:lookup", params={"id_number": chen.id_number}
    )
    levels = await api.call("contractor", "GET", f"/api/v1/persons/{found['id']}/disability-levels")
    assert levels["current"]["level"] == 5, levels
    assert levels["current"]["valid_from"] == "2022-08-01"
    bills = await api.call(
        "contractor", "GET", "/api/v1/contribution-bills", params={"person_id": found["id"]}
    )
    assert bills["items"][0]["status"] == "paid"
    waiting = await api.call(
        "contractor", "GET", "/api/v1/assessment-applications", params={"status": "in_publicity"}
    )
    assert len(waiting["items"]) == 1
    # the bureau's: the fund of 鹿城区 has income and a payout for August 2022
    status = await api.call(
        "bureau", "GET", "/api/v1/fund/status", params={"month": "2022-08-01", "county_code": world.LUCHENG}
    )
    assert status
    # the contractor's key belongs to the demo contractor, whose contract in force covers its counties
    [contract] = (
        await api.call("bureau", "GET", "/api/v1/contracts", params={"county_code": world.LUCHENG})
    )["items"]
    assert (contract["status"], sorted(contract["county_codes"])) == (
        "in_force",
        [world.LUCHENG, world.RUIAN],
    )
    holder = await authenticate(session, demo_keys["contractor"])
    assert holder is not None
    bound = await session.get(ApiClient, uuid.UUID(holder.principal.client_id))
    assert bound is not None
    assert str(bound.contractor_id) == contract["contractor_id"]

    before = await count_rows(session)
    again = Api(platform.gateway, demo_keys)
    assert (
        await world.load(
            again, platform.set_assessment_today, platform.catch_up_feeds, platform.bind_contractor
        )
        is False
    )
    assert all(method == "GET" for method, _, _ in again.calls)
    assert await count_rows(session) == before


async def test_the_walkthrough_runs_the_whole_story_through_the_gateway(
    platform: inprocess.InProcess, demo_keys: dict[str, str]
) -> None:
    await world.load(
        Api(platform.gateway, demo_keys),
        platform.set_assessment_today,
        platform.catch_up_feeds,
        platform.bind_contractor,
    )
    lines: list[str] = []
    api = Api(platform.gateway, demo_keys, lines.append)
    await walkthrough.walk(api)
    steps = [(method, path, status) for method, path, status in api.calls]
    wanted = [
        ("POST", "/api/v1/persons", 201),
        ("POST", "/api/v1/contribution-bills:generate", 200),
        ("POST", "/api/v1/payments", 201),
        ("POST", "/api/v1/assessment-applications", 201),
        ("POST", "/panel-draws", 201),
        ("POST", "/scores", 201),
        ("POST", "/conclusion", 201),
        ("POST", ":start-publicity", 200),
        ("POST", ":serve", 409),
        ("POST", ":serve", 200),
        ("POST", "/api/v1/service-records", 201),
        ("POST", "/api/v1/settlement-runs", 201),
        ("POST", "/payments", 201),
        ("GET", "/statements", 200),
        ("GET", "/api/v1/fund/status", 200),
    ]
    position = 0
    for method, path, status in steps:
        if position < len(wanted) and method == wanted[position][0] and path.endswith(wanted[position][1]):
            assert status == wanted[position][2], (method, path, status, lines)
            position += 1
    assert position == len(wanted), (wanted[position:], steps)
    assert lines[-1].endswith("every step answered as it should.")
    assert any("→ 201" in line and "/api/v1/settlement-runs" in line for line in lines)
    september = await api.call(
        "institution",
        "GET",
        f"/api/v1/institutions/{world.INSTITUTION}/statements",
        params={"month": "2022-09-01"},
    )
    [statement] = september["items"]
    assert statement["net_payable_fen"] > 0
    assert "CAREGIVER_OVERLAP" not in statement["deducted_by_reason"], (
        "the walkthrough's visits follow the world's"
    )

    # a second run enrols another person and settles the next month
    second = Api(platform.gateway, demo_keys, lines.append)
    await walkthrough.walk(second)
    runs = [
        path for method, path, status in second.calls if path == "/api/v1/settlement-runs" and status == 201
    ]
    assert runs


def test_without_the_demo_the_banner_names_no_key_and_no_world(capsys: pytest.CaptureFixture[str]) -> None:
    """``run --no-demo`` (production): no demo clients, so the banner has no keys, world or walkthrough."""
    from services.launcher import main, print_banner

    print_banner(Settings(), {})
    printed = capsys.readouterr().out
    assert "LTC platform is running." in printed
    assert "/docs" in printed
    assert "/redoc" in printed
    assert "demo" not in printed
    with pytest.raises(SystemExit):
        main(["run", "--no-demo", "--help"])
    assert "no demo world" in capsys.readouterr().out
