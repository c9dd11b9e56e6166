from enum import StrEnum


class ListPersonsStatusType0(StrEnum):
    DECEASED = "deceased"
    INSURED = "insured"
    SUSPENDED = "suspended"
    TERMINATED = "terminated"

    def __str__(self) -> str:
        return str(self.value)
