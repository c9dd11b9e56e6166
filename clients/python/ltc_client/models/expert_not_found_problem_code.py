from enum import StrEnum


class ExpertNotFoundProblemCode(StrEnum):
    EXPERT_NOT_FOUND = "EXPERT_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
