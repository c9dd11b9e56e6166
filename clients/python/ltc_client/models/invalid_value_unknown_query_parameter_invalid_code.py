from enum import StrEnum


class InvalidValueUnknownQueryParameterInvalidCode(StrEnum):
    INVALID_VALUE = "INVALID_VALUE"
    UNKNOWN_QUERY_PARAMETER = "UNKNOWN_QUERY_PARAMETER"

    def __str__(self) -> str:
        return str(self.value)
