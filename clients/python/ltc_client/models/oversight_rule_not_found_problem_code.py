from enum import StrEnum


class OversightRuleNotFoundProblemCode(StrEnum):
    OVERSIGHT_RULE_NOT_FOUND = "OVERSIGHT_RULE_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
