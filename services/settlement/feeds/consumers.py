"""Consumers of the enrollment and assessment feeds (``contracts.enrollment``, ``contracts.assessment``).

Each event's effect is made in the consumer's transaction, together with its cursor (``FeedConsumer``);
event types they do not handle are skipped. Contributions received become fund income in the ledger.

Policy: both **stop** at an event they cannot apply (dead letter) until an operator retries or discards it
(``python -m services.launcher dead-letters``). Order matters in both feeds and they carry money: a payment
before its person's enrolment, a bill run missing, or a conclusion's end before its start would leave the
ledger, the ``NOT_COVERED`` check or a month's levels quietly wrong, which is worse than a late settlement.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import ClassVar

from sqlalchemy import text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from contracts import assessment, enrollment
from contracts.base import EventPayload
from services.settlement.ledger import service as ledger
from services.settlement.models import (
    ApplicationReceived,
    ContributionReceived,
    ContributionsDue,
    CountyScheme,
    DisabilityLevel,
    InsuredPerson,
    PersonBill,
    PersonStatusChange,
    consumer_cursors,
    feed_dead_letters,
)
from shared.consumer import FeedConsumer, OnFailure
from shared.outbox import FeedEvent

FEED_ACTOR = "feed"


async def rebuild_coverage(session: AsyncSession, person_ids: Sequence[uuid.UUID]) -> None:
    """The persons' status as half-open date ranges: insured from the enrolment date, then the status
    history (the last change of a day wins)."""
    params = {"ids": list(person_ids)}
    await session.execute(text("DELETE FROM settlement.coverage_periods WHERE person_id = ANY(:ids)"), params)
    await session.execute(
        text(
            """
            INSERT INTO settlement.coverage_periods (person_id, starts_on, ends_before, status)
            SELECT person_id, effective_on,
                   lead(effective_on) OVER (PARTITION BY person_id ORDER BY effective_on), status
              FROM (SELECT DISTINCT ON (person_id, effective_on) person_id, effective_on, status
                      FROM (SELECT person_id, enrolled_on AS effective_on, 'insured' AS status,
                                   0::bigint AS seq
                              FROM settlement.insured_persons WHERE person_id = ANY(:ids)
                            UNION ALL
                            SELECT person_id, effective_on, status, seq
                              FROM settlement.person_status_changes WHERE person_id = ANY(:ids)) history
                     ORDER BY person_id, effective_on, seq DESC) last_of_day
            """
        ),
        params,
    )


async def _add_paid(session: AsyncSession, person_id: uuid.UUID, year: int, amount: int) -> None:
    await session.execute(
        update(PersonBill)
        .where(PersonBill.person_id == person_id, PersonBill.year == year)
        .values(paid_fen=PersonBill.paid_fen + amount)
    )


async def persons_enrolled(
    session: AsyncSession, p: enrollment.PersonsEnrolled | enrollment.PersonEnrolled
) -> None:
    """The persons of a bulk import, up to a thousand of one county per event (as columns), in three
    statements; one enrolled through the API (``person.enrolled``) the same way."""
    if isinstance(p, enrollment.PersonEnrolled):
        columns = {"ids": [p.person_id], "categories": [p.category], "enrolled_on": [p.enrolled_on],
                   "birth_dates": [p.birth_date], "sexes": [p.sex]}  # fmt: skip
    else:
        columns = {"ids": p.person_ids, "categories": p.categories, "enrolled_on": p.enrolled_on,
                   "birth_dates": p.birth_dates, "sexes": p.sexes}  # fmt: skip
    ids = list(
        (
            await session.scalars(
                text(
                    """
                    INSERT INTO settlement.insured_persons (person_id, county_code, category, enrolled_on,
                                                            birth_date, sex)
                    SELECT person_id, :county, category, enrolled_on, birth_date, sex
                      FROM unnest(cast(:ids AS uuid[]), cast(:categories AS text[]),
                                  cast(:enrolled_on AS date[]), cast(:birth_dates AS date[]),
                                  cast(:sexes AS text[]))
                           AS x(person_id, category, enrolled_on, birth_date, sex)
                    ON CONFLICT (person_id) DO UPDATE
                       SET county_code = excluded.county_code, category = excluded.category,
                           enrolled_on = excluded.enrolled_on, birth_date = excluded.birth_date,
                           sex = excluded.sex
                    RETURNING person_id
                    """
                ),
                {"county": p.county_code, **columns},
            )
        ).all()
    )
    await rebuild_coverage(session, ids)


async def person_status_changed(session: AsyncSession, seq: int, p: enrollment.PersonStatusChanged) -> None:
    await session.execute(
        pg_insert(PersonStatusChange)
        .values(seq=seq, person_id=p.person_id, status=p.status, effective_on=p.effective_on, reason=p.reason)
        .on_conflict_do_nothing()
    )
    if p.status == "deceased":
        await session.execute(
            update(InsuredPerson).where(InsuredPerson.person_id == p.person_id).values(died_on=p.effective_on)
        )
    await rebuild_coverage(session, [p.person_id])


async def person_county_changed(session: AsyncSession, p: enrollment.PersonCountyChanged) -> None:
    await session.execute(
        update(InsuredPerson).where(InsuredPerson.person_id == p.person_id).values(county_code=p.county_code)
    )


def _halves(p: enrollment.ContributionReceived) -> list[tuple[str, int]]:
    """Income per half: a person who owes both halves may settle both with one payment."""
    if p.payer == "employer":
        return [("employer", p.amount_fen)]
    return [("individual", p.amount_fen - p.to_employer_half_fen), ("employer", p.to_employer_half_fen)]


async def contribution_received(session: AsyncSession, p: enrollment.ContributionReceived) -> None:
    inserted = await session.scalar(
        pg_insert(ContributionReceived)
        .values(
            payment_id=p.payment_id,
            person_id=p.person_id,
            county_code=p.county_code,
            year=p.year,
            payer=p.payer,
            amount_fen=p.amount_fen,
            paid_on=p.paid_on,
        )
        .on_conflict_do_nothing()
        .returning(ContributionReceived.payment_id)
    )
    if inserted is None:
        return
    await _add_paid(session, p.person_id, p.year, p.amount_fen)
    await ledger.post(
        session,
        client_id=f"contribution:{p.payment_id}",
        county_code=p.county_code,
        posted_on=p.paid_on,
        kind="contribution",
        legs=[
            ledger.Leg("cash", p.amount_fen),
            *(ledger.Leg(f"income_contribution_{half}", -amount) for half, amount in _halves(p) if amount),
        ],
        created_by=FEED_ACTOR,
        memo=f"{p.payer} contribution {p.year} via {p.channel}",
    )


async def contribution_reversed(session: AsyncSession, p: enrollment.ContributionReversed) -> None:
    await session.execute(
        update(ContributionReceived)
        .where(ContributionReceived.payment_id == p.payment_id)
        .values(reversed_on=p.reversed_on)
    )
    await _add_paid(session, p.person_id, p.year, -p.amount_fen)
    await ledger.post(
        session,
        client_id=f"contribution-reversal:{p.payment_id}",
        county_code=p.county_code,
        posted_on=p.reversed_on,
        kind="contribution_reversal",
        legs=[
            ledger.Leg("cash", -p.amount_fen),
            ledger.Leg(f"income_contribution_{p.payer}", p.amount_fen),
        ],
        created_by=FEED_ACTOR,
        memo=p.reason or "",
    )


async def bills_issued(session: AsyncSession, p: enrollment.BillsIssued) -> None:
    """What each person of a bill run owes (a thousand of one county per event)."""
    await session.execute(
        text(
            """
            INSERT INTO settlement.person_bills (person_id, year, due_fen, paid_fen, due_on, grace_ends_on)
            SELECT x.person_id, :year, x.due_fen,
                   coalesce((SELECT sum(c.amount_fen) FROM settlement.contributions_received c
                              WHERE c.person_id = x.person_id AND c.year = :year
                                AND c.reversed_on IS NULL), 0),
                   :due_on, :grace_ends_on
              FROM unnest(cast(:ids AS uuid[]), cast(:due AS bigint[])) AS x(person_id, due_fen)
            ON CONFLICT (person_id, year) DO UPDATE
               SET due_fen = excluded.due_fen, due_on = excluded.due_on,
                   grace_ends_on = excluded.grace_ends_on
            """
        ),
        {
            "year": p.year,
            "ids": p.person_ids,
            "due": p.due_fen,
            "due_on": p.due_on,
            "grace_ends_on": p.grace_ends_on,
        },
    )


async def bills_generated(session: AsyncSession, p: enrollment.BillsGenerated) -> None:
    """A bill run's totals in one county are added to the year's: a later run bills only the persons enrolled
    since (the consumer applies each event once, so adding is safe)."""
    stmt = pg_insert(ContributionsDue).values(
        year=p.year, county_code=p.county_code, bills=p.bills, amount_due_fen=p.amount_due_fen
    )
    await session.execute(
        stmt.on_conflict_do_update(
            index_elements=[ContributionsDue.year, ContributionsDue.county_code],
            set_={
                "bills": ContributionsDue.bills + stmt.excluded.bills,
                "amount_due_fen": ContributionsDue.amount_due_fen + stmt.excluded.amount_due_fen,
            },
        )
    )


async def county_scheme_changed(session: AsyncSession, p: enrollment.CountySchemeChanged) -> None:
    """The unit's scheme start; an older version arriving late changes nothing."""
    stmt = pg_insert(CountyScheme).values(
        county_code=p.county_code, scheme_start_on=p.scheme_start_on, confirmed=p.confirmed, version=p.version
    )
    await session.execute(
        stmt.on_conflict_do_update(
            index_elements=[CountyScheme.county_code],
            set_={
                "scheme_start_on": stmt.excluded.scheme_start_on,
                "confirmed": stmt.excluded.confirmed,
                "version": stmt.excluded.version,
            },
            where=CountyScheme.version < stmt.excluded.version,
        )
    )


class EnrollmentConsumer(FeedConsumer):
    name = "settlement.enrollment"
    source = "enrollment"
    contract = enrollment.FEED
    handles: ClassVar[tuple[type[EventPayload], ...]] = tuple(enrollment.FEED.events.values())
    on_failure = OnFailure.STOP
    cursors = consumer_cursors
    dead_letters = feed_dead_letters

    async def apply(self, session: AsyncSession, event: FeedEvent, payload: EventPayload) -> None:
        match payload:
            case enrollment.PersonEnrolled() | enrollment.PersonsEnrolled():
                await persons_enrolled(session, payload)
            case enrollment.PersonStatusChanged():
                await person_status_changed(session, event.seq, payload)
            case enrollment.PersonCountyChanged():
                await person_county_changed(session, payload)
            case enrollment.ContributionReceived():
                await contribution_received(session, payload)
            case enrollment.ContributionReversed():
                await contribution_reversed(session, payload)
            case enrollment.BillsIssued():
                await bills_issued(session, payload)
            case enrollment.BillsGenerated():
                await bills_generated(session, payload)
            case enrollment.CountySchemeChanged():
                await county_scheme_changed(session, payload)


class AssessmentConsumer(FeedConsumer):
    name = "settlement.assessment"
    source = "assessment"
    contract = assessment.FEED
    handles: ClassVar[tuple[type[EventPayload], ...]] = tuple(assessment.FEED.events.values())
    on_failure = OnFailure.STOP
    cursors = consumer_cursors
    dead_letters = feed_dead_letters

    async def apply(self, session: AsyncSession, event: FeedEvent, payload: EventPayload) -> None:
        match payload:
            case assessment.ApplicationReceived():
                await session.execute(
                    pg_insert(ApplicationReceived)
                    .values(
                        application_id=payload.application_id,
                        county_code=payload.county_code,
                        received_on=payload.received_on,
                        accepted=payload.accepted,
                    )
                    .on_conflict_do_nothing()
                )
            case assessment.ConclusionInForce():
                values = {
                    "conclusion_id": payload.conclusion_id,
                    "person_id": payload.person_id,
                    "county_code": payload.county_code,
                    "level": payload.level,
                    "valid_from": payload.valid_from,
                    "valid_to": payload.valid_to,
                    "rule_set_version": payload.rule_set_version,
                }
                stmt = pg_insert(DisabilityLevel).values(values)
                await session.execute(
                    stmt.on_conflict_do_update(
                        index_elements=[DisabilityLevel.conclusion_id],
                        set_={k: stmt.excluded[k] for k in values if k != "conclusion_id"},
                    )
                )
            case assessment.ConclusionSuperseded() | assessment.ConclusionRevoked():
                cause = payload.cause if isinstance(payload, assessment.ConclusionSuperseded) else "revoked"
                await session.execute(
                    update(DisabilityLevel)
                    .where(DisabilityLevel.conclusion_id == payload.conclusion_id)
                    .values(ends_on=payload.effective_on, end_cause=cause)
                )
