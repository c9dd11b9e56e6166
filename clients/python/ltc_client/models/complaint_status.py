from enum import StrEnum


class ComplaintStatus(StrEnum):
    ASSIGNED = "assigned"
    CLOSED = "closed"
    HANDLED = "handled"
    RECEIVED = "received"

    def __str__(self) -> str:
        return str(self.value)
