from enum import StrEnum


class AddCaregiver409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CAREGIVER_EXISTS = "CAREGIVER_EXISTS"
    CONFLICT = "CONFLICT"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"

    def __str__(self) -> str:
        return str(self.value)
