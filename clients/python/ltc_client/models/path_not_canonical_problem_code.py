from enum import StrEnum


class PathNotCanonicalProblemCode(StrEnum):
    PATH_NOT_CANONICAL = "PATH_NOT_CANONICAL"

    def __str__(self) -> str:
        return str(self.value)
