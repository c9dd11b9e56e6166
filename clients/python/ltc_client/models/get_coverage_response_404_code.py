from enum import StrEnum


class GetCoverageResponse404Code(StrEnum):
    PERSON_NOT_FOUND = "PERSON_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
