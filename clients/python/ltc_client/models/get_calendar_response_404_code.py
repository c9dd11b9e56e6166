from enum import StrEnum


class GetCalendarResponse404Code(StrEnum):
    CALENDAR_YEAR_NOT_FOUND = "CALENDAR_YEAR_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
