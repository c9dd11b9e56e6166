from enum import StrEnum


class CaseStatusChangeCreateStatus(StrEnum):
    CLOSED = "closed"
    INVESTIGATING = "investigating"

    def __str__(self) -> str:
        return str(self.value)
