from enum import StrEnum


class IssueToPassed409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CERTIFICATE_NUMBER_TAKEN = "CERTIFICATE_NUMBER_TAKEN"
    CONFLICT = "CONFLICT"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"

    def __str__(self) -> str:
        return str(self.value)
