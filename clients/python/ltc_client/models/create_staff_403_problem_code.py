from enum import StrEnum


class CreateStaff403ProblemCode(StrEnum):
    COUNTY_OUT_OF_SCOPE = "COUNTY_OUT_OF_SCOPE"
    ROLE_NOT_ALLOWED = "ROLE_NOT_ALLOWED"
    STAFF_ADMIN_REQUIRED = "STAFF_ADMIN_REQUIRED"
    STAFF_ROLE_NOT_GRANTABLE = "STAFF_ROLE_NOT_GRANTABLE"

    def __str__(self) -> str:
        return str(self.value)
