from enum import StrEnum


class UpdateInstitution409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    INSTITUTION_TERMINATED = "INSTITUTION_TERMINATED"

    def __str__(self) -> str:
        return str(self.value)
