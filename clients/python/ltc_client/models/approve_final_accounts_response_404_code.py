from enum import StrEnum


class ApproveFinalAccountsResponse404Code(StrEnum):
    FINAL_ACCOUNTS_NOT_FOUND = "FINAL_ACCOUNTS_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
