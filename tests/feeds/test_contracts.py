"""The feed contracts hold on both sides: every event type a producer can emit — from its real code paths
through the gateway, and from each model's example — parses under its contract and applies in every consumer
of its feed (the real ``apply_batch`` against the database), with no dead letter; the contracts document
is generated from the models."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from contracts import docs
from contracts.assessment import FEED as ASSESSMENT_FEED
from contracts.base import FeedContract
from contracts.enrollment import FEED as ENROLLMENT_FEED
from contracts.oversight import FEED as OVERSIGHT_FEED
from contracts.settlement import FEED as SETTLEMENT_FEED
from services.assessment.models import outbox_events as assessment_events
from services.enrollment.feeds import AssessmentConsumer as EnrollmentReader
from services.enrollment.models import feed_dead_letters as enrollment_dead_letters
from services.enrollment.models import outbox_events as enrollment_events
from services.settlement.models import InsuredPerson
from services.settlement.models import feed_dead_letters as settlement_dead_letters
from shared.consumer import FeedConsumer
from shared.outbox import Outbox
from shared.settings import PROJECT_ROOT
from tests.assessment.conftest import TODAY, Api, items_with, put_in_force, run_to_conclusion, severe_items
from tests.conftest import bearer
from tests.enrollment.conftest import Enrollment
from tests.feeds.support import drain, high_water, open_dead_letters
from tests.settlement.conftest import Feeds
from tests.support import unique_id_number

NO_PRODUCER_YET = {"contribution.reversed"}  # enrollment has no reversal path; settlement applies it already
FEED_TABLES = {"enrollment": enrollment_events, "assessment": assessment_events}


def service_consumers() -> list[type[FeedConsumer]]:
    """Every feed consumer the services define (their apps import them)."""
    import services.enrollment.app
    import services.gateway.app
    import services.settlement.app  # noqa: F401

    found, todo = [], list(FeedConsumer.__subclasses__())
    while todo:
        cls = todo.pop()
        todo += cls.__subclasses__()
        if cls.__module__.startswith("services."):
            found.append(cls)
    return found


def readers(feed: FeedContract, feeds: Feeds, enrollment_consumer: EnrollmentReader) -> list[FeedConsumer]:
    running: dict[str, FeedConsumer] = {
        c.name: c for c in (feeds.enrollment, feeds.assessment, enrollment_consumer)
    }
    return [running[name] for name in feed.consumers]


async def dead_letters(session: AsyncSession) -> list[dict[str, Any]]:
    return [*await open_dead_letters(session, enrollment_dead_letters),
            *await open_dead_letters(session, settlement_dead_letters)]  # fmt: skip


class TestTheContracts:
    def test_the_committed_document_is_the_one_generated_from_the_models(self) -> None:
        committed = (PROJECT_ROOT / "docs" / "contracts.md").read_text()
        assert committed == docs.render(), "run: python -m contracts.docs > docs/contracts.md"

    def test_the_contracts_import_nothing_of_the_services(self) -> None:
        probe = (
            "import sys, contracts.enrollment, contracts.assessment, contracts.settlement, contracts.docs; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('services', 'shared')))"
        )
        result = subprocess.run(
            [sys.executable, "-c", probe], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True
        )
        assert result.stdout.strip() == "[]"

    def test_every_consumer_reads_a_declared_feed_with_its_declared_policy(self) -> None:
        consumers = service_consumers()
        assert {c.name: (c.contract.producer, c.on_failure.value) for c in consumers} == {
            name: (feed.producer, policy)
            for feed in (ENROLLMENT_FEED, ASSESSMENT_FEED, SETTLEMENT_FEED, OVERSIGHT_FEED)
            for name, policy in feed.consumers.items()
        }
        for consumer in consumers:
            assert consumer.source == consumer.contract.producer
            assert all(consumer.contract.model(m.event_type) is m for m in consumer.handles)

    @pytest.mark.parametrize(
        ("feed", "event_type"),
        [(feed, event_type) for feed in (ENROLLMENT_FEED, ASSESSMENT_FEED) for event_type in feed.events],
        ids=lambda value: value if isinstance(value, str) else value.producer,
    )
    async def test_each_event_type_as_its_example_applies_in_every_consumer_of_its_feed(
        self,
        feed: FeedContract,
        event_type: str,
        feeds: Feeds,
        enrollment_consumer: EnrollmentReader,
        session: AsyncSession,
    ) -> None:
        model = feed.events[event_type]
        table = FEED_TABLES[feed.producer]
        Outbox(table).publish(session, model.model_validate(model.example), aggregate_id="example")
        await session.commit()
        head = await high_water(session, table)
        for consumer in readers(feed, feeds, enrollment_consumer):
            assert await drain(consumer) == 1, consumer.name
            assert consumer.report()["position"] == head
        assert await dead_letters(session) == []


class TestEveryEventAProducerEmits:
    async def test_enrollment_on_its_real_paths_emits_every_declared_event_and_settlement_applies_them(
        self, enrollment: Enrollment, feeds: Feeds, gateway: Any, session: AsyncSession
    ) -> None:
        start = await high_water(session, enrollment_events)
        employer = await enrollment.employer()
        employee = await enrollment.enrol(category="employee", employer_credit_code=employer["credit_code"])
        retiree = await enrollment.enrol(category="retiree")
        moving = await enrollment.enrol(category="flexible")
        imported = await enrollment.gateway.post(
            "/api/v1/enrollment-imports",
            content=(
                "id_number,name,category,county_code,employer_credit_code,enrolled_on\n"
                f"{unique_id_number()},甲,retiree,330302,,2022-02-01\n"
                f"{unique_id_number()},乙,flexible,330381,,2022-07-01\n"
            ).encode(),
            headers={**enrollment.headers, "Content-Type": "text/csv"},
        )
        assert imported.status_code == 201, imported.text
        await enrollment.status(retiree["id"], "suspended", "2022-09-01")
        transfer = await gateway.post(
            f"/api/v1/persons/{moving['id']}/county-transfers",
            json={"county_code": "330381", "effective_on": "2022-07-01", "reason": "户籍迁移"},
            headers=bearer(enrollment.keys["bureau"]),
        )
        assert transfer.status_code == 201, transfer.text
        scheme = await gateway.put(
            "/api/v1/counties/330305/scheme",
            json={
                "scheme_start_on": "2022-06-25",
                "basis": "seed 003",
                "confirmed": True,
                "reason": "confirmed",
            },
            headers=bearer(enrollment.keys["bureau"]),
        )
        assert scheme.status_code == 200, scheme.text
        bills = await enrollment.gateway.post(
            "/api/v1/contribution-bills:generate", json={"year": 2022}, headers=enrollment.headers
        )
        assert bills.status_code == 200, bills.text
        bill = await self.bill_of(enrollment, employee["id"])
        paid = await enrollment.gateway.post(
            "/api/v1/payments",
            json={"bill_id": bill["id"], "payer": "employer", "channel": "employer_premium_transfer",
                  "amount_fen": 5000, "paid_on": "2022-04-01", "external_ref": "contract-pay-1"},
            headers=enrollment.headers,
        )  # fmt: skip
        assert paid.status_code == 201, paid.text
        other = await self.bill_of(enrollment, moving["id"])
        payments = await enrollment.gateway.post(
            "/api/v1/payment-imports",
            content=(
                "bill_id,id_number,year,payer,channel,amount_fen,paid_on,external_ref,payer_id_number\n"
                f"{other['id']},,,individual,annual_self_payment,7000,2022-03-01,contract-file-1,\n"
            ).encode(),
            headers={**enrollment.headers, "Content-Type": "text/csv"},
        )
        assert payments.status_code == 201, payments.text
        assert payments.json()["rows_created"] == 1

        events = await self.events_since(session, enrollment_events, start)
        assert {e.event_type for e in events} == set(ENROLLMENT_FEED.events) - NO_PRODUCER_YET
        for event in events:
            assert ENROLLMENT_FEED.parse(event.event_type, event.payload) is not None
        await session.commit()
        assert await drain(feeds.enrollment) == len(events)
        assert await dead_letters(session) == []
        assert await session.get(InsuredPerson, moving["id"]) is not None

    async def test_assessment_on_its_real_paths_emits_every_declared_event_and_both_readers_apply_them(
        self,
        contractor: Api,
        assessment_app: FastAPI,
        feeds: Feeds,
        enrollment_consumer: EnrollmentReader,
        session: AsyncSession,
    ) -> None:
        start = await high_water(session, assessment_events)
        for _ in range(4):
            await contractor.expert()
        _, refused = await contractor.apply(materials_complete=False)
        assert refused.json()["status"] == "rejected"
        _, received = await contractor.apply(care_institution_id="INST-CONTRACT-1")
        app_id = received.json()["id"]
        await put_in_force(contractor, assessment_app, app_id, items_with(adl=50, other=4))
        objected = await contractor.post(
            f"/api/v1/assessment-applications/{app_id}/objections", {"reason": "家属认为评估偏低"}
        )
        assert objected.status_code == 201, objected.text
        await run_to_conclusion(contractor, app_id, severe_items())
        await contractor.post(f"/api/v1/assessment-applications/{app_id}:start-publicity")
        assessment_app.state.today = TODAY.replace(day=31)
        served = await contractor.post(f"/api/v1/assessment-applications/{app_id}:serve")
        assert served.status_code == 200, served.text
        revoked = await contractor.post(
            f"/api/v1/assessment-applications/{app_id}/conclusion:revoke",
            {"reason": "DECEASED", "effective_on": "2026-06-30", "note": "死亡证明"},
        )
        assert revoked.status_code == 200, revoked.text

        events = await self.events_since(session, assessment_events, start)
        assert {e.event_type for e in events} == set(ASSESSMENT_FEED.events)
        for event in events:
            assert ASSESSMENT_FEED.parse(event.event_type, event.payload) is not None
        await session.commit()
        assert await drain(feeds.assessment) == len(events)
        assert await drain(enrollment_consumer) == len(events)
        assert await dead_letters(session) == []

    @staticmethod
    async def bill_of(enrollment: Enrollment, person_id: str) -> dict[str, Any]:
        params: dict[str, str | int] = {"person_id": person_id, "year": 2022}
        response = await enrollment.gateway.get(
            "/api/v1/contribution-bills", params=params, headers=enrollment.headers
        )
        [bill] = response.json()["items"]
        return dict(bill)

    @staticmethod
    async def events_since(session: AsyncSession, table: Any, start: int) -> list[Any]:
        rows = await session.execute(select(table).where(table.c.seq > start).order_by(table.c.seq))
        return list(rows.all())
