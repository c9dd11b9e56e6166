from enum import StrEnum


class InspectionNotFoundProblemCode(StrEnum):
    INSPECTION_NOT_FOUND = "INSPECTION_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
