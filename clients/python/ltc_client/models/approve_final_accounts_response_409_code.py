from enum import StrEnum


class ApproveFinalAccountsResponse409Code(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    FINAL_ACCOUNTS_APPROVED = "FINAL_ACCOUNTS_APPROVED"

    def __str__(self) -> str:
        return str(self.value)
