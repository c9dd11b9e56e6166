from enum import StrEnum


class ProposeAnnualClearing403ProblemCode(StrEnum):
    CONTRACT_NOT_IN_FORCE = "CONTRACT_NOT_IN_FORCE"
    COUNTY_OUT_OF_SCOPE = "COUNTY_OUT_OF_SCOPE"
    ROLE_NOT_ALLOWED = "ROLE_NOT_ALLOWED"

    def __str__(self) -> str:
        return str(self.value)
