from enum import StrEnum


class SchemeCreatePeriodKind(StrEnum):
    HALF_YEAR = "half_year"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)
