from enum import StrEnum


class StatusChangeCreateStatus(StrEnum):
    DECEASED = "deceased"
    INSURED = "insured"
    SUSPENDED = "suspended"
    TERMINATED = "terminated"

    def __str__(self) -> str:
        return str(self.value)
