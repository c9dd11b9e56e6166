from enum import StrEnum


class FinalAccountsNotFoundProblemCode(StrEnum):
    FINAL_ACCOUNTS_NOT_FOUND = "FINAL_ACCOUNTS_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
