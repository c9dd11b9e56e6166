from enum import StrEnum


class ApproveAnnualClearing409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CLEARING_STALE = "CLEARING_STALE"
    CONFLICT = "CONFLICT"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    LEDGER_CLIENT_ID_REUSED = "LEDGER_CLIENT_ID_REUSED"
    PERIOD_CLOSED = "PERIOD_CLOSED"
    YEAR_CLOSED = "YEAR_CLOSED"

    def __str__(self) -> str:
        return str(self.value)
