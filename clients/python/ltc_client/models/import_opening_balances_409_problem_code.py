from enum import StrEnum


class ImportOpeningBalances409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    LEDGER_CLIENT_ID_REUSED = "LEDGER_CLIENT_ID_REUSED"
    OPENING_BALANCE_REF_CONFLICT = "OPENING_BALANCE_REF_CONFLICT"
    PERIOD_CLOSED = "PERIOD_CLOSED"

    def __str__(self) -> str:
        return str(self.value)
