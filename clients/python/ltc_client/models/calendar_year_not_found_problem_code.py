from enum import StrEnum


class CalendarYearNotFoundProblemCode(StrEnum):
    CALENDAR_YEAR_NOT_FOUND = "CALENDAR_YEAR_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
