from enum import StrEnum


class PublishRuleSet409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    RULE_SET_PUBLISHED = "RULE_SET_PUBLISHED"

    def __str__(self) -> str:
        return str(self.value)
