from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.enrollment.models import Person, PersonCountyChange, PersonStatusChange


async def by_id(session: AsyncSession, person_id: uuid.UUID, *, lock: bool = False) -> Person | None:
    stmt = select(Person).where(Person.id == person_id)
    if lock:
        stmt = stmt.with_for_update()
    return (await session.scalars(stmt)).first()


async def by_id_number(session: AsyncSession, id_number: str) -> Person | None:
    return (await session.scalars(select(Person).where(Person.id_number == id_number))).first()


async def id_of(connection: Any, id_number: str) -> uuid.UUID | None:
    """The platform id of the person with this ID number, on a driver connection (``shared.db.ReadDep``)."""
    found: uuid.UUID | None = await connection.fetchval(
        "SELECT id FROM enrollment.persons WHERE id_number = $1::text", id_number
    )
    return found


@dataclass(frozen=True)
class StatusEntry:
    """One status of a person from a date on: the implied enrolment one or a recorded change."""

    status: str
    effective_on: dt.date
    reason: str
    recorded_by: str
    recorded_at: dt.datetime

    @classmethod
    def of(cls, change: PersonStatusChange) -> StatusEntry:
        return cls(change.status, change.effective_on, change.reason, change.recorded_by, change.recorded_at)


def enrolment(person: Person) -> StatusEntry:
    """The first status, insured from the enrolment date, implied by the enrolment itself."""
    reason = (
        "enrolment"
        if person.enrolment_import_id is None
        else f"enrolment by import {person.enrolment_import_id}"
    )
    return StatusEntry("insured", person.enrolled_on, reason, person.enrolled_by, person.created_at)


def _changes(person: Person) -> Select[PersonStatusChange]:
    return select(PersonStatusChange).where(PersonStatusChange.person_id == person.id)


async def history(session: AsyncSession, person: Person) -> list[StatusEntry]:
    stmt = _changes(person).order_by(PersonStatusChange.effective_on, PersonStatusChange.id)
    return [enrolment(person), *(StatusEntry.of(c) for c in await session.scalars(stmt))]


async def latest_change(session: AsyncSession, person: Person) -> StatusEntry:
    stmt = _changes(person).order_by(PersonStatusChange.effective_on.desc(), PersonStatusChange.id.desc())
    change = (await session.scalars(stmt.limit(1))).first()
    return enrolment(person) if change is None else StatusEntry.of(change)


async def county_transfers(session: AsyncSession, person: Person) -> list[PersonCountyChange]:
    stmt = (
        select(PersonCountyChange)
        .where(PersonCountyChange.person_id == person.id)
        .order_by(PersonCountyChange.effective_on, PersonCountyChange.id)
    )
    return list((await session.scalars(stmt)).all())
