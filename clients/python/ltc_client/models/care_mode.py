from enum import StrEnum


class CareMode(StrEnum):
    ELDERLY_CARE_BED = "elderly_care_bed"
    FAMILY_CARE = "family_care"
    HOME_VISIT = "home_visit"
    MEDICAL_BED = "medical_bed"

    def __str__(self) -> str:
        return str(self.value)
