from enum import StrEnum


class ProposeAnnualClearing409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    UNSETTLED_RECORDS = "UNSETTLED_RECORDS"
    YEAR_CLOSED = "YEAR_CLOSED"
    YEAR_NOT_OVER = "YEAR_NOT_OVER"

    def __str__(self) -> str:
        return str(self.value)
