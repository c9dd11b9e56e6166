from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import distinct_on
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from services.enrollment.models import County, CountyInsuredTarget


async def list_counties(
    session: AsyncSession, codes: Sequence[str] | None = None
) -> list[tuple[County, CountyInsuredTarget | None]]:
    """Units in their customary order, each with its latest year's insured figures."""
    latest_rows = (
        select(CountyInsuredTarget)
        .ext(distinct_on(CountyInsuredTarget.county_code))
        .order_by(CountyInsuredTarget.county_code, CountyInsuredTarget.year.desc())
        .subquery()
    )
    latest = aliased(CountyInsuredTarget, latest_rows)
    stmt = select(County, latest).outerjoin(latest, latest.county_code == County.code)
    if codes is not None:
        stmt = stmt.where(County.code.in_(codes))
    rows = (await session.execute(stmt.order_by(County.sort_order))).all()
    return [(county, target) for county, target in rows]
