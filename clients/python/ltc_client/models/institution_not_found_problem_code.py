from enum import StrEnum


class InstitutionNotFoundProblemCode(StrEnum):
    INSTITUTION_NOT_FOUND = "INSTITUTION_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
