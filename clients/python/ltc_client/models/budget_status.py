from enum import StrEnum


class BudgetStatus(StrEnum):
    APPROVED = "approved"
    DRAFT = "draft"
    SUBMITTED = "submitted"
    SUPERSEDED = "superseded"

    def __str__(self) -> str:
        return str(self.value)
