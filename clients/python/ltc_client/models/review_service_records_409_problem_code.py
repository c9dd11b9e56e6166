from enum import StrEnum


class ReviewServiceRecords409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    FIRST_REVIEW_MISSING = "FIRST_REVIEW_MISSING"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    RECORD_SETTLED = "RECORD_SETTLED"
    SAME_REVIEWER = "SAME_REVIEWER"
    SECOND_REVIEW_DONE = "SECOND_REVIEW_DONE"

    def __str__(self) -> str:
        return str(self.value)
