from enum import StrEnum


class BudgetNotFoundProblemCode(StrEnum):
    BUDGET_NOT_FOUND = "BUDGET_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
