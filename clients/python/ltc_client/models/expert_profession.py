from enum import StrEnum


class ExpertProfession(StrEnum):
    DOCTOR = "doctor"
    NURSE = "nurse"
    REHABILITATION_THERAPIST = "rehabilitation_therapist"

    def __str__(self) -> str:
        return str(self.value)
