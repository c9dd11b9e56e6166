"""The accounting units the fund keeps books for (the city's counties; the launcher passes enrollment's)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.models import AccountingUnit, CountyScheme
from shared.accounting_units import load_units, unit_codes
from shared.principal import Principal


async def load_accounting_units(session: AsyncSession, units: Iterable[tuple[str, str]]) -> None:
    await load_units(session, AccountingUnit, units)


async def known_counties(session: AsyncSession) -> frozenset[str]:
    return await unit_codes(session, AccountingUnit.code)


async def visible_counties(session: AsyncSession, principal: Principal) -> list[str]:
    """The accounting units the caller sees, sorted: all of them, or a contractor's own."""
    known = sorted(c for c in await known_counties(session) if c != "*")
    visible = principal.county_filter()
    return known if visible is None else [c for c in known if c in visible]


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
