from enum import StrEnum


class CreateEmployer409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    EMPLOYER_EXISTS = "EMPLOYER_EXISTS"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"

    def __str__(self) -> str:
        return str(self.value)
