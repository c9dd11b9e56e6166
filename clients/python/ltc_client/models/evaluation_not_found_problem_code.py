from enum import StrEnum


class EvaluationNotFoundProblemCode(StrEnum):
    EVALUATION_NOT_FOUND = "EVALUATION_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
