from enum import StrEnum


class RevokeCertificate409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CERTIFICATE_REVOKED = "CERTIFICATE_REVOKED"
    CONFLICT = "CONFLICT"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"

    def __str__(self) -> str:
        return str(self.value)
