from enum import StrEnum


class RecoveryBookedAgainst(StrEnum):
    EXPENSE = "expense"
    INCOME = "income"

    def __str__(self) -> str:
        return str(self.value)
