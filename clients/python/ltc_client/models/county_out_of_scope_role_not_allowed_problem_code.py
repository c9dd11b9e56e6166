from enum import StrEnum


class CountyOutOfScopeRoleNotAllowedProblemCode(StrEnum):
    COUNTY_OUT_OF_SCOPE = "COUNTY_OUT_OF_SCOPE"
    ROLE_NOT_ALLOWED = "ROLE_NOT_ALLOWED"

    def __str__(self) -> str:
        return str(self.value)
