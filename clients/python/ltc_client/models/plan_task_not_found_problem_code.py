from enum import StrEnum


class PlanTaskNotFoundProblemCode(StrEnum):
    PLAN_TASK_NOT_FOUND = "PLAN_TASK_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
