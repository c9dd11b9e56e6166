"""The accounting units (the city's counties) a service holds: enrollment owns them, assessment and settlement
keep a copy the launcher loads with the reference data. Each service binds these to its own table; the
rule a request's county follows is ``Principal.require_counties`` (``COUNTY_UNKNOWN``, then
``COUNTY_OUT_OF_SCOPE``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute


async def unit_codes(session: AsyncSession, code: InstrumentedAttribute[str]) -> frozenset[str]:
    """The codes of the accounting units (13 rows: read whole, once per request that names a county)."""
    return frozenset((await session.scalars(select(code))).all())


async def load_units(session: AsyncSession, model: Any, units: Iterable[tuple[str, str]]) -> None:
    """Insert or rename the units ``(code, name)`` in ``model``'s table (a copy: ``code`` and ``name``)."""
    rows = [{"code": code, "name": name} for code, name in units]
    if not rows:
        return
    stmt = insert(model).values(rows)
    await session.execute(
        stmt.on_conflict_do_update(index_elements=[model.code], set_={"name": stmt.excluded.name})
    )
