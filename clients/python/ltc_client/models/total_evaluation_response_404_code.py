from enum import StrEnum


class TotalEvaluationResponse404Code(StrEnum):
    EVALUATION_NOT_FOUND = "EVALUATION_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
