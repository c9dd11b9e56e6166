from enum import StrEnum


class GetCaregiverResponse404Code(StrEnum):
    CAREGIVER_NOT_FOUND = "CAREGIVER_NOT_FOUND"
    INSTITUTION_NOT_FOUND = "INSTITUTION_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
