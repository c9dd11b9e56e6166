from enum import StrEnum


class CreateRuleSet409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    RULE_SET_EXISTS = "RULE_SET_EXISTS"

    def __str__(self) -> str:
        return str(self.value)
