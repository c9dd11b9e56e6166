from enum import StrEnum


class InstitutionCreateKind(StrEnum):
    ELDERLY_CARE = "elderly_care"
    HOME_CARE = "home_care"
    MEDICAL = "medical"

    def __str__(self) -> str:
        return str(self.value)
