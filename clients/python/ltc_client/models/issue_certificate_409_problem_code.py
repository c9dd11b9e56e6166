from enum import StrEnum


class IssueCertificate409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CERTIFICATE_NUMBER_TAKEN = "CERTIFICATE_NUMBER_TAKEN"
    CONFLICT = "CONFLICT"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    TRAINING_NOT_PASSED = "TRAINING_NOT_PASSED"

    def __str__(self) -> str:
        return str(self.value)
