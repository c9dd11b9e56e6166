"""The accounting units the fund keeps books for (the city's counties; the launcher passes enrollment's)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.models import AccountingUnit, CountyScheme
from shared.principal import Principal


async def load_accounting_units(session: AsyncSession, units: Iterable[tuple[str, str]]) -> None:
    rows = [{"code": code, "name": name} for code, name in units]
    if not rows:
        return
    stmt = insert(AccountingUnit).values(rows)
    await session.execute(
        stmt.on_conflict_do_update(index_elements=[AccountingUnit.code], set_={"name": stmt.excluded.name})
    )


async def known_counties(session: AsyncSession) -> frozenset[str]:
    """The codes of the accounting units (13 rows: read whole, once per request that names a county)."""
    return frozenset((await session.scalars(select(AccountingUnit.code))).all())


async def require_county(session: AsyncSession, principal: Principal, county_code: str, field: str) -> None:
    """A county the request names (``field``: ``query.county_code``, ``body.county_code``, …): an accounting
    unit (else ``COUNTY_UNKNOWN``) within the caller's counties (else ``COUNTY_OUT_OF_SCOPE``) —
    ``Principal.require_counties``, the rule every service follows."""
    principal.require_county(county_code, known=await known_counties(session), field=field)


async def load_county_schemes(session: AsyncSession, schemes: Iterable[tuple[str, dt.date, bool]]) -> None:
    """Each unit's scheme start as the reference data ships it (the launcher passes enrollment's), as
    version 0: a change enrollment announces later (``county.scheme_changed``) supersedes it; a unit that
    has one already keeps it."""
    rows = [
        {"county_code": code, "scheme_start_on": start, "confirmed": confirmed, "version": 0}
        for code, start, confirmed in schemes
    ]
    if rows:
        await session.execute(insert(CountyScheme).values(rows).on_conflict_do_nothing())
