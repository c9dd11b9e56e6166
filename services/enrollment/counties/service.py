"""A unit's scheme start: versions recorded (never overwritten) and announced, and the check every dated
fact of a unit passes (``COUNTY_NOT_IN_SCHEME``); the county a request names, known and within the caller's
counties."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from contracts.enrollment import CountySchemeChanged
from services.enrollment.counties import repository
from services.enrollment.counties.exceptions import CountyNotInScheme
from services.enrollment.models import CountyScheme, outbox
from shared.principal import Principal, county_not_found


async def require_county(session: AsyncSession, principal: Principal, county_code: str, field: str) -> None:
    """A county the request names (``field``: ``query.county_code``, ``body.county_code``, …): an accounting
    unit (else ``COUNTY_UNKNOWN``) within the caller's counties (else ``COUNTY_OUT_OF_SCOPE``) —
    ``Principal.require_counties``, the rule every service follows."""
    principal.require_county(county_code, known=await repository.known_codes(session), field=field)


async def require_county_read(connection: Any, principal: Principal, county_code: str, field: str) -> None:
    """:func:`require_county` for a read on a driver connection (``shared.db.ReadDep``)."""
    principal.require_county(county_code, known=await repository.known_codes_read(connection), field=field)


async def list_counties(connection: Any) -> list[Any]:
    """Every unit in its customary order (records of ``repository.list_counties``): public reference data."""
    return await repository.list_counties(connection)


async def get_county(connection: Any, code: str) -> Any:
    """One unit (a record of ``repository.list_counties``); 404 ``COUNTY_NOT_FOUND``, worded as every service
    words an unknown county."""
    rows = await repository.list_counties(connection, code)
    if not rows:
        raise county_not_found(code)
    return rows[0]


async def scheme_history(session: AsyncSession, county_code: str) -> list[CountyScheme]:
    """Every version of the unit's scheme start, newest first (404 ``COUNTY_NOT_FOUND``: no such unit)."""
    if await repository.get(session, county_code) is None:
        raise county_not_found(county_code)
    return await repository.scheme_history(session, county_code)


async def record_scheme(
    session: AsyncSession,
    county_code: str,
    *,
    scheme_start_on: dt.date,
    basis: str,
    confirmed: bool,
    reason: str,
    recorded_by: str,
    announce: bool = True,
) -> CountyScheme:
    """A new version of the unit's scheme start, announced as ``county.scheme_changed`` in the same
    transaction. Changes of one unit take turns (its row is locked), so versions follow commit order.

    The reference data's first versions are not announced (``announce=False``): the launcher gives them to
    settlement with the other reference data, as it does the accounting units (version 0 there, so that any
    announced change supersedes them)."""
    county = await repository.get(session, county_code, lock=True)
    if county is None:
        raise county_not_found(county_code)
    version = CountyScheme(
        county_code=county_code,
        scheme_start_on=scheme_start_on,
        basis=basis,
        confirmed=confirmed,
        reason=reason,
        recorded_by=recorded_by,
    )
    session.add(version)
    await session.flush()
    await session.refresh(version)
    if not announce:
        return version
    outbox.publish(
        session,
        CountySchemeChanged(
            county_code=county_code, scheme_start_on=scheme_start_on, confirmed=confirmed, version=version.id
        ),
        aggregate_id=county_code,
    )
    return version


async def scheme_start(session: AsyncSession, county_code: str) -> dt.date | None:
    """The unit's scheme start in force (None: none recorded, nothing is refused)."""
    return await repository.scheme_start(session, county_code)


async def require_in_scheme(
    session: AsyncSession, county_code: str, on: dt.date, what: str, field: str = "body"
) -> None:
    start = await scheme_start(session, county_code)
    if start is not None and on < start:
        raise CountyNotInScheme(county_code, start, what, on, field)
