from enum import StrEnum


class CreateContractor409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    CONTRACTOR_EXISTS = "CONTRACTOR_EXISTS"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"

    def __str__(self) -> str:
        return str(self.value)
