from enum import StrEnum


class UpdatePlanTask409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    PLAN_TASK_TRANSITION_NOT_ALLOWED = "PLAN_TASK_TRANSITION_NOT_ALLOWED"

    def __str__(self) -> str:
        return str(self.value)
