from enum import StrEnum


class DrawUpFinalAccounts409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    FINAL_ACCOUNTS_APPROVED = "FINAL_ACCOUNTS_APPROVED"
    FINAL_ACCOUNTS_YEAR_NOT_CLEARED = "FINAL_ACCOUNTS_YEAR_NOT_CLEARED"

    def __str__(self) -> str:
        return str(self.value)
