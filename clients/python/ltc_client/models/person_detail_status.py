from enum import StrEnum


class PersonDetailStatus(StrEnum):
    DECEASED = "deceased"
    INSURED = "insured"
    SUSPENDED = "suspended"
    TERMINATED = "terminated"

    def __str__(self) -> str:
        return str(self.value)
