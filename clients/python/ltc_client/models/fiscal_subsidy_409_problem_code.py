from enum import StrEnum


class FiscalSubsidy409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    LEDGER_CLIENT_ID_REUSED = "LEDGER_CLIENT_ID_REUSED"
    PERIOD_CLOSED = "PERIOD_CLOSED"
    SUBSIDY_REF_CONFLICT = "SUBSIDY_REF_CONFLICT"

    def __str__(self) -> str:
        return str(self.value)
