from enum import StrEnum


class SupervisionKind(StrEnum):
    HALF_YEAR_INSPECTION = "half_year_inspection"
    QUARTERLY_TRACKING = "quarterly_tracking"
    YEAR_END_VERIFICATION = "year_end_verification"

    def __str__(self) -> str:
        return str(self.value)
