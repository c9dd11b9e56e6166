from enum import StrEnum


class UpdatePlanTaskResponse502Code(StrEnum):
    UPSTREAM_ERROR = "UPSTREAM_ERROR"

    def __str__(self) -> str:
        return str(self.value)
