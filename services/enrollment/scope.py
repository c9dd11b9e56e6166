"""Who may see which persons and employers of this service (object-level authorization)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from services.enrollment.models import County
from services.enrollment.persons.auth import PERSONS_ID_NUMBERS_READ
from shared.accounting_units import unit_codes
from shared.principal import Principal


def sees_full_id_number(principal: Principal) -> bool:
    """Whole ID numbers only on detail reads, and only to the roles that administer persons."""
    return PERSONS_ID_NUMBERS_READ.allows(principal)


async def known_counties(session: AsyncSession) -> frozenset[str]:
    return await unit_codes(session, County.code)


async def require_county_read(connection: Any, principal: Principal, county_code: str, field: str) -> None:
    """:func:`require_county` for a read on a driver connection (``shared.db.ReadDep``)."""
    known = frozenset(r[0] for r in await connection.fetch("SELECT code FROM enrollment.counties"))
    principal.require_county(county_code, known=known, field=field)


async def require_county(session: AsyncSession, principal: Principal, county_code: str, field: str) -> None:
    """A county the request names (``field``: ``query.county_code``, ``body.county_code``, …): an accounting
    unit (else ``COUNTY_UNKNOWN``) within the caller's counties (else ``COUNTY_OUT_OF_SCOPE``) —
    ``Principal.require_counties``, the rule every service follows."""
    principal.require_county(county_code, known=await known_counties(session), field=field)
