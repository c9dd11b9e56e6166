from enum import StrEnum


class ListClients422ProblemCode(StrEnum):
    COUNTY_UNKNOWN = "COUNTY_UNKNOWN"
    INVALID_CURSOR = "INVALID_CURSOR"
    INVALID_VALUE = "INVALID_VALUE"
    UNKNOWN_QUERY_PARAMETER = "UNKNOWN_QUERY_PARAMETER"
    VALIDATION_FAILED = "VALIDATION_FAILED"

    def __str__(self) -> str:
        return str(self.value)
