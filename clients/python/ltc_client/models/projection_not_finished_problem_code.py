from enum import StrEnum


class ProjectionNotFinishedProblemCode(StrEnum):
    PROJECTION_NOT_FINISHED = "PROJECTION_NOT_FINISHED"

    def __str__(self) -> str:
        return str(self.value)
