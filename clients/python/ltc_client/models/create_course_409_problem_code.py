from enum import StrEnum


class CreateCourse409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    TRAINING_COURSE_EXISTS = "TRAINING_COURSE_EXISTS"

    def __str__(self) -> str:
        return str(self.value)
