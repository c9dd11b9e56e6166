from enum import StrEnum


class FileNotFoundInspectionNotFoundProblemCode(StrEnum):
    FILE_NOT_FOUND = "FILE_NOT_FOUND"
    INSPECTION_NOT_FOUND = "INSPECTION_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
