from enum import StrEnum


class UpdateBudget409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    BUDGET_NOT_DRAFT = "BUDGET_NOT_DRAFT"
    CONFLICT = "CONFLICT"

    def __str__(self) -> str:
        return str(self.value)
