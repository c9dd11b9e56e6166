"""The sample files under ``examples/``, sent through the gateway as the README's quickstart sends them
(against the demo world): the good rows are taken, each deliberately bad row is reported with its reason."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from services.assessment.models import outbox_events as assessment_events
from services.demo import inprocess, world
from services.demo.api import Api
from services.enrollment.feeds import AssessmentConsumer as EnrollmentReadsAssessment
from services.enrollment.models import consumer_cursors as enrollment_cursors
from services.enrollment.models import outbox_events as enrollment_events
from services.gateway.models import consumer_cursors as gateway_cursors
from services.oversight.models import outbox_events as oversight_events
from services.settlement.feeds.consumers import AssessmentConsumer, EnrollmentConsumer
from services.settlement.models import consumer_cursors as settlement_cursors
from services.settlement.reference.benefit_rules import load_wenzhou_benefit_rules
from shared.settings import Settings
from tests.conftest import TEST_SECRET, ClientFactory
from tests.feeds.support import start_at_head

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
async def demo(
    settings: Settings,
    engine: AsyncEngine,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    assessment_reference: str,
    make_api_key: ClientFactory,
) -> AsyncIterator[Api]:
    """The demo world made in the test's transaction; its four roles' keys."""
    await load_wenzhou_benefit_rules(session)
    for cursors, consumer, source, feed in (
        (settlement_cursors, EnrollmentConsumer.name, "enrollment", enrollment_events),
        (settlement_cursors, AssessmentConsumer.name, "assessment", assessment_events),
        (enrollment_cursors, EnrollmentReadsAssessment.name, "assessment", assessment_events),
        (gateway_cursors, "gateway.oversight", "oversight", oversight_events),
    ):
        await start_at_head(session, cursors, consumer, source, feed)
    await session.commit()
    keys = {
        "admin": await make_api_key("admin"),
        "bureau": await make_api_key("bureau"),
        "contractor": await make_api_key("contractor", county_codes=[world.LUCHENG, world.RUIAN]),
        "institution": await make_api_key("institution", institution_id=world.INSTITUTION),
    }
    async with inprocess.platform(
        inprocess.in_process_settings(settings, TEST_SECRET), engine, sessionmaker
    ) as made:
        api = Api(made.gateway, keys)
        await world.load(api, made.set_assessment_today, made.catch_up_feeds, made.bind_contractor)
        yield api


def example(name: str) -> bytes:
    return (EXAMPLES / name).read_bytes()


async def errors_of(api: Api, collection: str, job: dict[str, Any]) -> list[str]:
    report = await api.call("contractor", "GET", f"/api/v1/{collection}/{job['id']}/errors")
    return sorted(str(e.get("code")) for e in report["items"])


async def test_every_example_file_imports_with_its_bad_rows_reported(demo: Api) -> None:
    persons = await demo.call(
        "contractor",
        "POST",
        "/api/v1/enrollment-imports",
        files={"file": ("persons.csv", example("persons.csv"), "application/octet-stream")},  # as curl -F
        expect=201,
    )
    assert (persons["rows_total"], persons["rows_created"], persons["rows_failed"]) == (8, 4, 4), persons
    assert len(await errors_of(demo, "enrollment-imports", persons)) >= 4

    await demo.call(
        "contractor",
        "POST",
        "/api/v1/contribution-bills:generate",
        json={"year": 2022, "county_code": world.LUCHENG},
    )
    await demo.call(
        "contractor",
        "POST",
        "/api/v1/contribution-bills:generate",
        json={"year": 2022, "county_code": world.RUIAN},
    )
    payments = await demo.call(
        "contractor",
        "POST",
        "/api/v1/payment-imports",
        content=example("payments.csv"),
        content_type="text/csv",
        expect=201,
    )
    assert (payments["rows_total"], payments["rows_created"], payments["rows_failed"]) == (9, 5, 4), payments
    assert len(await errors_of(demo, "payment-imports", payments)) >= 4

    experts = await demo.call(
        "contractor",
        "POST",
        "/api/v1/experts:import",
        content=example("experts.csv"),
        content_type="text/csv",
    )
    assert (experts["rows"], experts["created"], experts["rejected"]) == (6, 3, 3), experts
    assert {e["code"] for e in experts["errors"]} >= {"COUNTY_OUT_OF_SCOPE", "DUPLICATE_CODE"}, experts

    ids = {}
    for p in world.PERSONS[:2]:
        found = await demo.call(
            "contractor", "GET", "/api/v1/persons:lookup", params={"id_number": p.id_number}
        )
        ids[p.key] = found["id"]
    text = example("service-records.csv").decode()
    text = text.replace("PERSON_CHEN", ids["chen"]).replace("PERSON_WANG", ids["wang"])
    records = await demo.call(
        "institution",
        "POST",
        "/api/v1/service-record-imports",
        content=text.encode(),
        content_type="text/csv",
        expect=201,
    )
    assert (records["rows_total"], records["rows_accepted"], records["rows_rejected"]) == (7, 4, 3), records
