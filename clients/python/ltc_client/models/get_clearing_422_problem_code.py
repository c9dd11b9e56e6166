from enum import StrEnum


class GetClearing422ProblemCode(StrEnum):
    COUNTY_UNKNOWN = "COUNTY_UNKNOWN"
    INVALID_VALUE = "INVALID_VALUE"
    UNKNOWN_QUERY_PARAMETER = "UNKNOWN_QUERY_PARAMETER"
    VALIDATION_FAILED = "VALIDATION_FAILED"

    def __str__(self) -> str:
        return str(self.value)
