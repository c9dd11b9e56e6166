from enum import StrEnum


class CaseNotFoundFileNotFoundProblemCode(StrEnum):
    CASE_NOT_FOUND = "CASE_NOT_FOUND"
    FILE_NOT_FOUND = "FILE_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
