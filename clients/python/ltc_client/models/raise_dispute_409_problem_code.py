from enum import StrEnum


class RaiseDispute409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    DISPUTE_EXISTS = "DISPUTE_EXISTS"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    NOTHING_DEDUCTED = "NOTHING_DEDUCTED"
    RECORD_NOT_SETTLED = "RECORD_NOT_SETTLED"

    def __str__(self) -> str:
        return str(self.value)
