from enum import StrEnum


class CertificateStatus(StrEnum):
    REVOKED = "revoked"
    VALID = "valid"

    def __str__(self) -> str:
        return str(self.value)
