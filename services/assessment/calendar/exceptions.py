"""The errors of the working calendar, each with its status and stable code (``docs/codes.md``)."""

from __future__ import annotations

from shared.errors import Conflict, NotFound, Unprocessable


class CalendarInvalid(Unprocessable):
    """工作日历无效: a day outside the year, a make-up workday on a weekday, or a day both ways."""

    code = "CALENDAR_INVALID"


class CalendarYearNotFound(NotFound):
    """日历中没有该年度: the calendar does not know the year asked for."""

    code = "CALENDAR_YEAR_NOT_FOUND"


class CalendarYearUnknown(Conflict):
    """期限跨入日历未知的年度: a deadline runs into a year the calendar does not know yet."""

    code = "CALENDAR_YEAR_UNKNOWN"
