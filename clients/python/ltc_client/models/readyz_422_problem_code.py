from enum import StrEnum


class Readyz422ProblemCode(StrEnum):
    INVALID_VALUE = "INVALID_VALUE"
    UNKNOWN_QUERY_PARAMETER = "UNKNOWN_QUERY_PARAMETER"
    VALIDATION_FAILED = "VALIDATION_FAILED"

    def __str__(self) -> str:
        return str(self.value)
