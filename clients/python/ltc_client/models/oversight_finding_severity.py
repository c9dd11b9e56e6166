from enum import StrEnum


class OversightFindingSeverity(StrEnum):
    CRITICAL = "critical"
    MINOR = "minor"
    SERIOUS = "serious"

    def __str__(self) -> str:
        return str(self.value)
