from enum import StrEnum


class ProjectionNotFoundProblemCode(StrEnum):
    PROJECTION_NOT_FOUND = "PROJECTION_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
