"""SQL of the working calendar: a year's days stored, read back, and the n-th working day after a date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.assessment.models import CalendarDay, CalendarYear


async def store_year(
    session: AsyncSession, year: int, days: list[dict[str, Any]], source: str, by: str
) -> None:
    """Replace the year's days and stamp where they came from."""
    await session.execute(delete(CalendarDay).where(CalendarDay.year == year))
    stmt = pg_insert(CalendarYear).values(year=year, source=source, updated_by=by)
    await session.execute(
        stmt.on_conflict_do_update(
            index_elements=[CalendarYear.year],
            set_={"source": source, "updated_by": by, "updated_at": func.now()},
        )
    )
    await session.execute(insert(CalendarDay), days)


async def known_years(session: AsyncSession, *, since: int | None = None) -> set[int]:
    stmt = select(CalendarYear.year)
    if since is not None:
        stmt = stmt.where(CalendarYear.year >= since)
    return set((await session.scalars(stmt)).all())


async def get_year(session: AsyncSession, year: int) -> CalendarYear | None:
    return await session.get(CalendarYear, year)


async def days_of_year(session: AsyncSession, year: int) -> Sequence[CalendarDay]:
    return (
        await session.scalars(select(CalendarDay).where(CalendarDay.year == year).order_by(CalendarDay.day))
    ).all()


_NTH_WORKDAY = text(
    """
    SELECT day FROM assessment.calendar_days
    WHERE day > :start AND is_workday
    ORDER BY day
    OFFSET :offset LIMIT 1
    """
)


async def nth_workday_after(session: AsyncSession, start: dt.date, n: int) -> dt.date | None:
    """The ``n``-th (``n`` ≥ 1) working day after ``start`` the stored calendar has, if any."""
    day: dt.date | None = await session.scalar(_NTH_WORKDAY, {"start": start, "offset": n - 1})
    return day
