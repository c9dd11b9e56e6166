"""Working days from the stored calendar. A year the calendar does not know is an error, never a guess."""

from __future__ import annotations

import datetime as dt
from typing import Any

import chinese_calendar
from sqlalchemy.ext.asyncio import AsyncSession

from services.assessment.calendar import repository
from services.assessment.calendar.exceptions import (
    CalendarInvalid,
    CalendarYearNotFound,
    CalendarYearUnknown,
)
from services.assessment.calendar.schemas import NamedDay, WorkingCalendar, WorkingCalendarUpdate
from services.assessment.models import CalendarDayKind
from shared.errors import FieldError

PACKAGE_SOURCE = f"chinese-calendar {getattr(chinese_calendar, '__version__', '')}".strip()


def _days_of(
    year: int, holidays: dict[dt.date, str | None], makeups: dict[dt.date, str | None]
) -> list[dict[str, Any]]:
    rows = []
    day = dt.date(year, 1, 1)
    while day.year == year:
        if day in makeups:
            kind, name, work = CalendarDayKind.MAKEUP_WORKDAY, makeups[day], True
        elif day in holidays:
            kind, name, work = CalendarDayKind.HOLIDAY, holidays[day], False
        elif day.weekday() >= 5:
            kind, name, work = CalendarDayKind.WEEKEND, None, False
        else:
            kind, name, work = CalendarDayKind.WORKDAY, None, True
        rows.append({"day": day, "year": year, "is_workday": work, "kind": kind, "name": name})
        day += dt.timedelta(days=1)
    return rows


async def _store_year(
    session: AsyncSession,
    year: int,
    holidays: dict[dt.date, str | None],
    makeups: dict[dt.date, str | None],
    source: str,
    by: str,
) -> None:
    await repository.store_year(session, year, _days_of(year, holidays, makeups), source, by)


def package_years() -> list[int]:
    return sorted({d.year for d in chinese_calendar.holidays})


async def seed_from_package(session: AsyncSession, by: str) -> None:
    """Every year ``chinese-calendar`` knows and the store does not have yet."""
    known = await repository.known_years(session)
    for year in package_years():
        if year in known:
            continue
        holidays: dict[dt.date, str | None] = {
            d: str(n) if n else None for d, n in chinese_calendar.holidays.items() if d.year == year
        }
        makeups: dict[dt.date, str | None] = {
            d: str(n) if n else None
            for d, n in chinese_calendar.workdays.items()
            if d.year == year and d.weekday() >= 5
        }
        await _store_year(session, year, holidays, makeups, PACKAGE_SOURCE, by)


async def put_year(session: AsyncSession, year: int, data: WorkingCalendarUpdate, by: str) -> WorkingCalendar:
    errors: list[FieldError] = []
    for field, days in (("holidays", data.holidays), ("makeup_workdays", data.makeup_workdays)):
        for n, d in enumerate(days):
            if d.date.year != year:
                errors.append(
                    FieldError(field=f"body.{field}.{n}.date", code="WRONG_YEAR", message=f"not in {year}")
                )
    for n, d in enumerate(data.makeup_workdays):
        if d.date.weekday() < 5:
            errors.append(
                FieldError(
                    field=f"body.makeup_workdays.{n}.date",
                    code="NOT_A_WEEKEND",
                    message="a make-up workday is a Saturday or Sunday",
                )
            )
    clash = {d.date for d in data.holidays} & {d.date for d in data.makeup_workdays}
    if clash:
        errors.append(
            FieldError(
                field="body",
                code="HOLIDAY_AND_WORKDAY",
                message=f"both holiday and make-up workday: {sorted(str(d) for d in clash)}",
            )
        )
    if errors:
        raise CalendarInvalid(f"calendar {year} is not valid", errors=errors)
    await _store_year(
        session,
        year,
        {d.date: d.name for d in data.holidays},
        {d.date: d.name for d in data.makeup_workdays},
        f"bureau ({by})",
        by,
    )
    await session.flush()
    return await get_year(session, year)


async def get_year(session: AsyncSession, year: int) -> WorkingCalendar:
    meta = await repository.get_year(session, year)
    if meta is None:
        raise CalendarYearNotFound(f"the working calendar does not know {year}", year=year)
    days = await repository.days_of_year(session, year)
    return WorkingCalendar(
        year=year,
        source=meta.source,
        working_days=sum(1 for d in days if d.is_workday),
        holidays=[NamedDay(date=d.day, name=d.name) for d in days if d.kind == CalendarDayKind.HOLIDAY],
        makeup_workdays=[
            NamedDay(date=d.day, name=d.name) for d in days if d.kind == CalendarDayKind.MAKEUP_WORKDAY
        ],
    )


async def add_working_days(session: AsyncSession, start: dt.date, n: int) -> dt.date:
    """The ``n``-th working day after ``start``; every year on the way must be in the calendar.

    ``n = 0`` (a publicity of zero working days, for a pilot or a drill) is ``start`` itself: the period
    ends the day it begins."""
    result = start if n <= 0 else await repository.nth_workday_after(session, start, n)
    known = await repository.known_years(session, since=start.year)
    end_year = result.year if result is not None else max(known | {start.year}) + 1
    for year in range(start.year, end_year + 1):
        if year not in known:
            raise CalendarYearUnknown(
                f"the working calendar does not know {year}; the bureau adds it with PUT "
                f"/api/v1/working-calendars/{year}",
                year=year,
            )
    assert isinstance(result, dt.date)
    return result
