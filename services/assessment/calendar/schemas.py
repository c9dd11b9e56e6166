from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field


class NamedDay(BaseModel):
    model_config = ConfigDict(extra="forbid")

    date: dt.date
    name: str | None = Field(default=None, examples=["国庆节"])


class WorkingCalendarUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    holidays: list[NamedDay] = Field(description="days off that would otherwise be working days")
    makeup_workdays: list[NamedDay] = Field(description="weekend days that are working days (调休上班)")


class WorkingCalendar(WorkingCalendarUpdate):
    year: int
    working_days: int
    source: str
