from enum import StrEnum


class CreatePlanTask409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    PLAN_TASK_CODE_TAKEN = "PLAN_TASK_CODE_TAKEN"

    def __str__(self) -> str:
        return str(self.value)
