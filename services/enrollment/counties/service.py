"""A unit's scheme start: versions recorded (never overwritten) and announced, and the check every dated
fact of a unit passes (``COUNTY_NOT_IN_SCHEME``)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from contracts.enrollment import CountySchemeChanged
from services.enrollment.models import County, CountyScheme, outbox
from shared.errors import FieldError, Unprocessable
from shared.principal import county_not_found

NOT_IN_SCHEME = "COUNTY_NOT_IN_SCHEME"


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
    county = await session.get(County, county_code, with_for_update=True)
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
    stmt = (
        select(CountyScheme.scheme_start_on)
        .where(CountyScheme.county_code == county_code)
        .order_by(CountyScheme.id.desc())
        .limit(1)
    )
    return await session.scalar(stmt)


def not_in_scheme(
    county_code: str, start: dt.date, what: str, on: dt.date, field: str = "body"
) -> Unprocessable:
    """422 ``COUNTY_NOT_IN_SCHEME``; ``errors`` names the date's field (``body.enrolled_on`` …)."""
    message = f"{what} on {on.isoformat()} lies before {county_code} joined the scheme on {start.isoformat()}"
    return Unprocessable(
        message,
        code=NOT_IN_SCHEME,
        errors=[FieldError(field=field, code=NOT_IN_SCHEME, message=message)],
        county_code=county_code,
        scheme_start_on=start.isoformat(),
    )


async def require_in_scheme(
    session: AsyncSession, county_code: str, on: dt.date, what: str, field: str = "body"
) -> None:
    start = await scheme_start(session, county_code)
    if start is not None and on < start:
        raise not_in_scheme(county_code, start, what, on, field)
