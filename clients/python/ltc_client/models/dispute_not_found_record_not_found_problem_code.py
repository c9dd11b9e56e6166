from enum import StrEnum


class DisputeNotFoundRecordNotFoundProblemCode(StrEnum):
    DISPUTE_NOT_FOUND = "DISPUTE_NOT_FOUND"
    RECORD_NOT_FOUND = "RECORD_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
