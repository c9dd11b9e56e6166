"""Settlement tests: events published straight into the producers' outboxes, consumers polled once."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from contracts import assessment, enrollment, oversight
from services.assessment.models import outbox_events as assessment_events
from services.enrollment.models import outbox_events as enrollment_events
from services.oversight.models import outbox_events as oversight_events
from services.settlement.feeds.consumers import AssessmentConsumer, EnrollmentConsumer
from services.settlement.feeds.oversight import OversightConsumer
from services.settlement.models import consumer_cursors
from tests.conftest import signed_service_client
from tests.feeds.support import publish
from tests.races import ledger_problems

LUCHENG = "330302"
RUIAN = "330381"
YONGJIA = "330324"


class Feeds:
    """Publishes producer events the way enrollment, assessment and oversight will, and applies them."""

    def __init__(
        self,
        session: AsyncSession,
        enrollment: EnrollmentConsumer,
        assessment: AssessmentConsumer,
        oversight: OversightConsumer,
    ):
        self.session = session
        self.enrollment = enrollment
        self.assessment = assessment
        self.oversight = oversight

    def enrollment_event(self, event_type: str, aggregate_id: str, county: str, **payload: Any) -> None:
        """An event of enrollment's contract (built through its model), or raw when the type is unknown."""
        publish(self.session, enrollment.FEED, enrollment_events, event_type, aggregate_id, county, payload)

    def assessment_event(self, event_type: str, aggregate_id: str, county: str, **payload: Any) -> None:
        publish(self.session, assessment.FEED, assessment_events, event_type, aggregate_id, county, payload)

    def oversight_event(self, event_type: str, aggregate_id: str, county: str, **payload: Any) -> None:
        publish(self.session, oversight.FEED, oversight_events, event_type, aggregate_id, county, payload)

    def sanction(
        self,
        institution_id: str,
        kind: str = "suspension",
        effective_on: dt.date = dt.date(2026, 5, 10),
        ends_on: dt.date | None = dt.date(2026, 5, 20),
        status: str = "in_force",
        county: str = LUCHENG,
        sanction_id: uuid.UUID | None = None,
        case_id: uuid.UUID | None = None,
    ) -> tuple[uuid.UUID, uuid.UUID]:
        """A sanction oversight decided on a case about the institution: (sanction id, case id)."""
        sanction_id, case_id = sanction_id or uuid.uuid4(), case_id or uuid.uuid4()
        self.oversight_event(
            "sanction.changed",
            str(sanction_id),
            county,
            sanction_id=str(sanction_id),
            case_id=str(case_id),
            case_number="WZ-2026-0001",
            subject_kind="institution",
            institution_id=institution_id,
            contractor_id=None,
            county_code=county,
            kind=kind,
            status=status,
            decided_on=min(effective_on, dt.date(2026, 5, 1)),
            effective_on=effective_on,
            ends_on=ends_on,
            reason="虚构服务记录",
        )
        return sanction_id, case_id

    def recovery(
        self,
        institution_id: str,
        amount_fen: int,
        paid_in_year: int = 2026,
        decided_on: dt.date = dt.date(2026, 6, 10),
        county: str = LUCHENG,
        recovery_id: uuid.UUID | None = None,
    ) -> uuid.UUID:
        """A recovery (追回) oversight ordered from the institution."""
        recovery_id = recovery_id or uuid.uuid4()
        self.oversight_event(
            "recovery.ordered",
            str(recovery_id),
            county,
            recovery_id=str(recovery_id),
            case_id=str(uuid.uuid4()),
            case_number="WZ-2026-0002",
            institution_id=institution_id,
            county_code=county,
            amount_fen=amount_fen,
            paid_in_year=paid_in_year,
            decided_on=decided_on,
            reason="虚构上门服务",
        )
        return recovery_id

    def evaluation(
        self,
        institution_id: str,
        deposit_release_bp: int = 5000,
        period: tuple[dt.date, dt.date] = (dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        county: str = LUCHENG,
        subject_kind: str = "institution",
    ) -> uuid.UUID:
        """A performance evaluation oversight made final for the institution."""
        evaluation_id = uuid.uuid4()
        self.oversight_event(
            "evaluation.finalized",
            str(evaluation_id),
            county,
            evaluation_id=str(evaluation_id),
            scheme_code="institution-annual",
            scheme_version=1,
            subject_kind=subject_kind,
            subject_id=institution_id,
            contract_id=None,
            county_codes=[county],
            period_from=period[0],
            period_to=period[1],
            score_bp=6000,
            grade="poor",
            fee_release_bp=10000,
            deposit_release_bp=deposit_release_bp,
            renewal_eligible=False,
            finalized_on=period[1] + dt.timedelta(days=40),
        )
        return evaluation_id

    def enrol(
        self,
        county: str = LUCHENG,
        enrolled_on: dt.date = dt.date(2020, 1, 1),
        person_id: uuid.UUID | None = None,
    ) -> uuid.UUID:
        person_id = person_id or uuid.uuid4()
        self.enrollment_event(
            "person.enrolled",
            str(person_id),
            county,
            person_id=str(person_id),
            county_code=county,
            category="retiree",
            enrolled_on=enrolled_on,
            birth_date=dt.date(1945, 3, 15),
            sex="male",
        )
        return person_id

    def status(self, person_id: uuid.UUID, status: str, effective_on: dt.date, county: str = LUCHENG) -> None:
        self.enrollment_event(
            "person.status_changed",
            str(person_id),
            county,
            person_id=str(person_id),
            county_code=county,
            status=status,
            effective_on=effective_on,
            reason="test",
        )

    def contribution(
        self,
        person_id: uuid.UUID,
        year: int,
        payer: str = "individual",
        amount_fen: int = 5000,
        county: str = LUCHENG,
        paid_on: dt.date | None = None,
        payment_id: uuid.UUID | None = None,
    ) -> uuid.UUID:
        payment_id = payment_id or uuid.uuid4()
        self.enrollment_event(
            "contribution.received",
            str(payment_id),
            county,
            payment_id=str(payment_id),
            bill_id=str(uuid.uuid4()),
            person_id=str(person_id),
            county_code=county,
            year=year,
            payer=payer,
            channel="personal_account",
            amount_fen=amount_fen,
            excess_fen=0,
            paid_on=paid_on or dt.date(year, 1, 15),
        )
        return payment_id

    def bill(
        self,
        person_id: uuid.UUID,
        year: int,
        due_fen: int = 10_000,
        grace_ends_on: dt.date | None = None,
        county: str = LUCHENG,
    ) -> None:
        """A bill run's line for the person (``bills.issued``): due by 31 March, grace to the end of June."""
        self.enrollment_event(
            "bills.issued",
            str(year),
            county,
            year=year,
            county_code=county,
            due_on=dt.date(year, 3, 31),
            grace_ends_on=grace_ends_on or dt.date(year, 6, 30),
            person_ids=[str(person_id)],
            due_fen=[due_fen],
        )

    def conclusion(
        self,
        person_id: uuid.UUID,
        level: int,
        valid_from: dt.date,
        valid_to: dt.date,
        county: str = LUCHENG,
        conclusion_id: uuid.UUID | None = None,
    ) -> uuid.UUID:
        conclusion_id = conclusion_id or uuid.uuid4()
        self.assessment_event(
            "conclusion.in_force",
            str(conclusion_id),
            county,
            conclusion_id=str(conclusion_id),
            application_id=str(uuid.uuid4()),
            person_id=str(person_id),
            county_code=county,
            level=level,
            valid_from=valid_from,
            valid_to=valid_to,
            rule_set_version="NHSA-2021-37",
            care_institution_id=None,
        )
        return conclusion_id

    async def apply(self) -> int:
        await self.session.commit()
        applied = 0
        while True:
            n = (
                await self.enrollment.poll_once()
                + await self.assessment.poll_once()
                + await self.oversight.poll_once()
            )
            if n == 0:
                return applied
            applied += n

    async def beneficiary(
        self,
        county: str = LUCHENG,
        level: int = 5,
        year: int = 2026,
        enrolled_on: dt.date = dt.date(2020, 1, 1),
    ) -> uuid.UUID:
        """An insured person who paid this year and has a severe level valid all year."""
        person = self.enrol(county, enrolled_on)
        self.bill(person, year, county=county)
        self.contribution(person, year, "individual", county=county)
        self.contribution(person, year, "employer", county=county)
        self.conclusion(person, level, dt.date(year - 1, 1, 1), dt.date(year + 1, 12, 31), county)
        await self.apply()
        return person


async def _high_water(session: AsyncSession, table: Any) -> int:
    return int(await session.scalar(select(func.coalesce(func.max(table.c.seq), 0))) or 0)


@pytest.fixture
async def feeds(
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    service_apps: dict[str, FastAPI],
) -> Feeds:
    enrollment_client: httpx.AsyncClient = signed_service_client(service_apps["enrollment"], "settlement")
    assessment_client: httpx.AsyncClient = signed_service_client(service_apps["assessment"], "settlement")
    oversight_client: httpx.AsyncClient = signed_service_client(service_apps["oversight"], "settlement")
    consumers: tuple[tuple[Any, Any], ...] = (
        (EnrollmentConsumer, enrollment_events),
        (AssessmentConsumer, assessment_events),
        (OversightConsumer, oversight_events),
    )
    for consumer_cls, table in consumers:
        await session.execute(
            consumer_cursors.insert().values(
                consumer=consumer_cls.name,
                source=consumer_cls.source,
                position=await _high_water(session, table),
            )
        )
    await session.commit()
    return Feeds(
        session,
        EnrollmentConsumer(enrollment_client, sessionmaker),
        AssessmentConsumer(assessment_client, sessionmaker),
        OversightConsumer(oversight_client, sessionmaker),
    )


@pytest.fixture(autouse=True)
async def books_balance(session: AsyncSession) -> AsyncIterator[None]:
    """Every settlement test ends with balanced books: the ledger it leaves (in its own transaction, what
    it has not committed included) sums to zero per county and per transaction. A test whose transaction
    ended in an error is not judged."""
    yield
    try:
        async with session.begin_nested():
            problems = await ledger_problems(session)
    except DBAPIError:
        return
    assert problems == [], "the ledger does not balance after this test"


from tests.races import (  # noqa: E402, F401  (the race database's fixtures)
    committing,
    race_database_url,
    race_engine,
    settlement_app,
)
from tests.settlement.world import world  # noqa: E402, F401  (the fixture, defined beside its helpers)
