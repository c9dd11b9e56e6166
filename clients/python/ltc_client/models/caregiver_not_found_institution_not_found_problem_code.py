from enum import StrEnum


class CaregiverNotFoundInstitutionNotFoundProblemCode(StrEnum):
    CAREGIVER_NOT_FOUND = "CAREGIVER_NOT_FOUND"
    INSTITUTION_NOT_FOUND = "INSTITUTION_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
