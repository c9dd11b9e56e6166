from enum import StrEnum


class CreatePolicy409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    POLICY_EXISTS = "POLICY_EXISTS"

    def __str__(self) -> str:
        return str(self.value)
