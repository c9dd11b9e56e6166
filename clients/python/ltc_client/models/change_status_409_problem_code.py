from enum import StrEnum


class ChangeStatus409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    PERSON_DECEASED = "PERSON_DECEASED"
    STATUS_DATE_BEFORE_LAST = "STATUS_DATE_BEFORE_LAST"
    STATUS_UNCHANGED = "STATUS_UNCHANGED"

    def __str__(self) -> str:
        return str(self.value)
