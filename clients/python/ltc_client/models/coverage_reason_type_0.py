from enum import StrEnum


class CoverageReasonType0(StrEnum):
    CONTRIBUTION_UNPAID = "CONTRIBUTION_UNPAID"
    COUNTY_NOT_IN_SCHEME = "COUNTY_NOT_IN_SCHEME"
    DECEASED = "DECEASED"
    NOT_ENROLLED = "NOT_ENROLLED"
    SUSPENDED = "SUSPENDED"
    TERMINATED = "TERMINATED"

    def __str__(self) -> str:
        return str(self.value)
