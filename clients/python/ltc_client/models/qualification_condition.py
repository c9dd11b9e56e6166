from enum import StrEnum


class QualificationCondition(StrEnum):
    FACILITIES_STAFF_AND_EXPERTISE = "facilities_staff_and_expertise"
    LEGALLY_ESTABLISHED = "legally_established"
    NO_MAJOR_VIOLATION_THREE_YEARS = "no_major_violation_three_years"
    OTHER_PROJECT_REQUIREMENTS = "other_project_requirements"
    SOUND_FINANCIAL_MANAGEMENT = "sound_financial_management"
    SOUND_GOVERNANCE = "sound_governance"
    TAX_AND_SOCIAL_SECURITY_RECORD = "tax_and_social_security_record"

    def __str__(self) -> str:
        return str(self.value)
