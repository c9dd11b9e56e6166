from enum import StrEnum


class ApproveFinalAccounts409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    FINAL_ACCOUNTS_APPROVED = "FINAL_ACCOUNTS_APPROVED"

    def __str__(self) -> str:
        return str(self.value)
