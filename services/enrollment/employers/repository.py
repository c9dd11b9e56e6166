"""The SQL of employers."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.enrollment.models import Employer
from shared.pagination import PageParams, paginate
from shared.principal import Principal


async def get(session: AsyncSession, credit_code: str) -> Employer | None:
    return await session.get(Employer, credit_code)


async def list_page(
    session: AsyncSession, principal: Principal, county_code: str | None, page: PageParams
) -> tuple[list[Employer], str | None]:
    """A page of the employers of the caller's counties (``county_code``'s only, when given), by code."""
    stmt = select(Employer).where(principal.in_counties(Employer.county_code))
    if county_code is not None:
        stmt = stmt.where(Employer.county_code == county_code)
    rows, cursor = await paginate(session, stmt, [Employer.credit_code], page, key=lambda e: [e.credit_code])
    return list(rows), cursor
