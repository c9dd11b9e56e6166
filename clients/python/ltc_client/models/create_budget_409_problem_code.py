from enum import StrEnum


class CreateBudget409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    BUDGET_IN_THE_WORKS = "BUDGET_IN_THE_WORKS"
    CONFLICT = "CONFLICT"

    def __str__(self) -> str:
        return str(self.value)
