from enum import StrEnum


class FollowUpInspection409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    RECTIFICATION_NOT_PENDING = "RECTIFICATION_NOT_PENDING"

    def __str__(self) -> str:
        return str(self.value)
