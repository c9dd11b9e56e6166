"""The SQL of the accounting units. The list is read on every page of every client, so it is one statement
written once, run on the driver's connection (``shared.db.ReadDep``) and mapped straight to the response."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.enrollment.models import County, CountyScheme
from shared.accounting_units import unit_codes

# each unit with its latest year's insured figures and the scheme start in force (its newest version);
# $1: one unit's code, or NULL for all of them
_COUNTIES = """
SELECT c.code, c.name, c.kind,
       t.year, t.employee_insured, t.target_assured, t.target_stretch, t.source,
       s.id AS version, s.scheme_start_on, s.basis, s.confirmed, s.reason, s.recorded_by, s.recorded_at
  FROM enrollment.counties c
  LEFT JOIN LATERAL (
        SELECT t.year, t.employee_insured, t.target_assured, t.target_stretch, t.source
          FROM enrollment.county_insured_targets t
         WHERE t.county_code = c.code ORDER BY t.year DESC LIMIT 1) t ON true
  LEFT JOIN LATERAL (
        SELECT s.id, s.scheme_start_on, s.basis, s.confirmed, s.reason, s.recorded_by, s.recorded_at
          FROM enrollment.county_schemes s
         WHERE s.county_code = c.code ORDER BY s.id DESC LIMIT 1) s ON true
 WHERE $1::text IS NULL OR c.code = $1::text
 ORDER BY c.sort_order
"""


async def list_counties(connection: Any, code: str | None = None) -> list[Any]:
    """Units in their customary order (only ``code`` when given): asyncpg records of :data:`_COUNTIES`."""
    return list(await connection.fetch(_COUNTIES, code))


async def known_codes(session: AsyncSession) -> frozenset[str]:
    """The codes of every accounting unit."""
    return await unit_codes(session, County.code)


async def known_codes_read(connection: Any) -> frozenset[str]:
    """:func:`known_codes` on a driver connection (``shared.db.ReadDep``)."""
    return frozenset(r[0] for r in await connection.fetch("SELECT code FROM enrollment.counties"))


async def get(session: AsyncSession, code: str, *, lock: bool = False) -> County | None:
    """The unit, its row locked when ``lock`` (changes of one unit take turns)."""
    return await session.get(County, code, with_for_update=lock)


async def scheme_start(session: AsyncSession, code: str) -> dt.date | None:
    """The scheme start of the unit's newest version (None: none recorded)."""
    stmt = (
        select(CountyScheme.scheme_start_on)
        .where(CountyScheme.county_code == code)
        .order_by(CountyScheme.id.desc())
        .limit(1)
    )
    return await session.scalar(stmt)


async def scheme_history(session: AsyncSession, code: str) -> list[CountyScheme]:
    stmt = select(CountyScheme).where(CountyScheme.county_code == code).order_by(CountyScheme.id.desc())
    return list((await session.scalars(stmt)).all())
