from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from services.assessment.calendar import service
from services.assessment.calendar.auth import CalendarRead, CalendarWrite
from services.assessment.calendar.schemas import WorkingCalendar, WorkingCalendarUpdate
from shared.db import SessionDep

router = APIRouter(prefix="/api/v1", tags=["working calendar"])
Year = Annotated[int, Path(ge=1949, le=2200, description="a calendar year")]


@router.get(
    "/working-calendars/{year}",
    response_model=WorkingCalendar,
    summary="Holidays and make-up workdays of a year",
)
async def get_calendar(year: Year, session: SessionDep, principal: CalendarRead) -> WorkingCalendar:
    return await service.get_year(session, year)


@router.put(
    "/working-calendars/{year}", response_model=WorkingCalendar, summary="Set a year's calendar (bureau)"
)
async def put_calendar(
    year: Year, data: WorkingCalendarUpdate, session: SessionDep, principal: CalendarWrite
) -> WorkingCalendar:
    """Replaces the year: weekends are days off, ``holidays`` too, ``makeup_workdays`` are working days."""
    return await service.put_year(session, year, data, principal.client_id)
