"""Read models fed by the enrollment and assessment feeds: each event takes effect exactly once, even when
the consumer is killed between its effect and its commit."""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from contracts.base import EventPayload
from services.settlement.feeds.consumers import EnrollmentConsumer
from services.settlement.ledger import service as ledger
from services.settlement.models import (
    ContributionReceived,
    CoveragePeriod,
    DisabilityLevel,
    InsuredPerson,
    consumer_cursors,
)
from shared.outbox import FeedEvent
from tests.settlement.conftest import LUCHENG, Feeds


async def cursor(session: AsyncSession, name: str) -> int:
    return int(
        await session.scalar(select(consumer_cursors.c.position).where(consumer_cursors.c.consumer == name))
        or 0
    )


class TestEnrollmentFeed:
    async def test_an_enrolled_person_is_covered_from_the_enrolment_date(
        self, feeds: Feeds, session: AsyncSession
    ) -> None:
        person = feeds.enrol(enrolled_on=dt.date(2024, 3, 1))
        await feeds.apply()
        row = await session.get(InsuredPerson, person)
        assert row is not None
        assert row.county_code == LUCHENG
        periods = (
            await session.scalars(select(CoveragePeriod).where(CoveragePeriod.person_id == person))
        ).all()
        assert [(p.starts_on, p.ends_before, p.status) for p in periods] == [
            (dt.date(2024, 3, 1), None, "insured")
        ]

    async def test_the_persons_of_a_bulk_import_arrive_a_thousand_at_a_time(
        self, feeds: Feeds, session: AsyncSession
    ) -> None:
        ids = [uuid.uuid4() for _ in range(3)]
        feeds.enrollment_event(
            "persons.enrolled",
            "import-1",
            LUCHENG,
            import_id=str(uuid.uuid4()),
            county_code=LUCHENG,
            person_ids=[str(i) for i in ids],
            categories=["retiree"] * 3,
            enrolled_on=["2024-01-01", "2024-02-01", "2024-03-01"],
            birth_dates=["1944-02-03"] * 3,
            sexes=["female"] * 3,
        )
        feeds.status(ids[1], "suspended", dt.date(2024, 9, 1))
        await feeds.apply()
        rows = (await session.scalars(select(InsuredPerson).where(InsuredPerson.person_id.in_(ids)))).all()
        assert {(r.person_id, r.county_code, r.enrolled_on) for r in rows} == {
            (ids[0], LUCHENG, dt.date(2024, 1, 1)),
            (ids[1], LUCHENG, dt.date(2024, 2, 1)),
            (ids[2], LUCHENG, dt.date(2024, 3, 1)),
        }
        periods = (
            await session.scalars(
                select(CoveragePeriod)
                .where(CoveragePeriod.person_id == ids[1])
                .order_by(CoveragePeriod.starts_on)
            )
        ).all()
        assert [(p.starts_on, p.ends_before, p.status) for p in periods] == [
            (dt.date(2024, 2, 1), dt.date(2024, 9, 1), "insured"),
            (dt.date(2024, 9, 1), None, "suspended"),
        ]

    async def test_a_county_transfer_moves_the_person_to_the_new_countys_fund(
        self, feeds: Feeds, session: AsyncSession
    ) -> None:
        person = feeds.enrol(county=LUCHENG)
        feeds.enrollment_event(
            "person.county_changed",
            str(person),
            "330381",
            person_id=str(person),
            from_county_code=LUCHENG,
            county_code="330381",
            effective_on=dt.date(2024, 7, 1),
        )
        await feeds.apply()
        await session.commit()
        row = await session.get(InsuredPerson, person)
        assert row is not None
        await session.refresh(row)
        assert row.county_code == "330381"

    async def test_status_changes_split_coverage_and_death_is_recorded(
        self, feeds: Feeds, session: AsyncSession
    ) -> None:
        person = feeds.enrol(enrolled_on=dt.date(2024, 1, 1))
        feeds.status(person, "suspended", dt.date(2024, 6, 1))
        feeds.status(person, "insured", dt.date(2024, 8, 1))
        feeds.status(person, "deceased", dt.date(2025, 2, 10))
        await feeds.apply()
        periods = (
            await session.scalars(
                select(CoveragePeriod)
                .where(CoveragePeriod.person_id == person)
                .order_by(CoveragePeriod.starts_on)
            )
        ).all()
        assert [(p.starts_on, p.status) for p in periods] == [
            (dt.date(2024, 1, 1), "insured"),
            (dt.date(2024, 6, 1), "suspended"),
            (dt.date(2024, 8, 1), "insured"),
            (dt.date(2025, 2, 10), "deceased"),
        ]
        person_row = await session.get(InsuredPerson, person)
        assert person_row is not None
        assert person_row.died_on == dt.date(2025, 2, 10)

    async def test_a_contribution_received_is_income_of_the_persons_county(
        self, feeds: Feeds, session: AsyncSession
    ) -> None:
        person = feeds.enrol()
        feeds.contribution(person, 2026, "employer", amount_fen=5000)
        feeds.contribution(person, 2026, "individual", amount_fen=5000)
        await feeds.apply()
        balances = await ledger.balances(
            session, LUCHENG, since=dt.date(2026, 1, 1), until=dt.date(2026, 12, 31)
        )
        assert balances["income_contribution_employer"] <= -5000
        assert balances["income_contribution_individual"] <= -5000

    async def test_one_payment_of_both_halves_is_income_of_both_halves(
        self, feeds: Feeds, session: AsyncSession
    ) -> None:
        """A retiree's 100 元 by pension deduction: 50 元 individual, 50 元 employer half (issue 12)."""
        person = feeds.enrol(county="330305")
        payment = uuid.uuid4()
        feeds.enrollment_event(
            "contribution.received", str(payment), "330305",
            payment_id=str(payment), bill_id=str(uuid.uuid4()), person_id=str(person), county_code="330305",
            year=2026, payer="individual", channel="pension_deduction", amount_fen=10_000,
            to_employer_half_fen=5_000, excess_fen=0, paid_on=dt.date(2026, 3, 1),
        )  # fmt: skip
        await feeds.apply()
        balances = await ledger.balances(session, "330305")
        assert (balances["cash"], balances["income_contribution_individual"]) == (10_000, -5_000)
        assert balances["income_contribution_employer"] == -5_000

    async def test_a_reversed_contribution_takes_its_income_back(
        self, feeds: Feeds, session: AsyncSession
    ) -> None:
        person = feeds.enrol(county="330305")
        payment = feeds.contribution(person, 2026, "individual", amount_fen=5000, county="330305")
        feeds.enrollment_event(
            "contribution.reversed",
            str(payment),
            "330305",
            payment_id=str(payment),
            bill_id=str(uuid.uuid4()),
            person_id=str(person),
            county_code="330305",
            year=2026,
            payer="individual",
            amount_fen=5000,
            reversed_on=dt.date(2026, 2, 1),
            reason="bounced",
        )
        await feeds.apply()
        balances = await ledger.balances(session, "330305")
        assert balances.get("income_contribution_individual", 0) == 0
        payment_row = await session.get(ContributionReceived, payment)
        assert payment_row is not None
        assert payment_row.reversed_on == dt.date(2026, 2, 1)

    async def test_events_it_does_not_know_are_skipped(self, feeds: Feeds) -> None:
        feeds.enrollment_event("employer.registered", "x", LUCHENG, credit_code="91330300MA2XXXXX0X")
        assert await feeds.apply() == 1


class TestAssessmentFeed:
    async def test_a_conclusion_in_force_gives_a_level_with_validity_and_rule_set(
        self, feeds: Feeds, session: AsyncSession
    ) -> None:
        person = feeds.enrol()
        conclusion = feeds.conclusion(person, 4, dt.date(2026, 2, 1), dt.date(2028, 1, 31))
        await feeds.apply()
        level = await session.get(DisabilityLevel, conclusion)
        assert level is not None
        assert (level.level, level.valid_from, level.valid_to, level.rule_set_version) == (
            4,
            dt.date(2026, 2, 1),
            dt.date(2028, 1, 31),
            "NHSA-2021-37",
        )

    async def test_a_superseded_or_revoked_conclusion_ends_on_its_effective_date(
        self, feeds: Feeds, session: AsyncSession
    ) -> None:
        person = feeds.enrol()
        first = feeds.conclusion(person, 5, dt.date(2026, 1, 1), dt.date(2027, 12, 31))
        second = feeds.conclusion(person, 3, dt.date(2026, 6, 1), dt.date(2028, 5, 31))
        feeds.assessment_event(
            "conclusion.superseded",
            str(first),
            LUCHENG,
            conclusion_id=str(first),
            person_id=str(person),
            county_code=LUCHENG,
            superseded_by=str(second),
            effective_on=dt.date(2026, 6, 1),
            cause="reassessment",
        )
        feeds.assessment_event(
            "conclusion.revoked",
            str(second),
            LUCHENG,
            conclusion_id=str(second),
            person_id=str(person),
            county_code=LUCHENG,
            effective_on=dt.date(2026, 9, 1),
            reason="DECEASED",
        )
        await feeds.apply()
        first_row = await session.get(DisabilityLevel, first)
        second_row = await session.get(DisabilityLevel, second)
        assert first_row is not None
        assert second_row is not None
        assert (first_row.ends_on, first_row.end_cause) == (dt.date(2026, 6, 1), "reassessment")
        assert (second_row.ends_on, second_row.end_cause) == (dt.date(2026, 9, 1), "revoked")


class KilledAfterEffect(EnrollmentConsumer):
    """Makes the effect of each event, then is killed (cancelled) before the batch commits."""

    kill_after: int = 2
    effects_made: int = 0
    killed: asyncio.Event

    async def apply(self, session: AsyncSession, event: FeedEvent, payload: EventPayload) -> None:
        await super().apply(session, event, payload)
        await session.flush()
        self.effects_made += 1
        if self.effects_made == self.kill_after:
            self.killed.set()
            await asyncio.sleep(3600)  # the process dies here


class TestExactlyOnceAcrossCrashes:
    async def test_a_consumer_killed_between_effect_and_commit_applies_nothing_and_restarts_cleanly(
        self, feeds: Feeds, session: AsyncSession
    ) -> None:
        people = [feeds.enrol() for _ in range(3)]
        for person in people:
            feeds.contribution(person, 2026, "individual", amount_fen=5000, county=LUCHENG)
        await session.commit()
        before_cursor = await cursor(session, EnrollmentConsumer.name)
        before_income = (await ledger.balances(session, LUCHENG)).get("income_contribution_individual", 0)

        doomed = KilledAfterEffect(feeds.enrollment.client, feeds.enrollment.sessionmaker)
        doomed.killed = asyncio.Event()
        task = asyncio.create_task(doomed.poll_once())
        await doomed.killed.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

        assert await cursor(session, EnrollmentConsumer.name) == before_cursor
        known = await session.scalar(
            select(func.count()).select_from(InsuredPerson).where(InsuredPerson.person_id.in_(people))
        )
        assert known == 0, "the effects of the killed batch were rolled back with its cursor"

        assert await feeds.enrollment.poll_once() == 6
        assert await feeds.enrollment.poll_once() == 0
        after_income = (await ledger.balances(session, LUCHENG)).get("income_contribution_individual", 0)
        assert after_income - before_income == -3 * 5000, "each contribution counted exactly once"
        known = await session.scalar(
            select(func.count()).select_from(InsuredPerson).where(InsuredPerson.person_id.in_(people))
        )
        assert known == 3
