"""Who may read and set the working calendar."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

CALENDAR_READ = capability(
    "assessment.calendar.read",
    "working days, holidays and make-up workdays of a year",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.INSTITUTION,
    Role.CIVIL_AFFAIRS,
    Role.HEALTH,
    Role.AUDIT,
    Role.DISABLED_PERSONS_FEDERATION,
)
CalendarRead = Annotated[Principal, require(CALENDAR_READ)]

CALENDAR_WRITE = capability(
    "assessment.calendar.write",
    "set a year's working calendar",
    Role.BUREAU,
)
CalendarWrite = Annotated[Principal, require(CALENDAR_WRITE)]
