from enum import StrEnum


class UpstreamTimeoutProblemCode(StrEnum):
    UPSTREAM_TIMEOUT = "UPSTREAM_TIMEOUT"

    def __str__(self) -> str:
        return str(self.value)
