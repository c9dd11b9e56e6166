from enum import StrEnum


class AddEvidenceFileResponse415Code(StrEnum):
    FILE_TYPE_NOT_ALLOWED = "FILE_TYPE_NOT_ALLOWED"

    def __str__(self) -> str:
        return str(self.value)
