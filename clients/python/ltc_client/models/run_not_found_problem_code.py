from enum import StrEnum


class RunNotFoundProblemCode(StrEnum):
    RUN_NOT_FOUND = "RUN_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
