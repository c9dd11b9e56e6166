from enum import StrEnum


class PersonNotFoundProblemCode(StrEnum):
    PERSON_NOT_FOUND = "PERSON_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
