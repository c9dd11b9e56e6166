from enum import StrEnum


class UpdateInstitutionResponse404Code(StrEnum):
    INSTITUTION_NOT_FOUND = "INSTITUTION_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
