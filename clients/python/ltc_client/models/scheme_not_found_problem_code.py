from enum import StrEnum


class SchemeNotFoundProblemCode(StrEnum):
    SCHEME_NOT_FOUND = "SCHEME_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
