from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import distinct_on
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from services.enrollment.models import County, CountyInsuredTarget, CountyScheme


def current_schemes() -> type[CountyScheme]:
    """The version in force of each unit (its newest), as an aliased entity to join."""
    rows = (
        select(CountyScheme)
        .ext(distinct_on(CountyScheme.county_code))
        .order_by(CountyScheme.county_code, CountyScheme.id.desc())
        .subquery()
    )
    return aliased(CountyScheme, rows)


async def list_counties(
    session: AsyncSession, codes: Sequence[str] | None = None
) -> list[tuple[County, CountyInsuredTarget | None, CountyScheme | None]]:
    """Units in their customary order, each with its latest year's insured figures and scheme start."""
    latest_rows = (
        select(CountyInsuredTarget)
        .ext(distinct_on(CountyInsuredTarget.county_code))
        .order_by(CountyInsuredTarget.county_code, CountyInsuredTarget.year.desc())
        .subquery()
    )
    latest = aliased(CountyInsuredTarget, latest_rows)
    scheme = current_schemes()
    stmt = (
        select(County, latest, scheme)
        .outerjoin(latest, latest.county_code == County.code)
        .outerjoin(scheme, scheme.county_code == County.code)
    )
    if codes is not None:
        stmt = stmt.where(County.code.in_(codes))
    rows = (await session.execute(stmt.order_by(County.sort_order))).all()
    return [(county, target, s) for county, target, s in rows]


async def scheme_history(session: AsyncSession, code: str) -> list[CountyScheme]:
    stmt = select(CountyScheme).where(CountyScheme.county_code == code).order_by(CountyScheme.id.desc())
    return list((await session.scalars(stmt)).all())
