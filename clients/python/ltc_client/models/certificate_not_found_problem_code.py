from enum import StrEnum


class CertificateNotFoundProblemCode(StrEnum):
    CERTIFICATE_NOT_FOUND = "CERTIFICATE_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
