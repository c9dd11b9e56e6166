from enum import StrEnum


class BenefitRuleInstitutionKind(StrEnum):
    ANY = "any"
    ELDERLY_CARE = "elderly_care"
    HOME_CARE = "home_care"
    MEDICAL = "medical"

    def __str__(self) -> str:
        return str(self.value)
