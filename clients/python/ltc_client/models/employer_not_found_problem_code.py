from enum import StrEnum


class EmployerNotFoundProblemCode(StrEnum):
    EMPLOYER_NOT_FOUND = "EMPLOYER_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
