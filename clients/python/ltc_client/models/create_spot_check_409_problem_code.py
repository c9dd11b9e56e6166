from enum import StrEnum


class CreateSpotCheck409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CALENDAR_YEAR_UNKNOWN = "CALENDAR_YEAR_UNKNOWN"
    CONFLICT = "CONFLICT"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    NOTHING_TO_CHECK = "NOTHING_TO_CHECK"
    NO_RULE_SET_PUBLISHED = "NO_RULE_SET_PUBLISHED"

    def __str__(self) -> str:
        return str(self.value)
