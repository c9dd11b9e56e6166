"""The SQL of the accounting units. The list is read on every page of every client, so it is one statement
written once, run on the driver's connection (``shared.db.ReadDep``) and mapped straight to the response."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.enrollment.models import CountyScheme

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


async def scheme_history(session: AsyncSession, code: str) -> list[CountyScheme]:
    stmt = select(CountyScheme).where(CountyScheme.county_code == code).order_by(CountyScheme.id.desc())
    return list((await session.scalars(stmt)).all())
