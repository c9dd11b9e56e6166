from enum import StrEnum


class ResultImportErrorsResponse502Code(StrEnum):
    UPSTREAM_ERROR = "UPSTREAM_ERROR"

    def __str__(self) -> str:
        return str(self.value)
