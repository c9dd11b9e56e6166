"""The SQL of the contribution policy of a year."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.enrollment.models import ContributionPolicy


async def all_years(session: AsyncSession) -> list[ContributionPolicy]:
    """The policy of every year, by year."""
    return list((await session.scalars(select(ContributionPolicy).order_by(ContributionPolicy.year))).all())


async def get(session: AsyncSession, year: int, *, lock: bool = False) -> ContributionPolicy | None:
    """The year's policy, its row locked when ``lock`` (a replacement waits for a bill run of the year)."""
    return await session.get(ContributionPolicy, year, with_for_update=lock)
