"""The SQL of insured persons: the ORM reads of a person and their history, and the statements of the hot
reads (a page of persons, coverage on a date) written once and run on the driver's connection
(``shared.db.ReadDep``)."""

from __future__ import annotations

import datetime as dt
import functools
import uuid
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


def _changes(person_id: uuid.UUID) -> Select[PersonStatusChange]:
    return select(PersonStatusChange).where(PersonStatusChange.person_id == person_id)


async def status_changes(session: AsyncSession, person_id: uuid.UUID) -> list[PersonStatusChange]:
    """The recorded changes of a person's status, in the order they took effect."""
    stmt = _changes(person_id).order_by(PersonStatusChange.effective_on, PersonStatusChange.id)
    return list((await session.scalars(stmt)).all())


async def latest_status_change(session: AsyncSession, person_id: uuid.UUID) -> PersonStatusChange | None:
    stmt = _changes(person_id).order_by(PersonStatusChange.effective_on.desc(), PersonStatusChange.id.desc())
    return (await session.scalars(stmt.limit(1))).first()


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


# $1 the person, $2 the date asked about, $3 its year
_COVERAGE_FACTS = """
    SELECT p.county_code,
           coalesce(last_change.status, CASE WHEN $2::date >= p.enrolled_on THEN 'insured' END) AS status,
           b.employer_paid_fen + b.individual_paid_fen
               >= b.employer_due_fen + b.individual_due_fen AS settled,
           b.due_on + pol.grace_period_days AS grace_ends_on,
           ic.institution_id AS care_institution_id,
           (SELECT s.scheme_start_on FROM enrollment.county_schemes s
             WHERE s.county_code = p.county_code ORDER BY s.id DESC LIMIT 1) AS scheme_start_on
      FROM enrollment.persons p
      LEFT JOIN LATERAL (
            SELECT c.status FROM enrollment.person_status_changes c
             WHERE c.person_id = p.id AND c.effective_on <= $2::date
             ORDER BY c.effective_on DESC, c.id DESC LIMIT 1) last_change ON true
      LEFT JOIN enrollment.contribution_bills b ON b.person_id = p.id AND b.year = $3::smallint
      LEFT JOIN enrollment.contribution_policies pol ON pol.year = b.year
      LEFT JOIN enrollment.institution_clients ic ON ic.person_id = p.id
     WHERE p.id = $1::uuid
"""


async def coverage_facts(connection: Any, person_id: uuid.UUID, on: dt.date) -> Any:
    """What coverage on ``on`` is decided from (an asyncpg record of :data:`_COVERAGE_FACTS`; None: no such
    person), in one statement on a driver connection."""
    return await connection.fetchrow(_COVERAGE_FACTS, person_id, on, on.year)
