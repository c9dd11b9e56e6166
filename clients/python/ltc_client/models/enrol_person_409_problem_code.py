from enum import StrEnum


class EnrolPerson409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    PERSON_EXISTS = "PERSON_EXISTS"
    PERSON_EXISTS_ELSEWHERE = "PERSON_EXISTS_ELSEWHERE"

    def __str__(self) -> str:
        return str(self.value)
