from enum import StrEnum


class ApplicationNotFoundProblemCode(StrEnum):
    APPLICATION_NOT_FOUND = "APPLICATION_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
