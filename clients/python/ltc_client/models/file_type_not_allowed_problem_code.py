from enum import StrEnum


class FileTypeNotAllowedProblemCode(StrEnum):
    FILE_TYPE_NOT_ALLOWED = "FILE_TYPE_NOT_ALLOWED"

    def __str__(self) -> str:
        return str(self.value)
