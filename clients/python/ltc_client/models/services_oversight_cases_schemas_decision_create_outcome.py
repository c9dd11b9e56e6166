from enum import StrEnum


class ServicesOversightCasesSchemasDecisionCreateOutcome(StrEnum):
    NO_VIOLATION = "no_violation"
    VIOLATION = "violation"

    def __str__(self) -> str:
        return str(self.value)
