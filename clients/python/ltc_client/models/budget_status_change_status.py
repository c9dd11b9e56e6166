from enum import StrEnum


class BudgetStatusChangeStatus(StrEnum):
    APPROVED = "approved"
    DRAFT = "draft"
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)
