from enum import StrEnum


class CaseStatusChangeToStatus(StrEnum):
    CLOSED = "closed"
    DECIDED = "decided"
    INVESTIGATING = "investigating"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
