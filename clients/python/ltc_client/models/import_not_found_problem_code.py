from enum import StrEnum


class ImportNotFoundProblemCode(StrEnum):
    IMPORT_NOT_FOUND = "IMPORT_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
