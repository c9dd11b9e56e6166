from enum import StrEnum


class ApplicationNotFoundPersonNotFoundProblemCode(StrEnum):
    APPLICATION_NOT_FOUND = "APPLICATION_NOT_FOUND"
    PERSON_NOT_FOUND = "PERSON_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
