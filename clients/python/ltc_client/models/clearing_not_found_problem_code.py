from enum import StrEnum


class ClearingNotFoundProblemCode(StrEnum):
    CLEARING_NOT_FOUND = "CLEARING_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
