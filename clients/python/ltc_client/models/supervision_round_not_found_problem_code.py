from enum import StrEnum


class SupervisionRoundNotFoundProblemCode(StrEnum):
    SUPERVISION_ROUND_NOT_FOUND = "SUPERVISION_ROUND_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
