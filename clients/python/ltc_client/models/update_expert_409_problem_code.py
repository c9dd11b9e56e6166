from enum import StrEnum


class UpdateExpert409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    EXPERT_REMOVED = "EXPERT_REMOVED"

    def __str__(self) -> str:
        return str(self.value)
