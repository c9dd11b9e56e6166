from enum import StrEnum


class CaseNotFoundProblemCode(StrEnum):
    CASE_NOT_FOUND = "CASE_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
