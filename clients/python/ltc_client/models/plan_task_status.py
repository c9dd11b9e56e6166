from enum import StrEnum


class PlanTaskStatus(StrEnum):
    DONE = "done"
    OPEN = "open"
    REOPENED = "reopened"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)
