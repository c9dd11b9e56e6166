from enum import StrEnum


class CreateInstitution409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    INSTITUTION_EXISTS = "INSTITUTION_EXISTS"

    def __str__(self) -> str:
        return str(self.value)
