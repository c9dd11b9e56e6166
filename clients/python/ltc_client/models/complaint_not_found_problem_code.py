from enum import StrEnum


class ComplaintNotFoundProblemCode(StrEnum):
    COMPLAINT_NOT_FOUND = "COMPLAINT_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
