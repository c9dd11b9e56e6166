from enum import StrEnum


class RecordNotFoundProblemCode(StrEnum):
    RECORD_NOT_FOUND = "RECORD_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
