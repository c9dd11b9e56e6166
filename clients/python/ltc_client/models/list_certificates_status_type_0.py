from enum import StrEnum


class ListCertificatesStatusType0(StrEnum):
    REVOKED = "revoked"
    VALID = "valid"

    def __str__(self) -> str:
        return str(self.value)
