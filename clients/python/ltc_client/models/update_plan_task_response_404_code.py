from enum import StrEnum


class UpdatePlanTaskResponse404Code(StrEnum):
    PLAN_TASK_NOT_FOUND = "PLAN_TASK_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
