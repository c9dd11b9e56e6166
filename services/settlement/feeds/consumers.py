"""Consumers of the enrollment and assessment feeds (contract: ``docs/contracts.md``).

Each event's effect is made in the consumer's transaction, together with its cursor (``FeedConsumer``);
unknown event types are skipped. Contributions received become fund income in the ledger.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, ClassVar

import structlog
from fastapi import FastAPI
from sqlalchemy import text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.ledger import service as ledger
from services.settlement.models import (
    ApplicationReceived,
    ContributionReceived,
    ContributionsDue,
    DisabilityLevel,
    InsuredPerson,
    PersonBill,
    PersonStatusChange,
    consumer_cursors,
)
from shared.app import internal_client
from shared.consumer import FeedConsumer
from shared.outbox import FeedEvent

_log = structlog.get_logger("settlement.feeds")
FEED_ACTOR = "feed"


def _date(value: Any) -> dt.date:
    return dt.date.fromisoformat(str(value))


async def rebuild_coverage(session: AsyncSession, person_ids: list[uuid.UUID]) -> None:
    """The persons' status as half-open date ranges: insured from the enrolment date, then the status
    history (the last change of a day wins)."""
    params = {"ids": person_ids}
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


async def _status_change(
    session: AsyncSession, seq: int, person_id: uuid.UUID, status: str, effective_on: dt.date, reason: Any
) -> None:
    await session.execute(
        pg_insert(PersonStatusChange)
        .values(seq=seq, person_id=person_id, status=status, effective_on=effective_on, reason=reason)
        .on_conflict_do_nothing()
    )


async def _add_paid(session: AsyncSession, person_id: uuid.UUID, year: int, amount: int) -> None:
    await session.execute(
        update(PersonBill)
        .where(PersonBill.person_id == person_id, PersonBill.year == year)
        .values(paid_fen=PersonBill.paid_fen + amount)
    )


class EnrollmentConsumer(FeedConsumer):
    name = "settlement.enrollment"
    source = "enrollment"

    async def apply(self, session: AsyncSession, event: FeedEvent) -> None:
        handler = self.handlers.get(event.event_type)
        if handler is not None:
            await handler(session, event.seq, event.payload)

    @staticmethod
    async def person_enrolled(session: AsyncSession, seq: int, p: dict[str, Any]) -> None:
        """One person enrolled through the API: the effect of ``persons.enrolled`` for one."""
        person_id = str(uuid.UUID(p["person_id"]))
        await EnrollmentConsumer.persons_enrolled(
            session,
            seq,
            {
                "county_code": p["county_code"],
                "person_ids": [person_id],
                "categories": [p["category"]],
                "enrolled_on": [p["enrolled_on"]],
                "birth_dates": [p.get("birth_date")],
                "sexes": [p.get("sex")],
            },
        )

    @staticmethod
    async def persons_enrolled(session: AsyncSession, seq: int, p: dict[str, Any]) -> None:
        """The persons of a bulk import, up to a thousand of one county per event (as columns), in three
        statements."""
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
                    {
                        "county": p["county_code"],
                        "ids": [uuid.UUID(i) for i in p["person_ids"]],
                        "categories": p["categories"],
                        "enrolled_on": [_date(d) for d in p["enrolled_on"]],
                        "birth_dates": [_date(d) if d else None for d in p["birth_dates"]],
                        "sexes": p["sexes"],
                    },
                )
            ).all()
        )
        await rebuild_coverage(session, ids)

    @staticmethod
    async def person_status_changed(session: AsyncSession, seq: int, p: dict[str, Any]) -> None:
        person_id = uuid.UUID(p["person_id"])
        effective_on = _date(p["effective_on"])
        await _status_change(session, seq, person_id, p["status"], effective_on, p.get("reason"))
        if p["status"] == "deceased":
            await session.execute(
                update(InsuredPerson).where(InsuredPerson.person_id == person_id).values(died_on=effective_on)
            )
        await rebuild_coverage(session, [person_id])

    @staticmethod
    async def person_county_changed(session: AsyncSession, seq: int, p: dict[str, Any]) -> None:
        await session.execute(
            update(InsuredPerson)
            .where(InsuredPerson.person_id == uuid.UUID(p["person_id"]))
            .values(county_code=p["county_code"])
        )

    @staticmethod
    async def contribution_received(session: AsyncSession, seq: int, p: dict[str, Any]) -> None:
        payment_id = uuid.UUID(p["payment_id"])
        inserted = await session.scalar(
            pg_insert(ContributionReceived)
            .values(
                payment_id=payment_id,
                person_id=uuid.UUID(p["person_id"]),
                county_code=p["county_code"],
                year=int(p["year"]),
                payer=p["payer"],
                amount_fen=int(p["amount_fen"]),
                paid_on=_date(p["paid_on"]),
            )
            .on_conflict_do_nothing()
            .returning(ContributionReceived.payment_id)
        )
        if inserted is None:
            return
        amount = int(p["amount_fen"])
        await _add_paid(session, uuid.UUID(p["person_id"]), int(p["year"]), amount)
        await ledger.post(
            session,
            client_id=f"contribution:{payment_id}",
            county_code=p["county_code"],
            posted_on=_date(p["paid_on"]),
            kind="contribution",
            legs=[
                ledger.Leg("cash", amount),
                ledger.Leg(f"income_contribution_{p['payer']}", -amount),
            ],
            created_by=FEED_ACTOR,
            memo=f"{p['payer']} contribution {p['year']} via {p.get('channel', '')}",
        )

    @staticmethod
    async def contribution_reversed(session: AsyncSession, seq: int, p: dict[str, Any]) -> None:
        payment_id = uuid.UUID(p["payment_id"])
        reversed_on = _date(p["reversed_on"])
        await session.execute(
            update(ContributionReceived)
            .where(ContributionReceived.payment_id == payment_id)
            .values(reversed_on=reversed_on)
        )
        amount = int(p["amount_fen"])
        await _add_paid(session, uuid.UUID(p["person_id"]), int(p["year"]), -amount)
        await ledger.post(
            session,
            client_id=f"contribution-reversal:{payment_id}",
            county_code=p["county_code"],
            posted_on=reversed_on,
            kind="contribution_reversal",
            legs=[
                ledger.Leg("cash", -amount),
                ledger.Leg(f"income_contribution_{p['payer']}", amount),
            ],
            created_by=FEED_ACTOR,
            memo=str(p.get("reason") or ""),
        )

    @staticmethod
    async def bills_issued(session: AsyncSession, seq: int, p: dict[str, Any]) -> None:
        """What each person of a bill run owes (a thousand of one county per event)."""
        await session.execute(
            text(
                """
                INSERT INTO settlement.person_bills (person_id, year, due_fen, paid_fen, due_on,
                                                     grace_ends_on)
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
                "year": int(p["year"]),
                "ids": [uuid.UUID(i) for i in p["person_ids"]],
                "due": [int(d) for d in p["due_fen"]],
                "due_on": _date(p["due_on"]),
                "grace_ends_on": _date(p["grace_ends_on"]),
            },
        )

    @staticmethod
    async def bills_generated(session: AsyncSession, seq: int, p: dict[str, Any]) -> None:
        stmt = pg_insert(ContributionsDue).values(
            year=int(p["year"]),
            county_code=p.get("county_code") or "*",
            bills=int(p["bills"]),
            amount_due_fen=int(p["amount_due_fen"]),
        )
        await session.execute(
            stmt.on_conflict_do_update(
                index_elements=[ContributionsDue.year, ContributionsDue.county_code],
                set_={"bills": stmt.excluded.bills, "amount_due_fen": stmt.excluded.amount_due_fen},
            )
        )

    handlers: ClassVar[dict[str, Callable[[AsyncSession, int, dict[str, Any]], Awaitable[None]]]] = {
        "person.enrolled": person_enrolled,
        "persons.enrolled": persons_enrolled,
        "person.status_changed": person_status_changed,
        "person.county_changed": person_county_changed,
        "contribution.received": contribution_received,
        "contribution.reversed": contribution_reversed,
        "bills.generated": bills_generated,
        "bills.issued": bills_issued,
    }


class AssessmentConsumer(FeedConsumer):
    name = "settlement.assessment"
    source = "assessment"

    async def apply(self, session: AsyncSession, event: FeedEvent) -> None:
        p = event.payload
        if event.event_type == "application.received":
            await session.execute(
                pg_insert(ApplicationReceived)
                .values(
                    application_id=uuid.UUID(p["application_id"]),
                    county_code=p["county_code"],
                    received_on=_date(p["received_on"]),
                    accepted=bool(p["accepted"]),
                )
                .on_conflict_do_nothing()
            )
        elif event.event_type == "conclusion.in_force":
            values = {
                "conclusion_id": uuid.UUID(p["conclusion_id"]),
                "person_id": uuid.UUID(p["person_id"]),
                "county_code": p["county_code"],
                "level": int(p["level"]),
                "valid_from": _date(p["valid_from"]),
                "valid_to": _date(p["valid_to"]),
                "rule_set_version": p["rule_set_version"],
            }
            stmt = pg_insert(DisabilityLevel).values(values)
            await session.execute(
                stmt.on_conflict_do_update(
                    index_elements=[DisabilityLevel.conclusion_id],
                    set_={k: stmt.excluded[k] for k in values if k != "conclusion_id"},
                )
            )
        elif event.event_type in ("conclusion.superseded", "conclusion.revoked"):
            cause = p.get("cause") or "revoked"
            await session.execute(
                update(DisabilityLevel)
                .where(DisabilityLevel.conclusion_id == uuid.UUID(p["conclusion_id"]))
                .values(ends_on=_date(p["effective_on"]), end_cause=cause)
            )


@contextlib.asynccontextmanager
async def run_consumers(app: FastAPI) -> AsyncIterator[None]:
    """The lifespan part: one task per feed, stopped cleanly on shutdown. A producer that is down or
    has no feed yet only delays its consumer (backing off), it never stops the service."""
    settings = app.state.settings
    stop = asyncio.Event()
    clients = {
        source: internal_client(settings, "settlement", source) for source in ("enrollment", "assessment")
    }
    consumers: list[FeedConsumer] = [
        EnrollmentConsumer(clients["enrollment"], app.state.sessionmaker, consumer_cursors),
        AssessmentConsumer(clients["assessment"], app.state.sessionmaker, consumer_cursors),
    ]
    app.state.consumers = consumers
    tasks = [asyncio.create_task(c.run(stop), name=f"consumer:{c.name}") for c in consumers]
    try:
        yield
    finally:
        stop.set()
        for task in tasks:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(task, timeout=10)
        for client in clients.values():
            await client.aclose()
