from enum import StrEnum


class AddEvidenceFile409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CASE_IS_CLOSED = "CASE_IS_CLOSED"
    CASE_IS_DECIDED = "CASE_IS_DECIDED"
    CASE_IS_INVESTIGATING = "CASE_IS_INVESTIGATING"
    CASE_IS_OPEN = "CASE_IS_OPEN"
    CONFLICT = "CONFLICT"

    def __str__(self) -> str:
        return str(self.value)
