from enum import StrEnum


class RecoveryDetailBookedAgainst(StrEnum):
    EXPENSE = "expense"
    INCOME = "income"

    def __str__(self) -> str:
        return str(self.value)
