from enum import StrEnum


class RevokeCertificateResponse404Code(StrEnum):
    CERTIFICATE_NOT_FOUND = "CERTIFICATE_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
