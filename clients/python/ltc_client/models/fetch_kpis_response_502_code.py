from enum import StrEnum


class FetchKpisResponse502Code(StrEnum):
    UPSTREAM_ERROR = "UPSTREAM_ERROR"

    def __str__(self) -> str:
        return str(self.value)
