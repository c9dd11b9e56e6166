from enum import StrEnum


class StaffNotFoundProblemCode(StrEnum):
    STAFF_NOT_FOUND = "STAFF_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
