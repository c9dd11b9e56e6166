from enum import StrEnum


class UpstreamErrorProblemCode(StrEnum):
    UPSTREAM_ERROR = "UPSTREAM_ERROR"

    def __str__(self) -> str:
        return str(self.value)
