from enum import StrEnum


class CaseOutcomeType0(StrEnum):
    NO_VIOLATION = "no_violation"
    VIOLATION = "violation"

    def __str__(self) -> str:
        return str(self.value)
