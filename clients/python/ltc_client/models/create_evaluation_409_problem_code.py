from enum import StrEnum


class CreateEvaluation409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    EVALUATION_EXISTS = "EVALUATION_EXISTS"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    SCHEME_NOT_APPROVED = "SCHEME_NOT_APPROVED"

    def __str__(self) -> str:
        return str(self.value)
