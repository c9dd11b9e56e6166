from __future__ import annotations

import datetime as dt
import functools
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


_PERSON_COLUMNS = (
    "id, id_number, name, sex, birth_date, category, county_code, employer_credit_code, enrolled_on, "
    "status, status_on, created_at"
)


@functools.cache
def list_sql(*, scoped: bool, county: bool, status: bool, after: bool) -> str:
    """A page of persons in id order, with the filters asked for (each combination written once, so each is
    prepared once per connection and keeps its own plan: ``id > $n`` stays an index condition).

    Parameters in this order, those asked for only: the caller's counties (``text[]``), one county, a
    status, the id after which the page starts; then the row limit."""
    conditions: list[str] = []
    for asked, condition in (
        (scoped, "county_code = ANY(${}::text[])"),
        (county, "county_code = ${}::text"),
        (status, "status = ${}::text"),
        (after, "id > ${}::uuid"),
    ):
        if asked:
            conditions.append(condition.format(len(conditions) + 1))
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    return (
        f"SELECT {_PERSON_COLUMNS} FROM enrollment.persons{where} "
        f"ORDER BY id LIMIT ${len(conditions) + 1}::int"
    )


async def list_page(
    connection: Any,
    *,
    counties: list[str] | None,
    county_code: str | None,
    status: str | None,
    after: uuid.UUID | None,
    limit: int,
) -> list[Any]:
    """Up to ``limit`` persons after ``after`` (asyncpg records), on a driver connection."""
    sql = list_sql(
        scoped=counties is not None,
        county=county_code is not None,
        status=status is not None,
        after=after is not None,
    )
    args = [a for a in (counties, county_code, status, after) if a is not None]
    return list(await connection.fetch(sql, *args, limit))
