from enum import StrEnum


class PublishBenefitRules409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    RULE_SET_ALREADY_PUBLISHED = "RULE_SET_ALREADY_PUBLISHED"
    RULE_SET_DATE_TAKEN = "RULE_SET_DATE_TAKEN"

    def __str__(self) -> str:
        return str(self.value)
