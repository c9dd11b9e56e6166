from enum import StrEnum


class RotateKey409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CLIENT_REVOKED = "CLIENT_REVOKED"
    CONFLICT = "CONFLICT"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"

    def __str__(self) -> str:
        return str(self.value)
