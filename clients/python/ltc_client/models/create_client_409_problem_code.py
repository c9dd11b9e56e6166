from enum import StrEnum


class CreateClient409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CLIENT_NAME_TAKEN = "CLIENT_NAME_TAKEN"
    CONFLICT = "CONFLICT"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"

    def __str__(self) -> str:
        return str(self.value)
