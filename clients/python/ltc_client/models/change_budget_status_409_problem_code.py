from enum import StrEnum


class ChangeBudgetStatus409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    BUDGET_TRANSITION_NOT_ALLOWED = "BUDGET_TRANSITION_NOT_ALLOWED"
    CONFLICT = "CONFLICT"

    def __str__(self) -> str:
        return str(self.value)
