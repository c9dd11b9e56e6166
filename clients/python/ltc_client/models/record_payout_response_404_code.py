from enum import StrEnum


class RecordPayoutResponse404Code(StrEnum):
    RUN_NOT_FOUND = "RUN_NOT_FOUND"
    STATEMENT_NOT_FOUND = "STATEMENT_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
