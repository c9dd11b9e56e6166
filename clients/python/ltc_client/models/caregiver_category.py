from enum import StrEnum


class CaregiverCategory(StrEnum):
    FAMILY_CAREGIVER = "family_caregiver"
    LICENSED_NURSE = "licensed_nurse"
    LICENSED_PHYSICIAN = "licensed_physician"
    REHABILITATION_THERAPIST = "rehabilitation_therapist"
    TRAINED_CARE_WORKER = "trained_care_worker"

    def __str__(self) -> str:
        return str(self.value)
