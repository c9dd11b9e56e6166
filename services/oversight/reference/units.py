"""The accounting units a request may name (the city's counties; the launcher passes enrollment's)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.ext.asyncio import AsyncSession

from services.oversight.models import AccountingUnit
from shared.accounting_units import load_units, unit_codes
from shared.principal import Principal


async def load_accounting_units(session: AsyncSession, units: Iterable[tuple[str, str]]) -> None:
    await load_units(session, AccountingUnit, units)


async def known_counties(session: AsyncSession) -> frozenset[str]:
    return await unit_codes(session, AccountingUnit.code)


async def require_counties(
    session: AsyncSession, principal: Principal, county_codes: Iterable[str], field: str
) -> None:
    """Counties the request names (``field``: ``query.county_code``, ``body.county_codes``, …): accounting
    units (else ``COUNTY_UNKNOWN``) within the caller's counties (else ``COUNTY_OUT_OF_SCOPE``) —
    ``Principal.require_counties``, the rule every service follows."""
    principal.require_counties(county_codes, known=await known_counties(session), field=field)
