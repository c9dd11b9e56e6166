"""The per-request benchmark's yardstick (bench/minimal_app.py) answers what the enrollment service answers.

Its ratios mean something only if rung (a) does the service's work: the same rows, the same JSON, the same
write. Both apps run here on one database whose rows commit (the race database), the service signed as a
contractor of every unit, the minimal app with its own asyncpg pool and lifespan.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from bench.minimal_app import create_app as create_minimal
from tests.conftest import ALL_COUNTIES
from tests.races import client_of, contractor
from tests.support import unique_id_number

NOT_COMPARED = {"id", "bill_id", "person_id", "external_ref", "recorded_at"}


@pytest.fixture
async def minimal(race_database_url: str) -> AsyncIterator[httpx.AsyncClient]:
    app = create_minimal(race_database_url)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://minimal.test") as client,
    ):
        yield client


@pytest.fixture
async def service(enrollment_app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with client_of(enrollment_app, contractor(*sorted(ALL_COUNTIES))) as client:
        yield client


async def enrol_with_bill(service: httpx.AsyncClient) -> tuple[str, str]:
    """A retiree of 鹿城区 enrolled on 2022-07-01 and their 2022 bill: (person id, bill id)."""
    person = await service.post(
        "/api/v1/persons",
        json={
            "id_number": unique_id_number(),
            "name": "张三",
            "category": "retiree",
            "county_code": "330302",
            "enrolled_on": "2022-07-01",
        },
    )
    assert person.status_code == 201, person.text
    person_id = person.json()["id"]
    generated = await service.post(
        "/api/v1/contribution-bills:generate", json={"year": 2022, "county_code": "330302"}
    )
    assert generated.status_code == 200, generated.text
    bills = await service.get("/api/v1/contribution-bills", params={"person_id": person_id})
    return person_id, bills.json()["items"][0]["id"]


async def both(service: httpx.AsyncClient, minimal: httpx.AsyncClient, path: str, **params: Any) -> Any:
    ours, theirs = await service.get(path, params=params), await minimal.get(path, params=params)
    assert (ours.status_code, theirs.status_code) == (200, 200), (ours.text, theirs.text)
    return ours.json(), theirs.json()


class TestMinimalAppAnswersAsTheService:
    async def test_the_reference_read_is_the_same_json(
        self, service: httpx.AsyncClient, minimal: httpx.AsyncClient
    ) -> None:
        ours, theirs = await both(service, minimal, "/api/v1/counties")
        assert len(ours["items"]) == len(ALL_COUNTIES)
        assert theirs == ours

    async def test_a_persons_coverage_is_the_same_json_covered_or_not(
        self, service: httpx.AsyncClient, minimal: httpx.AsyncClient
    ) -> None:
        person_id, _ = await enrol_with_bill(service)
        for on in ("2022-06-30", "2022-07-01", "2022-12-31"):  # not yet enrolled, covered, grace run out
            ours, theirs = await both(service, minimal, f"/api/v1/persons/{person_id}/coverage", on=on)
            assert theirs == ours
        assert ours["reason"] == "CONTRIBUTION_UNPAID"

    async def test_a_list_page_is_the_same_json(
        self, service: httpx.AsyncClient, minimal: httpx.AsyncClient
    ) -> None:
        await enrol_with_bill(service)
        await enrol_with_bill(service)
        ours, theirs = await both(service, minimal, "/api/v1/persons", limit=1)
        assert ours["next_cursor"] is not None
        assert theirs == ours

    async def test_a_payment_writes_and_answers_what_the_service_does(
        self, service: httpx.AsyncClient, minimal: httpx.AsyncClient, race_engine: AsyncEngine
    ) -> None:
        (_, bill_ours), (_, bill_theirs) = await enrol_with_bill(service), await enrol_with_bill(service)
        paid: dict[str, Any] = {}
        for who, client, bill in (("service", service, bill_ours), ("minimal", minimal, bill_theirs)):
            body = {
                "bill_id": bill,
                "payer": "individual",
                "channel": "annual_self_payment",
                "amount_fen": 7000,  # the individual half (5000), then 2000 of the employer half
                "paid_on": "2022-08-01",
                "external_ref": f"bench-test-{who}-{bill}",
            }
            answer = await client.post("/api/v1/payments", json=body)
            assert answer.status_code == 201, answer.text
            again = await client.post("/api/v1/payments", json=body)
            assert (again.status_code, again.headers.get("Idempotent-Replayed")) == (200, "true")
            assert again.json() == answer.json()
            paid[who] = answer.json()
        assert {k: v for k, v in paid["minimal"].items() if k not in NOT_COMPARED} == {
            k: v for k, v in paid["service"].items() if k not in NOT_COMPARED
        }
        async with race_engine.connect() as conn:
            rows = (
                await conn.execute(
                    text(
                        "SELECT b.id::text, b.employer_paid_fen, b.individual_paid_fen, b.excess_fen, "
                        "(SELECT count(*) FROM enrollment.payments p WHERE p.bill_id = b.id), "
                        "(SELECT array_agg(e.payload - 'payment_id' - 'bill_id' - 'person_id') "
                        "   FROM enrollment.outbox_events e JOIN enrollment.payments p "
                        "     ON e.aggregate_id = p.id::text WHERE p.bill_id = b.id) "
                        "FROM enrollment.contribution_bills b WHERE b.id = ANY(:bills)"
                    ),
                    {"bills": [bill_ours, bill_theirs]},
                )
            ).all()
        by_bill = {row[0]: row[1:] for row in rows}
        assert by_bill[bill_theirs] == by_bill[bill_ours]
        assert by_bill[bill_ours][:4] == (2000, 5000, 0, 1)
