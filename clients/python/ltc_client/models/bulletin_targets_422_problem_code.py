from enum import StrEnum


class BulletinTargets422ProblemCode(StrEnum):
    COUNTY_UNKNOWN = "COUNTY_UNKNOWN"
    INVALID_VALUE = "INVALID_VALUE"
    UNKNOWN_QUERY_PARAMETER = "UNKNOWN_QUERY_PARAMETER"

    def __str__(self) -> str:
        return str(self.value)
