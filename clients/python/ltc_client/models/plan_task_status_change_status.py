from enum import StrEnum


class PlanTaskStatusChangeStatus(StrEnum):
    DONE = "done"
    REOPENED = "reopened"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)
